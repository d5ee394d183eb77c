import logging
import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from hanhdong.ops.serving import default_workers, gunicorn_argv

log = logging.getLogger("hanhdong.serve")


class Command(BaseCommand):
    help = (
        "Serve the application in production under gunicorn (Linux): several worker "
        "processes, an access line per request on stdout. TERM stops it gracefully."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--bind",
            default=settings.SERVE_BIND,
            help="HOST:PORT to listen on (default: HANHDONG_BIND, else 127.0.0.1:8000)",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=settings.SERVE_WORKERS or default_workers(),
            help="worker processes (default: HANHDONG_WORKERS, else 2 × cores + 1, at most 8)",
        )
        parser.add_argument(
            "--timeout",
            type=int,
            default=settings.SERVE_TIMEOUT,
            help="seconds a request may take before its worker is replaced (default 150)",
        )

    def handle(self, *args, bind, workers, timeout, **options):
        if workers < 1 or timeout < 1:
            raise CommandError("--workers and --timeout must be at least 1")
        argv = gunicorn_argv(bind=bind, workers=workers, timeout=timeout)
        # a log record, so that HANHDONG_LOG_FORMAT=json writes it as JSON too
        log.info(
            "serving on http://%s/ with %d workers",
            bind,
            workers,
            extra={"bind": bind, "workers": workers},
        )
        os.execv(argv[0], argv)
