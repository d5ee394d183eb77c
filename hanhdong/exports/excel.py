"""Excel out (the key-task table, targets by period, who reported when) and Excel in (an
agency's filled-in report template, every row checked before anything is saved)."""

from __future__ import annotations

import io

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from hanhdong.lib.text import clean_text
from hanhdong.reports.calendar import owes
from hanhdong.reports.models import (
    ProgressReport,
    ReportingKind,
    ReportingPeriod,
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


def _sheet(sheet, headings, rows, widths):
    sheet.append(headings)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for row in rows:
        sheet.append([clean_text(v) if isinstance(v, str) else v for v in row])
    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in sheet.iter_rows(min_row=2):
        lines = 1
        for cell, width in zip(row, widths, strict=False):
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            text = "" if cell.value is None else str(cell.value)
            lines = max(lines, -(-len(text) // max(int(width * 1.1), 1)))
        # a height for the wrapped text: not every program recomputes it on opening
        sheet.row_dimensions[row[0].row].height = 15 * lines
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    # printed: landscape A4, as wide as the page, the heading row on every page
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.print_title_rows = "1:1"


def program_workbook(program, period) -> bytes:
    """Three sheets: key tasks with their status in ``period``, targets' values by period,
    and the submission matrix (agency × period)."""
    book = Workbook()
    tasks = list(program.key_tasks.filter(is_withdrawn=False).select_related("lead"))
    reports = {r.task_id: r for r in ProgressReport.objects.filter(period=period)}
    sheet = book.active
    sheet.title = "Nhiệm vụ trọng tâm"
    rows = []
    for t in tasks:
        r = reports.get(t.pk)
        handed = r is not None and r.is_handed_in
        rows.append(
            (
                t.number,
                t.name,
                t.lead_text,
                t.partners_text,
                t.start_text,
                t.end_text,
                t.resources,
                r.get_status_display() if handed else "Chưa báo cáo",
                r.percent if handed else None,
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
            f"Tiến độ ({period.title})",
            "Tỷ lệ (%)",
        ],
        rows,
        [6, 60, 22, 22, 16, 16, 22, 20, 10],
    )

    periods = list(
        ReportingPeriod.objects.filter(program=program)
        .exclude(kind=ReportingKind.ADHOC)
        .order_by("due_on")
    )
    values = {
        (v.target_id, v.period_id): float(v.value)
        for v in TargetValue.objects.filter(target__program=program, target__is_withdrawn=False)
    }
    used = [p for p in periods if any(key[1] == p.pk for key in values)]
    targets = list(program.targets.current().order_by("position"))
    _sheet(
        book.create_sheet("Chỉ tiêu"),
        ["Chỉ tiêu", "Đơn vị", "Mục tiêu", "Thời hạn", *[p.title for p in used]],
        [
            (
                t.indicator,
                t.unit,
                f"{t.comparison_symbol} {t.value_display}",
                t.when_display,
                *[values.get((t.pk, p.pk)) for p in used],
            )
            for t in targets
        ],
        [50, 14, 12, 12, *[12] * len(used)],
    )

    past = [p for p in periods if p.starts_on <= period.due_on][-12:]
    handed = {
        (r.task_id, r.period_id): r
        for r in ProgressReport.objects.filter(period__in=past, state__in=["submitted", "accepted"])
    }
    agencies = {}
    for t in tasks:
        agencies.setdefault(t.lead_text or "—", []).append(t)
    matrix = []
    for agency, agency_tasks in sorted(agencies.items()):
        row = [agency]
        for p in past:
            due = [t for t in agency_tasks if owes(t, p)]
            if not due:
                row.append("")
                continue
            done = [handed.get((t.pk, p.pk)) for t in due]
            if any(d is None for d in done):
                row.append(f"Chưa nộp {sum(d is None for d in done)}/{len(due)}")
            elif any(d.submitted_at and d.submitted_at.date() > p.due_on for d in done):
                row.append("Nộp muộn")
            else:
                row.append("Đúng hạn")
        matrix.append(row)
    _sheet(
        book.create_sheet("Tình hình nộp báo cáo"),
        ["Cơ quan", *[p.title for p in past]],
        matrix,
        [30, *[14] * len(past)],
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
