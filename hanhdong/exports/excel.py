"""Excel out (the key-task table, targets by period, who reported when) and Excel in (an
agency's filled-in report template, every row checked before anything is saved)."""

from __future__ import annotations

import io
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from hanhdong.exports.content import STANDING_LABELS, gather
from hanhdong.exports.register import commune_words
from hanhdong.lib.periods import normal_title
from hanhdong.lib.text import clean_text
from hanhdong.reports.calendar import owes
from hanhdong.reports.models import (
    HANDED_IN,
    ProgressReport,
    ReportingKind,
    ReportingPeriod,
    ReportState,
    TargetValue,
    TaskStatus,
)

HEADER_FILL = PatternFill("solid", fgColor="DDE3EA")
TEMPLATE_HEADINGS = [
    "STT",
    "Nhiệm vụ",
    "Tiến độ",
    "Tỷ lệ (%)",
    "Kết quả thực hiện",
    "Khó khăn, vướng mắc",
    "Đề xuất, kiến nghị",
]


TITLE_ROWS = 5  # body, program, period, date of export, legend; then the heading row
INTEGER, DECIMAL = "#,##0", "#,##0.0##"  # shown with the reader's (Vietnamese) separators
VERDICTS = {
    "achieved": "Đạt",
    "on_track": "Đúng hướng",
    "at_risk": "Có nguy cơ không đạt",
    "off_track": "Khó đạt",
    "no_data": "Chưa có số liệu",
}
PENDING_FONT = Font(italic=True, color="7F7F7F")
# among periods whose figures end the same day, the shorter first (Quý II, then 6 tháng)
KIND_RANK = [
    ReportingKind.MONTH,
    ReportingKind.QUARTER,
    ReportingKind.HALF,
    ReportingKind.NINE,
    ReportingKind.YEAR,
]


def _number_format(value) -> str:
    return INTEGER if float(value) == int(value) else DECIMAL


def _plain(value):
    """A number stays a number (a whole one an int); text is cleaned."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return clean_text(value) if isinstance(value, str) else value


def _titles(sheet, lines: list[str], columns: int) -> None:
    """The title rows above the table: each merged across it, the first bold."""
    for index, line in enumerate(lines, 1):
        sheet.cell(index, 1, clean_text(line))
        sheet.cell(index, 1).font = Font(bold=index == 1, italic=index >= 4, size=12)
        sheet.cell(index, 1).alignment = Alignment(horizontal="left", vertical="center")
        if columns > 1:
            sheet.merge_cells(start_row=index, start_column=1, end_row=index, end_column=columns)


def _sheet(sheet, headings, rows, widths, titles=(), formats=None):
    """A table under its title rows: the heading row bold and shaded, frozen, filtered and
    printed on every page; ``formats`` the number format of columns by index."""
    top = len(titles) + 1 if titles else 1
    if titles:
        _titles(sheet, [*titles, *[""] * (TITLE_ROWS - len(titles))], len(headings))
        top = TITLE_ROWS + 1
    for column, heading in enumerate(headings, 1):
        cell = sheet.cell(top, column, heading)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for offset, row in enumerate(rows, 1):
        for column, value in enumerate(row, 1):
            style = None
            if isinstance(value, tuple):  # (value, font): a figure awaiting acceptance
                value, style = value
            cell = sheet.cell(top + offset, column, _plain(value))
            if style is not None:
                cell.font = style
    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in sheet.iter_rows(min_row=top + 1, max_row=top + len(rows)):
        lines = 1
        for cell, width in zip(row, widths, strict=False):
            number = isinstance(cell.value, int | float)
            cell.alignment = Alignment(
                wrap_text=not number, vertical="top", horizontal="right" if number else None
            )
            if number:
                cell.number_format = (formats or {}).get(cell.column - 1) or _number_format(
                    cell.value
                )
            text = "" if cell.value is None else str(cell.value)
            lines = max(lines, -(-len(text) // max(int(width * 1.1), 1)))
        # a height for the wrapped text: not every program recomputes it on opening
        sheet.row_dimensions[row[0].row].height = 15 * lines
    sheet.freeze_panes = f"A{top + 1}"
    last = get_column_letter(len(headings))
    sheet.auto_filter.ref = f"A{top}:{last}{top + max(len(rows), 1)}"
    # printed: landscape A4, as wide as the page, the heading row on every page
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.print_title_rows = f"{top}:{top}"


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def program_workbook(program, period, content=None) -> bytes:
    """Three sheets under the same title rows (body, program, period, date of export): the
    key tasks with their report for ``period``, the targets' accepted values by period up to
    it, and who handed in their reports when (agency × period, up to it)."""
    content = content or gather(period)
    commune = program.commune
    title = normal_title(period.title)
    number = f" số {program.number}" if program.number else ""
    titles = [
        f"ĐẢNG ỦY {commune_words(commune).upper()}",
        f"Chương trình hành động{number}: {program.title}",
        f"Kỳ báo cáo: {title} (số liệu được duyệt đến ngày {period.cutoff_on:%d/%m/%Y})",
        f"Xuất ngày {timezone.localdate():%d/%m/%Y}",
    ]
    book = Workbook()
    due = {row.task.pk: row for row in content.rows}
    tasks = list(program.key_tasks.filter(is_withdrawn=False).select_related("lead"))
    sheet = book.active
    sheet.title = "Nhiệm vụ trọng tâm"
    rows = []
    for t in tasks:
        row = due.get(t.pk)
        report = row.accepted if row else None
        if row is None:
            standing = "Không phải báo cáo kỳ này"
        elif report is not None:
            standing = "Đã duyệt"
        else:
            standing = STANDING_LABELS[row.standing]
        rows.append(
            (
                t.number,
                t.name,
                t.lead.label if t.lead else t.lead_text,
                t.partners_text,
                t.start_text,
                t.end_text,
                t.resources,
                standing,
                report.get_status_display() if report else "",
                report.percent if report else None,
            )
        )
    _sheet(
        sheet,
        [
            "STT",
            "Tên nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian triển khai",
            "Thời gian hoàn thành",
            "Nguồn lực thực hiện",
            f"Báo cáo {title}",
            "Tiến độ",
            "Tỷ lệ hoàn thành (%)",
        ],
        rows,
        [6, 60, 22, 22, 16, 16, 22, 18, 18, 12],
        titles=titles,
        formats={0: "0", 9: "0"},
    )

    periods = sorted(
        ReportingPeriod.objects.filter(program=program, cutoff_on__lte=period.cutoff_on).exclude(
            kind=ReportingKind.ADHOC
        ),
        key=lambda p: (p.cutoff_on, KIND_RANK.index(p.kind)),
    )
    values = {}
    for value in TargetValue.objects.filter(
        target__program=program,
        target__is_withdrawn=False,
        period__in=periods,
        report__state__in=HANDED_IN,
    ).select_related("report"):
        accepted = value.report.state == ReportState.ACCEPTED
        values[value.target_id, value.period_id] = (
            value.value
            if accepted
            else (
                value.value,
                PENDING_FONT,
            )
        )
    used = [p for p in periods if any(key[1] == p.pk for key in values)]
    latest = {t.target.pk: t for t in content.targets}
    targets = list(program.targets.current().order_by("position"))
    _sheet(
        book.create_sheet("Chỉ tiêu"),
        [
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "So sánh",
            "Mục tiêu",
            "Thời hạn",
            *[normal_title(p.title) for p in used],
            f"Thực hiện đến {title}",
            "Đánh giá",
        ],
        [
            (
                index,
                _upper_first(t.indicator),
                t.unit,
                t.comparison_symbol,
                t.value,
                t.when_display,
                *[values.get((t.pk, p.pk)) for p in used],
                latest[t.pk].value if t.pk in latest else None,
                VERDICTS.get(latest[t.pk].verdict, "") if t.pk in latest else "",
            )
            for index, t in enumerate(targets, 1)
        ],
        [6, 50, 14, 9, 11, 12, *[12] * len(used), 14, 18],
        titles=[*titles, "Số in nghiêng: số liệu đã nộp, chưa được duyệt."],
        formats={0: "0"},
    )

    past = periods[-12:]
    handed = {
        (r.task_id, r.period_id): r
        for r in ProgressReport.objects.filter(period__in=past, state__in=HANDED_IN)
    }
    agencies = {}
    for t in tasks:
        agencies.setdefault(t.lead.label if t.lead else t.lead_text or "—", []).append(t)
    matrix = []
    for agency, agency_tasks in sorted(agencies.items()):
        row = [agency]
        for p in past:
            owing = [t for t in agency_tasks if owes(t, p)]
            if not owing:
                row.append("")
                continue
            done = [handed.get((t.pk, p.pk)) for t in owing]
            if any(d is None for d in done):
                row.append(f"Chưa nộp {sum(d is None for d in done)}/{len(owing)}")
            elif any(d.submitted_at and d.submitted_at.date() > p.due_on for d in done):
                row.append("Nộp muộn")
            else:
                row.append("Đúng hạn")
        matrix.append(row)
    _sheet(
        book.create_sheet("Tình hình nộp báo cáo"),
        ["Cơ quan", *[normal_title(p.title) for p in past]],
        matrix,
        [30, *[14] * len(past)],
        titles=titles,
    )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def template(period, agency, tasks) -> bytes:
    """The agency's report template for ``period``: one row per task it owes."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Báo cáo"
    labels = [str(label) for _value, label in TaskStatus.choices]
    _sheet(
        sheet,
        TEMPLATE_HEADINGS,
        [(t.number, t.name, None, None, None, None, None) for t in tasks],
        [6, 50, 20, 10, 50, 35, 35],
    )
    rule = DataValidation(type="list", formula1='"' + ",".join(labels) + '"', allow_blank=True)
    sheet.add_data_validation(rule)
    rule.add(f"C2:C{len(tasks) + 1}")
    meta = book.create_sheet("_hanhdong")
    meta.append(["period", period.pk])
    meta.append(["agency", agency.pk])
    meta.sheet_state = "hidden"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def read_template(data: bytes, period, tasks) -> list[dict]:
    """Rows of a filled template, each checked; raises ValidationError listing every bad row."""
    try:
        book = load_workbook(io.BytesIO(data), data_only=True)
    except Exception:  # openpyxl raises several kinds on a file that is not a workbook
        raise ValidationError(_("This file is not an Excel workbook (.xlsx).")) from None
    if "_hanhdong" in book.sheetnames:
        meta = dict(book["_hanhdong"].iter_rows(values_only=True))
        if meta.get("period") != period.pk:
            raise ValidationError(_("This template is for another reporting period."))
    sheet = book.worksheets[0]
    headings = [c.value for c in sheet[1]]
    if headings[: len(TEMPLATE_HEADINGS)] != TEMPLATE_HEADINGS:
        raise ValidationError(_("The columns are not those of the template; download it again."))
    by_label = {str(label): value for value, label in TaskStatus.choices}
    by_number = {t.number: t for t in tasks}
    rows, errors = [], []
    for index, cells in enumerate(sheet.iter_rows(min_row=2, values_only=True), 2):
        number, _name, status, percent, results, difficulties, proposals = (
            list(cells) + [None] * 7
        )[:7]
        if number is None and not any(cells):
            continue
        problems = []
        task = by_number.get(number if isinstance(number, int) else None)
        if task is None:
            problems.append(
                _("key task %(n)s is not one your agency reports on this period") % {"n": number}
            )
        if status not in by_label:
            problems.append(_("choose the progress from the list"))
        if not isinstance(percent, int | float) or not 0 <= percent <= 100:
            problems.append(_("the percent complete is a number from 0 to 100"))
        if not (results or "").strip():
            problems.append(_("the results are empty"))
        if problems:
            errors.append(
                _("Row %(row)s: %(problems)s.") % {"row": index, "problems": "; ".join(problems)}
            )
            continue
        rows.append(
            {
                "task": task,
                "status": by_label[status],
                "percent": int(percent),
                "results": str(results).strip(),
                "difficulties": str(difficulties or ""),
                "proposals": str(proposals or ""),
            }
        )
    if errors:
        raise ValidationError(errors)
    if not rows:
        raise ValidationError(_("The template has no filled row."))
    return rows
