import time

from django.core.management.base import BaseCommand

from hanhdong.notifications.worker import run_once


class Command(BaseCommand):
    help = (
        "Queue reminders, overdue notices and escalations, and deliver notifications "
        "(email and in-app). Runs until stopped; --once for cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="one pass, then exit")
        parser.add_argument("--interval", type=int, default=60, help="seconds between passes")

    def handle(self, *args, once=False, interval=60, **options):
        while True:
            queued, sent = run_once()
            self.stdout.write(f"queued {queued}, delivered {sent}")
            if once:
                return
            time.sleep(interval)
