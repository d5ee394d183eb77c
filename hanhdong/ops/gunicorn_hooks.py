"""gunicorn's server hooks for ``hanhdong serve`` (hanhdong/ops/serving.py)."""

import contextlib
import gc
import os
import sys

from hanhdong.ops.serving import warm


def when_ready(server):
    """The application is loaded in the master (``--preload``): ready the rest, then set
    what is loaded aside from the garbage collector's rounds, before the workers are forked
    from it (a worker's collections then walk only what it made itself, and leave the
    shared pages shared)."""
    warm()
    gc.freeze()


def worker_exit(server, worker):
    """A worker that is done — replaced after its thousand requests, or stopped — leaves at
    once, with the exit status it was leaving with: tearing down the loaded application
    object by object takes seconds of processor, and the master forks its successor only
    once it has gone. gunicorn also calls this in the master for a worker found already
    gone: there it does nothing."""
    if os.getpid() != worker.pid:
        return
    leaving = sys.exc_info()[1]
    status = 0
    if isinstance(leaving, SystemExit):
        status = leaving.code if isinstance(leaving.code, int) else 1
    elif leaving is not None:
        status = 1
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed or broken pipe
            stream.flush()
    os._exit(status)
