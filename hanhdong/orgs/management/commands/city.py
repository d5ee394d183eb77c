from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from hanhdong.orgs.services import city_add


class Command(BaseCommand):
    help = 'Cities and provinces: `hanhdong city add CODE "Thành phố Hải Phòng"`.'

    def add_arguments(self, parser):
        verbs = parser.add_subparsers(dest="verb", required=True)
        add = verbs.add_parser("add", help="add a city or province")
        add.add_argument("code", help="its code, e.g. hp")
        add.add_argument("name", help="its name, e.g. “Thành phố Hải Phòng”")

    def handle(self, *args, verb, code, name, **options):
        try:
            city = city_add(acting_user=None, code=code, name=name)
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from None
        self.stdout.write(f"added {city.name} ({city.code})")
