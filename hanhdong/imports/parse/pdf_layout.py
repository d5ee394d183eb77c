"""A key-task table printed without ruling, read from where its words stand on the page.

The header is the line (with the one or two under it) that names the columns ("TT",
"Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành" …). The columns are the strips of
the page that the words below it never cross; a row begins where the first column holds a
row number ("3", "3.", "1.2") or a group's ("I.", "A"), and the lines until the next one
are its cells' further lines, as a cell's text is printed from its top. The rows go to
``appendix.TableReader`` like a ruled table's. A page that goes on with the table without
its header keeps the columns of the page before.

Linear in the words of the page, but for sorting them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hanhdong.imports.parse.document import Table
from hanhdong.imports.parse.tables import TASK_ROLES, role_of
from hanhdong.lib.text import fold

LINE_TOLERANCE = 2.5  # points: words whose tops differ by less stand on one line
COLUMN_GAP = 4.0  # points of empty strip between two columns
_ROW_START = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|[IVX]{1,5}\.?|[A-ZĐ]\.?)$")
_PAGE_NUMBER = re.compile(r"^[-–]?\s*\d{1,3}\s*[-–]?$")
_ROLE_WORDS = re.compile(
    r"\b(stt|tt|nhiem vu|noi dung|chu tri|phoi hop|thoi gian|thoi han|bat dau|hoan thanh"
    r"|nguon|kinh phi|san pham|tien do)\b"
)


@dataclass
class Layout:
    """The columns of an unruled table: the x where each column after the first begins."""

    separators: list[float]
    header_lines: int = 0  # the header's lines where it was first printed


def add_table(page, tables: list, where: str) -> tuple[float, float, float, float] | None:
    """Read the key-task table a page prints without ruling into ``tables`` (a new table,
    or the rows of the one the page before began); the box it takes, or None."""
    last = tables[-1] if tables else None
    layout = Layout(last.columns, last.header_lines) if last is not None and last.columns else None
    if layout is None and not may_hold_tasks(page.chars):
        return None
    rows, layout, box = unruled_table(page.extract_words(), layout)
    if not rows:
        return None
    if last is not None and last.columns and not _header_at_top(rows):
        last.rows.extend(rows)
    else:
        tables.append(
            Table(
                rows=rows,
                where=where,
                columns=layout.separators,
                header_lines=layout.header_lines,
            )
        )
    return box


def _header_at_top(rows: list[list[str]]) -> bool:
    return len({role_of(cell) for cell in rows[0] if cell} & TASK_ROLES) >= 3


def may_hold_tasks(chars: list[dict]) -> bool:
    """Whether a page's characters name a lead column and a task column: the only pages
    worth reading word by word."""
    text = fold("".join(c.get("text", "") for c in chars)).replace(" ", "")
    return "chutri" in text and ("nhiemvu" in text or "noidung" in text)


def _lines(words: list[dict]) -> list[list[dict]]:
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(word["top"] - lines[-1][0]["top"]) < LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    for line in lines:
        line.sort(key=lambda w: w["x0"])
    return lines


def _text(line: list[dict]) -> str:
    return " ".join(w["text"] for w in line)


def _header_at(lines: list[list[dict]], most: int = 3) -> tuple[int, int] | None:
    """(first, last + 1) of the header's lines (at most three; a header repeated on a new
    page as many as it first took: the line under it goes on the row the page before
    broke), when the page has one."""
    for index, line in enumerate(lines):
        found = set(_ROLE_WORDS.findall(fold(_text(line))))
        if len(found) < 2:
            continue  # a title over the table ("DANH MỤC NHIỆM VỤ …") is no header
        end = index + 1
        while end < min(index + most, len(lines)) and not _ROW_START.match(lines[end][0]["text"]):
            found |= set(_ROLE_WORDS.findall(fold(_text(lines[end]))))
            end += 1
        roles = {role_of(word) for word in found} & TASK_ROLES
        if len(roles) >= 3 and roles & {"name", "lead"}:
            return index, end
    return None


def _separators(lines: list[list[dict]]) -> list[float]:
    """Where columns begin: the middle of each empty vertical strip the rows leave."""
    spans = sorted((w["x0"], w["x1"]) for line in lines if not _is_group(line) for w in line)
    out = []
    reach = None
    for x0, x1 in spans:
        if reach is not None and x0 - reach >= COLUMN_GAP:
            out.append((reach + x0) / 2)
        reach = x1 if reach is None else max(reach, x1)
    return out


def _crossed(lines: list[list[dict]], separators: list[float]) -> bool:
    """Whether many lines run across the columns: text, not the table going on."""
    crossing = sum(
        1
        for line in lines
        if not _is_group(line) and any(w["x0"] < x < w["x1"] for w in line for x in separators)
    )
    return crossing > 0.2 * max(len(lines), 1)


def _is_group(line: list[dict]) -> bool:
    """ "I. XÂY DỰNG ĐẢNG …" across the whole width: a group's heading."""
    first = line[0]["text"]
    return bool(re.fullmatch(r"[IVX]{1,5}\.?|[A-ZĐ]\.?", first)) and len(line) > 2


def _column(x: float, separators: list[float]) -> int:
    index = 0
    while index < len(separators) and x >= separators[index]:
        index += 1
    return index


def unruled_table(
    words: list[dict], layout: Layout | None
) -> tuple[list[list[str]], Layout | None, tuple[float, float, float, float] | None]:
    """The rows of the table on a page (its header first, when the page prints one), the
    columns to read the next page by, and the box the table takes; no rows when the page
    holds no such table."""
    lines = [line for line in _lines(words) if line]
    header = _header_at(lines, layout.header_lines if layout and layout.header_lines else 3)
    if header is None and layout is None:
        return [], None, None
    start, end = header if header else (0, 0)
    body = lines[end:]
    if body and len(body[-1]) == 1 and _PAGE_NUMBER.match(body[-1][0]["text"]):
        body = body[:-1]
    if header is None and body and _PAGE_NUMBER.match(_text(body[0])):
        body = body[1:]
    separators = _separators(body) if header else layout.separators
    if len(separators) < 2 or (header is None and _crossed(body, separators)):
        return [], None, None  # no table, or a page of text after it
    width = len(separators) + 1
    rows: list[list[list[str]]] = []
    if header:
        cells: list[list[str]] = [[] for _ in range(width)]
        for line in lines[start:end]:
            for word in line:
                cells[_column((word["x0"] + word["x1"]) / 2, separators)].append(word["text"])
        rows.append(cells)
    for line in body:
        if _ROW_START.match(line[0]["text"]) and _column(line[0]["x0"], separators) == 0:
            rows.append([[] for _ in range(width)])
        elif not rows or (header and len(rows) == 1):
            rows.append([[] for _ in range(width)])  # before the first number: a row of its own
        parts: dict[int, list[str]] = {}
        for word in line:
            parts.setdefault(_column(word["x0"], separators), []).append(word["text"])
        for column, texts in parts.items():
            rows[-1][column].append(" ".join(texts))
    table_lines = lines[start:] if header else body
    box = (
        min(w["x0"] for line in table_lines for w in line) - 1,
        min(w["top"] for line in table_lines for w in line) - 1,
        max(w["x1"] for line in table_lines for w in line) + 1,
        max(w["bottom"] for line in table_lines for w in line) + 1,
    )
    grid = [["\n".join(cell) for cell in row] for row in rows]
    if header:  # the header's lines make one label a column
        grid[0] = [" ".join(" ".join(cell).split()) for cell in rows[0]]
    taken = end - start if header else layout.header_lines
    return grid, Layout(separators, layout.header_lines if layout else taken), box
