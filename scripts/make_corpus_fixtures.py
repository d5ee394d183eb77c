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
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_lib import (  # noqa: E402
    WD_ALIGN_PARAGRAPH,
    Block,
    Pt,
    add_blocks_docx,
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
# 4. huyen_hung_long.txt - Huyện ủy, CTr 2020-2025, pdftotext output, tasks in the wording
# =============================================================================================
HL_TASKS = []  # (number, name, lead, partners, start, end, bullet text) - filled by hl()


def hl(name: str, tail: str, lead: str, partners: str, start: str, end: str) -> Block:
    """A part-II bullet that assigns a task: ``name`` then ``tail`` (the assignment)."""
    text = name + tail
    gold_task = task(len(HL_TASKS) + 1, name.rstrip(" ."), lead, partners, start, end)
    HL_TASKS.append(in_text(gold_task, flat(text)))
    return item(text)


HL_BLOCKS = [
    head(0, "I", "MỤC ĐÍCH, YÊU CẦU", "I- MỤC ĐÍCH, YÊU CẦU"),
    head(1, "1", "Mục đích", "1 Mục đích"),
    item(
        "Tạo sự thống nhất cao trong nhận thức và hành động của cán bộ, đảng viên và Nhân dân "
        "trong huyện, quyết tâm thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ huyện "
        "lần thứ XXIV, nhiệm kỳ 2020 - 2025."
    ),
    item(
        "Cụ thể hóa các mục tiêu, nhiệm vụ, giải pháp của Nghị quyết thành các nội dung công "
        "việc, phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành."
    ),
    head(1, "2", "Yêu cầu", "2 Yêu cầu"),
    item(
        "Các cấp ủy, tổ chức đảng căn cứ Chương trình hành động này xây dựng kế hoạch thực hiện "
        "sát với tình hình thực tế của địa phương, đơn vị."
    ),
    item(
        "Phát huy vai trò, trách nhiệm của người đứng đầu; gắn việc thực hiện Chương trình với "
        "đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên hằng năm."
    ),
    item(
        "Thường xuyên kiểm tra, đôn đốc; định kỳ sơ kết, rút kinh nghiệm, kịp thời bổ sung những "
        "nội dung mới phát sinh."
    ),
    head(
        0,
        "II",
        "NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG THỰC HIỆN",
        "II- NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG THỰC HIỆN",
    ),
    head(
        1,
        "1",
        "Về xây dựng Đảng và hệ thống chính trị",
        "1- Về xây dựng Đảng và hệ thống chính trị",
    ),
    head(2, "a", "Công tác chính trị, tư tưởng", "a) Công tác chính trị, tư tưởng"),
    hl(
        "Tổ chức học tập, quán triệt Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIV và Nghị "
        "quyết Đại hội XIII của Đảng đến cán bộ, đảng viên và Nhân dân.",
        " Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Trung tâm Chính trị huyện thực hiện; "
        "hoàn thành trong quý I/2021.",
        "Ban Tuyên giáo Huyện ủy",
        "Trung tâm Chính trị huyện",
        "",
        "Quý I/2021",
    ),
    item(
        "Đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với "
        "thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng."
    ),
    item(
        "Nâng cao chất lượng công tác nắm bắt tình hình tư tưởng, dư luận xã hội; chủ động đấu "
        "tranh phản bác các quan điểm sai trái, thù địch."
    ),
    head(2, "b", "Công tác tổ chức, cán bộ", "b) Công tác tổ chức, cán bộ"),
    hl(
        "Xây dựng Đề án sắp xếp, kiện toàn tổ chức bộ máy các cơ quan Đảng, Mặt trận Tổ quốc "
        "và các đoàn thể chính trị\n- xã hội huyện",
        " (Ban Tổ chức Huyện ủy chủ trì, các cơ quan liên quan phối hợp; thực hiện trong năm "
        "2021).",
        "Ban Tổ chức Huyện ủy",
        "Các cơ quan liên quan",
        "Năm 2021",
        "Năm 2021",
    ),
    item(
        "Hằng năm kết nạp từ 350 đảng viên mới trở lên; phấn đấu đến năm 2025 có 100% thôn, "
        "khu phố có chi bộ sinh hoạt riêng."
    ),
    hl(
        "Rà soát, bổ sung quy hoạch cán bộ diện Ban Thường vụ Huyện ủy quản lý nhiệm kỳ 2025 - "
        "2030.",
        " Ban Tổ chức Huyện ủy chủ trì thực hiện; hoàn thành trong quý II/2021.",
        "Ban Tổ chức Huyện ủy",
        "",
        "",
        "Quý II/2021",
    ),
    head(2, "c", "Công tác kiểm tra, giám sát", "c) Công tác kiểm tra, giám sát"),
    hl(
        "Xây dựng và thực hiện chương trình kiểm tra, giám sát toàn khóa của Ban Chấp hành "
        "Đảng bộ huyện nhiệm kỳ 2020 - 2025.",
        " Ủy ban Kiểm tra Huyện ủy chủ trì, phối hợp với các ban xây dựng Đảng của Huyện ủy "
        "thực hiện; hoàn thành trong tháng 01/2021.",
        "Ủy ban Kiểm tra Huyện ủy",
        "Các ban xây dựng Đảng của Huyện ủy",
        "",
        "Tháng 01/2021",
    ),
    item(
        "Tăng cường kiểm tra tổ chức đảng và đảng viên khi có dấu hiệu vi phạm; phấn đấu 100% "
        "tổ chức cơ sở đảng được kiểm tra, giám sát trong nhiệm kỳ."
    ),
    head(1, "2", "Về phát triển kinh tế", "2- Về phát triển kinh tế"),
    para(
        "Phấn đấu tốc độ tăng trưởng giá trị sản xuất bình quân giai đoạn 2021 - 2025 đạt "
        "11,5%/năm trở lên; thu nhập bình quân đầu người đến năm 2025 đạt 58 triệu đồng; tổng "
        "thu ngân sách nhà nước trên địa bàn đến năm 2025 đạt 320 tỷ đồng."
    ),
    item(
        "Thực hiện tích tụ, tập trung ruộng đất, hình thành các vùng sản xuất lúa chất lượng "
        "cao, rau an toàn quy mô lớn; trong đó:"
    ),
    sub("Xây dựng vùng lúa chất lượng cao tại các xã phía Bắc huyện;"),
    sub("Phát triển vùng rau an toàn tại các xã ven sông Chu."),
    hl(
        "Xây dựng Đề án phát triển vùng sản xuất nông nghiệp ứng dụng công nghệ cao giai đoạn "
        "2021 - 2025.",
        " Ban cán sự đảng Ủy ban nhân dân huyện chủ trì, phối hợp với Hội Nông dân huyện thực "
        "hiện; hoàn thành trong quý II/2021.",
        "Ban cán sự đảng Ủy ban nhân dân huyện",
        "Hội Nông dân huyện",
        "",
        "Quý II/2021",
    ),
    item(
        "Phấn đấu đến năm 2025 toàn huyện có 480 ha đất sản xuất nông nghiệp ứng dụng công "
        "nghệ cao."
    ),
    hl(
        "Đầu tư hoàn thiện hạ tầng Cụm công nghiệp Hưng Long giai đoạn 2, thu hút các dự án sử "
        "dụng nhiều lao động",
        " (Ban cán sự đảng Ủy ban nhân dân huyện chủ trì; thực hiện từ năm 2021 đến năm 2023).",
        "Ban cán sự đảng Ủy ban nhân dân huyện",
        "",
        "Năm 2021",
        "Năm 2023",
    ),
    hl(
        "Phát triển thương mại, dịch vụ; hoàn thành chuyển đổi mô hình quản lý, kinh doanh, "
        "khai thác chợ trên địa bàn huyện.",
        " Ban cán sự đảng Ủy ban nhân dân huyện chủ trì, phối hợp với Đảng ủy các xã, thị trấn "
        "thực hiện; hoàn thành trước ngày 31/12/2022.",
        "Ban cán sự đảng Ủy ban nhân dân huyện",
        "Đảng ủy các xã, thị trấn",
        "",
        "31/12/2022",
    ),
    head(
        1,
        "3",
        "Về xây dựng nông thôn mới và phát triển đô thị",
        "3- Về xây dựng nông thôn mới và phát triển đô thị",
    ),
    item(
        "Phấn đấu đến năm 2025 có 100% số xã đạt chuẩn nông thôn mới, trong đó có 8 xã đạt "
        "chuẩn nông thôn mới nâng cao; huyện đạt chuẩn huyện nông thôn mới."
    ),
    hl(
        "Lập điều chỉnh quy hoạch chung thị trấn Hưng Long đến năm 2035.",
        " Ban cán sự đảng Ủy ban nhân dân huyện chủ trì, phối hợp với Đảng ủy thị trấn thực "
        "hiện; thời gian thực hiện: từ quý III/2021 đến quý IV/2022.",
        "Ban cán sự đảng Ủy ban nhân dân huyện",
        "Đảng ủy thị trấn",
        "Quý III/2021",
        "Quý IV/2022",
    ),
    hl(
        "Xây dựng hồ sơ đề nghị công nhận huyện đạt chuẩn nông thôn mới.",
        " Ban cán sự đảng Ủy ban nhân dân huyện chủ trì thực hiện; hoàn thành trong năm 2024.",
        "Ban cán sự đảng Ủy ban nhân dân huyện",
        "",
        "",
        "Năm 2024",
    ),
    head(1, "4", "Về văn hóa - xã hội", "4- Về văn hóa - xã hội"),
    item(
        "Phấn đấu đến năm 2025 tỷ lệ trường đạt chuẩn quốc gia đạt 90%; tỷ lệ người dân tham "
        "gia bảo hiểm y tế đạt 95%; tỷ lệ hộ nghèo giảm còn dưới 2%."
    ),
    hl(
        "Đầu tư xây dựng Trung tâm Văn hóa\n- Thể thao huyện.",
        " Ban cán sự đảng Ủy ban nhân dân huyện chủ trì; thời gian thực hiện: từ năm 2022 đến "
        "năm 2024.",
        "Ban cán sự đảng Ủy ban nhân dân huyện",
        "",
        "Năm 2022",
        "Năm 2024",
    ),
    item(
        "Thực hiện tốt các chính sách an sinh xã hội; giải quyết việc làm mới cho 1.500 lao "
        "động mỗi năm."
    ),
    item(
        "Nâng cao chất lượng khám, chữa bệnh tại Trung tâm Y tế huyện và trạm y tế các xã, thị "
        "trấn; làm tốt công tác y tế dự phòng."
    ),
    head(1, "5", "Về quốc phòng, an ninh", "5- Về quốc phòng, an ninh"),
    hl(
        "Xây dựng khu vực phòng thủ huyện vững chắc; tổ chức diễn tập khu vực phòng thủ huyện "
        "năm 2023 đạt kết quả tốt.",
        " Đảng ủy Quân sự huyện chủ trì, phối hợp với Đảng ủy Công an huyện thực hiện; hoàn "
        "thành trong quý III/2023.",
        "Đảng ủy Quân sự huyện",
        "Đảng ủy Công an huyện",
        "",
        "Quý III/2023",
    ),
    item(
        "Hằng năm hoàn thành 100% chỉ tiêu tuyển quân; giữ vững an ninh chính trị, trật tự an "
        "toàn xã hội, không để xảy ra điểm nóng."
    ),
    head(
        1,
        "6",
        "Về xây dựng chính quyền và cải cách hành chính",
        "6- Về xây dựng chính quyền và cải cách hành chính",
    ),
    item(
        "Đẩy mạnh cải cách hành chính; phấn đấu đến năm 2025 có 50% hồ sơ thủ tục hành chính "
        "được giải quyết trực tuyến mức độ 3, 4."
    ),
    hl(
        "Xây dựng và đưa vào vận hành Trung tâm Điều hành thông minh của huyện.",
        " Ban cán sự đảng Ủy ban nhân dân huyện chủ trì, phối hợp với Văn phòng Huyện ủy thực "
        "hiện; hoàn thành trong năm 2023.",
        "Ban cán sự đảng Ủy ban nhân dân huyện",
        "Văn phòng Huyện ủy",
        "",
        "Năm 2023",
    ),
    item(
        "Đảng đoàn Hội đồng nhân dân huyện lãnh đạo tổ chức giám sát chuyên đề việc giải quyết "
        "khiếu nại, tố cáo; thực hiện hằng năm."
    ),
    head(0, "III", "TỔ CHỨC THỰC HIỆN", "III- TỔ CHỨC THỰC HIỆN"),
    npara(
        1,
        "1",
        "Các đảng bộ, chi bộ cơ sở tổ chức quán triệt Chương trình hành động này đến cán bộ, "
        "đảng viên; xây dựng kế hoạch thực hiện phù hợp với tình hình thực tế của đơn vị.",
        "1- Các đảng bộ, chi bộ cơ sở tổ chức quán triệt Chương trình hành động này đến cán "
        "bộ, đảng viên; xây dựng kế hoạch thực hiện phù hợp với tình hình thực tế của đơn vị.",
    ),
    npara(
        1,
        "2",
        "Đảng đoàn Hội đồng nhân dân, Ban cán sự đảng Ủy ban nhân dân huyện lãnh đạo thể chế "
        "hóa Chương trình thành các nghị quyết, kế hoạch của chính quyền.",
        "2- Đảng đoàn Hội đồng nhân dân, Ban cán sự đảng Ủy ban nhân dân huyện lãnh đạo thể "
        "chế hóa Chương trình thành các nghị quyết, kế hoạch của chính quyền.",
    ),
    npara(
        1,
        "3",
        "Ủy ban Kiểm tra Huyện ủy đưa nội dung thực hiện Chương trình vào chương trình kiểm "
        "tra, giám sát của Huyện ủy.",
        "3- Ủy ban Kiểm tra Huyện ủy đưa nội dung thực hiện Chương trình vào chương trình kiểm "
        "tra, giám sát của Huyện ủy.",
    ),
    npara(
        1,
        "4",
        "Văn phòng Huyện ủy theo dõi, đôn đốc, tổng hợp tình hình thực hiện Chương trình, định "
        "kỳ báo cáo Ban Thường vụ Huyện ủy.",
        "4- Văn phòng Huyện ủy theo dõi, đôn đốc, tổng hợp tình hình thực hiện Chương trình, "
        "định kỳ báo cáo Ban Thường vụ Huyện ủy.",
    ),
]
HL_TASKS.append(
    in_text(
        task(
            len(HL_TASKS) + 1,
            "Lãnh đạo tổ chức giám sát chuyên đề việc giải quyết khiếu nại, tố cáo",
            "Đảng đoàn Hội đồng nhân dân huyện",
            "",
            "Hằng năm",
            "Hằng năm",
        ),
        "Đảng đoàn Hội đồng nhân dân huyện lãnh đạo tổ chức giám sát chuyên đề việc giải quyết "
        "khiếu nại, tố cáo; thực hiện hằng năm.",
    )
)

HL_RECIPIENTS = [
    "- Ban Thường vụ Tỉnh ủy (để b/c),",
    "- Ban Tổ chức Tỉnh ủy, Văn phòng Tỉnh ủy (để b/c),",
    "- Các đồng chí Huyện ủy viên,",
    "- Các ban, ngành, đoàn thể huyện,",
    "- Các đảng bộ, chi bộ cơ sở,",
    "- Lưu Văn phòng Huyện ủy.",
]


def pdftotext_plain(paragraphs: list[str], width=80, per_page=44, first_page=1) -> str:
    """Text as pdftotext (without -layout) gives a justified PDF: lines end with a space,
    a blank line after each paragraph, the page number at the top of pages 2 and on."""
    out: list[str] = []
    count, page = 0, first_page
    for text in paragraphs:
        if text == "\f":  # a forced page break
            count = per_page
            continue
        lines = wrap(text, width) if text else [""]
        for line in lines + [""]:
            if count >= per_page:
                page += 1
                out += ["", "", "", f"{page} ", ""]
                count = 0
            out.append(line + " " if line else "")
            count += 1
    return "\n".join(out) + "\n"


def make_hung_long(out: Path) -> dict:
    paragraphs = [
        "ĐẢNG BỘ TỈNH THANH HÓA",
        "HUYỆN ỦY HƯNG LONG",
        "*",
        "Số 05-CTr/HU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Hưng Long, ngày 16 tháng 11 năm 2020",
        "CHƯƠNG TRÌNH HÀNH ĐỘNG",
        "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXIV,\nnhiệm kỳ 2020 - 2025",
        "-----",
        "Đại hội đại biểu Đảng bộ huyện Hưng Long lần thứ XXIV, nhiệm kỳ 2020 - 2025 đã thành "
        "công tốt đẹp, thông qua Nghị quyết với mục tiêu tổng quát: xây dựng Đảng bộ và hệ "
        "thống chính trị trong sạch, vững mạnh; phát huy sức mạnh đại đoàn kết toàn dân; khai "
        "thác hiệu quả tiềm năng, lợi thế, đưa Hưng Long trở thành huyện phát triển khá của "
        "tỉnh vào năm 2025.",
        "Để sớm đưa Nghị quyết vào cuộc sống, Ban Chấp hành Đảng bộ huyện ban hành Chương trình "
        "hành động với những nội dung chủ yếu sau:",
    ]
    paragraphs += [block_lines(b) for b in HL_BLOCKS]
    paragraphs += [
        "Chương trình hành động này được quán triệt đến chi bộ và cán bộ, đảng viên trong "
        "Đảng bộ huyện./.",
        "Nơi nhận:",
        *HL_RECIPIENTS,
        "T/M HUYỆN ỦY",
        "BÍ THƯ",
        "",
        "Lê Đình Sơn",
    ]
    path = out / "huyen_hung_long.txt"
    path.write_text(pdftotext_plain(paragraphs, width=80, per_page=46), encoding="utf-8")

    targets = [
        target("II.1.b", "đảng viên mới được kết nạp", 350, "đảng viên", recurrence="annual"),
        target("II.1.b", "thôn, khu phố có chi bộ sinh hoạt riêng", 100, "%", year=2025),
        target(
            "II.1.c",
            "tổ chức cơ sở đảng được kiểm tra, giám sát trong nhiệm kỳ",
            100,
            "%",
            year=2025,
        ),
        target(
            "II.2",
            "tốc độ tăng trưởng giá trị sản xuất bình quân",
            11.5,
            "%",
            recurrence="annual",
        ),
        target("II.2", "thu nhập bình quân đầu người", 58, "triệu đồng", year=2025),
        target("II.2", "tổng thu ngân sách nhà nước trên địa bàn", 320, "tỷ đồng", year=2025),
        target(
            "II.2",
            "đất sản xuất nông nghiệp ứng dụng công nghệ cao",
            480,
            "ha",
            year=2025,
        ),
        target("II.3", "xã đạt chuẩn nông thôn mới", 100, "%", year=2025),
        target("II.3", "xã đạt chuẩn nông thôn mới nâng cao", 8, "xã", year=2025),
        target("II.4", "tỷ lệ trường đạt chuẩn quốc gia", 90, "%", year=2025),
        target("II.4", "tỷ lệ người dân tham gia bảo hiểm y tế", 95, "%", year=2025),
        target("II.4", "tỷ lệ hộ nghèo", 2, "%", "<=", 2025),
        target(
            "II.4",
            "lao động được giải quyết việc làm mới",
            1500,
            "lao động",
            recurrence="annual",
        ),
        target("II.5", "hoàn thành chỉ tiêu tuyển quân", 100, "%", recurrence="annual"),
        target(
            "II.6",
            "hồ sơ thủ tục hành chính được giải quyết trực tuyến mức độ 3, 4",
            50,
            "%",
            year=2025,
        ),
    ]
    note = (
        "A district Party committee's program for the 2020-2025 term, as pdftotext (without "
        "-layout) gives it: lines wrapped at about 80 characters end with a space, a blank line "
        "follows each paragraph, page numbers stand alone on a line after three blank lines at "
        "the top of pages 2 and on (sometimes in the middle of a paragraph). The header and the "
        "signature block come out one column after the other. Parts are 'I-', 'II-', "
        "'III-'; part I's two areas are numbered '1 ' and '2 ' without any dot or dash, part "
        "II's and III's areas '1-' to '6-'; sub-areas 'a)'. '+' lines belong to the bullet "
        "above them. Lines that start '- xã hội huyện' (II.1.b) and '- Thể thao huyện.' (II.4) "
        "continue the line before: they are not bullets. Part II's body paragraph before its "
        "bullets (II.2) states targets. There is no key-task table: the key tasks are the "
        "bullets of part II that name a lead agency and a time, numbered 1..13 in document "
        "order. The wording is 'Task. Lead chủ trì[, phối hợp với Y] thực hiện; hoàn thành "
        "trong T.' or 'Task (Lead chủ trì, Y phối hợp; thực hiện trong T).' and once 'Lead "
        "lãnh đạo task; thực hiện hằng năm.' (task 13, whose name keeps the verb 'Lãnh đạo'). "
        "name = the task sentence without the assignment and time (no final period, line "
        "breaks as spaces), lead and partners as written with the first letter capitalised. "
        "Times as a table cell would print them: 'hoàn thành trong/trước X' is a deadline "
        "(start '', end X; '31/12/2022' without 'ngày'); 'thực hiện trong X' or 'thực hiện X' "
        "gives start = end = X; 'từ A đến B' gives start A and end B. Bullets with a target "
        "but no lead are not key tasks. Targets: year 2025 for 'đến năm 2025' and for "
        "'trong nhiệm kỳ' (the term ends in 2025); 'bình quân giai đoạn 2021 - 2025 đạt "
        "11,5%/năm', 'hằng năm' and 'mỗi năm' are yearly ('annual', year null). 'mức độ 3, 4', "
        "'khóa XII', 'lần thứ XXIV', 'giai đoạn 2' are not targets."
    )
    data = gold(
        source=path.name,
        note=note,
        issuer="Ban Chấp hành Đảng bộ huyện Hưng Long",
        number="05-CTr/HU",
        date="2020-11-16",
        term=(2020, 2025),
        signed_by=("T/M Huyện ủy", "Bí thư", "Lê Đình Sơn"),
        recipients=HL_RECIPIENTS,
        blocks=HL_BLOCKS,
        key_tasks=HL_TASKS,
        targets=targets,
        value_text={
            ("II.2", "tốc độ tăng trưởng giá trị sản xuất bình quân"): "11,5%",
            ("II.4", "lao động được giải quyết việc làm mới"): "1.500",
        },
    )
    return {path.name: data}


# =============================================================================================
# 5. tinh_uy_quang_ngai.pdf - Tỉnh ủy, CTr 2025-2030, about 30 pages, through LibreOffice
# =============================================================================================
def leaf(level: int, number: str, title: str, bullets: list, label: str | None = None):
    """A heading and its bullets; a bullet given as a list is a '-' bullet with '+' lines."""
    out = [head(level, number, title, label)]
    for b in bullets:
        if isinstance(b, list):
            out.append(item(b[0]))
            out += [sub(x) for x in b[1:]]
        else:
            out.append(item(b))
    return out


QN_BLOCKS = [
    head(0, "I", "MỤC ĐÍCH, YÊU CẦU", "PHẦN THỨ NHẤT\nMỤC ĐÍCH, YÊU CẦU"),
    *leaf(
        1,
        "1",
        "Mục đích",
        [
            "Quán triệt sâu sắc, tạo sự thống nhất cao về nhận thức và hành động trong toàn Đảng "
            "bộ, chính quyền, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và Nhân dân các "
            "dân tộc trong tỉnh về mục tiêu, nhiệm vụ, giải pháp mà Nghị quyết Đại hội đã đề ra.",
            "Cụ thể hóa Nghị quyết thành các nhiệm vụ, giải pháp, đề án, chương trình công tác "
            "có lộ trình, có địa chỉ; làm căn cứ để các cấp ủy, tổ chức đảng, cơ quan, đơn vị "
            "xây dựng chương trình, kế hoạch thực hiện.",
            "Khơi dậy khát vọng phát triển, tinh thần đoàn kết, chủ động, sáng tạo của cán bộ, "
            "đảng viên và Nhân dân; phát huy mọi nguồn lực để xây dựng tỉnh phát triển nhanh, "
            "bền vững trong giai đoạn mới sau hợp nhất.",
        ],
    ),
    *leaf(
        1,
        "2",
        "Yêu cầu",
        [
            "Việc tổ chức thực hiện Chương trình phải gắn với chức năng, nhiệm vụ của từng cơ "
            "quan, đơn vị, địa phương; phân công rõ người, rõ việc, rõ thời gian, rõ trách "
            "nhiệm và rõ sản phẩm.",
            "Người đứng đầu cấp ủy, chính quyền, cơ quan, đơn vị trực tiếp chỉ đạo và chịu "
            "trách nhiệm về kết quả thực hiện các nhiệm vụ được giao.",
            "Thường xuyên theo dõi, kiểm tra, giám sát, đôn đốc; định kỳ sơ kết, tổng kết, rút "
            "kinh nghiệm; kịp thời bổ sung, điều chỉnh những nội dung không còn phù hợp.",
            "Đẩy mạnh ứng dụng công nghệ số trong theo dõi, đánh giá tiến độ thực hiện các "
            "nhiệm vụ, bảo đảm thông tin được cập nhật kịp thời, chính xác.",
        ],
    ),
    head(
        0,
        "II",
        "MỤC TIÊU, CHỈ TIÊU VÀ NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
        "PHẦN THỨ HAI\nMỤC TIÊU, CHỈ TIÊU VÀ NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
    ),
    head(1, "I", "MỤC TIÊU TỔNG QUÁT"),
    para(
        "Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh toàn diện; phát huy "
        "truyền thống cách mạng, sức mạnh đại đoàn kết các dân tộc; khai thác hiệu quả tiềm "
        "năng, lợi thế của vùng biển, đồng bằng và núi rừng Tây Nguyên; phát triển kinh tế "
        "nhanh, bền vững dựa trên khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; bảo "
        "đảm vững chắc quốc phòng, an ninh; phấn đấu đến năm 2030 trở thành tỉnh phát triển khá "
        "của khu vực miền Trung - Tây Nguyên."
    ),
    head(1, "II", "CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030"),
    *leaf(
        2,
        "1",
        "Về kinh tế",
        [
            "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) bình quân giai đoạn 2026 - "
            "2030 đạt từ 10%/năm trở lên.",
            "Đến năm 2030, GRDP bình quân đầu người đạt 8.500 USD.",
            "Cơ cấu kinh tế đến năm 2030: công nghiệp - xây dựng chiếm 48%; dịch vụ chiếm 37%; "
            "nông, lâm nghiệp và thủy sản chiếm 10%.",
            "Tổng vốn đầu tư toàn xã hội giai đoạn 2026 - 2030 đạt từ 550.000 tỷ đồng trở lên.",
            "Thu ngân sách nhà nước trên địa bàn năm 2030 đạt 45.000 tỷ đồng.",
            "Tỷ lệ đô thị hóa đến năm 2030 đạt 40%; tỷ trọng kinh tế số đạt 20% GRDP.",
        ],
    ),
    *leaf(
        2,
        "2",
        "Về văn hóa - xã hội",
        [
            "Tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp, chứng chỉ đạt 35%.",
            "Mỗi năm giải quyết việc làm cho 35.000 lao động.",
            "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm bình quân 1,5%/năm.",
            "Đến năm 2030 đạt 15 bác sĩ và 38 giường bệnh trên 1 vạn dân; tỷ lệ dân số tham gia "
            "bảo hiểm y tế đạt 97%.",
            "Tỷ lệ trường công lập đạt chuẩn quốc gia đạt 80%.",
        ],
    ),
    *leaf(
        2,
        "3",
        "Về môi trường",
        [
            "Đến năm 2030, tỷ lệ che phủ rừng đạt 52%.",
            "Tỷ lệ chất thải rắn sinh hoạt ở đô thị được thu gom, xử lý đạt 98%; ở nông thôn "
            "đạt 85%.",
            "100% khu công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung đạt "
            "quy chuẩn kỹ thuật về môi trường.",
        ],
    ),
    *leaf(
        2,
        "4",
        "Về xây dựng Đảng",
        [
            "Hằng năm có từ 90% tổ chức cơ sở đảng trở lên được đánh giá hoàn thành tốt nhiệm "
            "vụ; kết nạp từ 2.500 đảng viên mới trở lên.",
            "100% tổ chức cơ sở đảng được kiểm tra, giám sát ít nhất một lần trong nhiệm kỳ.",
        ],
    ),
    head(1, "III", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    head(2, "1", "Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh toàn diện"),
    head(3, "1.1", "Công tác chính trị, tư tưởng"),
    *leaf(
        4,
        "1.1.1",
        "Học tập, quán triệt và tổ chức thực hiện nghị quyết",
        [
            "Đổi mới nội dung, phương thức học tập, quán triệt nghị quyết, chỉ thị của Đảng theo "
            "hướng thiết thực, ngắn gọn, dễ hiểu; tăng cường tổ chức hội nghị trực tuyến đến "
            "chi bộ, tiết kiệm thời gian, kinh phí.",
            "Các cấp ủy xây dựng chương trình, kế hoạch thực hiện nghị quyết sát thực tế, có "
            "chỉ tiêu, lộ trình cụ thể; gắn trách nhiệm của người đứng đầu với kết quả thực hiện.",
            "Định kỳ đánh giá mức độ chuyển biến trong nhận thức và hành động của cán bộ, đảng "
            "viên sau học tập nghị quyết; lấy kết quả làm căn cứ đánh giá, xếp loại cuối năm.",
            "Ứng dụng các nền tảng số trong học tập, sinh hoạt chính trị; xây dựng kho tài liệu "
            "điện tử phục vụ cán bộ, đảng viên tra cứu, học tập mọi lúc, mọi nơi.",
        ],
    ),
    *leaf(
        4,
        "1.1.2",
        "Công tác tuyên truyền, bảo vệ nền tảng tư tưởng của Đảng",
        [
            "Nâng cao chất lượng hoạt động của các cơ quan báo chí, hệ thống thông tin cơ sở; "
            "chủ động định hướng thông tin, tạo đồng thuận xã hội đối với các chủ trương lớn của "
            "tỉnh, nhất là trong quá trình vận hành chính quyền địa phương hai cấp.",
            "Củng cố, kiện toàn Ban Chỉ đạo 35 các cấp; phát huy vai trò lực lượng nòng cốt "
            "trong đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng.",
            "Nắm chắc tình hình tư tưởng của cán bộ, đảng viên và Nhân dân, nhất là ở vùng "
            "đồng bào dân tộc thiểu số, vùng có đông đồng bào theo tôn giáo; kịp thời giải quyết "
            "những vấn đề bức xúc, không để hình thành điểm nóng.",
            "Phát huy vai trò của đội ngũ báo cáo viên, tuyên truyền viên, người có uy tín trong "
            "cộng đồng trong công tác tuyên truyền miệng.",
        ],
    ),
    *leaf(
        4,
        "1.1.3",
        "Xây dựng văn hóa trong Đảng, đạo đức cách mạng",
        [
            "Tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; "
            "xây dựng chuẩn mực đạo đức cách mạng, văn hóa công vụ trong các cơ quan, đơn vị.",
            "Thực hiện nghiêm các quy định về trách nhiệm nêu gương của cán bộ, đảng viên, trước "
            "hết là Ủy viên Ban Chấp hành, Ủy viên Ban Thường vụ Tỉnh ủy và người đứng đầu.",
            "Kiên quyết đấu tranh ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo "
            "đức, lối sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ.",
        ],
    ),
    head(3, "1.2", "Công tác tổ chức, cán bộ và đảng viên"),
    *leaf(
        4,
        "1.2.1",
        "Sắp xếp, hoàn thiện tổ chức bộ máy",
        [
            "Tiếp tục rà soát, hoàn thiện chức năng, nhiệm vụ, tổ chức bộ máy của các cơ quan "
            "đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội sau hợp nhất "
            "tỉnh và tổ chức chính quyền địa phương hai cấp.",
            "Kịp thời tháo gỡ khó khăn, vướng mắc về trụ sở, tài sản công, chế độ, chính sách "
            "đối với cán bộ, công chức, viên chức dôi dư sau sắp xếp.",
            "Xây dựng vị trí việc làm, cơ cấu ngạch công chức, chức danh nghề nghiệp viên chức "
            "làm cơ sở tuyển dụng, sử dụng và quản lý biên chế.",
            [
                "Nâng cao chất lượng hoạt động của các xã, phường, đặc khu sau sắp xếp, trong đó:",
                "Bố trí đủ cán bộ, công chức có năng lực ở các lĩnh vực đất đai, xây dựng, tài "
                "chính, chuyển đổi số;",
                "Tăng cường hướng dẫn, tập huấn nghiệp vụ và kiểm tra, hỗ trợ các xã miền núi, "
                "biên giới.",
            ],
        ],
    ),
    *leaf(
        4,
        "1.2.2",
        "Công tác cán bộ",
        [
            "Thực hiện đồng bộ, chặt chẽ các khâu của công tác cán bộ; đánh giá cán bộ thực chất, "
            "đa chiều, lấy kết quả, sản phẩm cụ thể làm thước đo chủ yếu.",
            "Làm tốt công tác quy hoạch cán bộ theo hướng mở và động; chú trọng cán bộ trẻ, cán "
            "bộ nữ, cán bộ người dân tộc thiểu số, cán bộ có năng lực nổi trội.",
            "Thực hiện luân chuyển, điều động cán bộ gắn với quy hoạch, đào tạo, bồi dưỡng; tăng "
            "cường cán bộ về cơ sở, nhất là các xã khó khăn, biên giới, hải đảo.",
            "Có cơ chế phát hiện, thu hút, trọng dụng người có tài năng; bảo vệ cán bộ dám nghĩ, "
            "dám làm, dám chịu trách nhiệm vì lợi ích chung.",
            "Kịp thời thay thế cán bộ yếu kém về năng lực, không hoàn thành nhiệm vụ, vi phạm "
            "kỷ luật, giảm uy tín mà không chờ hết nhiệm kỳ.",
        ],
    ),
    *leaf(
        4,
        "1.2.3",
        "Xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đảng viên",
        [
            "Nâng cao chất lượng sinh hoạt chi bộ; đổi mới nội dung sinh hoạt chuyên đề, gắn với "
            "giải quyết những vấn đề thực tiễn của địa phương, cơ quan, đơn vị.",
            "Chú trọng phát triển đảng viên ở các thôn, làng chưa có đảng viên hoặc có ít đảng "
            "viên, trong doanh nghiệp ngoài khu vực nhà nước và trong đoàn viên thanh niên ưu tú.",
            "Thực hiện tốt công tác quản lý đảng viên, nhất là đảng viên đi làm ăn xa; kịp thời "
            "rà soát, sàng lọc, đưa những người không đủ tư cách ra khỏi Đảng.",
            "Đổi mới việc kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên theo "
            "hướng lượng hóa các tiêu chí, gắn với kết quả thực hiện nhiệm vụ chính trị.",
        ],
    ),
    *leaf(
        3,
        "1.3",
        "Công tác kiểm tra, giám sát và thi hành kỷ luật đảng",
        [
            "Xây dựng và thực hiện nghiêm chương trình kiểm tra, giám sát toàn khóa và hằng năm; "
            "tập trung vào lĩnh vực, địa bàn nhạy cảm, dễ phát sinh sai phạm như đất đai, tài "
            "nguyên, khoáng sản, đầu tư công, mua sắm công.",
            "Chủ động phát hiện sớm, kiểm tra khi có dấu hiệu vi phạm; xử lý kịp thời, nghiêm "
            "minh tổ chức đảng, đảng viên vi phạm, không có vùng cấm, không có ngoại lệ.",
            "Tăng cường giám sát thường xuyên thông qua chuyển đổi số, kết nối dữ liệu kiểm tra, "
            "giám sát giữa các cấp.",
            "Nâng cao chất lượng đội ngũ cán bộ kiểm tra; thực hiện tốt việc giải quyết đơn thư "
            "tố cáo, khiếu nại trong Đảng.",
            "Phối hợp chặt chẽ giữa kiểm tra, giám sát của Đảng với thanh tra, kiểm toán, giám "
            "sát của Hội đồng nhân dân, Mặt trận Tổ quốc và giám sát của Nhân dân.",
        ],
    ),
    *leaf(
        3,
        "1.4",
        "Công tác dân vận, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội",
        [
            "Tiếp tục đổi mới nội dung, phương thức công tác dân vận; thực hiện tốt phương châm "
            "“dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”.",
            "Đẩy mạnh phong trào thi đua “Dân vận khéo”; nhân rộng các mô hình, điển hình tiêu "
            "biểu trên các lĩnh vực, nhất là trong giải phóng mặt bằng, xây dựng nông thôn mới.",
            "Nâng cao chất lượng hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội "
            "sau sắp xếp; tập trung hướng về cơ sở, địa bàn dân cư.",
            "Phát huy vai trò giám sát, phản biện xã hội của Mặt trận Tổ quốc; tổ chức tốt việc "
            "lấy ý kiến Nhân dân đối với các chủ trương, dự án lớn của tỉnh.",
            "Thực hiện tốt công tác tiếp xúc, đối thoại giữa người đứng đầu cấp ủy, chính quyền "
            "với Nhân dân; giải quyết kịp thời các kiến nghị chính đáng của người dân.",
        ],
    ),
    *leaf(
        3,
        "1.5",
        "Công tác nội chính, phòng, chống tham nhũng, lãng phí, tiêu cực",
        [
            "Tăng cường lãnh đạo công tác nội chính, cải cách tư pháp; nâng cao chất lượng điều "
            "tra, truy tố, xét xử, thi hành án, nhất là các vụ án tham nhũng, kinh tế.",
            "Đẩy mạnh phòng ngừa tham nhũng; công khai, minh bạch trong hoạt động của cơ quan, "
            "đơn vị; kiểm soát tài sản, thu nhập của người có chức vụ, quyền hạn.",
            "Thực hành tiết kiệm, chống lãng phí; rà soát, xử lý dứt điểm các dự án chậm tiến "
            "độ, tồn đọng, tài sản công không sử dụng hoặc sử dụng không hiệu quả sau sắp xếp.",
            "Phát huy vai trò của Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, lãng phí, tiêu "
            "cực; theo dõi, đôn đốc xử lý các vụ việc, vụ án phức tạp, dư luận quan tâm.",
            "Làm tốt công tác tiếp công dân, giải quyết khiếu nại, tố cáo ngay từ cơ sở; không để "
            "phát sinh khiếu kiện đông người, vượt cấp.",
        ],
    ),
    *leaf(
        3,
        "1.6",
        "Đổi mới phương thức lãnh đạo, nâng cao năng lực lãnh đạo, cầm quyền của Đảng",
        [
            "Cụ thể hóa quy chế làm việc của cấp ủy; xác định rõ nội dung cấp ủy quyết định, nội "
            "dung phân cấp, ủy quyền; nâng cao chất lượng ban hành nghị quyết, kết luận.",
            "Đổi mới phong cách, lề lối làm việc; giảm hội họp, giấy tờ hành chính; tăng cường "
            "đi cơ sở, nắm tình hình thực tiễn.",
            "Phát huy vai trò lãnh đạo của các đảng đoàn, đảng ủy các cơ quan nhà nước trong "
            "thể chế hóa, tổ chức thực hiện chủ trương của Tỉnh ủy.",
            "Xây dựng hệ thống theo dõi, đánh giá việc thực hiện các nhiệm vụ cấp ủy giao trên "
            "nền tảng số, bảo đảm công khai tiến độ, kết quả thực hiện.",
        ],
    ),
    *leaf(
        3,
        "1.7",
        "Công tác bảo vệ chính trị nội bộ",
        [
            "Thực hiện nghiêm các quy định của Đảng về bảo vệ chính trị nội bộ; thẩm định, kết "
            "luận tiêu chuẩn chính trị chặt chẽ, đúng quy trình trước khi bổ nhiệm, giới thiệu "
            "ứng cử.",
            "Chủ động nắm tình hình, phát hiện sớm những vấn đề chính trị hiện nay, những biểu "
            "hiện lợi dụng, kích động, chia rẽ nội bộ.",
            "Tăng cường phối hợp giữa các cơ quan tham mưu của cấp ủy với lực lượng công an, "
            "quân đội trong công tác bảo vệ chính trị nội bộ.",
            "Quản lý chặt chẽ hồ sơ đảng viên, thông tin cá nhân của cán bộ; bảo đảm bí mật nhà "
            "nước trong hoạt động của các cơ quan đảng.",
        ],
    ),
    *leaf(
        3,
        "1.8",
        "Công tác nghiên cứu lý luận, tổng kết thực tiễn",
        [
            "Tăng cường nghiên cứu, tổng kết thực tiễn quá trình hợp nhất tỉnh, vận hành chính "
            "quyền địa phương hai cấp; kịp thời đề xuất sửa đổi, bổ sung cơ chế, chính sách.",
            "Nâng cao chất lượng các đề tài khoa học xã hội phục vụ công tác lãnh đạo, chỉ đạo "
            "của cấp ủy; gắn nghiên cứu với ứng dụng vào thực tiễn.",
            "Phát huy vai trò của đội ngũ trí thức, nhà khoa học trong tư vấn, phản biện các chủ "
            "trương, đề án lớn của tỉnh.",
            "Biên soạn lịch sử Đảng bộ tỉnh, lịch sử đảng bộ các xã, phường, đặc khu sau sắp "
            "xếp; giáo dục truyền thống cho thế hệ trẻ.",
        ],
    ),
    head(2, "2", "Phát triển kinh tế nhanh, bền vững"),
    *leaf(
        3,
        "2.1",
        "Cơ cấu lại nền kinh tế, đổi mới mô hình tăng trưởng",
        [
            "Cơ cấu lại các ngành, lĩnh vực theo hướng tăng nhanh tỷ trọng công nghiệp chế biến, "
            "chế tạo, dịch vụ chất lượng cao; nâng cao năng suất lao động và sức cạnh tranh.",
            "Phát triển kinh tế tư nhân thực sự trở thành một động lực quan trọng; hỗ trợ doanh "
            "nghiệp nhỏ và vừa, hộ kinh doanh chuyển đổi lên doanh nghiệp.",
            "Phát triển kinh tế tập thể, hợp tác xã kiểu mới gắn với chuỗi giá trị nông sản; "
            "khuyến khích liên kết giữa hợp tác xã với doanh nghiệp.",
            "Phát triển kinh tế số, kinh tế xanh, kinh tế tuần hoàn; ưu tiên thu hút các dự án "
            "công nghệ cao, ít tác động đến môi trường.",
        ],
    ),
    head(3, "2.2", "Phát triển công nghiệp"),
    *leaf(
        4,
        "2.2.1",
        "Công nghiệp lọc hóa dầu, luyện kim và chế biến, chế tạo",
        [
            "Phát triển Khu kinh tế Dung Quất trở thành trung tâm công nghiệp lọc hóa dầu, "
            "luyện kim, năng lượng quốc gia; mở rộng, nâng công suất các nhà máy hiện có.",
            "Thu hút đầu tư các dự án hóa dầu sau lọc dầu, công nghiệp hỗ trợ, cơ khí chế tạo "
            "để tăng giá trị gia tăng, tạo việc làm cho lao động địa phương.",
            "Phát triển công nghiệp chế biến nông, lâm, thủy sản gắn với vùng nguyên liệu, nhất "
            "là chế biến gỗ, dược liệu, thủy sản xuất khẩu.",
            "Kiểm soát chặt chẽ các dự án có nguy cơ gây ô nhiễm môi trường; kiên quyết không "
            "tiếp nhận công nghệ lạc hậu.",
        ],
    ),
    *leaf(
        4,
        "2.2.2",
        "Năng lượng tái tạo",
        [
            "Phát triển năng lượng tái tạo phù hợp với quy hoạch điện quốc gia; kêu gọi đầu tư "
            "các dự án điện gió ngoài khơi, điện khí, điện mặt trời áp mái.",
            "Đầu tư hệ thống lưới điện truyền tải, phân phối đồng bộ, bảo đảm giải tỏa công suất "
            "và cung cấp điện ổn định cho các khu công nghiệp, vùng sâu, vùng xa.",
            "Khuyến khích sử dụng năng lượng tiết kiệm, hiệu quả trong sản xuất, sinh hoạt.",
        ],
    ),
    *leaf(
        4,
        "2.2.3",
        "Khu kinh tế, khu công nghiệp, cụm công nghiệp",
        [
            "Đầu tư hoàn thiện hạ tầng các khu công nghiệp, cụm công nghiệp; ưu tiên bố trí quỹ "
            "đất sạch để sẵn sàng đón nhà đầu tư.",
            "Đổi mới công tác xúc tiến đầu tư theo hướng chọn lọc, có trọng tâm; thu hút các nhà "
            "đầu tư chiến lược có năng lực tài chính, công nghệ.",
            "Xây dựng nhà ở công nhân, thiết chế văn hóa, trường học, cơ sở y tế phục vụ người "
            "lao động tại các khu công nghiệp.",
            "Nâng cao hiệu quả hoạt động của Khu kinh tế cửa khẩu quốc tế Bờ Y; phát triển kinh "
            "tế cửa khẩu, logistics gắn với hành lang kinh tế Đông - Tây.",
        ],
    ),
    head(3, "2.3", "Phát triển nông nghiệp, lâm nghiệp, thủy sản và nông thôn"),
    *leaf(
        4,
        "2.3.1",
        "Trồng trọt, chăn nuôi",
        [
            "Cơ cấu lại ngành nông nghiệp theo hướng nông nghiệp sinh thái, hữu cơ, ứng dụng công "
            "nghệ cao; hình thành các vùng sản xuất hàng hóa tập trung quy mô lớn.",
            "Phát triển các cây trồng chủ lực có lợi thế như cà phê, mắc ca, cây ăn quả ở vùng "
            "Tây Nguyên; lúa chất lượng cao, rau an toàn ở vùng đồng bằng.",
            "Phát triển chăn nuôi theo hướng trang trại, an toàn sinh học; di dời các cơ sở chăn "
            "nuôi ra khỏi khu dân cư.",
            "Đẩy mạnh Chương trình mỗi xã một sản phẩm (OCOP); xây dựng thương hiệu, truy xuất "
            "nguồn gốc cho các sản phẩm nông nghiệp chủ lực.",
        ],
    ),
    *leaf(
        4,
        "2.3.2",
        "Lâm nghiệp, dược liệu",
        [
            "Quản lý, bảo vệ chặt chẽ diện tích rừng hiện có, nhất là rừng tự nhiên, rừng phòng "
            "hộ đầu nguồn; xử lý nghiêm các hành vi phá rừng, lấn chiếm đất rừng.",
            "Phát triển trồng rừng gỗ lớn, rừng có chứng chỉ quản lý rừng bền vững; gắn trồng rừng "
            "với công nghiệp chế biến gỗ.",
            [
                "Phát triển dược liệu thành ngành kinh tế quan trọng của tỉnh, trong đó:",
                "Bảo tồn, phát triển sâm Ngọc Linh theo chuỗi giá trị, bảo vệ nghiêm ngặt nguồn "
                "gen;",
                "Xây dựng các vùng trồng dược liệu dưới tán rừng, gắn với sinh kế của đồng bào "
                "dân tộc thiểu số.",
            ],
            "Thực hiện tốt chính sách chi trả dịch vụ môi trường rừng, giao khoán bảo vệ rừng "
            "cho cộng đồng dân cư.",
        ],
    ),
    *leaf(
        4,
        "2.3.3",
        "Thủy sản, kinh tế biển",
        [
            "Phát triển khai thác hải sản xa bờ gắn với bảo vệ chủ quyền biển, đảo; hiện đại hóa "
            "đội tàu, nâng cấp cảng cá, khu neo đậu tránh trú bão.",
            "Thực hiện quyết liệt các giải pháp chống khai thác hải sản bất hợp pháp, không báo "
            "cáo và không theo quy định.",
            "Phát triển nuôi trồng thủy sản theo hướng công nghiệp, nuôi biển ở vùng phù hợp; "
            "bảo đảm an toàn dịch bệnh và môi trường.",
            "Phát triển dịch vụ hậu cần nghề cá, chế biến sâu các sản phẩm thủy sản xuất khẩu.",
        ],
    ),
    *leaf(
        4,
        "2.3.4",
        "Xây dựng nông thôn mới",
        [
            "Tiếp tục thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới theo bộ "
            "tiêu chí mới, phù hợp với đơn vị hành chính cấp xã sau sắp xếp.",
            "Ưu tiên nguồn lực cho các xã miền núi, biên giới, xã có điều kiện kinh tế - xã hội "
            "đặc biệt khó khăn.",
            "Xây dựng nông thôn mới gắn với phát triển du lịch nông nghiệp, bảo tồn cảnh quan, "
            "văn hóa truyền thống.",
        ],
    ),
    *leaf(
        3,
        "2.4",
        "Phát triển thương mại, dịch vụ, du lịch",
        [
            "Phát triển hạ tầng thương mại hiện đại; quy hoạch hệ thống chợ, trung tâm thương "
            "mại, siêu thị phù hợp với từng vùng.",
            "Phát triển thương mại điện tử, thanh toán không dùng tiền mặt; hỗ trợ doanh nghiệp, "
            "hợp tác xã đưa sản phẩm lên sàn thương mại điện tử.",
            "Phát triển du lịch trở thành ngành kinh tế mũi nhọn; hình thành các sản phẩm du lịch "
            "đặc trưng biển, đảo Lý Sơn, du lịch sinh thái Măng Đen, du lịch văn hóa, lịch sử.",
            "Tăng cường liên kết phát triển du lịch với các địa phương trong vùng và các nước "
            "trong khu vực Tam giác phát triển Campuchia - Lào - Việt Nam.",
            "Phát triển dịch vụ logistics, tài chính, ngân hàng, bảo hiểm hỗ trợ sản xuất, kinh "
            "doanh.",
        ],
    ),
    *leaf(
        3,
        "2.5",
        "Phát triển kết cấu hạ tầng và đô thị",
        [
            "Huy động tối đa các nguồn lực đầu tư kết cấu hạ tầng đồng bộ, hiện đại; ưu tiên các "
            "tuyến giao thông kết nối vùng biển với Tây Nguyên, kết nối các cửa khẩu.",
            "Đầu tư tuyến đường bộ ven biển, các tuyến cao tốc, quốc lộ qua địa bàn theo quy "
            "hoạch; nâng cấp cảng biển Dung Quất đáp ứng nhu cầu vận tải hàng hóa.",
            "Phát triển đô thị theo hướng xanh, thông minh, có bản sắc; nâng cao chất lượng quy "
            "hoạch, quản lý quy hoạch đô thị.",
            "Đầu tư hạ tầng thủy lợi, cấp nước, phòng, chống thiên tai; bảo đảm an ninh nguồn "
            "nước cho sản xuất và sinh hoạt.",
            "Phát triển hạ tầng số đồng bộ, hiện đại, làm nền tảng cho chuyển đổi số toàn diện.",
        ],
    ),
    *leaf(
        3,
        "2.6",
        "Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
        [
            "Triển khai đồng bộ các giải pháp đột phá phát triển khoa học, công nghệ, đổi mới "
            "sáng tạo và chuyển đổi số theo tinh thần Nghị quyết số 57-NQ/TW ngày 22/12/2024 của "
            "Bộ Chính trị.",
            "Xây dựng hệ sinh thái khởi nghiệp đổi mới sáng tạo; hỗ trợ các doanh nghiệp khởi "
            "nghiệp, doanh nghiệp công nghệ số.",
            "Ứng dụng khoa học, công nghệ trong sản xuất nông nghiệp, chế biến, bảo tồn nguồn gen "
            "quý hiếm.",
            "Xây dựng, kết nối, chia sẻ các cơ sở dữ liệu chuyên ngành với cơ sở dữ liệu quốc "
            "gia; bảo đảm an toàn, an ninh mạng.",
            "Phổ cập kỹ năng số cho người dân; phát huy vai trò của tổ công nghệ số cộng đồng ở "
            "thôn, tổ dân phố.",
        ],
    ),
    *leaf(
        3,
        "2.7",
        "Quản lý tài nguyên, bảo vệ môi trường, ứng phó với biến đổi khí hậu",
        [
            "Quản lý chặt chẽ, sử dụng hiệu quả đất đai, khoáng sản, tài nguyên nước; công khai, "
            "minh bạch trong giao đất, cho thuê đất, chuyển mục đích sử dụng đất.",
            "Kiểm soát các nguồn gây ô nhiễm; xử lý dứt điểm các điểm nóng về môi trường, nhất "
            "là tại các khu công nghiệp, làng nghề.",
            "Đẩy mạnh phân loại chất thải rắn sinh hoạt tại nguồn; đầu tư các khu xử lý chất thải "
            "rắn tập trung theo công nghệ hiện đại.",
            "Chủ động phòng, chống thiên tai, sạt lở đất, lũ quét; di dời dân cư ra khỏi vùng có "
            "nguy cơ cao.",
            "Bảo vệ đa dạng sinh học, các khu bảo tồn thiên nhiên, vườn quốc gia trên địa bàn.",
        ],
    ),
    *leaf(
        3,
        "2.8",
        "Tài chính, ngân sách và đầu tư công",
        [
            "Tăng cường quản lý thu ngân sách, chống thất thu, nợ đọng thuế; nuôi dưỡng và phát "
            "triển nguồn thu bền vững.",
            "Cơ cấu lại chi ngân sách theo hướng tăng chi đầu tư phát triển, giảm chi thường "
            "xuyên; thực hành tiết kiệm triệt để.",
            "Nâng cao hiệu quả đầu tư công; tập trung cho các công trình trọng điểm, có tính lan "
            "tỏa; kiên quyết không dàn trải.",
            "Xử lý kịp thời vướng mắc trong giải phóng mặt bằng, đẩy nhanh tiến độ giải ngân vốn "
            "đầu tư công.",
        ],
    ),
    *leaf(
        3,
        "2.9",
        "Phát triển kinh tế vùng, liên kết vùng",
        [
            "Phát huy lợi thế của từng vùng: vùng biển và hải đảo phát triển công nghiệp, cảng "
            "biển, du lịch; vùng đồng bằng phát triển đô thị, nông nghiệp công nghệ cao; vùng "
            "núi phát triển lâm nghiệp, dược liệu, du lịch sinh thái.",
            "Tăng cường liên kết với các tỉnh Tây Nguyên và duyên hải miền Trung trong phát "
            "triển hạ tầng, du lịch, logistics và tiêu thụ nông sản.",
            "Hình thành các hành lang kinh tế kết nối cảng biển Dung Quất với cửa khẩu quốc tế "
            "Bờ Y và các nước láng giềng.",
            "Ưu tiên đầu tư cho vùng đồng bào dân tộc thiểu số, vùng biên giới để thu hẹp khoảng "
            "cách phát triển giữa các vùng.",
        ],
    ),
    head(2, "3", "Phát triển văn hóa, xã hội, xây dựng con người"),
    *leaf(
        3,
        "3.1",
        "Giáo dục và đào tạo",
        [
            "Thực hiện đột phá phát triển giáo dục và đào tạo theo Nghị quyết số 71-NQ/TW ngày "
            "22/8/2025 của Bộ Chính trị; nâng cao chất lượng giáo dục toàn diện.",
            "Sắp xếp mạng lưới trường, lớp phù hợp với đơn vị hành chính mới; đầu tư trường phổ "
            "thông nội trú liên cấp ở các xã biên giới.",
            "Bảo đảm đủ giáo viên theo định mức; nâng cao chất lượng đội ngũ nhà giáo, cán bộ "
            "quản lý giáo dục.",
            "Đẩy mạnh chuyển đổi số trong giáo dục; tăng cường dạy học ngoại ngữ, tin học.",
            "Phát triển giáo dục nghề nghiệp gắn với nhu cầu của doanh nghiệp và thị trường lao "
            "động.",
        ],
    ),
    *leaf(
        3,
        "3.2",
        "Y tế, chăm sóc sức khỏe Nhân dân",
        [
            "Củng cố, hoàn thiện mạng lưới y tế cơ sở; nâng cao năng lực trạm y tế xã, phường, "
            "đặc khu sau sắp xếp.",
            "Đầu tư nâng cấp các bệnh viện tuyến tỉnh; phát triển một số kỹ thuật chuyên sâu để "
            "người dân được điều trị tại tỉnh.",
            "Chủ động phòng, chống dịch bệnh; nâng cao chất lượng công tác y tế dự phòng, an toàn "
            "thực phẩm.",
            "Thu hút, đào tạo nguồn nhân lực y tế, nhất là bác sĩ cho tuyến cơ sở, vùng khó khăn.",
            "Triển khai hồ sơ sức khỏe điện tử, bệnh án điện tử, thanh toán viện phí không dùng "
            "tiền mặt.",
        ],
    ),
    *leaf(
        3,
        "3.3",
        "Văn hóa, thể thao",
        [
            "Xây dựng con người Quảng Ngãi phát triển toàn diện; bảo tồn, phát huy giá trị văn "
            "hóa truyền thống của các dân tộc.",
            "Đầu tư, khai thác hiệu quả các thiết chế văn hóa, thể thao cơ sở; phát triển phong "
            "trào thể dục, thể thao quần chúng.",
            "Bảo tồn, tôn tạo các di tích lịch sử, văn hóa; phát huy giá trị di sản phục vụ phát "
            "triển du lịch.",
            "Đẩy mạnh phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”; xây dựng gia "
            "đình no ấm, tiến bộ, hạnh phúc.",
        ],
    ),
    *leaf(
        3,
        "3.4",
        "Lao động, việc làm và an sinh xã hội",
        [
            "Phát triển thị trường lao động linh hoạt; kết nối cung - cầu lao động trên nền tảng "
            "số; hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng.",
            "Thực hiện đầy đủ, kịp thời chính sách đối với người có công; chăm lo đời sống gia "
            "đình chính sách, đối tượng bảo trợ xã hội.",
            "Thực hiện giảm nghèo đa chiều, bền vững; ưu tiên nguồn lực cho vùng đồng bào dân "
            "tộc thiểu số, miền núi.",
            "Phát triển hệ thống an sinh xã hội đa tầng; mở rộng diện bao phủ bảo hiểm xã hội, "
            "bảo hiểm thất nghiệp.",
            "Xóa nhà tạm, nhà dột nát; hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo, gia đình chính "
            "sách.",
        ],
    ),
    *leaf(
        3,
        "3.5",
        "Công tác dân tộc, tôn giáo",
        [
            "Thực hiện có hiệu quả các chương trình, chính sách phát triển kinh tế - xã hội vùng "
            "đồng bào dân tộc thiểu số và miền núi.",
            "Phát huy vai trò của người có uy tín trong cộng đồng; củng cố khối đại đoàn kết các "
            "dân tộc.",
            "Bảo đảm quyền tự do tín ngưỡng, tôn giáo của Nhân dân theo quy định của pháp luật; "
            "chủ động phòng ngừa, xử lý các hoạt động lợi dụng tôn giáo.",
            "Quan tâm đào tạo, bồi dưỡng, sử dụng cán bộ người dân tộc thiểu số.",
        ],
    ),
    *leaf(
        3,
        "3.6",
        "Công tác thanh niên, phụ nữ, trẻ em và bình đẳng giới",
        [
            "Phát huy vai trò xung kích, sáng tạo của thanh niên trong chuyển đổi số, khởi "
            "nghiệp, xây dựng nông thôn mới và bảo vệ Tổ quốc.",
            "Thực hiện tốt các mục tiêu về bình đẳng giới; tạo điều kiện để phụ nữ tham gia lãnh "
            "đạo, quản lý và phát triển kinh tế.",
            "Bảo vệ, chăm sóc trẻ em; phòng, chống xâm hại, đuối nước, tai nạn thương tích trẻ "
            "em; quan tâm trẻ em có hoàn cảnh đặc biệt.",
            "Ngăn chặn, đẩy lùi tình trạng tảo hôn, hôn nhân cận huyết thống ở vùng đồng bào dân "
            "tộc thiểu số.",
        ],
    ),
    *leaf(
        3,
        "3.7",
        "Phòng, chống tệ nạn xã hội",
        [
            "Đẩy mạnh tuyên truyền phòng, chống ma túy, mại dâm, cờ bạc trong trường học, khu "
            "công nghiệp và cộng đồng dân cư.",
            "Nâng cao hiệu quả công tác cai nghiện, quản lý sau cai nghiện; hỗ trợ người sau cai "
            "nghiện tái hòa nhập cộng đồng.",
            "Xây dựng xã, phường, đặc khu lành mạnh, không có tệ nạn xã hội.",
        ],
    ),
    *leaf(
        3,
        "3.8",
        "Thông tin, báo chí, xuất bản",
        [
            "Sắp xếp, nâng cao chất lượng hoạt động của các cơ quan báo chí của tỉnh theo hướng "
            "tinh gọn, chuyên nghiệp, hiện đại, đa phương tiện.",
            "Phát triển hệ thống thông tin cơ sở; ứng dụng công nghệ số trong truyền thông chính "
            "sách, bảo đảm thông tin đến được với người dân vùng sâu, vùng xa.",
            "Tăng cường quản lý nhà nước về báo chí, xuất bản, thông tin trên mạng; xử lý "
            "nghiêm các vi phạm.",
            "Đẩy mạnh thông tin đối ngoại, quảng bá hình ảnh, tiềm năng, cơ hội đầu tư của tỉnh.",
        ],
    ),
    head(2, "4", "Bảo đảm quốc phòng, an ninh; nâng cao hiệu quả công tác đối ngoại"),
    *leaf(
        3,
        "4.1",
        "Quốc phòng",
        [
            "Xây dựng khu vực phòng thủ tỉnh vững chắc; kết hợp chặt chẽ phát triển kinh tế - xã "
            "hội với bảo đảm quốc phòng, an ninh.",
            "Xây dựng lực lượng vũ trang tỉnh vững mạnh toàn diện; lực lượng dân quân tự vệ vững "
            "mạnh, rộng khắp, dân quân thường trực ở các xã trọng điểm.",
            "Bảo vệ vững chắc chủ quyền, an ninh biên giới, biển, đảo; xây dựng biên giới hòa "
            "bình, hữu nghị, hợp tác và phát triển.",
            "Thực hiện tốt công tác giáo dục quốc phòng và an ninh cho các đối tượng.",
        ],
    ),
    *leaf(
        3,
        "4.2",
        "An ninh, trật tự",
        [
            "Nắm chắc tình hình, chủ động phòng ngừa, không để bị động, bất ngờ; bảo vệ an ninh "
            "chính trị nội bộ, an ninh kinh tế, an ninh mạng.",
            "Tấn công trấn áp các loại tội phạm, nhất là tội phạm ma túy, tội phạm công nghệ "
            "cao, tín dụng đen.",
            "Bảo đảm trật tự an toàn giao thông, phòng cháy, chữa cháy; kéo giảm tai nạn giao "
            "thông trên cả ba tiêu chí.",
            "Phát huy phong trào toàn dân bảo vệ an ninh Tổ quốc; nhân rộng các mô hình tự quản "
            "về an ninh, trật tự ở cơ sở.",
        ],
    ),
    *leaf(
        3,
        "4.3",
        "Đối ngoại",
        [
            "Tăng cường quan hệ hữu nghị, hợp tác toàn diện với các tỉnh Nam Lào, Đông Bắc "
            "Campuchia; mở rộng hợp tác với các địa phương nước ngoài.",
            "Đẩy mạnh ngoại giao kinh tế, thu hút đầu tư nước ngoài, mở rộng thị trường xuất khẩu.",
            "Làm tốt công tác người Việt Nam ở nước ngoài, thông tin đối ngoại.",
        ],
    ),
    *leaf(
        3,
        "4.4",
        "Phòng thủ dân sự, phòng, chống thiên tai và tìm kiếm cứu nạn",
        [
            "Kiện toàn Ban Chỉ huy phòng thủ dân sự các cấp; xây dựng, cập nhật các phương án "
            "ứng phó với thiên tai, thảm họa, sự cố.",
            "Đầu tư trang thiết bị, phương tiện tìm kiếm cứu nạn; tổ chức diễn tập ứng phó sự "
            "cố tràn dầu, cháy nổ tại các khu công nghiệp.",
            "Phát huy phương châm “bốn tại chỗ” trong phòng, chống thiên tai; nâng cao năng lực "
            "tự ứng phó của cộng đồng.",
            "Xây dựng hệ thống cảnh báo sớm lũ, sạt lở đất tại các xã miền núi.",
        ],
    ),
    head(2, "5", "Xây dựng chính quyền các cấp và đẩy mạnh cải cách hành chính"),
    *leaf(
        3,
        "5.1",
        "Xây dựng chính quyền địa phương hai cấp",
        [
            "Nâng cao hiệu lực, hiệu quả hoạt động của chính quyền địa phương hai cấp; bảo đảm "
            "thông suốt, không gián đoạn trong giải quyết công việc của người dân, doanh nghiệp.",
            "Nâng cao chất lượng hoạt động của Hội đồng nhân dân các cấp, nhất là hoạt động chất "
            "vấn, giám sát.",
            "Thực hiện tốt phân cấp, phân quyền, ủy quyền gắn với kiểm tra, giám sát, kiểm soát "
            "quyền lực.",
            "Xây dựng đội ngũ cán bộ, công chức cấp xã chuyên nghiệp, tận tụy, phục vụ Nhân dân.",
        ],
    ),
    *leaf(
        3,
        "5.2",
        "Cải cách hành chính",
        [
            "Cắt giảm, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh; cải thiện mạnh mẽ "
            "môi trường đầu tư, kinh doanh.",
            "Nâng cao chất lượng hoạt động của Trung tâm Phục vụ hành chính công các cấp; giải "
            "quyết thủ tục hành chính không phụ thuộc địa giới hành chính.",
            "Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình; tái sử dụng dữ liệu, không "
            "yêu cầu người dân cung cấp lại thông tin đã có.",
            "Tăng cường kỷ luật, kỷ cương hành chính; xử lý nghiêm cán bộ, công chức nhũng "
            "nhiễu, gây phiền hà cho người dân, doanh nghiệp.",
        ],
    ),
    *leaf(
        3,
        "5.3",
        "Chuyển đổi số trong hoạt động của cơ quan nhà nước",
        [
            "Xây dựng chính quyền số, vận hành thông suốt các hệ thống thông tin dùng chung từ "
            "tỉnh đến cơ sở.",
            "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; khai thác, tái sử dụng dữ liệu "
            "số trong giải quyết công việc.",
            "Theo dõi, đánh giá việc thực hiện nhiệm vụ được giao trên môi trường số; công khai "
            "tiến độ, kết quả thực hiện.",
            "Bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức; bảo đảm an toàn thông tin "
            "trong hoạt động của cơ quan nhà nước.",
        ],
    ),
    head(0, "III", "TỔ CHỨC THỰC HIỆN", "PHẦN THỨ BA\nTỔ CHỨC THỰC HIỆN"),
    npara(
        1,
        "1",
        "Các cấp ủy, tổ chức đảng, cơ quan, đơn vị tổ chức quán triệt sâu rộng Chương trình "
        "hành động này; xây dựng chương trình, kế hoạch cụ thể để triển khai thực hiện phù hợp "
        "với chức năng, nhiệm vụ, tình hình thực tế.",
    ),
    *leaf(
        1,
        "2",
        "Đảng ủy Ủy ban nhân dân tỉnh",
        [
            "Lãnh đạo Ủy ban nhân dân tỉnh cụ thể hóa Chương trình thành kế hoạch phát triển "
            "kinh tế - xã hội 5 năm và hằng năm; phân công cụ thể cho các sở, ngành, địa phương.",
            "Lãnh đạo xây dựng các đề án, dự án, cơ chế, chính sách trình cấp có thẩm quyền "
            "ban hành theo danh mục tại Phụ lục kèm theo.",
            "Chỉ đạo bố trí nguồn lực thực hiện các nhiệm vụ trọng tâm; định kỳ báo cáo Ban "
            "Thường vụ Tỉnh ủy.",
        ],
    ),
    npara(
        1,
        "3",
        "Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh thể chế hóa các "
        "chủ trương của Chương trình thành nghị quyết; tăng cường giám sát việc tổ chức thực "
        "hiện.",
    ),
    npara(
        1,
        "4",
        "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh lãnh đạo Mặt trận Tổ quốc và các tổ "
        "chức chính trị - xã hội tuyên truyền, vận động Nhân dân tích cực tham gia; giám sát, "
        "phản biện xã hội trong quá trình thực hiện.",
    ),
    *leaf(
        1,
        "5",
        "Các ban đảng, Văn phòng Tỉnh ủy",
        [
            "Theo chức năng, nhiệm vụ, tham mưu Ban Thường vụ Tỉnh ủy lãnh đạo, chỉ đạo, kiểm "
            "tra việc thực hiện các nhiệm vụ thuộc lĩnh vực phụ trách.",
            "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hướng dẫn tuyên truyền, quán triệt "
            "Chương trình.",
            "Văn phòng Tỉnh ủy theo dõi, đôn đốc, tổng hợp kết quả thực hiện; tham mưu sơ kết, "
            "tổng kết Chương trình theo quy định.",
        ],
    ),
    npara(
        1,
        "6",
        "Ủy ban Kiểm tra Tỉnh ủy đưa việc thực hiện Chương trình vào nội dung kiểm tra, giám "
        "sát của Tỉnh ủy, Ban Thường vụ Tỉnh ủy hằng năm và cả nhiệm kỳ.",
    ),
]

QN_RECIPIENTS = [
    "- Ban Bí thư Trung ương Đảng (để b/c),",
    "- Văn phòng Trung ương Đảng (để b/c),",
    "- Các đồng chí Tỉnh ủy viên,",
    "- Các ban đảng, Văn phòng Tỉnh ủy,",
    "- Đảng ủy Ủy ban nhân dân tỉnh,",
    "- Đảng đoàn HĐND tỉnh, Đảng đoàn MTTQ tỉnh,",
    "- Các sở, ban, ngành, đoàn thể tỉnh,",
    "- Các đảng bộ trực thuộc Tỉnh ủy,",
    "- Lưu Văn phòng Tỉnh ủy.",
]

NSTW = "Ngân sách trung ương, ngân sách tỉnh"
QN_ROWS = [
    ("I", "XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ"),
    (
        "Tổ chức nghiên cứu, học tập, quán triệt, tuyên truyền Nghị quyết Đại hội đại biểu "
        "Đảng bộ tỉnh lần thứ I và Chương trình hành động",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "Các đảng bộ trực thuộc",
        "Tháng 11/2025",
        "Quý I/2026",
        "Ngân sách tỉnh",
    ),
    (
        "Ban hành Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ, Thường trực "
        "Tỉnh ủy nhiệm kỳ 2025 - 2030",
        "Văn phòng Tỉnh ủy",
        "Ban Tổ chức Tỉnh ủy",
        "Quý IV/2025",
        "Quý IV/2025",
        "Ngân sách tỉnh",
    ),
    (
        "Xây dựng chương trình kiểm tra, giám sát toàn khóa của Ban Chấp hành Đảng bộ tỉnh",
        "Ủy ban Kiểm tra Tỉnh ủy",
        "Các ban đảng Tỉnh ủy",
        "Quý IV/2025",
        "Quý I/2026",
        "Ngân sách tỉnh",
    ),
    (
        "Đề án nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2026 - 2030",
        "Ban Tổ chức Tỉnh ủy",
        "Các đảng bộ trực thuộc",
        "Năm 2026",
        "Năm 2026",
        "Ngân sách tỉnh",
    ),
    (
        "Rà soát, bổ sung quy hoạch cán bộ diện Ban Thường vụ Tỉnh ủy quản lý",
        "Ban Tổ chức Tỉnh ủy",
        "Các cơ quan, đơn vị liên quan",
        "Hằng năm",
        "Hằng năm",
        "Ngân sách tỉnh",
    ),
    (
        "Phát triển tổ chức đảng, đảng viên trong doanh nghiệp ngoài khu vực nhà nước",
        "Ban Tổ chức Tỉnh ủy",
        "Đảng ủy Ủy ban nhân dân tỉnh",
        "2026",
        "2030",
        "Ngân sách tỉnh",
    ),
    (
        "Tổng kết việc thực hiện quy chế dân chủ ở cơ sở và công tác dân vận của hệ thống chính "
        "trị",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "Đảng đoàn Ủy ban MTTQ Việt Nam tỉnh",
        "Quý III/2026",
        "Quý IV/2026",
        "Ngân sách tỉnh",
    ),
    (
        "Đề án chuyển đổi số trong các cơ quan đảng của tỉnh",
        "Văn phòng Tỉnh ủy",
        "Sở Khoa học và Công nghệ",
        "Năm 2026",
        "Năm 2027",
        "Ngân sách tỉnh",
    ),
    (
        "Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I",
        "Văn phòng Tỉnh ủy",
        "Các ban đảng, đảng bộ trực thuộc",
        "Quý III/2028",
        "Quý IV/2028",
        "Ngân sách tỉnh",
    ),
    (
        "Tổng kết việc thực hiện các quy định về bảo vệ chính trị nội bộ",
        "Ban Tổ chức Tỉnh ủy",
        "Ủy ban Kiểm tra Tỉnh ủy",
        "Quý II/2027",
        "Quý III/2027",
        "Ngân sách tỉnh",
    ),
    (
        "Đề án đào tạo, bồi dưỡng cán bộ, công chức cấp xã sau sắp xếp giai đoạn 2026 - 2030",
        "Ban Tổ chức Tỉnh ủy",
        "Sở Nội vụ",
        "Quý I/2026",
        "Quý III/2026",
        "Ngân sách tỉnh",
    ),
    ("II", "PHÁT TRIỂN KINH TẾ"),
    (
        "Điều chỉnh Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 sau sắp xếp đơn "
        "vị hành chính",
        "Đảng ủy Ủy ban nhân dân tỉnh",
        "Sở Tài chính; Sở Xây dựng",
        "Năm 2026",
        "Năm 2027",
        NSTW,
    ),
    (
        "Đề án phát triển Khu kinh tế Dung Quất giai đoạn 2026 - 2030, tầm nhìn đến năm 2045",
        "Đảng ủy Ủy ban nhân dân tỉnh",
        "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp",
        "Quý II/2026",
        "Quý IV/2026",
        "Ngân sách tỉnh",
    ),
    (
        "Nghị quyết chuyên đề về phát triển dược liệu gắn với bảo tồn, phát triển sâm Ngọc Linh",
        "Đảng ủy Ủy ban nhân dân tỉnh",
        "Sở Nông nghiệp và Môi trường",
        "Năm 2026",
        "Năm 2026",
        "Ngân sách tỉnh",
    ),
    (
        "Trồng mới 8.000 ha rừng gỗ lớn có chứng chỉ quản lý rừng bền vững",
        "Sở Nông nghiệp và Môi trường",
        "Ủy ban nhân dân các xã, phường",
        "2026",
        "2030",
        "Ngân sách nhà nước, vốn doanh nghiệp và người dân",
    ),
    (
        "Đầu tư tuyến đường bộ ven biển đoạn qua địa bàn tỉnh",
        "Sở Xây dựng",
        "Ủy ban nhân dân các xã, phường ven biển",
        "2026",
        "2029",
        NSTW,
    ),
    (
        "Đề án phát triển kinh tế biển gắn với bảo đảm quốc phòng, an ninh đến năm 2030",
        "Đảng ủy Ủy ban nhân dân tỉnh",
        "Sở Nông nghiệp và Môi trường; Bộ Chỉ huy Quân sự tỉnh",
        "Quý I/2027",
        "Quý IV/2027",
        "Ngân sách tỉnh",
    ),
    (
        "Kêu gọi đầu tư các dự án điện gió ngoài khơi",
        "Sở Công Thương",
        "Sở Tài chính",
        "Theo chỉ đạo của Trung ương",
        "",
        "Vốn doanh nghiệp",
    ),
    (
        "Phát triển hạ tầng số, phủ sóng di động thế hệ mới tại các khu đô thị, khu công nghiệp",
        "Sở Khoa học và Công nghệ",
        "Các doanh nghiệp viễn thông",
        "2026",
        "2028",
        "Vốn doanh nghiệp",
    ),
    (
        "Chương trình xúc tiến đầu tư, thương mại, du lịch",
        "Sở Tài chính",
        "Sở Công Thương; Sở Văn hóa, Thể thao và Du lịch",
        "Hằng năm",
        "Hằng năm",
        "Ngân sách tỉnh",
    ),
    (
        "Đề án phát triển du lịch biển, đảo Lý Sơn và du lịch sinh thái Măng Đen",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Ủy ban nhân dân đặc khu Lý Sơn; Ủy ban nhân dân xã Măng Đen",
        "Năm 2026",
        "Năm 2027",
        "Ngân sách tỉnh, xã hội hóa",
    ),
    (
        "Hoàn thành đo đạc, lập bản đồ địa chính và cơ sở dữ liệu đất đai toàn tỉnh",
        "Sở Nông nghiệp và Môi trường",
        "Ủy ban nhân dân các xã, phường",
        "2026",
        "30/6/2028",
        NSTW,
    ),
    (
        "Nâng cấp hệ thống thủy lợi, hồ chứa phục vụ sản xuất và phòng, chống hạn",
        "Sở Nông nghiệp và Môi trường",
        "Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh",
        "2026",
        "2030",
        NSTW,
    ),
    (
        "Di dời, bố trí tái định cư cho các hộ dân ở vùng có nguy cơ cao sạt lở đất, lũ quét",
        "Ủy ban nhân dân các xã miền núi",
        "Sở Xây dựng; Sở Nông nghiệp và Môi trường",
        "Năm 2026",
        "Năm 2028",
        "Ngân sách tỉnh",
    ),
    (
        "Hoàn thành giải phóng mặt bằng Khu công nghiệp Bình Hải",
        "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp",
        "Ủy ban nhân dân các xã liên quan",
        "Quý I/2026",
        "Quý IV/2027",
        "Ngân sách tỉnh, vốn nhà đầu tư",
    ),
    (
        "Cơ chế khuyến khích khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh",
        "Sở Khoa học và Công nghệ",
        "Sở Tài chính; Sở Tư pháp",
        "Quý III/2026",
        "Quý IV/2026",
        "Ngân sách tỉnh",
    ),
    (
        "Quy chế phối hợp phát triển vùng với các tỉnh Tây Nguyên và duyên hải miền Trung",
        "Đảng ủy Ủy ban nhân dân tỉnh",
        "Sở Tài chính",
        "Năm 2026",
        "Năm 2026",
        "Ngân sách tỉnh",
    ),
    (
        "Đầu tư khu xử lý chất thải rắn tập trung vùng phía Nam tỉnh",
        "Sở Nông nghiệp và Môi trường",
        "Ủy ban nhân dân các xã liên quan",
        "2027",
        "2029",
        "Vốn nhà đầu tư, ngân sách tỉnh",
    ),
    (
        "Nâng cấp cảng cá, khu neo đậu tránh trú bão Sa Huỳnh",
        "Sở Nông nghiệp và Môi trường",
        "Ủy ban nhân dân phường Sa Huỳnh",
        "2026",
        "2028",
        NSTW,
    ),
    ("III", "VĂN HÓA, XÃ HỘI"),
    (
        "Sắp xếp, quy hoạch mạng lưới trường, lớp học phù hợp với đơn vị hành chính mới",
        "Sở Giáo dục và Đào tạo",
        "Ủy ban nhân dân các xã, phường",
        "Năm 2026",
        "Năm 2027",
        "Ngân sách tỉnh",
    ),
    (
        "Xây dựng trường phổ thông nội trú liên cấp tại các xã biên giới",
        "Sở Giáo dục và Đào tạo",
        "Sở Xây dựng; Ủy ban nhân dân các xã biên giới",
        "2026",
        "2028",
        NSTW,
    ),
    (
        "Đầu tư nâng cấp Bệnh viện Đa khoa tỉnh đạt tiêu chuẩn bệnh viện hạng I",
        "Sở Y tế",
        "Sở Tài chính",
        "2026",
        "2029",
        "Ngân sách tỉnh",
    ),
    (
        "Thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân "
        "tộc thiểu số và miền núi",
        "Sở Dân tộc và Tôn giáo",
        "Các sở, ngành; Ủy ban nhân dân các xã",
        "Hằng năm",
        "Hằng năm",
        NSTW,
    ),
    (
        "Hỗ trợ xây dựng 3.000 căn nhà cho hộ nghèo, hộ cận nghèo, gia đình chính sách",
        "Đảng đoàn Ủy ban MTTQ Việt Nam tỉnh",
        "Sở Nội vụ; Ủy ban nhân dân các xã, phường",
        "Năm 2026",
        "Năm 2027",
        "Quỹ “Vì người nghèo”, xã hội hóa",
    ),
    (
        "Đề án bảo tồn, phát huy giá trị văn hóa truyền thống các dân tộc Cor, Hrê, Xơ Đăng, "
        "Ba Na, Giẻ Triêng",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Dân tộc và Tôn giáo",
        "Năm 2027",
        "Năm 2027",
        "Ngân sách tỉnh",
    ),
    (
        "Tổ chức Đại hội Thể dục thể thao tỉnh lần thứ I",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Các sở, ngành; Ủy ban nhân dân các xã, phường",
        "Quý II/2026",
        "Tháng 9/2026",
        "Ngân sách tỉnh, xã hội hóa",
    ),
    (
        "Triển khai hồ sơ sức khỏe điện tử, bệnh án điện tử tại các cơ sở khám, chữa bệnh",
        "Sở Y tế",
        "Bảo hiểm xã hội tỉnh",
        "2026",
        "2027",
        "Ngân sách tỉnh",
    ),
    (
        "Kết nối cung - cầu lao động trên nền tảng số",
        "Sở Nội vụ",
        "Các doanh nghiệp",
        "Thường xuyên",
        "Thường xuyên",
        "Ngân sách tỉnh",
    ),
    (
        "Đề án thu hút bác sĩ về công tác tại tuyến cơ sở",
        "Sở Y tế",
        "Sở Nội vụ; Sở Tài chính",
        "Quý III/2026",
        "Quý IV/2026",
        "Ngân sách tỉnh",
    ),
    (
        "Chương trình phòng, chống ma túy trong trường học",
        "Sở Giáo dục và Đào tạo",
        "Công an tỉnh",
        "Hằng năm",
        "Hằng năm",
        "Ngân sách tỉnh",
    ),
    ("IV", "QUỐC PHÒNG, AN NINH, ĐỐI NGOẠI"),
    (
        "Diễn tập khu vực phòng thủ tỉnh",
        "Đảng ủy Quân sự tỉnh",
        "Đảng ủy Công an tỉnh; các sở, ngành",
        "Năm 2027",
        "Năm 2027",
        "Ngân sách tỉnh",
    ),
    (
        "Xây dựng lực lượng dân quân tự vệ vững mạnh, rộng khắp",
        "Đảng ủy Quân sự tỉnh",
        "Ủy ban nhân dân các xã, phường",
        "Hằng năm",
        "Hằng năm",
        "Ngân sách tỉnh",
    ),
    (
        "Bảo đảm an ninh, trật tự tuyến biên giới, biển, đảo; đấu tranh với tội phạm ma túy",
        "Đảng ủy Công an tỉnh",
        "Đảng ủy Bộ đội Biên phòng tỉnh",
        "Thường xuyên",
        "Thường xuyên",
        NSTW,
    ),
    (
        "Chương trình hợp tác với các tỉnh Nam Lào và Đông Bắc Campuchia",
        "Sở Ngoại vụ",
        "Sở Công Thương",
        "2026",
        "2030",
        "Ngân sách tỉnh",
    ),
    (
        "Xây dựng phương án phòng thủ dân sự, ứng phó thiên tai, thảm họa cấp tỉnh",
        "Bộ Chỉ huy Quân sự tỉnh",
        "Sở Nông nghiệp và Môi trường",
        "Quý I/2026",
        "Quý II/2026",
        "Ngân sách tỉnh",
    ),
    ("V", "XÂY DỰNG CHÍNH QUYỀN, CẢI CÁCH HÀNH CHÍNH"),
    (
        "Hoàn thiện tổ chức bộ máy chính quyền địa phương hai cấp",
        "Đảng ủy Ủy ban nhân dân tỉnh",
        "Sở Nội vụ",
        "Quý IV/2025",
        "Quý II/2026",
        "Ngân sách tỉnh",
    ),
    (
        "Xây dựng Trung tâm dữ liệu tỉnh, kết nối với cơ sở dữ liệu quốc gia",
        "Sở Khoa học và Công nghệ",
        "Công an tỉnh",
        "Năm 2026",
        "Năm 2027",
        "Ngân sách tỉnh",
    ),
    (
        "Số hóa 100% hồ sơ thủ tục hành chính còn hiệu lực",
        "Văn phòng Ủy ban nhân dân tỉnh",
        "Trung tâm Phục vụ hành chính công tỉnh",
        "Quý I/2026",
        "Năm 2026",
        "Ngân sách tỉnh",
    ),
    (
        "Đo lường sự hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành "
        "chính",
        "Sở Nội vụ",
        "Ủy ban nhân dân các xã, phường",
        "Hằng năm",
        "Hằng năm",
        "Ngân sách tỉnh",
    ),
    (
        "Lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp "
        "nhiệm kỳ 2026 - 2031",
        "Đảng đoàn Hội đồng nhân dân tỉnh",
        "Đảng đoàn Ủy ban MTTQ Việt Nam tỉnh; Sở Nội vụ",
        "Quý IV/2025",
        "Quý II/2026",
        NSTW,
    ),
    (
        "Tiếp công dân, giải quyết khiếu nại, tố cáo ngay từ cơ sở",
        "Thanh tra tỉnh",
        "Ban Nội chính Tỉnh ủy",
        "Thường xuyên",
        "Thường xuyên",
        "Ngân sách tỉnh",
    ),
    (
        "Triển khai nền tảng số theo dõi, đánh giá việc thực hiện nhiệm vụ được giao",
        "Văn phòng Ủy ban nhân dân tỉnh",
        "Sở Khoa học và Công nghệ",
        "Năm 2026",
        "Năm 2026",
        "Ngân sách tỉnh",
    ),
    (
        "Sắp xếp, tổ chức lại các đơn vị sự nghiệp công lập",
        "Sở Nội vụ",
        "Các sở, ngành",
        "2026",
        "Theo chỉ đạo của Trung ương",
        "Ngân sách tỉnh",
    ),
    (
        "Tổng kết thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I",
        "Văn phòng Tỉnh ủy",
        "Các ban đảng, đảng bộ trực thuộc",
        "Quý II/2030",
        "Quý III/2030",
        "Ngân sách tỉnh",
    ),
]


def qn_row(fragment: str) -> int:
    """The running number of the key-task row whose name contains ``fragment``."""
    rows = [r for r in QN_ROWS if len(r) > 2]
    return next(i for i, r in enumerate(rows, 1) if fragment in r[0])


def make_quang_ngai(out: Path, docx_dir: Path) -> dict:
    doc = new_document(size=14, after=8, line=1.5)
    page_numbers_top(doc.sections[0])
    layout_table(
        doc,
        [
            ("TỈNH ỦY QUẢNG NGÃI", {"bold": True}),
            ("*", {}),
            ("Số 08-CTr/TU", {}),
        ],
        [
            ("ĐẢNG CỘNG SẢN VIỆT NAM", {"bold": True, "underline": True, "size": 15}),
            ("", {}),
            ("Quảng Ngãi, ngày 25 tháng 11 năm 2025", {"italic": True}),
        ],
        widths=(6.5, 10.0),
        size=14,
    )
    paragraph(doc, "CHƯƠNG TRÌNH HÀNH ĐỘNG", bold=True, size=16, align=C, before=18, after=0)
    paragraph(
        doc,
        "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I,\nnhiệm kỳ 2025 - 2030",
        bold=True,
        align=C,
        after=0,
    )
    paragraph(doc, "-----", align=C, after=12)
    for text in (
        "Đại hội đại biểu Đảng bộ tỉnh Quảng Ngãi lần thứ I, nhiệm kỳ 2025 - 2030 - đại hội đầu "
        "tiên của Đảng bộ tỉnh sau hợp nhất - đã thảo luận, thống nhất đánh giá kết quả thực "
        "hiện Nghị quyết nhiệm kỳ trước, xác định phương hướng, mục tiêu, nhiệm vụ và các giải "
        "pháp chủ yếu phát triển tỉnh trong 5 năm tới, với ba khâu đột phá về hạ tầng chiến "
        "lược, nguồn nhân lực và chuyển đổi số.",
        "Để Nghị quyết Đại hội sớm đi vào cuộc sống, Ban Chấp hành Đảng bộ tỉnh ban hành "
        "Chương trình hành động với những nội dung chủ yếu như sau:",
    ):
        paragraph(doc, text, align=J, first_line=1.0)
    for block in QN_BLOCKS:
        text = block_lines(block)
        if block.kind == "node" and block.level == 0:
            first, second = text.split("\n")
            paragraph(doc, first, bold=True, align=C, before=12, after=0, keep_next=True)
            paragraph(doc, second, bold=True, align=C, after=6, keep_next=True)
        elif block.kind == "node" and block.opts.get("para_node"):
            number, _, rest = text.partition(" ")
            paragraph(doc, [(number + " ", {"bold": True}), (rest, {})], align=J, first_line=1.0)
        elif block.kind == "node":
            paragraph(
                doc,
                text,
                bold=True,
                italic=block.level == 4,
                align=J,
                first_line=1.0,
                keep_next=True,
            )
        else:
            paragraph(doc, text, align=J, first_line=1.0)
    paragraph(
        doc,
        "Chương trình hành động này được phổ biến đến chi bộ và cán bộ, đảng viên trong Đảng "
        "bộ tỉnh./.",
        align=J,
        first_line=1.0,
    )
    layout_table(
        doc,
        [("Nơi nhận:", {"align": L, "underline": True, "size": 14})]
        + [(r, {"align": L, "size": 12}) for r in QN_RECIPIENTS],
        [
            ("T/M TỈNH ỦY", {"bold": True}),
            ("BÍ THƯ", {"bold": True}),
            ("", {}),
            ("", {}),
            ("", {}),
            ("Hồ Quang Bửu", {"bold": True}),
        ],
        widths=(8.5, 8.0),
        size=14,
    )
    landscape_section(doc)
    paragraph(doc, "PHỤ LỤC", bold=True, align=C, after=0)
    paragraph(
        doc,
        "DANH MỤC NHIỆM VỤ TRỌNG TÂM THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG",
        bold=True,
        align=C,
        after=0,
    )
    paragraph(
        doc,
        "(Kèm theo Chương trình hành động số 08-CTr/TU, ngày 25/11/2025 của Tỉnh ủy)",
        italic=True,
        align=C,
        after=8,
    )
    widths = [1.2, 8.6, 4.6, 5.2, 2.5, 2.5, 3.4]
    n_rows = len(QN_ROWS)
    table = doc.add_table(rows=2 + n_rows, cols=7)
    grid_borders(table)
    set_widths(table, widths)
    top, bottom = table.rows[0].cells, table.rows[1].cells
    for col, text in enumerate(
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "", "Nguồn lực"]
    ):
        if text:
            cell_text(top[col], text, size=13, bold=True, align=C)
    cell_text(bottom[4], "Bắt đầu", size=13, bold=True, align=C)
    cell_text(bottom[5], "Hoàn thành", size=13, bold=True, align=C)
    for col in (0, 1, 2, 3, 6):
        table.cell(0, col).merge(table.cell(1, col))
    table.cell(0, 4).merge(table.cell(0, 5))
    row_flag(table.rows[0], "w:tblHeader")
    row_flag(table.rows[1], "w:tblHeader")
    number = 0
    for r, row in enumerate(QN_ROWS):
        cells = table.rows[r + 2].cells
        if len(row) == 2:
            merged = table.cell(r + 2, 0).merge(table.cell(r + 2, 6))
            cell_text(merged, f"{row[0]}. {row[1]}", size=13, bold=True)
            continue
        number += 1
        name, lead, partners, start, end, resources = row
        for col, (text, align) in enumerate(
            [
                (str(number), C),
                (name, J),
                (lead, L),
                (partners, L),
                (start, C),
                (end, C),
                (resources, L),
            ]
        ):
            cell_text(cells[col], text, size=13, align=align)
    docx_path = docx_dir / "tinh_uy_quang_ngai.docx"
    save_docx(doc, docx_path, "Văn phòng Tỉnh ủy Quảng Ngãi", "Chương trình hành động")
    pdf = to_pdf(docx_path, out)

    key_tasks = []
    for row in QN_ROWS:
        if len(row) == 2:
            continue
        name, lead, partners, start, end, resources = row
        key_tasks.append(task(len(key_tasks) + 1, name, lead, partners, start, end, resources))
    t = target
    targets = [
        t("II.II.1", "tốc độ tăng trưởng GRDP bình quân", 10, "%", recurrence="annual"),
        t("II.II.1", "GRDP bình quân đầu người", 8500, "USD", year=2030),
        t("II.II.1", "tỷ trọng công nghiệp - xây dựng trong cơ cấu kinh tế", 48, "%", "=", 2030),
        t("II.II.1", "tỷ trọng dịch vụ trong cơ cấu kinh tế", 37, "%", "=", 2030),
        t(
            "II.II.1",
            "tỷ trọng nông, lâm nghiệp và thủy sản trong cơ cấu kinh tế",
            10,
            "%",
            "=",
            2030,
        ),
        t(
            "II.II.1",
            "tổng vốn đầu tư toàn xã hội giai đoạn 2026 - 2030",
            550000,
            "tỷ đồng",
            year=2030,
        ),
        t("II.II.1", "thu ngân sách nhà nước trên địa bàn", 45000, "tỷ đồng", year=2030),
        t("II.II.1", "tỷ lệ đô thị hóa", 40, "%", year=2030),
        t("II.II.1", "tỷ trọng kinh tế số trong GRDP", 20, "%", year=2030),
        t("II.II.2", "tỷ lệ lao động qua đào tạo", 75, "%", year=2030),
        t("II.II.2", "tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", 35, "%", year=2030),
        t("II.II.2", "lao động được giải quyết việc làm", 35000, "lao động", recurrence="annual"),
        t(
            "II.II.2",
            "mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều bình quân",
            1.5,
            "%",
            recurrence="annual",
        ),
        t("II.II.2", "bác sĩ trên 1 vạn dân", 15, "bác sĩ", year=2030),
        t("II.II.2", "giường bệnh trên 1 vạn dân", 38, "giường bệnh", year=2030),
        t("II.II.2", "tỷ lệ dân số tham gia bảo hiểm y tế", 97, "%", year=2030),
        t("II.II.2", "tỷ lệ trường công lập đạt chuẩn quốc gia", 80, "%", year=2030),
        t("II.II.3", "tỷ lệ che phủ rừng", 52, "%", year=2030),
        t(
            "II.II.3",
            "tỷ lệ chất thải rắn sinh hoạt ở đô thị được thu gom, xử lý",
            98,
            "%",
            year=2030,
        ),
        t(
            "II.II.3",
            "tỷ lệ chất thải rắn sinh hoạt ở nông thôn được thu gom, xử lý",
            85,
            "%",
            year=2030,
        ),
        t(
            "II.II.3",
            "khu công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung đạt quy chuẩn",
            100,
            "%",
            year=2030,
        ),
        t(
            "II.II.4",
            "tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ",
            90,
            "%",
            recurrence="annual",
        ),
        t("II.II.4", "đảng viên mới được kết nạp", 2500, "đảng viên", recurrence="annual"),
        t(
            "II.II.4",
            "tổ chức cơ sở đảng được kiểm tra, giám sát trong nhiệm kỳ",
            100,
            "%",
            year=2030,
        ),
        t(
            f"appendix:{qn_row('Trồng mới 8.000 ha')}",
            "rừng gỗ lớn có chứng chỉ quản lý rừng bền vững được trồng mới",
            8000,
            "ha",
            year=2030,
        ),
        t(
            f"appendix:{qn_row('Hỗ trợ xây dựng 3.000')}",
            "nhà cho hộ nghèo, hộ cận nghèo, gia đình chính sách được hỗ trợ xây dựng",
            3000,
            "căn nhà",
            year=2027,
        ),
        t(
            f"appendix:{qn_row('Số hóa 100%')}",
            "hồ sơ thủ tục hành chính còn hiệu lực được số hóa",
            100,
            "%",
            year=2026,
        ),
    ]
    note = (
        "A provincial Party committee's action program (Party layout, 'Số 08-CTr/TU', signed "
        "'T/M TỈNH ỦY / BÍ THƯ'), about 30 pages made by LibreOffice from a generated .docx. "
        "Parts are printed on two lines ('PHẦN THỨ NHẤT' then the title); their numbers are "
        "I, II, III. Part II has sections 'I.', 'II.', 'III.' (so paths like 'II.III.1.2.3'), "
        "then '1.', '1.1.', '1.1.1.' (the deepest in italics). Titles of paragraph-only nodes "
        "are their paragraph text. '+' lines belong to the '-' bullet above them. Page numbers "
        "at the top of pages 2 and on. Targets: 'bình quân giai đoạn 2026 - 2030 đạt từ "
        "10%/năm', 'mỗi năm', 'hằng năm', 'giảm bình quân 1,5%/năm' are yearly ('annual', year "
        "null); the shares of the economy ('chiếm 48%', '37%', '10%') are '='; '15 bác sĩ và "
        "38 giường bệnh trên 1 vạn dân' are two targets with units 'bác sĩ' and 'giường "
        "bệnh'; 'ba khâu đột phá', '5 năm tới', 'Ban Chỉ đạo 35', 'hạng I', resolution numbers "
        "and dates are not targets; 'tổng vốn đầu tư … giai đoạn 2026 - 2030' is due by 2030. "
        "Key-task table (landscape, ruled): two header rows ('Thời gian' merged over 'Bắt "
        "đầu' / 'Hoàn thành', the other header cells merged down), repeated on every page; "
        "group rows 'I. XÂY DỰNG ĐẢNG …' to 'V. …' merged across all columns are not tasks; "
        f"rows are numbered 1..{len(key_tasks)} continuously across the groups, and rows may "
        f"break across pages. Row {qn_row('điện gió')}'s end is empty (start 'Theo chỉ đạo "
        f"của Trung ương'); row {qn_row('sự nghiệp công lập')} ends 'Theo chỉ đạo của Trung "
        "ương'; times include a bare year ('2026'), a date ('30/6/2028'), 'Tháng 9/2026'. "
        f"Targets stated in the table only: rows {qn_row('Trồng mới 8.000 ha')} (8.000 ha), "
        f"{qn_row('Hỗ trợ xây dựng 3.000')} (3.000 căn nhà), {qn_row('Số hóa 100%')} (100%)."
    )
    data = gold(
        source="tinh_uy_quang_ngai.pdf",
        note=note,
        issuer="Ban Chấp hành Đảng bộ tỉnh Quảng Ngãi",
        number="08-CTr/TU",
        date="2025-11-25",
        term=(2025, 2030),
        signed_by=("T/M Tỉnh ủy", "Bí thư", "Hồ Quang Bửu"),
        recipients=QN_RECIPIENTS,
        blocks=QN_BLOCKS,
        key_tasks=key_tasks,
        targets=targets,
        value_text={
            ("II.II.1", "tốc độ tăng trưởng GRDP bình quân"): "10%",
            ("II.II.1", "tỷ trọng nông, lâm nghiệp và thủy sản trong cơ cấu kinh tế"): "10%",
            ("II.II.2", "mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều bình quân"): "1,5%",
        },
    )
    if pdf is None:
        return {}
    return {"tinh_uy_quang_ngai.pdf": data}


# =============================================================================================
DOCUMENTS = {
    "xa_phu_thanh_dong": make_phu_thanh_dong,
    "phuong_tan_an_tb": make_tan_an,
    "lam_dong_de_an": make_lam_dong,
    "huyen_hung_long": make_hung_long,
    "tinh_uy_quang_ngai": make_quang_ngai,
}
NEEDS_DOCX_DIR = {"tinh_uy_quang_ngai"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATA, help="output folder")
    parser.add_argument("--only", help="make only this document (its stem)")
    parser.add_argument("--docx-dir", type=Path, help="keep the .docx behind each PDF here")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    docx_dir = args.docx_dir or Path(tempfile.mkdtemp())
    docx_dir.mkdir(parents=True, exist_ok=True)
    for name, make in DOCUMENTS.items():
        if args.only and args.only != name:
            continue
        made = make(args.out, docx_dir) if name in NEEDS_DOCX_DIR else make(args.out)
        for source, data in made.items():
            validate_gold(data)
            stem = source.rsplit(".", 1)[0]
            write_gold(args.out / f"{stem}.gold.json", data)
            print(args.out / source)


if __name__ == "__main__":
    main()
