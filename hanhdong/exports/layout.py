"""The pieces every official document of the commune is made of, in Word: the page (A4,
margins, Times New Roman 14, the page number from the second page), the header block of the
Party layout (Hướng dẫn 36-HD/VPTW) or the State layout (Nghị định 30/2020/NĐ-CP), the
"Nơi nhận" list and the signature block.

The header's columns are as wide as their lines need at their sizes (``metrics``), so each
line — "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", the dateline — stays on one line.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_UNDERLINE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from hanhdong.exports import metrics
from hanhdong.exports.models import Layout
from hanhdong.lib.text import clean_text

FONT = "Times New Roman"
PAGE_WIDTH, LEFT, RIGHT = 210, 30, 15  # mm
TEXT_WIDTH = (PAGE_WIDTH - LEFT - RIGHT) / 10  # cm: 16.5
SAFETY = 0.05  # cm a header line keeps free in its column (renderers differ a hair)
OVERHANG = 1.0  # cm the header may reach into the left margin when its lines need it
NARROWEST = 5.5  # cm the left column keeps however long the right one's lines
CENTER, LEFT_ALIGN, JUSTIFY = (
    WD_ALIGN_PARAGRAPH.CENTER,
    WD_ALIGN_PARAGRAPH.LEFT,
    WD_ALIGN_PARAGRAPH.JUSTIFY,
)
INDENT = Cm(1.27)


def run(paragraph, text, size=14, *, bold=False, italic=False, caps=False, underline=False):
    text = clean_text(str(text))
    found = paragraph.add_run(text.upper() if caps else text)
    found.font.name = FONT
    found.font.size = Pt(size)
    found.bold, found.italic = bold, italic
    if underline:
        found.font.underline = WD_UNDERLINE.SINGLE
    found._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    return found


def para(
    container,
    text="",
    size=14,
    *,
    bold=False,
    italic=False,
    caps=False,
    underline=False,
    align=None,
    indent=False,
    space_after=6,
    space_before=0,
    keep_next=False,
):
    paragraph = container.add_paragraph()
    if text:
        run(paragraph, text, size, bold=bold, italic=italic, caps=caps, underline=underline)
    else:  # an empty line is as tall as the text around it
        paragraph.paragraph_format.line_spacing = Pt(size * 1.15)
    paragraph.alignment = align if align is not None else JUSTIFY
    fmt = paragraph.paragraph_format
    fmt.space_after, fmt.space_before = Pt(space_after), Pt(space_before)
    if indent:
        fmt.first_line_indent = INDENT
    if keep_next:
        fmt.keep_with_next = True
    return paragraph


def cell_para(cell, text="", size=14, **options):
    """A paragraph of ``cell``: its first (empty) one the first time, then new ones."""
    paragraphs = cell.paragraphs
    first = paragraphs[0]
    if len(paragraphs) == 1 and not first.runs and first._p.pPr is None:
        if text:
            run(first, text, size, **{k: options[k] for k in options if k in RUN_OPTIONS})
        first.alignment = options.get("align", CENTER)
        fmt = first.paragraph_format
        fmt.space_after = Pt(options.get("space_after", 0))
        fmt.space_before = Pt(options.get("space_before", 0))
        return first
    options.setdefault("align", CENTER)
    options.setdefault("space_after", 0)
    return para(cell, text, size, **options)


RUN_OPTIONS = ("bold", "italic", "caps", "underline")


# -- the page ----------------------------------------------------------------------------
def setup(document) -> None:
    """A4, margins 20/20/30/15 mm, Times New Roman 14, page numbers from the second page."""
    section = document.sections[0]
    section.page_width, section.page_height = Mm(PAGE_WIDTH), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(LEFT), Mm(RIGHT)
    section.header_distance = Mm(10)
    style = document.styles["Normal"]
    style.font.name, style.font.size = FONT, Pt(14)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    style.paragraph_format.space_after = Pt(0)
    page_numbers(section)


def page_numbers(section) -> None:
    """The page number, centred at the top, on every page but the first (the first page has
    a header of its own, left empty)."""
    section.different_first_page_header_footer = True
    header = section.header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0]
    paragraph.alignment = CENTER
    field(paragraph, "PAGE", "2")
    first = section.first_page_header
    first.is_linked_to_previous = False


def field(paragraph, instruction: str, shown: str, size=14) -> None:
    """A Word field (``PAGE``) as its three runs: begin, instruction, separate, result, end."""

    def char(kind):
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        return element

    begin = run(paragraph, "", size)
    begin._element.append(char("begin"))
    code = run(paragraph, "", size)
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    code._element.append(text)
    separate = run(paragraph, "", size)
    separate._element.append(char("separate"))
    run(paragraph, shown, size)
    end = run(paragraph, "", size)
    end._element.append(char("end"))


# -- tables --------------------------------------------------------------------------------
def no_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def no_side_padding(table) -> None:
    """Cells without their left and right padding: a column's width is its text's."""
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), "0")
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.append(margins)


def widths(table, columns) -> None:
    """Fixed column widths (cm), in the grid and in every cell (LibreOffice reads the grid);
    the table laid out as fixed, so no program widens a column to its text."""
    table.autofit = False
    for column, width in zip(table.columns, columns, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)


def keep_row(row) -> None:
    """The row is not split across pages."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def repeat_heading(row) -> None:
    """The row repeats at the top of every page the table runs onto."""
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(element)


def _element(tag: str, parent=None, **attributes):
    element = OxmlElement(tag)
    for key, value in attributes.items():
        element.set(qn(f"w:{key}") if ":" not in key else qn(key), str(value))
    if parent is not None:
        parent.append(element)
    return element


def _row_template(columns, size: float, center):
    """A table row as Word XML, one empty run per cell with its font, size, alignment and
    width set once: copied for each row, which is many times faster than setting them run by
    run (a 300-task report has some 1,500 cells)."""
    row = OxmlElement("w:tr")
    _element("w:cantSplit", _element("w:trPr", row))  # a row stays on one page
    for index, width in enumerate(columns):
        cell = _element("w:tc", row)
        properties = _element("w:tcPr", cell)
        _element("w:tcW", properties, w=round(width * 567), type="dxa")
        paragraph = _element("w:p", cell)
        paragraph_properties = _element("w:pPr", paragraph)
        _element("w:spacing", paragraph_properties, after=0, before=0)
        _element("w:jc", paragraph_properties, val="center" if index in center else "left")
        text_run = _element("w:r", paragraph)
        run_properties = _element("w:rPr", text_run)
        _element("w:rFonts", run_properties, ascii=FONT, hAnsi=FONT, eastAsia=FONT)
        _element("w:sz", run_properties, val=round(size * 2))
        _element("w:szCs", run_properties, val=round(size * 2))
        _element("w:t", text_run, **{"xml:space": "preserve"})
    return row


def grid_table(document, headings, rows, columns, size=12, center=()):
    """A bordered table: the heading row bold and repeated on every page; ``center`` the
    indexes of columns centred (numbers, short codes)."""
    table = document.add_table(rows=1, cols=len(headings))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, heading in zip(table.rows[0].cells, headings, strict=True):
        cell_para(cell, heading, size, bold=True, align=CENTER)
    widths(table, columns)
    repeat_heading(table.rows[0])
    template = _row_template(columns, size, center)
    texts = qn("w:t")
    for values in rows:
        row = copy.deepcopy(template)
        for element, value in zip(row.iter(texts), values, strict=True):
            element.text = clean_text(str(value))
        table._tbl.append(row)
    return table


def rule(container, length_cm: float, column_cm: float, space_after=0) -> None:
    """A horizontal line ``length_cm`` long, centred in a column ``column_cm`` wide: the bottom
    border of an empty, very short paragraph, indented on both sides."""
    paragraph = container.add_paragraph()
    fmt = paragraph.paragraph_format
    side = max((column_cm - length_cm) / 2, 0)
    fmt.left_indent = fmt.right_indent = Cm(side)
    fmt.space_before, fmt.space_after = Pt(0), Pt(space_after)
    fmt.line_spacing = Pt(3)
    paragraph.alignment = CENTER
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    border.append(bottom)
    paragraph._p.get_or_add_pPr().append(border)


# -- the header block ------------------------------------------------------------------------
def dateline(place: str, day: dt.date) -> str:
    """ "Nghi Dương, ngày 04 tháng 12 năm 2026": days below 10 and the months January and
    February with their 0, as both layouts ask."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


@dataclass
class Line:
    text: str
    size: float = 14
    bold: bool = False
    italic: bool = False

    @property
    def width(self) -> float:
        return metrics.width_cm(self.text, self.size, bold=self.bold, italic=self.italic)


@dataclass
class Letterhead:
    """What a document's header block says. ``body`` is the issuing body ("Đảng ủy xã Nghi
    Dương"; for the State layout "Ủy ban nhân dân xã Nghi Dương"), ``higher_body`` the one
    above it (Party layout); ``number`` the symbol from the register ("25-BC/ĐU"), or "" for
    a document that carries none."""

    layout: str
    body: str
    place: str
    dated: dt.date
    higher_body: str = ""
    number: str | None = ""

    def columns(self) -> tuple[list[list[Line]], list[list[Line]]]:
        """(left, right): each a list of the two rows' lines."""
        date = Line(dateline(self.place, self.dated), 14, italic=True)
        if self.layout == Layout.PARTY:
            left_top = [Line(self.higher_body.upper(), 14)] if self.higher_body else []
            left_top += [Line(self.body.upper(), 14, bold=True), Line("*", 14)]
            number = [] if self.number is None else [Line(f"Số {self.number}", 14)]
            return [left_top, number], [[Line("ĐẢNG CỘNG SẢN VIỆT NAM", 15, bold=True)], [date]]
        words = self.body.split()
        split = 4 if self.body.upper().startswith("ỦY BAN NHÂN DÂN") else len(words)
        name = [" ".join(words[:split]), " ".join(words[split:])]
        left_top = [Line(part.upper(), 13, bold=True) for part in name if part]
        number = [] if self.number is None else [Line(f"Số: {self.number}", 13)]
        right_top = [
            Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, bold=True),
            Line("Độc lập - Tự do - Hạnh phúc", 14, bold=True),
        ]
        return [left_top, number], [right_top, [date]]


def column_widths(left: list[Line], right: list[Line]) -> tuple[float, float]:
    """Widths (cm) for the two columns of the header: each as wide as its widest line, the
    room left over shared. When both cannot fit the text's width, the block reaches up to
    ``OVERHANG`` into the left margin; beyond that the left column keeps at least
    ``NARROWEST`` and the longer lines wrap."""
    need_left = max((line.width for line in left), default=0) + SAFETY
    need_right = max((line.width for line in right), default=0) + SAFETY
    spare = TEXT_WIDTH - need_left - need_right
    if spare >= 0:
        return need_left + spare / 2, need_right + spare / 2
    room = TEXT_WIDTH + OVERHANG
    if need_left + need_right <= room:
        return need_left, need_right
    right_width = min(need_right, room - NARROWEST)
    return room - right_width, right_width


def wrapped(line: Line, width: float) -> list[str]:
    """The line's text on as few lines as fit ``width`` (a body's name that is too long for
    its column is set on two lines or more, each about as long)."""
    if line.width + SAFETY <= width:
        return [line.text]
    words = line.text.split()
    for count in range(2, len(words) + 1):
        size = -(-len(words) // count)
        parts = [" ".join(words[i : i + size]) for i in range(0, len(words), size)]
        measured = [Line(p, line.size, line.bold, line.italic).width + SAFETY for p in parts]
        if max(measured) <= width:
            return parts
    return words


def letterhead(document, head: Letterhead):
    """The header block: a borderless table of two rows (the bodies and the title, then the
    number and the dateline, level with each other)."""
    left, right = head.columns()
    left_width, right_width = column_widths(sum(left, []), sum(right, []))
    table = document.add_table(rows=2, cols=2)
    no_borders(table)
    no_side_padding(table)
    overhang = left_width + right_width - TEXT_WIDTH
    if overhang > 0:
        indent = OxmlElement("w:tblInd")
        indent.set(qn("w:w"), str(-round(overhang * 567)))
        indent.set(qn("w:type"), "dxa")
        table._tbl.tblPr.append(indent)
    widths(table, [left_width, right_width])
    for row, lines in zip(table.rows, left, strict=True):
        for line in lines:
            for text in wrapped(line, left_width):
                cell_para(row.cells[0], text, line.size, bold=line.bold, italic=line.italic)
    for row, lines in zip(table.rows, right, strict=True):
        for line in lines:
            for text in wrapped(line, right_width):
                cell_para(row.cells[1], text, line.size, bold=line.bold, italic=line.italic)
    top_left, top_right = table.rows[0].cells
    if head.layout == Layout.PARTY:
        # the rule under "ĐẢNG CỘNG SẢN VIỆT NAM" is as long as the title
        rule(top_right, right[0][0].width, right_width)
    else:
        rule(top_left, left[0][-1].width * 0.45, left_width)  # a third to a half of the name
        rule(top_right, right[0][-1].width, right_width)  # as long as the motto
    for cell in table.rows[1].cells:
        cell.paragraphs[0].paragraph_format.space_before = Pt(4)
    return table


def title(document, kind: str, summary: list[str], *, party: bool = True) -> None:
    """The kind of document ("BÁO CÁO", caps, 16, bold) and its summary (bold, 14), with the
    short line under it."""
    para(document, "", space_after=6)
    para(document, kind, 16, bold=True, caps=True, align=CENTER, space_after=0, keep_next=True)
    for line in summary:
        para(document, line, 14, bold=True, align=CENTER, space_after=0, keep_next=True)
    if party:
        para(document, "-----", 14, align=CENTER, space_after=6)
    else:
        rule(document, 3.0, TEXT_WIDTH, space_after=12)


def heading(document, number: str, text: str, *, party: bool = True) -> None:
    """A part of the text: "I- ĐÁNH GIÁ CHUNG" in Party documents, "I. …" in State ones."""
    mark = f"{number}- " if party else f"{number}. "
    para(
        document,
        mark + text.upper(),
        bold=True,
        indent=True,
        keep_next=True,
        space_before=6,
        align=LEFT_ALIGN,
    )


# -- recipients and signature -------------------------------------------------------------
def recipient_lines(lines: list[str], layout: str) -> list[str]:
    """Each recipient on its line with its dash; a comma after each but the last, which
    ends with a full stop (Party); a semicolon and a full stop (State)."""
    cleaned = [line.strip().lstrip("-–•").strip().rstrip(",;.").strip() for line in lines]
    cleaned = [line for line in cleaned if line]
    mark = "," if layout == Layout.PARTY else ";"
    return [
        f"- {line}{'.' if index == len(cleaned) - 1 else mark}"
        for index, line in enumerate(cleaned)
    ]


@dataclass
class Signature:
    on_behalf: str  # "T/M Ban Thường vụ"
    role: str  # "Bí thư"
    name: str


def closing(document, layout: str, recipients: list[str], signature: Signature) -> None:
    """ "Nơi nhận" on the left (Party: "Nơi nhận:" underlined, 14, the list 12; State:
    bold italic 12, the list 11) and the signature block on the right, on one page."""
    para(document, "", space_after=0, keep_next=True)
    table = document.add_table(rows=1, cols=2)
    no_borders(table)
    no_side_padding(table)
    widths(table, [7.5, TEXT_WIDTH - 7.5])
    keep_row(table.rows[0])
    left, right = table.rows[0].cells
    party = layout == Layout.PARTY
    if party:
        cell_para(left, "Nơi nhận:", 14, underline=True, align=LEFT_ALIGN)
    else:
        cell_para(left, "Nơi nhận:", 12, bold=True, italic=True, align=LEFT_ALIGN)
    for line in recipient_lines(recipients, layout):
        paragraph = cell_para(left, line, 12 if party else 11, align=LEFT_ALIGN)
        # a recipient that runs onto a second line goes on under its first word
        paragraph.paragraph_format.left_indent = Cm(0.25)
        paragraph.paragraph_format.first_line_indent = Cm(-0.25)
    cell_para(right, signature.on_behalf, 14, bold=True, caps=True)
    cell_para(right, signature.role, 14, bold=True, caps=True)
    for _ in range(4):
        cell_para(right, "", 14)
    cell_para(right, signature.name, 14, bold=True)
