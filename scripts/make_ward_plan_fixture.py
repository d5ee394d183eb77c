"""Writes hanhdong/imports/tests/data/phuong_binh_minh_kh.docx: a ward People's Committee's plan
for one year (State layout) whose key-task table has a header over two rows with merged cells
("Cơ quan thực hiện" over "Chủ trì" / "Phối hợp"), a "Kinh phí (triệu đồng)" column of amounts,
a "Sản phẩm" column, group rows restarting the numbering and a lead cell merged down.
Invented content. Needs python-docx. The gold file is written by hand."""

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

BODY = [
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "1. Mục đích"),
    (
        "-",
        "Nâng cao chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành "
        "chính; lấy sự hài lòng của người dân làm thước đo hiệu quả hoạt động của bộ máy.",
    ),
    (
        "-",
        "Đẩy mạnh ứng dụng công nghệ số trong chỉ đạo, điều hành và cung cấp dịch vụ công "
        "của Ủy ban nhân dân phường.",
    ),
    ("h2", "2. Yêu cầu"),
    (
        "-",
        "Xác định rõ nội dung, cơ quan chủ trì, thời hạn hoàn thành và sản phẩm của từng "
        "nhiệm vụ; gắn trách nhiệm của người đứng đầu với kết quả thực hiện.",
    ),
    ("-", "Bảo đảm sự phối hợp chặt chẽ giữa các cơ quan, đơn vị và các tổ dân phố."),
    ("h", "II. CHỈ TIÊU CỤ THỂ"),
    ("h2", "1. Về cải cách thủ tục hành chính"),
    (
        "p",
        "Phấn đấu đến hết năm 2026, tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn "
        "đạt 98% trở lên; 100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ "
        "công trực tuyến toàn trình.",
    ),
    ("h2", "2. Về chuyển đổi số"),
    (
        "p",
        "Tỷ lệ hồ sơ nộp trực tuyến trên tổng số hồ sơ tiếp nhận đạt ít nhất 70%; xây dựng "
        "ít nhất 5 mô hình “Tổ dân phố số”; tổ chức 12 lớp hướng dẫn kỹ năng số cho người dân "
        "trên địa bàn phường.",
    ),
    ("h2", "3. Về bảo đảm an ninh, trật tự"),
    (
        "p",
        "Kéo giảm 10% số vụ phạm pháp hình sự so với năm 2025; 100% tổ dân phố được lắp đặt "
        "hệ thống camera giám sát kết nối với Công an phường.",
    ),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("h2", "1. Cải cách thể chế và thủ tục hành chính"),
    ("h3", "a) Rà soát văn bản và quy trình"),
    (
        "-",
        "Rà soát các văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân phường "
        "ban hành; kiến nghị sửa đổi, bãi bỏ những quy định không còn phù hợp.",
    ),
    ("-", "Chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính, trong đó:"),
    ("+", "Công khai quy trình tại Bộ phận Một cửa và trên Cổng thông tin điện tử phường;"),
    ("+", "Cắt giảm ít nhất một bước trung gian đối với các thủ tục có số lượng hồ sơ lớn."),
    ("h3", "b) Nâng cao chất lượng Bộ phận Một cửa"),
    ("-", "Bố trí công chức có năng lực, kỹ năng giao tiếp tốt làm việc tại Bộ phận Một cửa."),
    ("-", "Lấy ý kiến đánh giá sự hài lòng của người dân đối với từng hồ sơ được giải quyết."),
    ("h2", "2. Xây dựng chính quyền số"),
    (
        "*",
        "Vận hành hiệu quả hệ thống quản lý văn bản và điều hành; ký số 100% văn bản đi trừ "
        "văn bản mật.",
    ),
    (
        "*",
        "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực; làm sạch dữ liệu dân cư "
        "phục vụ cung cấp dịch vụ công.",
    ),
    ("*", "Bảo đảm an toàn, an ninh thông tin cho các hệ thống thông tin của phường."),
    ("h2", "3. Phát triển xã hội số"),
    (
        "-",
        "Duy trì hoạt động của các Tổ công nghệ số cộng đồng; hướng dẫn người dân cài đặt, "
        "sử dụng ứng dụng định danh điện tử và thanh toán không dùng tiền mặt.",
    ),
    ("-", "Vận động các hộ kinh doanh tại chợ Bình Minh thanh toán không dùng tiền mặt."),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    (
        "p",
        "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách phường năm 2026, dự "
        "kiến 850 triệu đồng, và các nguồn huy động hợp pháp khác.",
    ),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("h2", "1. Văn phòng HĐND và UBND phường"),
    (
        "-",
        "Chủ trì, phối hợp với các cơ quan, đơn vị triển khai Kế hoạch; theo dõi, đôn đốc "
        "việc thực hiện các nhiệm vụ tại Phụ lục kèm theo.",
    ),
    ("-", "Tổng hợp, báo cáo kết quả thực hiện về Ủy ban nhân dân phường định kỳ hằng quý."),
    ("h2", "2. Phòng Văn hóa - Xã hội"),
    ("-", "Tham mưu triển khai các nhiệm vụ về chuyển đổi số, xã hội số trên địa bàn phường."),
    (
        "h2",
        "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường phối hợp tuyên truyền, vận "
        "động Nhân dân tham gia thực hiện Kế hoạch; giám sát việc giải quyết thủ tục hành chính "
        "tại Bộ phận Một cửa.",
    ),
]

# (number as printed or a group's numeral, name, lead (None: merged with the row above),
#  partners, deadline, product, amount)
ROWS = [
    ("I", "CẢI CÁCH THỂ CHẾ VÀ THỦ TỤC HÀNH CHÍNH"),
    (
        "1",
        "Rà soát, công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của phường",
        "Văn phòng HĐND và UBND phường",
        "Các cơ quan, đơn vị thuộc UBND phường",
        "Tháng 01/2026",
        "Quyết định công bố danh mục",
        "",
    ),
    (
        "2",
        "Xây dựng quy trình nội bộ giải quyết thủ tục hành chính",
        None,
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Quý I/2026",
        "Quy trình được ban hành",
        "15",
    ),
    (
        "3",
        "Khảo sát mức độ hài lòng của người dân, doanh nghiệp",
        "Phòng Văn hóa - Xã hội",
        "Bộ phận Một cửa phường",
        "Trước 30/6/2026",
        "Báo cáo kết quả khảo sát",
        "30",
    ),
    (
        "4",
        "Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị",
        "Văn phòng HĐND và UBND phường",
        "Phòng Văn hóa - Xã hội",
        "Quý IV/2026",
        "Thông báo kết quả kiểm tra",
        "",
    ),
    ("II", "CHUYỂN ĐỔI SỐ"),
    (
        "1",
        "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực",
        "Văn phòng HĐND và UBND phường",
        "Bộ phận Một cửa phường",
        "30/11/2026",
        "Dữ liệu được số hóa",
        "120",
    ),
    (
        "2",
        "Xây dựng mô hình “Tổ dân phố số”",
        "Phòng Văn hóa - Xã hội",
        "Công an phường;\n\nCác tổ dân phố",
        "Tháng 9/2026",
        "Mô hình được công nhận",
        "60",
    ),
    (
        "3",
        "Tập huấn kỹ năng số cho cán bộ, công chức phường",
        None,
        "Trung tâm Văn hóa - Thông tin và Thể thao phường",
        "Quý II/2026",
        "Lớp tập huấn",
        "40",
    ),
    ("III", "AN NINH, TRẬT TỰ"),
    (
        "1",
        "Lắp đặt 40 camera giám sát an ninh tại các tuyến đường chính",
        "Công an phường",
        "Các tổ dân phố; doanh nghiệp viễn thông",
        "Năm 2026",
        "Hệ thống camera vận hành",
        "500",
    ),
    (
        "2",
        "Tuyên truyền phòng, chống tội phạm lừa đảo trên không gian mạng",
        "Công an phường",
        "Đoàn Thanh niên phường",
        "Thường xuyên",
        "Các buổi tuyên truyền",
        "",
    ),
]


def main() -> None:
    doc = new_document()
    layout_table(
        doc,
        [
            ("ỦY BAN NHÂN DÂN", {}),
            ("PHƯỜNG BÌNH MINH", {"bold": True}),
            ("-------", {}),
            ("Số: 156/KH-UBND", {}),
        ],
        [
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"bold": True}),
            ("Độc lập - Tự do - Hạnh phúc", {"bold": True}),
            ("---------------", {}),
            ("Bình Minh, ngày 26 tháng 12 năm 2025", {"italic": True}),
        ],
        widths=(6.0, 10.5),
    )
    paragraph(doc, "KẾ HOẠCH", bold=True, size=15, align=C, before=18, after=0)
    paragraph(doc, "Cải cách hành chính và chuyển đổi số năm 2026", bold=True, align=C, after=12)
    paragraph(
        doc,
        "Căn cứ Kế hoạch số 88/KH-UBND ngày 10/12/2025 của Ủy ban nhân dân thành phố "
        "về cải cách hành chính năm 2026; Ủy ban nhân dân phường Bình Minh ban hành Kế "
        "hoạch thực hiện như sau:",
        align=J,
        first_line=1.0,
    )
    for kind, text in BODY:
        if kind == "h":
            paragraph(doc, text, bold=True, align=L, keep_next=True)
        elif kind == "h2":
            paragraph(doc, text, bold=True, align=J, first_line=1.0, keep_next=True)
        elif kind == "h3":
            paragraph(doc, text, italic=True, bold=True, align=J, first_line=1.0)
        elif kind == "p":
            paragraph(doc, text, align=J, first_line=1.0)
        else:
            paragraph(doc, f"{kind} {text}", align=J, first_line=1.0)
    layout_table(
        doc,
        [("Nơi nhận:", {"align": L, "italic": True, "bold": True, "size": 12})]
        + [
            (f"- {r};", {"align": L, "size": 11})
            for r in (
                "UBND thành phố (b/c)",
                "Thường trực Đảng ủy phường (b/c)",
                "Chủ tịch, các Phó Chủ tịch UBND phường",
                "Các cơ quan, đơn vị thuộc UBND phường",
                "Các tổ dân phố",
            )
        ]
        + [("- Lưu: VT, VP.", {"align": L, "size": 11})],
        [
            ("TM. ỦY BAN NHÂN DÂN", {"bold": True}),
            ("KT. CHỦ TỊCH", {"bold": True}),
            ("PHÓ CHỦ TỊCH", {"bold": True}),
            ("", {}),
            ("", {}),
            ("Đặng Thị Mai Hương", {"bold": True}),
        ],
        widths=(8.0, 8.5),
    )
    landscape_section(doc)
    paragraph(doc, "PHỤ LỤC", bold=True, align=C, after=0)
    paragraph(doc, "DANH MỤC NHIỆM VỤ CỤ THỂ NĂM 2026", bold=True, align=C, after=0)
    paragraph(
        doc,
        "(Kèm theo Kế hoạch số 156/KH-UBND ngày 26/12/2025 của Ủy ban nhân dân phường Bình Minh)",
        italic=True,
        align=C,
        after=8,
    )
    table = doc.add_table(rows=2 + len(ROWS), cols=7)
    grid_borders(table)
    set_widths(table, [1.2, 7.5, 4.2, 4.6, 2.8, 3.8, 2.2])
    top = [
        "STT",
        "Nội dung công việc",
        "Cơ quan thực hiện",
        "",
        "Thời gian hoàn thành",
        "Sản phẩm",
        "Kinh phí (triệu đồng)",
    ]
    for i, text in enumerate(top):
        if text:
            cell_text(table.cell(0, i), text, bold=True, align=C)
    for i in (0, 1, 4, 5, 6):
        table.cell(0, i).merge(table.cell(1, i))
    table.cell(0, 2).merge(table.cell(0, 3))
    cell_text(table.cell(1, 2), "Chủ trì", bold=True, align=C)
    cell_text(table.cell(1, 3), "Phối hợp", bold=True, align=C)
    row_flag(table.rows[0], "w:tblHeader")
    row_flag(table.rows[1], "w:tblHeader")
    start = None
    for r, row in enumerate(ROWS, start=2):
        if len(row) == 2:
            cell_text(table.cell(r, 0), row[0], bold=True, align=C)
            merged = table.cell(r, 1).merge(table.cell(r, 6))
            cell_text(merged, row[1], bold=True)
            continue
        number, name, lead, partners, time, product, amount = row
        cell_text(table.cell(r, 0), number, align=C)
        cell_text(table.cell(r, 1), name, align=J)
        if lead is None:
            table.cell(start, 2).merge(table.cell(r, 2))
        else:
            cell_text(table.cell(r, 2), lead)
            start = r
        cell_text(table.cell(r, 3), partners)
        cell_text(table.cell(r, 4), time, align=C)
        cell_text(table.cell(r, 5), product)
        cell_text(table.cell(r, 6), amount, align=WD_ALIGN_PARAGRAPH.RIGHT)
    save_docx(doc, OUT / "phuong_binh_minh_kh.docx", "UBND phường Bình Minh", "Kế hoạch CCHC 2026")


if __name__ == "__main__":
    main()
