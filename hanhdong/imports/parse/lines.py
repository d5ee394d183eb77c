"""Lines of a document, cleaned of PDF extraction residue."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$")
_SENTENCE_END = re.compile(r"[.;:!?…”\"»)]\s*$")


@dataclass
class Line:
    text: str
    number: int  # 1-based line number in the source (page number for PDF, paragraph for DOCX)
    blank_before: bool = False  # a paragraph boundary precedes it
    page_break_before: bool = False  # a page boundary precedes it (page number dropped)
    list_marker: str | None = None  # a marker Word numbering would print (automatic lists)
    raw: str = ""  # the line as laid out (spaces kept): tables aligned with spaces need it
    cell: bool = False  # it stands in a cell of a Word table of data (read as text too)


def clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\xa0", " ").replace("\u200b", "")
    return re.sub(r"[ \t]+", " ", text).strip()


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


_COLUMN_GAP = re.compile(r"\S(\s{6,})\S")
# the header of a key-task table copied with its cells ("STT | Nội dung nhiệm vụ | …")
_TABLE_HEAD = re.compile(
    r"^\W*(?:s[ốo]\s*)?(?:stt|tt|thứ tự)\b.*\b(?:nhiệm vụ|nội dung|chủ trì)", re.I
)
# the header of a table of targets copied as cells ("STT | Chỉ tiêu | Đơn vị tính | …")
_TARGETS_HEAD = re.compile(r"\bchỉ tiêu\b.*\b(?:đơn vị tính|đvt)\b", re.I)
_CELL_BAR = re.compile(r"\s+\|\s+")  # "ỦY BAN NHÂN DÂN | CỘNG HÒA …": cells copied from a web page
_APPENDIX = re.compile(r"^\s*PH[ỤU] L[ỤU]C\b", re.IGNORECASE)


def from_text(text: str) -> list[Line]:
    """Non-blank lines, each marked with whether a blank line or a page break came before.

    A number alone on a line between blank lines (or far indented, as layout-preserving
    extraction centres it) is a page number: it is dropped and the next line is marked as
    following a page break; so is a run of blank lines or a form feed. A line indented
    deeper than the one before starts a paragraph. Where two columns stand side by side
    (the header block, "Nơi nhận" beside the signature) the left column is read first;
    so it is where cells are joined by " | " or by tabs (a table copied from a web page or
    a word processor), and the appendix's table keeps its cells for the table reader.
    """
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    unwrapped = _unwrapped(raw)
    spaced = _spaced(raw)
    lengths = sorted(len(line.rstrip()) for line in raw if line.strip())
    width = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0  # a full line's length
    previous_short = False
    out: list[Line] = []
    blank = False
    blanks = 0  # two or more blank lines in a row are what a page break leaves behind
    page_break = False
    previous_indent = 0
    right: list[Line] = []  # the right column of a two-column block, read after the left
    split_at: int | None = None
    barred = False  # the line before was a row of cells joined by " | "
    in_appendix = False
    in_table = False  # rows of cells under a key-task header, wherever the table stands
    for index, source in enumerate(raw):
        if "|" in source or "\t" in source.strip():
            in_table = in_table or bool(_TABLE_HEAD.search(source) or _TARGETS_HEAD.search(source))
        else:
            in_table = False
        keep = in_appendix or in_table or bool(_APPENDIX.match(source))
        source = _tabs(source, keep)
        if "\f" in source:
            page_break = True
            source = source.replace("\f", " ")
        line = clean(source)
        if not line:
            blank = True
            blanks += 1
            page_break = page_break or blanks >= 2
            out.extend(right)
            right, split_at = [], None
            continue
        blanks = 0
        indent = len(source) - len(source.lstrip(" "))
        if _PAGE_NUMBER.match(line) and (_is_isolated(raw, index, spaced) or indent >= 20):
            page_break = True
            blank = True
            continue
        in_appendix = in_appendix or bool(_APPENDIX.match(source))
        # deeper than the line before; or, where paragraphs start indented, as deep as a line
        # that stopped short of the margin ("1. Mục đích" over its first paragraph)
        starts_paragraph = not in_appendix and (
            indent >= previous_indent + 3 or (previous_short and indent >= max(previous_indent, 8))
        )
        previous_indent = indent
        previous_short = len(source.rstrip()) < 0.7 * width
        made = Line(
            line,
            index + 1,
            blank_before=blank or starts_paragraph or unwrapped,
            page_break_before=page_break,
            raw=source.rstrip(),
        )
        blank = page_break = False
        # a bar at an end of the line stands beside an empty cell ("ĐẢNG ỦY XÃ … |")
        cells = [] if keep else [c.strip() for c in _CELL_BAR.split(f" {line} ") if c.strip()]
        if len(cells) == 1 and cells[0] != line:
            made.text = made.raw = cells[0]
        if barred and len(cells) < 2:  # the row of cells is over: its right column follows
            out.extend(right)
            right, barred = [], False
        if len(cells) > 1:
            made.text = made.raw = cells[0]
            out.append(made)
            right.extend(Line(c, index + 1, blank_before=True, raw=c) for c in cells[1:])
            barred = True
            continue
        gap = None if in_appendix else _COLUMN_GAP.search(source)
        if gap is not None:
            left_text, right_text = source[: gap.start(1)], source[gap.end(1) :]
            split_at = min(split_at or gap.end(1), gap.end(1))
            made.text = clean(left_text)
            made.raw = left_text.rstrip()
            out.append(made)
            right.append(Line(clean(right_text), index + 1, blank_before=True, raw=right_text))
            continue
        if split_at is not None and indent >= split_at - 5:
            made.blank_before = True
            right.append(made)
            continue
        if split_at is not None and indent + len(source.strip()) > split_at:
            out.extend(right)
            right, split_at = [], None
        out.append(made)
    out.extend(right)
    return out


_MARKER_TAB = re.compile(
    r"^(\s*(?:[-+•*–]|\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zđ]\)|\([0-9]+\)|[IVX]+\.))\t+"
)


def _tabs(line: str, in_table: bool) -> str:
    """Tabs between texts separate cells (" | "); leading, or after a list marker outside a
    table, they are spaces ("-<tab>text")."""
    if "\t" not in line:
        return line
    if not in_table:
        line = _MARKER_TAB.sub(r"\1 ", line)
    indent = len(line) - len(line.lstrip("\t "))
    head, body = line[:indent].replace("\t", "    "), line[indent:].rstrip()
    return head + re.sub(r"\s*\t+\s*", " | ", body)


def _unwrapped(raw: list[str]) -> bool:
    """Text copied from a web page or a word processor: a paragraph on each line, so few
    lines are blank, and many lines are long or nearly every long line ends its sentence
    (a wrapped line stops mid-sentence, wherever the width ran out)."""
    end = next((i for i, line in enumerate(raw) if _APPENDIX.match(line)), len(raw))
    raw = raw[:end]  # the appendix's table has short cells, whatever the text around it
    texts = [" ".join(line.split()) for line in raw if line.strip()]  # columns' spaces out
    if len(texts) < 10 or len(raw) - len(texts) >= 0.3 * len(texts):
        return False
    long = sum(1 for line in texts if len(line) > 130)
    fuller = [line for line in texts if len(line) > 60]
    finished = sum(1 for line in fuller if ends_sentence(line))
    return long >= 0.1 * len(texts) or (len(fuller) >= 10 and finished >= 0.85 * len(fuller))


def _spaced(raw: list[str]) -> bool:
    """A copy from a web page that leaves an empty line after every paragraph and every cell
    of a table: there a number alone between empty lines is a row's number, not a page's."""
    texts = sum(1 for line in raw if line.strip())
    single = sum(
        1
        for i in range(1, len(raw) - 1)
        if not raw[i].strip() and raw[i - 1].strip() and raw[i + 1].strip()
    )
    return texts >= 20 and single >= 0.8 * texts


def _is_isolated(raw: list[str], index: int, spaced: bool = False) -> bool:
    """Between empty lines; where every line is, after two empty lines at least (what a page
    break leaves)."""
    before = raw[index - 1].strip() if index > 0 else ""
    after = raw[index + 1].strip() if index + 1 < len(raw) else ""
    if spaced and index > 1 and raw[index - 2].strip():
        return False
    return not before and not after


def join(parts: list[str]) -> str:
    """Join wrapped lines with single spaces, mending words torn at a hyphen ("2026-" + "2031").

    Linear in the length of the text: a runaway cell of a whole document stays cheap."""
    pieces: list[str] = []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        last = pieces[-1] if pieces else ""
        torn = len(last) >= 2 and last[-1] == "-" and last[-2].isdigit() and part[0].isdigit()
        pieces.append(part if torn or not pieces else " " + part)
    return re.sub(r"\s+", " ", "".join(pieces)).strip()
