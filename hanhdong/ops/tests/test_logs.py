import datetime as dt
import json
import logging
import os
import subprocess
import sys
from unittest import mock

from gunicorn.config import Config

from hanhdong.ops.logs import JsonFormatter
from hanhdong.ops.serving import Logger, default_workers, gunicorn_argv
from hanhdong.test import REPO_ROOT


def record(message="hello", *args, exc_info=None, **extra):
    log = logging.getLogger("hanhdong.test")
    return log.makeRecord(
        log.name, logging.WARNING, "f.py", 1, message, args, exc_info, None, extra
    )


def test_a_record_is_one_line_of_json_with_its_extra_fields():
    try:
        raise ValueError("boom")
    except ValueError:
        line = JsonFormatter().format(
            record("backup written: %s", "ở đâu", exc_info=sys.exc_info(), size=12)
        )
    assert "\n" not in line  # the traceback too stays on its line
    entry = json.loads(line)
    assert entry["level"] == "WARNING" and entry["logger"] == "hanhdong.test"
    assert entry["message"] == "backup written: ở đâu"
    assert entry["size"] == 12
    assert "ValueError: boom" in entry["exc"]
    assert dt.datetime.fromisoformat(entry["time"]).tzinfo is not None


def run(code, **env):
    full = {k: v for k, v in os.environ.items() if k != "DEBUG"}
    return subprocess.run(
        [sys.executable, "-m", "hanhdong.cli", "shell", "-c", code],
        env={**full, **env},
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_application_logs_in_json_when_asked():
    code = "import logging; logging.getLogger('hanhdong.x').warning('nhắc việc', extra={'n': 3})"
    entry = json.loads(run(code, HANHDONG_LOG_FORMAT="json").stderr.strip().splitlines()[-1])
    assert (entry["logger"], entry["message"], entry["n"]) == ("hanhdong.x", "nhắc việc", 3)
    assert run(code).stderr.strip().splitlines()[-1] == "nhắc việc"  # text: the message alone
    refused = run(code, HANHDONG_LOG_FORMAT="xml")
    assert refused.returncode != 0
    assert "HANHDONG_LOG_FORMAT='xml' is neither text nor json" in refused.stderr


def test_the_workers_follow_the_cores_up_to_a_limit():
    with mock.patch("os.sched_getaffinity", return_value={0, 1}):
        assert default_workers() == 5
    with mock.patch("os.sched_getaffinity", return_value=set(range(16))):
        assert default_workers() == 8
    argv = gunicorn_argv(bind="127.0.0.1:8204", workers=3, timeout=150)
    assert argv[1:4] == ["-m", "gunicorn", "hanhdong.wsgi:application"]
    assert {"--bind=127.0.0.1:8204", "--workers=3", "--timeout=150"} <= set(argv)


class Response:
    status = "200 OK"
    sent = 1234
    headers = []


def access_line(json_format: bool) -> str:
    cfg = Config()
    cfg.set("accesslog", "-")
    with mock.patch.dict(os.environ, {"HANHDONG_LOG_FORMAT": "json" if json_format else ""}):
        logger = Logger(cfg)
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/gop-y/theo-doi/",
        "QUERY_STRING": "code=BI-MAT-CUA-DAN",
        "RAW_URI": "/gop-y/theo-doi/?code=BI-MAT-CUA-DAN",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_X_REQUEST_ID": "r-1",
    }
    with mock.patch.object(logger.access_log, "info") as info:
        logger.access(Response(), None, environ, dt.timedelta(milliseconds=42))
    return info.call_args.args[0]


def test_an_access_line_never_holds_the_query_string():
    entry = json.loads(access_line(json_format=True))
    assert entry["path"] == "/gop-y/theo-doi/"
    assert (entry["status"], entry["bytes"], entry["duration_ms"]) == (200, 1234, 42.0)
    assert entry["request_id"] == "r-1"
    text = access_line(json_format=False)
    assert text == "127.0.0.1 GET /gop-y/theo-doi/ 200 1234 42.0ms"
    assert "BI-MAT" not in text + json.dumps(entry)


def test_the_master_readies_the_pages_before_forking_without_touching_the_database():
    """``hanhdong serve`` loads the application once (--preload) and warms it in the
    master; the workers are forks, so nothing there may open a database connection (the
    test has no database access: a query would fail it)."""
    from django.template import engines

    from hanhdong.ops.serving import warm

    argv = gunicorn_argv(bind="127.0.0.1:8204", workers=3, timeout=150)
    assert "--preload" in argv
    assert "--config=python:hanhdong.ops.gunicorn_hooks" in argv
    loader = engines["django"].engine.template_loaders[0]
    loader.reset()
    warm()
    kept = {key.split("-")[0] for key in loader.get_template_cache}
    assert {"feedback/track.html", "reports/_dashboard_period.html", "base.html"} <= kept


def _leave_as_a_worker(code):
    """In a forked child: what gunicorn's worker does on leaving — sys.exit(code), and the
    exit hook called from its ``finally``."""
    from types import SimpleNamespace

    from hanhdong.ops import gunicorn_hooks

    pid = os.fork()
    if pid == 0:
        worker = SimpleNamespace(pid=os.getpid())
        try:
            try:
                sys.exit(code)
            except SystemExit:
                raise
            finally:
                gunicorn_hooks.worker_exit(None, worker)
        except BaseException:  # noqa: BLE001 — the hook did not leave: say so
            os._exit(99)
    _pid, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def test_a_worker_leaves_at_once_with_its_own_exit_status():
    assert _leave_as_a_worker(0) == 0
    assert _leave_as_a_worker(3) == 3  # a worker that failed to boot: the master halts on it


def test_the_exit_hook_does_nothing_in_the_master():
    from types import SimpleNamespace

    from hanhdong.ops import gunicorn_hooks

    # gunicorn calls it in the master for a worker found already gone
    assert gunicorn_hooks.worker_exit(None, SimpleNamespace(pid=os.getpid() + 1)) is None
