"""``hanhdong serve``: the application under gunicorn, as a production server.

The command builds gunicorn's command line and replaces itself with it, so that gunicorn's
master is the process systemd or the container runs and signals: TERM stops gracefully
(requests in progress are finished, within the graceful timeout), HUP replaces the workers.

The master loads the application once and readies what every worker would otherwise build
on its first requests — the URL map, the translations, the compiled templates, the
libraries the pages import on demand (``warm``) — then forks the workers from it. A worker
replaced after its thousand requests is a fork, not a second of start-up; an upgrade is a
restart (``systemctl restart``), as the README says.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys

from gunicorn.glogging import Logger as GunicornLogger

from hanhdong.ops.logs import JsonFormatter

MAX_WORKERS = 8


def default_workers() -> int:
    """2 × the cores this process may run on + 1, at most MAX_WORKERS."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return min(2 * cores + 1, MAX_WORKERS)


def gunicorn_argv(*, bind: str, workers: int, timeout: int) -> list[str]:
    argv = [
        sys.executable,
        "-m",
        "gunicorn",
        "hanhdong.wsgi:application",
        f"--bind={bind}",
        f"--workers={workers}",
        f"--timeout={timeout}",
        "--graceful-timeout=30",
        # load and warm the application once in the master; the workers are forks of it
        "--preload",
        "--config=python:hanhdong.ops.gunicorn_hooks",
        "--keep-alive=5",
        # a worker is replaced after 1,000 to 1,500 requests, so no leak can grow for long, and
        # the workers, which share the requests evenly, are not all replaced at once
        "--max-requests=1000",
        "--max-requests-jitter=500",
        "--access-logfile=-",
        "--error-logfile=-",
        # whether a request came over HTTPS is Django's to decide (HANHDONG_BEHIND_PROXY),
        # never gunicorn's on its own
        "--forwarded-allow-ips=",
        "--logger-class=hanhdong.ops.serving.Logger",
        # no control socket: it would sit in the service user's home, shared by every instance
        "--no-control-socket",
    ]
    return argv


class Logger(GunicornLogger):
    """gunicorn's logger: an access line per request, in JSON when HANHDONG_LOG_FORMAT=json.

    The query string is never written: the citizen's tracking code travels in it.
    """

    def setup(self, cfg):
        super().setup(cfg)
        self.json = os.environ.get("HANHDONG_LOG_FORMAT", "").strip().lower() == "json"
        if self.json:
            for handler in self.error_log.handlers:
                handler.setFormatter(JsonFormatter())

    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        status = str(resp.status).split(None, 1)[0]
        entry = {
            "method": environ.get("REQUEST_METHOD"),
            "path": environ.get("PATH_INFO"),
            "status": int(status) if status.isdigit() else status,
            "bytes": getattr(resp, "sent", None),
            "duration_ms": round(request_time.total_seconds() * 1000, 1),
            "remote": environ.get("REMOTE_ADDR"),
            "request_id": environ.get("HTTP_X_REQUEST_ID"),
        }
        if self.json:
            now = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
            line = json.dumps({"time": now, "logger": "access", **entry}, ensure_ascii=False)
        else:
            line = "{remote} {method} {path} {status} {bytes} {duration_ms}ms".format(**entry)
        self.access_log.info(line)


def warm() -> None:
    """What the first requests of every worker would build, built once: the URL map, each
    language's translations, every template compiled, and the libraries a page imports on
    demand. Nothing here opens a database connection: the workers must not share one."""
    from django.conf import settings
    from django.template import engines
    from django.template.loaders.cached import Loader as CachedLoader
    from django.urls import get_resolver
    from django.utils import translation

    get_resolver().url_patterns  # noqa: B018 — imports every view module
    get_resolver()._populate()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("hanhdong")
    for engine in engines.all():
        django_engine = getattr(engine, "engine", None)
        if django_engine is None:
            continue
        for loader in django_engine.template_loaders:
            if not isinstance(loader, CachedLoader):
                continue
            for name in _template_names(loader):
                try:
                    loader.get_template(name)
                except Exception:  # noqa: BLE001 — a partial or broken one: built when used
                    continue
    for module in ("sklearn.feature_extraction.text", "sklearn.svm", "openpyxl", "docx"):
        try:
            __import__(module)
        except ImportError:
            continue


def _template_names(loader) -> list[str]:
    from pathlib import Path

    names = set()
    for inner in loader.loaders:
        for folder in inner.get_dirs():
            root = Path(folder)
            if root.is_dir():
                names.update(
                    str(path.relative_to(root)) for path in root.rglob("*.html") if path.is_file()
                )
    return sorted(names)
