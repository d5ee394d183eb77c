"""Write the second held-out set of import documents and their gold files.

    python hanhdong/imports/tests/data/heldout2/make_heldout2.py [--docx-dir DIR]

Writes into this folder (see README.md here for what each document is):

  * phuong_yen_thanh_bac_ctr.docx - a ward Party committee's action program 2025-2030;
  * xa_dong_lac_kh_2026.pdf       - a commune People's Committee's plan for 2026 (PDF made
                                    by LibreOffice from a generated .docx);
  * tinh_uy_ninh_binh_tb.txt      - a notice of conclusions of a provincial Party committee's
                                    Standing Committee, as a web portal copy gives it;
  * xa_tan_lap_ctr.txt            - a commune Party committee's action program copied from a
                                    web portal, table cells separated by TABs;
  * xa_my_thanh_de_an.docx        - a commune Party committee's scheme (đề án) with no stated
                                    term and no key-task table.

Written by someone who had not read the importer. Wording, bodies and people are invented.
Uses scripts/corpus_lib.py (python-docx; LibreOffice for the PDF). The outline part of each
gold file comes from the same block description as the document; key tasks and targets are
written by hand next to the text they come from.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[4] / "scripts"))

from corpus_lib import (  # noqa: E402
    WD_ALIGN_PARAGRAPH,
    block_lines,
    cell_text,
    flat,
    gold,
    grid_borders,
    head,
    item,
    landscape_section,
    layout_table,
    new_document,
    npara,
    page_break,
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


def render_blocks(doc, blocks, styles):
    """Typed numbers and bullets; ``styles`` maps a node level to run options."""
    for block in blocks:
        text = block_lines(block)
        if block.kind == "node" and block.opts.get("para_node"):
            number, _, rest = text.partition(" ")
            paragraph(doc, [(number + " ", {"bold": True}), (rest, {})], align=J, first_line=1.0)
        elif block.kind == "node":
            opts = styles.get(block.level, {})
            paragraph(
                doc,
                text,
                bold=opts.get("bold", True),
                italic=opts.get("italic"),
                align=opts.get("align", J),
                first_line=opts.get("first_line", 1.0),
                keep_next=True,
            )
        else:
            italic = block.opts.get("italic")
            paragraph(doc, text, align=J, first_line=1.0, italic=italic)


# =============================================================================================
# 1. phuong_yen_thanh_bac_ctr.docx - Chương trình hành động của Đảng bộ phường
# =============================================================================================
YTB_BLOCKS = [
    head(0, "I", "MỤC ĐÍCH, YÊU CẦU"),
    npara(
        1,
        "1",
        "Cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ và giải pháp Nghị quyết Đại hội đã đề ra "
        "thành những việc làm có địa chỉ, có thời hạn, làm căn cứ để cấp ủy, chính quyền, Mặt "
        "trận và các đoàn thể phường xây dựng kế hoạch công tác hằng năm.",
    ),
    npara(
        1,
        "2",
        "Phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện từng nhiệm vụ "
        "trọng tâm; gắn trách nhiệm người đứng đầu với kết quả thực hiện; định kỳ sơ kết, đánh "
        "giá để kịp thời bổ sung, điều chỉnh cho phù hợp.",
    ),
    head(0, "II", "MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU"),
    head(1, "1", "Mục tiêu tổng quát"),
    para(
        "Xây dựng Đảng bộ và hệ thống chính trị phường trong sạch, vững mạnh; phát huy sức mạnh "
        "đoàn kết của Nhân dân; phát triển phường Yên Thanh Bắc thành đô thị văn minh, hiện đại, "
        "có thương mại - dịch vụ phát triển, đời sống vật chất và tinh thần của Nhân dân không "
        "ngừng được nâng lên."
    ),
    head(1, "2", "Các chỉ tiêu chủ yếu đến năm 2030"),
    head(
        2,
        "a",
        "Về xây dựng Đảng và hệ thống chính trị",
        label="a) Về xây dựng Đảng và hệ thống chính trị",
    ),
    item(
        "Hằng năm có từ 90% tổ chức cơ sở đảng trở lên được xếp loại “Hoàn thành tốt nhiệm vụ” "
        "trở lên."
    ),
    item("Mỗi năm kết nạp từ 20 đảng viên mới trở lên."),
    item("100% tổ dân phố có chi bộ đảng sinh hoạt riêng trong nhiệm kỳ."),
    head(2, "b", "Về kinh tế", label="b) Về kinh tế"),
    item(
        "Tổng thu ngân sách nhà nước trên địa bàn tăng bình quân 10%/năm; đến năm 2030 thu "
        "ngân sách trên địa bàn đạt 420 tỷ đồng."
    ),
    item("Đến năm 2030, tỷ trọng thương mại - dịch vụ trong cơ cấu kinh tế của phường chiếm 68%."),
    item("Phấn đấu đến năm 2030 thu nhập bình quân đầu người đạt 160 triệu đồng/năm."),
    head(2, "c", "Về văn hóa - xã hội và môi trường", label="c) Về văn hóa - xã hội và môi trường"),
    item(
        "Đến năm 2030, tỷ lệ hộ gia đình được công nhận “Gia đình văn hóa” đạt 95%; 100% tổ "
        "dân phố giữ vững danh hiệu “Tổ dân phố văn hóa”."
    ),
    item("Giảm tỷ lệ hộ cận nghèo xuống dưới 0,5% vào năm 2028."),
    item(
        "Đến năm 2030, tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 100%; tỷ lệ hộ dân "
        "sử dụng nước sạch đạt 100%."
    ),
    item("Mỗi năm giải quyết việc làm mới cho 350 lao động."),
    head(0, "III", "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU"),
    para(
        "Để thực hiện thắng lợi Nghị quyết Đại hội, các cấp ủy, tổ chức đảng và hệ thống chính "
        "trị phường tập trung thực hiện tốt các nhiệm vụ, giải pháp sau:"
    ),
    head(1, "1", "Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh"),
    head(2, "1.1", "Công tác chính trị, tư tưởng", label="1.1. Công tác chính trị, tư tưởng"),
    item(
        "Tổ chức học tập, quán triệt Nghị quyết Đại hội đến từng chi bộ, đảng viên; đưa nội "
        "dung Nghị quyết vào sinh hoạt chi bộ định kỳ."
    ),
    item(
        "Chủ động nắm bắt tư tưởng, tâm trạng của cán bộ, đảng viên và Nhân dân, nhất là ở các "
        "khu vực chỉnh trang, giải phóng mặt bằng."
    ),
    item(
        "Phát huy vai trò của lực lượng nòng cốt trong đấu tranh phản bác các quan điểm sai "
        "trái, thù địch trên không gian mạng."
    ),
    head(
        2,
        "1.2",
        "Công tác tổ chức, cán bộ và đảng viên",
        label="1.2. Công tác tổ chức, cán bộ và đảng viên",
    ),
    item(
        "Rà soát, kiện toàn các chi bộ tổ dân phố sau khi sắp xếp; bố trí bí thư chi bộ đồng "
        "thời là tổ trưởng tổ dân phố ở nơi có đủ điều kiện."
    ),
    item("Nâng cao chất lượng sinh hoạt chi bộ, trong đó chú trọng:"),
    sub("Sinh hoạt chuyên đề ít nhất một lần mỗi quý;"),
    sub("Gắn nội dung sinh hoạt với việc giải quyết những vấn đề bức xúc ở tổ dân phố."),
    item(
        "Làm tốt công tác tạo nguồn, bồi dưỡng quần chúng ưu tú, chú trọng đoàn viên thanh niên "
        "và người lao động trong các doanh nghiệp trên địa bàn."
    ),
    head(2, "1.3", "Công tác kiểm tra, giám sát", label="1.3. Công tác kiểm tra, giám sát"),
    item(
        "Xây dựng và thực hiện chương trình kiểm tra, giám sát toàn khóa, tập trung vào lĩnh "
        "vực đất đai, trật tự xây dựng, quản lý tài chính, tài sản công."
    ),
    item(
        "Kịp thời xem xét, xử lý nghiêm tổ chức đảng, đảng viên vi phạm; công khai kết quả xử "
        "lý để Nhân dân giám sát."
    ),
    head(1, "2", "Phát triển kinh tế đô thị, thương mại - dịch vụ"),
    item(
        "Khai thác lợi thế các tuyến phố ven sông để phát triển dịch vụ ăn uống, mua sắm và "
        "kinh tế ban đêm gắn với phố đi bộ."
    ),
    item(
        "Hỗ trợ hộ kinh doanh chuyển lên hoạt động theo mô hình doanh nghiệp; đẩy mạnh thanh "
        "toán không dùng tiền mặt tại các chợ, trung tâm thương mại."
    ),
    item(
        "Tạo điều kiện thuận lợi cho doanh nghiệp tiếp cận mặt bằng sản xuất, kinh doanh,\n"
        "nguồn vốn tín dụng và các chính sách hỗ trợ của Nhà nước."
    ),
    item(
        "Tăng cường quản lý thu ngân sách, chống thất thu thuế đối với hoạt động kinh doanh "
        "trên nền tảng số."
    ),
    head(1, "3", "Quản lý đô thị, đất đai và bảo vệ môi trường"),
    item(
        "Quản lý chặt chẽ trật tự xây dựng, xử lý dứt điểm các công trình vi phạm ngay từ khi "
        "mới phát sinh."
    ),
    item(
        "Đầu tư cải tạo hệ thống tiêu thoát nước, hạn chế ngập úng cục bộ tại các khu dân cư "
        "phía Bắc phường."
    ),
    item(
        "Duy trì phân loại chất thải rắn sinh hoạt tại nguồn; phát triển mảng xanh tại các "
        "tuyến phố, khu công cộng."
    ),
    head(1, "4", "Phát triển văn hóa, xã hội, chăm lo đời sống Nhân dân"),
    item(
        "Nâng cao chất lượng phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”; xây "
        "dựng các tuyến phố văn minh, kiểu mẫu."
    ),
    item(
        "Đầu tư, nâng cấp nhà văn hóa tổ dân phố; tổ chức tốt các hoạt động văn hóa, thể thao "
        "cộng đồng."
    ),
    item(
        "Thực hiện đầy đủ, kịp thời chính sách đối với người có công, người cao tuổi và các "
        "đối tượng bảo trợ xã hội."
    ),
    item(
        "Nâng cao chất lượng khám, chữa bệnh ban đầu tại Trạm Y tế phường; vận động Nhân dân "
        "tham gia bảo hiểm y tế."
    ),
    head(1, "5", "Bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội"),
    item(
        "Xây dựng khu vực phòng thủ vững chắc; hằng năm hoàn thành 100% chỉ tiêu tuyển chọn "
        "và gọi công dân nhập ngũ."
    ),
    item(
        "Phát huy vai trò của lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở; xây dựng tổ "
        "dân phố an toàn về an ninh, trật tự."
    ),
    head(0, "IV", "TỔ CHỨC THỰC HIỆN"),
    npara(
        1,
        "1",
        "Các chi bộ trực thuộc căn cứ Chương trình hành động này xây dựng kế hoạch thực hiện "
        "phù hợp với đặc điểm, tình hình của đơn vị, hoàn thành trong quý IV/2025.",
    ),
    head(1, "2", "Ủy ban nhân dân phường"),
    item(
        "Cụ thể hóa Chương trình hành động thành kế hoạch phát triển kinh tế - xã hội 5 năm và "
        "hằng năm của phường."
    ),
    item(
        "Chỉ đạo các phòng, đơn vị thuộc Ủy ban nhân dân phường triển khai các nhiệm vụ được "
        "giao tại Phụ lục kèm theo."
    ),
    npara(
        1,
        "3",
        "Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội tuyên "
        "truyền, vận động đoàn viên, hội viên và Nhân dân tích cực tham gia thực hiện; giám sát "
        "việc thực hiện Chương trình hành động.",
    ),
    npara(
        1,
        "4",
        "Văn phòng Đảng ủy chủ trì, phối hợp với các cơ quan tham mưu, giúp việc Đảng ủy theo "
        "dõi, đôn đốc, tổng hợp tình hình thực hiện, báo cáo Ban Thường vụ Đảng ủy theo định kỳ.",
    ),
]

YTB_RECIPIENTS = [
    "- Ban Thường vụ Tỉnh ủy (để b/c),",
    "- Ban Tổ chức Tỉnh ủy,",
    "- Văn phòng Tỉnh ủy,",
    "- Các đồng chí Ủy viên Ban Chấp hành Đảng bộ phường,",
    "- Các chi bộ trực thuộc,",
    "- Lưu Văn phòng Đảng ủy.",
]

# TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kinh phí | Thời gian thực hiện
YTB_ROWS = [
    (
        "Tổ chức học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường và Chương trình hành động",
        "Ban Xây dựng Đảng",
        "Các chi bộ trực thuộc",
        "Ngân sách phường",
        "Quý IV/2025",
    ),
    (
        "Xây dựng và thực hiện Chương trình kiểm tra, giám sát toàn khóa nhiệm kỳ 2025 - 2030",
        "Ủy ban Kiểm tra Đảng ủy",
        "Văn phòng Đảng ủy; các chi bộ trực thuộc",
        "Ngân sách phường",
        "Quý I/2026",
    ),
    (
        "Rà soát, bổ sung quy hoạch cán bộ diện Ban Thường vụ Đảng ủy quản lý",
        "Ban Xây dựng Đảng",
        "Văn phòng Đảng ủy",
        "",
        "Hằng năm",
    ),
    (
        "Tạo nguồn, bồi dưỡng quần chúng ưu tú và kết nạp đảng viên mới",
        "Ban Xây dựng Đảng",
        "Các chi bộ trực thuộc; Đoàn Thanh niên phường",
        "Ngân sách phường",
        "Hằng năm",
    ),
    (
        "Xây dựng Đề án phát triển kinh tế ban đêm gắn với phố đi bộ ven sông",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Phòng Văn hóa - Xã hội; Hội Doanh nhân phường",
        "Ngân sách phường",
        "Năm 2026",
    ),
    (
        "Cải tạo, nạo vét 2,4 km kênh tiêu thoát nước khu dân cư phía Bắc",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Ban Quản lý dự án đầu tư xây dựng khu vực; các tổ dân phố",
        "Ngân sách tỉnh, ngân sách phường",
        "2026 - 2028",
    ),
    (
        "Lắp đặt chiếu sáng công cộng trên các tuyến ngõ, hẻm chưa có đèn",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
        "Ngân sách phường, xã hội hóa",
        "2025 - 2030",
    ),
    # -- the table is continued in a second Word table after a page break --
    (
        "Xây dựng 05 tuyến phố văn minh, kiểu mẫu",
        "Phòng Văn hóa - Xã hội",
        "Ủy ban Mặt trận Tổ quốc Việt Nam phường; Ban công tác Mặt trận các tổ dân phố",
        "Xã hội hóa",
        "2026 - 2030",
    ),
    (
        "Hoàn thành xây dựng nhà văn hóa tổ dân phố số 7 và số 12",
        "Phòng Văn hóa - Xã hội",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Ngân sách phường",
        "Tháng 6/2027",
    ),
    (
        "Triển khai phần mềm tiếp nhận, xử lý phản ánh, kiến nghị của người dân",
        "Văn phòng HĐND và UBND phường",
        "Trung tâm Phục vụ hành chính công phường",
        "Ngân sách phường",
        "Trước 30/6/2026",
    ),
    (
        "Xây dựng lực lượng dân quân tự vệ vững mạnh, rộng khắp",
        "Ban Chỉ huy quân sự phường",
        "Công an phường",
        "Ngân sách phường",
        "Thường xuyên",
    ),
    (
        "Tổ chức sơ kết giữa nhiệm kỳ việc thực hiện Chương trình hành động",
        "Văn phòng Đảng ủy",
        "Các cơ quan tham mưu, giúp việc Đảng ủy",
        "Ngân sách phường",
        "Năm 2028",
    ),
    (
        "Thực hiện các nhiệm vụ phát sinh khi điều chỉnh quy hoạch đô thị",
        "Ủy ban nhân dân phường",
        "Các cơ quan liên quan",
        "Ngân sách tỉnh",
        "Theo chỉ đạo của Tỉnh ủy",
    ),
]
YTB_SPLIT = 7  # rows 1-7 in the first Word table, 8-13 in the second


def one_column_time(text: str) -> tuple[str, str]:
    """A single 'Thời gian thực hiện' column: 'A - B' -> (A, B); 'Trước X' -> ('', X);
    anything else -> (X, X)."""
    if text.startswith("Trước "):
        return "", text
    if " - " in text:
        a, b = text.split(" - ")
        return a, b
    return text, text


def make_yen_thanh_bac(out: Path) -> dict:
    doc = new_document(size=14, after=6, line=1.15)
    page_numbers_top(doc.sections[0])
    layout_table(
        doc,
        [
            ("ĐẢNG BỘ TỈNH QUẢNG NINH", {}),
            ("ĐẢNG ỦY PHƯỜNG YÊN THANH BẮC", {"bold": True}),
            ("*", {}),
            ("Số 07-CTr/ĐU", {}),
        ],
        [
            ("ĐẢNG CỘNG SẢN VIỆT NAM", {"bold": True, "underline": True, "size": 15}),
            ("", {}),
            ("", {}),
            ("Yên Thanh Bắc, ngày 24 tháng 10 năm 2025", {"italic": True, "align": R}),
        ],
        widths=(7.5, 9.0),
    )
    paragraph(doc, "CHƯƠNG TRÌNH HÀNH ĐỘNG", bold=True, size=15, align=C, before=12, after=0)
    paragraph(
        doc,
        "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ phường Yên Thanh Bắc\n"
        "lần thứ I, nhiệm kỳ 2025 - 2030",
        bold=True,
        align=C,
        after=0,
    )
    paragraph(doc, "-----", align=C, after=6)
    for text in (
        "Đại hội đại biểu Đảng bộ phường Yên Thanh Bắc lần thứ I, nhiệm kỳ 2025 - 2030 đã thông "
        "qua Nghị quyết xác định phương hướng, mục tiêu, nhiệm vụ và giải pháp phát triển phường "
        "trong 5 năm tới, trong đó có ba nhiệm vụ đột phá về chỉnh trang đô thị, cải cách hành "
        "chính và phát triển thương mại - dịch vụ.",
        "Để đưa Nghị quyết vào cuộc sống, Ban Chấp hành Đảng bộ phường ban hành Chương trình "
        "hành động thực hiện Nghị quyết như sau:",
    ):
        paragraph(doc, text, align=J, first_line=1.0)
    render_blocks(
        doc, YTB_BLOCKS, {0: {"bold": True}, 1: {"bold": True}, 2: {"bold": True, "italic": True}}
    )
    paragraph(
        doc,
        "Chương trình hành động này được quán triệt đến các chi bộ và đảng viên trong Đảng bộ "
        "phường./.",
        align=J,
        first_line=1.0,
    )
    layout_table(
        doc,
        [("Nơi nhận:", {"align": L, "underline": True, "size": 12})]
        + [(r, {"align": L, "size": 12}) for r in YTB_RECIPIENTS],
        [
            ("T/M BAN CHẤP HÀNH", {"bold": True}),
            ("BÍ THƯ", {"bold": True}),
            ("", {}),
            ("", {}),
            ("", {}),
            ("Đỗ Văn Khải", {"bold": True}),
        ],
        widths=(8.0, 8.5),
    )
    landscape_section(doc)
    paragraph(doc, "PHỤ LỤC", bold=True, align=C, after=0)
    paragraph(
        doc,
        "NHIỆM VỤ TRỌNG TÂM THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG",
        bold=True,
        align=C,
        after=0,
    )
    paragraph(
        doc,
        "(Kèm theo Chương trình hành động số 07-CTr/ĐU ngày 24/10/2025 của Ban Chấp hành Đảng "
        "bộ phường Yên Thanh Bắc)",
        italic=True,
        align=C,
        after=8,
    )
    head_row = [
        "TT",
        "Nội dung nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Kinh phí",
        "Thời gian thực hiện",
    ]
    widths = [1.2, 8.6, 4.4, 5.6, 3.6, 3.0]

    def table_of(rows, first_number):
        table = doc.add_table(rows=1 + len(rows), cols=6)
        grid_borders(table)
        set_widths(table, widths)
        for i, text in enumerate(head_row):
            cell_text(table.rows[0].cells[i], text, bold=True, align=C)
        row_flag(table.rows[0], "w:tblHeader")
        for r, row in enumerate(rows):
            cells = table.rows[r + 1].cells
            name, lead, partners, money, time = row
            cell_text(cells[0], str(first_number + r), align=C)
            cell_text(cells[1], name, align=J)
            cell_text(cells[2], lead)
            cell_text(cells[3], partners)
            cell_text(cells[4], money)
            cell_text(cells[5], time, align=C)
        return table

    table_of(YTB_ROWS[:YTB_SPLIT], 1)
    page_break(doc)
    table_of(YTB_ROWS[YTB_SPLIT:], YTB_SPLIT + 1)
    path = out / "phuong_yen_thanh_bac_ctr.docx"
    save_docx(doc, path, "Văn phòng Đảng ủy", "Chương trình hành động")

    key_tasks = []
    for name, lead, partners, money, time in YTB_ROWS:
        start, end = one_column_time(time)
        key_tasks.append(task(len(key_tasks) + 1, name, lead, partners, start, end, money))
    Y = 2030
    targets = [
        target(
            "II.2.a",
            "tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên",
            90,
            "%",
            recurrence="annual",
        ),
        target("II.2.a", "đảng viên mới được kết nạp", 20, "đảng viên", recurrence="annual"),
        target("II.2.a", "tổ dân phố có chi bộ đảng sinh hoạt riêng", 100, "%", year=Y),
        target(
            "II.2.b",
            "tăng thu ngân sách nhà nước trên địa bàn bình quân",
            10,
            "%",
            recurrence="annual",
        ),
        target("II.2.b", "thu ngân sách trên địa bàn", 420, "tỷ đồng", year=Y),
        target(
            "II.2.b",
            "tỷ trọng thương mại - dịch vụ trong cơ cấu kinh tế",
            68,
            "%",
            "=",
            year=Y,
        ),
        target("II.2.b", "thu nhập bình quân đầu người", 160, "triệu đồng", year=Y),
        target("II.2.c", "tỷ lệ hộ gia đình được công nhận Gia đình văn hóa", 95, "%", year=Y),
        target("II.2.c", "tổ dân phố giữ vững danh hiệu Tổ dân phố văn hóa", 100, "%", year=Y),
        target("II.2.c", "tỷ lệ hộ cận nghèo", 0.5, "%", "<=", year=2028),
        target(
            "II.2.c",
            "tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý",
            100,
            "%",
            year=Y,
        ),
        target("II.2.c", "tỷ lệ hộ dân sử dụng nước sạch", 100, "%", year=Y),
        target(
            "II.2.c", "lao động được giải quyết việc làm mới", 350, "lao động", recurrence="annual"
        ),
        target(
            "III.5",
            "hoàn thành chỉ tiêu tuyển chọn và gọi công dân nhập ngũ",
            100,
            "%",
            recurrence="annual",
        ),
        target("appendix:6", "kênh tiêu thoát nước được cải tạo, nạo vét", 2.4, "km", year=2028),
        target(
            "appendix:8", "tuyến phố văn minh, kiểu mẫu được xây dựng", 5, "tuyến phố", year=2030
        ),
    ]
    note = (
        "A ward Party committee's action program for the 2025-2030 term (Party layout; header "
        "and signature block are borderless layout tables; page numbers at the top from page "
        "2). Parts 'I.' to 'IV.', areas '1.', sub-areas 'a)' (II.2) and '1.1.' (III.1), bullets "
        "'- ' typed as text; '+' lines under a bullet belong to it (III.1.2 has 3 items). "
        "Titles of paragraph-only nodes are their paragraph text (I.1, I.2, IV.1, IV.3, IV.4). "
        "III has an unnumbered body paragraph before its first area; II.1 has body text only. "
        "One bullet of III.2 has a manual line break (one item). Targets: 'đến năm 2030' and "
        "'trong nhiệm kỳ' give 2030; 'vào năm 2028' gives 2028; 'hằng năm', 'mỗi năm' and "
        "'tăng bình quân 10%/năm' are yearly ('annual', year null); '160 triệu đồng/năm' is a "
        "level to reach by 2030 (unit 'triệu đồng'); 'chiếm 68%' (a share of the economy) is "
        "'='; 'giảm … xuống dưới 0,5%' is '<='. Not targets: 'ba nhiệm vụ đột phá', '5 năm "
        "tới', 'mỗi quý', 'tổ dân phố số 7 và số 12', 'nhiệm kỳ 2025 - 2030' inside a task "
        "name. Key-task table in a landscape section, columns 'TT | Nội dung nhiệm vụ | Cơ "
        "quan chủ trì | Cơ quan phối hợp | Kinh phí | Thời gian thực hiện' (time last). The "
        "table is split in two Word tables: rows 1-7, then a page break, then a second table "
        "that repeats the header row and continues with rows 8-13; the gold holds one list "
        "1..13. resources = the 'Kinh phí' cell (row 3's is empty). Single time column 'Thời "
        "gian thực hiện': 'A - B' gives start A and end B, 'Trước 30/6/2026' is a deadline "
        "(start '', end the date 2026-06-30), any other value gives start = end. Appendix "
        "targets take the year of the end of their row's time (row 6: 2028, row 8: 2030)."
    )
    data = gold(
        source=path.name,
        note=note,
        issuer="Ban Chấp hành Đảng bộ phường Yên Thanh Bắc",
        number="07-CTr/ĐU",
        date="2025-10-24",
        term=(2025, 2030),
        signed_by=("T/M Ban Chấp hành", "Bí thư", "Đỗ Văn Khải"),
        recipients=YTB_RECIPIENTS,
        blocks=YTB_BLOCKS,
        key_tasks=key_tasks,
        targets=targets,
    )
    return {path.name: data}


# =============================================================================================
# 2. xa_dong_lac_kh_2026.pdf - Kế hoạch năm 2026 của UBND xã (PDF through LibreOffice)
# =============================================================================================
DL_BLOCKS = [
    head(0, "I", "MỤC ĐÍCH, YÊU CẦU"),
    head(1, "1", "Mục đích"),
    item(
        "Triển khai đồng bộ các nhiệm vụ chuyển đổi số, cải cách hành chính trên địa bàn xã; "
        "lấy người dân, doanh nghiệp làm trung tâm phục vụ."
    ),
    item(
        "Nâng cao chất lượng giải quyết thủ tục hành chính, giảm thời gian đi lại và chi phí "
        "cho người dân."
    ),
    head(1, "2", "Yêu cầu"),
    item("Nhiệm vụ phải được phân công rõ đơn vị chủ trì, thời gian hoàn thành và sản phẩm."),
    item(
        "Người đứng đầu các phòng, đơn vị chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân xã "
        "về kết quả thực hiện nhiệm vụ được giao."
    ),
    item("Định kỳ hằng quý báo cáo tiến độ thực hiện về Văn phòng HĐND và UBND xã."),
    head(0, "II", "CHỈ TIÊU NĂM 2026"),
    head(1, "1", "Về chính quyền số"),
    item(
        "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình đạt "
        "từ 70% trở lên."
    ),
    item(
        "100% văn bản đi của Ủy ban nhân dân xã (trừ văn bản mật) được ký số và gửi trên môi "
        "trường mạng."
    ),
    item("Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 90%."),
    head(1, "2", "Về kinh tế số, xã hội số"),
    item(
        "Tỷ lệ người dân từ 15 tuổi trở lên có tài khoản định danh điện tử mức độ 2 được kích "
        "hoạt đạt 85%."
    ),
    item(
        "Có ít nhất 25 sản phẩm nông sản, sản phẩm OCOP của xã được đưa lên sàn thương mại điện tử."
    ),
    item("Tỷ lệ hộ kinh doanh tại chợ Đồng Lạc sử dụng thanh toán không dùng tiền mặt đạt 80%."),
    head(0, "III", "NHIỆM VỤ, GIẢI PHÁP"),
    para("Danh mục nhiệm vụ cụ thể và phân công thực hiện tại Phụ lục kèm theo Kế hoạch này."),
    head(1, "1", "Nâng cao nhận thức, kiện toàn tổ chức"),
    head(2, "a", "Tuyên truyền, nâng cao nhận thức", label="a) Tuyên truyền, nâng cao nhận thức"),
    item(
        "Tuyên truyền trên hệ thống truyền thanh xã, trang thông tin điện tử và các nhóm mạng "
        "xã hội của thôn về lợi ích của dịch vụ công trực tuyến."
    ),
    item("Biểu dương các tập thể, cá nhân tiêu biểu trong thực hiện chuyển đổi số."),
    head(2, "b", "Kiện toàn tổ chức, bộ máy", label="b) Kiện toàn tổ chức, bộ máy"),
    item("Kiện toàn Ban Chỉ đạo chuyển đổi số xã và các Tổ công nghệ số cộng đồng ở thôn."),
    item("Phân công công chức phụ trách chuyển đổi số tại từng phòng, đơn vị."),
    head(1, "2", "Phát triển hạ tầng số và dữ liệu"),
    item(
        "Phối hợp với các doanh nghiệp viễn thông phủ sóng di động băng rộng đến các khu vực "
        "còn lõm sóng."
    ),
    item(
        "Thực hiện các nhiệm vụ của Đề án 06 theo Quyết định số 06/QĐ-TTg ngày 06/01/2022 của "
        "Thủ tướng Chính phủ."
    ),
    item("Số hóa, làm sạch và cập nhật thường xuyên các cơ sở dữ liệu chuyên ngành của xã."),
    head(1, "3", "Cải cách thủ tục hành chính"),
    head(
        2,
        "a",
        "Tại Trung tâm Phục vụ hành chính công xã",
        label="a) Tại Trung tâm Phục vụ hành chính công xã",
    ),
    item(
        "Niêm yết công khai, đầy đủ thủ tục hành chính; bố trí máy tính hỗ trợ người dân nộp hồ sơ."
    ),
    item("Trả kết quả qua dịch vụ bưu chính công ích theo yêu cầu của người dân."),
    head(2, "b", "Tại các phòng, đơn vị chuyên môn", label="b) Tại các phòng, đơn vị chuyên môn"),
    item("Rà soát, đề xuất cắt giảm thành phần hồ sơ, thời gian giải quyết thủ tục hành chính."),
    item("Không yêu cầu người dân cung cấp lại thông tin đã có trong cơ sở dữ liệu."),
    head(1, "4", "Phát triển kinh tế số, xã hội số"),
    item(
        "Hướng dẫn hợp tác xã, hộ sản xuất mở gian hàng và bán sản phẩm trên sàn thương mại "
        "điện tử."
    ),
    item("Xây dựng mô hình chợ thanh toán không dùng tiền mặt tại chợ Đồng Lạc."),
    item("Đẩy mạnh ứng dụng sổ sức khỏe điện tử và thanh toán trực tuyến học phí, viện phí."),
    head(0, "IV", "KINH PHÍ THỰC HIỆN"),
    para(
        "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách xã năm 2026, dự kiến 450 triệu "
        "đồng, và các nguồn huy động hợp pháp khác."
    ),
    head(0, "V", "TỔ CHỨC THỰC HIỆN"),
    head(1, "1", "Văn phòng HĐND và UBND xã"),
    item("Là cơ quan thường trực, giúp Ủy ban nhân dân xã theo dõi, đôn đốc thực hiện Kế hoạch."),
    item("Tham mưu bố trí kinh phí, trang thiết bị phục vụ chuyển đổi số."),
    item("Tổng hợp, báo cáo kết quả thực hiện trước ngày 10 tháng cuối quý."),
    head(1, "2", "Phòng Văn hóa - Xã hội"),
    item("Chủ trì công tác tuyên truyền; hướng dẫn hoạt động của các Tổ công nghệ số cộng đồng."),
    item("Phối hợp tập huấn kỹ năng số cho người dân."),
    head(1, "3", "Phòng Kinh tế"),
    item("Chủ trì phát triển kinh tế số, thương mại điện tử trong sản xuất, kinh doanh."),
    npara(
        1,
        "4",
        "Công an xã chủ trì triển khai các nhiệm vụ của Đề án 06 trên địa bàn; hướng dẫn người "
        "dân kích hoạt, sử dụng tài khoản định danh điện tử.",
    ),
    npara(
        1,
        "5",
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội vận động "
        "hội viên, đoàn viên và Nhân dân tích cực sử dụng dịch vụ công trực tuyến.",
    ),
]

DL_RECIPIENTS = [
    "- UBND tỉnh (để b/c);",
    "- Sở Khoa học và Công nghệ;",
    "- Thường trực Đảng ủy xã;",
    "- Thường trực HĐND xã;",
    "- Chủ tịch, các PCT UBND xã;",
    "- Các phòng, đơn vị thuộc UBND xã;",
    "- Lưu: VT.",
]

# STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm
DL_ROWS = [
    (
        "Kiện toàn Ban Chỉ đạo chuyển đổi số và các Tổ công nghệ số cộng đồng của xã",
        "Văn phòng HĐND và UBND xã",
        "Các thôn",
        "Tháng 01/2026",
        "Quyết định kiện toàn",
    ),
    (
        "Ban hành quy chế quản lý, vận hành hệ thống quản lý văn bản và điều hành",
        "Văn phòng HĐND và UBND xã",
        "Các phòng, đơn vị thuộc UBND xã",
        "Quý I/2026",
        "Quy chế",
    ),
    (
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực từ năm 2020 đến năm 2025",
        "Trung tâm Phục vụ hành chính công xã",
        "Văn phòng HĐND và UBND xã",
        "30/9/2026",
        "Dữ liệu được số hóa",
    ),
    (
        "Làm sạch dữ liệu dân cư, đất đai phục vụ kết nối với Cơ sở dữ liệu quốc gia về dân cư",
        "Công an xã",
        "Phòng Kinh tế",
        "Quý II/2026",
        "Dữ liệu “đúng, đủ, sạch, sống”",
    ),
    (
        "Lắp đặt hệ thống camera giám sát an ninh tại 8 điểm giao thông trọng yếu",
        "Công an xã",
        "Phòng Kinh tế; Ban công tác Mặt trận các thôn",
        "Quý III/2026",
        "Hệ thống camera hoạt động",
    ),
    (
        "Tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng",
        "Phòng Văn hóa - Xã hội",
        "Đoàn Thanh niên xã; Hội Liên hiệp Phụ nữ xã",
        "Trước 30/4/2026",
        "Lớp tập huấn",
    ),
    (
        "Hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử",
        "Công an xã",
        "Tổ công nghệ số cộng đồng các thôn",
        "Thường xuyên",
        "Tài khoản được kích hoạt",
    ),
    (
        "Đưa sản phẩm OCOP, nông sản chủ lực của xã lên sàn thương mại điện tử",
        "Phòng Kinh tế",
        "Hợp tác xã nông nghiệp Đồng Lạc;\ncác hộ sản xuất",
        "Tháng 10/2026",
        "Gian hàng trên sàn thương mại điện tử",
    ),
    (
        "Triển khai thanh toán không dùng tiền mặt tại chợ Đồng Lạc",
        "Phòng Kinh tế",
        "Ban Quản lý chợ; các ngân hàng thương mại trên địa bàn",
        "Quý IV/2026",
        "Mô hình “Chợ 4.0”",
    ),
    (
        "Khảo sát mức độ hài lòng của người dân đối với dịch vụ hành chính công",
        "Văn phòng HĐND và UBND xã",
        "Trung tâm Phục vụ hành chính công xã",
        "15/12/2026",
        "Báo cáo kết quả khảo sát",
    ),
    (
        "Nâng cấp trang thông tin điện tử của xã theo giao diện mới",
        "Văn phòng HĐND và UBND xã",
        "Phòng Văn hóa - Xã hội",
        "Năm 2026",
        "Trang thông tin điện tử",
    ),
    (
        "Sơ kết, báo cáo kết quả thực hiện Kế hoạch",
        "Văn phòng HĐND và UBND xã",
        "Các phòng, đơn vị thuộc UBND xã",
        "Trước 10/12/2026",
        "Báo cáo sơ kết",
    ),
]


def make_dong_lac(out: Path, docx_dir: Path) -> dict:
    doc = new_document(size=14, after=6, line=1.15)
    page_numbers_top(doc.sections[0])
    layout_table(
        doc,
        [
            ("ỦY BAN NHÂN DÂN", {"bold": True}),
            ("XÃ ĐỒNG LẠC", {"bold": True}),
            ("-------", {}),
            ("Số: 18/KH-UBND", {}),
        ],
        [
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"bold": True}),
            ("Độc lập - Tự do - Hạnh phúc", {"bold": True}),
            ("---------------", {}),
            ("Đồng Lạc, ngày 12 tháng 01 năm 2026", {"italic": True}),
        ],
        widths=(6.0, 10.5),
    )
    paragraph(doc, "KẾ HOẠCH", bold=True, size=15, align=C, before=18, after=0)
    paragraph(
        doc,
        "Thực hiện chuyển đổi số, cải cách hành chính năm 2026",
        bold=True,
        align=C,
        after=0,
    )
    paragraph(doc, "-----------", align=C, after=6)
    for text in (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Nghị quyết số 31/NQ-HĐND ngày 19 tháng 12 năm 2025 của Hội đồng nhân dân xã Đồng "
        "Lạc về nhiệm vụ phát triển kinh tế - xã hội năm 2026;",
        "Ủy ban nhân dân xã Đồng Lạc ban hành Kế hoạch thực hiện chuyển đổi số, cải cách hành "
        "chính năm 2026 như sau:",
    ):
        paragraph(doc, text, align=J, first_line=1.0, italic=text.startswith("Căn cứ"))
    render_blocks(
        doc, DL_BLOCKS, {0: {"bold": True}, 1: {"bold": True}, 2: {"bold": False, "italic": True}}
    )
    paragraph(
        doc,
        "Trên đây là Kế hoạch thực hiện chuyển đổi số, cải cách hành chính năm 2026 của Ủy ban "
        "nhân dân xã Đồng Lạc. Trong quá trình thực hiện, nếu có vướng mắc, các phòng, đơn vị "
        "báo cáo Ủy ban nhân dân xã (qua Văn phòng HĐND và UBND xã) để xem xét, giải quyết./.",
        align=J,
        first_line=1.0,
    )
    layout_table(
        doc,
        [("Nơi nhận:", {"align": L, "italic": True, "bold": True, "size": 12})]
        + [(r, {"align": L, "size": 11}) for r in DL_RECIPIENTS],
        [
            ("TM. ỦY BAN NHÂN DÂN", {"bold": True}),
            ("CHỦ TỊCH", {"bold": True}),
            ("", {}),
            ("", {}),
            ("", {}),
            ("Nguyễn Văn Thuận", {"bold": True}),
        ],
        widths=(8.0, 8.5),
    )
    page_break(doc)
    paragraph(doc, "Phụ lục", bold=True, align=C, after=0)
    paragraph(
        doc,
        "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ, CẢI CÁCH HÀNH CHÍNH NĂM 2026",
        bold=True,
        align=C,
        after=0,
    )
    paragraph(
        doc,
        "(Kèm theo Kế hoạch số 18/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân xã Đồng Lạc)",
        italic=True,
        align=C,
        after=8,
    )
    head_row = [
        "STT",
        "Nhiệm vụ",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian hoàn thành",
        "Sản phẩm",
    ]
    widths = [1.3, 4.6, 2.8, 3.0, 2.7, 2.1]
    table = doc.add_table(rows=1 + len(DL_ROWS), cols=6)
    grid_borders(table)
    set_widths(table, widths)
    for i, text in enumerate(head_row):
        cell_text(table.rows[0].cells[i], text, bold=True, align=C, size=13)
    row_flag(table.rows[0], "w:tblHeader")
    for r, row in enumerate(DL_ROWS):
        cells = table.rows[r + 1].cells
        row_flag(table.rows[r + 1], "w:cantSplit")
        name, lead, partners, end, product = row
        cell_text(cells[0], str(r + 1), align=C, size=13)
        cell_text(cells[1], name, align=J, size=13)
        cell_text(cells[2], lead, size=13)
        cell_text(cells[3], partners, size=13)
        cell_text(cells[4], end, align=C, size=13)
        cell_text(cells[5], product, size=13)
    docx_path = docx_dir / "xa_dong_lac_kh_2026.docx"
    save_docx(doc, docx_path, "Văn phòng HĐND và UBND xã", "Kế hoạch chuyển đổi số 2026")
    pdf = to_pdf(docx_path, out)
    if pdf is None:
        return {}

    key_tasks = [
        task(n, name, lead, partners, "", end)
        for n, (name, lead, partners, end, _product) in enumerate(DL_ROWS, start=1)
    ]
    Y = 2026
    targets = [
        target(
            "II.1",
            "tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình",
            70,
            "%",
            year=Y,
        ),
        target("II.1", "văn bản đi được ký số và gửi trên môi trường mạng", 100, "%", year=Y),
        target(
            "II.1", "tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", 90, "%", year=Y
        ),
        target(
            "II.2",
            "tỷ lệ người dân có tài khoản định danh điện tử mức độ 2 được kích hoạt",
            85,
            "%",
            year=Y,
        ),
        target(
            "II.2",
            "sản phẩm nông sản, OCOP được đưa lên sàn thương mại điện tử",
            25,
            "sản phẩm",
            year=Y,
        ),
        target(
            "II.2",
            "tỷ lệ hộ kinh doanh tại chợ sử dụng thanh toán không dùng tiền mặt",
            80,
            "%",
            year=Y,
        ),
        target(
            "appendix:5", "điểm giao thông trọng yếu được lắp camera giám sát", 8, "điểm", year=Y
        ),
    ]
    note = (
        "A commune People's Committee's plan for one year (State layout: 'Số: 18/KH-UBND', "
        "place and date on the right; signed 'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH'), as a PDF made "
        "by LibreOffice from a generated .docx; header and signature block are borderless "
        "two-column layout tables; page numbers at the top from page 2. Parts 'I.' to 'V.', "
        "areas '1.', sub-areas 'a)' (III.1, III.3), bullets '- ' typed. Titles of "
        "paragraph-only nodes are their paragraph text (V.4, V.5). III opens with a body "
        "sentence pointing to the appendix; IV is a part with body text only (a budget of 450 "
        "triệu đồng: not a target). A plan for 2026: the term is 2026-2026 and every target is "
        "due in 2026. '(trừ văn bản mật)' is inside a target; 'từ 15 tuổi trở lên', 'mức độ "
        "2', 'Đề án 06', 'Quyết định số 06/QĐ-TTg', 'hằng quý', 'ngày 10 tháng cuối quý' and "
        "'Chợ 4.0' are not targets. The key-task table is an appendix on its own page (after "
        "the signature), columns 'STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời "
        "gian hoàn thành | Sản phẩm'; it runs onto a second page with its header row repeated "
        "(rows are not split). The only time column is 'Thời gian hoàn thành' (a deadline): "
        "start '' (period null) and end = the cell; 'Trước 30/4/2026' and 'Trước 10/12/2026' "
        "are dates, 'Thường xuyên' is 'open', 'Năm 2026' a year. 'Sản phẩm' is the expected "
        "product, not a funding source: resources are ''. Row 8's partner cell holds a line "
        "break (joined with a space). Row 3's name holds 'từ năm 2020 đến năm 2025' (not a "
        "time). Row 5 (8 điểm) states a target."
    )
    data = gold(
        source=pdf.name,
        note=note,
        issuer="Ủy ban nhân dân xã Đồng Lạc",
        number="18/KH-UBND",
        date="2026-01-12",
        term=(2026, 2026),
        signed_by=("TM. Ủy ban nhân dân", "Chủ tịch", "Nguyễn Văn Thuận"),
        recipients=DL_RECIPIENTS,
        blocks=DL_BLOCKS,
        key_tasks=key_tasks,
        targets=targets,
    )
    return {pdf.name: data}


# =============================================================================================
# 3. tinh_uy_ninh_binh_tb.txt - Thông báo kết luận của Ban Thường vụ Tỉnh ủy (web portal copy)
# =============================================================================================
NB_TASKS = []  # filled by nb()


def nb(text: str, name, lead, partners, start, end) -> object:
    NB_TASKS.append((name, lead, partners, start, end, text))
    return item(text)


NB_BLOCKS = [
    head(0, "1", "Đánh giá chung"),
    para(
        "Năm 2025, các cấp ủy, chính quyền đã tập trung lãnh đạo, chỉ đạo quyết liệt công tác "
        "giải phóng mặt bằng các dự án trọng điểm. Đã bàn giao 612 ha mặt bằng cho chủ đầu tư, "
        "chi trả bồi thường, hỗ trợ cho 3.480 hộ dân với tổng số tiền 1.925 tỷ đồng; giải ngân "
        "vốn đầu tư công đạt 91,3% kế hoạch, cao hơn bình quân chung cả nước."
    ),
    para(
        "Tuy nhiên, tiến độ giải phóng mặt bằng một số dự án còn chậm; còn 57 hộ chưa nhận tiền "
        "bồi thường; việc xác định giá đất cụ thể ở một số địa phương kéo dài; công tác tuyên "
        "truyền, vận động có nơi chưa sâu sát."
    ),
    head(0, "2", "Nhiệm vụ, giải pháp trọng tâm thời gian tới"),
    head(1, "a", "Về công tác giải phóng mặt bằng", label="a) Về công tác giải phóng mặt bằng"),
    item(
        "Phấn đấu bàn giao 100% mặt bằng dự án đường cao tốc Ninh Bình - Hải Phòng đoạn qua "
        "tỉnh cho chủ đầu tư trước ngày 30/6/2026."
    ),
    nb(
        "Ban cán sự đảng Ủy ban nhân dân tỉnh chủ trì, phối hợp với các đảng ủy xã, phường có "
        "dự án đi qua rà soát toàn bộ các trường hợp chưa nhận tiền bồi thường, hỗ trợ, có "
        "phương án giải quyết dứt điểm; hoàn thành trước ngày 31/3/2026.",
        "Rà soát toàn bộ các trường hợp chưa nhận tiền bồi thường, hỗ trợ, có phương án giải "
        "quyết dứt điểm",
        "Ban cán sự đảng Ủy ban nhân dân tỉnh",
        "Các đảng ủy xã, phường có dự án đi qua",
        "",
        "31/3/2026",
    ),
    nb(
        "Giao Ban cán sự đảng Ủy ban nhân dân tỉnh chủ trì xây dựng cơ chế hỗ trợ ổn định đời "
        "sống, chuyển đổi nghề cho người có đất bị thu hồi; thời gian thực hiện: quý II/2026.",
        "Xây dựng cơ chế hỗ trợ ổn định đời sống, chuyển đổi nghề cho người có đất bị thu hồi",
        "Ban cán sự đảng Ủy ban nhân dân tỉnh",
        "",
        "Quý II/2026",
        "Quý II/2026",
    ),
    nb(
        "Các đảng ủy xã, phường có dự án đi qua chủ trì thành lập tổ công tác vận động từng hộ "
        "dân còn vướng mắc; hoàn thành trong tháng 02/2026.",
        "Thành lập tổ công tác vận động từng hộ dân còn vướng mắc",
        "Các đảng ủy xã, phường có dự án đi qua",
        "",
        "",
        "Tháng 02/2026",
    ),
    head(1, "b", "Về giải ngân vốn đầu tư công", label="b) Về giải ngân vốn đầu tư công"),
    item(
        "Phấn đấu đến ngày 31/12/2026 giải ngân đạt 100% kế hoạch vốn đầu tư công năm 2026 "
        "được giao."
    ),
    nb(
        "Ban cán sự đảng Ủy ban nhân dân tỉnh chủ trì, phối hợp với Đảng ủy Ủy ban nhân dân tỉnh "
        "chỉ đạo điều chuyển vốn từ các dự án giải ngân chậm sang các dự án có khả năng giải "
        "ngân tốt; thực hiện từ quý II/2026 đến quý IV/2026.",
        "Chỉ đạo điều chuyển vốn từ các dự án giải ngân chậm sang các dự án có khả năng giải "
        "ngân tốt",
        "Ban cán sự đảng Ủy ban nhân dân tỉnh",
        "Đảng ủy Ủy ban nhân dân tỉnh",
        "Quý II/2026",
        "Quý IV/2026",
    ),
    item(
        "Người đứng đầu các chủ đầu tư chịu trách nhiệm trước Ban Thường vụ Tỉnh ủy về tiến độ "
        "giải ngân của dự án được giao."
    ),
    head(1, "c", "Về công tác tuyên truyền, dân vận", label="c) Về công tác tuyên truyền, dân vận"),
    nb(
        "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt "
        "Nam tỉnh định hướng tuyên truyền về chủ trương, chính sách bồi thường, hỗ trợ, tái "
        "định cư; thời gian: thường xuyên.",
        "Định hướng tuyên truyền về chủ trương, chính sách bồi thường, hỗ trợ, tái định cư",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Thường xuyên",
        "Thường xuyên",
    ),
    item(
        "Các cơ quan báo chí của tỉnh mở chuyên mục phản ánh tiến độ các dự án trọng điểm, kịp "
        "thời biểu dương các tập thể, cá nhân gương mẫu."
    ),
    head(0, "3", "Tổ chức thực hiện"),
    nb(
        "Ủy ban Kiểm tra Tỉnh ủy chủ trì kiểm tra, giám sát việc lãnh đạo, chỉ đạo công tác bồi "
        "thường, giải phóng mặt bằng tại các đảng ủy có dự án trọng điểm; hoàn thành trong năm "
        "2027.",
        "Kiểm tra, giám sát việc lãnh đạo, chỉ đạo công tác bồi thường, giải phóng mặt bằng "
        "tại các đảng ủy có dự án trọng điểm",
        "Ủy ban Kiểm tra Tỉnh ủy",
        "",
        "",
        "Năm 2027",
    ),
    nb(
        "Văn phòng Tỉnh ủy chủ trì theo dõi, đôn đốc việc thực hiện Thông báo này, tổng hợp "
        "tình hình, báo cáo Ban Thường vụ Tỉnh ủy; hoàn thành trước ngày 15/12/2026.",
        "Theo dõi, đôn đốc việc thực hiện Thông báo này, tổng hợp tình hình, báo cáo Ban "
        "Thường vụ Tỉnh ủy",
        "Văn phòng Tỉnh ủy",
        "",
        "",
        "15/12/2026",
    ),
]

NB_RECIPIENTS = [
    "- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy,",
    "- Ban cán sự đảng UBND tỉnh,",
    "- Đảng ủy UBND tỉnh,",
    "- Các ban đảng, Văn phòng Tỉnh ủy,",
    "- Các đảng ủy xã, phường có dự án trọng điểm,",
    "- Lưu Văn phòng Tỉnh ủy.",
]


def portal_wrapped(paragraphs: list[str], width=92) -> list[str]:
    """A web portal copy saved from a narrow article column: each paragraph wrapped at about
    ``width`` characters (no trailing spaces), a blank line between paragraphs."""
    lines: list[str] = []
    for text in paragraphs:
        lines += wrap(text, width) if text else []
        lines.append("")
    return lines


def make_ninh_binh(out: Path) -> dict:
    top = [
        "TỈNH ỦY NINH BÌNH",
        "*",
        "Số 215-TB/TU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Ninh Bình, ngày 12 tháng 01 năm 2026",
        "",
        "THÔNG BÁO",
        "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY",
        "về tình hình bồi thường, giải phóng mặt bằng và giải ngân vốn đầu tư công các dự án",
        "trọng điểm",
        "-----",
        "",
    ]
    body = [
        "Ngày 08/01/2026, Ban Thường vụ Tỉnh ủy họp nghe Ban cán sự đảng Ủy ban nhân dân tỉnh "
        "báo cáo tình hình bồi thường, giải phóng mặt bằng và giải ngân vốn đầu tư công các dự "
        "án trọng điểm năm 2025, nhiệm vụ năm 2026. Sau khi nghe báo cáo và ý kiến của các đại "
        "biểu dự họp, Ban Thường vụ Tỉnh ủy kết luận như sau:",
    ]
    body += [block_lines(b) for b in NB_BLOCKS]
    body.append("Ban Thường vụ Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện.")
    lines = top + portal_wrapped(body)
    lines += ["Nơi nhận:"] + NB_RECIPIENTS
    lines += [
        "",
        "T/M BAN THƯỜNG VỤ",
        "PHÓ BÍ THƯ THƯỜNG TRỰC",
        "(Đã ký)",
        "",
        "Đinh Văn Hưởng",
        "",
    ]
    path = out / "tinh_uy_ninh_binh_tb.txt"
    path.write_text("\n".join(lines), encoding="utf-8")

    key_tasks = []
    for name, lead, partners, start, end, text in NB_TASKS:
        assert flat(name).lower()[:25] in flat(text).lower(), name
        assert lead.lower() in text.lower()
        assert not partners or partners.lower() in text.lower()
        for t in (start, end):
            assert not t or t.lower() in text.lower(), t
        key_tasks.append(task(len(key_tasks) + 1, name, lead, partners, start, end))
    targets = [
        target(
            "2.a",
            "mặt bằng dự án đường cao tốc Ninh Bình - Hải Phòng bàn giao cho chủ đầu tư",
            100,
            "%",
            year=2026,
        ),
        target("2.b", "giải ngân kế hoạch vốn đầu tư công năm 2026", 100, "%", year=2026),
    ]
    note = (
        "A notice of conclusions (thông báo kết luận) of a provincial Party committee's "
        "Standing Committee, as a web portal copy gives it: paragraphs wrapped at about 90 "
        "characters with a blank line between paragraphs; the header comes as one column after "
        "the other (issuing body, '*', number, motto, place and date); the title wraps before "
        "'trọng điểm'; the signature block comes after the recipients and carries '(Đã ký)' "
        "above the name. Signed 'T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ THƯỜNG TRỰC'. Points '1.', "
        "'2.', '3.' at the top level, 'a)' to 'c)' under 2. Point 1 has only body text (figures "
        "of 2025: 612 ha, 3.480 hộ, 1.925 tỷ đồng, 91,3%, 57 hộ - not targets); point 3 has "
        "bullets directly under a top-level node. No term is printed and there is no key-task "
        "table. Term: what a clerk would set - from the year of issue (2026, the notice is "
        "dated 12/01/2026) to the year of the last deadline in the text ('hoàn thành trong năm "
        "2027'). Key tasks are the bullets that name a lead agency ('X chủ trì[, phối hợp với "
        "Y]', once 'Giao X chủ trì') and a time, numbered 1..7 in document order; bullets with "
        "a time but no lead ('Phấn đấu … trước ngày 30/6/2026', '… đến ngày 31/12/2026') or a "
        "body but no time are not key tasks. name = the task wording without the assignment "
        "and time clauses, first letter capitalised, no final punctuation (task 4's name keeps "
        "its own verb 'Chỉ đạo'); lead and partners as written, first letter capitalised. "
        "Times: 'hoàn thành trước ngày D / trong X' is a deadline (start '', end D or X: "
        "'31/3/2026', 'Tháng 02/2026', 'Năm 2027', '15/12/2026'); 'thời gian thực hiện: X' and "
        "'thời gian: X' give start = end = X; 'thực hiện từ A đến B' gives start A, end B; "
        "written as a table cell would print them. resources are ''. Targets: '100% mặt bằng "
        "… trước ngày 30/6/2026' and 'đến ngày 31/12/2026 giải ngân đạt 100%' (year 2026)."
    )
    data = gold(
        source=path.name,
        note=note,
        issuer="Ban Thường vụ Tỉnh ủy Ninh Bình",
        number="215-TB/TU",
        date="2026-01-12",
        term=(2026, 2027),
        signed_by=("T/M Ban Thường vụ", "Phó Bí thư Thường trực", "Đinh Văn Hưởng"),
        recipients=NB_RECIPIENTS,
        blocks=NB_BLOCKS,
        key_tasks=key_tasks,
        targets=targets,
    )
    return {path.name: data}


# =============================================================================================
# 4. xa_tan_lap_ctr.txt - Chương trình hành động của Đảng bộ xã, web portal copy with TABs
# =============================================================================================
TL_BLOCKS = [
    head(0, "A", "MỤC ĐÍCH, YÊU CẦU"),
    item(
        "Quán triệt sâu sắc, tạo sự thống nhất cao trong nhận thức và hành động của cán bộ, "
        "đảng viên và Nhân dân về Nghị quyết Đại hội Đảng bộ xã lần thứ I."
    ),
    item(
        "Xác định rõ nhiệm vụ trọng tâm, lộ trình và trách nhiệm của từng tổ chức, cá nhân trong "
        "tổ chức thực hiện."
    ),
    item("Thực hiện nghiêm túc, thường xuyên kiểm tra, đôn đốc, sơ kết, tổng kết."),
    head(0, "B", "MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP"),
    head(1, "I", "MỤC TIÊU TỔNG QUÁT"),
    para(
        "Xây dựng Đảng bộ xã trong sạch, vững mạnh; phát triển nông nghiệp hàng hóa gắn với "
        "làng nghề truyền thống; xây dựng xã Tân Lập đạt chuẩn nông thôn mới nâng cao, Nhân dân "
        "có cuộc sống ấm no, hạnh phúc."
    ),
    head(1, "II", "CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030"),
    item("Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 9,5%/năm."),
    item("Thu nhập bình quân đầu người đến năm 2030 đạt 95 triệu đồng."),
    item("Tỷ lệ lao động nông nghiệp trong tổng số lao động giảm xuống còn 25%."),
    item(
        "Duy trì 100% thôn đạt chuẩn nông thôn mới; có thêm 02 thôn đạt chuẩn nông thôn mới kiểu "
        "mẫu."
    ),
    item("Tỷ lệ người dân tham gia bảo hiểm y tế đạt 97%."),
    item(
        "Hằng năm kết nạp từ 10 đảng viên mới trở lên; 100% chi bộ trực thuộc được kiểm tra, "
        "giám sát trong nhiệm kỳ."
    ),
    head(1, "III", "NHIỆM VỤ, GIẢI PHÁP"),
    head(2, "1", "Về xây dựng Đảng và hệ thống chính trị"),
    item(
        "Đổi mới nội dung, phương thức lãnh đạo của Đảng ủy; nâng cao chất lượng sinh hoạt chi bộ."
    ),
    item(
        "Thực hiện tốt công tác cán bộ, quy hoạch, đào tạo cán bộ trẻ, cán bộ nữ; kiên quyết "
        "thay thế cán bộ yếu kém, không hoàn thành nhiệm vụ."
    ),
    item(
        "Nâng cao hiệu quả hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội; "
        "thực hiện tốt quy chế dân chủ ở cơ sở."
    ),
    head(2, "2", "Về phát triển kinh tế"),
    head(3, "a", "Nông nghiệp", label="a) Nông nghiệp"),
    item(
        "Chuyển đổi đất trồng lúa kém hiệu quả sang trồng cây ăn quả, rau màu theo hướng hàng "
        "hóa, an toàn."
    ),
    item("Phát triển chăn nuôi tập trung xa khu dân cư; kiểm soát dịch bệnh trên đàn vật nuôi."),
    item("Củng cố, nâng cao hiệu quả hoạt động của các hợp tác xã nông nghiệp."),
    head(
        3,
        "b",
        "Công nghiệp, tiểu thủ công nghiệp và dịch vụ",
        label="b) Công nghiệp, tiểu thủ công nghiệp và dịch vụ",
    ),
    item("Bảo tồn, phát triển làng nghề mây tre đan; xây dựng thương hiệu sản phẩm làng nghề."),
    item("Phát triển dịch vụ thương mại, vận tải gắn với tuyến đường tỉnh đi qua địa bàn."),
    head(2, "3", "Về văn hóa - xã hội"),
    item("Nâng cao chất lượng giáo dục; đầu tư cơ sở vật chất trường học theo chuẩn quốc gia."),
    item(
        "Chăm lo sức khỏe Nhân dân; thực hiện tốt chính sách an sinh xã hội, giảm nghèo bền vững."
    ),
    item(
        "Giữ gìn và phát huy các giá trị văn hóa truyền thống; xây dựng nếp sống văn minh trong "
        "việc cưới, việc tang."
    ),
    head(2, "4", "Về quốc phòng, an ninh"),
    item("Xây dựng lực lượng dân quân vững mạnh, rộng khắp; hoàn thành chỉ tiêu giao quân."),
    item(
        "Giữ vững an ninh chính trị, trật tự an toàn xã hội; giải quyết kịp thời các vụ việc "
        "phức tạp ngay từ cơ sở."
    ),
    head(0, "C", "TỔ CHỨC THỰC HIỆN"),
    npara(
        1,
        "1",
        "Các chi bộ trực thuộc tổ chức quán triệt Chương trình hành động đến toàn thể đảng viên; "
        "xây dựng kế hoạch thực hiện sát với tình hình của thôn, đơn vị.",
    ),
    npara(
        1,
        "2",
        "Đảng ủy Ủy ban nhân dân xã lãnh đạo Ủy ban nhân dân xã cụ thể hóa các mục tiêu, chỉ "
        "tiêu của Chương trình thành kế hoạch hằng năm.",
    ),
    npara(
        1,
        "3",
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội tuyên truyền, "
        "vận động đoàn viên, hội viên và Nhân dân thực hiện; tham gia giám sát.",
    ),
    npara(
        1,
        "4",
        "Văn phòng Đảng ủy theo dõi, đôn đốc; định kỳ tổng hợp tình hình thực hiện báo cáo Ban "
        "Thường vụ Đảng ủy.",
    ),
]

TL_RECIPIENTS = [
    "- Ban Thường vụ Tỉnh ủy (để b/c),",
    "- Văn phòng Tỉnh ủy,",
    "- Các đồng chí Ủy viên BCH Đảng bộ xã,",
    "- Các chi bộ trực thuộc,",
    "- Lưu Văn phòng Đảng ủy.",
]

# STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian bắt đầu |
# Thời gian hoàn thành | Nguồn lực ; a 2-tuple is a group row
TL_ROWS = [
    ("I", "XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ"),
    (
        "Quán triệt, triển khai Nghị quyết Đại hội Đảng bộ xã lần thứ I",
        "Ban Xây dựng Đảng",
        "Các chi bộ trực thuộc",
        "Tháng 10/2025",
        "Tháng 12/2025",
        "Ngân sách xã",
    ),
    (
        "Xây dựng chi bộ thôn đạt tiêu chuẩn “4 tốt”",
        "Ban Xây dựng Đảng",
        "Các chi bộ thôn",
        "2026",
        "2030",
        "Ngân sách xã",
    ),
    (
        "Kiểm tra, giám sát việc thực hiện quy chế dân chủ ở cơ sở",
        "Ủy ban Kiểm tra Đảng ủy",
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
        "Hằng năm",
        "Hằng năm",
        "Ngân sách xã",
    ),
    ("II", "PHÁT TRIỂN KINH TẾ"),
    (
        "Chuyển đổi 120 ha đất trồng lúa kém hiệu quả sang trồng cây ăn quả, rau màu",
        "Ủy ban nhân dân xã",
        "Hội Nông dân xã; các hợp tác xã",
        "2026",
        "2028",
        "Ngân sách tỉnh, vốn Nhân dân",
    ),
    (
        "Hoàn thành quy hoạch chung xã Tân Lập đến năm 2045",
        "Ủy ban nhân dân xã",
        "Phòng Kinh tế",
        "Quý I/2026",
        "Quý IV/2026",
        "Ngân sách tỉnh",
    ),
    (
        "Kêu gọi đầu tư cụm công nghiệp làng nghề mây tre đan",
        "Ủy ban nhân dân xã",
        "Phòng Kinh tế; các doanh nghiệp",
        "2027",
        "2030",
        "Vốn doanh nghiệp",
    ),
    ("III", "VĂN HÓA - XÃ HỘI"),
    (
        "Xây dựng Trường Mầm non Tân Lập đạt chuẩn quốc gia mức độ 2",
        "Phòng Văn hóa - Xã hội",
        "Trường Mầm non Tân Lập",
        "2026",
        "2027",
        "Ngân sách tỉnh, ngân sách xã",
    ),
    (
        "Vận động Nhân dân tham gia bảo hiểm y tế, bảo hiểm xã hội tự nguyện",
        "Phòng Văn hóa - Xã hội",
        "Bảo hiểm xã hội cơ sở;\nHội Liên hiệp Phụ nữ xã",
        "Thường xuyên",
        "Thường xuyên",
        "",
    ),
    ("IV", "QUỐC PHÒNG, AN NINH"),
    (
        "Xây dựng thôn đạt tiêu chuẩn “An toàn về an ninh, trật tự”",
        "Công an xã",
        "Ban công tác Mặt trận các thôn",
        "Hằng năm",
        "Hằng năm",
        "Ngân sách xã",
    ),
    (
        "Tổ chức diễn tập khu vực phòng thủ xã",
        "Ban Chỉ huy quân sự xã",
        "Công an xã; các ban, ngành, đoàn thể xã",
        "Quý II/2028",
        "Quý III/2028",
        "Ngân sách tỉnh, ngân sách xã",
    ),
]


def make_tan_lap(out: Path) -> dict:
    T = "\t"
    lines = [
        f"ĐẢNG BỘ TỈNH THANH HÓA{T}ĐẢNG CỘNG SẢN VIỆT NAM",
        f"ĐẢNG ỦY XÃ TÂN LẬP{T}",
        f"*{T}Tân Lập, ngày 30 tháng 10 năm 2025",
        f"Số 06-CTr/ĐU{T}",
        "",
        "CHƯƠNG TRÌNH HÀNH ĐỘNG",
        "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ I, nhiệm kỳ 2025 - 2030",
        "-----",
        "Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ I, nhiệm kỳ 2025 - 2030 đã thành công tốt "
        "đẹp. Để sớm đưa Nghị quyết Đại hội vào cuộc sống, Ban Chấp hành Đảng bộ xã xây dựng "
        "Chương trình hành động như sau:",
    ]
    for block in TL_BLOCKS:
        lines += block_lines(block).split("\n")
    lines.append(
        "Chương trình hành động này được phổ biến đến chi bộ và đảng viên trong toàn Đảng bộ./."
    )
    lines.append("")
    sign = ["T/M BAN CHẤP HÀNH", "BÍ THƯ", "", "", "Lê Thị Hương"]
    recip = ["Nơi nhận:"] + TL_RECIPIENTS
    for i, left in enumerate(recip):
        right = sign[i] if i < len(sign) else ""
        lines.append(f"{left}{T}{right}" if right else left)
    lines += [
        "",
        "PHỤ LỤC",
        "NHIỆM VỤ TRỌNG TÂM THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG NHIỆM KỲ 2025 - 2030",
        "(Kèm theo Chương trình hành động số 06-CTr/ĐU ngày 30/10/2025 của Ban Chấp hành Đảng bộ "
        "xã Tân Lập)",
        "",
        T.join(
            [
                "STT",
                "Nội dung nhiệm vụ",
                "Cơ quan chủ trì",
                "Cơ quan phối hợp",
                "Thời gian bắt đầu",
                "Thời gian hoàn thành",
                "Nguồn lực",
            ]
        ),
    ]
    n = 0
    for row in TL_ROWS:
        if len(row) == 2:
            lines.append(T.join(row))
            continue
        n += 1
        lines += T.join([str(n), *row]).split("\n")
    lines.append("")
    path = out / "xa_tan_lap_ctr.txt"
    path.write_text("\n".join(lines), encoding="utf-8")

    key_tasks = []
    for row in TL_ROWS:
        if len(row) == 2:
            continue
        name, lead, partners, start, end, res = row
        key_tasks.append(task(len(key_tasks) + 1, name, lead, partners, start, end, res))
    Y = 2030
    targets = [
        target(
            "B.II",
            "tốc độ tăng trưởng giá trị sản xuất bình quân",
            9.5,
            "%",
            recurrence="annual",
        ),
        target("B.II", "thu nhập bình quân đầu người", 95, "triệu đồng", year=Y),
        target(
            "B.II",
            "tỷ lệ lao động nông nghiệp trong tổng số lao động",
            25,
            "%",
            "<=",
            year=Y,
        ),
        target("B.II", "thôn đạt chuẩn nông thôn mới", 100, "%", year=Y),
        target("B.II", "thôn đạt chuẩn nông thôn mới kiểu mẫu có thêm", 2, "thôn", year=Y),
        target("B.II", "tỷ lệ người dân tham gia bảo hiểm y tế", 97, "%", year=Y),
        target("B.II", "đảng viên mới được kết nạp", 10, "đảng viên", recurrence="annual"),
        target(
            "B.II",
            "chi bộ trực thuộc được kiểm tra, giám sát trong nhiệm kỳ",
            100,
            "%",
            year=Y,
        ),
        target(
            "appendix:4",
            "đất trồng lúa kém hiệu quả được chuyển đổi",
            120,
            "ha",
            year=2028,
        ),
    ]
    note = (
        "A commune Party committee's action program for the 2025-2030 term, copied from a web "
        "portal: one paragraph per line, the header, the signature block and the table as "
        "TAB-separated cells (header rows 'ĐẢNG BỘ TỈNH THANH HÓA<TAB>ĐẢNG CỘNG SẢN VIỆT NAM', "
        "'*<TAB>Tân Lập, ngày …'; the signer's lines share rows with the recipients, the name "
        "with '- Các chi bộ trực thuộc,'). Parts are letters 'A.', 'B.', 'C.'; "
        "under B sections 'I.' to 'III.', areas '1.' and 'a)' (paths like 'B.III.2.a'). A has "
        "its three bullets directly under the part; B.I has body text only; C has numbered "
        "paragraphs whose titles are their text. The program states its term (2025-2030). "
        "Targets in B.II: 'đến năm 2030' and 'trong nhiệm kỳ' give 2030, and so do targets "
        "with no year (the end of the term); '9,5%/năm' and 'Hằng năm' are yearly ('annual', "
        "year null); 'giảm xuống còn 25%' is '<='; '02 thôn' has unit 'thôn'. Not targets: "
        "'lần thứ I', '“4 tốt”', 'đến năm 2045' in a task name, 'mức độ 2'. Key-task table "
        "after the signature: columns 'STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan "
        "phối hợp | Thời gian bắt đầu | Thời gian hoàn thành | Nguồn lực'; four group rows 'I' "
        "to 'IV' (two cells) are not tasks; rows are numbered 1..10 continuously across the "
        "groups. Two time columns: start = the first, end = the second (bare years '2026' / "
        "'2030' are years). Row 8's partner cell holds a line break, so that row runs over two "
        "lines (the second line starts with the rest of the partner cell): joined with a "
        "space; its 'Nguồn lực' is empty. resources = the 'Nguồn lực' cell. Row 4 (120 ha, due "
        "2028) states a target."
    )
    data = gold(
        source=path.name,
        note=note,
        issuer="Ban Chấp hành Đảng bộ xã Tân Lập",
        number="06-CTr/ĐU",
        date="2025-10-30",
        term=(2025, 2030),
        signed_by=("T/M Ban Chấp hành", "Bí thư", "Lê Thị Hương"),
        recipients=TL_RECIPIENTS,
        blocks=TL_BLOCKS,
        key_tasks=key_tasks,
        targets=targets,
        value_text={("B.II", "thôn đạt chuẩn nông thôn mới kiểu mẫu có thêm"): "02"},
    )
    return {path.name: data}


# =============================================================================================
# 5. xa_my_thanh_de_an.docx - Đề án của Đảng ủy xã, no stated term, no key-task table
# =============================================================================================
MT_TASKS = []


def mt(text, name, lead, partners, start, end):
    MT_TASKS.append((name, lead, partners, start, end, text))
    return item(text)


MT_BLOCKS = [
    head(0, "I", "SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN"),
    head(1, "1", "Sự cần thiết"),
    para(
        "Đảng bộ xã hiện có 43 chi bộ trực thuộc với 1.126 đảng viên. Năm 2025 có 78,6% chi bộ "
        "được xếp loại hoàn thành tốt nhiệm vụ trở lên; kết nạp 11 đảng viên mới. Tuy vậy, sinh "
        "hoạt ở một số chi bộ còn đơn điệu, nặng về thủ tục; nguồn kết nạp đảng viên trong "
        "thanh niên ngày càng khó khăn do lao động trẻ đi làm ăn xa."
    ),
    head(1, "2", "Căn cứ xây dựng Đề án"),
    item(
        "Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư về tiếp tục đổi mới và nâng cao chất "
        "lượng sinh hoạt chi bộ trong giai đoạn mới."
    ),
    item(
        "Quy định số 366-QĐ/TW năm 2025 của Bộ Chính trị về kiểm điểm, đánh giá, xếp loại chất "
        "lượng tập thể, cá nhân trong hệ thống chính trị."
    ),
    item("Nghị quyết Đại hội đại biểu Đảng bộ xã Mỹ Thạnh lần thứ I."),
    head(0, "II", "MỤC TIÊU"),
    head(1, "1", "Mục tiêu chung"),
    para(
        "Nâng cao chất lượng sinh hoạt chi bộ, tính lãnh đạo, tính giáo dục và tính chiến đấu "
        "của chi bộ; tạo nguồn và kết nạp đảng viên có chất lượng, nhất là trong đoàn viên "
        "thanh niên."
    ),
    head(1, "2", "Mục tiêu cụ thể"),
    para("Chỉ tiêu cụ thể:", italic=True),
    item(
        "Đến hết năm 2027, 100% chi bộ xây dựng và thực hiện kế hoạch sinh hoạt chuyên đề hằng "
        "quý;",
    ),
    item(
        "Từ năm 2027 trở đi, hằng năm có ít nhất 85% chi bộ được xếp loại “Hoàn thành tốt nhiệm "
        "vụ” trở lên;",
    ),
    item(
        "Mỗi năm kết nạp từ 15 đảng viên mới trở lên, trong đó đoàn viên thanh niên chiếm từ "
        "60% trở lên;",
    ),
    item(
        "Đến năm 2028, không còn chi bộ bị xếp loại “Không hoàn thành nhiệm vụ”;",
    ),
    item(
        "Đến năm 2028, 100% chi bộ thôn sử dụng sổ tay đảng viên điện tử trong sinh hoạt.",
    ),
    head(0, "III", "NHIỆM VỤ, GIẢI PHÁP"),
    head(1, "1", "Nâng cao nhận thức, trách nhiệm của cấp ủy và đảng viên"),
    item(
        "Cấp ủy chi bộ xác định nâng cao chất lượng sinh hoạt là nhiệm vụ thường xuyên, gắn với "
        "trách nhiệm của bí thư chi bộ."
    ),
    item("Đảng viên chuẩn bị ý kiến trước khi dự sinh hoạt; chấm dứt tình trạng đi họp cho có."),
    item("Đưa kết quả tham gia sinh hoạt chi bộ vào đánh giá, xếp loại đảng viên cuối năm."),
    head(1, "2", "Đổi mới nội dung, hình thức sinh hoạt chi bộ"),
    item(
        "Nội dung sinh hoạt bám sát nhiệm vụ chính trị của thôn: sản xuất, giao thông nội "
        "đồng, vệ sinh môi trường, an ninh trật tự."
    ),
    item("Mỗi quý ít nhất một lần sinh hoạt chuyên đề, luân phiên các chủ đề đã đăng ký."),
    item("Phân công đảng viên chuẩn bị, trình bày chuyên đề; mời người có uy tín cùng dự khi cần."),
    item("Ứng dụng sổ tay đảng viên điện tử để gửi tài liệu, ghi biên bản sinh hoạt."),
    head(1, "3", "Tạo nguồn và phát triển đảng viên"),
    item("Chi đoàn, chi hội giới thiệu quần chúng ưu tú cho chi bộ; phân công đảng viên giúp đỡ."),
    item("Quan tâm phát triển đảng viên ở các chi bộ thôn còn ít đảng viên trẻ, gồm:"),
    sub("Chi bộ ấp Mỹ Hòa;"),
    sub("Chi bộ ấp Thạnh Lợi."),
    item("Giữ mối liên hệ với đoàn viên đi làm ăn xa để bồi dưỡng, kết nạp khi đủ điều kiện."),
    head(1, "4", "Kiểm tra, giám sát"),
    item("Đưa nội dung sinh hoạt chi bộ vào chương trình kiểm tra, giám sát hằng năm của Đảng ủy."),
    item("Kịp thời chấn chỉnh chi bộ sinh hoạt không đúng định kỳ, nội dung nghèo nàn."),
    head(0, "IV", "KINH PHÍ THỰC HIỆN"),
    para(
        "Kinh phí thực hiện Đề án được bố trí trong dự toán chi hoạt động của Đảng ủy xã, khoảng "
        "120 triệu đồng mỗi năm, cùng các nguồn hợp pháp khác."
    ),
    head(0, "V", "TỔ CHỨC THỰC HIỆN"),
    mt(
        "Ban Xây dựng Đảng chủ trì, phối hợp với Văn phòng Đảng ủy xây dựng bộ tiêu chí đánh "
        "giá chất lượng sinh hoạt chi bộ phù hợp với từng loại hình chi bộ; hoàn thành trước "
        "ngày 31/3/2026.",
        "Xây dựng bộ tiêu chí đánh giá chất lượng sinh hoạt chi bộ phù hợp với từng loại hình "
        "chi bộ",
        "Ban Xây dựng Đảng",
        "Văn phòng Đảng ủy",
        "",
        "31/3/2026",
    ),
    mt(
        "Ban Xây dựng Đảng chủ trì tổ chức tập huấn nghiệp vụ cho bí thư, phó bí thư chi bộ; "
        "thời gian thực hiện: quý II/2026.",
        "Tổ chức tập huấn nghiệp vụ cho bí thư, phó bí thư chi bộ",
        "Ban Xây dựng Đảng",
        "",
        "Quý II/2026",
        "Quý II/2026",
    ),
    mt(
        "Ủy ban Kiểm tra Đảng ủy chủ trì, phối hợp với Ban Xây dựng Đảng kiểm tra, giám sát "
        "việc thực hiện Đề án tại các chi bộ; thời gian: hằng năm.",
        "Kiểm tra, giám sát việc thực hiện Đề án tại các chi bộ",
        "Ủy ban Kiểm tra Đảng ủy",
        "Ban Xây dựng Đảng",
        "Hằng năm",
        "Hằng năm",
    ),
    item("Các chi bộ trực thuộc căn cứ Đề án xây dựng kế hoạch thực hiện phù hợp với thực tế."),
    mt(
        "Văn phòng Đảng ủy chủ trì, phối hợp với các cơ quan tham mưu, giúp việc Đảng ủy tổ chức "
        "sơ kết việc thực hiện Đề án; thời gian thực hiện từ quý IV/2027 đến quý I/2028.",
        "Tổ chức sơ kết việc thực hiện Đề án",
        "Văn phòng Đảng ủy",
        "Các cơ quan tham mưu, giúp việc Đảng ủy",
        "Quý IV/2027",
        "Quý I/2028",
    ),
]

MT_RECIPIENTS = [
    "- Ban Tổ chức Tỉnh ủy (để b/c),",
    "- Các đồng chí Ủy viên BCH Đảng bộ xã,",
    "- Các cơ quan tham mưu, giúp việc Đảng ủy,",
    "- Các chi bộ trực thuộc,",
    "- Lưu Văn phòng Đảng ủy.",
]


def make_my_thanh(out: Path) -> dict:
    doc = new_document(size=14, after=6, line=1.15)
    layout_table(
        doc,
        [
            ("ĐẢNG BỘ TỈNH VĨNH LONG", {}),
            ("ĐẢNG ỦY XÃ MỸ THẠNH", {"bold": True}),
            ("*", {}),
            ("Số 02-ĐA/ĐU", {}),
        ],
        [
            ("ĐẢNG CỘNG SẢN VIỆT NAM", {"bold": True, "underline": True, "size": 15}),
            ("", {}),
            ("", {}),
            ("Mỹ Thạnh, ngày 10 tháng 02 năm 2026", {"italic": True, "align": R}),
        ],
        widths=(7.0, 9.5),
    )
    paragraph(doc, "ĐỀ ÁN", bold=True, size=15, align=C, before=12, after=0)
    paragraph(
        doc,
        "nâng cao chất lượng sinh hoạt chi bộ và công tác phát triển đảng viên",
        bold=True,
        align=C,
        after=0,
    )
    paragraph(doc, "-----", align=C, after=6)
    paragraph(
        doc,
        "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Mỹ Thạnh lần thứ I, Ban Thường vụ "
        "Đảng ủy xã xây dựng Đề án nâng cao chất lượng sinh hoạt chi bộ và công tác phát triển "
        "đảng viên như sau:",
        align=J,
        first_line=1.0,
    )
    render_blocks(doc, MT_BLOCKS, {0: {"bold": True}, 1: {"bold": True}})
    layout_table(
        doc,
        [("Nơi nhận:", {"align": L, "underline": True, "size": 12})]
        + [(r, {"align": L, "size": 12}) for r in MT_RECIPIENTS],
        [
            ("T/M BAN THƯỜNG VỤ", {"bold": True}),
            ("PHÓ BÍ THƯ", {"bold": True}),
            ("", {}),
            ("", {}),
            ("", {}),
            ("Nguyễn Thanh Phong", {"bold": True}),
        ],
        widths=(8.0, 8.5),
    )
    path = out / "xa_my_thanh_de_an.docx"
    save_docx(doc, path, "Ban Xây dựng Đảng", "Đề án sinh hoạt chi bộ")

    key_tasks = []
    for name, lead, partners, start, end, text in MT_TASKS:
        assert flat(name).lower()[:25] in flat(text).lower(), name
        key_tasks.append(task(len(key_tasks) + 1, name, lead, partners, start, end))
    targets = [
        target(
            "II.2",
            "chi bộ xây dựng và thực hiện kế hoạch sinh hoạt chuyên đề",
            100,
            "%",
            year=2027,
        ),
        target(
            "II.2",
            "chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên",
            85,
            "%",
            recurrence="annual",
        ),
        target("II.2", "đảng viên mới được kết nạp", 15, "đảng viên", recurrence="annual"),
        target(
            "II.2",
            "đoàn viên thanh niên trong số đảng viên mới được kết nạp",
            60,
            "%",
            recurrence="annual",
        ),
        target(
            "II.2",
            "chi bộ bị xếp loại không hoàn thành nhiệm vụ",
            0,
            "chi bộ",
            "<=",
            year=2028,
        ),
        target("II.2", "chi bộ thôn sử dụng sổ tay đảng viên điện tử", 100, "%", year=2028),
    ]
    note = (
        "A scheme (đề án) of a commune Party committee, Party layout (header and signature "
        "block as borderless layout tables), issued and signed by its Standing Committee "
        "('T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ'): issuer 'Ban Thường vụ Đảng ủy xã Mỹ Thạnh'. No "
        "term is printed anywhere (a warning is expected); the gold term is what a clerk would "
        "set - from the year of issue (2026, dated 10/02/2026) to the last year named in its "
        "targets and deadlines (2028: 'Đến năm 2028', 'quý I/2028'). Parts 'I.' to 'V.', areas "
        "'1.'; I.1, II.1 and part IV have body text only (figures of 2025 in I.1 - 43 chi bộ, "
        "1.126 đảng viên, 78,6%, 11 đảng viên - and the budget in IV are not targets). In II.2 "
        "the italic line 'Chỉ tiêu cụ thể:' is an unnumbered label (body text), followed by "
        "five typed '- ' bullets ending with ';' (the last with '.'): they are the 5 items of "
        "II.2. An unnumbered opening paragraph comes before part I. '+' lines "
        "in III.3 belong to the bullet above. Part V has its bullets directly under the part. "
        "Targets: 'Đến hết năm 2027' gives 2027; 'Từ năm 2027 trở đi, hằng năm …', 'Mỗi năm "
        "…' are yearly ('annual', year null), including the 60% share of new members that "
        "comes with the yearly 15 (comparison '>=' because of 'từ … trở lên'); 'không còn chi "
        "bộ …' gives value 0, '<='. 'hằng quý', 'Mỗi quý', 'Chỉ thị số 50-CT/TW', 'Quy định "
        "số 366-QĐ/TW', 'lần thứ I' are not targets. No key-task table: key tasks are the "
        "bullets of V that name a lead agency ('X chủ trì[, phối hợp với Y]') and a time, 1..4 "
        "in document order; the bullet of the party cells has no time and is not one. name = "
        "the task wording without the assignment and time clauses, first letter capitalised, "
        "no final punctuation. Times: 'hoàn thành trước ngày D' gives start '' and end D; "
        "'thời gian thực hiện: X' and 'thời gian: X' give start = end = X; 'từ A đến B' gives "
        "start A and end B. resources are ''."
    )
    data = gold(
        source=path.name,
        note=note,
        issuer="Ban Thường vụ Đảng ủy xã Mỹ Thạnh",
        number="02-ĐA/ĐU",
        date="2026-02-10",
        term=(2026, 2028),
        signed_by=("T/M Ban Thường vụ", "Phó Bí thư", "Nguyễn Thanh Phong"),
        recipients=MT_RECIPIENTS,
        blocks=MT_BLOCKS,
        key_tasks=key_tasks,
        targets=targets,
    )
    return {path.name: data}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docx-dir", type=Path, help="keep the intermediate .docx of the PDF here")
    args = parser.parse_args()
    out = HERE
    golds: dict = {}
    golds.update(make_yen_thanh_bac(out))
    with tempfile.TemporaryDirectory() as tmp:
        docx_dir = args.docx_dir or Path(tmp)
        docx_dir.mkdir(parents=True, exist_ok=True)
        golds.update(make_dong_lac(out, docx_dir))
    golds.update(make_ninh_binh(out))
    golds.update(make_tan_lap(out))
    golds.update(make_my_thanh(out))
    for name, data in golds.items():
        validate_gold(data)
        stem = name.rsplit(".", 1)[0]
        write_gold(out / f"{stem}.gold.json", data)
        print(f"wrote {name} and {stem}.gold.json")
    if not shutil.which("soffice") and not shutil.which("libreoffice"):
        print("soffice not found: the PDF and its gold file were not written", file=sys.stderr)


if __name__ == "__main__":
    main()
