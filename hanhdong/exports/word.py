"""The consolidated report as a Word file, in the Party layout (Hướng dẫn 36-HD/VPTW) or
the State layout (Nghị định 30/2020/NĐ-CP): A4, Times New Roman, the header block, numbered
sections, the key-task and target tables, "Nơi nhận" and the signature block."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from hanhdong.exports.content import PeriodContent, feedback_sentence
from hanhdong.exports.models import Layout
from hanhdong.lib.text import clean_text
from hanhdong.reports.models import ReportState

FONT = "Times New Roman"
VERDICTS = {
    "achieved": "Đạt",
    "on_track": "Đúng hướng",
    "at_risk": "Có nguy cơ không đạt",
    "off_track": "Khó đạt",
    "no_data": "Chưa có số liệu",
}


def _run(paragraph, text, size=14, bold=False, italic=False, caps=False):
    text = clean_text(str(text))
    run = paragraph.add_run(text.upper() if caps else text)
    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold, run.italic = bold, italic
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    return run


def _para(
    container,
    text="",
    size=14,
    bold=False,
    italic=False,
    align=None,
    indent=False,
    space_after=3,
    caps=False,
):
    paragraph = container.add_paragraph()
    if text:
        _run(paragraph, text, size, bold, italic, caps)
    paragraph.alignment = align if align is not None else WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt = paragraph.paragraph_format
    fmt.space_after, fmt.space_before = Pt(space_after), Pt(0)
    if indent:
        fmt.first_line_indent = Cm(1.27)
    return paragraph


def _rule_under(paragraph):
    """A short line under a heading, as the layout asks under "ĐẢNG CỘNG SẢN VIỆT NAM"."""
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    border.append(bottom)
    paragraph._p.get_or_add_pPr().append(border)


def _no_borders(table):
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _widths(table, widths):
    """Fixed column widths, in the grid and in every cell (LibreOffice reads the grid)."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)


def _cell(cell, text, size=13, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    paragraph = cell.paragraphs[0]
    _run(paragraph, text, size, bold)
    paragraph.alignment = align


def _setup(document):
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    style = document.styles["Normal"]
    style.font.name, style.font.size = FONT, Pt(14)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)


def _header(document, report, content: PeriodContent):
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    _widths(table, [8.3, 8.2])
    left, right = table.rows[0].cells
    center = WD_ALIGN_PARAGRAPH.CENTER
    left.paragraphs[0].alignment = center
    right.paragraphs[0].alignment = center
    commune = content.commune.name
    if report.layout == Layout.PARTY:
        _run(left.paragraphs[0], content.higher_body, 14, caps=True)
        _para(
            left,
            f"Đảng ủy {commune[0].lower()}{commune[1:]}",
            14,
            bold=True,
            align=center,
            space_after=0,
            caps=True,
        )
        _para(left, "*", 14, align=center, space_after=0)
        _para(left, f"Số {report.number or '   '}", 14, align=center, space_after=0)
        _run(right.paragraphs[0], "ĐẢNG CỘNG SẢN VIỆT NAM", 15, bold=True)
        _rule_under(right.paragraphs[0])
    else:
        _run(left.paragraphs[0], "ỦY BAN NHÂN DÂN", 13, bold=True)
        _para(left, commune, 13, bold=True, align=center, space_after=0, caps=True)
        _rule_under(left.paragraphs[-1])
        _para(left, f"Số: {report.number or '   '}", 13, align=center, space_after=0)
        _run(right.paragraphs[0], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, bold=True)
        _para(right, "Độc lập - Tự do - Hạnh phúc", 14, bold=True, align=center, space_after=0)
        _rule_under(right.paragraphs[-1])
    day = report.dated
    _para(
        right,
        f"{report.place}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}",
        14,
        italic=True,
        align=center,
        space_after=0,
    )


def _title(document, report, content):
    center = WD_ALIGN_PARAGRAPH.CENTER
    _para(document, "", space_after=6)
    _para(document, "BÁO CÁO", 16, bold=True, align=center, space_after=0)
    program = content.program
    number = f" số {program.number}" if program.number else ""
    _para(
        document,
        f"Kết quả thực hiện Chương trình hành động{number}",
        14,
        bold=True,
        align=center,
        space_after=0,
    )
    _para(document, f"({content.period.title})", 14, bold=True, align=center, space_after=0)
    _para(document, "-----", 14, align=center, space_after=6)


def _table(document, headings, rows, widths):
    table = document.add_table(rows=1, cols=len(headings))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, heading, width in zip(table.rows[0].cells, headings, widths, strict=True):
        _cell(cell, heading, 12, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell.width = Cm(width)
    for values in rows:
        cells = table.add_row().cells
        for index, (cell, value, width) in enumerate(zip(cells, values, widths, strict=True)):
            align = (
                WD_ALIGN_PARAGRAPH.CENTER
                if index in (0, len(values) - 1) and len(str(value)) < 12
                else WD_ALIGN_PARAGRAPH.LEFT
            )
            _cell(cell, str(value), 12, align=align)
            cell.width = Cm(width)
    _widths(table, widths)
    # the heading row repeats at the top of every page the table runs onto
    header_props = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header_props.append(repeat)
    return table


def build(report, content: PeriodContent) -> bytes:
    document = Document()
    _setup(document)
    _header(document, report, content)
    _title(document, report, content)

    _para(document, "I. ĐÁNH GIÁ CHUNG", bold=True)
    for text in report.overall.splitlines():
        if text.strip():
            _para(document, text.strip(), indent=True)

    _para(document, "II. KẾT QUẢ THỰC HIỆN THEO LĨNH VỰC", bold=True)
    for index, (area, items) in enumerate(content.by_area, 1):
        title = f"{area.number}. {area.title}" if area else f"{index}. Các nhiệm vụ khác"
        _para(document, title, bold=True, indent=True)
        for task, r in items:
            text = f"- Nhiệm vụ {task.number}: {r.results.strip() or task.name}"
            _para(
                document, f"{text} ({r.get_status_display().lower()}, {r.percent}%).", indent=True
            )
    _para(document, "Kết quả thực hiện các nhiệm vụ trọng tâm:", italic=True, indent=True)
    rows = []
    for task, r, _area in content.rows:
        status = (
            "Chưa báo cáo"
            if r is None or r.state != ReportState.ACCEPTED
            else r.get_status_display()
        )
        percent = "" if r is None or r.state != ReportState.ACCEPTED else r.percent
        rows.append(
            (
                task.number,
                task.name,
                task.lead.label if task.lead else task.lead_text,
                status,
                percent,
            )
        )
    _table(
        document,
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Tiến độ", "Tỷ lệ (%)"],
        rows,
        [1.0, 7.7, 3.2, 2.9, 1.7],
    )
    _para(document, "", space_after=3)
    _para(document, "Kết quả thực hiện các chỉ tiêu:", italic=True, indent=True)
    target_rows = []
    for i, t in enumerate(content.targets, 1):
        target = t["target"]
        goal = f"{target.comparison_symbol} {target.value_display} {target.unit}".strip()
        latest = "" if t["latest"] is None else f"{t['latest']:g}".replace(".", ",")
        target_rows.append(
            (
                i,
                target.indicator[:1].upper() + target.indicator[1:],
                goal,
                latest,
                VERDICTS.get(t["verdict"], ""),
            )
        )
    _table(
        document,
        ["TT", "Chỉ tiêu", "Mục tiêu", "Thực hiện", "Đánh giá"],
        target_rows,
        [1.0, 7.5, 3.0, 2.2, 2.8],
    )
    _para(document, "", space_after=3)

    _para(document, "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân:", italic=True, indent=True)
    areas = {area.path: f"{area.number}. {area.title}" for area in content.program.areas()}
    _para(document, feedback_sentence(content.feedback, areas), indent=True)

    _para(document, "III. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    _para(document, "1. Khó khăn, vướng mắc", bold=True, indent=True)
    for agency, number, text in content.difficulties or [("", 0, "Không có.")]:
        prefix = f"- {agency} (nhiệm vụ {number}): " if agency else "- "
        _para(document, prefix + text, indent=True)
    _para(document, "2. Đề xuất, kiến nghị", bold=True, indent=True)
    for agency, number, text in content.proposals or [("", 0, "Không có.")]:
        prefix = f"- {agency} (nhiệm vụ {number}): " if agency else "- "
        _para(document, prefix + text, indent=True)

    _para(document, "IV. NHIỆM VỤ TRỌNG TÂM KỲ TỚI", bold=True)
    for text in report.next_tasks.splitlines():
        if text.strip():
            _para(document, text.strip(), indent=True)

    _closing(document, report)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _closing(document, report):
    _para(document, "", space_after=6)
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    _widths(table, [8.5, 8.0])
    keep = OxmlElement("w:cantSplit")  # the signature block stays on one page
    table.rows[0]._tr.get_or_add_trPr().append(keep)
    left, right = table.rows[0].cells
    _run(left.paragraphs[0], "Nơi nhận:", 12, bold=True, italic=True)
    for line in report.recipients.splitlines():
        if line.strip():
            _para(
                left,
                f"- {line.strip().lstrip('- ')}",
                11,
                align=WD_ALIGN_PARAGRAPH.LEFT,
                space_after=0,
            )
    center = WD_ALIGN_PARAGRAPH.CENTER
    right.paragraphs[0].alignment = center
    _run(right.paragraphs[0], report.signer_on_behalf, 14, bold=True, caps=True)
    _para(right, report.signer_role, 14, bold=True, align=center, space_after=0, caps=True)
    for _ in range(3):
        _para(right, "", space_after=0)
    _para(right, report.signer_name, 14, bold=True, align=center, space_after=0)
