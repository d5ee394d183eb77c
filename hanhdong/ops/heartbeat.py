"""The worker's heartbeat: each pass records when it ended, under the worker's name."""

from __future__ import annotations

import datetime as dt
import os
import socket

from django.utils import timezone

from hanhdong.ops.models import Heartbeat


def beat(name: str = "worker") -> None:
    """Record that the worker called ``name`` has just finished a pass."""
    Heartbeat.objects.update_or_create(
        name=name[:100],
        defaults={
            "last_pass": timezone.now(),
            "host": socket.gethostname()[:255],
            "pid": os.getpid(),
        },
    )


def last_pass() -> dt.datetime | None:
    """When any worker last finished a pass (None: never)."""
    return Heartbeat.objects.order_by("-last_pass").values_list("last_pass", flat=True).first()
