from django.core.management import call_command
from django.core.management.base import BaseCommand

from hanhdong.demo.setup import DEMO_PASSWORD, USERS, demo_setup
from hanhdong.orgs.models import Role


class Command(BaseCommand):
    help = (
        "Migrate the database, load the demo commune and serve it on http://127.0.0.1:8000 "
        "(or on --addrport)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--setup-only", action="store_true", help="Do everything but start the server."
        )
        parser.add_argument(
            "--addrport", default="127.0.0.1:8000", help="Where to serve, e.g. 127.0.0.1:8101."
        )

    def handle(self, *args, setup_only=False, addrport="127.0.0.1:8000", **options):
        call_command("migrate", interactive=False, verbosity=0)
        made = demo_setup()
        program = made["program"]
        self.stdout.write(
            f"Demo commune: {made['commune']} — program {program.number}: "
            f"{program.key_tasks.current().count()} key tasks, "
            f"{program.targets.current().count()} targets."
        )
        self.stdout.write(f"Demo accounts (password for all: {DEMO_PASSWORD}):")
        self.stdout.write(f"  {'admin':<12} site administrator")
        for username, full_name, role, org in USERS:
            where = org or "Thành phố Hải Phòng"
            self.stdout.write(f"  {username:<12} {Role(role).label} — {where} ({full_name})")
        if setup_only:
            return
        self.stdout.write(f"Serving on http://{addrport}/  (Ctrl+C to stop)")
        call_command("runserver", addrport, use_reloader=False)
