import datetime as dt

import pytest

from hanhdong.reports import calendar
from hanhdong.reports.models import PeriodKind


@pytest.mark.parametrize(
    ("kind", "number", "opens", "cutoff"),
    [
        (PeriodKind.MONTH, 1, dt.date(2025, 12, 15), dt.date(2026, 1, 14)),
        (PeriodKind.MONTH, 7, dt.date(2026, 6, 15), dt.date(2026, 7, 14)),
        (PeriodKind.QUARTER, 1, dt.date(2025, 12, 15), dt.date(2026, 3, 14)),
        (PeriodKind.QUARTER, 3, dt.date(2026, 6, 15), dt.date(2026, 9, 14)),
        (PeriodKind.HALF, 0, dt.date(2025, 12, 15), dt.date(2026, 6, 14)),
        (PeriodKind.NINE, 0, dt.date(2025, 12, 15), dt.date(2026, 9, 14)),
        (PeriodKind.YEAR, 0, dt.date(2025, 12, 15), dt.date(2026, 12, 14)),
    ],
)
def test_windows_follow_the_provincial_defaults(kind, number, opens, cutoff):
    assert calendar.window(kind, 2026, number) == (opens, cutoff)


def test_the_deadline_skips_the_weekend():
    friday = dt.date(2026, 11, 13)
    assert calendar.add_working_days(friday, 1) == dt.date(2026, 11, 16)


def test_titles_are_vietnamese():
    assert calendar.title(PeriodKind.QUARTER, 2026, 3) == "Quý III/2026"
    assert calendar.title(PeriodKind.HALF, 2026, 0) == "6 tháng đầu năm 2026"
