"""gunicorn's server hooks for ``hanhdong serve`` (hanhdong/ops/serving.py)."""

from hanhdong.ops.serving import warm


def when_ready(server):
    """The application is loaded in the master (``--preload``): ready the rest before the
    workers are forked from it."""
    warm()
