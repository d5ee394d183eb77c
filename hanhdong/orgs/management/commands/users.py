from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from hanhdong.lib.commands import in_clerks_language
from hanhdong.orgs.models import Organization, OrgKind
from hanhdong.orgs.services import users_import
from hanhdong.orgs.sheets import read_users, users_template


class Command(BaseCommand):
    help = (
        "A commune's users from an Excel sheet: `hanhdong users template FILE.xlsx --commune "
        "CODE` writes the empty sheet; `hanhdong users import FILE.xlsx --commune CODE` adds "
        "every user of it (or none, listing the bad rows) and prints each one's temporary "
        "password, to be changed at first login."
    )

    def add_arguments(self, parser):
        verbs = parser.add_subparsers(dest="verb", required=True)
        for verb, what in (("import", "the filled sheet"), ("template", "where to write it")):
            command = verbs.add_parser(verb)
            command.add_argument("file", help=what)
            command.add_argument("--commune", required=True, help="the commune's code")

    @in_clerks_language
    def handle(self, *args, verb, file, commune, **options):
        unit = Organization.objects.filter(code=commune, kind=OrgKind.COMMUNE).first()
        if unit is None:
            raise CommandError(_("no commune with code “%(code)s”") % {"code": commune})
        path = Path(file)
        if verb == "template":
            path.write_bytes(users_template(unit))
            self.stdout.write(_("wrote %(file)s") % {"file": path})
            return
        if not path.is_file():
            raise CommandError(_("no such file: %(file)s") % {"file": file})
        try:
            made = users_import(
                acting_user=None, commune=unit, rows=read_users(path.read_bytes(), unit)
            )
        except ValidationError as exc:
            raise CommandError("\n".join(exc.messages)) from None
        self.stdout.write(
            _("%(n)s users added to %(commune)s; temporary passwords:")
            % {"n": len(made), "commune": unit.name}
        )
        for user, password in made:
            self.stdout.write(f"  {user.username:<20} {password}  {user.get_full_name()}")
