"""The consolidated report as a Word file, in the Party layout (Hướng dẫn 36-HD/VPTW) or
the State layout (Nghị định 30/2020/NĐ-CP): the header block, the narrative the Party Office
edited, the key-task and target tables of the period, "Nơi nhận" and the signature block."""

from __future__ import annotations

import io

from docx import Document

from hanhdong.exports import layout as lay
from hanhdong.exports.content import STANDING_LABELS, PeriodContent
from hanhdong.exports.models import DocumentKind, Layout, document_symbol
from hanhdong.exports.prose import feedback_sentence, quantity, upper_first
from hanhdong.exports.register import commune_words, letterhead_for
from hanhdong.targets.models import Recurrence

VERDICTS = {
    "achieved": "Đạt",
    "on_track": "Đúng hướng",
    "at_risk": "Có nguy cơ không đạt",
    "off_track": "Khó đạt",
    "no_data": "Chưa có số liệu",
}
TASK_COLUMNS = [1.0, 7.6, 3.2, 3.0, 1.7]
TARGET_COLUMNS = [1.0, 5.6, 2.8, 2.2, 2.3, 2.6]


def _number(program) -> str:
    return f" số {program.number}" if program.number else ""


def program_words(program) -> str:
    number = _number(program)
    dated = f", ngày {program.issued_on:%d/%m/%Y}" if program.issued_on else ""
    return f"Chương trình hành động{number}{dated}"


def _paragraphs(document, text: str, keep_last: bool = False) -> None:
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    for index, line in enumerate(lines, 1):
        lay.para(document, line, indent=True, keep_next=keep_last and index == len(lines))


def task_rows(content: PeriodContent) -> list[tuple]:
    rows = []
    for row in content.rows:
        report = row.accepted
        progress = report.get_status_display() if report else STANDING_LABELS[row.standing]
        rows.append(
            (
                str(row.task.number),
                row.task.name,
                row.agency,
                progress,
                str(report.percent) if report else "",
            )
        )
    return rows


def goal_words(target) -> str:
    goal = f"{target.comparison_symbol}\u00a0{quantity(target.value, target.unit)}"
    if target.recurrence == Recurrence.ANNUAL:
        return f"{goal} (hằng năm)"
    return f"{goal} (đến {target.year})" if target.year else goal


def target_rows(content: PeriodContent) -> list[tuple]:
    rows = []
    for index, row in enumerate(content.targets, 1):
        target = row.target
        verdict = VERDICTS.get(row.verdict, "")
        if row.pending is not None:
            verdict += (
                f"; số liệu {row.pending_period} ({quantity(row.pending, target.unit)}) chờ duyệt"
            )
        rows.append(
            (
                str(index),
                upper_first(target.indicator),
                goal_words(target),
                quantity(row.value, target.unit) if row.value is not None else "",
                row.value_period,
                verdict,
            )
        )
    return rows


def build(report, content: PeriodContent) -> bytes:
    party = report.layout == Layout.PARTY
    commune = content.commune
    document = Document()
    lay.setup(document)
    number = report.number or (report.entry.symbol if report.entry_id else "")
    if not number:  # not registered yet: the blank the issuing clerk fills in
        number = document_symbol(report.layout, DocumentKind.REPORT, None)
    head = letterhead_for(commune, report.layout, number=number, dated=report.dated)
    head.place = report.place or head.place
    lay.letterhead(document, head)
    program = content.program
    lay.title(
        document,
        "Báo cáo",
        [f"Kết quả thực hiện Chương trình hành động{_number(program)}", content.title],
        party=party,
    )
    issuer = "Ban Thường vụ Đảng ủy" if party else f"Ủy ban nhân dân {commune_words(commune)}"
    lay.para(
        document,
        f"Thực hiện {program_words(program)} của "
        f"{program.issuer_name or 'Ban Chấp hành Đảng bộ ' + commune_words(commune)}, "
        f"{issuer} báo cáo kết quả thực hiện {content.title} như sau:",
        indent=True,
    )

    lay.heading(document, "I", "Đánh giá chung", party=party)
    _paragraphs(document, report.overall)

    lay.heading(document, "II", "Kết quả thực hiện theo lĩnh vực", party=party)
    texts = report.areas or {}
    index = 0
    for area in [*content.areas, None]:
        text = texts.get(area.path if area else "", "")
        if not text.strip():
            continue
        index += 1
        title = area.title if area else "Các nhiệm vụ khác"
        lay.para(
            document,
            f"{index}. {upper_first(title)}",
            bold=True,
            indent=True,
            keep_next=True,
            align=lay.LEFT_ALIGN,
        )
        _paragraphs(document, text)
    lay.para(
        document,
        f"{index + 1}. Kết quả thực hiện các nhiệm vụ trọng tâm và chỉ tiêu",
        bold=True,
        indent=True,
        keep_next=True,
        align=lay.LEFT_ALIGN,
    )
    lay.para(
        document,
        f"Kết quả thực hiện các nhiệm vụ trọng tâm ({content.title}):",
        italic=True,
        indent=True,
        keep_next=True,
    )
    lay.grid_table(
        document,
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Tiến độ", "Tỷ lệ (%)"],
        task_rows(content),
        TASK_COLUMNS,
        center=(0, 4),
    )
    lay.para(document, "", space_after=0)
    lay.para(
        document,
        f"Kết quả thực hiện các chỉ tiêu (số liệu được duyệt đến ngày "
        f"{content.period.cutoff_on:%d/%m/%Y}):",
        italic=True,
        indent=True,
        keep_next=True,
    )
    lay.grid_table(
        document,
        ["TT", "Chỉ tiêu", "Mục tiêu", "Thực hiện", "Kỳ số liệu", "Đánh giá"],
        target_rows(content),
        TARGET_COLUMNS,
        center=(0, 3),
    )
    lay.para(document, "", space_after=0)
    lay.para(
        document,
        f"{index + 2}. Tiếp nhận, xử lý phản ánh, kiến nghị của người dân",
        bold=True,
        indent=True,
        keep_next=True,
        align=lay.LEFT_ALIGN,
    )
    areas = {a.path: f"{a.number}. {a.title}" for a in content.areas}
    lay.para(document, feedback_sentence(content.feedback, areas), indent=True)

    lay.heading(document, "III", "Khó khăn, vướng mắc và đề xuất, kiến nghị", party=party)
    lay.para(
        document,
        "1. Khó khăn, vướng mắc",
        bold=True,
        indent=True,
        keep_next=True,
        align=lay.LEFT_ALIGN,
    )
    _paragraphs(document, report.difficulties or "Các cơ quan, đơn vị không nêu khó khăn.")
    lay.para(
        document,
        "2. Đề xuất, kiến nghị",
        bold=True,
        indent=True,
        keep_next=True,
        align=lay.LEFT_ALIGN,
    )
    _paragraphs(document, report.proposals or "Các cơ quan, đơn vị không có đề xuất.")

    lay.heading(document, "IV", "Nhiệm vụ trọng tâm kỳ tới", party=party)
    _paragraphs(document, report.next_tasks, keep_last=True)  # the signature never alone

    lay.closing(
        document,
        report.layout,
        report.recipients.splitlines(),
        lay.Signature(report.signer_on_behalf, report.signer_role, report.signer_name),
    )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
