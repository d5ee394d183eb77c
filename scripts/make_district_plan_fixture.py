"""Writes hanhdong/imports/tests/data/huyen_dak_song_kh.docx: a district People's Committee's
plan for one year (State layout) whose targets stand in a table in the text ("STT | Chỉ tiêu |
Đơn vị tính | Ước thực hiện năm 2024 | Kế hoạch năm 2025") and whose key-task table groups its
rows under numbered headings with "-" rows beneath. Invented content. Needs python-docx."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_lib import (  # noqa: E402
    WD_ALIGN_PARAGRAPH,
    cell_text,
    grid_borders,
    landscape_section,
    layout_table,
    new_document,
    paragraph,
    row_flag,
    save_docx,
    set_widths,
)

OUT = Path(__file__).resolve().parent.parent / "hanhdong/imports/tests/data"
C, J, L = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT

TARGETS = [
    ("I", "CHỈ TIÊU KINH TẾ", "", "", ""),
    ("1", "Tốc độ tăng trưởng giá trị sản xuất", "%", "8,2", "8,5"),
    ("2", "Thu nhập bình quân đầu người", "Triệu đồng/người/năm", "58", "62"),
    ("3", "Diện tích cây cà phê được tái canh", "ha", "410", "450"),
    ("II", "CHỈ TIÊU XÃ HỘI VÀ MÔI TRƯỜNG", "", "", ""),
    ("4", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", "3,1", "≤ 2,5"),
    ("5", "Số lao động được giải quyết việc làm mới", "Người", "1.150", "1.200"),
    ("6", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "91,5", "≥ 93"),
    ("7", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "%", "82", "85"),
]

# (number cell, name, lead, partners, time); a row without lead is a heading of rows
TASKS = [
    ("1", "Lĩnh vực nông nghiệp", None, None, None),
    (
        "-",
        "Xây dựng kế hoạch tái canh cây cà phê năm 2025",
        "Phòng Nông nghiệp và Phát triển nông thôn",
        "Ủy ban nhân dân các xã, thị trấn",
        "Quý I/2025",
    ),
    (
        "-",
        "Hỗ trợ xây dựng chuỗi liên kết tiêu thụ cà phê đạt chứng nhận",
        "Phòng Nông nghiệp và Phát triển nông thôn",
        "Hội Nông dân huyện",
        "Quý III/2025",
    ),
    ("2", "Lĩnh vực văn hóa - xã hội", None, None, None),
    (
        "-",
        "Tổ chức phiên giao dịch việc làm tại huyện",
        "Phòng Lao động - Thương binh và Xã hội",
        "Trung tâm Dịch vụ việc làm tỉnh",
        "Tháng 4/2025",
    ),
    (
        "-",
        "Rà soát hộ nghèo, hộ cận nghèo cuối năm 2025",
        "Phòng Lao động - Thương binh và Xã hội",
        "Ủy ban nhân dân các xã, thị trấn",
        "Tháng 11/2025",
    ),
    (
        "-",
        "Vận động người dân tham gia bảo hiểm y tế hộ gia đình",
        "Bảo hiểm xã hội huyện",
        "Trung tâm Y tế huyện",
        "Thường xuyên",
    ),
    ("3", "Lĩnh vực tài nguyên và môi trường", None, None, None),
    (
        "-",
        "Đầu tư lò đốt rác thải sinh hoạt tập trung tại xã Nâm N'Jang",
        "Phòng Tài nguyên và Môi trường",
        "Ban Quản lý dự án đầu tư xây dựng huyện",
        "Quý IV/2025",
    ),
]

BODY = [
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    (
        "-",
        "Triển khai thực hiện thắng lợi Nghị quyết của Hội đồng nhân dân huyện về nhiệm vụ phát "
        "triển kinh tế - xã hội năm 2025.",
    ),
    (
        "-",
        "Phân công cụ thể nhiệm vụ cho các cơ quan, đơn vị, bảo đảm hoàn thành các chỉ tiêu đề ra.",
    ),
    ("h", "II. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2025"),
    ("table", None),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    ("h2", "1. Phát triển nông nghiệp"),
    (
        "-",
        "Tái canh cây cà phê già cỗi bằng giống mới năng suất cao; mở rộng diện tích cà phê "
        "đạt chứng nhận.",
    ),
    ("-", "Phát triển chăn nuôi theo hướng trang trại, bảo đảm an toàn sinh học."),
    ("h2", "2. Văn hóa - xã hội"),
    (
        "-",
        "Thực hiện đồng bộ các chính sách giảm nghèo; hỗ trợ sinh kế cho hộ đồng bào dân tộc "
        "thiểu số.",
    ),
    ("-", "Nâng cao chất lượng khám, chữa bệnh tại tuyến xã; mở rộng bảo hiểm y tế."),
    ("h2", "3. Tài nguyên và môi trường"),
    ("-", "Tăng cường quản lý đất đai, khoáng sản; xử lý nghiêm các trường hợp vi phạm."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    (
        "p",
        "Thủ trưởng các cơ quan, đơn vị và Chủ tịch Ủy ban nhân dân các xã, thị trấn căn cứ Kế "
        "hoạch này tổ chức thực hiện; định kỳ hằng quý báo cáo kết quả về Ủy ban nhân dân huyện "
        "(qua Văn phòng HĐND và UBND huyện).",
    ),
]


def main() -> None:
    doc = new_document()
    layout_table(
        doc,
        [
            ("ỦY BAN NHÂN DÂN", {"bold": True}),
            ("HUYỆN ĐẮK SONG", {"bold": True}),
            ("-------", {}),
            ("Số: 412/KH-UBND", {}),
        ],
        [
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"bold": True}),
            ("Độc lập - Tự do - Hạnh phúc", {"bold": True}),
            ("---------------", {}),
            ("Đắk Song, ngày 30 tháng 12 năm 2024", {"italic": True}),
        ],
        widths=(6.0, 10.5),
    )
    paragraph(doc, "KẾ HOẠCH", bold=True, size=15, align=C, before=18, after=0)
    paragraph(
        doc, "Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025", bold=True, align=C, after=12
    )
    for kind, text in BODY:
        if kind == "h":
            paragraph(doc, text, bold=True, align=L, keep_next=True)
        elif kind == "h2":
            paragraph(doc, text, bold=True, align=J, first_line=1.0, keep_next=True)
        elif kind == "p":
            paragraph(doc, text, align=J, first_line=1.0)
        elif kind == "table":
            table = doc.add_table(rows=1 + len(TARGETS), cols=5)
            grid_borders(table)
            set_widths(table, [1.2, 7.5, 3.2, 2.6, 2.6])
            for i, label in enumerate(
                ["STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2024", "Kế hoạch năm 2025"]
            ):
                cell_text(table.cell(0, i), label, bold=True, align=C)
            for r, row in enumerate(TARGETS, start=1):
                if not row[2]:
                    cell_text(table.cell(r, 0), row[0], bold=True, align=C)
                    merged = table.cell(r, 1).merge(table.cell(r, 4))
                    cell_text(merged, row[1], bold=True)
                    continue
                for i, text in enumerate(row):
                    cell_text(table.cell(r, i), text, align=L if i == 1 else C)
        else:
            paragraph(doc, f"{kind} {text}", align=J, first_line=1.0)
    layout_table(
        doc,
        [("Nơi nhận:", {"align": L, "italic": True, "bold": True, "size": 12})]
        + [
            (f"- {r};", {"align": L, "size": 11})
            for r in (
                "UBND tỉnh (b/c)",
                "TT Huyện ủy, TT HĐND huyện",
                "Các phòng, ban, đơn vị thuộc huyện",
                "UBND các xã, thị trấn",
            )
        ]
        + [("- Lưu: VT.", {"align": L, "size": 11})],
        [
            ("TM. ỦY BAN NHÂN DÂN", {"bold": True}),
            ("CHỦ TỊCH", {"bold": True}),
            ("", {}),
            ("", {}),
            ("Y Quang Niê", {"bold": True}),
        ],
        widths=(8.0, 8.5),
    )
    landscape_section(doc)
    paragraph(doc, "PHỤ LỤC", bold=True, align=C, after=0)
    paragraph(doc, "PHÂN CÔNG NHIỆM VỤ TRỌNG TÂM NĂM 2025", bold=True, align=C, after=8)
    table = doc.add_table(rows=1 + len(TASKS), cols=5)
    grid_borders(table)
    set_widths(table, [1.2, 9.0, 5.5, 5.5, 3.0])
    for i, label in enumerate(
        ["TT", "Nội dung công việc", "Cơ quan thực hiện", "Cơ quan phối hợp", "Thời hạn hoàn thành"]
    ):
        cell_text(table.cell(0, i), label, bold=True, align=C)
    row_flag(table.rows[0], "w:tblHeader")
    for r, (number, name, lead, partners, time) in enumerate(TASKS, start=1):
        cell_text(table.cell(r, 0), number, align=C, bold=lead is None)
        cell_text(table.cell(r, 1), name, bold=lead is None)
        for i, text in ((2, lead), (3, partners), (4, time)):
            if text:
                cell_text(table.cell(r, i), text, align=C if i == 4 else None)
    save_docx(doc, OUT / "huyen_dak_song_kh.docx", "UBND huyện Đắk Song", "Kế hoạch KT-XH 2025")


if __name__ == "__main__":
    main()
