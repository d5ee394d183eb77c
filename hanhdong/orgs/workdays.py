"""A commune's working days: the national calendar (``lib.workdays``) with the days its
Party Office recorded on top (``CalendarDay``)."""

from __future__ import annotations

import datetime as dt

from hanhdong.lib.workdays import WEEKDAYS_AND_HOLIDAYS, WorkCalendar, national
from hanhdong.orgs.models import CalendarDay, DayKind


def calendar_of(commune) -> WorkCalendar:
    """The commune's working days (one query); the national calendar without a commune."""
    if commune is None:
        return WEEKDAYS_AND_HOLIDAYS
    off, worked = set(), set()
    for day, kind in CalendarDay.objects.filter(commune=commune).values_list("day", "kind"):
        (off if kind == DayKind.OFF else worked).add(day)
    return WorkCalendar(days_off=frozenset(off), days_worked=frozenset(worked))


def year_rows(commune, year: int) -> list[dict]:
    """The year's days that are not plain weekdays or weekends: the national holidays and
    swapped days, and the commune's own, in date order — for the calendar page."""
    names, worked = national(year)
    rows = {
        day: {"day": day, "name": name, "off": True, "own": None} for day, name in names.items()
    }
    for day in worked:
        rows[day] = {"day": day, "name": "", "off": False, "own": None}
    own = CalendarDay.objects.filter(
        commune=commune, day__gte=dt.date(year, 1, 1), day__lte=dt.date(year, 12, 31)
    )
    for entry in own:
        rows[entry.day] = {
            "day": entry.day,
            "name": entry.note or rows.get(entry.day, {}).get("name", ""),
            "off": entry.kind == DayKind.OFF,
            "own": entry,
        }
    return [rows[day] for day in sorted(rows)]
