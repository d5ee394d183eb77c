"""What the worker looks at on each pass. Each domain app contributes its checks here
(reminders of reports, deadlines of citizens' submissions …) by decorating them with
``@check``; the app's ``ready()`` imports the module that holds them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Check = Callable[[dt.date], int]
_checks: list[Check] = []


def check(function: Check) -> Check:
    """Run ``function(today)`` at every pass of the worker; it returns how many messages it
    queued, in transactions of its own."""
    if function not in _checks:
        _checks.append(function)
    return function


def checks() -> list[Check]:
    return list(_checks)


def run_checks(today: dt.date) -> int:
    return sum(function(today) for function in _checks)
