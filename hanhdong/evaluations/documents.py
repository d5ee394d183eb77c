"""The evaluations' documents in the Party layout (``exports.layout``): a rating sheet
(phiếu đánh giá, xếp loại) per collective or head, the summary table (bảng tổng hợp) of
the round, both in Word and Excel, and the board's submission (tờ trình) to the Standing
Committee."""

from __future__ import annotations

import io
from decimal import Decimal

from django.utils import timezone
from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from hanhdong.evaluations.models import Band, Group, SubjectKind
from hanhdong.exports import layout as lay
from hanhdong.exports.models import Layout
from hanhdong.exports.register import commune_words, place_of
from hanhdong.orgs.models import Organization, OrgKind

BAND_WORDS = {
    Band.EXCELLENT: "Hoàn thành xuất sắc nhiệm vụ",
    Band.GOOD: "Hoàn thành tốt nhiệm vụ",
    Band.DONE: "Hoàn thành nhiệm vụ",
    Band.NOT_DONE: "Không hoàn thành nhiệm vụ",
}
GROUP_WORDS = {
    Group.GENERAL: "Tiêu chí chung",
    Group.RESULTS: "Kết quả thực hiện nhiệm vụ",
    Group.BONUS: "Điểm thưởng",
    Group.DEDUCTION: "Điểm trừ",
    Group.INDICATOR: "Chỉ tiêu",
}
ROMAN = ["I", "II", "III", "IV", "V"]
HEADER_FILL = PatternFill("solid", fgColor="DDE3EA")
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def points(value) -> str:
    """ "7,5" as Vietnamese write a number; "" for none."""
    if value is None:
        return ""
    value = Decimal(value)
    text = f"{value.normalize():f}" if value != value.to_integral_value() else f"{int(value)}"
    return text.replace(".", ",")


def band_words(band: str) -> str:
    return BAND_WORDS.get(band, "")


def _board_name(commune) -> str:
    board = Organization.objects.in_commune(commune).filter(kind=OrgKind.PARTY_BOARD).first()
    return board.name if board else "Ban Xây dựng Đảng"


def _letterhead(commune, body: str, number, dated):
    return lay.Letterhead(
        layout=Layout.PARTY,
        body=body,
        place=place_of(commune),
        dated=dated,
        higher_body=f"Đảng bộ {commune_words(commune)}",
        number=number,
    )


def _save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def sheet_rows(rating) -> list[list[str]]:
    """The sheet's table: a row per group (I, II …), then its criteria."""
    scores = list(rating.scores.select_related("criterion"))
    rows = []
    for index, group in enumerate(
        [g for g in Group if any(s.criterion.group == g for s in scores)]
    ):
        mine = [s for s in scores if s.criterion.group == group]
        top = sum((s.criterion.points for s in mine), Decimal(0))
        rows.append([ROMAN[index], GROUP_WORDS[group].upper(), points(top), "", "", ""])
        for number, s in enumerate(mine, 1):
            rows.append(
                [
                    str(number),
                    s.criterion.text,
                    points(s.criterion.points),
                    points(s.computed),
                    points(s.self_points),
                    points(s.board_points),
                ]
            )
    rows.append(
        [
            "",
            "TỔNG ĐIỂM (chung + kết quả + thưởng − trừ)",
            points(rating.criteria_set.total_points),
            "",
            points(rating.self_total),
            points(rating.proposed_total),
        ]
    )
    return rows


def sheet_docx(rating) -> bytes:
    """The rating sheet of one collective or head, in the Party layout."""
    round_, commune = rating.round, rating.round.commune
    document = Document()
    lay.setup(document)
    body = rating.organization.name
    dated = timezone.localdate()
    lay.letterhead(document, _letterhead(commune, body, None, dated))
    who = "TẬP THỂ" if rating.kind == SubjectKind.COLLECTIVE else "CÁ NHÂN"
    lay.title(
        document,
        "Phiếu đánh giá, xếp loại chất lượng",
        [f"{who} NĂM {round_.year}"],
    )
    name = (
        rating.name
        if rating.kind == SubjectKind.COLLECTIVE
        else (f"Họ và tên: {rating.name}; chức vụ: {rating.title}")
    )
    lay.para(
        document,
        f"{'Tên tập thể: ' if rating.kind == SubjectKind.COLLECTIVE else ''}{name}.",
        indent=True,
    )
    criteria_set = rating.criteria_set
    lay.para(
        document,
        f"Căn cứ {criteria_set.name.lower()} ({criteria_set.basis or 'bộ tiêu chí của Đảng ủy'}, "
        f"phiên bản {criteria_set.version}); thang điểm {points(criteria_set.total_points)}: "
        f"tiêu chí chung {points(criteria_set.general_points)} điểm, kết quả thực hiện nhiệm vụ "
        f"{points(criteria_set.results_points)} điểm.",
        indent=True,
    )
    rows = sheet_rows(rating)
    table = lay.grid_table(
        document,
        ["TT", "Tiêu chí", "Điểm tối đa", "Tính từ dữ liệu", "Tự chấm", "Ban XDĐ đề xuất"],
        rows,
        [1.0, 7.3, 1.8, 2.1, 1.9, 2.4],
        size=12,
        center=(0, 2, 3, 4, 5),
    )
    for row, values in zip(table.rows[1:], rows, strict=True):
        if values[0] in ROMAN or not values[0]:  # a group's row, the total
            for cell in row.cells:
                for text_run in cell.paragraphs[0].runs:
                    text_run.bold = True
    lay.para(document, "", space_after=0)
    lay.para(
        document,
        f"Tự xếp loại: {band_words(rating.self_band) or '…'}.",
        indent=True,
        bold=True,
    )
    if rating.self_comment:
        lay.para(document, f"Tự nhận xét: {rating.self_comment}", indent=True)
    if rating.proposed_band:
        lay.para(
            document,
            f"Ban Xây dựng Đảng đề xuất: {band_words(rating.proposed_band)}"
            + (f" — {rating.board_comment.rstrip('.')}" if rating.board_comment else "")
            + ".",
            indent=True,
        )
    if rating.decided_band:
        lay.para(
            document,
            f"Ban Thường vụ Đảng ủy quyết định: {band_words(rating.decided_band)}.",
            indent=True,
            bold=True,
        )
    signer = "Người đứng đầu" if rating.kind == SubjectKind.COLLECTIVE else "Người tự đánh giá"
    person = rating.name if rating.kind == SubjectKind.INDIVIDUAL else ""
    lay.para(document, "", space_after=0, keep_next=True)
    table = document.add_table(rows=1, cols=2)
    lay.no_borders(table)
    lay.widths(table, [7.5, lay.TEXT_WIDTH - 7.5])
    lay.keep_row(table.rows[0])
    right = table.rows[0].cells[1]
    lay.cell_para(right, signer, 14, bold=True, caps=True)
    lay.cell_para(right, "(Ký, ghi rõ họ tên)", 13, italic=True)
    for _ in range(3):
        lay.cell_para(right, "", 14)
    lay.cell_para(right, person, 14, bold=True)
    return _save(document)


def summary_rows(round_) -> list[tuple[str, list[list[str]]]]:
    """(heading, rows) for collectives and individuals."""
    parts = []
    ratings = list(round_.ratings.select_related("organization"))
    for kind, heading in (
        (SubjectKind.COLLECTIVE, "Tập thể"),
        (SubjectKind.INDIVIDUAL, "Cá nhân người đứng đầu"),
    ):
        mine = [r for r in ratings if r.kind == kind]
        if not mine:
            continue
        rows = []
        for number, r in enumerate(mine, 1):
            name = r.name if kind == SubjectKind.COLLECTIVE else f"{r.name} ({r.title})"
            rows.append(
                [
                    str(number),
                    name,
                    points(r.self_total),
                    band_words(r.self_band),
                    points(r.proposed_total),
                    band_words(r.proposed_band),
                    band_words(r.decided_band),
                ]
            )
        parts.append((heading, rows))
    return parts


def _band_counts(round_) -> list[str]:
    lines = []
    ratings = list(round_.ratings.all())
    for kind, word in ((SubjectKind.COLLECTIVE, "tập thể"), (SubjectKind.INDIVIDUAL, "cá nhân")):
        mine = [r for r in ratings if r.kind == kind]
        if not mine:
            continue
        counts = []
        for band in Band:
            n = sum((r.decided_band or r.proposed_band) == band for r in mine)
            share = round(100 * n / len(mine), 1)
            counts.append(f"{band_words(band).lower()}: {n} ({points(Decimal(str(share)))}%)")
        lines.append(f"Về {word} ({len(mine)}): " + "; ".join(counts) + ".")
    return lines


HEADINGS = [
    "TT",
    "Tập thể, cá nhân",
    "Tự chấm (điểm)",
    "Tự xếp loại",
    "Ban XDĐ đề xuất (điểm)",
    "Ban XDĐ đề xuất xếp loại",
    "BTV quyết định",
]


def summary_docx(round_) -> bytes:
    commune = round_.commune
    document = Document()
    lay.setup(document)
    lay.letterhead(document, _letterhead(commune, _board_name(commune), None, timezone.localdate()))
    lay.title(
        document,
        "Bảng tổng hợp",
        [f"kết quả đánh giá, xếp loại chất lượng năm {round_.year}"],
    )
    for index, (heading, rows) in enumerate(summary_rows(round_)):
        lay.para(
            document,
            f"{ROMAN[index]}. {heading.upper()}",
            bold=True,
            keep_next=True,
            align=lay.LEFT_ALIGN,
        )
        lay.grid_table(
            document, HEADINGS, rows, [0.9, 4.6, 1.6, 2.6, 1.7, 2.6, 2.5], size=11, center=(0, 2, 4)
        )
        lay.para(document, "", space_after=0)
    for line in _band_counts(round_):
        lay.para(document, line, indent=True)
    lay.closing(
        document,
        Layout.PARTY,
        ["Ban Thường vụ Đảng ủy", "Lưu Ban Xây dựng Đảng"],
        lay.Signature(f"T/M {_board_name(commune)}", "Trưởng ban", ""),
    )
    return _save(document)


def _table(sheet, top: int, headings, rows, widths_) -> int:
    """A bordered table at row ``top``: the heading row bold and shaded, the numbers as
    numbers, each row as tall as its wrapped text (not every program works it out)."""
    for column, heading in enumerate(headings, 1):
        cell = sheet.cell(top, column, heading)
        cell.font, cell.fill, cell.border = Font(bold=True), HEADER_FILL, BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    sheet.row_dimensions[top].height = 15 * max(
        -(-len(h) // max(int(w * 1.1), 1)) for h, w in zip(headings, widths_, strict=True)
    )
    for offset, row in enumerate(rows, 1):
        lines = 1
        for column, value in enumerate(row, 1):
            number = column > 2 and bool(value) and value.replace(",", "").isdigit()
            cell = sheet.cell(
                top + offset, column, float(value.replace(",", ".")) if number else value
            )
            cell.border = BOX
            cell.alignment = Alignment(
                wrap_text=not number, vertical="top", horizontal="right" if number else None
            )
            if number:
                cell.number_format = "0" if "," not in value else "0.00"
            width = widths_[column - 1]
            lines = max(lines, -(-len(str(value)) // max(int(width * 1.1), 1)))
        if row and row[0] in ROMAN or (row and not row[0]):
            for column in range(1, len(row) + 1):
                sheet.cell(top + offset, column).font = Font(bold=True)
        sheet.row_dimensions[top + offset].height = 15 * lines
    for index, width in enumerate(widths_, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    return top + len(rows) + 2


def _titles(sheet, lines, columns: int) -> None:
    for index, line in enumerate(lines, 1):
        cell = sheet.cell(index, 1, line)
        cell.font = Font(bold=index <= 2, size=13 if index == 2 else 12)
        cell.alignment = Alignment(horizontal="center")
        sheet.merge_cells(start_row=index, start_column=1, end_row=index, end_column=columns)


def _print(sheet, landscape=True) -> None:
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0


def summary_xlsx(round_) -> bytes:
    commune = round_.commune
    book = Workbook()
    sheet = book.active
    sheet.title = f"Tổng hợp {round_.year}"
    _titles(
        sheet,
        [
            f"ĐẢNG BỘ {commune_words(commune).upper()} — {_board_name(commune).upper()}",
            f"BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG NĂM {round_.year}",
            f"Lập ngày {timezone.localdate():%d/%m/%Y}",
        ],
        len(HEADINGS),
    )
    top = 5
    for heading, rows in summary_rows(round_):
        sheet.cell(top, 1, heading).font = Font(bold=True)
        top = _table(sheet, top + 1, HEADINGS, rows, [6, 44, 12, 28, 14, 28, 28])
    for line in _band_counts(round_):
        sheet.cell(top, 1, line)
        top += 1
    sheet.freeze_panes = "A5"
    _print(sheet)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def sheet_xlsx(rating) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Phiếu đánh giá"
    _titles(
        sheet,
        [
            rating.organization.name.upper(),
            f"PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG NĂM {rating.round.year}",
            rating.name
            if rating.kind == SubjectKind.COLLECTIVE
            else f"{rating.name} — {rating.title}",
        ],
        6,
    )
    top = _table(
        sheet,
        5,
        ["TT", "Tiêu chí", "Điểm tối đa", "Tính từ dữ liệu", "Tự chấm", "Ban XDĐ đề xuất"],
        sheet_rows(rating),
        [6, 60, 12, 14, 12, 16],
    )
    sheet.cell(top, 2, f"Tự xếp loại: {band_words(rating.self_band) or '…'}")
    if rating.proposed_band:
        sheet.cell(top + 1, 2, f"Ban Xây dựng Đảng đề xuất: {band_words(rating.proposed_band)}")
    if rating.decided_band:
        sheet.cell(top + 2, 2, f"Ban Thường vụ quyết định: {band_words(rating.decided_band)}")
    _print(sheet, landscape=False)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def proposal_docx(round_) -> bytes:
    """The board's submission (tờ trình) to the Standing Committee: what was done, the
    bands proposed, the counts against the quota, what it asks the Committee to decide."""
    commune = round_.commune
    board = _board_name(commune)
    document = Document()
    lay.setup(document)
    dated = round_.proposed_on or timezone.localdate()
    lay.letterhead(document, _letterhead(commune, board, "     -TTr/BXDĐ", dated))
    lay.title(
        document,
        "Tờ trình",
        [f"về kết quả đánh giá, xếp loại chất lượng tập thể, cá nhân năm {round_.year}"],
    )
    lay.para(document, "Kính gửi: Ban Thường vụ Đảng ủy.", align=lay.CENTER, space_after=8)
    cs = round_.collective_set
    lay.para(
        document,
        f"Căn cứ {cs.basis or 'quy định hiện hành'} và {cs.name.lower()} (phiên bản "
        f"{cs.version}); căn cứ kết quả thực hiện Chương trình hành động của Đảng bộ năm "
        f"{round_.year} trên hệ thống theo dõi (nhiệm vụ hoàn thành đúng hạn, chỉ tiêu đạt, "
        "báo cáo đúng hạn, phản ánh của người dân được trả lời đúng hạn và mức độ hài lòng, "
        f"kiến nghị sau kiểm tra, giám sát được khắc phục), {board} đã hướng dẫn các tập thể, "
        "cá nhân tự đánh giá, xếp loại và thẩm định kết quả như sau:",
        indent=True,
    )
    ratings = list(round_.ratings.all())
    for index, (kind, heading) in enumerate(
        [
            (SubjectKind.COLLECTIVE, "Về tập thể"),
            (SubjectKind.INDIVIDUAL, "Về cá nhân người đứng đầu"),
        ]
    ):
        mine = [r for r in ratings if r.kind == kind]
        if not mine:
            continue
        lay.para(
            document,
            f"{index + 1}. {heading} ({len(mine)})",
            bold=True,
            indent=True,
            keep_next=True,
        )
        for band in Band:
            chosen = [r for r in mine if r.proposed_band == band]
            if not chosen:
                continue
            names = "; ".join(
                f"{r.name}{f' ({r.title})' if r.title else ''}: {points(r.proposed_total)} điểm"
                for r in chosen
            )
            lay.para(
                document,
                f"- Đề xuất xếp loại “{band_words(band).lower()}” ({len(chosen)}): {names}.",
                indent=True,
                space_after=2,
            )
    for line in _band_counts(round_):
        lay.para(document, line, indent=True)
    lay.para(
        document,
        f"Số được đề xuất xếp loại “hoàn thành xuất sắc nhiệm vụ” không vượt quá "
        f"{points(cs.quota_percent)}% số được xếp loại “hoàn thành tốt nhiệm vụ” trở lên, "
        "theo quy định.",
        indent=True,
    )
    if round_.proposal_note:
        lay.para(document, round_.proposal_note, indent=True)
    lay.para(
        document,
        f"{board} kính trình Ban Thường vụ Đảng ủy xem xét, quyết định./.",
        indent=True,
        keep_next=True,
    )
    lay.closing(
        document,
        Layout.PARTY,
        ["Như trên", "Lưu Ban Xây dựng Đảng"],
        lay.Signature(f"T/M {board}", "Trưởng ban", ""),
    )
    return _save(document)
