"""``hanhdong serve``: the application under gunicorn, as a production server.

The command builds gunicorn's command line and replaces itself with it, so that gunicorn's
master is the process systemd or the container runs and signals: TERM stops gracefully
(requests in progress are finished, within the graceful timeout), HUP reloads the workers.
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
        "--keep-alive=5",
        # a worker is replaced after about a thousand requests, so no leak can grow for long
        "--max-requests=1000",
        "--max-requests-jitter=100",
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
