"""Key-task tables as rows of cells, whatever their layout: a Word table, a ruled PDF
table, cells copied from a web page (" | " or tabs), a PDF table without ruling
(``pdf_layout``). The header is found by its words and each column's role by its own
words, so the columns may stand in any order."""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from hanhdong.imports.parse.appendix import TaskRow
from hanhdong.imports.parse.lines import Line
from hanhdong.lib.text import fold

# What a column is, from the words of its header, tried in this order on its most specific
# label first (the lowest header row): "Thời gian hoàn thành" is an end, "Thời gian" a time.
ROLES = [
    ("number", r"^(?:so )?(?:stt|tt|so thu tu|thu tu)\b"),
    ("start", r"\bbat dau\b|\btrien khai\b"),
    ("end", r"\bhoan thanh\b|\bket thuc\b|\bthoi han\b"),
    ("time", r"\bthoi (?:gian|diem)\b|\btien do\b|\blo trinh\b"),
    (
        "lead",
        r"\bchu tri\b|\b(?:co quan|don vi)\W+(?:\w+\W+)?(?:thuc hien|chiu trach nhiem|tham muu"
        r"|dau moi)\b",
    ),
    ("partners", r"\bphoi hop\b"),
    ("resources", r"\bnguon (?:luc|von|kinh phi)\b"),
    ("amount", r"\bkinh phi\b|\bdu toan\b|\btong muc\b|\bdu kien\b"),
    ("product", r"\bsan pham\b|\bket qua\b"),
    ("notes", r"\bghi chu\b"),
    (
        "name",
        r"\bnhiem vu\b|\bnoi dung\b|\bcong viec\b|\bde an\b|\bdu an\b|\bten\b|\bhoat dong\b"
        r"|\bgiai phap\b",
    ),
]
TASK_ROLES = {"number", "name", "lead", "partners", "start", "end", "time", "resources"}
_MONEY_UNIT = re.compile(r"\((?:trieu |ty |nghin |ngan )?(?:dong|vnd)\)|\bdon vi tinh\b")
_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$")
_GROUP_WORDS = re.compile(r"^(linh vuc|nhom|khoi|mang|ve) ")  # "Lĩnh vực kinh tế" over rows
_GROUP = re.compile(r"^(?:[IVX]{1,5}|[A-ZĐ])(?:\s*[.\-–:/)]\s*(\S.*)?|\s*)$")


def role_of(label: str) -> str | None:
    folded = fold(" ".join(label.split()))
    for role, pattern in ROLES:
        if re.search(pattern, folded):
            return role
    return None


def _text(cell: str | None) -> str:
    return " ".join((cell or "").split())


def _integer(cell: str | None) -> int | None:
    text = _text(cell).rstrip(".")
    return int(text) if text.isdigit() and len(text) <= 4 else None


_ROW_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3}){0,3}\.?$")


_ROW_MARK = re.compile(r"^(?:[-+•–*]|[a-zđ][.)]?)$")  # "-", "+", "a", "b)": rows under a heading


def _row_number(cell: str | None) -> str | None:
    """ "3", "3.", "03", "1.2": the number a task row is printed with; "-" or "a)" for a
    row under a numbered heading of rows."""
    text = _text(cell)
    if _ROW_MARK.match(text):
        return text
    return text.rstrip(".") if _ROW_NUMBER.match(text) else None


def _is_column_numbers(row: list[str | None]) -> bool:
    """ "(1) | (2) | (3)": the row under a header that numbers its columns."""
    cells = [_text(c) for c in row if _text(c)]
    numbers = [int(c.strip("()")) for c in cells if _COLUMN_NUMBER.match(c)]
    return len(cells) >= 3 and len(numbers) == len(cells) and numbers == sorted(numbers)


def _header_roles(row: list[str | None]) -> set[str]:
    return {r for c in row if (r := role_of(_text(c))) in TASK_ROLES}


def _is_header(row: list[str | None]) -> bool:
    """A key-task table's header: a task column and another ("Chỉ tiêu | Đơn vị tính | Cơ
    quan chủ trì" heads a table of targets, not of tasks)."""
    roles = _header_roles(row)
    return len(roles) >= 2 and "name" in roles and _integer(row[0]) is None


_FAMILY = {"lead": {"lead", "partners"}, "time": {"start", "end", "time"}}


def _generic(label: str) -> str | None:
    """The family a header cell heads when a row of labels under it splits it: "Cơ quan
    thực hiện" over "Chủ trì" / "Phối hợp", "Thời gian" over "Bắt đầu" / "Hoàn thành"."""
    role = role_of(label)
    if role == "lead" and "chu tri" not in fold(label):
        return "lead"
    return "time" if role == "time" else None


def flatten_header(upper: list[str], lower: list[str]) -> list[str] | None:
    """One label a column, from a header over two rows copied without its merged cells
    ("STT | Nội dung | Cơ quan thực hiện | Thời gian" over "Chủ trì | Phối hợp"): each cell
    the lower row splits gives way to the lower cells of its family, in order; None when
    the lower row does not split the upper one so."""
    queue = [label for label in lower if _text(label)]
    if not queue:
        return None
    out: list[str] = []
    for label in upper:
        family = _generic(label)
        taken = 0
        while family and queue and role_of(queue[0]) in _FAMILY[family]:
            out.append(queue.pop(0))
            taken += 1
        if not taken:
            out.append(label)
    return out if not queue else None


def is_task_header(row: list[str | None]) -> bool:
    """A key-task header in full: a task, its number or its agency, and a time."""
    return _is_header(row) and _is_full_header(row)


def _is_full_header(row: list[str | None]) -> bool:
    roles = _header_roles(row)
    return len(roles) >= 3 and bool(roles & {"start", "end", "time"})


class TableReader:
    """Key-task rows out of tables, whatever their layout: the header found by its words
    (and the columns' roles by theirs, in any order), a header repeated on every page and
    the row numbering the columns skipped, group rows ("A. LĨNH VỰC KINH TẾ", "I. …")
    skipped, a row broken across pages joined again, a cell merged down over several rows
    given to each. Rows are numbered 1..n in the order they come, as printed numbering may
    start again in each group. A table with no header of its own that is as wide as the
    one before goes on from it (a page without the header repeated)."""

    def __init__(self):
        self.roles: list[str | None] | None = None
        self.rows: list[TaskRow] = []
        self.warnings: list[str] = []
        self._last: list[str | None] | None = None  # the cells of the last task row
        self.header_texts: set[str] = set()

    def read(self, rows: list[list[str | None]], where: str) -> None:
        start = next((i for i, row in enumerate(rows[:6]) if _is_header(row)), None)
        if start is None:  # a table of tasks stacked under another one (a PDF joins them)
            start = next(
                (i for i, row in enumerate(rows) if _is_header(row) and _is_full_header(row)),
                None,
            )
        if start is None:
            width = max((len(r) for r in rows), default=0)
            if self.roles is None or width != len(self.roles):
                return  # not a key-task table
            body = rows
        else:
            end = start + 1
            while end < len(rows) and self._more_header(rows[end]):
                end += 1
            header = rows[start:end]
            widest = max((len(r) for r in rows[end : end + 20]), default=0)
            if len(header) == 2 and max(len(header[0]), len(header[1])) < widest:
                flat = flatten_header([_text(c) for c in header[0]], [_text(c) for c in header[1]])
                header = [flat] if flat and len(flat) == widest else header
            self.roles = self._roles(header)
            self.header_texts = {_text(c) for row in rows[start:end] for c in row if _text(c)}
            self._last = None
            body = rows[end:]
        for index, row in enumerate(body):
            following = body[index + 1] if index + 1 < len(body) else None
            self._row(row, where, following)

    @staticmethod
    def _more_header(row) -> bool:
        if _integer(row[0]) is not None or _GROUP.match(_text(row[0])):
            return False
        cells = [_text(c) for c in row if _text(c)]
        return _is_column_numbers(row) or all(role_of(c) for c in cells)

    @staticmethod
    def _roles(header: list[list[str | None]]) -> list[str | None]:
        width = max(len(r) for r in header)
        roles: list[str | None] = []
        for column in range(width):
            labels = [
                _text(row[column])
                for row in reversed(header)
                if column < len(row) and _text(row[column]) and not _is_column_numbers(row)
            ]
            role = next((r for label in labels if (r := role_of(label))), None)
            if role is None and not labels and roles:
                role = roles[-1]  # a header cell merged across from the left
            roles.append(role)
        if "resources" not in roles and "amount" in roles:  # "Kinh phí": the only funding column
            column = roles.index("amount")
            labels = " ".join(_text(row[column]) for row in header if column < len(row))
            if not _MONEY_UNIT.search(fold(labels)):  # "Kinh phí (triệu đồng)": amounts
                roles[column] = "resources"
        return [r if r is None or roles.index(r) == i else None for i, r in enumerate(roles)]

    def _row(self, row: list[str | None], where: str, following) -> None:
        roles = self.roles or []
        cells = {role: row[i] for i, role in enumerate(roles) if role and i < len(row)}
        texts = [_text(c) for c in row if _text(c)]
        if not texts or _is_column_numbers(row) or _is_header(row) or self._header_again(row):
            return
        number_cell = cells.get("number") if "number" in roles else None
        number = _row_number(number_cell)
        numbered = number is not None if "number" in roles else True
        if (not numbered or "number" not in roles) and self._is_group(row, cells, texts):
            return
        if "number" not in roles and not _text(cells.get("name")):
            return  # no number to go by and no task named: nothing to read
        if number and following is not None and self._heads_subrows(number, cells, following):
            return
        if not numbered:
            if _text(number_cell) or not self.rows:
                self.warnings.append(
                    _("%(where)s: a table row without a number was skipped") % {"where": where}
                )
                return
            task = self.rows[-1]  # a row broken across a page: it goes on here
            for role, cell in cells.items():
                if role != "number" and _text(cell):
                    task.cells.setdefault(role, []).extend(cell.splitlines())
            return
        merged = self._merged(row)
        task = TaskRow(number=len(self.rows) + 1, line=0, where=where)
        for index, role in enumerate(roles):
            if role and role not in ("number", "amount", "product", "notes") and index < len(row):
                cell = merged[index]
                task.cells[role] = [ln for ln in (cell or "").splitlines() if ln.strip()]
        self.rows.append(task)
        self._last = merged

    def _heads_subrows(self, number: str, cells: dict, following) -> bool:
        """ "1 | Lĩnh vực kinh tế" over "1.1 | …", "1.2 | …": a heading of rows, no task."""
        index = (self.roles or []).index("number")
        below = _row_number(following[index]) if index < len(following) else None
        told = any(_text(cells.get(r)) for r in ("lead", "partners", "start", "end", "time"))
        under = bool(below) and (below.startswith(number + ".") or bool(_ROW_MARK.match(below)))
        return not told and not _ROW_MARK.match(number) and under

    def _header_again(self, row) -> bool:
        """A header row repeated on a new page: the words of this table's own header."""
        cells = {_text(c) for c in row if _text(c)}
        return bool(cells) and cells <= self.header_texts

    @staticmethod
    def _is_group(row, cells, texts) -> bool:
        """ "A | LĨNH VỰC KINH TẾ", "I. XÂY DỰNG ĐẢNG …" merged across: a heading of rows."""
        first = texts[0]
        spread = {t for t in texts if texts.count(t) > 1}  # a merged cell, in each column
        timed = any(
            (text := _text(cells.get(r))) and text != first and text not in spread
            for r in ("time", "start", "end")
        )
        if _GROUP.match(first) and not timed:
            return True
        if len(set(texts)) > 1:
            return False
        letters = [c for c in first if c.isalpha()]
        upper = sum(c.isupper() for c in letters) / len(letters) if letters else 0
        return upper >= 0.8 or bool(_GROUP_WORDS.match(fold(first)))

    def _merged(self, row: list[str | None]) -> list[str | None]:
        """Cells covered by a merged cell (None) take its text: from the left within the
        time columns (one time across both), else from the row above."""
        out = list(row)
        roles = self.roles or []
        for index, cell in enumerate(out):
            if cell is not None:
                continue
            role = roles[index] if index < len(roles) else None
            left = out[index - 1] if index else None
            left_role = roles[index - 1] if index and index - 1 < len(roles) else None
            if left and {role, left_role} <= {"start", "end", "time"}:
                out[index] = left
            elif self._last is not None and index < len(self._last):
                out[index] = self._last[index]
        return out


_STARTS_ROW = re.compile(r"^(?:\d{1,4}\.?|[IVX]{1,5}\.?|[A-ZĐ]\.?|stt|tt)$", re.IGNORECASE)


def is_cells_header(text: str) -> bool:
    """ "STT | Nội dung nhiệm vụ | Cơ quan chủ trì | …": a key-task header copied as cells."""
    return "|" in text and _is_header([c.strip() for c in text.strip("|").split("|")])


def _bar_cells(text: str, bordered: bool) -> list[str]:
    text = text.strip()
    if bordered:
        text = text.removeprefix("|").removesuffix("|")
    return [c.strip() for c in text.split("|")]


def cells_from_text(lines: list[Line]) -> list[list[str]]:
    """Rows of a table copied from a web page, its cells joined by " | ". A row with fewer
    cells than the header goes on on the next line (a cell that held a line break)."""
    rows: list[list[list[str]]] = []  # each cell as its lines, joined once at the end
    width = 0
    bordered = True  # "| a | b |": a bar at each end of a row is its border, not a cell's
    for line in lines:
        cells = _bar_cells(line.text, bordered)
        if not rows and len(cells) >= 2:
            # "a | b | c": the header has no border, so a bar at an end of a row stands
            # beside an empty cell (" | | Chủ trì | Phối hợp | |", the header's second row)
            bordered = line.text.strip().startswith("|")
            cells = _bar_cells(line.text, bordered)
        if len(cells) < 2 and not rows:
            continue  # the appendix's title, before the table
        if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c) and any(cells):
            continue  # "---|---": a rule under the header
        if rows and len(rows[-1]) < width and not _STARTS_ROW.match(cells[0]):
            rows[-1][-1].append(cells[0])
            rows[-1].extend([c] for c in cells[1:])
            continue
        if len(cells) < 2 and (len(rows) == 1 or cells[0][:1].islower()):
            rows[-1][-1].append(cells[0])  # "Thời gian" / "thực hiện": its last cell wrapped
            continue
        if len(cells) < 2:
            break  # the table is over
        rows.append([[c] for c in cells])
        width = width or len(cells)
    return [["\n".join(cell) for cell in row] for row in rows]
