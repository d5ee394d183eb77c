"""Working days: Monday to Friday, less Vietnam's public holidays, plus what a commune records.

The public holidays come from the maintained ``holidays`` package: New Year's Day, Tết
Nguyên đán, the Hùng Kings' day (10/3 âm lịch), 30/4, 1/5, 2/9 and the days the Government
swaps each year (a weekday off, made up on a Saturday), which the package carries as they
are announced. What it has not caught up with, or a commune's own days, come in a
``WorkCalendar`` the caller builds (``orgs.workdays.calendar_of`` reads the commune's table):
extra days off, and weekend days worked.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import holidays

MAX_DAYS = 3660  # a count beyond ten years is an error, not a deadline


@functools.lru_cache(maxsize=64)
def national(year: int) -> tuple[dict[dt.date, str], frozenset[dt.date]]:
    """({holiday: its Vietnamese name}, {weekend day worked in exchange}) of ``year``."""
    found = holidays.country_holidays("VN", years=year, language="vi")
    names = {day: name for day, name in found.items() if day.year == year}
    worked = frozenset(d for d in getattr(found, "weekend_workdays", ()) if d.year == year)
    return names, worked


@dataclass(frozen=True)
class WorkCalendar:
    """Working days with a commune's own exceptions on top of the national calendar."""

    days_off: frozenset[dt.date] = frozenset()  # extra days off (a swapped or local holiday)
    days_worked: frozenset[dt.date] = frozenset()  # days worked that would be off

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.days_worked:
            return True
        if day in self.days_off:
            return False
        names, worked = national(day.year)
        if day in worked:
            return True
        return day.weekday() < 5 and day not in names

    def add(self, day: dt.date, count: int) -> dt.date:
        """The ``count``-th working day after ``day`` (``day`` itself when ``count`` is 0)."""
        if not 0 <= count <= MAX_DAYS:
            raise ValueError(f"{count} working days is out of range")
        while count > 0:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                count -= 1
        return day

    def count(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to ``end`` included (negative when ``end`` is
        earlier)."""
        sign = 1 if end >= start else -1
        low, high = (start, end) if sign > 0 else (end, start)
        days = (high - low).days
        if days > MAX_DAYS:
            raise ValueError("too long a span")
        found = sum(
            1 for n in range(1, days + 1) if self.is_working_day(low + dt.timedelta(days=n))
        )
        return sign * found


WEEKDAYS_AND_HOLIDAYS = WorkCalendar()


def add_working_days(day: dt.date, count: int, calendar: WorkCalendar | None = None) -> dt.date:
    """``day`` plus ``count`` working days: weekends and public holidays skipped."""
    return (calendar or WEEKDAYS_AND_HOLIDAYS).add(day, count)
