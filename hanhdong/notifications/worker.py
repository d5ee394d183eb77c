"""One pass of the worker: every app's checks queue what today calls for, then the outbox
is delivered."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from hanhdong.notifications.outbox import deliver
from hanhdong.notifications.schedule import run_checks


def run_once(today: dt.date | None = None) -> tuple[int, int]:
    """(messages queued, messages delivered)."""
    return run_checks(today or timezone.localdate()), deliver()
