"""Word (.docx) documents: paragraphs in order, automatic numbering printed as text, tables."""

from __future__ import annotations

import io
import re
import zipfile

from django.utils.translation import gettext as _
from docx import Document
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph

from hanhdong.imports.parse.document import DocumentError, Table
from hanhdong.imports.parse.lines import Line, clean

_MARKER = re.compile(r"^(?:[-+•*–]|\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zđ]\)|\(\d{1,2}\)|[IVX]+\.)$")
ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _roman(n: int) -> str:
    out = ""
    for value, letters in ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def _format(n: int, fmt: str) -> str:
    match fmt:
        case "upperRoman":
            return _roman(n)
        case "lowerRoman":
            return _roman(n).lower()
        case "lowerLetter":
            return "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
        case "upperLetter":
            return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[(n - 1) % 26]
    return str(n)


class Numbering:
    """Prints the markers Word would show for automatically numbered paragraphs."""

    def __init__(self, document):
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[tuple[str, int], int] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract = {}
        for node in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in node.findall(qn("w:lvl")):
                fmt = lvl.find(qn("w:numFmt"))
                text = lvl.find(qn("w:lvlText"))
                start = lvl.find(qn("w:start"))
                levels[int(lvl.get(qn("w:ilvl")))] = (
                    fmt.get(qn("w:val")) if fmt is not None else "decimal",
                    text.get(qn("w:val")) if text is not None else "%1.",
                    int(start.get(qn("w:val"))) if start is not None else 1,
                )
            abstract[node.get(qn("w:abstractNumId"))] = levels
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            for ilvl, spec in abstract.get(ref.get(qn("w:val")), {}).items():
                self.levels[(num.get(qn("w:numId")), ilvl)] = spec

    @staticmethod
    def _num_pr(paragraph: Paragraph):
        ppr = paragraph._p.pPr
        if ppr is not None and ppr.numPr is not None:
            return ppr.numPr
        style = paragraph.style
        while style is not None:
            spr = style.element.pPr
            if spr is not None and spr.numPr is not None:
                return spr.numPr
            style = style.base_style
        return None

    def marker(self, paragraph: Paragraph) -> str | None:
        num_pr = self._num_pr(paragraph)
        if num_pr is None or num_pr.numId is None:
            return None
        num_id = str(num_pr.numId.val)
        ilvl = int(num_pr.ilvl.val) if num_pr.ilvl is not None else 0
        spec = self.levels.get((num_id, ilvl))
        if spec is None or num_id == "0":
            return None
        fmt, text, start = spec
        if fmt == "bullet" or fmt == "none":
            return "-"
        key = (num_id, ilvl)
        self.counters[key] = self.counters.get(key, start - 1) + 1
        for deeper in [k for k in self.counters if k[0] == num_id and k[1] > ilvl]:
            del self.counters[deeper]
        marker = text
        for level in range(ilvl, -1, -1):
            count = self.counters.get((num_id, level), self.levels[(num_id, level)][2])
            level_fmt = self.levels.get((num_id, level), ("decimal", "", 1))[0]
            marker = marker.replace(f"%{level + 1}", _format(count, level_fmt))
        return marker.strip()


MAX_UNPACKED = 200 * 1024 * 1024  # bytes a .docx may unpack to: a program is text, not film


def read(data: bytes) -> tuple[list[Line], list[Table]]:
    """The lines and tables of a Word file; a damaged one raises DocumentError."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(entry.file_size for entry in archive.infolist())
    except zipfile.BadZipFile:
        raise DocumentError(_("file"), _("the Word file is damaged and cannot be opened")) from None
    if unpacked > MAX_UNPACKED:
        raise DocumentError(
            _("file"),
            _("the Word file unpacks to more than %(n)s MB: this is not a program document")
            % {"n": MAX_UNPACKED // 1024 // 1024},
        )
    try:
        return _read(Document(io.BytesIO(data)))
    except DocumentError:
        raise
    except Exception:  # python-docx and lxml raise many kinds on a damaged package
        raise DocumentError(_("file"), _("the Word file is damaged and cannot be opened")) from None


def _read(document) -> tuple[list[Line], list[Table]]:
    numbering = Numbering(document)
    lines: list[Line] = []
    tables: list[Table] = []
    right: list[Line] = []  # the right column of a tab-separated two-column block
    index = 0
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            index += 1
            text = block.text.lstrip("\t")
            if not text.strip():
                lines.extend(right)  # an empty paragraph ends a two-column block
                right.clear()
                continue
            parts = [part for part in text.split("\t") if part.strip()]
            if len(parts) > 1 and _MARKER.match(parts[0].strip()):
                parts[:2] = [f"{parts[0].strip()} {parts[1]}"]  # "-<tab>text", "1.<tab>text"
            if len(parts) > 1:
                for part in parts[1:]:
                    right.append(Line(clean(part), index, blank_before=True))
                lines.append(Line(clean(parts[0]), index, blank_before=True))
                continue
            _add_paragraph(lines, block, index, numbering)
        elif isinstance(block, DocxTable):
            lines.extend(right)
            right.clear()
            # merged cells repeat in every grid column they cover, so columns stay aligned
            rows = [[cell.text for cell in row.cells] for row in block.rows]
            tables.append(Table(rows=rows, where=_("table %(n)s") % {"n": len(tables) + 1}))
            # cells read as lines too: the header block (issuer, number, date) is often a table
            for row in block.rows:
                for cell in _unique_cells(row):
                    for paragraph in cell.paragraphs:
                        index += 1
                        _add_paragraph(lines, paragraph, index, numbering, in_table=True)
    lines.extend(right)
    return lines, tables


def _unique_cells(row):
    seen = []
    for cell in row.cells:
        if all(cell._tc is not other._tc for other in seen):
            seen.append(cell)
    return seen


def _add_paragraph(lines, paragraph, index, numbering, in_table=False):
    marker = None if in_table else numbering.marker(paragraph)
    first = True
    for piece in paragraph.text.split("\n"):  # manual line breaks within one paragraph
        text = clean(piece)
        if not text:
            continue
        if marker:
            text = f"{marker} {text}"
        lines.append(Line(text, index, blank_before=first, list_marker=marker))
        marker = None
        first = False
