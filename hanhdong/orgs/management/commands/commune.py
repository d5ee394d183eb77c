from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from hanhdong.lib.commands import in_clerks_language
from hanhdong.orgs.models import CommuneLevel, Organization, OrgKind
from hanhdong.orgs.services import commune_add


class Command(BaseCommand):
    help = (
        'Communes: `hanhdong commune add CODE "Tên" --city CODE [--kind xa|phuong|dac_khu]` '
        "adds one with the standard units of a commune, for its Party Office to edit."
    )

    def add_arguments(self, parser):
        verbs = parser.add_subparsers(dest="verb", required=True)
        add = verbs.add_parser("add", help="add a commune with its standard units")
        add.add_argument("code", help="its code, e.g. hp-tienlang")
        add.add_argument("name", help="its own name, e.g. “Tiên Lãng”")
        add.add_argument("--city", required=True, help="the code of its city or province")
        add.add_argument("--kind", choices=CommuneLevel.values, default=CommuneLevel.XA)

    @in_clerks_language
    def handle(self, *args, verb, code, name, city, kind, **options):
        parent = Organization.objects.filter(code=city, kind=OrgKind.CITY).first()
        if parent is None:
            raise CommandError(
                _("no city or province with code “%(code)s”: add it with `hanhdong city add`")
                % {"code": city}
            )
        try:
            commune = commune_add(acting_user=None, city=parent, code=code, name=name, level=kind)
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from None
        units = Organization.objects.in_commune(commune).count()
        self.stdout.write(
            _("added %(name)s (%(code)s) of %(city)s: %(units)s units")
            % {"name": commune.name, "code": commune.code, "city": parent.name, "units": units}
        )
