import datetime as dt

import pytest

from hanhdong.lib.periods import (
    Period,
    PeriodError,
    PeriodKind,
    normal_title,
    parse,
    reporting_title,
    year_span,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2025", {"kind": "year", "year": 2025}),
        ("2030", {"kind": "year", "year": 2030}),
        ("Quý III/2025", {"kind": "quarter", "year": 2025, "quarter": 3}),
        ("Quý I/2026", {"kind": "quarter", "year": 2026, "quarter": 1}),
        ("quý 4 năm 2027", {"kind": "quarter", "year": 2027, "quarter": 4}),
        ("Tháng 9/2026", {"kind": "month", "year": 2026, "month": 9}),
        ("15/10/2025", {"kind": "date", "date": "2025-10-15"}),
        ("Hằng năm", {"kind": "annual"}),
        ("Hàng năm", {"kind": "annual"}),
        ("Theo chỉ đạo của Trung ương, thành phố", {"kind": "as_directed"}),
        ("Thường xuyên", {"kind": "open"}),
    ],
)
def test_it_reads_vietnamese_periods(text, expected):
    assert parse(text).to_dict() == expected


def test_it_reads_blank_as_none():
    assert parse("") is None
    assert parse("  ") is None


@pytest.mark.parametrize("text", ["Quý V/2025", "Tháng 13/2025", "31/02/2025", "sớm nhất"])
def test_it_refuses_what_it_cannot_read(text):
    with pytest.raises(PeriodError):
        parse(text)


@pytest.mark.parametrize(
    "text", ["Năm 2025", "Quý III/2025", "Tháng 9/2026", "15/10/2025", "Hằng năm", "Thường xuyên"]
)
def test_it_prints_what_it_reads(text):
    assert parse(text).label == text


def test_it_round_trips_through_json():
    period = parse("Quý II/2026")
    assert Period.from_dict(period.to_dict()) == period


def test_it_knows_the_days_of_a_quarter():
    period = parse("Quý I/2024")
    assert period.first_day() == dt.date(2024, 1, 1)
    assert period.last_day() == dt.date(2024, 3, 31)


def test_it_spans_years_of_dated_tasks_only():
    assert year_span(parse("Quý III/2025"), parse("Quý I/2026")) == (2025, 2026)
    assert year_span(parse("Hằng năm"), parse("Hằng năm")) == (None, None)
    assert year_span(Period(PeriodKind.AS_DIRECTED), None) == (None, None)
    assert year_span(parse("Năm 2026"), None) == (2026, 2026)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("quý iv/2026", "Quý IV/2026"),
        ("QUÝ 4 năm 2026", "Quý IV/2026"),
        ("Quý IV/2026", "Quý IV/2026"),
        ("năm 2026", "Năm 2026"),
        ("tháng 9/2026", "Tháng 9/2026"),
        ("6 Tháng Đầu Năm 2026", "6 tháng đầu năm 2026"),
        ("6 tháng năm 2026", "6 tháng đầu năm 2026"),
        ("9 tháng đầu năm 2026", "9 tháng năm 2026"),
        ("  Báo cáo chuyên đề phòng chống bão ", "Báo cáo chuyên đề phòng chống bão"),
        ("Hằng năm", "Hằng năm"),
    ],
)
def test_a_period_title_has_one_form(text, expected):
    assert normal_title(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9 tháng năm 2026", ("nine", 2026, 0)),
        ("9 thang dau nam 2026", ("nine", 2026, 0)),
        ("6 tháng đầu năm 2025", ("half", 2025, 0)),
        ("quý iv/2026", ("quarter", 2026, 4)),
        ("Quý 2 năm 2027", ("quarter", 2027, 2)),
        ("Tháng 9/2026", ("month", 2026, 9)),
        ("Năm 2026", ("year", 2026, 0)),
        ("Hằng năm", None),
        ("15/10/2025", None),
        ("báo cáo nhanh", None),
        ("", None),
    ],
)
def test_it_reads_a_reporting_period_s_title(text, expected):
    assert reporting_title(text) == expected
