"""A task's deadline as directives write it, read into a date.

"30/6/2026", "trước ngày 30/6/2026", "Quý III/2026", "Tháng 9/2026", "Năm 2026",
"6 tháng đầu năm 2026", "15 ngày làm việc" (from the day the task is issued, weekends and
holidays skipped), "30 ngày" (calendar days), "Thường xuyên", "Hằng năm" (no date: the task
recurs or goes on).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from django.utils import timezone

from hanhdong.lib import periods
from hanhdong.lib.text import fold
from hanhdong.lib.workdays import WEEKDAYS_AND_HOLIDAYS, WorkCalendar

_LEAD_IN = re.compile(r"^(?:(?:hoan thanh|thoi han|xong|truoc|cham nhat|den|trong)\s*:?\s*)+")
_DAY_WORD = re.compile(r"^(?:ngay\s+)")
_COUNT = re.compile(r"^(\d{1,4})\s+ngay(\s+lam viec)?(?:\s+ke tu.*)?$")
_HALF = re.compile(r"^6 thang (?:dau )?nam (\d{4})$")
_NINE = re.compile(r"^9 thang (?:dau )?nam (\d{4})$")
_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_WORDED_DATE = re.compile(r"ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})")


class DeadlineError(ValueError):
    pass


@dataclass(frozen=True)
class Deadline:
    """What a deadline's words mean: a date, or none (recurring, ongoing, as directed);
    ``working_days``/``days`` when counted from the day of issue."""

    due_on: dt.date | None
    working_days: int | None = None
    days: int | None = None

    @property
    def recurring(self) -> bool:
        return self.due_on is None


def read(
    text: str, issued_on: dt.date | None = None, calendar: WorkCalendar | None = None
) -> Deadline:
    """The deadline ``text`` states; a count of days counts from ``issued_on`` (today's
    caller passes the day of issue). Blank or unreadable words raise DeadlineError."""
    folded = fold(text or "").strip(" .;,")
    if not folded:
        raise DeadlineError("no deadline")
    folded = _LEAD_IN.sub("", folded).strip()
    if m := _COUNT.match(folded):
        count = int(m.group(1))
        start = issued_on or timezone.localdate()
        if m.group(2):
            due = (calendar or WEEKDAYS_AND_HOLIDAYS).add(start, count)
            return Deadline(due, working_days=count)
        return Deadline(start + dt.timedelta(days=count), days=count)
    if m := _HALF.match(folded):
        return Deadline(dt.date(int(m.group(1)), 6, 30))
    if m := _NINE.match(folded):
        return Deadline(dt.date(int(m.group(1)), 9, 30))
    for pattern in (_WORDED_DATE, _DATE):
        if m := pattern.search(folded):
            day, month, year = (int(g) for g in m.groups())
            try:
                return Deadline(dt.date(year, month, day))
            except ValueError:
                raise DeadlineError(f"{text!r} is not a real date") from None
    try:
        period = periods.parse(_DAY_WORD.sub("", folded))
    except periods.PeriodError:
        raise DeadlineError(f"cannot read the deadline {text!r}") from None
    if period is None:
        raise DeadlineError("no deadline")
    return Deadline(period.last_day())
