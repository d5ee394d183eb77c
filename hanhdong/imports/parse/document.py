"""A whole program document: header, outline, closing (recipients, signature), appendix,
targets — as a ``hanhdong.program/1`` dictionary plus warnings for the clerk."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from hanhdong.imports.parse import appendix, header, outline, target_table, targets, wording
from hanhdong.imports.parse.lines import Line, join
from hanhdong.imports.parse.tables import (
    TableReader,
    cells_from_text,
    is_cells_header,
    is_task_header,
)
from hanhdong.lib import periods, similarity
from hanhdong.lib.text import fold
from hanhdong.programs.formats import FORMAT

MAX_CHARACTERS = 2_000_000  # some 600 pages; a program has a few dozen


def place(unit: str, number: int | str) -> str:
    """ "line 12", "page 3", "paragraph 5": where in a document, in the user's language."""
    labels = {"line": _("line %(n)s"), "page": _("page %(n)s"), "paragraph": _("paragraph %(n)s")}
    return labels.get(unit, f"{unit} %(n)s") % {"n": number}


class DocumentError(ValueError):
    """A document that cannot be read as a program; ``where`` names the place."""

    def __init__(self, where: str, message: str):
        self.where = where
        self.message = message
        super().__init__(f"{where}: {message}")


@dataclass
class Table:
    """A real table from a Word or PDF file: rows of cell texts (cells may hold lines; None
    where a merged cell covers the place)."""

    rows: list[list[str | None]]
    where: str = ""
    line: int | None = None  # the number of the line it stands after (a Word file's paragraph)
    columns: list[float] | None = None  # where the columns of a table without ruling begin
    header_lines: int = 0  # how many lines its header took, for the header repeated on a page


@dataclass
class Parsed:
    data: dict
    warnings: list[str] = field(default_factory=list)


def parse(
    lines: list[Line], *, source: str, tables: list[Table] | None = None, where_unit: str = "line"
) -> Parsed:
    warnings: list[str] = []
    if not lines:
        raise DocumentError(place(where_unit, 1), _("the document has no text"))
    if sum(len(line.text) for line in lines) > MAX_CHARACTERS:
        raise DocumentError(
            _("document"),
            _("more than %(n)s characters of text: this is not one action program")
            % {"n": f"{MAX_CHARACTERS:,}".replace(",", ".")},
        )
    parser = outline.OutlineParser(lines)
    parts = parser.parse()
    if not parts:
        raise DocumentError(
            place(where_unit, 1),
            _(
                "no numbered parts (“I.”, “A.”, “1.” or “Phần thứ nhất”) were found: this does "
                "not look like a program or a plan"
            ),
        )
    all_text = "\n".join(line.text for line in lines)
    preamble = lines[: parser.first_part_index]
    closing = lines[parser.stop_index :]
    title = header.title(preamble, all_text)
    data = {
        "format": FORMAT,
        "source": source,
        "issuer": header.issuer(all_text, preamble, header.signature(closing)),
        "number": header.number(preamble),
        "title": title,
        "date": header.date(preamble),
        "signed_by": header.signature(closing),
        "recipients": header.recipients(closing),
        "parts": [p.to_dict() for p in parts],
    }
    data["key_tasks"] = _key_tasks(closing, tables or [], warnings, where_unit, lines)
    if not data["key_tasks"]:
        data["key_tasks"] = _worded_tasks(parts, warnings)
    _link_tasks_to_areas(parts, data["key_tasks"])
    term = header.term(title, all_text)
    if term is None:
        term = header.proposed_term(data, parts)
        data["term"] = {"start": term[0], "end": term[1], "proposed": True}
        warnings.append(
            _(
                "the document states no term (nhiệm kỳ, giai đoạn or năm): %(start)s - %(end)s "
                "is proposed from its dates; set the term before saving"
            )
            % {"start": term[0], "end": term[1]}
        )
    else:
        data["term"] = {"start": term[0], "end": term[1]}
    data["targets"] = _targets(parts, data["key_tasks"], term)
    found = tables or _text_target_tables(lines, where_unit)
    data["targets"] += _table_targets(found, parts, lines, parser.stop_index, term, data)
    return Parsed(data=data, warnings=warnings)


MAX_TEXT_TABLES = 5  # tables of targets looked for in a text


def _text_target_tables(lines: list[Line], where_unit: str) -> list[Table]:
    """Tables of targets in a text, their cells joined by " | " or tabs (a web page's copy)."""
    out: list[Table] = []
    for index, line in enumerate(lines):
        if "|" not in line.text:
            continue
        cells = [c.strip() for c in line.text.strip().strip("|").split("|")]
        if target_table.heads_targets(cells):
            grid = cells_from_text(lines[index : index + target_table.MAX_ROWS])
            out.append(Table(rows=grid, where=place(where_unit, line.number), line=line.number))
            if len(out) >= MAX_TEXT_TABLES:
                break
    return out


def _table_targets(tables, parts, lines, stop_index, term, data) -> list[dict]:
    """Targets set out in tables of targets, at the section the table stands in (a table
    after the signature: the section of targets, "… chỉ tiêu …"); those the text states
    already are not repeated."""
    out: list[dict] = []
    nodes = sorted((n for p in parts for n in p.walk()), key=lambda n: n.line)
    starts = [n.line for n in nodes]
    stop = lines[stop_index].number if stop_index < len(lines) else None
    named = next((n for n in nodes if "chi tieu" in fold(n.title[:HEADING])), None)
    seen = {(t["value"], t["unit"], t["comparison"]) for t in data["targets"]}
    for table in tables:
        found = target_table.read(table.rows, term[1], ends=is_task_header)
        if not found:
            continue
        inside = table.line is not None and (stop is None or table.line < stop)
        at = bisect.bisect_right(starts, table.line) - 1 if inside else -1
        node = nodes[at] if at >= 0 else named or (nodes[0] if nodes else None)
        if node is None:
            continue
        if len(out) + len(found) + len(data["targets"]) > targets.MAX_FOUND:
            raise DocumentError(
                _("document"),
                _("more than %(n)s targets: this is not one action program")
                % {"n": f"{targets.MAX_FOUND:,}".replace(",", ".")},
            )
        for target in found:
            value = target["value"]
            target["value"] = int(value) if value == value.to_integral_value() else float(value)
            key = (target["value"], target["unit"], target["comparison"])
            if key in seen:
                continue
            seen.add(key)
            out.append({"where": node.path(), **target})
    return out


# -- key tasks -------------------------------------------------------------------------------
def _key_tasks(
    closing: list[Line], tables: list[Table], warnings: list[str], where_unit: str, lines
) -> list[dict]:
    reader = TableReader()
    for table in tables:
        reader.read(table.rows, table.where)
    begin = appendix.find_appendix(closing) if not reader.rows else None
    if begin is not None:  # a table in the text: cells joined by " | ", or one a line
        grid = cells_from_text(closing[begin + 1 :])
        if len(grid) >= 2:
            reader.read(grid, place(where_unit, closing[begin].number))
    elif not reader.rows:  # cells joined by " | " under a key-task header, with no "PHỤ LỤC"
        head = next((i for i, ln in enumerate(lines) if is_cells_header(ln.text)), None)
        if head is not None:
            reader.read(cells_from_text(lines[head:]), place(where_unit, lines[head].number))
    warnings.extend(reader.warnings)
    if reader.rows:
        tasks = [_task(row.number, row.cells, warnings, row.where) for row in reader.rows]
        return [task for task in tasks if task["name"]]  # a task without a name is told of
    if begin is None:
        return []
    columns, rows, row_warnings = appendix.rows_from_text(closing[begin + 1 :])
    warnings.extend(row_warnings)
    return [_task(row.number, row.cells, warnings, place(where_unit, row.line)) for row in rows]


def _worded_tasks(parts, warnings: list[str]) -> list[dict]:
    """Without a key-task table, the items whose wording names a lead agency and a time
    ("UBND xã chủ trì, hoàn thành trong quý II/2026") are the key tasks, in their order; so
    is a heading whose items give its particulars by their labels ("- Cơ quan chủ trì: …",
    "- Thời gian hoàn thành: …"). A numbered paragraph is no item: a directive's "3. Đảng
    đoàn HĐND tỉnh lãnh đạo …" is part of its outline, not one of its tasks — except under
    "Tổ chức thực hiện", where the points ("a) Văn phòng Tỉnh ủy …; hoàn thành trong quý
    IV/2028.") are the assignments themselves."""
    tasks = []
    for part in parts:
        for node in part.walk():
            texts = [join(item) for item in node.items]
            if _assigns(node):
                texts.insert(0, node.title)
            labelled = wording.from_labels(node.title, texts)
            for found in [labelled] if labelled else map(wording.read, texts):
                if found is None:
                    continue
                number = len(tasks) + 1
                cells = {
                    "name": [found.name],
                    "lead": [found.lead],
                    "partners": [found.partners],
                    "start": [found.start],
                    "end": [found.end],
                }
                task = _task(number, cells, warnings, node.path())
                task["sections"] = [node.path()]
                tasks.append(task)
    if tasks:
        warnings.append(
            _(
                "there is no key-task table: %(n)s key tasks were read from items that name a "
                "lead agency and a time; check each of them"
            )
            % {"n": len(tasks)}
        )
    else:
        warnings.append(_("no key-task table (phụ lục) was found"))
    return tasks


_IMPLEMENTATION = re.compile(r"^(?:to chuc|trach nhiem|phan cong) thuc hien\b")


def _assigns(node) -> bool:
    """A point of its own paragraph (no items, no points under it) in the section that
    sets out who carries out what ("Tổ chức thực hiện")."""
    parent = node.parent
    return (
        parent is not None
        and not node.children
        and not node.items
        and bool(_IMPLEMENTATION.match(fold(parent.title)))
    )


def _task(number: int, cells: dict[str, list[str]], warnings: list[str], where: str) -> dict:
    name_lines = [re.sub(r"^[-+•–]\s+", "", line) for line in cells.get("name", [])]
    start = join(cells.get("start", []))
    end = join(cells.get("end", []))
    if "time" in cells:
        time = join(cells["time"])
        split = appendix.parse_time_range(time)
        start, end = split if split else (time, time)
    elif "end" in cells and "start" not in cells:
        start = ""  # a single column "Thời gian hoàn thành": a deadline
    elif "start" in cells and "end" not in cells:
        end = start
    if _DEADLINE.match(start):  # "Trước 31/3/2026": a deadline in any time column
        start, end = "", start
    task = {
        "number": number,
        "name": join(name_lines),
        "lead": join(cells.get("lead", [])),
        "partners": join(cells.get("partners", [])),
        "start": start,
        "start_period": _period(start, number, warnings, where),
        "end": end,
        "end_period": _period(end, number, warnings, where),
        "resources": join(cells.get("resources", [])),
    }
    if not task["name"]:
        warnings.append(_("%(where)s: key task %(n)s has no name") % {"where": where, "n": number})
    return task


_DEADLINE = re.compile(
    r"^(?:(?:hoàn thành\s+)?(?:trước|chậm nhất)|hoàn thành\s+(?:trong|vào))\b", re.IGNORECASE
)
# words before a period that do not change it: "trong năm 2026", "hoàn thành trong quý II/2026"
_WITHIN = re.compile(r"^(?:(?:hoàn thành|thực hiện)\s+)?(?:trong|vào|định kỳ)\s+", re.IGNORECASE)


_MONTH_YEAR = re.compile(r"(?:0?[1-9]|1[0-2])\s*/\s*20\d\d")


def _period(text: str, number: int, warnings: list[str], where: str) -> dict | None:
    try:
        bare = _DEADLINE.sub("", text).removeprefix(" ngày").strip()
        bare = _WITHIN.sub("", bare) or text  # "Trong năm 2026", "Định kỳ hằng năm"
        if _MONTH_YEAR.fullmatch(bare):
            bare = f"Tháng {bare}"  # "01/2026" in a time column: a month, "Tháng" left out
        period = periods.parse(bare)
    except periods.PeriodError:
        warnings.append(
            _("%(where)s: key task %(n)s: the time “%(text)s” was not understood")
            % {"where": where, "n": number, "text": text}
        )
        return None
    return period.to_dict() if period else None


def _link_tasks_to_areas(parts, key_tasks: list[dict], threshold: float = 0.08) -> None:
    """Give each key task the area of the program it most resembles (a suggestion the clerk
    can change): the areas are the sections of the part with the most of them."""
    main = max(parts, key=lambda p: len(p.children))
    documents = {}
    for area in main.children:
        texts = [node.title for node in area.walk()]
        texts += [join(item) for node in area.walk() for item in node.items]
        documents[area.path()] = " ".join(texts)
    if not documents:
        return
    index = similarity.Index(documents)
    for task in key_tasks:
        if task.get("sections"):
            continue
        ranked = index.rank(task["name"])
        if ranked and ranked[0][1] >= threshold:
            task["sections"] = [ranked[0][0]]


# headings of what has been, not of what is to be: their figures are no targets
_PAST = re.compile(
    r"\b(thực trạng|kết quả đạt được|kết quả thực hiện|đánh giá|tình hình|sự cần thiết|căn cứ"
    r"|kinh phí|tồn tại|hạn chế|nguyên nhân|bối cảnh)",
    re.IGNORECASE,
)
_HEADING_YEAR = re.compile(
    r"(?:giai đoạn|nhiệm kỳ)\s+20\d\d\s*[-–]\s*(20\d\d)\b|\bnăm\s+(20\d\d)\b", re.IGNORECASE
)
_OF_TARGETS = re.compile(r"\b(?:chỉ tiêu|mục tiêu cụ thể)\b", re.IGNORECASE)
HEADING = 150  # characters: a longer title is a paragraph that stands for a heading


def _target_sections(parts):
    """(node, the year its headings set, whether they name targets) for every node whose
    figures may be targets."""
    stack = [(part, None, False) for part in reversed(parts)]
    while stack:
        node, year, listed = stack.pop()
        heading = node.title if len(node.title) <= HEADING else ""
        if heading and _PAST.search(heading):
            continue
        if m := _HEADING_YEAR.search(heading):
            year = int(m.group(1) or m.group(2))
        listed = listed or bool(_OF_TARGETS.search(heading))
        yield node, year, listed
        stack.extend((child, year, listed) for child in reversed(node.children))


def _targets(parts, key_tasks: list[dict], term: tuple[int, int]) -> list[dict]:
    sources = []
    for node, year, listed in _target_sections(parts):
        path = node.path()
        texts = [node.title] + [join(b) for b in node.body] + [join(i) for i in node.items]
        sources.extend(
            targets.Source(path, t, heading_year=year, of_targets=listed) for t in texts if t
        )
    for task in key_tasks:
        end = task["end_period"] or task["start_period"] or {}
        sources.append(
            targets.Source(
                f"appendix:{task['number']}",
                task["name"],
                appendix_recurrence="annual" if end.get("kind") == "annual" else None,
                appendix_year=end.get("year")
                if end.get("kind") in ("year", "quarter", "month")
                else None,
            )
        )
    try:
        found = targets.extract(sources, term[1])
    except targets.TooMany as exc:
        raise DocumentError(
            _("document"),
            _("more than %(n)s targets: this is not one action program")
            % {"n": f"{exc.args[0]:,}".replace(",", ".")},
        ) from None
    out = []
    for target in found:
        if term[0] == term[1] and target["year"] is None and target["recurrence"] is None:
            target["year"] = term[1]  # a plan for one year: what it sets is due that year
        value = target["value"]
        target["value"] = int(value) if value == value.to_integral_value() else float(value)
        out.append(target)
    return out
