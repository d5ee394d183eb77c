"""Generate the invented import documents of the "tuned" corpus and their gold files.

    python scripts/make_corpus_fixtures.py [--out DIR] [--only NAME]

Writes into hanhdong/imports/tests/data/ (see its README for what each document tests):

  * xa_phu_thanh_dong.txt  - a commune People's Committee plan for 2026, copied from a web
                             portal (cells separated by "|", rules of dashes);
  * tinh_uy_quang_ngai.pdf - a provincial Party committee action program 2025-2030, about
                             30 pages, through LibreOffice (needs `soffice` on PATH);
  * phuong_tan_an_tb.docx  - a ward Standing Committee's notice of conclusions (no term,
                             no key-task table: the tasks are in the wording);
  * lam_dong_de_an.docx    - a provincial People's Committee scheme ("Đề án") 2026-2030;
  * huyen_hung_long.txt    - a district Party committee action program 2020-2025 as
                             pdftotext gives it, tasks in the wording.

Bodies, places, people and wording are invented; laws and figures may be real. The outline
of each gold file comes from the same description as the document; key tasks and targets
are written by hand next to the text. Needs python-docx. The PDF's bytes change with each
LibreOffice run (creation date); its text does not.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_lib import (  # noqa: E402
    WD_ALIGN_PARAGRAPH,
    Cm,
    Pt,
    add_blocks_docx,
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

DATA = Path(__file__).resolve().parent.parent / "hanhdong" / "imports" / "tests" / "data"
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


# =============================================================================================
# 1. xa_phu_thanh_dong.txt - UBND xã, Kế hoạch năm 2026, web-portal copy
# =============================================================================================
PTD_BLOCKS = [
    head(0, "I", "MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU"),
    head(1, "1", "Mục đích"),
    item(
        "Cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ tại Nghị quyết số 25/NQ-HĐND ngày "
        "10/12/2025 của Hội đồng nhân dân xã về nhiệm vụ phát triển kinh tế - xã hội, bảo đảm "
        "quốc phòng, an ninh năm 2026 thành những công việc cụ thể, có lộ trình, có địa chỉ."
    ),
    item(
        "Làm căn cứ để các phòng, đơn vị thuộc Ủy ban nhân dân xã và Ban nhân dân các ấp xây "
        "dựng kế hoạch của đơn vị mình, tổ chức thực hiện đạt và vượt các chỉ tiêu được giao."
    ),
    head(1, "2", "Yêu cầu"),
    item(
        "Các phòng, đơn vị bám sát chức năng, nhiệm vụ được giao, chủ động phối hợp trong "
        "triển khai; xác định rõ người chịu trách nhiệm, thời hạn hoàn thành và sản phẩm cụ thể."
    ),
    item(
        "Tăng cường kỷ luật, kỷ cương hành chính; đề cao trách nhiệm của người đứng đầu trong "
        "lãnh đạo, chỉ đạo, điều hành."
    ),
    item(
        "Định kỳ hằng quý đánh giá, báo cáo kết quả thực hiện; kịp thời đề xuất điều chỉnh "
        "những nội dung không còn phù hợp với tình hình thực tế."
    ),
    head(
        0,
        "II",
        "MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU\nNĂM 2026",
        "II. MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU\nNĂM 2026",
    ),
    head(1, "1", "Mục tiêu tổng quát"),
    para(
        "Tập trung phát triển kinh tế nông nghiệp theo hướng hàng hóa, ứng dụng công nghệ cao "
        "gắn với xây dựng nông thôn mới nâng cao; huy động hiệu quả các nguồn lực đầu tư kết "
        "cấu hạ tầng; nâng cao chất lượng các lĩnh vực văn hóa - xã hội, chăm lo đời sống vật "
        "chất, tinh thần của Nhân dân; giữ vững quốc phòng, an ninh; xây dựng chính quyền xã "
        "hoạt động hiệu lực, hiệu quả, phục vụ Nhân dân."
    ),
    head(1, "2", "Các chỉ tiêu chủ yếu"),
    head(2, "a", "Về kinh tế", "a) Về kinh tế"),
    item("Tổng thu ngân sách nhà nước trên địa bàn đạt 38,5 tỷ đồng trở lên."),
    item(
        "Diện tích cây ăn trái chuyên canh đạt 650 ha, trong đó diện tích được cấp mã số vùng "
        "trồng đạt 210 ha."
    ),
    item("Thu nhập bình quân đầu người đạt 72 triệu đồng/người/năm."),
    head(2, "b", "Về văn hóa - xã hội", "b) Về văn hóa - xã hội"),
    item("Giải quyết việc làm mới cho 150 lao động; tỷ lệ lao động qua đào tạo đạt 70%."),
    item("Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%."),
    item("Tỷ lệ hộ nghèo giảm còn dưới 1% (theo chuẩn nghèo đa chiều giai đoạn 2026 - 2030)."),
    item("100% ấp giữ vững danh hiệu “Ấp văn hóa”."),
    head(2, "c", "Về môi trường", "c) Về môi trường"),
    item("Tỷ lệ hộ dân sử dụng nước sạch theo quy chuẩn đạt 85%."),
    item("Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 92%."),
    head(2, "d", "Về quốc phòng, an ninh", "d) Về quốc phòng, an ninh"),
    item("Hoàn thành 100% chỉ tiêu tuyển chọn và gọi công dân nhập ngũ."),
    item("Tỷ lệ điều tra, khám phá các vụ án hình sự đạt từ 80% trở lên."),
    head(0, "III", "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"),
    head(1, "1", "Về phát triển kinh tế"),
    head(
        2,
        "a",
        "Nông nghiệp và xây dựng nông thôn mới",
        "a) Nông nghiệp và xây dựng nông thôn mới",
    ),
    item(
        "Chuyển đổi cơ cấu cây trồng trên đất lúa kém hiệu quả sang trồng cây ăn trái, rau màu "
        "có giá trị kinh tế cao; nhân rộng các mô hình sản xuất theo tiêu chuẩn VietGAP, hữu cơ."
    ),
    item(
        "Củng cố, nâng chất hoạt động của các hợp tác xã, tổ hợp tác; hỗ trợ liên kết sản xuất "
        "gắn với tiêu thụ sản phẩm, trong đó:"
    ),
    sub("Ưu tiên liên kết tiêu thụ xoài, sầu riêng với các doanh nghiệp chế biến, xuất khẩu;"),
    sub("Hướng dẫn nông dân ghi chép nhật ký sản xuất, truy xuất nguồn gốc sản phẩm."),
    item(
        "Tăng cường phòng, chống dịch bệnh trên cây trồng, vật nuôi; chủ động phòng, chống hạn "
        "hán, xâm nhập mặn, sạt lở bờ sông, kênh rạch."
    ),
    item(
        "Duy trì, nâng chất các tiêu chí xã nông thôn mới nâng cao; tập trung xây dựng ấp Tân "
        "Hòa đạt chuẩn ấp nông thôn mới kiểu mẫu."
    ),
    head(
        2,
        "b",
        "Thương mại, dịch vụ và kinh tế tập thể",
        "b) Thương mại, dịch vụ và kinh tế tập thể",
    ),
    item(
        "Tạo điều kiện thuận lợi để hộ kinh doanh chuyển đổi lên doanh nghiệp; hỗ trợ các chủ "
        "thể tham gia Chương trình mỗi xã một sản phẩm (OCOP)."
    ),
    item(
        "Quản lý tốt hoạt động của chợ Phú Thạnh; đẩy mạnh thanh toán không dùng tiền mặt tại "
        "chợ và các điểm kinh doanh, dịch vụ."
    ),
    head(1, "2", "Về quản lý đất đai, xây dựng, tài nguyên và môi trường"),
    item(
        "Thực hiện tốt công tác quản lý nhà nước về đất đai; giải quyết kịp thời hồ sơ đăng ký "
        "biến động, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất."
    ),
    item(
        "Tăng cường kiểm tra, xử lý vi phạm trật tự xây dựng, lấn chiếm hành lang an toàn giao "
        "thông, hành lang bảo vệ kênh rạch."
    ),
    item(
        "Duy trì hoạt động thu gom rác thải tại các ấp; vận động Nhân dân phân loại chất thải "
        "rắn sinh hoạt tại nguồn."
    ),
    head(1, "3", "Về văn hóa - xã hội"),
    item(
        "Nâng cao chất lượng giáo dục ở các cấp học; duy trì kết quả phổ cập giáo dục, xóa mù "
        "chữ; tăng cường cơ sở vật chất, thiết bị dạy học."
    ),
    item(
        "Thực hiện tốt công tác khám, chữa bệnh ban đầu tại Trạm Y tế xã; chủ động phòng, chống "
        "dịch bệnh truyền nhiễm, nhất là sốt xuất huyết, tay chân miệng."
    ),
    item(
        "Tổ chức các hoạt động văn hóa, văn nghệ, thể dục thể thao chào mừng các ngày lễ lớn, "
        "góp phần phát triển kinh tế\n- xã hội của địa phương."
    ),
    item(
        "Thực hiện đầy đủ, kịp thời các chính sách đối với người có công, hộ nghèo, hộ cận "
        "nghèo và đối tượng bảo trợ xã hội."
    ),
    head(1, "4", "Về quốc phòng, an ninh"),
    item(
        "Xây dựng lực lượng dân quân vững mạnh, rộng khắp; tổ chức huấn luyện đúng kế hoạch; "
        "hoàn thành tốt công tác tuyển quân năm 2026."
    ),
    item(
        "Nắm chắc tình hình an ninh nông thôn; đấu tranh, kiềm chế các loại tội phạm, tệ nạn xã "
        "hội; bảo đảm trật tự an toàn giao thông trên các tuyến đường bộ, đường thủy."
    ),
    head(1, "5", "Về xây dựng chính quyền, cải cách hành chính và chuyển đổi số"),
    item(
        "Nâng cao chất lượng giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính "
        "công xã; không để hồ sơ trễ hạn, tồn đọng."
    ),
    item(
        "Đẩy mạnh chuyển đổi số, vận hành hiệu quả các hệ thống thông tin dùng chung; hướng dẫn "
        "người dân sử dụng dịch vụ công trực tuyến."
    ),
    item(
        "Thực hiện nghiêm kỷ luật, kỷ cương hành chính; công khai, minh bạch trong quản lý tài "
        "chính, ngân sách."
    ),
    head(0, "IV", "TỔ CHỨC THỰC HIỆN", "IV. TỔ CHỨC THỰC HIỆN"),
    npara(
        1,
        "1",
        "Các phòng, đơn vị thuộc Ủy ban nhân dân xã, Ban nhân dân các ấp căn cứ Kế hoạch này "
        "và danh mục nhiệm vụ tại Phụ lục kèm theo, xây dựng kế hoạch cụ thể của đơn vị; tổ "
        "chức triển khai thực hiện, bảo đảm đúng tiến độ, chất lượng.",
    ),
    head(1, "2", "Phòng Kinh tế"),
    item(
        "Chủ trì, phối hợp với các đơn vị liên quan theo dõi, tổng hợp tình hình thực hiện các "
        "chỉ tiêu về kinh tế, môi trường."
    ),
    item(
        "Tham mưu Ủy ban nhân dân xã điều hành dự toán ngân sách năm 2026 bảo đảm chặt chẽ, "
        "tiết kiệm, hiệu quả."
    ),
    head(1, "3", "Văn phòng HĐND và UBND xã"),
    item(
        "Theo dõi, đôn đốc các phòng, đơn vị thực hiện Kế hoạch; tổng hợp báo cáo kết quả định "
        "kỳ hằng quý, 6 tháng và năm trước ngày 15 của tháng cuối kỳ báo cáo."
    ),
    npara(
        1,
        "4",
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội tăng "
        "cường tuyên truyền, vận động Nhân dân tích cực tham gia thực hiện; giám sát việc tổ "
        "chức thực hiện Kế hoạch này.",
    ),
    para(
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời báo cáo Ủy "
        "ban nhân dân xã (qua Văn phòng HĐND và UBND xã) để xem xét, giải quyết./."
    ),
]

PTD_RECIPIENTS = [
    "- UBND tỉnh Đồng Tháp (b/c);",
    "- Thường trực Đảng ủy xã (b/c);",
    "- Thường trực HĐND xã;",
    "- Chủ tịch, các Phó Chủ tịch UBND xã;",
    "- Ủy ban MTTQ Việt Nam xã;",
    "- Các phòng, đơn vị thuộc UBND xã;",
    "- Ban nhân dân các ấp;",
    "- Lưu: VT.",
]

# group rows ("A", title) then rows (printed number, name, lead, partners, end, product)
PTD_ROWS = [
    ("A", "LĨNH VỰC KINH TẾ"),
    (
        "1",
        "Xây dựng kế hoạch chuyển đổi cơ cấu cây trồng trên đất lúa năm 2026",
        "Phòng Kinh tế",
        "Hội Nông dân xã; Ban nhân dân các ấp",
        "Tháng 02/2026",
        "Kế hoạch được phê duyệt",
    ),
    (
        "2",
        "Vận động thành lập mới 02 hợp tác xã nông nghiệp",
        "Phòng Kinh tế",
        "Hội Nông dân xã",
        "Quý III/2026",
        "Quyết định thành lập hợp tác xã",
    ),
    (
        "3",
        "Hỗ trợ cấp mới mã số vùng trồng cho các vùng cây ăn trái chuyên canh",
        "Phòng Kinh tế",
        "Các hợp tác xã, tổ hợp tác",
        "Quý IV/2026",
        "Mã số vùng trồng được cấp",
    ),
    (
        "4",
        "Nâng cấp, mở rộng 3,2 km đường giao thông nông thôn ấp Phú Lợi",
        "Phòng Kinh tế",
        "Ban nhân dân ấp Phú Lợi",
        "Quý IV/2026",
        "Công trình hoàn thành, đưa vào sử dụng",
    ),
    (
        "5",
        "Lập hồ sơ đề nghị công nhận ấp Tân Hòa đạt chuẩn ấp nông thôn mới kiểu mẫu",
        "Phòng Kinh tế",
        "Ban nhân dân ấp Tân Hòa",
        "15/11/2026",
        "Hồ sơ đề nghị công nhận",
    ),
    ("B", "LĨNH VỰC VĂN HÓA - XÃ HỘI"),
    (
        "1",
        "Rà soát hộ nghèo, hộ cận nghèo năm 2026",
        "Phòng Văn hóa - Xã hội",
        "Ban nhân dân các ấp;\nHội Liên hiệp Phụ nữ xã",
        "Tháng 11/2026",
        "Quyết định công nhận kết quả rà soát",
    ),
    (
        "2",
        "Vận động người dân tham gia bảo hiểm y tế hộ gia đình",
        "Phòng Văn hóa - Xã hội",
        "Trạm Y tế xã; Bảo hiểm xã hội khu vực",
        "Thường xuyên",
        "Báo cáo kết quả hằng quý",
    ),
    (
        "3",
        "Tổ chức Đại hội Thể dục thể thao xã lần thứ I",
        "Phòng Văn hóa - Xã hội",
        "Đoàn Thanh niên xã",
        "Quý II/2026",
        "Đại hội được tổ chức",
    ),
    ("C", "LĨNH VỰC QUỐC PHÒNG, AN NINH VÀ XÂY DỰNG CHÍNH QUYỀN"),
    (
        "1",
        "Tổ chức giao quân năm 2026",
        "Ban Chỉ huy quân sự xã",
        "Công an xã; Hội đồng nghĩa vụ quân sự xã",
        "Tháng 3/2026",
        "Báo cáo kết quả giao quân",
    ),
    (
        "2",
        "Rà soát, công khai danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của xã",
        "Văn phòng HĐND và UBND xã",
        "Trung tâm Phục vụ hành chính công xã",
        "Trước 31/3/2026",
        "Danh mục được công khai",
    ),
    (
        "3",
        "Triển khai thu phí, lệ phí không dùng tiền mặt tại Trung tâm Phục vụ hành chính công xã",
        "Trung tâm Phục vụ hành chính công xã",
        "Văn phòng HĐND và UBND xã",
        "Năm 2026",
        "Báo cáo kết quả",
    ),
]


def web_text(blocks) -> list[str]:
    """A web-portal copy: one paragraph per line, soft line breaks kept."""
    lines = []
    for block in blocks:
        lines += block_lines(block).split("\n")
    return lines


def make_phu_thanh_dong(out: Path) -> dict:
    lines = [
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "XÃ PHÚ THẠNH ĐÔNG | Độc lập - Tự do - Hạnh phúc",
        "-------- | ---------------",
        "Số: 214/KH-UBND | Phú Thạnh Đông, ngày 18 tháng 12 năm 2025",
        "",
        "KẾ HOẠCH",
        "Thực hiện nhiệm vụ phát triển kinh tế",
        "- xã hội, bảo đảm quốc phòng, an ninh năm 2026",
        "-----------",
        "",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Nghị quyết số 25/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân xã Phú "
        "Thạnh Đông về nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh năm "
        "2026;",
        "Ủy ban nhân dân xã Phú Thạnh Đông ban hành Kế hoạch thực hiện như sau:",
    ]
    lines += web_text(PTD_BLOCKS)
    lines += ["", "Nơi nhận:"]
    lines += PTD_RECIPIENTS[:-1]
    lines += [
        f"{PTD_RECIPIENTS[-1]} | TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "",
        "",
        "",
        "",
        "Trần Thị Kim Loan",
        "",
        "PHỤ LỤC",
        "DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026",
        "(Kèm theo Kế hoạch số 214/KH-UBND ngày 18/12/2025 của Ủy ban nhân dân xã Phú Thạnh Đông)",
        "",
        "STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành"
        " | Sản phẩm",
    ]
    for row in PTD_ROWS:
        if len(row) == 2:
            lines.append(f"{row[0]} | {row[1]}")
        else:
            lines += " | ".join(row).split("\n")
    lines.append("")
    path = out / "xa_phu_thanh_dong.txt"
    path.write_text("\n".join(lines), encoding="utf-8")

    key_tasks = []
    for row in PTD_ROWS:
        if len(row) == 2:
            continue
        _, name, lead, partners, end, _product = row
        key_tasks.append(task(len(key_tasks) + 1, name, lead, partners, "", end))
    targets = [
        target("II.2.a", "tổng thu ngân sách nhà nước trên địa bàn", 38.5, "tỷ đồng", year=2026),
        target("II.2.a", "diện tích cây ăn trái chuyên canh", 650, "ha", year=2026),
        target(
            "II.2.a",
            "diện tích cây ăn trái được cấp mã số vùng trồng",
            210,
            "ha",
            year=2026,
        ),
        target("II.2.a", "thu nhập bình quân đầu người", 72, "triệu đồng", year=2026),
        target("II.2.b", "lao động được giải quyết việc làm mới", 150, "lao động", year=2026),
        target("II.2.b", "tỷ lệ lao động qua đào tạo", 70, "%", year=2026),
        target("II.2.b", "tỷ lệ người dân tham gia bảo hiểm y tế", 95, "%", year=2026),
        target("II.2.b", "tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", 1, "%", "<=", 2026),
        target("II.2.b", "ấp giữ vững danh hiệu Ấp văn hóa", 100, "%", year=2026),
        target("II.2.c", "tỷ lệ hộ dân sử dụng nước sạch theo quy chuẩn", 85, "%", year=2026),
        target(
            "II.2.c",
            "tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý",
            92,
            "%",
            year=2026,
        ),
        target(
            "II.2.d",
            "hoàn thành chỉ tiêu tuyển chọn và gọi công dân nhập ngũ",
            100,
            "%",
            year=2026,
        ),
        target("II.2.d", "tỷ lệ điều tra, khám phá các vụ án hình sự", 80, "%", year=2026),
        target("appendix:2", "hợp tác xã nông nghiệp thành lập mới", 2, "hợp tác xã", year=2026),
        target(
            "appendix:4",
            "đường giao thông nông thôn ấp Phú Lợi được nâng cấp, mở rộng",
            3.2,
            "km",
            year=2026,
        ),
    ]
    note = (
        "A web-portal copy: paragraphs are one per line, table cells are separated by ' | ', "
        "the header and the signature block are two-cell rows. Titles of paragraph-only nodes "
        "are their paragraph text. Part II's heading is wrapped over two lines ('… CHỦ YẾU' / "
        "'NĂM 2026'): one title. The line '- xã hội của địa phương.' in III.3 and the line "
        "'- xã hội, bảo đảm …' of the document title continue the line before: neither is a "
        "bullet. '+' lines under a '-' bullet are part of that bullet. A plan for one year: "
        "every target's year is 2026 (a target with no year stated is due by the end of the "
        "plan). '72 triệu đồng/người/năm': unit 'triệu đồng'. 'đạt X%' means at least X% "
        "('>='); 'giảm còn dưới 1%' gives '<='. Key-task table: group rows 'A', 'B', 'C' "
        "restart the printed numbering (A 1-5, B 1-3, C 1-3); the gold numbers the rows 1..11 "
        "in document order. The only time column is 'Thời gian hoàn thành' (a deadline): "
        "start is '' (period null) and end is the cell; 'Trước 31/3/2026' is the date "
        "2026-03-31, 'Thường xuyên' is 'open'. 'Sản phẩm' is the expected product, not a "
        "funding source: resources are ''. A partner cell holds a line break (row 6): joined "
        "with a space. The signer signs for the Chairman (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)."
    )
    data = gold(
        source=path.name,
        note=note,
        issuer="Ủy ban nhân dân xã Phú Thạnh Đông",
        number="214/KH-UBND",
        date="2025-12-18",
        term=(2026, 2026),
        signed_by=("TM. Ủy ban nhân dân", "Phó Chủ tịch", "Trần Thị Kim Loan"),
        recipients=PTD_RECIPIENTS,
        blocks=PTD_BLOCKS,
        key_tasks=key_tasks,
        targets=targets,
        value_text={("II.2.a", "tổng thu ngân sách nhà nước trên địa bàn"): "38,5"},
    )
    return {path.name: data}


# =============================================================================================
# 2. phuong_tan_an_tb.docx - Thông báo kết luận của Ban Thường vụ Đảng ủy phường
# =============================================================================================
def in_text(task_gold: dict, text: str) -> dict:
    """Check that a key task taken from the wording is really in that wording."""
    low = text.lower()
    for key in ("name", "lead", "partners", "start", "end"):
        value = task_gold[key]
        if value and value.lower() not in low:
            raise ValueError(f"{key} {value!r} is not in {text[:60]!r}")
    return task_gold


TA_T1 = (
    "Giao Ủy ban nhân dân phường chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam phường "
    "rà soát, lập danh mục các tuyến hẻm cần chỉnh trang, nâng cấp chiếu sáng công cộng năm "
    "2026; hoàn thành trước ngày 31/01/2026."
)
TA_T2 = (
    "Giao Ủy ban nhân dân phường hoàn thành việc đặt tên đường, đánh số nhà trên các tuyến "
    "đường mới hình thành sau sắp xếp đơn vị hành chính; thời gian thực hiện: quý II/2026."
)
TA_T3 = (
    "Giao Đảng ủy Ủy ban nhân dân phường lãnh đạo xử lý dứt điểm các trường hợp vi phạm trật "
    "tự xây dựng còn tồn đọng, không để kéo dài, phát sinh khiếu kiện;\nhoàn thành trong quý "
    "I/2026."
)
TA_T4 = (
    "Giao Ủy ban nhân dân phường chủ trì, phối hợp với Hội Liên hiệp Phụ nữ phường và Đoàn "
    "Thanh niên phường xây dựng, triển khai mô hình phân loại chất thải rắn sinh hoạt tại nguồn "
    "ở các khu phố; thời gian thực hiện: từ quý I/2026 đến quý IV/2026."
)
TA_T5 = (
    "Giao Ủy ban nhân dân phường phối hợp với Công ty TNHH MTV Môi trường đô thị Tân An bố trí "
    "đủ điểm tập kết rác, thu gom đúng giờ; xử lý nghiêm các trường hợp vứt rác, xả thải không "
    "đúng nơi quy định; thời gian: thường xuyên."
)
TA_T6 = (
    "Giao Ban Tuyên giáo và Dân vận Đảng ủy chủ trì, phối hợp với Văn phòng Đảng ủy mở chuyên "
    "mục “Đô thị văn minh” trên trang thông tin điện tử của phường; hoàn thành trong tháng "
    "01/2026."
)
TA_T7 = (
    "Giao Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Thông báo kết luận này; tổng hợp, "
    "báo cáo Ban Thường vụ Đảng ủy kết quả thực hiện trước ngày 30/6/2026."
)

TA_BLOCKS = [
    head(0, "1", "Đánh giá chung"),
    para(
        "Năm 2025, công tác chỉnh trang đô thị, quản lý trật tự xây dựng và vệ sinh môi trường "
        "trên địa bàn phường có nhiều chuyển biến tích cực. Ủy ban nhân dân phường đã phối hợp "
        "với Ủy ban Mặt trận Tổ quốc Việt Nam phường vận động Nhân dân chỉnh trang 14 tuyến hẻm "
        "với tổng chiều dài 6,8 km; lắp đặt mới 320 bộ đèn chiếu sáng công cộng; tỷ lệ hộ gia "
        "đình đăng ký thu gom rác thải đạt 94%; xử lý dứt điểm 37/41 trường hợp vi phạm trật tự "
        "xây dựng phát sinh trong năm."
    ),
    para("* Ưu điểm:", docx={"bold": True, "italic": True}),
    item(
        "Cấp ủy, chính quyền phường đã quan tâm lãnh đạo, chỉ đạo; huy động được sự tham gia "
        "tích cực của các tầng lớp Nhân dân, nhất là trong chỉnh trang các tuyến hẻm."
    ),
    item(
        "Việc kiểm tra, xử lý vi phạm trật tự xây dựng được thực hiện thường xuyên hơn, có sự "
        "phối hợp chặt chẽ giữa các lực lượng."
    ),
    para("* Hạn chế, tồn tại:", docx={"bold": True, "italic": True}),
    item(
        "Một số tuyến hẻm xuống cấp, thiếu chiếu sáng, chưa có hệ thống thoát nước đồng bộ; "
        "tình trạng lấn chiếm vỉa hè để kinh doanh còn diễn ra ở một số tuyến đường."
    ),
    item(
        "Việc phát hiện, xử lý vi phạm trật tự xây dựng ở một số khu phố chưa kịp thời; còn "
        "trường hợp tồn đọng kéo dài."
    ),
    item(
        "Ý thức phân loại, bỏ rác đúng nơi quy định của một bộ phận người dân chưa cao; việc thu "
        "gom rác ở các khu dân cư mới chưa đều."
    ),
    head(0, "2", "Nhiệm vụ trọng tâm thời gian tới"),
    para(
        "Ban Thường vụ Đảng ủy cơ bản thống nhất với báo cáo và phương hướng, nhiệm vụ năm 2026 "
        "do Ủy ban nhân dân phường trình; đề nghị các cơ quan, đơn vị, chi bộ khu phố tập trung "
        "thực hiện tốt các nội dung sau:"
    ),
    head(1, "(1)", "Về chỉnh trang đô thị", "(1)\tVề chỉnh trang đô thị"),
    item(TA_T1),
    item(
        "Vận động Nhân dân hiến đất, góp công mở rộng hẻm theo phương châm “Nhà nước và Nhân dân "
        "cùng làm”; phấn đấu trong năm 2026 chỉnh trang thêm 10 tuyến hẻm."
    ),
    item(TA_T2),
    head(1, "(2)", "Về trật tự xây dựng", "(2)\tVề trật tự xây dựng"),
    item(
        "Tăng cường kiểm tra, phát hiện sớm và xử lý nghiêm các trường hợp vi phạm trật tự xây "
        "dựng ngay từ khi mới phát sinh."
    ),
    item(TA_T3),
    item(
        "Người đứng đầu cấp ủy, Ban điều hành các khu phố chịu trách nhiệm trước Ban Thường vụ "
        "Đảng ủy nếu để xảy ra vi phạm trật tự xây dựng trên địa bàn quản lý mà không kịp thời "
        "phát hiện, báo cáo."
    ),
    head(1, "(3)", "Về vệ sinh môi trường", "(3)\tVề vệ sinh môi trường"),
    item(TA_T4),
    item(
        "Phấn đấu đến hết năm 2026 có 100% khu phố triển khai mô hình phân loại chất thải rắn "
        "sinh hoạt tại nguồn."
    ),
    item(
        "Duy trì ra quân tổng vệ sinh môi trường vào sáng thứ Bảy cuối cùng hằng tháng tại các "
        "khu phố."
    ),
    item(TA_T5),
    head(
        1,
        "(4)",
        "Về công tác tuyên truyền, vận động",
        "(4)\tVề công tác tuyên truyền, vận động",
    ),
    item(
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội "
        "phường đẩy mạnh tuyên truyền, vận động hội viên, đoàn viên và Nhân dân chấp hành quy "
        "định về trật tự xây dựng, giữ gìn vệ sinh môi trường; đưa nội dung này vào tiêu chí "
        "bình xét gia đình văn hóa, khu phố văn hóa."
    ),
    item(TA_T6),
    head(0, "3", "Tổ chức thực hiện"),
    item(
        "Các chi bộ khu phố quán triệt nội dung Thông báo này đến cán bộ, đảng viên; lãnh đạo "
        "Ban điều hành khu phố cụ thể hóa thành nhiệm vụ của chi bộ."
    ),
    item(TA_T7),
]

TA_RECIPIENTS = [
    "- Thường trực Đảng ủy phường,",
    "- Các đồng chí Ủy viên Ban Thường vụ,",
    "- UBND, Ủy ban MTTQ Việt Nam phường,",
    "- Các cơ quan tham mưu, giúp việc Đảng ủy,",
    "- Các chi bộ khu phố,",
    "- Lưu Văn phòng Đảng ủy.",
]


def make_tan_an(out: Path) -> dict:
    doc = new_document(size=14, after=4, line=1.1)
    page_numbers_top(doc.sections[0])
    layout_table(
        doc,
        [
            ("ĐẢNG BỘ TỈNH ĐẮK LẮK", {}),
            ("ĐẢNG ỦY PHƯỜNG TÂN AN", {"bold": True}),
            ("*", {}),
            ("Số 41-TB/ĐU", {}),
        ],
        [
            ("ĐẢNG CỘNG SẢN VIỆT NAM", {"bold": True, "underline": True, "size": 15}),
            ("", {}),
            ("Tân An, ngày 09 tháng 12 năm 2025", {"italic": True, "align": R}),
        ],
        widths=(7.0, 9.5),
    )
    paragraph(doc, "THÔNG BÁO", bold=True, size=15, align=C, before=12, after=0)
    paragraph(
        doc,
        "kết luận của Ban Thường vụ Đảng ủy phường tại hội nghị nghe báo cáo\n"
        "công tác chỉnh trang đô thị, trật tự xây dựng và vệ sinh môi trường",
        bold=True,
        align=C,
        after=0,
    )
    paragraph(doc, "-----", align=C, after=6)
    for text in (
        "Ngày 05/12/2025, Ban Thường vụ Đảng ủy phường Tân An tổ chức hội nghị nghe Ủy ban nhân "
        "dân phường báo cáo kết quả thực hiện công tác chỉnh trang đô thị, trật tự xây dựng và "
        "vệ sinh môi trường năm 2025, phương hướng, nhiệm vụ năm 2026. Tham dự hội nghị có các "
        "đồng chí Ủy viên Ban Thường vụ Đảng ủy; lãnh đạo Ủy ban Mặt trận Tổ quốc Việt Nam "
        "phường, các cơ quan chuyên môn thuộc Ủy ban nhân dân phường và bí thư chi bộ các khu "
        "phố.",
        "Sau khi nghe báo cáo và ý kiến thảo luận của các đại biểu, đồng chí Nguyễn Hữu Phước, "
        "Bí thư Đảng ủy phường, chủ trì hội nghị kết luận như sau:",
    ):
        paragraph(doc, text, align=J, first_line=1.0)
    add_blocks_docx(
        doc,
        TA_BLOCKS,
        {
            0: {"bold": True},
            1: {"bold": True, "italic": True},
            "para": {},
            "item": {},
        },
    )
    paragraph(doc, "Ban Thường vụ Đảng ủy phường thông báo để các cơ quan, đơn vị biết, thực hiện.")
    layout_table(
        doc,
        [("Nơi nhận:", {"align": L, "italic": True, "underline": True, "size": 12})]
        + [(r, {"align": L, "size": 12}) for r in TA_RECIPIENTS],
        [
            ("T/L BAN THƯỜNG VỤ", {"bold": True}),
            ("CHÁNH VĂN PHÒNG", {"bold": True}),
            ("", {}),
            ("", {}),
            ("", {}),
            ("Lê Thị Hồng Nhung", {"bold": True}),
        ],
        widths=(8.0, 8.5),
    )
    path = out / "phuong_tan_an_tb.docx"
    save_docx(doc, path, "Văn phòng Đảng ủy phường Tân An", "Thông báo kết luận")

    key_tasks = [
        in_text(
            task(
                1,
                "Rà soát, lập danh mục các tuyến hẻm cần chỉnh trang, nâng cấp chiếu sáng công "
                "cộng năm 2026",
                "Ủy ban nhân dân phường",
                "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
                "",
                "31/01/2026",
            ),
            TA_T1,
        ),
        in_text(
            task(
                2,
                "Hoàn thành việc đặt tên đường, đánh số nhà trên các tuyến đường mới hình thành "
                "sau sắp xếp đơn vị hành chính",
                "Ủy ban nhân dân phường",
                "",
                "Quý II/2026",
                "Quý II/2026",
            ),
            TA_T2,
        ),
        in_text(
            task(
                3,
                "Lãnh đạo xử lý dứt điểm các trường hợp vi phạm trật tự xây dựng còn tồn đọng, "
                "không để kéo dài, phát sinh khiếu kiện",
                "Đảng ủy Ủy ban nhân dân phường",
                "",
                "",
                "Quý I/2026",
            ),
            TA_T3.replace("\n", " "),
        ),
        in_text(
            task(
                4,
                "Xây dựng, triển khai mô hình phân loại chất thải rắn sinh hoạt tại nguồn ở các "
                "khu phố",
                "Ủy ban nhân dân phường",
                "Hội Liên hiệp Phụ nữ phường và Đoàn Thanh niên phường",
                "Quý I/2026",
                "Quý IV/2026",
            ),
            TA_T4,
        ),
        in_text(
            task(
                5,
                "Bố trí đủ điểm tập kết rác, thu gom đúng giờ; xử lý nghiêm các trường hợp vứt "
                "rác, xả thải không đúng nơi quy định",
                "Ủy ban nhân dân phường",
                "Công ty TNHH MTV Môi trường đô thị Tân An",
                "Thường xuyên",
                "Thường xuyên",
            ),
            TA_T5,
        ),
        in_text(
            task(
                6,
                "Mở chuyên mục “Đô thị văn minh” trên trang thông tin điện tử của phường",
                "Ban Tuyên giáo và Dân vận Đảng ủy",
                "Văn phòng Đảng ủy",
                "",
                "Tháng 01/2026",
            ),
            TA_T6,
        ),
        in_text(
            task(
                7,
                "Theo dõi, đôn đốc việc thực hiện Thông báo kết luận này; tổng hợp, báo cáo Ban "
                "Thường vụ Đảng ủy kết quả thực hiện",
                "Văn phòng Đảng ủy",
                "",
                "",
                "30/6/2026",
            ),
            TA_T7,
        ),
    ]
    targets = [
        target("2.(1)", "tuyến hẻm được chỉnh trang thêm", 10, "tuyến hẻm", year=2026),
        target(
            "2.(3)",
            "khu phố triển khai mô hình phân loại chất thải rắn sinh hoạt tại nguồn",
            100,
            "%",
            year=2026,
        ),
    ]
    note = (
        "A notice of conclusions (thông báo kết luận): no term is printed and there is no "
        "key-task table. Its numbered points are '1.', '2.', '3.' at the top level and '(1)' to "
        "'(4)' under 2 (typed '(1)' + TAB). Term: what the clerk would set - from the year of "
        "issue (2025, the notice is dated 09/12/2025) to the year of the last deadline in the "
        "text (quý IV/2026). Key tasks are the bullets that name a lead agency and a time "
        "('Giao X [chủ trì, phối hợp với Y] … ; hoàn thành trước ngày / trong … | thời gian "
        "thực hiện: … | thời gian: …'), numbered 1..7 in document order. A bullet with a lead "
        "but no time, or a time but no lead, is not a key task. name = the task wording "
        "without the assignment and time clauses, first letter capitalised, no final "
        "punctuation; lead and partners as written (first letter capitalised); a lead that "
        "'phối hợp với Y' without 'chủ trì' is still the lead and Y the partner. Times: "
        "'hoàn thành trước ngày D / trong X' is a deadline (start '', end X); 'thời gian "
        "thực hiện: X' and 'thời gian: X' give start = end = X; 'từ A đến B' gives start A and "
        "end B; times are written as a table cell would print them ('Quý II/2026', "
        "'Tháng 01/2026', '31/01/2026' without 'ngày'). resources are '' (the text names "
        "none). Task 3's time clause follows a manual line break. In point 1 the lines "
        "'* Ưu điểm:' and '* Hạn chế, tồn tại:' are unnumbered labels (body text, not items); "
        "the five '-' bullets under them are the items of 1. Figures in point 1 (14 tuyến "
        "hẻm, 6,8 km, 320 bộ đèn, 94%, 37/41) are results of 2025, not targets. Point 3 has "
        "bullets directly under a top-level node. Signed 'T/L BAN THƯỜNG VỤ / CHÁNH VĂN "
        "PHÒNG' (on behalf of the Standing Committee by the head of its office)."
    )
    data = gold(
        source=path.name,
        note=note,
        issuer="Ban Thường vụ Đảng ủy phường Tân An",
        number="41-TB/ĐU",
        date="2025-12-09",
        term=(2025, 2026),
        signed_by=("T/L Ban Thường vụ", "Chánh Văn phòng", "Lê Thị Hồng Nhung"),
        recipients=TA_RECIPIENTS,
        blocks=TA_BLOCKS,
        key_tasks=key_tasks,
        targets=targets,
    )
    return {path.name: data}


# =============================================================================================
# 3. lam_dong_de_an.docx - Đề án của UBND tỉnh, 2026-2030, parts A. to Đ.
# =============================================================================================
LD_BLOCKS = [
    head(0, "A", "SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN"),
    head(1, "I", "SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN"),
    para(
        "Cà phê là cây trồng chủ lực, có diện tích và giá trị xuất khẩu lớn nhất trong ngành "
        "nông nghiệp của tỉnh, gắn với sinh kế của hàng trăm nghìn hộ nông dân, trong đó có "
        "nhiều hộ đồng bào dân tộc thiểu số. Tuy nhiên, sản xuất cà phê của tỉnh vẫn chủ yếu ở "
        "quy mô nông hộ nhỏ lẻ, phần lớn sản lượng được xuất khẩu dưới dạng cà phê nhân, giá "
        "trị gia tăng thấp; nhiều vườn cây già cỗi, năng suất thấp; liên kết giữa người sản xuất "
        "với doanh nghiệp chưa bền vững."
    ),
    para(
        "Trong khi đó, các thị trường nhập khẩu ngày càng đặt ra yêu cầu cao hơn về truy xuất "
        "nguồn gốc, sản xuất không gây mất rừng và giảm phát thải. Việc xây dựng Đề án phát "
        "triển vùng nguyên liệu cà phê bền vững gắn với chế biến sâu là yêu cầu cấp thiết, góp "
        "phần cơ cấu lại ngành nông nghiệp, nâng cao thu nhập cho người dân và thực hiện thắng "
        "lợi Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030."
    ),
    head(1, "II", "CĂN CỨ XÂY DỰNG ĐỀ ÁN"),
    item("Luật Trồng trọt ngày 19 tháng 11 năm 2018;"),
    item(
        "Nghị định số 98/2018/NĐ-CP ngày 05 tháng 7 năm 2018 của Chính phủ về chính sách "
        "khuyến khích phát triển hợp tác, liên kết trong sản xuất và tiêu thụ sản phẩm nông "
        "nghiệp;"
    ),
    item(
        "Quyết định số 150/QĐ-TTg ngày 28 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt "
        "Chiến lược phát triển nông nghiệp và nông thôn bền vững giai đoạn 2021 - 2030, tầm nhìn "
        "đến năm 2050;"
    ),
    item("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2025 - 2030;"),
    item(
        "Kết quả khảo sát, đánh giá thực trạng sản xuất, chế biến và tiêu thụ cà phê trên địa "
        "bàn tỉnh năm 2025 của Sở Nông nghiệp và Môi trường."
    ),
    head(0, "B", "THỰC TRẠNG SẢN XUẤT, CHẾ BIẾN CÀ PHÊ TRÊN ĐỊA BÀN TỈNH"),
    head(1, "I", "KẾT QUẢ ĐẠT ĐƯỢC"),
    para(
        "Đến hết năm 2025, tổng diện tích cà phê toàn tỉnh khoảng 312.000 ha, sản lượng cà phê "
        "nhân ước đạt 980.000 tấn; năng suất bình quân 3,05 tấn/ha. Diện tích được chứng nhận "
        "sản xuất bền vững đạt 96.500 ha; có 41.200 ha được cấp mã số vùng trồng. Toàn tỉnh có "
        "86 cơ sở chế biến cà phê, trong đó 14 cơ sở chế biến sâu (rang xay, hòa tan); 23 sản "
        "phẩm cà phê được công nhận đạt chuẩn OCOP từ 3 sao trở lên."
    ),
    para(
        "Công tác tái canh, ghép cải tạo được triển khai tích cực; trong giai đoạn 2021 - 2025 "
        "toàn tỉnh đã tái canh, ghép cải tạo được khoảng 38.000 ha. Các mô hình liên kết sản "
        "xuất, tiêu thụ giữa hợp tác xã với doanh nghiệp bước đầu mang lại hiệu quả rõ rệt."
    ),
    head(1, "II", "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"),
    head(2, "1", "Tồn tại, hạn chế"),
    item(
        "Quy mô sản xuất nhỏ, phân tán; diện tích cà phê già cỗi, năng suất thấp còn lớn; việc "
        "lạm dụng phân bón, thuốc bảo vệ thực vật ở một số nơi còn diễn ra."
    ),
    item(
        "Chế biến sâu còn hạn chế, phần lớn sản lượng xuất khẩu ở dạng thô; thương hiệu cà phê "
        "của tỉnh chưa được khai thác tương xứng với tiềm năng."
    ),
    item(
        "Liên kết chuỗi giá trị chưa chặt chẽ, tình trạng phá vỡ hợp đồng liên kết khi giá cả "
        "thị trường biến động vẫn xảy ra."
    ),
    item(
        "Hệ thống dữ liệu vùng trồng, truy xuất nguồn gốc chưa đồng bộ, chưa đáp ứng đầy đủ yêu "
        "cầu của các thị trường xuất khẩu khó tính."
    ),
    head(2, "2", "Nguyên nhân"),
    item(
        "Nhận thức của một bộ phận người sản xuất về sản xuất bền vững, liên kết chuỗi còn hạn "
        "chế; nguồn lực của nông hộ để tái canh, đầu tư thâm canh còn khó khăn."
    ),
    item(
        "Cơ chế, chính sách hỗ trợ chưa đủ mạnh để thu hút doanh nghiệp đầu tư vào chế biến sâu; "
        "việc tiếp cận vốn tín dụng của người dân, hợp tác xã còn nhiều thủ tục."
    ),
    item("Tác động của biến đổi khí hậu, hạn hán, thiếu nước tưới vào mùa khô ngày càng gay gắt."),
    head(0, "C", "MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP"),
    head(1, "I", "QUAN ĐIỂM"),
    item(
        "Phát triển cà phê bền vững trên cả ba trụ cột kinh tế, xã hội và môi trường; lấy nâng "
        "cao chất lượng, giá trị gia tăng làm mục tiêu, không chạy theo diện tích."
    ),
    item(
        "Doanh nghiệp giữ vai trò trung tâm trong chuỗi giá trị; hợp tác xã là cầu nối; người "
        "nông dân là chủ thể sản xuất; Nhà nước kiến tạo, hỗ trợ."
    ),
    item(
        "Ứng dụng khoa học công nghệ, chuyển đổi số trong toàn chuỗi từ sản xuất, chế biến đến "
        "tiêu thụ, truy xuất nguồn gốc."
    ),
    head(1, "II", "MỤC TIÊU"),
    head(2, "1", "Mục tiêu chung"),
    para(
        "Hình thành các vùng nguyên liệu cà phê tập trung, quy mô lớn, sản xuất theo tiêu chuẩn "
        "bền vững, có mã số vùng trồng và truy xuất nguồn gốc; phát triển mạnh công nghiệp chế "
        "biến sâu; xây dựng và khẳng định thương hiệu cà phê Lâm Đồng trên thị trường trong nước "
        "và quốc tế, góp phần nâng cao thu nhập cho người trồng cà phê."
    ),
    head(2, "2", "Mục tiêu cụ thể"),
    head(3, "a", "Giai đoạn 2026 - 2027", "a) Giai đoạn 2026 - 2027"),
    item("Diện tích cà phê được cấp mã số vùng trồng đạt 60.000 ha trở lên."),
    item(
        "Diện tích cà phê được chứng nhận sản xuất bền vững (4C, Rainforest Alliance, hữu cơ) "
        "đạt 130.000 ha."
    ),
    item("Tỷ lệ sản lượng cà phê được chế biến sâu đạt 15%."),
    head(3, "b", "Giai đoạn 2028 - 2030", "b) Giai đoạn 2028 - 2030"),
    item("Năng suất cà phê nhân bình quân đạt 3,2 tấn/ha."),
    item(
        "100% diện tích cà phê sản xuất cho xuất khẩu sang thị trường châu Âu đáp ứng quy định "
        "về sản phẩm không gây mất rừng."
    ),
    item(
        "Tỷ lệ sản lượng cà phê được chế biến sâu đạt từ 25% trở lên; giá trị xuất khẩu cà phê "
        "của tỉnh đạt 1,5 tỷ USD/năm."
    ),
    item(
        "Có ít nhất 05 thương hiệu cà phê của tỉnh được đăng ký bảo hộ tại các thị trường xuất "
        "khẩu chính."
    ),
    head(3, "c", "Định hướng đến năm 2035", "c) Định hướng đến năm 2035"),
    item("Tỷ lệ sản lượng cà phê được chế biến sâu đạt 40%."),
    item("Lâm Đồng trở thành trung tâm chế biến, giao dịch cà phê đặc sản hàng đầu của cả nước."),
    head(1, "III", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    head(2, "1", "Quy hoạch, tổ chức lại sản xuất vùng nguyên liệu"),
    item(
        "Rà soát, xác định ranh giới các vùng nguyên liệu cà phê tập trung trên cơ sở quy hoạch "
        "tỉnh; ưu tiên các vùng có điều kiện thổ nhưỡng, nguồn nước thuận lợi."
    ),
    item(
        "Chuyển đổi những diện tích cà phê kém hiệu quả, không chủ động được nước tưới sang cây "
        "trồng khác phù hợp hơn."
    ),
    item(
        "Tổ chức lại sản xuất theo hướng liên kết các nông hộ thành tổ hợp tác, hợp tác xã; "
        "khuyến khích tích tụ, tập trung đất đai."
    ),
    item(
        "Cấp mã số vùng trồng gắn với bản đồ số, cơ sở dữ liệu vùng nguyên liệu được cập nhật "
        "thường xuyên."
    ),
    head(2, "2", "Tái canh, ghép cải tạo và chuyển giao khoa học công nghệ"),
    item(
        "Đẩy mạnh tái canh, ghép cải tạo vườn cà phê già cỗi bằng giống mới có năng suất, chất "
        "lượng cao, kháng bệnh tốt; trong đó:"
    ),
    sub("Ưu tiên sử dụng giống đã được công nhận, cây giống sản xuất tại cơ sở đủ điều kiện;"),
    sub("Kết hợp tái canh với trồng xen cây ăn quả, cây che bóng phù hợp."),
    item(
        "Nhân rộng các quy trình canh tác tiết kiệm nước, bón phân cân đối, quản lý dịch hại "
        "tổng hợp."
    ),
    item(
        "Ứng dụng công nghệ số trong quản lý vườn cây, dự báo sâu bệnh, ghi chép nhật ký sản "
        "xuất điện tử."
    ),
    item(
        "Đào tạo, tập huấn kỹ thuật cho nông dân, cán bộ hợp tác xã; phát huy vai trò của hệ "
        "thống khuyến nông cơ sở."
    ),
    head(2, "3", "Phát triển liên kết theo chuỗi giá trị"),
    item(
        "Khuyến khích doanh nghiệp ký kết hợp đồng liên kết dài hạn với hợp tác xã, tổ hợp tác; "
        "hỗ trợ xây dựng vùng nguyên liệu đạt chứng nhận bền vững."
    ),
    item(
        "Nâng cao năng lực quản trị, tài chính của hợp tác xã; hỗ trợ đầu tư kho bãi, sân "
        "phơi, thiết bị sơ chế."
    ),
    item(
        "Xử lý nghiêm các hành vi vi phạm hợp đồng liên kết, bảo vệ quyền lợi hợp pháp của các "
        "bên tham gia chuỗi."
    ),
    head(
        2,
        "4",
        "Phát triển chế biến sâu, xây dựng thương hiệu và xúc tiến thương mại",
    ),
    item(
        "Thu hút doanh nghiệp đầu tư nhà máy chế biến cà phê rang xay, hòa tan, chiết xuất tại "
        "các vùng nguyên liệu."
    ),
    item(
        "Xây dựng, quản lý và phát triển chỉ dẫn địa lý, nhãn hiệu chứng nhận cho cà phê của tỉnh."
    ),
    item(
        "Đẩy mạnh xúc tiến thương mại, quảng bá sản phẩm trên các nền tảng thương mại điện tử; "
        "gắn phát triển cà phê với du lịch trải nghiệm."
    ),
    item(
        "Phát triển thị trường cà phê đặc sản; tổ chức các cuộc thi, sự kiện chuyên đề về cà phê "
        "chất lượng cao."
    ),
    head(
        2,
        "5",
        "Thích ứng với biến đổi khí hậu, đáp ứng yêu cầu sản xuất không gây mất rừng",
    ),
    item(
        "Đầu tư, nâng cấp hệ thống thủy lợi nhỏ, hồ chứa nước phục vụ tưới cho các vùng nguyên "
        "liệu."
    ),
    item(
        "Xây dựng hệ thống giám sát, xác minh vùng trồng không gây mất rừng; công bố công khai "
        "dữ liệu để doanh nghiệp, nhà nhập khẩu tra cứu."
    ),
    item(
        "Khuyến khích sản xuất các-bon thấp, tận dụng phụ phẩm cà phê làm phân bón hữu cơ, "
        "nhiên liệu sinh khối."
    ),
    head(2, "6", "Cơ chế, chính sách và huy động nguồn lực"),
    item(
        "Xây dựng chính sách đặc thù của tỉnh hỗ trợ liên kết sản xuất, tiêu thụ cà phê, trình "
        "Hội đồng nhân dân tỉnh xem xét, ban hành."
    ),
    item(
        "Lồng ghép các chương trình mục tiêu quốc gia, chương trình khuyến nông, khoa học công "
        "nghệ để thực hiện Đề án."
    ),
    item(
        "Phối hợp với các tổ chức tín dụng triển khai các gói tín dụng ưu đãi cho tái canh, "
        "chế biến cà phê."
    ),
    head(0, "D", "KINH PHÍ THỰC HIỆN"),
    para(
        "Tổng kinh phí dự kiến thực hiện Đề án khoảng 1.850 tỷ đồng (chi tiết tại Phụ lục kèm "
        "theo), được huy động từ các nguồn:"
    ),
    item(
        "Ngân sách nhà nước (ngân sách trung ương lồng ghép qua các chương trình, ngân sách "
        "tỉnh, ngân sách xã) theo phân cấp hiện hành;"
    ),
    item("Vốn của doanh nghiệp, hợp tác xã và người dân;"),
    item("Vốn tín dụng và các nguồn vốn hợp pháp khác."),
    head(0, "Đ", "TỔ CHỨC THỰC HIỆN"),
    head(1, "1", "Sở Nông nghiệp và Môi trường"),
    item(
        "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, địa phương tổ chức triển "
        "khai Đề án; hướng dẫn, kiểm tra, đôn đốc việc thực hiện."
    ),
    item(
        "Chủ trì xây dựng, vận hành cơ sở dữ liệu vùng nguyên liệu cà phê và hệ thống truy xuất "
        "nguồn gốc."
    ),
    item(
        "Định kỳ hằng năm tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện; tham mưu sơ "
        "kết, tổng kết Đề án."
    ),
    head(1, "2", "Sở Tài chính"),
    item(
        "Tham mưu bố trí kinh phí thực hiện Đề án trong dự toán ngân sách hằng năm theo khả năng "
        "cân đối của ngân sách tỉnh."
    ),
    item(
        "Chủ trì tham mưu xây dựng cơ chế hỗ trợ liên kết sản xuất, tiêu thụ cà phê trên địa bàn "
        "tỉnh."
    ),
    head(1, "3", "Sở Công Thương"),
    item(
        "Chủ trì các hoạt động xúc tiến thương mại, hỗ trợ doanh nghiệp phát triển thị trường "
        "tiêu thụ cà phê."
    ),
    item("Kêu gọi, hỗ trợ doanh nghiệp đầu tư các dự án chế biến sâu tại vùng nguyên liệu."),
    npara(
        1,
        "4",
        "Sở Khoa học và Công nghệ chủ trì hướng dẫn xây dựng, quản lý chỉ dẫn địa lý, nhãn hiệu "
        "chứng nhận; ưu tiên bố trí các nhiệm vụ khoa học công nghệ phục vụ Đề án.",
    ),
    head(1, "5", "Ủy ban nhân dân các xã, phường trong vùng nguyên liệu"),
    item(
        "Tuyên truyền, vận động người dân tham gia liên kết sản xuất, tái canh, sản xuất bền vững."
    ),
    item(
        "Quản lý chặt chẽ đất đai, không để phát sinh diện tích cà phê trồng mới trên đất lâm "
        "nghiệp."
    ),
    npara(
        1,
        "6",
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã "
        "tỉnh, Hiệp hội Cà phê tỉnh phối hợp tuyên truyền, vận động hội viên, doanh nghiệp tích "
        "cực tham gia thực hiện Đề án.",
    ),
]

LD_RECIPIENTS = [
    "- Bộ Nông nghiệp và Môi trường (b/c);",
    "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
    "- CT, các PCT UBND tỉnh;",
    "- Các sở, ban, ngành tỉnh;",
    "- UBND các xã, phường;",
    "- Hiệp hội Cà phê tỉnh;",
    "- Lưu: VT, KT.",
]

# (lead, name, partners, time, amount, source); lead None = merged with the row above
LD_ROWS = [
    (
        "Sở Nông nghiệp và Môi trường",
        "Rà soát, xác định ranh giới vùng nguyên liệu cà phê tập trung; lập bản đồ số vùng trồng",
        "Ủy ban nhân dân các xã, phường",
        "2026 - 2027",
        "4.500",
        "Ngân sách tỉnh",
    ),
    (
        None,
        "Xây dựng cơ sở dữ liệu truy xuất nguồn gốc cà phê, đáp ứng quy định chống phá rừng "
        "của thị trường châu Âu",
        "Sở Khoa học và Công nghệ; các doanh nghiệp xuất khẩu",
        "2026",
        "6.200",
        "Ngân sách tỉnh; vốn doanh nghiệp",
    ),
    (
        None,
        "Tái canh, ghép cải tạo 12.000 ha cà phê già cỗi, năng suất thấp",
        "Ủy ban nhân dân các xã, phường; Hội Nông dân tỉnh",
        "2026 - 2030",
        "420.000",
        "Vốn tín dụng; vốn người dân",
    ),
    (
        None,
        "Xây dựng 20 mô hình sản xuất cà phê hữu cơ, cà phê đặc sản",
        "Trung tâm Khuyến nông tỉnh",
        "2026 - 2028",
        "15.000",
        "Ngân sách tỉnh; vốn lồng ghép",
    ),
    (
        "Sở Công Thương",
        "Tổ chức Hội chợ, triển lãm cà phê đặc sản Lâm Đồng",
        "Sở Văn hóa, Thể thao và Du lịch; Hiệp hội Cà phê tỉnh",
        "Hằng năm",
        "3.000/năm",
        "Ngân sách tỉnh; xã hội hóa",
    ),
    (
        None,
        "Hỗ trợ doanh nghiệp đầu tư dây chuyền chế biến sâu (cà phê rang xay, hòa tan)",
        "Sở Tài chính",
        "2027 - 2030",
        "120.000",
        "Vốn doanh nghiệp; ngân sách tỉnh hỗ trợ",
    ),
    (
        "Sở Khoa học và Công nghệ",
        "Đăng ký, bảo hộ chỉ dẫn địa lý cho sản phẩm cà phê của tỉnh",
        "Sở Nông nghiệp và Môi trường",
        "Năm 2027",
        "1.800",
        "Ngân sách tỉnh",
    ),
    (
        "Sở Tài chính",
        "Xây dựng cơ chế hỗ trợ liên kết sản xuất, tiêu thụ cà phê trình Hội đồng nhân dân tỉnh",
        "Sở Nông nghiệp và Môi trường; Sở Tư pháp",
        "Quý II/2026",
        "",
        "Kinh phí chi thường xuyên",
    ),
    (
        "Ngân hàng Nhà nước Khu vực 10",
        "Triển khai các chương trình tín dụng ưu đãi cho tái canh, chế biến cà phê",
        "Các tổ chức tín dụng trên địa bàn",
        "2026 - 2030",
        "",
        "Vốn tín dụng",
    ),
    (
        "Ủy ban nhân dân các xã, phường trong vùng nguyên liệu",
        "Thành lập mới, củng cố hợp tác xã, tổ hợp tác trồng cà phê",
        "Liên minh Hợp tác xã tỉnh",
        "Thường xuyên",
        "2.500",
        "Ngân sách xã",
    ),
    (
        "Sở Nông nghiệp và Môi trường",
        "Sơ kết thực hiện Đề án giai đoạn 2026 - 2027",
        "Các sở, ngành; UBND các xã, phường",
        "Quý IV/2027",
        "300",
        "Ngân sách tỉnh",
    ),
    (
        None,
        "Tổng kết thực hiện Đề án",
        "Các sở, ngành; UBND các xã, phường",
        "Quý IV/2030",
        "500",
        "Ngân sách tỉnh",
    ),
]


def style_headings(doc) -> None:
    from docx.shared import RGBColor

    for name, size, italic in (("Heading 1", 14, False), ("Heading 2", 14, False)):
        st = doc.styles[name]
        st.font.name = "Times New Roman"
        st.element.get_or_add_rPr().get_or_add_rFonts().set(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia",
            "Times New Roman",
        )
        st.font.size = Pt(size)
        st.font.bold = True
        st.font.italic = italic
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.paragraph_format.space_before = Pt(6)
        st.paragraph_format.space_after = Pt(4)


def split_range(text: str) -> tuple[str, str]:
    """One time column: "A - B" gives start A and end B, anything else start = end."""
    if " - " in text:
        a, b = text.split(" - ")
        return a, b
    return text, text


def make_lam_dong(out: Path) -> dict:
    doc = new_document(size=14, after=6, line=1.15)
    style_headings(doc)
    page_numbers_top(doc.sections[0])
    layout_table(
        doc,
        [
            ("ỦY BAN NHÂN DÂN", {"bold": True}),
            ("TỈNH LÂM ĐỒNG", {"bold": True}),
            ("-------", {}),
            ("Số: 05/ĐA-UBND", {}),
        ],
        [
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"bold": True}),
            ("Độc lập - Tự do - Hạnh phúc", {"bold": True}),
            ("---------------", {}),
            ("Lâm Đồng, ngày 22 tháng 12 năm 2025", {"italic": True}),
        ],
        widths=(6.0, 10.5),
    )
    paragraph(doc, "ĐỀ ÁN", bold=True, size=15, align=C, before=18, after=0)
    paragraph(
        doc,
        "Phát triển vùng nguyên liệu cà phê bền vững gắn với chế biến sâu\n"
        "trên địa bàn tỉnh Lâm Đồng giai đoạn 2026 - 2030, định hướng đến năm 2035",
        bold=True,
        align=C,
        after=12,
    )
    for block in LD_BLOCKS:
        text = block_lines(block)
        if block.kind == "node" and block.level == 0:
            p = doc.add_paragraph(style="Heading 1")
            p.add_run(text)
            p.alignment = C
        elif block.kind == "node" and block.level == 1 and not block.opts.get("para_node"):
            p = doc.add_paragraph(style="Heading 2")
            p.add_run(text)
        elif block.kind == "node" and block.opts.get("para_node"):
            number, _, rest = text.partition(" ")
            paragraph(doc, [(number + " ", {"bold": True}), (rest, {})], align=J, first_line=1.0)
        elif block.kind == "node":
            paragraph(
                doc,
                text,
                bold=True,
                italic=block.level == 3,
                align=J,
                first_line=1.0,
                keep_next=True,
            )
        else:
            paragraph(doc, text, align=J, first_line=1.0)
    paragraph(
        doc,
        "Trên đây là Đề án phát triển vùng nguyên liệu cà phê bền vững gắn với chế biến sâu "
        "trên địa bàn tỉnh Lâm Đồng giai đoạn 2026 - 2030, định hướng đến năm 2035. Trong quá "
        "trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương kịp thời "
        "báo cáo Ủy ban nhân dân tỉnh (qua Sở Nông nghiệp và Môi trường) để xem xét, điều chỉnh "
        "cho phù hợp./.",
        align=J,
        first_line=1.0,
    )
    layout_table(
        doc,
        [("Nơi nhận:", {"align": L, "italic": True, "bold": True, "size": 12})]
        + [(r, {"align": L, "size": 11}) for r in LD_RECIPIENTS],
        [
            ("TM. ỦY BAN NHÂN DÂN", {"bold": True}),
            ("CHỦ TỊCH", {"bold": True}),
            ("", {}),
            ("", {}),
            ("", {}),
            ("Võ Thành Nhân", {"bold": True}),
        ],
        widths=(8.0, 8.5),
    )
    landscape_section(doc)
    paragraph(doc, "PHỤ LỤC", bold=True, align=C, after=0)
    paragraph(
        doc,
        "DANH MỤC NHIỆM VỤ, DỰ ÁN ƯU TIÊN THỰC HIỆN ĐỀ ÁN",
        bold=True,
        align=C,
        after=0,
    )
    paragraph(
        doc,
        "(Kèm theo Đề án số 05/ĐA-UBND ngày 22/12/2025 của Ủy ban nhân dân tỉnh Lâm Đồng)",
        italic=True,
        align=C,
        after=8,
    )
    head_row = [
        "STT",
        "Cơ quan chủ trì",
        "Nhiệm vụ, dự án",
        "Cơ quan phối hợp",
        "Thời gian thực hiện",
        "Kinh phí dự kiến (triệu đồng)",
        "Nguồn vốn",
    ]
    widths = [1.2, 4.0, 7.6, 5.0, 2.8, 2.8, 3.2]
    table = doc.add_table(rows=2 + len(LD_ROWS), cols=7)
    grid_borders(table)
    set_widths(table, widths)
    for i, text in enumerate(head_row):
        cell_text(table.rows[0].cells[i], text, bold=True, align=C)
        cell_text(table.rows[1].cells[i], f"({i + 1})", italic=True, align=C)
    row_flag(table.rows[0], "w:tblHeader")
    row_flag(table.rows[1], "w:tblHeader")
    start_merge = None
    for r, row in enumerate(LD_ROWS):
        cells = table.rows[r + 2].cells
        lead, name, partners, time, amount, source = row
        cell_text(cells[0], str(r + 1), align=C)
        if lead is not None:
            cell_text(cells[1], lead)
            start_merge = r + 2
        else:
            table.cell(start_merge, 1).merge(table.cell(r + 2, 1))
        cell_text(cells[2], name, align=J)
        cell_text(cells[3], partners)
        cell_text(cells[4], time, align=C)
        cell_text(cells[5], amount, align=R)
        cell_text(cells[6], source)
    path = out / "lam_dong_de_an.docx"
    save_docx(doc, path, "Sở Nông nghiệp và Môi trường", "Đề án cà phê bền vững")

    key_tasks = []
    lead = ""
    for row in LD_ROWS:
        row_lead, name, partners, time, _amount, source = row
        lead = row_lead or lead
        start, end = split_range(time)
        key_tasks.append(task(len(key_tasks) + 1, name, lead, partners, start, end, source))
    targets = [
        target("C.II.2.a", "diện tích cà phê được cấp mã số vùng trồng", 60000, "ha", year=2027),
        target(
            "C.II.2.a",
            "diện tích cà phê được chứng nhận sản xuất bền vững",
            130000,
            "ha",
            year=2027,
        ),
        target("C.II.2.a", "tỷ lệ sản lượng cà phê được chế biến sâu", 15, "%", year=2027),
        target("C.II.2.b", "năng suất cà phê nhân bình quân", 3.2, "tấn/ha", year=2030),
        target(
            "C.II.2.b",
            "diện tích cà phê xuất khẩu sang châu Âu đáp ứng quy định không gây mất rừng",
            100,
            "%",
            year=2030,
        ),
        target("C.II.2.b", "tỷ lệ sản lượng cà phê được chế biến sâu", 25, "%", year=2030),
        target("C.II.2.b", "giá trị xuất khẩu cà phê của tỉnh", 1.5, "tỷ USD", year=2030),
        target(
            "C.II.2.b",
            "thương hiệu cà phê của tỉnh được đăng ký bảo hộ tại thị trường xuất khẩu",
            5,
            "thương hiệu",
            year=2030,
        ),
        target("C.II.2.c", "tỷ lệ sản lượng cà phê được chế biến sâu", 40, "%", year=2035),
        target(
            "appendix:3",
            "diện tích cà phê già cỗi được tái canh, ghép cải tạo",
            12000,
            "ha",
            year=2030,
        ),
        target(
            "appendix:4",
            "mô hình sản xuất cà phê hữu cơ, cà phê đặc sản",
            20,
            "mô hình",
            year=2028,
        ),
    ]
    note = (
        "A scheme (đề án) of a provincial People's Committee, State layout, issued and signed "
        "by the Committee itself (Số: 05/ĐA-UBND, TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH). Parts are "
        "letters A, B, C, D, Đ (Vietnamese alphabet: Đ follows D), then I./II., 1./2. and a)/b)/"
        "c); part and section headings use Word's Heading 1 / Heading 2 styles with the number "
        "typed. Titles of paragraph-only nodes are their paragraph text. Term 2026-2030 (the "
        "scheme's period; it also looks ahead to 2035: targets of C.II.2.c have year 2035). "
        "Figures in B (results up to 2025) and in D (the 1.850 tỷ đồng budget) are not "
        "targets; '4C' in C.II.2.a is a certificate's name. Part D has its three bullets "
        "directly under the part. '1,5 tỷ USD/năm' is a level to reach by 2030 (unit "
        "'tỷ USD', not a yearly recurrence). 'đạt X' means at least X ('>='). Key-task "
        "table (landscape): the lead column comes before the task; a second header row holds "
        "column numbers '(1)' … '(7)' and is repeated with the header; the 'Cơ quan chủ trì' "
        "cell is merged vertically over rows 1-4, 5-6 and 11-12 (each of those rows has that "
        "lead). One time column 'Thời gian thực hiện': 'A - B' gives start A and end B, any "
        "other value gives start = end. resources = the 'Nguồn vốn' cell; the 'Kinh phí dự "
        "kiến (triệu đồng)' amounts have no field (and are not targets)."
    )
    data = gold(
        source=path.name,
        note=note,
        issuer="Ủy ban nhân dân tỉnh Lâm Đồng",
        number="05/ĐA-UBND",
        date="2025-12-22",
        term=(2026, 2030),
        signed_by=("TM. Ủy ban nhân dân", "Chủ tịch", "Võ Thành Nhân"),
        recipients=LD_RECIPIENTS,
        blocks=LD_BLOCKS,
        key_tasks=key_tasks,
        targets=targets,
    )
    return {path.name: data}


# =============================================================================================
DOCUMENTS = {
    "xa_phu_thanh_dong": make_phu_thanh_dong,
    "phuong_tan_an_tb": make_tan_an,
    "lam_dong_de_an": make_lam_dong,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATA, help="output folder")
    parser.add_argument("--only", help="make only this document (its stem)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, make in DOCUMENTS.items():
        if args.only and args.only != name:
            continue
        for source, data in make(args.out).items():
            validate_gold(data)
            stem = source.rsplit(".", 1)[0]
            write_gold(args.out / f"{stem}.gold.json", data)
            print(args.out / source)


if __name__ == "__main__":
    main()
