import datetime as dt

import pytest

from hanhdong.reports import calendar
from hanhdong.reports.models import ReportingKind


@pytest.mark.parametrize(
    ("kind", "number", "opens", "cutoff"),
    [
        (ReportingKind.MONTH, 1, dt.date(2025, 12, 15), dt.date(2026, 1, 14)),
        (ReportingKind.MONTH, 7, dt.date(2026, 6, 15), dt.date(2026, 7, 14)),
        (ReportingKind.QUARTER, 1, dt.date(2025, 12, 15), dt.date(2026, 3, 14)),
        (ReportingKind.QUARTER, 3, dt.date(2026, 6, 15), dt.date(2026, 9, 14)),
        (ReportingKind.HALF, 0, dt.date(2025, 12, 15), dt.date(2026, 6, 14)),
        (ReportingKind.NINE, 0, dt.date(2025, 12, 15), dt.date(2026, 9, 14)),
        (ReportingKind.YEAR, 0, dt.date(2025, 12, 15), dt.date(2026, 12, 14)),
    ],
)
def test_windows_follow_the_provincial_defaults(kind, number, opens, cutoff):
    assert calendar.window(kind, 2026, number) == (opens, cutoff)


def test_the_deadline_skips_the_weekend():
    friday = dt.date(2026, 11, 13)
    assert calendar.add_working_days(friday, 1) == dt.date(2026, 11, 16)


def test_titles_are_vietnamese():
    assert calendar.title(ReportingKind.QUARTER, 2026, 3) == "Quý III/2026"
    assert calendar.title(ReportingKind.HALF, 2026, 0) == "6 tháng đầu năm 2026"
