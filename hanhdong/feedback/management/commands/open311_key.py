import secrets

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from hanhdong.feedback.models import Open311Key
from hanhdong.feedback.open311 import key_hash
from hanhdong.orgs.models import Organization, OrgKind


class Command(BaseCommand):
    help = "Issue an Open311 API key for a commune (printed once; only its hash is kept)."

    def add_arguments(self, parser):
        parser.add_argument("commune_code")
        parser.add_argument("--name", default="open311 app")

    @transaction.atomic
    def handle(self, *args, commune_code, name, **options):
        commune = Organization.objects.filter(code=commune_code, kind=OrgKind.COMMUNE).first()
        if commune is None:
            raise CommandError(f"no commune with code {commune_code!r}")
        key = secrets.token_urlsafe(24)
        Open311Key.objects.create(commune=commune, name=name, key_hash=key_hash(key))
        self.stdout.write(key)
