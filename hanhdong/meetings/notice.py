"""The "Thông báo kết luận" of a meeting: its number from the commune's register and the
Word document in the Party layout (Hướng dẫn 36-HD/VPTW), made from plain data.

This module is the seam between meetings and the commune's documents: ``NoticeData`` is what
a notice says, ``number_for`` hands out its number and ``render`` writes it. Both stand in
for the document register and the notice layout of ``exports`` until those are on the main
line; then they call them, and nothing else in ``meetings`` changes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, field

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

FONT = "Times New Roman"
KIND = "TB"


@dataclass
class NoticeTask:
    """A task the meeting gave, in the notice's words ("5 rõ")."""

    what: str
    lead: str
    deadline: dt.date | str = ""
    partners: str = ""
    product: str = ""


@dataclass
class NoticeData:
    """What a "Thông báo kết luận" says."""

    higher_body: str  # "Đảng bộ thành phố Hải Phòng"
    body: str  # "Đảng ủy xã Nghi Dương"
    place: str  # "Nghi Dương"
    meeting_date: dt.date
    meeting_body: str  # "Ban Thường vụ Đảng ủy"
    chair: str  # "đồng chí Nguyễn Văn Bình"
    chair_role: str  # "Bí thư Đảng ủy"
    topic: str  # what the meeting heard
    conclusions: list[str]
    tasks: list[NoticeTask] = field(default_factory=list)
    number: str = ""  # "05-TB/ĐU"
    dated: dt.date | None = None
    recipients: list[str] = field(default_factory=list)
    signer_on_behalf: str = "T/M Ban Thường vụ"
    signer_role: str = "Bí thư"
    signer_name: str = ""


_NUMBER = re.compile(r"^0*(\d+)-TB/")


def number_for(taken: list[str]) -> str:
    """The next notice number after those ``taken`` in the series ("05-TB/ĐU")."""
    numbers = [int(m.group(1)) for t in taken if (m := _NUMBER.match(t or ""))]
    return f"{max(numbers, default=0) + 1:02d}-{KIND}/ĐU"


# -- the Word document ---------------------------------------------------------------------
def _run(paragraph, text, size=14, bold=False, italic=False, caps=False):
    run = paragraph.add_run(text.upper() if caps else text)
    run.font.name, run.font.size = FONT, Pt(size)
    run.bold, run.italic = bold, italic
    run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    return run


def _para(container, text="", size=14, *, bold=False, italic=False, caps=False, align=None,
          indent=False, after=6):  # fmt: skip
    paragraph = container.add_paragraph()
    if text:
        _run(paragraph, text, size, bold, italic, caps)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align is None else align
    fmt = paragraph.paragraph_format
    fmt.space_after, fmt.space_before = Pt(after), Pt(0)
    if indent:
        fmt.first_line_indent = Mm(10)
    return paragraph


def _rule_under(paragraph):
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _head(document, data: NoticeData, dated: dt.date) -> None:
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    center = WD_ALIGN_PARAGRAPH.CENTER
    left.paragraphs[0].alignment = center
    _run(left.paragraphs[0], data.higher_body, 14, caps=True)
    _para(left, data.body, 14, bold=True, caps=True, align=center, after=0)
    _para(left, "*", 14, align=center, after=0)
    _para(left, f"Số {data.number or '     -TB/ĐU'}", 14, align=center, after=0)
    right.paragraphs[0].alignment = center
    _run(right.paragraphs[0], "Đảng Cộng sản Việt Nam", 15, bold=True, caps=True)
    _rule_under(right.paragraphs[0])
    _para(
        right,
        f"{data.place}, ngày {dated.day:02d} tháng {dated.month:02d} năm {dated.year}",
        14,
        italic=True,
        align=center,
        after=0,
    )


def _deadline(value) -> str:
    return f"{value:%d/%m/%Y}" if isinstance(value, dt.date) else str(value or "")


def _sentence(text: str) -> str:
    text = text.strip().rstrip(".;")
    return text[:1].upper() + text[1:] + "." if text else ""


def render(data: NoticeData) -> bytes:
    """The notice as a Word document, in the Party layout."""
    dated = data.dated or data.meeting_date
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    _head(document, data, dated)
    center = WD_ALIGN_PARAGRAPH.CENTER
    _para(document, "", after=0)
    _para(document, "Thông báo", 16, bold=True, caps=True, align=center, after=0)
    _para(document, f"Kết luận của {data.meeting_body}", 14, bold=True, align=center, after=0)
    _para(
        document,
        f"tại cuộc họp ngày {data.meeting_date:%d/%m/%Y}",
        14,
        bold=True,
        align=center,
        after=0,
    )
    _para(document, "-----", 14, align=center)
    _para(
        document,
        f"Ngày {data.meeting_date:%d/%m/%Y}, {data.meeting_body} {data.body[len('Đảng ủy ') :]} "
        f"họp dưới sự chủ trì của {data.chair}"
        + (f", {data.chair_role}" if data.chair_role else "")
        + f". Sau khi nghe {data.topic.strip().rstrip('.')} và ý kiến của các đồng chí dự họp, "
        f"{data.meeting_body} kết luận như sau:",
        indent=True,
    )
    for index, text in enumerate([t for t in data.conclusions if t.strip()], 1):
        _para(document, f"{index}. {_sentence(text)}", indent=True)
    if data.tasks:
        _para(document, "Giao nhiệm vụ:", bold=True, indent=True)
        for task in data.tasks:
            text = f"- {task.lead} chủ trì"
            if task.partners:
                text += f", {task.partners} phối hợp"
            text += f": {task.what.strip().rstrip('.')}"
            if task.product:
                text += f"; sản phẩm: {task.product.strip().rstrip('.')}"
            if task.deadline:
                text += f"; thời hạn hoàn thành: {_deadline(task.deadline)}"
            _para(document, text + ".", indent=True)
    _para(
        document,
        "Văn phòng Đảng ủy thông báo để các cơ quan, đơn vị liên quan biết, thực hiện.",
        indent=True,
    )
    _closing(document, data)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _closing(document, data: NoticeData) -> None:
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
    _run(left.paragraphs[0], "Nơi nhận:", 14, bold=True).underline = True
    seen = []
    for line in data.recipients:
        if line and line not in seen:
            seen.append(line)
    for line in seen:
        _para(left, f"- {line},", 12, align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
    center = WD_ALIGN_PARAGRAPH.CENTER
    right.paragraphs[0].alignment = center
    _run(right.paragraphs[0], data.signer_on_behalf, 14, bold=True, caps=True)
    _para(right, data.signer_role, 14, bold=True, caps=True, align=center, after=48)
    _para(right, data.signer_name, 14, bold=True, align=center, after=0)
