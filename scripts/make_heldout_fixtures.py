"""Generate five import documents of the tuned set and their gold files.

    python scripts/make_heldout_fixtures.py [--out DIR] [--only NAME]

Writes into hanhdong/imports/tests/data/ (see its README): bo_xay_dung_kh.docx,
thanh_hoa_kh_2026.pdf, xa_vinh_hung_tay.txt, tinh_uy_gia_lai_ct.txt and
phuong_binh_minh_dong_kh.docx. They were first written as a held-out set by someone who had
not read the parser; after being measured twice they joined the tuned set. Bodies, places and
people are invented. Uses scripts/corpus_lib.py (python-docx; LibreOffice for the PDF).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "hanhdong" / "imports" / "tests" / "data"
sys.path.insert(0, str(HERE))

from corpus_lib import (  # noqa: E402
    WD_ALIGN_PARAGRAPH,
    Block,
    block_lines,
    cell_text,
    flat,
    gold,
    grid_borders,
    head,
    item,
    justify,
    landscape_section,
    layout_table,
    new_document,
    no_borders,
    npara,
    page_numbers_top,
    para,
    paragraph,
    row_flag,
    save_docx,
    set_widths,
    sub,
    target,
    task,
    to_pdf,
    validate_gold,
    wrap,
    write_gold,
)

C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


def in_text(task_gold: dict, text: str) -> dict:
    """Check that a key task taken from the wording is really in that wording."""
    low = flat(text).lower()
    for key in ("name", "lead", "partners", "start", "end"):
        value = task_gold[key]
        if value and value.lower() not in low:
            raise ValueError(f"{key} {value!r} is not in {text[:60]!r}")
    return task_gold


def split_range(text: str) -> tuple[str, str]:
    """One "Thời gian thực hiện" column: "A - B" gives start A and end B, else start = end."""
    if " - " in text:
        a, b = text.split(" - ")
        return a, b
    return text, text


def body_docx(doc, blocks, level_fmt: dict) -> None:
    """Typed numbers and bullets; ``level_fmt`` maps a node level to {bold, italic, align}."""
    for block in blocks:
        text = block_lines(block)
        if block.kind == "node" and block.opts.get("para_node"):
            number, _, rest = text.partition(" ")
            paragraph(doc, [(number + " ", {"bold": True}), (rest, {})], align=J, first_line=1.0)
        elif block.kind == "node":
            fmt = level_fmt.get(block.level, {"bold": True})
            paragraph(
                doc,
                text,
                bold=fmt.get("bold"),
                italic=fmt.get("italic"),
                align=fmt.get("align", J),
                first_line=fmt.get("first_line", 1.0),
                keep_next=True,
            )
        else:
            paragraph(doc, text, align=J, first_line=1.0)


# =============================================================================================
# bo_xay_dung_kh.docx
# =============================================================================================
BXD_BLOCKS = [
    head(0, "I", "MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU"),
    head(1, "1", "Mục đích"),
    item(
        "Triển khai kịp thời, đầy đủ, hiệu quả các nhiệm vụ được giao tại Chỉ thị số 19/CT-TTg "
        "ngày 12 tháng 8 năm 2025 của Thủ tướng Chính phủ; tạo chuyển biến rõ nét trong phát "
        "triển nhà ở xã hội cho công nhân, người lao động tại các khu công nghiệp."
    ),
    item(
        "Xác định cụ thể nội dung công việc, thời hạn hoàn thành, sản phẩm và trách nhiệm của "
        "các cơ quan, đơn vị thuộc Bộ trong tổ chức thực hiện."
    ),
    head(1, "2", "Yêu cầu"),
    item(
        "Các cơ quan, đơn vị bám sát nhiệm vụ được giao, chủ động phối hợp với các bộ, ngành, "
        "địa phương; bảo đảm chất lượng, tiến độ."
    ),
    item(
        "Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm trước Bộ trưởng về kết quả thực hiện "
        "nhiệm vụ được giao."
    ),
    item("Kịp thời báo cáo, đề xuất xử lý những khó khăn, vướng mắc phát sinh vượt thẩm quyền."),
    head(0, "II", "NHIỆM VỤ, GIẢI PHÁP", "II. NHIỆM VỤ, GIẢI PHÁP"),
    head(1, "1", "Hoàn thiện thể chế, chính sách"),
    item(
        "Rà soát các quy định của pháp luật về nhà ở xã hội; đề xuất sửa đổi, bổ sung những quy "
        "định còn vướng mắc về trình tự, thủ tục đầu tư, xét duyệt đối tượng, giá bán, giá thuê."
    ),
    item(
        "Nghiên cứu cơ chế khuyến khích doanh nghiệp sản xuất đầu tư nhà lưu trú công nhân trong "
        "khu công nghiệp; trong đó:"
    ),
    sub("Làm rõ tiêu chuẩn diện tích, tiện ích tối thiểu của nhà lưu trú công nhân;"),
    sub("Đề xuất ưu đãi về tiền sử dụng đất, thuế đối với dự án cho thuê."),
    item(
        "Hướng dẫn xác định giá bán, giá thuê mua nhà ở xã hội bảo đảm đúng, đủ chi phí và lợi "
        "nhuận định mức của chủ đầu tư."
    ),
    head(1, "2", "Hướng dẫn, đôn đốc các địa phương"),
    head(2, "a", "Về quy hoạch, bố trí quỹ đất", "a) Về quy hoạch, bố trí quỹ đất"),
    item(
        "Hướng dẫn các địa phương rà soát, bố trí đủ quỹ đất phát triển nhà ở xã hội trong quy "
        "hoạch đô thị, quy hoạch khu công nghiệp; công khai danh mục khu đất."
    ),
    item(
        "Đôn đốc các địa phương chưa dành quỹ đất 20% trong các dự án nhà ở thương mại để "
        "phát triển nhà ở xã hội theo quy định."
    ),
    head(
        2,
        "b",
        "Về thủ tục đầu tư và lựa chọn chủ đầu tư",
        "b) Về thủ tục đầu tư và lựa chọn chủ đầu tư",
    ),
    item(
        "Hướng dẫn rút gọn thủ tục chấp thuận chủ trương đầu tư, lựa chọn chủ đầu tư dự án nhà "
        "ở xã hội theo quy định mới."
    ),
    item(
        "Tổ chức hội nghị đối thoại với các doanh nghiệp, nhà đầu tư để tháo gỡ vướng mắc của "
        "các dự án đang triển khai."
    ),
    item(
        "Theo dõi, cập nhật tình hình thực hiện các dự án nhà ở xã hội trên hệ thống thông tin "
        "về nhà ở và thị trường bất động sản."
    ),
    head(1, "3", "Về nguồn vốn và tín dụng ưu đãi"),
    item(
        "Phối hợp với Ngân hàng Nhà nước Việt Nam đẩy nhanh giải ngân các chương trình tín dụng "
        "ưu đãi cho chủ đầu tư và người mua, thuê mua nhà ở xã hội."
    ),
    item(
        "Phấn đấu đến hết năm 2026 cả nước hoàn thành đầu tư xây dựng tối thiểu 100.000 căn hộ "
        "nhà ở xã hội, trong đó dành ít nhất 40% cho công nhân khu công nghiệp."
    ),
    item(
        "Đề xuất bố trí vốn ngân sách trung ương hỗ trợ đầu tư hạ tầng kỹ thuật ngoài hàng rào "
        "các dự án nhà ở xã hội tại các địa phương khó khăn."
    ),
    head(1, "4", "Kiểm tra, giám sát và thông tin, tuyên truyền"),
    item(
        "Tổ chức các đoàn kiểm tra tình hình phát triển nhà ở xã hội tại các địa phương có "
        "nhiều khu công nghiệp; kiến nghị xử lý các vi phạm."
    ),
    item(
        "Công khai thông tin về các dự án nhà ở xã hội đủ điều kiện bán, cho thuê, cho thuê mua "
        "trên Cổng thông tin điện tử của Bộ."
    ),
    item(
        "Phối hợp với các cơ quan báo chí tuyên truyền về chính sách nhà ở xã hội, biểu dương "
        "các địa phương, doanh nghiệp làm tốt."
    ),
    head(0, "III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN"),
    npara(
        1,
        "1",
        "Thủ trưởng các Cục, Vụ, đơn vị thuộc Bộ căn cứ nhiệm vụ được giao tại Kế hoạch này và "
        "Phụ lục kèm theo, chủ động tổ chức thực hiện, bảo đảm chất lượng, đúng thời hạn.",
    ),
    head(1, "2", "Cục Quản lý nhà và thị trường bất động sản"),
    item(
        "Là đầu mối theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch; định kỳ hằng quý "
        "báo cáo Bộ trưởng."
    ),
    item("Chủ trì tổng hợp báo cáo Thủ tướng Chính phủ kết quả thực hiện Chỉ thị theo yêu cầu."),
    npara(
        1,
        "3",
        "Văn phòng Bộ phối hợp theo dõi việc thực hiện các nhiệm vụ trên Hệ thống quản lý văn "
        "bản và điều hành của Bộ; bố trí kinh phí thực hiện theo quy định.",
    ),
    head(
        1,
        "4",
        "Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
    ),
    item(
        "Xây dựng kế hoạch thực hiện Chỉ thị trên địa bàn; giao chỉ tiêu phát triển nhà ở xã hội "
        "cho từng năm."
    ),
    item("Chỉ đạo Sở Xây dựng báo cáo định kỳ tình hình thực hiện về Bộ Xây dựng để tổng hợp."),
    item(
        "Kịp thời phản ánh những khó khăn, vướng mắc về Bộ Xây dựng để được hướng dẫn, giải quyết."
    ),
]

BXD_RECIPIENTS = [
    "- Văn phòng Chính phủ;",
    "- Bộ trưởng (để b/c);",
    "- Các Thứ trưởng;",
    "- UBND các tỉnh, thành phố trực thuộc TW;",
    "- Sở Xây dựng các tỉnh, thành phố trực thuộc TW;",
    "- Các Cục, Vụ, đơn vị thuộc Bộ;",
    "- Cổng thông tin điện tử Bộ Xây dựng;",
    "- Lưu: VT, QLN (3b).",
]

# group rows ("I", title); rows (name, lead or None when merged with the row above, partners,
# product, start, end)
BXD_ROWS = [
    ("I", "HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH"),
    (
        "Rà soát, tổng hợp vướng mắc trong các quy định về nhà ở xã hội, đề xuất sửa đổi, bổ sung",
        "Cục Quản lý nhà và thị trường bất động sản",
        "Vụ Pháp chế; các địa phương",
        "Báo cáo Bộ trưởng",
        "Tháng 10/2025",
        "Tháng 12/2025",
    ),
    (
        "Xây dựng Thông tư hướng dẫn xác định giá bán, giá thuê mua nhà ở xã hội",
        None,
        "Vụ Pháp chế; Vụ Kinh tế và Quản lý đầu tư xây dựng",
        "Thông tư",
        "Quý IV/2025",
        "Quý II/2026",
    ),
    (
        "Nghiên cứu, đề xuất cơ chế khuyến khích đầu tư nhà lưu trú công nhân trong khu công "
        "nghiệp",
        None,
        "Bộ Tài chính; Tổng Liên đoàn Lao động Việt Nam",
        "Tờ trình Thủ tướng Chính phủ",
        "Năm 2026",
        "Năm 2026",
    ),
    (
        "Tổng kết thi hành các quy định về nhà ở xã hội trong Luật Nhà ở năm 2023",
        "Vụ Pháp chế",
        "Cục Quản lý nhà và thị trường bất động sản",
        "Báo cáo tổng kết",
        "Quý I/2027",
        "Quý IV/2027",
    ),
    ("II", "HƯỚNG DẪN, ĐÔN ĐỐC, KIỂM TRA"),
    (
        "Hướng dẫn các địa phương rà soát, công khai danh mục quỹ đất phát triển nhà ở xã hội",
        "Cục Quản lý nhà và thị trường bất động sản",
        "Cục Phát triển đô thị",
        "Văn bản hướng dẫn",
        "Tháng 10/2025",
        "15/12/2025",
    ),
    (
        "Tổ chức hội nghị toàn quốc về phát triển nhà ở xã hội cho công nhân",
        None,
        "Văn phòng Bộ; các địa phương",
        "Hội nghị",
        "Quý I/2026",
        "Quý I/2026",
    ),
    (
        "Kiểm tra tình hình phát triển nhà ở xã hội tại các địa phương có nhiều khu công nghiệp",
        "Thanh tra Bộ",
        "Cục Quản lý nhà và thị trường bất động sản",
        "Kết luận kiểm tra",
        "Hằng năm",
        "Hằng năm",
    ),
    (
        "Cập nhật dữ liệu dự án nhà ở xã hội trên hệ thống thông tin về nhà ở và thị trường bất "
        "động sản",
        "Trung tâm Công nghệ thông tin",
        "Sở Xây dựng các địa phương",
        "Dữ liệu được cập nhật",
        "Thường xuyên",
        "Thường xuyên",
    ),
    (
        "Phối hợp đề xuất bố trí vốn ngân sách trung ương hỗ trợ hạ tầng kỹ thuật các dự án nhà "
        "ở xã hội",
        "Vụ Kế hoạch - Tài chính",
        "Bộ Tài chính",
        "Văn bản đề xuất",
        "Quý I/2026",
        "Theo chỉ đạo của Thủ tướng Chính phủ",
    ),
    ("III", "THÔNG TIN, TUYÊN TRUYỀN VÀ BÁO CÁO"),
    (
        "Công khai danh sách dự án nhà ở xã hội đủ điều kiện bán, cho thuê, cho thuê mua",
        "Trung tâm Thông tin",
        "Cục Quản lý nhà và thị trường bất động sản",
        "Tin, bài trên Cổng thông tin điện tử",
        "Tháng 11/2025",
        "Thường xuyên",
    ),
    (
        "Tổng hợp, báo cáo Thủ tướng Chính phủ kết quả thực hiện Chỉ thị",
        "Cục Quản lý nhà và thị trường bất động sản",
        "Văn phòng Bộ",
        "Báo cáo",
        "Tháng 12/2025",
        "Tháng 12/2026",
    ),
]


def make_bo_xay_dung(out: Path, _tmp: Path) -> dict:
    doc = new_document(size=14, after=6, line=1.2)
    page_numbers_top(doc.sections[0])
    layout_table(
        doc,
        [
            ("BỘ XÂY DỰNG", {"bold": True}),
            ("-------", {}),
            ("Số: 1742/KH-BXD", {}),
        ],
        [
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"bold": True}),
            ("Độc lập - Tự do - Hạnh phúc", {"bold": True}),
            ("---------------", {}),
            ("Hà Nội, ngày 03 tháng 10 năm 2025", {"italic": True}),
        ],
        widths=(5.5, 11.0),
    )
    paragraph(doc, "KẾ HOẠCH", bold=True, size=15, align=C, before=18, after=0)
    paragraph(
        doc,
        "Thực hiện Chỉ thị số 19/CT-TTg ngày 12 tháng 8 năm 2025 của Thủ tướng Chính phủ\nvề "
        "đẩy mạnh phát triển nhà ở xã hội cho công nhân, người lao động",
        bold=True,
        align=C,
        after=12,
    )
    paragraph(
        doc,
        "Thực hiện Chỉ thị số 19/CT-TTg ngày 12 tháng 8 năm 2025 của Thủ tướng Chính phủ về đẩy "
        "mạnh phát triển nhà ở xã hội cho công nhân, người lao động (sau đây gọi tắt là Chỉ "
        "thị), Bộ Xây dựng ban hành Kế hoạch thực hiện như sau:",
        align=J,
        first_line=1.0,
    )
    body_docx(doc, BXD_BLOCKS, {0: {"bold": True}, 1: {"bold": True}, 2: {"italic": True}})
    paragraph(
        doc,
        "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị báo cáo Bộ trưởng "
        "(qua Cục Quản lý nhà và thị trường bất động sản) để xem xét, chỉ đạo./.",
        align=J,
        first_line=1.0,
    )
    layout_table(
        doc,
        [("Nơi nhận:", {"align": L, "italic": True, "bold": True, "size": 12})]
        + [(r, {"align": L, "size": 11}) for r in BXD_RECIPIENTS],
        [
            ("KT. BỘ TRƯỞNG", {"bold": True}),
            ("THỨ TRƯỞNG", {"bold": True}),
            ("", {}),
            ("", {}),
            ("", {}),
            ("Đỗ Minh Khiêm", {"bold": True}),
        ],
        widths=(8.0, 8.5),
    )
    landscape_section(doc)
    paragraph(doc, "PHỤ LỤC", bold=True, align=C, after=0)
    paragraph(doc, "DANH MỤC NHIỆM VỤ CỤ THỂ", bold=True, align=C, after=0)
    paragraph(
        doc,
        "(Ban hành kèm theo Kế hoạch số 1742/KH-BXD ngày 03/10/2025 của Bộ Xây dựng)",
        italic=True,
        align=C,
        after=8,
    )
    head_row = [
        "TT",
        "Nhiệm vụ",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Sản phẩm",
        "Thời gian bắt đầu",
        "Thời gian hoàn thành",
    ]
    widths = [1.1, 8.0, 4.4, 4.6, 3.6, 2.5, 2.7]
    table = doc.add_table(rows=1 + len(BXD_ROWS), cols=7)
    grid_borders(table)
    set_widths(table, widths)
    for i, text in enumerate(head_row):
        cell_text(table.rows[0].cells[i], text, bold=True, align=C)
    row_flag(table.rows[0], "w:tblHeader")
    number, merge_from = 0, None
    for r, row in enumerate(BXD_ROWS, start=1):
        if len(row) == 2:
            merged = table.cell(r, 0).merge(table.cell(r, 6))
            cell_text(merged, f"{row[0]}. {row[1]}", bold=True)
            continue
        number += 1
        name, lead, partners, product, start, end = row
        cells = table.rows[r].cells
        cell_text(cells[0], str(number), align=C)
        cell_text(cells[1], name, align=J)
        if lead is None:
            table.cell(merge_from, 2).merge(table.cell(r, 2))
        else:
            cell_text(cells[2], lead)
            merge_from = r
        cell_text(cells[3], partners)
        cell_text(cells[4], product)
        cell_text(cells[5], start, align=C)
        cell_text(cells[6], end, align=C)
    path = out / "bo_xay_dung_kh.docx"
    save_docx(doc, path, "Cục Quản lý nhà và thị trường bất động sản", "Kế hoạch")

    key_tasks, lead = [], ""
    for row in BXD_ROWS:
        if len(row) == 2:
            continue
        name, row_lead, partners, _product, start, end = row
        lead = row_lead or lead
        key_tasks.append(task(len(key_tasks) + 1, name, lead, partners, start, end))
    targets = [
        target(
            "II.3", "căn hộ nhà ở xã hội hoàn thành đầu tư xây dựng", 100000, "căn hộ", year=2026
        ),
        target(
            "II.3",
            "tỷ lệ căn hộ nhà ở xã hội dành cho công nhân khu công nghiệp",
            40,
            "%",
            year=2026,
        ),
    ]
    note = (
        "A ministry's plan carrying out a Prime Minister's directive (State layout, 'Số: "
        "1742/KH-BXD', signed 'KT. BỘ TRƯỞNG / THỨ TRƯỞNG': no 'TM.' line, so on_behalf_of is "
        "'KT. Bộ trưởng' and role 'Thứ trưởng'). No term is printed: term is what the clerk "
        "would set, from the year of issue (2025, dated 03/10/2025) to the last dated time in "
        "the key-task table (Quý IV/2027). Parts 'I.' to 'III.', areas '1.', sub-areas 'a)'. "
        "Titles of paragraph-only nodes are their paragraph text. '+' lines belong to the "
        "bullet above them. Targets: '100.000 căn hộ' and '40%' (of them, for workers) by the "
        "end of 2026; 'quỹ đất 20%' in II.2.a restates a legal rule, not a target of this "
        "plan; 'Luật Nhà ở năm 2023' and the directive's number and date are not targets. "
        "Key-task table (landscape, ruled): columns 'TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị "
        "phối hợp | Sản phẩm | Thời gian bắt đầu | Thời gian hoàn thành' - the product column "
        "comes before the times and is not a funding source (resources ''); group rows 'I.', "
        "'II.', 'III.' merged across the table are not tasks; rows are numbered 1..11 "
        "continuously. The lead cell is merged down over rows 1-3 and 5-6 (each of those rows "
        "has that lead). Row 9 ends 'Theo chỉ đạo của Thủ tướng Chính phủ' (as_directed); row "
        "10 starts 'Tháng 11/2025' and ends 'Thường xuyên' (open)."
    )
    data = gold(
        source=path.name,
        note=note,
        issuer="Bộ Xây dựng",
        number="1742/KH-BXD",
        date="2025-10-03",
        term=(2025, 2027),
        signed_by=("KT. Bộ trưởng", "Thứ trưởng", "Đỗ Minh Khiêm"),
        recipients=BXD_RECIPIENTS,
        blocks=BXD_BLOCKS,
        key_tasks=key_tasks,
        targets=targets,
        value_text={("II.3", "căn hộ nhà ở xã hội hoàn thành đầu tư xây dựng"): "100.000"},
    )
    return {path.name: data}


# =============================================================================================
# thanh_hoa_kh_2026.pdf
# =============================================================================================
TH_BLOCKS = [
    head(0, "I", "MỤC TIÊU, CHỈ TIÊU", "I. MỤC TIÊU, CHỈ TIÊU"),
    head(1, "1", "Mục tiêu chung"),
    para(
        "Tiếp tục triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới theo hướng "
        "thực chất, hiệu quả, bền vững, phù hợp với tổ chức chính quyền địa phương hai cấp; "
        "lấy người dân làm trung tâm, nâng cao thu nhập, chất lượng cuộc sống của cư dân nông "
        "thôn; xây dựng nông thôn xanh, sạch, đẹp, an toàn, giàu bản sắc văn hóa."
    ),
    head(1, "2", "Chỉ tiêu cụ thể năm 2026"),
    head(2, "2.1", "Đối với cấp xã"),
    item(
        "Có thêm 12 xã đạt chuẩn nông thôn mới nâng cao và 4 xã đạt chuẩn nông thôn mới kiểu "
        "mẫu theo Bộ tiêu chí giai đoạn 2026 - 2030."
    ),
    item("Bình quân tiêu chí đạt chuẩn nông thôn mới của các xã đạt 17,5 tiêu chí/xã."),
    item("100% số xã đã đạt chuẩn duy trì, nâng chất các tiêu chí đã đạt."),
    head(2, "2.2", "Đối với cấp thôn"),
    item("Có thêm 60 thôn đạt chuẩn nông thôn mới kiểu mẫu."),
    item(
        "Các thôn thuộc xã khu vực miền núi tập trung hoàn thiện tiêu chí về đường giao thông, "
        "nhà văn hóa, nước sinh hoạt."
    ),
    head(2, "2.3", "Một số chỉ tiêu thành phần"),
    item(
        "Tỷ lệ hộ nghèo đa chiều khu vực nông thôn giảm còn dưới 2,5%; thu nhập bình quân đầu "
        "người khu vực nông thôn đạt 68 triệu đồng."
    ),
    item("Tỷ lệ dân số nông thôn được sử dụng nước sạch đáp ứng quy chuẩn đạt 72%."),
    head(0, "II", "NHIỆM VỤ VÀ GIẢI PHÁP", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    head(1, "1", "Nhiệm vụ, giải pháp chung"),
    head(2, "1.1", "Công tác tuyên truyền, vận động"),
    item(
        "Đổi mới nội dung, hình thức tuyên truyền về xây dựng nông thôn mới; chú trọng tuyên "
        "truyền trên nền tảng số, mạng xã hội và hệ thống loa truyền thanh thông minh."
    ),
    item(
        "Đẩy mạnh phong trào thi đua “Thanh Hóa chung sức xây dựng nông thôn mới”; biểu dương, "
        "nhân rộng các điển hình tiên tiến."
    ),
    item(
        "Vận động Nhân dân tự nguyện hiến đất, góp công, góp tiền xây dựng hạ tầng, chỉnh trang "
        "khu dân cư, nhà ở, vườn hộ."
    ),
    head(2, "1.2", "Công tác chỉ đạo, điều hành"),
    item(
        "Kiện toàn bộ máy chỉ đạo, điều hành thực hiện Chương trình các cấp phù hợp với chính "
        "quyền địa phương hai cấp; phân công cụ thể trách nhiệm từng thành viên."
    ),
    item(
        "Lồng ghép hiệu quả nguồn vốn của các chương trình mục tiêu quốc gia, các chương trình, "
        "dự án khác trên cùng địa bàn."
    ),
    item(
        "Tăng cường kiểm tra, giám sát; kiên quyết không chạy theo thành tích, không để phát "
        "sinh nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới."
    ),
    head(1, "2", "Nhiệm vụ, giải pháp theo lĩnh vực"),
    head(2, "2.1", "Quy hoạch, hạ tầng kinh tế - xã hội"),
    head(3, "2.1.1", "Giao thông nông thôn"),
    item(
        "Cứng hóa thêm 350 km đường giao thông nông thôn, ưu tiên đường trục thôn, đường nội "
        "đồng phục vụ cơ giới hóa sản xuất."
    ),
    item(
        "Duy trì thường xuyên công tác quản lý, bảo trì đường giao thông sau đầu tư; trồng cây "
        "xanh, lắp đặt đèn chiếu sáng trên các tuyến đường."
    ),
    head(3, "2.1.2", "Thủy lợi và phòng, chống thiên tai"),
    item(
        "Nâng cấp, kiên cố hóa kênh mương nội đồng; sửa chữa các hồ, đập nhỏ xuống cấp, bảo đảm "
        "an toàn trong mùa mưa lũ."
    ),
    item("Nâng cao năng lực phòng, chống thiên tai cho các xã ven biển, vùng trũng và miền núi."),
    head(3, "2.1.3", "Cơ sở vật chất văn hóa, giáo dục, y tế"),
    item(
        "Đầu tư, nâng cấp nhà văn hóa, khu thể thao thôn; sử dụng hiệu quả các thiết chế văn "
        "hóa sau sáp nhập thôn."
    ),
    item("Tiếp tục đầu tư cơ sở vật chất trường học đáp ứng tiêu chí trường đạt chuẩn quốc gia."),
    item("Củng cố trạm y tế xã sau sắp xếp; bố trí đủ trang thiết bị thiết yếu."),
    head(2, "2.2", "Phát triển sản xuất, nâng cao thu nhập cho cư dân nông thôn"),
    head(3, "(1)", "Cơ cấu lại ngành nông nghiệp", "(1) Cơ cấu lại ngành nông nghiệp"),
    item(
        "Phát triển vùng sản xuất hàng hóa tập trung gắn với liên kết tiêu thụ; ứng dụng công "
        "nghệ cao, công nghệ số trong sản xuất."
    ),
    item(
        "Thúc đẩy chuyển đổi cơ cấu cây trồng trên đất lúa kém hiệu quả; phát triển chăn nuôi "
        "tập trung xa khu dân cư."
    ),
    head(
        3,
        "(2)",
        "Chương trình mỗi xã một sản phẩm (OCOP)",
        "(2) Chương trình mỗi xã một sản phẩm (OCOP)",
    ),
    item("Phấn đấu có thêm 80 sản phẩm OCOP được công nhận đạt từ 3 sao trở lên."),
    item(
        "Hỗ trợ các chủ thể OCOP cải tiến bao bì, nhãn mác, truy xuất nguồn gốc; xúc tiến "
        "thương mại, đưa sản phẩm lên sàn thương mại điện tử."
    ),
    head(
        3,
        "(3)",
        "Phát triển ngành nghề và du lịch nông thôn",
        "(3) Phát triển ngành nghề và du lịch nông thôn",
    ),
    item("Bảo tồn, phát triển các làng nghề truyền thống gắn với du lịch trải nghiệm."),
    item("Đào tạo nghề cho lao động nông thôn gắn với nhu cầu của doanh nghiệp, hợp tác xã."),
    head(2, "2.3", "Môi trường và cảnh quan nông thôn"),
    item(
        "Thu gom, xử lý chất thải rắn sinh hoạt ở nông thôn; nhân rộng mô hình phân loại rác tại "
        "nguồn."
    ),
    item("Xử lý ô nhiễm môi trường tại các làng nghề, cơ sở chăn nuôi tập trung."),
    item("Xây dựng các tuyến đường hoa, đường cây xanh, khu dân cư kiểu mẫu, vườn mẫu."),
    head(
        2,
        "2.4",
        "An ninh, trật tự và xây dựng hệ thống chính trị ở cơ sở",
    ),
    item(
        "Giữ vững an ninh, trật tự ở nông thôn; phát huy các mô hình tự quản, tổ an ninh trật "
        "tự cơ sở."
    ),
    item(
        "Nâng cao chất lượng hoạt động của hệ thống chính trị cấp xã sau sắp xếp, phát huy "
        "vai trò của Ban công tác Mặt trận ở thôn."
    ),
    head(0, "III", "KINH PHÍ THỰC HIỆN", "III. KINH PHÍ THỰC HIỆN"),
    para(
        "Tổng nguồn lực dự kiến huy động thực hiện Chương trình năm 2026 khoảng 6.200 tỷ đồng, gồm:"
    ),
    item("Vốn ngân sách trung ương và ngân sách tỉnh bố trí trực tiếp cho Chương trình;"),
    item("Vốn lồng ghép từ các chương trình, dự án khác; vốn tín dụng;"),
    item("Vốn doanh nghiệp, hợp tác xã và đóng góp tự nguyện của Nhân dân."),
    head(0, "IV", "TỔ CHỨC THỰC HIỆN", "IV. TỔ CHỨC THỰC HIỆN"),
    head(
        1,
        "1",
        "Sở Nông nghiệp và Môi trường (cơ quan thường trực Chương trình)",
    ),
    item(
        "Chủ trì hướng dẫn, đôn đốc các địa phương triển khai Kế hoạch; tổng hợp, báo cáo Ủy "
        "ban nhân dân tỉnh định kỳ 6 tháng, năm."
    ),
    item("Chủ trì thẩm định hồ sơ xét, công nhận xã đạt chuẩn nông thôn mới nâng cao, kiểu mẫu."),
    item("Hướng dẫn thực hiện Bộ tiêu chí giai đoạn 2026 - 2030."),
    npara(
        1,
        "2",
        "Sở Tài chính chủ trì tham mưu phân bổ, bố trí vốn thực hiện Chương trình; hướng dẫn "
        "quản lý, thanh quyết toán nguồn vốn theo quy định.",
    ),
    npara(
        1,
        "3",
        "Các sở, ban, ngành cấp tỉnh theo chức năng, nhiệm vụ chỉ đạo, hướng dẫn thực hiện các "
        "tiêu chí thuộc lĩnh vực phụ trách.",
    ),
    head(1, "4", "Ủy ban nhân dân các xã, phường"),
    item("Xây dựng kế hoạch năm 2026 của địa phương, xác định cụ thể mục tiêu, lộ trình."),
    item(
        "Huy động, sử dụng hiệu quả các nguồn lực; công khai, minh bạch việc huy động đóng góp "
        "của Nhân dân."
    ),
    item("Báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường đúng thời gian quy định."),
    npara(
        1,
        "5",
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh "
        "đẩy mạnh cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”; "
        "tham gia giám sát việc thực hiện Chương trình.",
    ),
]

TH_RECIPIENTS = [
    "- Bộ Nông nghiệp và Môi trường (để b/c);",
    "- Thường trực Tỉnh ủy (để b/c);",
    "- Thường trực HĐND tỉnh (để b/c);",
    "- Chủ tịch, các PCT UBND tỉnh;",
    "- Các sở, ban, ngành cấp tỉnh;",
    "- Ủy ban MTTQ Việt Nam tỉnh;",
    "- UBND các xã, phường;",
    "- Lưu: VT, NN.",
]

# (name, lead, partners, time)
TH_ROWS = [
    (
        "Kiện toàn Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh và bộ phận giúp việc",
        "Sở Nông nghiệp và Môi trường",
        "Sở Nội vụ",
        "Quý I/2026",
    ),
    (
        "Ban hành Bộ tiêu chí xã nông thôn mới nâng cao, kiểu mẫu của tỉnh giai đoạn 2026 - 2030",
        "Sở Nông nghiệp và Môi trường",
        "Các sở, ngành là chủ quản tiêu chí",
        "Tháng 3/2026",
    ),
    (
        "Phân bổ chi tiết kế hoạch vốn năm 2026 thực hiện Chương trình",
        "Sở Tài chính",
        "Sở Nông nghiệp và Môi trường",
        "Quý I/2026",
    ),
    (
        "Hỗ trợ xây dựng 25 mô hình liên kết sản xuất theo chuỗi giá trị",
        "Sở Nông nghiệp và Môi trường",
        "Liên minh Hợp tác xã tỉnh; UBND các xã",
        "Quý II/2026 - Quý IV/2026",
    ),
    (
        "Tổ chức đánh giá, phân hạng sản phẩm OCOP cấp tỉnh",
        "Sở Nông nghiệp và Môi trường",
        "Sở Công Thương; Sở Khoa học và Công nghệ",
        "Tháng 6/2026 - Tháng 10/2026",
    ),
    (
        "Đầu tư, nâng cấp đường giao thông nông thôn, đường nội đồng",
        "UBND các xã",
        "Sở Xây dựng",
        "Năm 2026",
    ),
    (
        "Sửa chữa, nâng cấp hồ, đập nhỏ xuống cấp trước mùa mưa lũ",
        "Sở Nông nghiệp và Môi trường",
        "UBND các xã có hồ, đập",
        "Trước 31/8/2026",
    ),
    (
        "Kiểm tra cơ sở vật chất trường học theo tiêu chí nông thôn mới",
        "Sở Giáo dục và Đào tạo",
        "UBND các xã",
        "Trong năm 2026",
    ),
    (
        "Đào tạo nghề cho lao động nông thôn",
        "Sở Nội vụ",
        "Các cơ sở giáo dục nghề nghiệp",
        "Thường xuyên",
    ),
    (
        "Thẩm định, trình công nhận xã đạt chuẩn nông thôn mới nâng cao, kiểu mẫu năm 2026",
        "Sở Nông nghiệp và Môi trường",
        "Thành viên Hội đồng thẩm định tỉnh",
        "Quý IV/2026",
    ),
    (
        "Truyền thông về xây dựng nông thôn mới trên các phương tiện thông tin đại chúng",
        "Báo và Phát thanh, Truyền hình tỉnh",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Thường xuyên",
    ),
    (
        "Giám sát việc huy động đóng góp của Nhân dân trong xây dựng nông thôn mới",
        "Ủy ban MTTQ Việt Nam tỉnh",
        "Các tổ chức chính trị - xã hội tỉnh",
        "Năm 2026",
    ),
    (
        "Tổng kết thực hiện Chương trình năm 2026, xây dựng kế hoạch năm 2027",
        "Sở Nông nghiệp và Môi trường",
        "Các sở, ngành; UBND các xã, phường",
        "Tháng 12/2026",
    ),
]


def make_thanh_hoa(out: Path, tmp: Path) -> dict:
    doc = new_document(size=14, after=6, line=1.2)
    page_numbers_top(doc.sections[0])
    layout_table(
        doc,
        [
            ("ỦY BAN NHÂN DÂN", {"bold": True}),
            ("TỈNH THANH HÓA", {"bold": True}),
            ("-------", {}),
            ("Số: 4125/KH-UBND", {}),
        ],
        [
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"bold": True}),
            ("Độc lập - Tự do - Hạnh phúc", {"bold": True}),
            ("---------------", {}),
            ("Thanh Hóa, ngày 26 tháng 12 năm 2025", {"italic": True}),
        ],
        widths=(6.0, 10.5),
    )
    paragraph(doc, "KẾ HOẠCH", bold=True, size=15, align=C, before=18, after=0)
    paragraph(
        doc,
        "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới\ntrên địa bàn tỉnh "
        "Thanh Hóa năm 2026",
        bold=True,
        align=C,
        after=12,
    )
    for text in (
        "Căn cứ Quyết định số 263/QĐ-TTg ngày 22 tháng 02 năm 2022 của Thủ tướng Chính phủ phê "
        "duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025 và "
        "các văn bản hướng dẫn của Trung ương về Chương trình giai đoạn tiếp theo;",
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây "
        "dựng nông thôn mới trên địa bàn tỉnh năm 2026, như sau:",
    ):
        paragraph(doc, text, align=J, first_line=1.0)
    body_docx(
        doc,
        TH_BLOCKS,
        {
            0: {"bold": True},
            1: {"bold": True},
            2: {"bold": True, "italic": True},
            3: {"italic": True},
        },
    )
    layout_table(
        doc,
        [("Nơi nhận:", {"align": L, "italic": True, "bold": True, "size": 12})]
        + [(r, {"align": L, "size": 11}) for r in TH_RECIPIENTS],
        [
            ("TM. ỦY BAN NHÂN DÂN", {"bold": True}),
            ("KT. CHỦ TỊCH", {"bold": True}),
            ("PHÓ CHỦ TỊCH", {"bold": True}),
            ("", {}),
            ("", {}),
            ("", {}),
            ("Lê Đức Giang", {"bold": True}),
        ],
        widths=(8.0, 8.5),
    )
    landscape_section(doc)
    paragraph(doc, "PHỤ LỤC", bold=True, align=C, after=0)
    paragraph(
        doc,
        "PHÂN CÔNG THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM NĂM 2026",
        bold=True,
        align=C,
        after=0,
    )
    paragraph(
        doc,
        "(Kèm theo Kế hoạch số 4125/KH-UBND ngày 26/12/2025 của UBND tỉnh Thanh Hóa)",
        italic=True,
        align=C,
        after=10,
    )
    widths = [1.2, 10.0, 5.2, 5.8, 4.0]
    table = doc.add_table(rows=1 + len(TH_ROWS), cols=5)
    no_borders(table)
    set_widths(table, widths)
    for i, text in enumerate(
        ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
    ):
        cell_text(table.rows[0].cells[i], text, bold=True, align=C, after=6)
    row_flag(table.rows[0], "w:tblHeader")
    for r, (name, lead, partners, time) in enumerate(TH_ROWS, start=1):
        cells = table.rows[r].cells
        for col, (text, align) in enumerate(
            [(str(r), C), (name, J), (lead, L), (partners, L), (time, C)]
        ):
            cell_text(cells[col], text, align=align, after=6)
    docx_path = tmp / "thanh_hoa_kh_2026.docx"
    save_docx(doc, docx_path, "Sở Nông nghiệp và Môi trường", "Kế hoạch nông thôn mới 2026")
    pdf = to_pdf(docx_path, out)

    key_tasks = []
    for name, lead, partners, time in TH_ROWS:
        start, end = split_range(time)
        if time.startswith("Trước"):
            start = ""  # a deadline, even in a "thực hiện" column
        over = {}
        if time == "Trong năm 2026":
            over = {
                "start_period": {"kind": "year", "year": 2026},
                "end_period": {"kind": "year", "year": 2026},
            }
        key_tasks.append(task(len(key_tasks) + 1, name, lead, partners, start, end, **over))
    targets = [
        target("I.2.1", "xã đạt chuẩn nông thôn mới nâng cao tăng thêm", 12, "xã", year=2026),
        target("I.2.1", "xã đạt chuẩn nông thôn mới kiểu mẫu tăng thêm", 4, "xã", year=2026),
        target(
            "I.2.1",
            "bình quân tiêu chí nông thôn mới đạt chuẩn mỗi xã",
            17.5,
            "tiêu chí",
            year=2026,
        ),
        target(
            "I.2.1",
            "xã đã đạt chuẩn duy trì, nâng chất các tiêu chí",
            100,
            "%",
            year=2026,
        ),
        target("I.2.2", "thôn đạt chuẩn nông thôn mới kiểu mẫu tăng thêm", 60, "thôn", year=2026),
        target(
            "I.2.3",
            "tỷ lệ hộ nghèo đa chiều khu vực nông thôn",
            2.5,
            "%",
            "<=",
            2026,
        ),
        target(
            "I.2.3",
            "thu nhập bình quân đầu người khu vực nông thôn",
            68,
            "triệu đồng",
            year=2026,
        ),
        target(
            "I.2.3",
            "tỷ lệ dân số nông thôn sử dụng nước sạch đáp ứng quy chuẩn",
            72,
            "%",
            year=2026,
        ),
        target(
            "II.2.1.1",
            "đường giao thông nông thôn được cứng hóa thêm",
            350,
            "km",
            year=2026,
        ),
        target(
            "II.2.2.(2)",
            "sản phẩm OCOP mới được công nhận từ 3 sao trở lên",
            80,
            "sản phẩm",
            year=2026,
        ),
        target(
            "appendix:4",
            "mô hình liên kết sản xuất theo chuỗi giá trị được hỗ trợ",
            25,
            "mô hình",
            year=2026,
        ),
    ]
    note = (
        "A province People's Committee's plan for 2026 (State layout, 'Số: 4125/KH-UBND', "
        "signed 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH'), a PDF made by "
        "LibreOffice. Parts 'I.' to 'IV.', areas '1.', then '2.1.', '2.1.1.' and, under II.2.2, "
        "'(1)' to '(3)' (so paths like 'II.2.1.1' and 'II.2.2.(2)'). Titles of "
        "paragraph-only nodes are their paragraph text. Part III has bullets directly under "
        "it after a paragraph with a budget (6.200 tỷ đồng, not a target). A plan for one "
        "year: every target's year is 2026. '17,5 tiêu chí/xã': unit 'tiêu chí'; 'giảm còn "
        "dưới 2,5%' is '<='; '3 sao', 'giai đoạn 2026 - 2030', '6 tháng' are not targets. The "
        "key-task table (landscape) has no ruling lines at all; its header row is repeated on "
        "the next page; rows are numbered 1..13. One time column 'Thời gian thực hiện': a "
        "range 'A - B' gives start A and end B; 'Trước 31/8/2026' is a deadline (start '', end "
        "the date 2026-08-31); any other value gives start = end ('Trong năm 2026' is the "
        "year 2026). No funding "
        "column: resources ''. Row 4 states a target (25 mô hình)."
    )
    data = gold(
        source="thanh_hoa_kh_2026.pdf",
        note=note,
        issuer="Ủy ban nhân dân tỉnh Thanh Hóa",
        number="4125/KH-UBND",
        date="2025-12-26",
        term=(2026, 2026),
        signed_by=("TM. Ủy ban nhân dân", "Phó Chủ tịch", "Lê Đức Giang"),
        recipients=TH_RECIPIENTS,
        blocks=TH_BLOCKS,
        key_tasks=key_tasks,
        targets=targets,
        value_text={
            ("I.2.1", "bình quân tiêu chí nông thôn mới đạt chuẩn mỗi xã"): "17,5",
            ("I.2.3", "tỷ lệ hộ nghèo đa chiều khu vực nông thôn"): "2,5",
        },
    )
    if pdf is None:
        return {}
    return {"thanh_hoa_kh_2026.pdf": data}


# =============================================================================================
# xa_vinh_hung_tay.txt
# =============================================================================================
NB = "\u00a0"  # web pages leave non-breaking spaces in copied text


def vh_head(level, number, title):
    return head(level, number, title, f"{number} {title}")


VH_BLOCKS = [
    head(0, "I", "MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU"),
    npara(
        1,
        "1",
        "Quán triệt sâu sắc, đầy đủ Nghị quyết Đại hội đến toàn thể cán bộ, đảng viên và Nhân "
        "dân; tạo sự thống nhất cao về ý chí và hành động trong toàn Đảng bộ.",
        "1 Quán triệt sâu sắc, đầy đủ Nghị quyết Đại hội đến toàn thể cán bộ, đảng viên và Nhân "
        "dân; tạo sự thống nhất cao về ý chí và hành động trong toàn Đảng bộ.",
    ),
    npara(
        1,
        "2",
        "Cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp của Nghị quyết thành những "
        "nhiệm vụ trọng tâm có lộ trình, có phân công cụ thể cho từng tổ chức, cá nhân.",
        "2 Cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp của Nghị quyết thành những "
        "nhiệm vụ trọng tâm có lộ trình, có phân công cụ thể cho từng tổ chức, cá nhân.",
    ),
    npara(
        1,
        "3",
        "Gắn việc thực hiện Chương trình với công tác kiểm tra, giám sát và đánh giá, xếp loại "
        "tổ chức đảng, đảng viên hằng năm.",
        "3 Gắn việc thực hiện Chương trình với công tác kiểm tra, giám sát và đánh giá, xếp loại "
        "tổ chức đảng, đảng viên hằng năm.",
    ),
    head(0, "II", "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"),
    vh_head(1, "1", "Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh"),
    vh_head(2, "1.1", "Công tác chính trị, tư tưởng"),
    item(
        "Đổi mới hình thức học tập, quán triệt nghị quyết; nâng cao chất lượng sinh hoạt chi "
        "bộ ấp, gắn với giải quyết những vấn đề cụ thể của địa phương.",
        "*",
    ),
    item(
        "Nắm chắc tình hình tư tưởng cán bộ, đảng viên và Nhân dân, nhất là vùng giáp biên; kịp "
        "thời định hướng dư luận xã hội.",
        "*",
    ),
    item(
        "Tiếp tục học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; đề cao trách "
        "nhiệm nêu gương của cán bộ, đảng viên.",
        "*",
    ),
    vh_head(2, "1.2", "Công tác tổ chức, cán bộ, đảng viên"),
    item(
        "Hằng năm kết nạp từ 15 đảng viên mới trở lên; có từ 80% chi bộ trở lên được đánh giá "
        "hoàn thành tốt nhiệm vụ.",
        "*",
    ),
    item(
        "Kiện toàn tổ chức bộ máy các cơ quan, đơn vị sau sắp xếp; bố trí cán bộ đúng vị trí "
        "việc làm, phát huy năng lực, sở trường.",
        "*",
    ),
    item(
        "Quan tâm đào tạo, bồi dưỡng cán bộ trẻ, cán bộ nữ; chú trọng kỹ năng số cho đội ngũ "
        "cán bộ, công chức xã.",
        "*",
    ),
    vh_head(2, "1.3", "Công tác kiểm tra, giám sát và dân vận"),
    item(
        "Thực hiện tốt chương trình kiểm tra, giám sát toàn khóa; tập trung vào lĩnh vực đất "
        "đai, tài chính, đầu tư công.",
        "*",
    ),
    item(
        "Phát huy phong trào thi đua “Dân vận khéo”; thực hiện tốt dân chủ ở cơ sở, đối thoại "
        "giữa người đứng đầu với Nhân dân.",
        "*",
    ),
    vh_head(1, "2", "Phát triển kinh tế"),
    item(
        "Tốc độ tăng giá trị sản xuất bình quân hằng năm đạt 9% trở lên; đến năm 2030 thu nhập "
        "bình quân đầu người đạt 95 triệu đồng.",
        "*",
    ),
    item(
        "Chuyển đổi cây trồng kém hiệu quả sang cây ăn trái, phấn đấu đến năm 2030 diện tích "
        "cây ăn trái toàn xã đạt 850 ha; trong đó:",
        "*",
    ),
    sub("Ưu tiên phát triển vùng mãng cầu, sầu riêng, bưởi có mã số vùng trồng;"),
    sub("Hỗ trợ nông dân tiếp cận tín dụng, giống tốt và kỹ thuật canh tác tiên tiến."),
    item(
        "Phát triển kinh tế tập thể, hợp tác xã gắn với liên kết tiêu thụ nông sản; hỗ trợ hộ "
        "kinh doanh chuyển lên doanh nghiệp.",
        "*",
    ),
    item(
        "Phát triển thương mại, dịch vụ tại khu vực chợ Vĩnh Hưng và các tuyến đường tỉnh đi qua "
        "địa bàn xã.",
        "*",
    ),
    vh_head(1, "3", "Xây dựng nông thôn mới, quản lý đất đai và bảo vệ môi trường"),
    item(
        "Duy trì, nâng chất các tiêu chí nông thôn mới; phấn đấu đến năm 2030 có 100% tuyến "
        "đường ấp được cứng hóa.",
        "*",
    ),
    item(
        "Quản lý chặt chẽ đất đai, xây dựng; kiên quyết xử lý các trường hợp lấn chiếm, xây "
        "dựng trái phép.",
        "*",
    ),
    item(
        "Thực hiện phân loại rác thải tại nguồn; trồng cây xanh trên các tuyến đường ấp, "
        "kinh\n- nội đồng.",
        "*",
    ),
    vh_head(1, "4", "Văn hóa - xã hội"),
    item(
        "Nâng cao chất lượng giáo dục các cấp học; duy trì trường đạt chuẩn quốc gia.",
        "*",
    ),
    item(
        "Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%; tỷ lệ hộ nghèo giảm còn dưới "
        "0,5% vào năm 2030.",
        "*",
    ),
    item(
        "Thực hiện tốt chính sách người có công, an sinh xã hội; vận động xây dựng nhà tình "
        "nghĩa, nhà đại đoàn kết.",
        "*",
    ),
    item(
        "Xây dựng đời sống văn hóa ở khu dân cư; giữ gìn bản sắc văn hóa truyền thống.",
        "*",
    ),
    vh_head(1, "5", "Quốc phòng, an ninh"),
    item(
        "Xây dựng lực lượng dân quân vững mạnh; hằng năm hoàn thành 100% chỉ tiêu giao quân.",
        "*",
    ),
    item(
        "Giữ vững an ninh chính trị, trật tự an toàn xã hội, nhất là khu vực biên giới; phát "
        "huy phong trào tự quản đường biên, cột mốc.",
        "*",
    ),
    vh_head(1, "6", "Xây dựng chính quyền, cải cách hành chính và chuyển đổi số"),
    item(
        "Nâng cao hiệu quả hoạt động của Hội đồng nhân dân, Ủy ban nhân dân xã; thực hiện tốt "
        "quy chế làm việc.",
        "*",
    ),
    item(
        "Đến năm 2027, 100% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trên môi trường "
        "điện tử.",
        "*",
    ),
    item(
        "Phát huy vai trò của tổ công nghệ số cộng đồng; hướng dẫn người dân sử dụng dịch vụ "
        "công trực tuyến.",
        "*",
    ),
    head(0, "III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN"),
    npara(
        1,
        "1",
        "Các chi bộ trực thuộc tổ chức quán triệt Chương trình hành động này đến đảng viên; "
        "xây dựng kế hoạch thực hiện của chi bộ.",
        "1 Các chi bộ trực thuộc tổ chức quán triệt Chương trình hành động này đến đảng viên; "
        "xây dựng kế hoạch thực hiện của chi bộ.",
    ),
    vh_head(1, "2", "Ủy ban nhân dân xã"),
    item("Cụ thể hóa Chương trình thành kế hoạch phát triển kinh tế - xã hội 5 năm và hằng năm."),
    item("Bố trí nguồn lực thực hiện các nhiệm vụ trọng tâm tại Phụ lục kèm theo."),
    npara(
        1,
        "3",
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội tuyên truyền, "
        "vận động Nhân dân thực hiện; giám sát việc thực hiện Chương trình.",
        "3 Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội tuyên truyền, "
        "vận động Nhân dân thực hiện; giám sát việc thực hiện Chương trình.",
    ),
    npara(
        1,
        "4",
        "Văn phòng Đảng ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Đảng ủy tình hình thực "
        "hiện Chương trình.",
        "4 Văn phòng Đảng ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Đảng ủy tình hình thực "
        "hiện Chương trình.",
    ),
]

VH_RECIPIENTS = [
    "- Ban Thường vụ Tỉnh ủy (để b/c),",
    "- Các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã,",
    "- HĐND, UBND, Ủy ban MTTQ Việt Nam xã,",
    "- Các cơ quan tham mưu, giúp việc Đảng ủy,",
    "- Các chi bộ trực thuộc,",
    "- Lưu Văn phòng Đảng ủy.",
]

# group rows (roman, title); rows (printed number, name, lead, partners, time, resources)
VH_ROWS = [
    ("I", "CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ"),
    (
        "1",
        "Tổ chức học tập, quán triệt Nghị quyết Đại hội và Chương trình hành động",
        "Ban Xây dựng Đảng",
        "Các chi bộ trực thuộc",
        f"Quý{NB}IV/2025",
        "Ngân sách xã",
    ),
    (
        "2",
        "Kết nạp đảng viên mới, ưu tiên ấp có ít đảng viên",
        "Ban Xây dựng Đảng",
        "Các chi bộ ấp",
        "Hằng năm",
        "Ngân sách xã",
    ),
    (
        "3",
        "Kiểm tra, giám sát việc thực hiện nhiệm vụ chính trị của các chi bộ",
        "Ủy ban Kiểm tra Đảng ủy",
        "Ban Xây dựng Đảng",
        "2025 - 2030",
        "Ngân sách xã",
    ),
    ("II", "PHÁT TRIỂN KINH TẾ - XÃ HỘI"),
    (
        "1",
        "Xây dựng vùng cây ăn trái tập trung có mã số vùng trồng",
        "Ủy ban nhân dân xã",
        "Hội Nông dân xã; các hợp tác xã",
        "2026 - 2030",
        "Ngân sách tỉnh, xã; vốn người dân",
    ),
    (
        "2",
        "Nhựa hóa các tuyến đường ấp còn lại",
        "Ủy ban nhân dân xã",
        "Ban nhân dân các ấp",
        "2026 - 2028",
        "Ngân sách tỉnh, xã; xã hội hóa",
    ),
    (
        "3",
        "Hỗ trợ 30 hộ nghèo xây dựng, sửa chữa nhà ở",
        "Ủy ban MTTQ Việt Nam xã",
        "Ủy ban nhân dân xã",
        "2026 - 2027",
        "Quỹ “Vì người nghèo”, xã hội hóa",
    ),
    (
        "4",
        "Lập hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao",
        "Ủy ban nhân dân xã",
        "Các ban, ngành, đoàn thể xã",
        "Năm 2028",
        "Ngân sách xã",
    ),
    (
        "5",
        "Sáp nhập, tổ chức lại các ấp theo quy định",
        "Ủy ban nhân dân xã",
        "Ban nhân dân các ấp",
        "Theo chỉ đạo của tỉnh",
        "",
    ),
    ("III", "QUỐC PHÒNG, AN NINH VÀ XÂY DỰNG CHÍNH QUYỀN"),
    (
        "1",
        "Tổ chức diễn tập chiến đấu phòng thủ xã",
        "Ban Chỉ huy quân sự xã",
        "Công an xã",
        "Tháng 6/2027",
        "Ngân sách xã",
    ),
    (
        "2",
        "Duy trì mô hình “Tự quản đường biên, cột mốc” tại các ấp giáp biên",
        "Công an xã",
        "Đồn Biên phòng; Ban nhân dân các ấp",
        "Thường xuyên",
        "Ngân sách xã",
    ),
    (
        "3",
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        "Văn phòng HĐND và UBND xã",
        "Trung tâm Phục vụ hành chính công xã",
        "Năm 2026",
        "Ngân sách xã",
    ),
]


def web_line(block: Block) -> list[str]:
    text = block_lines(block)
    if block.kind == "item" and block.marker == "*":
        text = f"*{NB}{block.text}"
    return text.split("\n")


def make_vinh_hung_tay(out: Path, _tmp: Path) -> dict:
    lines = [
        "ĐẢNG BỘ TỈNH TÂY NINH | ĐẢNG CỘNG SẢN VIỆT NAM",
        "ĐẢNG ỦY XÃ VĨNH HƯNG TÂY |",
        "* | Vĩnh Hưng Tây, ngày 30 tháng 10 năm 2025",
        "Số 03-CTr/ĐU |",
        "",
        "CHƯƠNG TRÌNH HÀNH ĐỘNG",
        "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Vĩnh Hưng Tây",
        "lần thứ I, nhiệm kỳ 2025 - 2030",
        "-----",
        "",
        "Đại hội đại biểu Đảng bộ xã Vĩnh Hưng Tây lần thứ I, nhiệm kỳ 2025 - 2030 đã thành "
        "công tốt đẹp. Để Nghị quyết Đại hội sớm đi vào cuộc sống, Ban Chấp hành Đảng bộ xã ban "
        "hành Chương trình hành động với các nội dung sau:",
    ]
    for block in VH_BLOCKS:
        lines += web_line(block)
    lines += [
        "Chương trình hành động này được phổ biến đến các chi bộ và cán bộ, đảng viên./.",
        "",
        "Nơi nhận: | T/M BAN CHẤP HÀNH",
        f"{VH_RECIPIENTS[0]} | BÍ THƯ",
        *VH_RECIPIENTS[1:],
        " | (đã ký)",
        " | Phan Thị Ngọc Hân",
        "",
        "-----",
        "",
        "PHỤ LỤC",
        "CÁC NHIỆM VỤ TRỌNG TÂM",
        "THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG",
        "(Kèm theo Chương trình hành động số 03-CTr/ĐU ngày 30/10/2025 của Ban Chấp hành Đảng bộ "
        "xã)",
        "",
        "TT | Nội dung nhiệm vụ | Cơ quan thực hiện | | Thời gian thực hiện | Nguồn lực",
        " | | Chủ trì | Phối hợp | |",
    ]
    for row in VH_ROWS:
        if len(row) == 2:
            lines.append(f"{row[0]} | {row[1]} | | | |")
        else:
            lines.append(" | ".join(row))
    lines.append("")
    path = out / "xa_vinh_hung_tay.txt"
    path.write_text("\n".join(lines), encoding="utf-8")

    key_tasks = []
    for row in VH_ROWS:
        if len(row) == 2:
            continue
        _, name, lead, partners, time, resources = row
        start, end = split_range(time.replace(NB, " "))
        key_tasks.append(task(len(key_tasks) + 1, name, lead, partners, start, end, resources))
    targets = [
        target("II.1.2", "đảng viên mới được kết nạp", 15, "đảng viên", recurrence="annual"),
        target(
            "II.1.2",
            "chi bộ được đánh giá hoàn thành tốt nhiệm vụ",
            80,
            "%",
            recurrence="annual",
        ),
        target("II.2", "tốc độ tăng giá trị sản xuất bình quân", 9, "%", recurrence="annual"),
        target("II.2", "thu nhập bình quân đầu người", 95, "triệu đồng", year=2030),
        target("II.2", "diện tích cây ăn trái toàn xã", 850, "ha", year=2030),
        target("II.3", "tuyến đường ấp được cứng hóa", 100, "%", year=2030),
        target("II.4", "tỷ lệ người dân tham gia bảo hiểm y tế", 95, "%", ">", 2030),
        target("II.4", "tỷ lệ hộ nghèo", 0.5, "%", "<=", 2030),
        target("II.5", "hoàn thành chỉ tiêu giao quân", 100, "%", recurrence="annual"),
        target(
            "II.6",
            "hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trên môi trường điện tử",
            100,
            "%",
            year=2027,
        ),
        target("appendix:6", "hộ nghèo được hỗ trợ xây dựng, sửa chữa nhà ở", 30, "hộ", year=2027),
    ]
    note = (
        "A commune Party committee's action program 2025-2030 copied from a web portal: one "
        "paragraph per line, header and signature as rows of cells joined by ' | ', rules of "
        "dashes; some spaces are non-breaking (U+00A0): the gold has plain spaces. Parts "
        "'I.' to 'III.'; areas are numbered '1 ', '2 ' … and sub-areas '1.1 ' … with no "
        "trailing dot. Bullets are '*' (followed by a non-breaking space) in part II and '-' in "
        "part III; '+' lines belong to the bullet above them. Part I's and III's numbered "
        "paragraphs are paragraph-only nodes (title = their text). A bullet in II.3 continues on "
        "a line starting '- nội đồng.' (not a bullet). Targets: 'hằng năm' gives 'annual'; "
        "'đạt trên 95%' is '>'; 'giảm còn dưới 0,5%' is '<='; targets with no year stated in "
        "a five-year program are due 2030. The appendix title wraps over two lines. Key-task "
        "table: two header rows ('Cơ quan thực hiện' over 'Chủ trì' / 'Phối hợp', copied as "
        "empty cells); group rows 'I', 'II', 'III' restart the printed numbering (I 1-3, II "
        "1-5, III 1-3); the gold numbers the rows 1..11 in document order. One time column "
        "'Thời gian thực hiện': 'A - B' gives start A and end B, any other value start = end. "
        "Row 8 has an empty 'Nguồn lực'. Row 6 states a target (30 hộ, by 2027)."
    )
    data = gold(
        source=path.name,
        note=note,
        issuer="Ban Chấp hành Đảng bộ xã Vĩnh Hưng Tây",
        number="03-CTr/ĐU",
        date="2025-10-30",
        term=(2025, 2030),
        signed_by=("T/M Ban Chấp hành", "Bí thư", "Phan Thị Ngọc Hân"),
        recipients=VH_RECIPIENTS,
        blocks=VH_BLOCKS,
        key_tasks=key_tasks,
        targets=targets,
        value_text={
            ("II.4", "tỷ lệ hộ nghèo"): "0,5%",
            ("II.2", "tốc độ tăng giá trị sản xuất bình quân"): "9%",
        },
    )
    return {path.name: data}


# =============================================================================================
# tinh_uy_gia_lai_ct.txt
# =============================================================================================
GL_TASKS: list[dict] = []


def gl_task(block: Block, name, lead, partners, start, end) -> Block:
    GL_TASKS.append(in_text(task(len(GL_TASKS) + 1, name, lead, partners, start, end), block.text))
    return block


GL_BLOCKS = [
    head(
        0,
        "1",
        "Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền và người đứng đầu trong công "
        "tác quản lý, bảo vệ và phát triển rừng",
    ),
    para(
        "Các cấp ủy, tổ chức đảng xác định quản lý, bảo vệ và phát triển rừng là nhiệm vụ chính "
        "trị thường xuyên, lâu dài, gắn với trách nhiệm cụ thể của từng tổ chức, cá nhân. Người "
        "đứng đầu cấp ủy, chính quyền cấp xã chịu trách nhiệm trực tiếp trước Ban Thường vụ "
        "Tỉnh ủy nếu để xảy ra phá rừng, cháy rừng, lấn chiếm đất rừng trên địa bàn."
    ),
    item(
        "Đưa nội dung quản lý, bảo vệ rừng vào nghị quyết, chương trình công tác của cấp ủy các "
        "cấp; làm tiêu chí đánh giá, xếp loại tổ chức đảng, cán bộ, đảng viên hằng năm."
    ),
    item(
        "Xử lý nghiêm trách nhiệm cán bộ, đảng viên buông lỏng quản lý, bao che, tiếp tay cho "
        "các hành vi vi phạm pháp luật về lâm nghiệp."
    ),
    head(0, "2", "Đẩy mạnh công tác tuyên truyền, vận động Nhân dân tham gia bảo vệ rừng"),
    para(
        "Công tác tuyên truyền phải được tiến hành thường xuyên, liên tục, có trọng tâm, trọng "
        "điểm, nhất là trước và trong mùa khô; làm cho mỗi người dân hiểu rõ quyền lợi, nghĩa "
        "vụ của mình trong bảo vệ rừng, tự giác chấp hành pháp luật về lâm nghiệp."
    ),
    item(
        "Đổi mới nội dung, hình thức tuyên truyền phù hợp với từng địa bàn, từng đối tượng, "
        "nhất là đồng bào dân tộc thiểu số sống gần rừng; sử dụng tiếng dân tộc trong tuyên "
        "truyền."
    ),
    item(
        "Phát huy vai trò của già làng, người có uy tín trong cộng đồng; xây dựng, nhân rộng "
        "các mô hình cộng đồng tự quản bảo vệ rừng."
    ),
    item("Đưa nội dung bảo vệ rừng vào hương ước, quy ước của thôn, làng, tổ dân phố."),
    head(
        0,
        "3",
        "Tăng cường quản lý nhà nước về lâm nghiệp; kiên quyết đấu tranh với các hành vi vi phạm",
    ),
    item(
        "Rà soát, xác định rõ ranh giới rừng và đất lâm nghiệp trên bản đồ và thực địa; giao "
        "rừng, cho thuê rừng gắn với giao đất, bảo đảm mọi diện tích rừng đều có chủ quản lý."
    ),
    gl_task(
        item(
            "Công an tỉnh chủ trì, phối hợp với Sở Nông nghiệp và Môi trường mở đợt cao điểm "
            "tấn công, trấn áp tội phạm vi phạm pháp luật về lâm nghiệp; thời gian thực hiện: "
            "quý I/2026."
        ),
        "Mở đợt cao điểm tấn công, trấn áp tội phạm vi phạm pháp luật về lâm nghiệp",
        "Công an tỉnh",
        "Sở Nông nghiệp và Môi trường",
        "Quý I/2026",
        "Quý I/2026",
    ),
    item(
        "Kiểm soát chặt chẽ việc chuyển mục đích sử dụng rừng sang mục đích khác; không chuyển "
        "đổi rừng tự nhiên để thực hiện các dự án trừ trường hợp đặc biệt theo quy định."
    ),
    item(
        "Nâng cao năng lực, trách nhiệm của lực lượng kiểm lâm; tăng cường phối hợp giữa kiểm "
        "lâm, công an, quân đội, bộ đội biên phòng trong tuần tra, kiểm soát, nhất là tại các "
        "khu vực giáp ranh giữa các xã, giáp ranh với các tỉnh lân cận."
    ),
    item(
        "Xử lý dứt điểm các vụ việc lấn chiếm đất rừng kéo dài; thu hồi diện tích đất rừng bị "
        "lấn chiếm để trồng lại rừng."
    ),
    head(0, "4", "Chủ động phòng cháy, chữa cháy rừng"),
    item(
        "Xây dựng, thực hiện phương án phòng cháy, chữa cháy rừng ngay từ đầu mùa khô; bố trí "
        "lực lượng trực 24/24 giờ tại các vùng trọng điểm có nguy cơ cháy cao."
    ),
    item(
        "Ứng dụng công nghệ viễn thám, camera cảnh báo sớm cháy rừng; đầu tư trang thiết bị "
        "chữa cháy cho các ban quản lý rừng."
    ),
    item(
        "Thực hiện tốt phương châm “bốn tại chỗ”; huy động kịp thời lực lượng, phương tiện của "
        "các cơ quan, đơn vị đóng quân trên địa bàn tham gia chữa cháy rừng."
    ),
    item(
        "Phấn đấu trong giai đoạn 2026 - 2030 giảm ít nhất 50% số vụ cháy rừng so với giai "
        "đoạn 2021 - 2025."
    ),
    head(
        0,
        "5",
        "Đẩy mạnh trồng rừng, phát triển lâm nghiệp bền vững, nâng cao đời sống người làm nghề "
        "rừng",
    ),
    item(
        "Mỗi năm trồng mới từ 9.000 ha rừng trở lên, ưu tiên cây bản địa, cây gỗ lớn; đến năm "
        "2030 tỷ lệ che phủ rừng toàn tỉnh đạt 49%."
    ),
    item(
        "Phát triển chế biến gỗ, lâm sản ngoài gỗ theo chuỗi giá trị; thu hút doanh nghiệp đầu "
        "tư trồng rừng có chứng chỉ."
    ),
    item(
        "Thực hiện đầy đủ, kịp thời chính sách chi trả dịch vụ môi trường rừng, hỗ trợ người "
        "dân nhận khoán bảo vệ rừng."
    ),
    head(
        0,
        "6",
        "Bố trí nguồn lực và nâng cao hiệu quả hoạt động của các chủ rừng",
    ),
    para(
        "Các cấp chính quyền ưu tiên bố trí ngân sách cho công tác quản lý, bảo vệ và phát "
        "triển rừng; lồng ghép các chương trình mục tiêu quốc gia, chương trình, dự án trên địa "
        "bàn; huy động các nguồn lực xã hội hóa và hợp tác quốc tế."
    ),
    item(
        "Sắp xếp, đổi mới, nâng cao hiệu quả hoạt động của các công ty lâm nghiệp, ban quản lý "
        "rừng phòng hộ, rừng đặc dụng; kiên quyết xử lý người đứng đầu để mất rừng."
    ),
    item(
        "Bảo đảm chế độ, chính sách đối với lực lượng chuyên trách bảo vệ rừng, kiểm lâm địa "
        "bàn; trang bị phương tiện, công cụ hỗ trợ phù hợp."
    ),
    item(
        "Khuyến khích phát triển du lịch sinh thái, nghỉ dưỡng dưới tán rừng theo quy định, "
        "tạo nguồn thu tái đầu tư cho bảo vệ rừng."
    ),
    head(0, "7", "Tổ chức thực hiện"),
]
GL_BLOCKS += [
    gl_task(
        npara(
            1,
            "a",
            "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng kế hoạch thực "
            "hiện Chỉ thị; hoàn thành trong tháng 01/2026.",
            "a) Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng kế hoạch "
            "thực hiện Chỉ thị; hoàn thành trong tháng 01/2026.",
        ),
        "Lãnh đạo Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện Chỉ thị",
        "Đảng ủy Ủy ban nhân dân tỉnh",
        "",
        "",
        "Tháng 01/2026",
    ),
    gl_task(
        npara(
            1,
            "b",
            "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Đảng đoàn Ủy ban Mặt trận "
            "Tổ quốc Việt Nam tỉnh hướng dẫn tuyên truyền, phổ biến Chỉ thị; hoàn thành trong "
            "quý I/2026.",
            "b) Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Đảng đoàn Ủy ban Mặt "
            "trận Tổ quốc Việt Nam tỉnh hướng dẫn tuyên truyền, phổ biến Chỉ thị; hoàn thành "
            "trong quý I/2026.",
        ),
        "Hướng dẫn tuyên truyền, phổ biến Chỉ thị",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "",
        "Quý I/2026",
    ),
    npara(
        1,
        "c",
        "Các đảng ủy trực thuộc Tỉnh ủy quán triệt, xây dựng kế hoạch thực hiện Chỉ thị phù hợp "
        "với tình hình địa phương, đơn vị.",
        "c) Các đảng ủy trực thuộc Tỉnh ủy quán triệt, xây dựng kế hoạch thực hiện Chỉ thị phù "
        "hợp với tình hình địa phương, đơn vị.",
    ),
    npara(
        1,
        "d",
        "Ủy ban Kiểm tra Tỉnh ủy đưa việc thực hiện Chỉ thị vào chương trình kiểm tra, giám sát "
        "của Ban Thường vụ Tỉnh ủy.",
        "d) Ủy ban Kiểm tra Tỉnh ủy đưa việc thực hiện Chỉ thị vào chương trình kiểm tra, giám "
        "sát của Ban Thường vụ Tỉnh ủy.",
    ),
    gl_task(
        npara(
            1,
            "đ",
            "Văn phòng Tỉnh ủy theo dõi, đôn đốc, tổng hợp tình hình thực hiện Chỉ thị, báo "
            "cáo Ban Thường vụ Tỉnh ủy; thời gian: hằng năm.",
            "đ) Văn phòng Tỉnh ủy theo dõi, đôn đốc, tổng hợp tình hình thực hiện Chỉ thị, báo "
            "cáo Ban Thường vụ Tỉnh ủy; thời gian: hằng năm.",
        ),
        "Theo dõi, đôn đốc, tổng hợp tình hình thực hiện Chỉ thị, báo cáo Ban Thường vụ Tỉnh ủy",
        "Văn phòng Tỉnh ủy",
        "",
        "Hằng năm",
        "Hằng năm",
    ),
    gl_task(
        npara(
            1,
            "e",
            "Giao Đảng ủy Ủy ban nhân dân tỉnh chủ trì, phối hợp với Văn phòng Tỉnh ủy tham mưu "
            "sơ kết 3 năm thực hiện Chỉ thị; hoàn thành trong quý IV/2028.",
            "e) Giao Đảng ủy Ủy ban nhân dân tỉnh chủ trì, phối hợp với Văn phòng Tỉnh ủy tham "
            "mưu sơ kết 3 năm thực hiện Chỉ thị; hoàn thành trong quý IV/2028.",
        ),
        "Tham mưu sơ kết 3 năm thực hiện Chỉ thị",
        "Đảng ủy Ủy ban nhân dân tỉnh",
        "Văn phòng Tỉnh ủy",
        "",
        "Quý IV/2028",
    ),
]

GL_RECIPIENTS = [
    "- Ban Bí thư Trung ương Đảng (để b/c),",
    "- Các đồng chí Tỉnh ủy viên,",
    "- Các ban đảng, Văn phòng Tỉnh ủy,",
    "- Đảng ủy Ủy ban nhân dân tỉnh,",
    "- Đảng đoàn Ủy ban MTTQ Việt Nam tỉnh,",
    "- Các đảng ủy trực thuộc Tỉnh ủy,",
    "- Lưu Văn phòng Tỉnh ủy.",
]


def layout_pages(lines_in: list[str], per_page: int = 50, width: int = 90) -> str:
    """Cut lines into pages as pdftotext -layout does: form feeds, the page number centred on
    the first line of pages 2 and on."""
    pages, current = [], []
    for line in lines_in:
        if len(current) >= per_page:
            pages.append(current)
            current = []
        current.append(line)
    pages.append(current)
    out = []
    for n, page in enumerate(pages, start=1):
        if n > 1:
            page = [" " * (width // 2) + str(n), ""] + page
        out.append("\n".join(page))
    return "\f".join(out) + "\n\f"


def layout_paragraph(text: str, rng, first="            ", rest="     ", width=90) -> list[str]:
    lines = wrap(text, width, first, rest)
    return [justify(line, width, rng) for line in lines[:-1]] + lines[-1:]


def make_gia_lai(out: Path, _tmp: Path) -> dict:
    rng = random.Random(7)
    lines = [
        "         TỈNH ỦY GIA LAI                                ĐẢNG CỘNG SẢN VIỆT NAM",
        "                *",
        "          Số 07-CT/TU                         Gia Lai, ngày 15 tháng 12 năm 2025",
        "",
        "",
        "                                          CHỈ THỊ",
        "              của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với",
        "                       công tác quản lý, bảo vệ và phát triển rừng",
        "                                           -----",
        "",
    ]
    for text in (
        "Trong giai đoạn 2021 - 2025, công tác quản lý, bảo vệ và phát triển rừng trên địa "
        "bàn tỉnh đạt nhiều kết quả quan trọng: toàn tỉnh trồng mới được 42.000 ha rừng; tỷ lệ "
        "che phủ rừng đạt 47,6%; số vụ vi phạm pháp luật về lâm nghiệp giảm 18% so với giai "
        "đoạn trước.",
        "Tuy nhiên, tình trạng phá rừng, lấn chiếm đất rừng, khai thác lâm sản trái phép vẫn "
        "diễn biến phức tạp ở một số địa bàn; cháy rừng trong mùa khô còn xảy ra, gây thiệt hại "
        "lớn; trách nhiệm của một số cấp ủy, chính quyền và người đứng đầu chưa cao.",
        "Để tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng "
        "trong tình hình mới, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính "
        "quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội các cấp tập trung thực hiện "
        "tốt các nhiệm vụ, giải pháp sau:",
    ):
        lines += layout_paragraph(text, rng) + [""]
    for block in GL_BLOCKS:
        text = block_lines(block)
        if block.kind == "item":
            lines += layout_paragraph(text, rng)
        elif block.kind == "node" and not block.opts.get("para_node"):
            lines += [""] + layout_paragraph(text, rng)
        else:
            lines += layout_paragraph(text, rng)
    lines += layout_paragraph(
        "Chỉ thị này được phổ biến đến chi bộ và cán bộ, đảng viên./.", rng
    ) + [""]
    sign = ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "", "", "", "Trần Quốc Bảo"]
    left = ["Nơi nhận:"] + GL_RECIPIENTS
    for i in range(max(len(left), len(sign))):
        lt = left[i] if i < len(left) else ""
        rt = sign[i] if i < len(sign) else ""
        lines.append(("     " + lt).ljust(60) + rt.center(30).rstrip() if rt else "     " + lt)
    path = out / "tinh_uy_gia_lai_ct.txt"
    path.write_text(layout_pages(lines, per_page=46), encoding="utf-8")

    targets = [
        target(
            "4",
            "mức giảm số vụ cháy rừng so với giai đoạn 2021 - 2025",
            50,
            "%",
            year=2030,
        ),
        target("5", "diện tích rừng trồng mới", 9000, "ha", recurrence="annual"),
        target("5", "tỷ lệ che phủ rừng toàn tỉnh", 49, "%", year=2030),
    ]
    note = (
        "A directive (chỉ thị) of a provincial Party committee's Standing Committee, text laid "
        "out like pdftotext -layout: justified lines with runs of spaces (single spaces in "
        "the gold), form feeds between pages, the page number centred on the first line of "
        "pages 2 and on, header and signature in two columns on the same lines. Signed 'T/M "
        "BAN THƯỜNG VỤ / PHÓ BÍ THƯ THƯỜNG TRỰC'. The directive has no parts: its points '1.' "
        "to '7.' are the top-level nodes (headings; points 1, 2 and 6 have a body paragraph "
        "before their bullets), and point 7 'Tổ chức thực hiện' has sub-points 'a)', 'b)', "
        "'c)', 'd)', "
        "'đ)', 'e)' (Vietnamese order: đ follows d) that are numbered paragraphs. No term is "
        "printed: term is what the clerk would set, 2025 (issued 15/12/2025) to 2030 (the "
        "targets run to 2030: 'giai đoạn 2026 - 2030', 'đến năm 2030'; the last task deadline "
        "is quý IV/2028). No key-task table: the key tasks are the bullets and sub-points that "
        "name a lead agency and a time (one bullet of point 3; sub-points a, b, đ, e of point "
        "7), numbered 1..5 in document order; c) and d) name a body but no time. name = the "
        "task wording without the lead, assignment and time clauses, first letter "
        "capitalised (a) keeps its verb 'Lãnh đạo'); times as a table cell prints them; "
        "'hoàn thành trong X' gives start '' and end X; 'thời gian thực hiện: X' and "
        "'thời gian: X' give start = end = X. Figures of 2021-2025 in the opening paragraphs "
        "(42.000 ha, 47,6%, 18%) are results, not targets; '24/24 giờ', '3 năm', 'bốn tại "
        "chỗ' are not targets. Targets: 'giảm ít nhất 50% số vụ cháy rừng' over 2026-2030 "
        "(year 2030), "
        "'mỗi năm … 9.000 ha' (annual), '49%' by 2030."
    )
    data = gold(
        source=path.name,
        note=note,
        issuer="Ban Thường vụ Tỉnh ủy Gia Lai",
        number="07-CT/TU",
        date="2025-12-15",
        term=(2025, 2030),
        signed_by=("T/M Ban Thường vụ", "Phó Bí thư Thường trực", "Trần Quốc Bảo"),
        recipients=GL_RECIPIENTS,
        blocks=GL_BLOCKS,
        key_tasks=GL_TASKS,
        targets=targets,
        value_text={("5", "diện tích rừng trồng mới"): "9.000"},
    )
    return {path.name: data}


# =============================================================================================
# phuong_binh_minh_dong_kh.docx
# =============================================================================================
BM_BLOCKS = [
    head(0, "I", "MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU"),
    head(1, "1", "Mục đích"),
    item(
        "Cụ thể hóa Chương trình hành động số 04-CTr/ĐU ngày 20/11/2025 của Ban Chấp hành Đảng "
        "bộ phường thành các nhiệm vụ, giải pháp của chính quyền trong giai đoạn 2026 - 2030."
    ),
    item(
        "Phân công cụ thể nhiệm vụ cho các phòng, đơn vị thuộc Ủy ban nhân dân phường và Ban "
        "điều hành các khu phố; làm căn cứ kiểm tra, đánh giá kết quả thực hiện."
    ),
    head(1, "2", "Yêu cầu"),
    item(
        "Bám sát chủ trương của Đảng ủy phường, bảo đảm tính khả thi, phù hợp với điều kiện "
        "thực tế của phường sau sắp xếp."
    ),
    item(
        "Đề cao trách nhiệm người đứng đầu; thường xuyên theo dõi, đôn đốc; định kỳ sơ kết, "
        "đánh giá, rút kinh nghiệm."
    ),
    head(0, "II", "MỤC TIÊU VÀ CHỈ TIÊU", "II. MỤC TIÊU VÀ CHỈ TIÊU"),
    head(1, "1", "Mục tiêu tổng quát"),
    para(
        "Xây dựng phường Bình Minh Đông phát triển nhanh, bền vững theo hướng đô thị văn minh, "
        "hiện đại; kinh tế thương mại - dịch vụ là động lực chính; chất lượng cuộc sống của "
        "Nhân dân ngày càng được nâng cao; quốc phòng, an ninh được giữ vững."
    ),
    npara(
        1,
        "2",
        "Các chỉ tiêu chủ yếu đến năm 2030: chi tiết tại Phụ lục I kèm theo.",
        "2. Các chỉ tiêu chủ yếu đến năm 2030: chi tiết tại Phụ lục I kèm theo.",
    ),
    head(0, "III", "NHIỆM VỤ, GIẢI PHÁP", "III. NHIỆM VỤ, GIẢI PHÁP"),
    head(1, "1", "Phát triển kinh tế và quản lý đô thị"),
    head(2, "1.1", "Thương mại, dịch vụ"),
    item(
        "Phát triển các tuyến phố thương mại, ẩm thực; nâng cấp, chỉnh trang chợ Bình Minh theo "
        "hướng văn minh, hiện đại."
    ),
    item(
        "Hỗ trợ hộ kinh doanh chuyển đổi số, thanh toán không dùng tiền mặt; khuyến khích hộ "
        "kinh doanh chuyển lên doanh nghiệp."
    ),
    item(
        "Cải thiện môi trường kinh doanh, rút ngắn thời gian giải quyết thủ tục cho doanh "
        "nghiệp, hộ kinh doanh."
    ),
    head(2, "1.2", "Quy hoạch, quản lý đô thị"),
    item(
        "Thực hiện quản lý chặt chẽ quy hoạch, trật tự xây dựng; công khai quy hoạch chi tiết "
        "các khu đô thị mới trên địa bàn."
    ),
    item(
        "Chỉnh trang vỉa hè, hệ thống chiếu sáng, cây xanh trên các tuyến đường chính; xóa bỏ "
        "các điểm ngập úng cục bộ."
    ),
    head(1, "2", "Văn hóa - xã hội"),
    item(
        "Nâng cao chất lượng giáo dục; bảo đảm đủ chỗ học cho trẻ em trong độ tuổi ở các khu "
        "dân cư mới."
    ),
    item("Củng cố trạm y tế phường; quản lý sức khỏe người dân trên hồ sơ sức khỏe điện tử."),
    item(
        "Thực hiện tốt chính sách an sinh xã hội; chăm lo người có công, người cao tuổi, trẻ em "
        "có hoàn cảnh khó khăn."
    ),
    item(
        "Xây dựng khu phố văn hóa, nếp sống văn minh đô thị; phát triển phong trào thể dục, thể "
        "thao quần chúng."
    ),
    head(1, "3", "Tài nguyên và môi trường"),
    item("Quản lý chặt chẽ đất đai, kịp thời phát hiện, xử lý các trường hợp lấn chiếm đất công."),
    item(
        "Thu gom, xử lý rác thải sinh hoạt; vận động người dân phân loại rác tại nguồn, hạn chế "
        "sử dụng túi ni lông."
    ),
    head(1, "4", "Quốc phòng, an ninh"),
    item("Xây dựng lực lượng dân quân, lực lượng bảo vệ an ninh, trật tự ở cơ sở vững mạnh."),
    item(
        "Kiềm chế, kéo giảm tội phạm, tệ nạn xã hội; bảo đảm trật tự an toàn giao thông, phòng "
        "cháy, chữa cháy tại khu dân cư."
    ),
    head(1, "5", "Xây dựng chính quyền, cải cách hành chính"),
    item(
        "Nâng cao chất lượng phục vụ của Trung tâm Phục vụ hành chính công phường; tiếp nhận, "
        "giải quyết hồ sơ không phụ thuộc địa giới hành chính."
    ),
    item(
        "Đẩy mạnh chuyển đổi số trong hoạt động của Ủy ban nhân dân phường; sử dụng hiệu quả "
        "hệ thống quản lý văn bản và điều hành."
    ),
    head(0, "IV", "TỔ CHỨC THỰC HIỆN", "IV. TỔ CHỨC THỰC HIỆN"),
    npara(
        1,
        "1",
        "Các phòng, đơn vị thuộc Ủy ban nhân dân phường căn cứ Kế hoạch này và các Phụ lục kèm "
        "theo, xây dựng kế hoạch hằng năm của đơn vị, tổ chức thực hiện.",
    ),
    head(1, "2", "Văn phòng HĐND và UBND phường"),
    item("Theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp báo cáo định kỳ."),
    item("Tham mưu sơ kết giữa kỳ và tổng kết thực hiện Kế hoạch."),
    npara(
        1,
        "3",
        "Ban điều hành các khu phố tuyên truyền, vận động Nhân dân tham gia thực hiện các nhiệm "
        "vụ trên địa bàn khu phố.",
    ),
    npara(
        1,
        "4",
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội "
        "phường phối hợp tuyên truyền, vận động và giám sát việc thực hiện Kế hoạch.",
    ),
]

BM_RECIPIENTS = [
    "- UBND thành phố (b/c);",
    "- Thường trực Đảng ủy phường (b/c);",
    "- Thường trực HĐND phường;",
    "- Chủ tịch, các PCT UBND phường;",
    "- Ủy ban MTTQ Việt Nam phường;",
    "- Các phòng, đơn vị thuộc UBND phường;",
    "- Ban điều hành các khu phố;",
    "- Lưu: VT.",
]

# (indicator as printed, unit as printed, 2025, 2030 cell)
BM_TARGET_ROWS = [
    ("Tổng thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "96", "150"),
    ("Số doanh nghiệp đang hoạt động trên địa bàn", "Doanh nghiệp", "210", "320"),
    ("Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình văn hóa”", "%", "93", "≥ 95"),
    ("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", "0,8", "0"),
    ("Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "94,5", "98"),
    ("Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình", "%", "60", "90"),
]

# (name, lead, partners, start, end)
BM_ROWS = [
    (
        "Xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030 của phường",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Các phòng, đơn vị thuộc UBND phường",
        "01/2026",
        "3/2026",
    ),
    (
        "Nâng cấp, chỉnh trang chợ Bình Minh",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Ban quản lý chợ; các tiểu thương",
        "2026",
        "2027",
    ),
    (
        "Chỉnh trang vỉa hè, chiếu sáng tuyến đường Nguyễn Văn Cừ nối dài",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Ban điều hành khu phố 3, khu phố 4",
        "Quý II/2026",
        "Quý IV/2026",
    ),
    (
        "Xây dựng mới Trường Mầm non Bình Minh Đông",
        "Phòng Văn hóa - Xã hội",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "2026",
        "12/2027",
    ),
    (
        "Rà soát, cập nhật hồ sơ sức khỏe điện tử cho người dân",
        "Trạm Y tế phường",
        "Ban điều hành các khu phố",
        "Quý I/2026",
        "Quý IV/2026",
    ),
    (
        "Tổ chức bình xét danh hiệu “Gia đình văn hóa”, “Khu phố văn hóa”",
        "Phòng Văn hóa - Xã hội",
        "Ủy ban MTTQ Việt Nam phường",
        "Hằng năm",
        "Hằng năm",
    ),
    (
        "Xử lý các điểm ngập úng cục bộ trên địa bàn",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Công ty Cấp thoát nước thành phố",
        "2026",
        "2028",
    ),
    (
        "Xây dựng mô hình “Khu phố an toàn về an ninh, trật tự”",
        "Công an phường",
        "Ban điều hành các khu phố",
        "2026",
        "2030",
    ),
    (
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        "Văn phòng HĐND và UBND phường",
        "Trung tâm Phục vụ hành chính công phường",
        "Quý I/2026",
        "Quý IV/2026",
    ),
    (
        "Sơ kết giữa kỳ thực hiện Kế hoạch",
        "Văn phòng HĐND và UBND phường",
        "Các phòng, đơn vị",
        "Quý III/2028",
        "Quý IV/2028",
    ),
]

TT_ABSTRACT, TT_NUM = 95, 95


def add_tt_numbering(doc) -> None:
    """A one-level list "%1" for the TT column of the key-task table."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{TT_ABSTRACT}">'
        '<w:nsid w:val="3A1F77C2"/><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1"/><w:lvlJc w:val="center"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl></w:abstractNum>'
    )
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{TT_NUM}">'
            f'<w:abstractNumId w:val="{TT_ABSTRACT}"/></w:num>'
        )
    )


def number_cell(cell) -> None:
    numpr = cell.paragraphs[0]._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = TT_NUM
    cell.paragraphs[0].alignment = C


def make_binh_minh_dong(out: Path, _tmp: Path) -> dict:
    doc = new_document(size=14, after=6, line=1.15)
    add_tt_numbering(doc)
    page_numbers_top(doc.sections[0])
    for name in ("List Bullet",):
        doc.styles[name].font.name = "Times New Roman"
    layout_table(
        doc,
        [
            ("ỦY BAN NHÂN DÂN", {}),
            ("PHƯỜNG BÌNH MINH ĐÔNG", {"bold": True}),
            ("-------", {}),
            ("Số: 356/KH-UBND", {}),
        ],
        [
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"bold": True}),
            ("Độc lập - Tự do - Hạnh phúc", {"bold": True}),
            ("---------------", {}),
            ("Bình Minh Đông, ngày 12 tháng 01 năm 2026", {"italic": True}),
        ],
        widths=(6.5, 10.0),
    )
    paragraph(doc, "KẾ HOẠCH", bold=True, size=15, align=C, before=18, after=0)
    paragraph(
        doc,
        "Thực hiện Chương trình hành động số 04-CTr/ĐU ngày 20/11/2025 của Ban Chấp hành\n"
        "Đảng bộ phường thực hiện Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I,\n"
        "nhiệm kỳ 2025 - 2030, giai đoạn 2026 - 2030",
        bold=True,
        align=C,
        after=12,
    )
    paragraph(
        doc,
        "Thực hiện Chương trình hành động số 04-CTr/ĐU ngày 20/11/2025 của Ban Chấp hành Đảng "
        "bộ phường, Ủy ban nhân dân phường Bình Minh Đông ban hành Kế hoạch thực hiện giai "
        "đoạn 2026 - 2030 như sau:",
        align=J,
        first_line=1.0,
    )
    for block in BM_BLOCKS:
        text = block_lines(block)
        if block.kind == "item":
            p = doc.add_paragraph(block.text, style="List Bullet")
            p.alignment = J
            for run in p.runs:
                run.font.name = "Times New Roman"
        elif block.kind == "node" and block.opts.get("para_node"):
            number, _, rest = text.partition(" ")
            paragraph(doc, [(number + " ", {"bold": True}), (rest, {})], align=J, first_line=1.0)
        elif block.kind == "node":
            paragraph(
                doc,
                text,
                bold=True,
                italic=block.level == 2,
                align=J,
                first_line=1.0,
                keep_next=True,
            )
        else:
            paragraph(doc, text, align=J, first_line=1.0)
    layout_table(
        doc,
        [("Nơi nhận:", {"align": L, "italic": True, "bold": True, "size": 12})]
        + [(r, {"align": L, "size": 11}) for r in BM_RECIPIENTS],
        [
            ("TM. ỦY BAN NHÂN DÂN", {"bold": True}),
            ("CHỦ TỊCH", {"bold": True}),
            ("", {}),
            ("", {}),
            ("", {}),
            ("Huỳnh Thị Mỹ Duyên", {"bold": True}),
        ],
        widths=(8.0, 8.5),
    )
    landscape_section(doc)
    paragraph(doc, "Phụ lục I", bold=True, align=C, after=0)
    paragraph(doc, "MỘT SỐ CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030", bold=True, align=C, after=0)
    paragraph(
        doc,
        "(Kèm theo Kế hoạch số 356/KH-UBND ngày 12/01/2026 của UBND phường Bình Minh Đông)",
        italic=True,
        align=C,
        after=8,
    )
    t1 = doc.add_table(rows=1 + len(BM_TARGET_ROWS), cols=5)
    grid_borders(t1)
    set_widths(t1, [1.2, 12.0, 3.0, 4.2, 4.2])
    for i, text in enumerate(
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Mục tiêu đến năm 2030"]
    ):
        cell_text(t1.rows[0].cells[i], text, bold=True, align=C)
    for r, row in enumerate(BM_TARGET_ROWS, start=1):
        cells = t1.rows[r].cells
        cell_text(cells[0], str(r), align=C)
        cell_text(cells[1], row[0])
        for col, text in zip((2, 3, 4), row[1:], strict=True):
            cell_text(cells[col], text, align=C)
    page = doc.add_paragraph()
    from docx.enum.text import WD_BREAK

    page.add_run().add_break(WD_BREAK.PAGE)
    paragraph(doc, "Phụ lục II", bold=True, align=C, after=0)
    paragraph(doc, "DANH MỤC NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN 2026 - 2030", bold=True, align=C, after=0)
    paragraph(
        doc,
        "(Kèm theo Kế hoạch số 356/KH-UBND ngày 12/01/2026 của UBND phường Bình Minh Đông)",
        italic=True,
        align=C,
        after=8,
    )
    t2 = doc.add_table(rows=2 + len(BM_ROWS), cols=6)
    grid_borders(t2)
    set_widths(t2, [1.2, 9.0, 5.0, 5.4, 2.8, 2.8])
    top, bottom = t2.rows[0].cells, t2.rows[1].cells
    for col, text in enumerate(
        ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", ""]
    ):
        if text:
            cell_text(top[col], text, bold=True, align=C)
    cell_text(bottom[4], "Bắt đầu", bold=True, align=C)
    cell_text(bottom[5], "Kết thúc", bold=True, align=C)
    for col in range(4):
        t2.cell(0, col).merge(t2.cell(1, col))
    t2.cell(0, 4).merge(t2.cell(0, 5))
    row_flag(t2.rows[0], "w:tblHeader")
    row_flag(t2.rows[1], "w:tblHeader")
    for r, (name, lead, partners, start, end) in enumerate(BM_ROWS, start=2):
        cells = t2.rows[r].cells
        number_cell(cells[0])
        cell_text(cells[1], name, align=J)
        cell_text(cells[2], lead)
        cell_text(cells[3], partners)
        cell_text(cells[4], start, align=C)
        cell_text(cells[5], end, align=C)
    path = out / "phuong_binh_minh_dong_kh.docx"
    save_docx(doc, path, "Văn phòng HĐND và UBND phường", "Kế hoạch 2026 - 2030")

    def month(text):
        m, y = text.split("/")
        return {"kind": "month", "year": int(y), "month": int(m)}

    key_tasks = []
    for name, lead, partners, start, end in BM_ROWS:
        over = {}
        if start[:1].isdigit() and "/" in start:
            over["start_period"] = month(start)
        if end[:1].isdigit() and "/" in end:
            over["end_period"] = month(end)
        key_tasks.append(task(len(key_tasks) + 1, name, lead, partners, start, end, **over))
    units = {"Tỷ đồng": "tỷ đồng", "Doanh nghiệp": "doanh nghiệp", "%": "%"}
    targets = []
    value_text = {}
    for indicator, unit, base, goal in BM_TARGET_ROWS:
        value = float(goal.replace("≥", "").strip().replace(",", "."))
        value = int(value) if value.is_integer() else value
        comparison = "<=" if "hộ nghèo" in indicator else ">="
        t = target("II.2", indicator, value, units[unit], comparison, 2030)
        b = float(base.replace(",", "."))
        t["baseline_value"] = int(b) if b.is_integer() else b
        t["baseline_year"] = 2025
        targets.append(t)
        value_text[("II.2", indicator)] = "Phụ lục I"
    note = (
        "A ward People's Committee's plan for 2026-2030 carrying out the ward Party "
        "committee's action program (State layout, 'Số: 356/KH-UBND', signed 'TM. ỦY BAN "
        "NHÂN DÂN / CHỦ TỊCH'). Parts 'I.' to 'IV.', areas '1.', sub-areas '1.1.' (typed). "
        "Bullets are Word automatic bullets (style 'List Bullet', no bullet character in the "
        "text). Titles of paragraph-only nodes are their paragraph text. Term 2026-2030 (the "
        "plan's period). There are two appendix tables. 'Phụ lục I' lists the main targets "
        "(TT | Chỉ tiêu | Đơn vị tính | Ước thực hiện năm 2025 | Mục tiêu đến năm 2030); it is "
        "not a key-task table. Its six rows are the targets, placed at 'II.2' (the paragraph "
        "that refers to Phụ lục I), due 2030, with the 2025 estimate as baseline; '≥ 95' is "
        "'>='; the poverty rate's goal '0' is '<=' 0; units in lower case. 'Phụ lục II' is the "
        "key-task table: two header rows ('Thời gian' over 'Bắt đầu' / 'Kết thúc'), both "
        "repeated; the STT column uses Word automatic numbering (the numbers 1..10 are not in "
        "the cell text). Times include months written without 'Tháng' ('01/2026', '3/2026', "
        "'12/2027': month periods) and bare years ('2026', '2030'). No funding column: "
        "resources ''."
    )
    data = gold(
        source=path.name,
        note=note,
        issuer="Ủy ban nhân dân phường Bình Minh Đông",
        number="356/KH-UBND",
        date="2026-01-12",
        term=(2026, 2030),
        signed_by=("TM. Ủy ban nhân dân", "Chủ tịch", "Huỳnh Thị Mỹ Duyên"),
        recipients=BM_RECIPIENTS,
        blocks=BM_BLOCKS,
        key_tasks=key_tasks,
        targets=targets,
        value_text=value_text,
    )
    return {path.name: data}


# =============================================================================================
DOCUMENTS = {
    "bo_xay_dung_kh": make_bo_xay_dung,
    "thanh_hoa_kh_2026": make_thanh_hoa,
    "xa_vinh_hung_tay": make_vinh_hung_tay,
    "tinh_uy_gia_lai_ct": make_gia_lai,
    "phuong_binh_minh_dong_kh": make_binh_minh_dong,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATA, help="output folder")
    parser.add_argument("--only", help="make only this document (its stem)")
    parser.add_argument("--docx-dir", type=Path, help="keep the .docx behind each PDF here")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = args.docx_dir or Path(tempfile.mkdtemp())
    tmp.mkdir(parents=True, exist_ok=True)
    for name, make in DOCUMENTS.items():
        if args.only and args.only != name:
            continue
        for source, data in make(args.out, tmp).items():
            validate_gold(data)
            stem = source.rsplit(".", 1)[0]
            write_gold(args.out / f"{stem}.gold.json", data)
            print(args.out / source)


if __name__ == "__main__":
    main()
