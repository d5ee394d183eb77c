import datetime as dt

import pytest

from hanhdong.lib.deadlines import DeadlineError, read
from hanhdong.lib.workdays import WorkCalendar, add_working_days

D = dt.date


@pytest.mark.parametrize(
    ("start", "count", "expected", "why"),
    [
        (D(2026, 4, 29), 1, D(2026, 5, 4), "30/4 and 1/5 (Thu, Fri) and the weekend skipped"),
        (D(2025, 4, 29), 1, D(2025, 5, 5), "30/4, 1/5 and 2/5/2025 (swapped for Sat 26/4) off"),
        (D(2025, 8, 29), 1, D(2025, 9, 3), "1/9 and 2/9/2025 off"),
        (D(2026, 8, 28), 1, D(2026, 9, 3), "31/8/2026 (swapped for Sat 22/8), 1/9, 2/9 off"),
        (D(2026, 2, 13), 1, D(2026, 2, 23), "Tết Bính Ngọ: 16-20/2/2026 off"),
        (D(2025, 1, 24), 1, D(2025, 2, 3), "Tết Ất Tỵ: 27/1-31/1/2025 off"),
        (D(2026, 12, 31), 1, D(2027, 1, 4), "1/1/2027 and the weekend"),
        (D(2026, 6, 1), 5, D(2026, 6, 8), "a plain week"),
        (D(2026, 6, 1), 0, D(2026, 6, 1), "no day at all"),
    ],
)
def test_it_skips_weekends_and_public_holidays(start, count, expected, why):
    assert add_working_days(start, count) == expected, why


def test_it_works_the_swapped_saturday():
    assert WorkCalendar().is_working_day(D(2025, 4, 26))  # Saturday, worked for 2/5/2025
    assert not WorkCalendar().is_working_day(D(2025, 4, 27))


def test_it_takes_the_communes_own_days_on_top():
    # a commune records Monday 8/6/2026 off and works Saturday 13/6/2026 instead
    own = WorkCalendar(days_off=frozenset({D(2026, 6, 8)}), days_worked=frozenset({D(2026, 6, 13)}))
    assert own.add(D(2026, 6, 5), 1) == D(2026, 6, 9)
    assert own.add(D(2026, 6, 12), 1) == D(2026, 6, 13)
    assert own.count(D(2026, 6, 5), D(2026, 6, 15)) == 6  # 9, 10, 11, 12, 13 and 15
    assert WorkCalendar().count(D(2026, 4, 29), D(2026, 5, 4)) == 1


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("30/6/2026", D(2026, 6, 30)),
        ("Trước ngày 15/10/2026", D(2026, 10, 15)),
        ("hoàn thành trước ngày 15 tháng 10 năm 2026", D(2026, 10, 15)),
        ("Quý III/2026", D(2026, 9, 30)),
        ("Tháng 9/2026", D(2026, 9, 30)),
        ("Năm 2026", D(2026, 12, 31)),
        ("6 tháng đầu năm 2026", D(2026, 6, 30)),
        # issued Monday 27/4/2026 (the Hùng Kings' day, observed): 28, 29 | 30/4, 1/5 off |
        # 4-8/5 | 11, 12, 13/5
        ("10 ngày làm việc", D(2026, 5, 13)),
        ("trong 10 ngày làm việc kể từ ngày nhận", D(2026, 5, 13)),
        ("30 ngày", D(2026, 5, 27)),
        ("Thường xuyên", None),
        ("Hằng năm", None),
    ],
)
def test_it_reads_a_deadline_as_directives_write_it(text, due):
    assert read(text, D(2026, 4, 27)).due_on == due


@pytest.mark.parametrize("text", ["", "sớm", "31/2/2026", "khi nào xong"])
def test_it_refuses_words_that_are_no_deadline(text):
    with pytest.raises(DeadlineError):
        read(text, D(2026, 4, 27))
