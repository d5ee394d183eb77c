"""One pass of the worker: every app's checks queue what today calls for, then the outbox
is delivered; the process's pass also records its heartbeat and, when due, takes the
nightly backup."""

from __future__ import annotations

import datetime as dt
import logging

from django.utils import timezone

from hanhdong.notifications.outbox import deliver
from hanhdong.notifications.schedule import run_checks
from hanhdong.ops import backup, heartbeat

log = logging.getLogger(__name__)


def run_once(today: dt.date | None = None) -> tuple[int, int]:
    """(messages queued, messages delivered)."""
    return run_checks(today or timezone.localdate()), deliver()


def run_pass(*, name: str = "worker") -> tuple[int, int]:
    """A pass of the ``worker`` command: ``run_once``, then the heartbeat that /healthz
    reads, then the nightly backup when HANHDONG_BACKUP_DIR is set and the last is a day
    old. A failed backup is logged and does not stop the notifications; /healthz shows it."""
    queued, sent = run_once()
    heartbeat.beat(name)
    try:
        backup.nightly()
    except Exception:
        log.exception("the nightly backup failed")
    return queued, sent
