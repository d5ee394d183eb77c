"""The appendix of key tasks (phụ lục nhiệm vụ trọng tâm).

From a real table (Word, or a PDF table rebuilt from its ruling) each row already has its
cells. From text extracted out of a PDF the cells come one after another, each wrapped to
its column's width; ``split_row`` finds the cell boundaries by dynamic programming,
scoring each run of lines by how well it fits its column (a period for the time columns,
an agency for lead and partners, funding words for resources, long lines for the task).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from hanhdong.imports.parse.lines import Line, join
from hanhdong.lib import periods
from hanhdong.lib.text import fold

# Header phrases, folded, most specific first. "time" is a single when-column.
HEADER_PHRASES = [
    ("number", r"\b(?:so tt|stt|tt|so thu tu)\b"),
    ("start", r"thoi (?:gian|diem|han) (?:trien khai|bat dau)"),
    ("end", r"thoi (?:gian|diem|han) (?:hoan thanh|ket thuc)"),
    ("time", r"thoi (?:gian|han)(?: thuc hien)?|tien do(?: thuc hien)?|lo trinh"),
    (
        "lead",
        r"(?:co quan |don vi )?chu tri|(?:co quan|don vi) (?:thuc hien|chiu trach nhiem|tham muu"
        r"|dau moi)",
    ),
    ("partners", r"(?:co quan |don vi )?phoi hop"),
    ("resources", r"nguon (?:luc|von|kinh phi)(?: thuc hien)?|kinh phi(?: thuc hien)?"),
    ("product", r"san pham|ket qua"),  # what a task delivers: no field of a key task
    ("notes", r"ghi chu"),
    (
        "name",
        r"(?:ten |noi dung )?(?:cac )?nhiem vu(?: trong tam| chu yeu)?|noi dung(?: cong viec)?",
    ),
]
DEFAULT_COLUMNS = ["name", "lead", "partners", "start", "end", "resources"]

_APPENDIX = re.compile(r"^phu luc\b")
_HEADER_START = re.compile(r"^(?:so tt|stt|tt|so thu tu)\b")
_ROW = re.compile(r"^(\d{1,3})\s*[.)]?(?:\s+(\S.*))?$")
# a group row of the table, its number alone ("II" over "PHÁT TRIỂN KINH TẾ") or with its title
_GROUP_ROW = re.compile(r"^(?:[IVX]{1,5}|[A-ZĐ])(?:\s*[.\-–:/)])?(?:\s+(\S.*))?$")
UNREAD = ("product", "notes")  # columns a key task has no field for
_BULLET_START = re.compile(r"^[-+•–]\s+")

_AGENCY = re.compile(
    r"\b(uy ban|ubnd|hdnd|mttq|ban |cac |co quan|don vi|chi bo|dang uy|dang bo|phong |hoi "
    r"|cong an|quan su|van phong|doan |truong |tram |trung tam|hop tac xa|thon|mat tran"
    r"|hoi dong|to chuc chinh tri|ubkt)"
)
_RESOURCE = re.compile(
    r"(ngan sach|\bns\b|\bvon\b|kinh phi|xa hoi hoa|nguon |\btp,|ca nhan|huy dong|tai tro"
    r"|doanh nghiep|ho tro)"
)


@dataclass
class TaskRow:
    number: int
    line: int
    cells: dict[str, list[str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    where: str = ""  # the table it comes from, for a table's rows


# the title of a list of tasks that is not called an appendix ("DANH MỤC NHIỆM VỤ TRỌNG TÂM",
# "BẢNG PHÂN CÔNG THỰC HIỆN"), in capitals
_TASK_LIST = re.compile(
    r"^(?:danh muc|bang phan cong|bang tong hop)\b.{0,80}?(?:nhiem vu|cong viec|thuc hien)"
)


def find_appendix(lines: list[Line], start: int = 0) -> int | None:
    for index in range(start, len(lines)):
        folded = fold(lines[index].text)
        if _APPENDIX.match(folded):
            return index
        if _TASK_LIST.match(folded) and _capitals(lines[index].text):
            return index
    return None


def columns_from_header(text: str) -> list[str]:
    """The column kinds a header row names, in order."""
    folded = fold(text)
    found: list[tuple[int, str]] = []
    taken = [False] * len(folded)
    for kind, pattern in HEADER_PHRASES:
        for m in re.finditer(pattern, folded):
            if any(taken[m.start() : m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            found.append((m.start(), kind))
            break
    kinds = [kind for _, kind in sorted(found)]
    return [k for k in kinds if k != "number"]


# -- reading rows out of text -----------------------------------------------------------
def rows_from_text(lines: list[Line]) -> tuple[list[str], list[TaskRow], list[str]]:
    """Columns, rows and warnings of the key-task table in ``lines`` (after "PHỤ LỤC")."""
    warnings: list[str] = []
    index = 0
    while index < len(lines) and not _HEADER_START.match(fold(lines[index].text)):
        index += 1
    if index == len(lines):
        return [], [], ["no key-task table header (Stt …) after the appendix title"]
    layout = _layout_columns(lines, index)
    if layout is not None:
        columns, height = layout
        return _rows_from_layout(lines[index + height :], columns, warnings)
    start = index
    header, index = _read_header(lines, index)
    columns = _split_header(lines[start:index]) or columns_from_header(header) or DEFAULT_COLUMNS
    if "name" not in columns:
        columns = ["name", *columns]
    rows: list[TaskRow] = []
    current: TaskRow | None = None
    body: list[str] = []
    printed = 0  # the number the last row was printed with: it may start again in a group
    grouped = False  # a group row came since: its rows may be numbered from 1 again
    while index < len(lines):
        line = lines[index]
        folded = fold(line.text)
        again = _HEADER_START.match(folded) or columns_from_header(folded)
        if again and (end := _header_block_end(lines, index)):
            index = end  # the header again, on a new page, however its lines fall
            continue
        group = _group_row(lines, index)
        following = lines[index + group] if group and index + group < len(lines) else None
        opens = following is not None and (m := _ROW.match(following.text)) is not None
        opens = opens and int(m.group(1)) in (1, printed + 1)  # rows numbered under it
        if group and (current is None or line.blank_before or opens):
            if current is not None:
                current.cells = _split(columns, body, current)
                current = None
            grouped = True
            index += group
            continue
        m = _ROW.match(line.text)
        value = int(m.group(1)) if m else None
        if current is not None and value is not None and value == printed + 1:
            current.cells = _split(columns, body, current)
            current = None
        if (
            current is None
            and value is not None
            and (value == printed + 1 or (grouped and value == 1))
        ):
            current = TaskRow(number=len(rows) + 1, line=line.number)
            rows.append(current)
            printed, grouped = value, False
            body = [m.group(2)] if m.group(2) else []
        elif current is not None:
            body.append(line.text)
        index += 1
    if current is not None:
        current.cells = _split(columns, body, current)
    for row in rows:
        for column in UNREAD:
            row.cells.pop(column, None)
    for row in rows:
        warnings.extend(row.warnings)
    return columns, rows, warnings


def _header_block_end(lines: list[Line], index: int) -> int | None:
    """Where the header that starts at ``index`` ends: short lines up to the next row's
    number that name three kinds of column at least ("Stt" / "Tên nhiệm vụ" / "Cơ quan" /
    "chủ trì" …); None when they are a row's cells."""
    parts = []
    end = index
    while end < len(lines) and end - index < 20 and not _ROW.match(lines[end].text):
        if len(lines[end].text) > 40:
            return None
        parts.append(lines[end].text)
        end += 1
    return end if len(set(columns_from_header(join(parts)))) >= 3 else None


def _group_row(lines: list[Line], index: int) -> int:
    """How many lines the group row at ``index`` takes ("II" then "PHÁT TRIỂN KINH TẾ", or
    "A. LĨNH VỰC KINH TẾ"): a Roman numeral or a capital letter before a title in capitals;
    0 when it is none."""
    m = _GROUP_ROW.match(lines[index].text)
    if m is None:
        return 0
    if m.group(1):
        return 1 if _capitals(m.group(1)) else 0
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    return 2 if _capitals(following) and not _ROW.match(following) else 0


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


_SUB_LABEL = re.compile(r"^(?:chu tri|phoi hop|bat dau|hoan thanh|ket thuc|trien khai)\b")


def _split_header(labels: list[Line]) -> list[str] | None:
    """The columns of a header copied one label a line whose second row splits some of the
    first ("Cơ quan thực hiện", "Thời gian", then "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn
    thành"): the split cells' labels in their place; None for any other header."""
    from hanhdong.imports.parse.tables import flatten_header, role_of

    texts = [line.text for line in labels]
    cut = len(texts)
    while cut > 0 and _SUB_LABEL.match(fold(texts[cut - 1])):
        cut -= 1
    if cut == len(texts) or cut == 0 or len(texts) > MAX_COLUMNS:
        return None
    flat = flatten_header(texts[:cut], texts[cut:])
    if flat is None:
        return None
    kinds = []
    for label in flat:
        found = columns_from_header(label)
        kind = found[0] if found else role_of(label)
        if kind != "number":
            kinds.append("resources" if kind == "amount" else kind or "notes")
    return kinds if "name" in kinds else None


def _read_header(lines: list[Line], index: int) -> tuple[str, int]:
    parts = []
    while index < len(lines) and not _ROW.match(lines[index].text) and not _group_row(lines, index):
        parts.append(lines[index].text)
        index += 1
    return join(parts), index


MAX_COLUMNS = 24  # a wider "header" is no table's: and each line is matched to every column
MAX_ROW_LINES = 60  # a longer "row" means the table was not read as a table


def _split(columns: list[str], body: list[str], row: TaskRow) -> dict[str, list[str]]:
    if len(body) <= MAX_ROW_LINES:  # splitting only adds lines: a longer one is refused below
        body = [piece for line in body for piece in _split_period_pair(line)]
    if not body:
        row.warnings.append(_("key task %(n)s: the row is empty") % {"n": row.number})
        return {}
    if len(body) > MAX_ROW_LINES:
        row.warnings.append(
            _("key task %(n)s: its cells could not be told apart; check it by hand")
            % {"n": row.number}
        )
        return {"name": body}
    groups = split_row(columns, body)
    return {column: group for column, group in zip(columns, groups, strict=True)}


def _split_period_pair(line: str) -> list[str]:
    """ "Năm 2025 Năm 2030" -> both periods, when a start and an end share one line."""
    words = line.split()
    for cut in range(1, len(words)):
        left, right = " ".join(words[:cut]), " ".join(words[cut:])
        if _parses(left) and _parses(right):
            return [left, right]
    return [line]


@functools.lru_cache(maxsize=4096)
def _parses(text: str) -> bool:
    try:
        return periods.parse(text) is not None
    except periods.PeriodError:
        return False


def parse_time_range(text: str) -> tuple[str, str] | None:
    """ "2026 - 2028" -> ("2026", "2028"), "Giai đoạn 2026 - 2030" -> ("2026", "2030"); None
    when ``text`` is not a range of periods."""
    text = re.sub(r"^(?:giai đoạn|nhiệm kỳ|thời kỳ)\s+", "", text, flags=re.IGNORECASE)
    m = re.match(r"^(.+?)\s*[-–—]\s*(.+)$", text)
    if m and _parses(m.group(1)) and _parses(m.group(2)):
        return m.group(1).strip(), m.group(2).strip()
    m = re.match(r"^(?:từ\s+)?(.+?)\s+(?:đến|-)\s+(.+)$", text, re.IGNORECASE)
    if m and _parses(m.group(1)) and _parses(m.group(2)):
        return m.group(1).strip(), m.group(2).strip()
    return None


# -- scoring runs of lines for a column ---------------------------------------------------
def split_row(columns: list[str], body: list[str]) -> list[list[str]]:
    """Cut ``body`` into one run of lines per column, the best-scoring way."""
    width = max(len(line) for line in body)
    n, k = len(body), len(columns)

    @functools.cache
    def best(i: int, c: int) -> tuple[float, tuple[int, ...]]:
        if c == k:
            return (0.0, ()) if i == n else (float("-inf"), ())
        choices = []
        for j in range(i, n + 1):
            if c == k - 1 and j != n:
                continue
            score = _score(columns[c], tuple(body[i:j]), width)
            if score == float("-inf"):
                continue
            rest, cuts = best(j, c + 1)
            choices.append((score + rest, (j, *cuts)))
        return max(choices) if choices else (float("-inf"), ())

    _, cuts = best(0, 0)
    groups, start = [], 0
    for cut in cuts:
        groups.append(body[start:cut])
        start = cut
    return groups


@functools.lru_cache(maxsize=65536)
def _score(column: str, group: tuple[str, ...], width: int) -> float:
    if not group:
        return {"name": float("-inf"), "lead": -4.0, "start": -2.5, "time": -2.5}.get(column, -1.5)
    text = join(list(group))
    folded = fold(text)
    first = group[0].lstrip("-+•– ")
    starts_upper = first[:1].isupper() or first[:1].isdigit()
    score = 1.5 if starts_upper else -2.5
    score -= 0.3 * sum(1 for line in group[1:] if line[:1].isupper())
    if group[-1].rstrip()[-1:] in ",;":  # "Ban Xây dựng Đảng;" / "Ủy ban MTTQ": a list goes on
        score -= 3.0
    long_lines = sum(1 for line in group if len(line) > 0.6 * width)
    if column == "name":
        score += 2.0 * long_lines + (1.0 if _BULLET_START.match(group[0]) else 0.0)
        score -= 3.0 * sum(1 for line in group[:-1] if len(line) < 0.45 * width)
        if _parses(text) or _RESOURCE.search(folded) and not long_lines:
            score -= 4.0
        return score
    score -= 3.0 * long_lines if width > 30 else 0.0
    if column in ("start", "end", "time"):
        if _parses(text) or (column == "time" and parse_time_range(text)):
            return score + 6.0
        return score - 8.0
    if _parses(text):
        score -= 6.0
    if column in ("lead", "partners"):
        score += 2.5 if _AGENCY.search(folded) else -1.0
        if _RESOURCE.search(folded) and not _AGENCY.search(folded):
            score -= 3.0
        if column == "lead" and ("," in text or folded.startswith("cac ")):
            score -= 1.0  # a lead agency is one body; a list belongs to the partners
        return score
    if column == "resources":
        score += 3.0 if _RESOURCE.search(folded) else -1.0
        return score
    return score


# -- tables laid out with spaces (layout-preserving text extraction) -------------------------
_CELL = re.compile(r"\S+(?: \S+)*")


def _spans(raw: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each run of text separated by two spaces or more."""
    return [(m.start(), m.end(), m.group()) for m in _CELL.finditer(raw)]


def _layout_columns(lines: list[Line], index: int) -> tuple[list[tuple[int, str]], int] | None:
    """Column kinds and the text positions where each begins, when the header row is laid
    out with its labels spaced apart, and how many lines it takes: a label may wrap onto
    the lines right under it ("Đơn vị" / "chủ trì"), each piece under its column. ``None``
    for a table with one cell per line."""
    spans = _spans(lines[index].raw)
    if not 4 <= len(spans) <= MAX_COLUMNS:
        return None
    labels = [[start, end, [text]] for start, end, text in spans]
    height = 1
    for follow in lines[index + 1 : index + 4]:
        if follow.blank_before or follow.page_break_before or _ROW.match(follow.text):
            break
        pieces = _spans(follow.raw)
        if not pieces or any(len(text) > 30 for *_, text in pieces):
            break
        for start, end, text in pieces:
            middle = (start + end) / 2
            label = min(labels, key=lambda lb: abs((lb[0] + lb[1]) / 2 - middle))
            label[0], label[1] = min(label[0], start), max(label[1], end)
            label[2].append(text)
        height += 1
    kinds = []
    for start, end, texts in labels:
        text = " ".join(texts)
        found = columns_from_header(text)
        kinds.append(
            (
                start,
                end,
                found[0] if found else ("number" if _HEADER_START.match(fold(text)) else None),
            )
        )
    if sum(1 for *_, kind in kinds if kind) < 3:
        return None
    columns = []
    previous_end = 0
    for start, end, kind in kinds:
        columns.append(((previous_end + start) // 2, kind or "other", start, end))
        previous_end = end
    return columns, height


def _column_of(position: int, end: int, columns) -> str:
    """The column of the text from ``position`` to ``end``: the one label it stands under,
    when it stands under exactly one (a cell set to the left of its centred label), the
    nearest when under none; else the column whose space it starts in."""
    under = [name for _, name, left, right in columns if position < right and left < end]
    if len(under) == 1:
        return under[0]
    if not under:  # under no label: the nearest ("thị", the last word of a wrapped name)
        gaps = [
            (max(left - end, position - right), i)
            for i, (_start, _name, left, right) in enumerate(columns)
        ]
        return columns[min(gaps)[1]][1]
    kind = columns[0][1]
    for start, name, *_rest in columns:
        if position >= start:
            kind = name
    return kind


def _rows_from_layout(lines: list[Line], columns, warnings) -> tuple[list, list, list]:
    # a row a line, each with every cell, some not under their labels: cells copied with
    # runs of spaces between them, not laid out in columns
    texts = [line for line in lines if line.raw.strip() and not _spaced_group(line)]
    full = [line for line in texts if len(_spans(line.raw)) == len(columns)]
    kinds = [kind for _, kind, *_rest in columns]
    astray = sum(1 for line in full if list(_layout_cells(line, columns)) != kinds)
    if astray and len(full) >= 0.8 * len(texts):
        return _rows_from_spaced(lines, kinds, warnings)
    runs: list[list[Line]] = []
    grouped: set[int] = set()  # the runs that follow a group row: numbered from 1 again
    for line in lines:
        if not line.raw.strip():
            continue
        if _spaced_group(line):  # "II      PHÁT TRIỂN KINH TẾ" across the table
            grouped.add(len(runs))
            runs.append([])
            continue
        if (line.blank_before or line.page_break_before or not runs) and (not runs or runs[-1]):
            runs.append([])  # a new run, unless a group row has just opened one
        runs[-1].append(line)
    rows: list[TaskRow] = []
    printed = 0  # the number the last row was printed with
    for index, run in enumerate(runs):
        if run and _HEADER_START.match(fold(run[0].text)) and (again := _layout_columns(run, 0)):
            run = run[again[1] :]  # the header again, on a new page
        if not run:
            continue
        starts = []
        for position, line in enumerate(run):
            cells = _layout_cells(line, columns)
            number = " ".join(cells.get("number", [])).rstrip(".")
            value = int(number) if number.isdigit() else None
            if value is not None and (
                value == printed + 1 or (index in grouped and not starts and value == 1)
            ):
                starts.append(position)
                printed = value
        if not starts:
            if rows:  # a row that goes on after a page break
                for line in run:
                    for kind, parts in _layout_cells(line, columns).items():
                        rows[-1].cells.setdefault(kind, []).extend(parts)
            continue
        bounds = [0, *starts[1:], len(run)]
        for number_line, (begin, finish) in zip(
            starts, zip(bounds, bounds[1:], strict=False), strict=True
        ):
            row = TaskRow(number=(rows[-1].number if rows else 0) + 1, line=run[number_line].number)
            for line in run[begin:finish]:
                for kind, parts in _layout_cells(line, columns).items():
                    if kind != "number":
                        row.cells.setdefault(kind, []).extend(parts)
            rows.append(row)
    return [kind for _, kind, *_ in columns if kind != "number"], rows, warnings


def _spaced_group(line: Line) -> bool:
    texts = [text for *_, text in _spans(line.raw)]
    return 1 <= len(texts) <= 2 and bool(_GROUP_ROW.match(line.text)) and _capitals(texts[-1])


def _rows_from_spaced(lines: list[Line], kinds: list[str], warnings) -> tuple[list, list, list]:
    """A row a line, its cells apart by runs of spaces but not under their labels (a table
    copied from a web page): the cells in the header's order; a shorter line goes on in the
    last cell it reaches (a cell that held a line break)."""
    rows: list[TaskRow] = []
    for line in lines:
        texts = [text for *_, text in _spans(line.raw)]
        if not texts or (_HEADER_START.match(fold(texts[0])) and len(texts) == len(kinds)):
            continue  # the header again
        number = texts[0].rstrip(".")
        if _spaced_group(line):
            continue  # "II    PHÁT TRIỂN KINH TẾ": a group row
        if 3 <= len(texts) <= len(kinds) and number.isdigit() and kinds[0] == "number":
            row = TaskRow(number=len(rows) + 1, line=line.number)  # a last empty cell: none
            for kind, text in zip(kinds[1:], texts[1:], strict=False):
                if kind != "number":
                    row.cells.setdefault(kind, []).append(text)
            rows.append(row)
        elif rows and kinds:
            last = next((k for k in reversed(kinds) if rows[-1].cells.get(k)), kinds[-1])
            rows[-1].cells.setdefault(last, []).extend(texts)
    return [kind for kind in kinds if kind != "number"], rows, warnings


def _layout_cells(line: Line, columns) -> dict[str, list[str]]:
    cells: dict[str, list[str]] = {}
    for start, _end, text in _spans(line.raw):
        cells.setdefault(_column_of(start, _end, columns), []).append(text)
    return cells
