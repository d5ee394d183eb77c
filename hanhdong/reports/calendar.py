"""Reporting windows and deadlines: which dates a period covers, when its figures stop,
when its report is due, and which key tasks owe a report in it."""

from __future__ import annotations

import datetime as dt
import functools
import json

from hanhdong.lib import periods as task_periods
from hanhdong.lib.periods import Period, PeriodKind
from hanhdong.orgs.workdays import calendar_of
from hanhdong.reports.models import ReportingKind


def add_working_days(day: dt.date, count: int, commune=None) -> dt.date:
    """``day`` plus ``count`` working days: weekends, Vietnam's public holidays and the days
    ``commune`` recorded in its calendar skipped."""
    return calendar_of(commune).add(day, count)


def _day(year: int, month: int, day: int) -> dt.date:
    while month < 1:
        month += 12
        year -= 1
    return dt.date(year, month, day)


def window(kind: str, year: int, number: int, cutoff_day: int = 14) -> tuple[dt.date, dt.date]:
    """(window opens, figures up to) of a regular period, per the provinces' defaults:
    from the day after the previous cut-off to the cut-off of the period's last month."""
    last_month = {
        ReportingKind.MONTH: number,
        ReportingKind.QUARTER: 3 * number,
        ReportingKind.HALF: 6,
        ReportingKind.NINE: 9,
        ReportingKind.YEAR: 12,
    }[kind]
    first_month = {
        ReportingKind.MONTH: number,
        ReportingKind.QUARTER: 3 * number - 2,
    }.get(kind, 1)
    return _day(year, first_month - 1, cutoff_day + 1), _day(year, last_month, cutoff_day)


def covers(kind: str, year: int, number: int) -> tuple[dt.date, dt.date]:
    """The calendar dates a period is about: a month, a quarter, January to June …"""
    first_month = {ReportingKind.MONTH: number, ReportingKind.QUARTER: 3 * number - 2}.get(kind, 1)
    last = window(kind, year, number)[1]
    end_month = last.month
    next_month = _day(year, end_month + 1, 1) if end_month < 12 else dt.date(year + 1, 1, 1)
    return dt.date(year, first_month, 1), next_month - dt.timedelta(days=1)


def title(kind: str, year: int, number: int) -> str:
    """A regular period's title, in the one form of ``lib.periods``: "Quý IV/2026"."""
    match kind:
        case ReportingKind.MONTH:
            return Period(PeriodKind.MONTH, year=year, month=number).label
        case ReportingKind.QUARTER:
            return Period(PeriodKind.QUARTER, year=year, quarter=number).label
        case ReportingKind.HALF:
            return task_periods.half_year_title(year)
        case ReportingKind.NINE:
            return task_periods.nine_months_title(year)
        case ReportingKind.YEAR:
            return Period(PeriodKind.YEAR, year=year).label
    raise KeyError(kind)


def numbers(kind: str) -> list[int]:
    return {ReportingKind.MONTH: list(range(1, 13)), ReportingKind.QUARTER: [1, 2, 3, 4]}.get(
        kind, [0]
    )


# the regular kinds in the order the roll-ups offer them, and prefer them when two periods
# share a cut-off (the quarter first)
REGULAR = [
    ReportingKind.QUARTER,
    ReportingKind.HALF,
    ReportingKind.NINE,
    ReportingKind.YEAR,
    ReportingKind.MONTH,
]


def number_on(kind: str, day: dt.date) -> int:
    """The number of the period of ``kind`` that ``day`` falls in (0: one a year)."""
    if kind == ReportingKind.QUARTER:
        return (day.month - 1) // 3 + 1
    return day.month if kind == ReportingKind.MONTH else 0


def _freeze(period: dict | None):
    return tuple(sorted(period.items())) if period else None


@functools.lru_cache(maxsize=4096)
def _owes(start, end, reporting_on: bool, begin: dt.date, finish: dt.date) -> bool:
    start_p = task_periods.Period.from_dict(dict(start)) if start else None
    end_p = task_periods.Period.from_dict(dict(end)) if end else None
    if start_p is not None and start_p.kind == PeriodKind.AS_DIRECTED:
        return reporting_on
    if start_p is None and end_p is None or start_p is not None and not start_p.is_dated:
        return True  # recurring ("Hằng năm"), open, or undated: reported on every period
    first = start_p.first_day() if start_p is not None else None
    last = end_p.last_day() if end_p is not None and end_p.is_dated else None
    if last is None and start_p is not None:
        last = start_p.last_day()
    return (first is None or first <= finish) and (last is None or last >= begin)


def owes_report(task, period) -> bool:
    """Whether ``task`` owes a report for ``period``: recurring tasks in every period,
    dated ones inside their window, "as directed" ones once switched on."""
    if task.is_withdrawn:
        return False
    begin, finish = period_dates(period)
    return _owes(
        _freeze(task.start_period), _freeze(task.end_period), task.reporting_on, begin, finish
    )


def owes_report_row(start_period, end_period, reporting_on, begin, finish) -> bool:
    """The same for a task read as plain values (the city roll-up reads thousands)."""
    return _owes(_freeze(start_period), _freeze(end_period), reporting_on, begin, finish)


@functools.lru_cache(maxsize=4096)
def owes_report_text(start_text, end_text, reporting_on, begin, finish) -> bool:
    """The same for a task whose periods are read as their JSON text, each distinct text
    decoded once: the tasks of a program share a few dozen of them."""
    start, end = (json.loads(text) if text else None for text in (start_text, end_text))
    return owes_report_row(start, end, reporting_on, begin, finish)


def period_dates(period) -> tuple[dt.date, dt.date]:
    if period.kind == ReportingKind.ADHOC:
        return period.starts_on, period.cutoff_on
    return covers(period.kind, period.year, period.number)


def owes(task, period) -> bool:
    """Whether ``task`` owes a report for ``period`` (an ad-hoc request may name its tasks)."""
    if period.kind == ReportingKind.ADHOC:
        chosen = set(period.tasks.values_list("pk", flat=True))
        if chosen:
            return task.pk in chosen
    return owes_report(task, period)


def period_tasks(period) -> list:
    """The key tasks that owe a report for ``period``."""
    chosen = list(period.tasks.all()) if period.kind == ReportingKind.ADHOC else []
    if chosen:
        return chosen
    tasks = period.program.key_tasks.filter(is_withdrawn=False).select_related("lead")
    return [t for t in tasks if owes_report(t, period)]
