"""Targets set out in a table ("Biểu chỉ tiêu": STT | Chỉ tiêu | Đơn vị tính | Ước thực hiện
năm 2025 | Kế hoạch năm 2026), as State plans often give them instead of sentences.

The header is found by its words: a column of indicators ("Chỉ tiêu", "Tên chỉ tiêu") and a
column of units ("Đơn vị tính", "ĐVT"). The value to reach is the last column that states a
plan or a goal ("Kế hoạch năm 2026", "Mục tiêu đến năm 2030", "Năm 2026"); columns of what was
done ("Thực hiện năm 2024", "Ước thực hiện 2025", "So sánh") are results, not targets. The
year comes from that column's label, else from the plan's term. A value "≤ 1", "dưới 1",
"không quá 1" is an upper bound; any other is a level to reach. Group rows ("I | CHỈ TIÊU
KINH TẾ") and rows without a number in the value cell are passed over.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from hanhdong.lib.text import fold

_INDICATOR = re.compile(r"^(?:ten |noi dung )?(?:cac )?chi tieu\b")
_UNIT = re.compile(r"^(?:don vi tinh|dvt)\b")
_PAST = re.compile(r"\b(?:thuc hien|uoc|thuc te|so sanh|tang giam|ket qua|ty le so)\b")
_GOAL = re.compile(r"\b(?:ke hoach|muc tieu|chi tieu|phan dau|nam 20\d\d|den nam|giai doan)\b")
_YEAR = re.compile(r"(?:nam|den|giai doan)\s+(?:20\d\d\s*[-–]\s*)?(20\d\d)\b")
_NUMBER = r"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
_VALUE = re.compile(
    r"^(?P<bound>≥|>=|≤|<=|>|<|trên|từ|dưới|tối thiểu|tối đa|ít nhất|không quá|đạt)?\s*"
    + _NUMBER
    + r"\s*(?:%|trở lên|trở xuống)?\s*(?P<after>trở lên|trở xuống)?\s*$",
    re.IGNORECASE,
)
_AT_MOST = {"≤", "<=", "<", "dưới", "tối đa", "không quá", "trở xuống"}
_ANNUAL_UNIT = re.compile(r"/\s*năm\s*$", re.IGNORECASE)
_GROUP = re.compile(r"^(?:[IVX]{1,5}|[A-ZĐ])\.?$")
MAX_ROWS = 300  # a table of targets has a few dozen


def _text(cell) -> str:
    return " ".join((cell or "").split())


def _header(rows) -> tuple[int, int, int, int, int | None] | None:
    """(header row, indicator, unit, value columns, year) of a table of targets, or None."""
    for index, row in enumerate(rows[:4]):
        labels = [fold(_text(c)) for c in row]
        indicator = next((i for i, t in enumerate(labels) if _INDICATOR.match(t)), None)
        unit = next((i for i, t in enumerate(labels) if _UNIT.match(t)), None)
        if indicator is None or unit is None:
            continue
        # a header over two rows: the lower row names the years under "Kế hoạch" and the like
        below = rows[index + 1] if index + 1 < len(rows) else []
        goals = []
        for column in range(len(row)):
            if column in (indicator, unit):
                continue
            label = labels[column]
            under = fold(_text(below[column])) if column < len(below) else ""
            if _value_of(under) is None and under and under != label:
                label = f"{label} {under}"
            if _GOAL.search(label) and not _PAST.search(label):
                goals.append((column, label))
        if not goals:
            return None
        column, label = goals[-1]
        year = _YEAR.search(label)
        return index, indicator, unit, column, int(year.group(1)) if year else None
    return None


def heads_targets(cells: list[str]) -> bool:
    """Whether ``cells`` are the header of a table of targets."""
    return _header([cells]) is not None


def _value_of(text: str):
    m = _VALUE.match(text.strip())
    if m is None:
        return None
    raw = m.group(2)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw):
        raw = raw.replace(".", "")
    try:
        value = Decimal(raw.replace(",", "."))
    except InvalidOperation:
        return None
    bound = (m.group("bound") or m.group("after") or "").lower()
    if value == 0 and not bound:
        return value, "<="  # "0" hộ nghèo: none left, nothing can be below it
    return value, "<=" if bound in _AT_MOST else ">="


def _unit(text: str) -> tuple[str, bool]:
    """ "Triệu đồng/người/năm" -> ("triệu đồng", False); "%/năm" -> ("%", True)."""
    unit = text.strip()
    annual = unit.startswith("%") and bool(_ANNUAL_UNIT.search(unit))
    if unit.startswith("%"):
        return "%", annual
    head = unit.split("/")[0].strip()
    if re.match(r"^\S+/(ha|m2|km2)$", unit, re.IGNORECASE):
        head = unit  # "tấn/ha": a yield
    return head.lower(), False


def read(rows: list[list[str | None]], term_end: int, ends=lambda row: False) -> list[dict]:
    """The targets of a table of targets (none when it is not one), up to the row ``ends``
    tells (the header of a table of tasks stacked under it)."""
    found = _header(rows)
    if found is None:
        return []
    start, indicator, unit_column, value_column, year = found
    out = []
    for row in rows[start + 1 : start + 1 + MAX_ROWS]:
        if ends(row):
            break
        if max(indicator, unit_column, value_column) >= len(row):
            continue
        name = _text(row[indicator])
        value = _value_of(_text(row[value_column]))
        if not name or value is None or _GROUP.match(_text(row[0])):
            continue
        unit, annual = _unit(_text(row[unit_column]))
        if not unit:
            continue
        number, comparison = value
        rate = unit == "%" and bool(re.search(r"\bbình quân\b", name, re.I))  # "tăng bình quân"
        yearly = annual or rate or bool(re.search(r"\b(?:hằng|hàng|mỗi) năm\b", name, re.I))
        out.append(
            {
                "indicator": name[:1].lower() + name[1:],
                "value": number,
                "unit": unit,
                "comparison": comparison,
                "year": None if yearly else (year or term_end),
                "recurrence": "annual" if yearly else None,
            }
        )
    return out
