"""Periods as a value type: "Năm 2025", "Quý III/2025", "Hằng năm", "Theo chỉ đạo …".

A program states when a task starts and ends in words. ``Period`` is what those
words mean; ``parse`` reads them, ``Period.label`` prints them back in Vietnamese
and ``Period.to_dict`` gives the ``hanhdong.program/1`` JSON form.

Every period is written in one form wherever it appears — on a page, in a report, in a
file, at the start of a sentence or in its middle: "Tháng 9/2026", "Quý IV/2026",
"6 tháng đầu năm 2026", "9 tháng năm 2026", "Năm 2026" (``Period.label``,
``half_year_title``, ``nine_months_title``; ``normal_title`` puts a title into it).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from hanhdong.lib.text import fold


class PeriodKind(StrEnum):
    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"
    DATE = "date"
    ANNUAL = "annual"  # "Hằng năm": recurs every year of the term
    AS_DIRECTED = "as_directed"  # "Theo chỉ đạo của …": switched on by a superior body
    OPEN = "open"  # "Thường xuyên": ongoing, no fixed date


ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
ROMAN_OF = {v: k for k, v in ROMAN.items()}


class PeriodError(ValueError):
    pass


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    year: int | None = None
    quarter: int | None = None
    month: int | None = None
    date: dt.date | None = None

    # -- construction -------------------------------------------------------
    @classmethod
    def from_dict(cls, data: dict | None) -> Period | None:
        if not data:
            return None
        try:
            kind = PeriodKind(data["kind"])
        except (KeyError, ValueError):
            raise PeriodError(f"unknown period kind in {data!r}") from None
        date = data.get("date")
        period = cls(
            kind=kind,
            year=data.get("year"),
            quarter=data.get("quarter"),
            month=data.get("month"),
            date=dt.date.fromisoformat(date) if date else None,
        )
        period.validate()
        return period

    def validate(self) -> None:
        needs_year = {PeriodKind.YEAR, PeriodKind.QUARTER, PeriodKind.MONTH}
        if self.kind in needs_year and not self.year:
            raise PeriodError(f"a {self.kind} period needs a year")
        if self.kind == PeriodKind.QUARTER and self.quarter not in (1, 2, 3, 4):
            raise PeriodError("a quarter is 1 to 4")
        if self.kind == PeriodKind.MONTH and not (self.month and 1 <= self.month <= 12):
            raise PeriodError("a month is 1 to 12")
        if self.kind == PeriodKind.DATE and self.date is None:
            raise PeriodError("a date period needs a date")

    # -- output -------------------------------------------------------------
    def to_dict(self) -> dict:
        out: dict = {"kind": str(self.kind)}
        if self.kind == PeriodKind.DATE:
            out["date"] = self.date.isoformat()
        elif self.year is not None:
            out["year"] = self.year
        if self.kind == PeriodKind.QUARTER:
            out["quarter"] = self.quarter
        if self.kind == PeriodKind.MONTH:
            out["month"] = self.month
        return out

    @property
    def label(self) -> str:
        match self.kind:
            case PeriodKind.YEAR:
                return f"Năm {self.year}"
            case PeriodKind.QUARTER:
                return f"Quý {ROMAN_OF[self.quarter]}/{self.year}"
            case PeriodKind.MONTH:
                return f"Tháng {self.month}/{self.year}"
            case PeriodKind.DATE:
                return self.date.strftime("%d/%m/%Y")
            case PeriodKind.ANNUAL:
                return "Hằng năm"
            case PeriodKind.AS_DIRECTED:
                return "Theo chỉ đạo"
            case PeriodKind.OPEN:
                return "Thường xuyên"
        raise AssertionError(self.kind)

    def __str__(self) -> str:
        return self.label

    # -- arithmetic ----------------------------------------------------------
    @property
    def is_dated(self) -> bool:
        return self.kind in {PeriodKind.YEAR, PeriodKind.QUARTER, PeriodKind.MONTH, PeriodKind.DATE}

    def first_day(self) -> dt.date | None:
        match self.kind:
            case PeriodKind.YEAR:
                return dt.date(self.year, 1, 1)
            case PeriodKind.QUARTER:
                return dt.date(self.year, 3 * self.quarter - 2, 1)
            case PeriodKind.MONTH:
                return dt.date(self.year, self.month, 1)
            case PeriodKind.DATE:
                return self.date
        return None

    def last_day(self) -> dt.date | None:
        match self.kind:
            case PeriodKind.YEAR:
                return dt.date(self.year, 12, 31)
            case PeriodKind.QUARTER:
                month = 3 * self.quarter
                return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])
            case PeriodKind.MONTH:
                return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
            case PeriodKind.DATE:
                return self.date
        return None


# -- parsing -------------------------------------------------------------------
_ANNUAL = re.compile(r"^(hang|moi) nam$")
_AS_DIRECTED = re.compile(r"^theo (su )?chi dao\b")
_OPEN = re.compile(r"^(thuong xuyen|lien tuc)$")
_QUARTER = re.compile(r"^quy\s+(iv|iii|ii|i|[1-4])\s*(?:/|-|nam)\s*(\d{4})$")
_MONTH = re.compile(r"^thang\s+(\d{1,2})\s*(?:/|-|nam)\s*(\d{4})$")
_DATE = re.compile(r"^(?:ngay\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_YEAR = re.compile(r"^(?:nam\s+)?(\d{4})$")


def parse(text: str | None) -> Period | None:
    """Read a Vietnamese period. Blank gives ``None``; words it cannot read raise PeriodError."""
    folded = fold(text or "").rstrip(" .;,")
    if not folded:
        return None
    if _ANNUAL.match(folded):
        return Period(PeriodKind.ANNUAL)
    if _AS_DIRECTED.match(folded):
        return Period(PeriodKind.AS_DIRECTED)
    if _OPEN.match(folded):
        return Period(PeriodKind.OPEN)
    if m := _QUARTER.match(folded):
        q = m.group(1)
        quarter = int(q) if q.isdigit() else ROMAN[q.upper()]
        return Period(PeriodKind.QUARTER, year=int(m.group(2)), quarter=quarter)
    if m := _MONTH.match(folded):
        period = Period(PeriodKind.MONTH, year=int(m.group(2)), month=int(m.group(1)))
        period.validate()
        return period
    if m := _DATE.match(folded):
        day, month, year = (int(g) for g in m.groups())
        try:
            return Period(PeriodKind.DATE, date=dt.date(year, month, day))
        except ValueError:
            raise PeriodError(f"{text!r} is not a real date") from None
    if m := _YEAR.match(folded):
        return Period(PeriodKind.YEAR, year=int(m.group(1)))
    raise PeriodError(f"cannot read the period {text!r}")


def half_year_title(year: int) -> str:
    return f"6 tháng đầu năm {year}"


def nine_months_title(year: int) -> str:
    return f"9 tháng năm {year}"


_HALF = re.compile(r"^6 thang (?:dau )?nam (\d{4})$")
_NINE = re.compile(r"^9 thang (?:dau )?nam (\d{4})$")


def normal_title(text: str) -> str:
    """``text`` in the one form of period titles when it names a month, a quarter, a half,
    nine months or a year ("quý iv/2026" → "Quý IV/2026"); otherwise as written, trimmed."""
    text = (text or "").strip()
    folded = fold(text).rstrip(" .;,")
    if m := _HALF.match(folded):
        return half_year_title(int(m.group(1)))
    if m := _NINE.match(folded):
        return nine_months_title(int(m.group(1)))
    try:
        period = parse(text)
    except PeriodError:
        return text
    if period is not None and period.kind in (
        PeriodKind.YEAR,
        PeriodKind.QUARTER,
        PeriodKind.MONTH,
    ):
        return period.label
    return text


# what a reporting period is, in the words of ``reports.models.ReportingKind``
REPORTING_MONTH, REPORTING_QUARTER = "month", "quarter"
REPORTING_HALF, REPORTING_NINE, REPORTING_YEAR = "half", "nine", "year"


def reporting_title(text: str) -> tuple[str, int, int] | None:
    """(kind, year, number) of a regular reporting period named in words, however it is
    capitalised or accented: "9 tháng năm 2026" → ("nine", 2026, 0), "quy iv/2026" →
    ("quarter", 2026, 4), "Tháng 9/2026" → ("month", 2026, 9), "6 tháng đầu năm 2026",
    "Năm 2026"; None when the words name no such period."""
    folded = fold(text or "").rstrip(" .;,")
    if m := _HALF.match(folded):
        return REPORTING_HALF, int(m.group(1)), 0
    if m := _NINE.match(folded):
        return REPORTING_NINE, int(m.group(1)), 0
    try:
        period = parse(text)
    except PeriodError:
        return None
    if period is None:
        return None
    match period.kind:
        case PeriodKind.QUARTER:
            return REPORTING_QUARTER, period.year, period.quarter
        case PeriodKind.MONTH:
            return REPORTING_MONTH, period.year, period.month
        case PeriodKind.YEAR:
            return REPORTING_YEAR, period.year, 0
    return None


def year_span(start: Period | None, end: Period | None) -> tuple[int | None, int | None]:
    """The first and last calendar year a dated task runs in; ``None`` where open or recurring."""
    first = start.first_day().year if start and start.is_dated else None
    last = end.last_day().year if end and end.is_dated else None
    if first is None and last is not None and start is None:
        first = last
    if last is None and first is not None and end is None:
        last = first
    return first, last
