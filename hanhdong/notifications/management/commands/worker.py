import logging
import signal
import threading

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from hanhdong.notifications.worker import run_pass

log = logging.getLogger("hanhdong.notifications.worker")


class Command(BaseCommand):
    help = (
        "Queue reminders, overdue notices and escalations, and deliver notifications "
        "(email and in-app); record each pass for /healthz and take the nightly backup "
        "(HANHDONG_BACKUP_DIR). Runs until stopped (TERM ends it after the pass in "
        "progress); --once for cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="one pass, then exit")
        parser.add_argument("--interval", type=int, default=60, help="seconds between passes")
        parser.add_argument(
            "--name", default="worker", help="this worker's name in /healthz (default: worker)"
        )

    def handle(self, *args, once=False, interval=60, name="worker", **options):
        stop = threading.Event()
        if once:
            self.run(stop, once=True, interval=interval, name=name)
            return
        previous = {signum: signal.getsignal(signum) for signum in (signal.SIGTERM, signal.SIGINT)}
        for signum in previous:
            signal.signal(signum, lambda *_: stop.set())
        try:
            self.run(stop, once=False, interval=interval, name=name)
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)

    def run(self, stop, *, once, interval, name):
        while not stop.is_set():
            if not once:
                close_old_connections()  # a connection the database dropped is opened anew
            try:
                queued, sent = run_pass(name=name)
            except Exception:
                if once:
                    raise
                # the database may be down for a moment: try again at the next pass, and
                # let /healthz tell that no pass went through meanwhile
                log.exception("worker pass failed")
            else:
                # a log record, so that HANHDONG_LOG_FORMAT=json writes it as JSON too
                log.info(
                    "queued %d, delivered %d",
                    queued,
                    sent,
                    extra={"queued": queued, "delivered": sent},
                )
            if once:
                return
            stop.wait(interval)
