from django.core.management.base import BaseCommand, CommandError

from hanhdong.feedback.services import open311_key_issue
from hanhdong.orgs.models import Organization, OrgKind


class Command(BaseCommand):
    help = (
        "Issue an Open311 API key for a commune (printed once; only its hash is kept). "
        "The Party Office can also do it on the feedback rules page."
    )

    def add_arguments(self, parser):
        parser.add_argument("commune_code")
        parser.add_argument("--name", default="open311 app")

    def handle(self, *args, commune_code, name, **options):
        commune = Organization.objects.filter(code=commune_code, kind=OrgKind.COMMUNE).first()
        if commune is None:
            raise CommandError(f"no commune with code {commune_code!r}")
        _issued, key = open311_key_issue(acting_user=None, commune=commune, name=name)
        self.stdout.write(key)
