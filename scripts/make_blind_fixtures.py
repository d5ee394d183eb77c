"""Generate the "blind" import fixture phuong_song_cam.docx in hanhdong/imports/tests/data/.

    python scripts/make_blind_fixtures.py [--out DIR]

The document is invented (ward, people and wording are made up) and was written without
looking at the importer, to find layouts it has not been tuned for. Its gold file
`phuong_song_cam.gold.json` is written by hand: if you change the text or the table here,
update the gold file too. Needs python-docx (`pip install python-docx`), which is not a
dependency of hanhdong itself. (`xa_tan_phong.txt`, the other blind fixture, is a static
text file and is not generated here.)

Layout features of the .docx:
  * header and signature block are paragraphs whose two columns are separated by TAB
    characters and tab stops (no layout tables);
  * parts "I.", "II.", "III." and areas "1." are typed as text;
  * sub-areas use Word automatic multilevel numbering (level 1, lvlText "%1.%2."), so
    "1.1.", "4.2." are not in the paragraph text. Under area 1 the numbering comes from the
    paragraph style "Tiểu mục" (numPr in the style); under area 4 from a direct numPr on a
    second list whose level 0 starts at 4 (w:start in its abstractNum and a startOverride
    in its w:num), so the first level-1 paragraph renders "4.1.";
  * bullets are typed "- " (one is typed "-" followed by a TAB);
  * the key-task table has two header rows with merged cells (vertical merges for TT,
    Nhiệm vụ, Ghi chú; horizontal merges "Cơ quan" and "Thời gian"), a vertically merged
    "Chủ trì" cell over rows 3-5, and a time cell merged across "Bắt đầu"/"Hoàn thành"
    in rows 6 and 7. The last column is "Ghi chú" (notes), not funding sources.
"""

import argparse
import sys
from pathlib import Path

try:
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Cm, Pt
except ImportError:  # pragma: no cover - a helper script, not part of the app
    sys.exit("python-docx is needed: pip install python-docx")

DATA = Path(__file__).resolve().parent.parent / "hanhdong" / "imports" / "tests" / "data"
FONT = "Times New Roman"
ABSTRACT_ID = 90
NUM_AREA1 = 90  # sub-areas 1.1-1.3 (through the style)
NUM_AREA4 = 91  # sub-areas 4.1-4.2 (direct numPr, level 0 starts at 4)

# ---------------------------------------------------------------------------------------------
# Body. Tags:  H = part / area heading (bold), S = sub-area (style "Tiểu mục", automatic
# number; "S4" uses the second numbering instance), P = body paragraph (typed numbers and
# typed "- " bullets are part of the text).
BODY = [
    (
        "P",
        "Ngày 28 tháng 9 năm 2025, Đại hội đại biểu Đảng bộ phường Sông Cầm lần thứ I, nhiệm kỳ "
        "2025 - 2030 đã thành công tốt đẹp, thông qua Nghị quyết với mục tiêu xây dựng phường "
        "Sông Cầm phát triển năng động, văn minh, hiện đại, đáng sống.",
    ),
    (
        "P",
        "Để Nghị quyết sớm đi vào cuộc sống, Ban Thường vụ Đảng ủy phường Sông Cầm xây dựng "
        "Chương trình hành động thực hiện Nghị quyết như sau:",
    ),
    ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
    (
        "P",
        "1. Tổ chức quán triệt, tuyên truyền sâu rộng Nghị quyết Đại hội đến cán bộ, đảng viên và "
        "Nhân dân trên địa bàn phường, tạo sự thống nhất cao về ý chí và hành động.",
    ),
    (
        "P",
        "2. Xác định rõ những nhiệm vụ trọng tâm, giải pháp đột phá, lộ trình thực hiện và phân "
        "công trách nhiệm cụ thể cho từng cơ quan, đơn vị, cá nhân.",
    ),
    (
        "P",
        "3. Gắn việc thực hiện Chương trình với công tác kiểm tra, giám sát; định kỳ sơ kết, đánh "
        "giá, kịp thời điều chỉnh cho phù hợp với thực tiễn.",
    ),
    ("H", "II. NHIỆM VỤ, GIẢI PHÁP"),
    ("H", "1. Về xây dựng Đảng và hệ thống chính trị"),
    ("S", "Công tác chính trị, tư tưởng"),
    (
        "P",
        "- Nâng cao chất lượng học tập, quán triệt nghị quyết của Đảng; đổi mới hình thức sinh "
        "hoạt chính trị theo hướng thiết thực, gắn với nhiệm vụ của từng chi bộ.",
    ),
    (
        "P",
        "- Tăng cường nắm bắt tình hình tư tưởng cán bộ, đảng viên và dư luận xã hội tại các tổ "
        "dân phố; kịp thời giải quyết những vấn đề bức xúc phát sinh từ cơ sở.",
    ),
    (
        "P",
        "- Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với xây "
        "dựng văn hóa công sở văn minh, thân thiện.",
    ),
    ("S", "Công tác tổ chức, cán bộ và đảng viên"),
    (
        "P",
        "- Sắp xếp, kiện toàn các chi bộ tổ dân phố phù hợp với quy mô dân số và địa bàn sau "
        "sáp nhập.",
    ),
    (
        "P",
        "- Chú trọng công tác phát triển đảng viên, hằng năm kết nạp từ 10 đảng viên mới trở "
        "lên, ưu tiên đoàn viên ưu tú, người lao động trong doanh nghiệp.",
    ),
    (
        "P",
        "- Thực hiện nghiêm các quy định về đánh giá, xếp loại cán bộ theo kết quả, sản phẩm "
        "cụ thể.",
    ),
    ("S", "Công tác kiểm tra, giám sát và công tác dân vận"),
    (
        "P",
        "- Tập trung kiểm tra, giám sát việc quản lý đất đai, trật tự xây dựng, thu, chi ngân "
        "sách và thực hiện quy chế dân chủ ở cơ sở.",
    ),
    (
        "P",
        "-\tPhát huy vai trò của Mặt trận Tổ quốc và các đoàn thể trong giám sát, phản biện xã "
        "hội; thực hiện tốt phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, "
        "dân thụ hưởng”.",
    ),
    ("H", "2. Về phát triển kinh tế"),
    (
        "P",
        "Phát triển kinh tế phường theo hướng thương mại, dịch vụ là chủ đạo; phấn đấu đến năm "
        "2030 tổng thu ngân sách nhà nước trên địa bàn đạt từ 185 tỷ đồng trở lên.",
    ),
    (
        "P",
        "- Thu hút đầu tư vào các lĩnh vực thương mại, dịch vụ chất lượng cao; hình thành tuyến "
        "phố ẩm thực, phố đi bộ ven sông Cầm.",
    ),
    (
        "P",
        "- Cải thiện môi trường đầu tư kinh doanh; hỗ trợ doanh nghiệp nhỏ và vừa tiếp cận vốn, "
        "mặt bằng sản xuất; phấn đấu mỗi năm có thêm ít nhất 12 doanh nghiệp thành lập mới.",
    ),
    (
        "P",
        "- Khuyến khích hộ kinh doanh ứng dụng thanh toán không dùng tiền mặt, thương mại điện tử.",
    ),
    (
        "P",
        "- Quản lý chặt chẽ nguồn thu, chống thất thu ngân sách; thực hiện tiết kiệm chi thường "
        "xuyên.",
    ),
    ("H", "3. Về quản lý đô thị, tài nguyên và môi trường"),
    (
        "P",
        "- Quản lý chặt chẽ quy hoạch, trật tự xây dựng; xử lý kịp thời các công trình xây dựng "
        "sai phép, không phép.",
    ),
    (
        "P",
        "- Hoàn thiện hạ tầng cấp nước sạch; đến năm 2027, 100% hộ dân trên địa bàn phường được "
        "sử dụng nước sạch.",
    ),
    (
        "P",
        "- Thực hiện phân loại rác thải tại nguồn; tăng diện tích cây xanh, công viên, không gian "
        "công cộng.",
    ),
    ("P", "- Chủ động phòng, chống thiên tai, ngập úng trong mùa mưa bão."),
    ("H", "4. Về văn hóa - xã hội"),
    (
        "P",
        "Phát triển văn hóa - xã hội hài hòa với phát triển kinh tế; chăm lo ngày càng tốt hơn "
        "đời sống vật chất, tinh thần của Nhân dân.",
    ),
    ("S4", "Giáo dục, đào tạo và y tế"),
    (
        "P",
        "- Đầu tư cơ sở vật chất trường học theo hướng chuẩn hóa, hiện đại; phấn đấu 100% trường "
        "công lập trên địa bàn đạt chuẩn quốc gia trong nhiệm kỳ.",
    ),
    (
        "P",
        "- Nâng cao chất lượng dạy và học ngoại ngữ, tin học; phát triển phong trào khuyến học, "
        "khuyến tài, xây dựng xã hội học tập.",
    ),
    (
        "P",
        "- Thực hiện tốt công tác y tế dự phòng, chăm sóc sức khỏe ban đầu; quản lý hồ sơ sức "
        "khỏe điện tử của người dân.",
    ),
    ("S4", "An sinh xã hội"),
    (
        "P",
        "- Thực hiện đầy đủ chính sách đối với người có công, hộ nghèo, hộ cận nghèo và các đối "
        "tượng yếu thế.",
    ),
    ("P", "- Hỗ trợ sinh kế, tạo việc làm, giảm tỷ lệ hộ cận nghèo xuống dưới 1% vào năm 2028."),
    ("H", "5. Về quốc phòng, an ninh"),
    (
        "P",
        "- Xây dựng khu vực phòng thủ vững chắc; củng cố lực lượng dân quân tự vệ, dự bị động "
        "viên.",
    ),
    (
        "P",
        "- Thực hiện tốt công tác tuyển quân, hoàn thành 100% chỉ tiêu gọi công dân nhập ngũ "
        "hằng năm.",
    ),
    (
        "P",
        "- Giữ vững an ninh chính trị, trật tự an toàn xã hội; phòng ngừa, đấu tranh với tội "
        "phạm, tệ nạn xã hội và vi phạm trật tự an toàn giao thông.",
    ),
    ("H", "6. Về xây dựng chính quyền, cải cách hành chính và chuyển đổi số"),
    (
        "P",
        "- Xây dựng chính quyền đô thị chuyên nghiệp, hiện đại, phục vụ Nhân dân; công khai, minh "
        "bạch thủ tục hành chính.",
    ),
    (
        "P",
        "- Đẩy mạnh chuyển đổi số, xây dựng các nền tảng dữ liệu dùng chung của phường; khuyến "
        "khích người dân sử dụng dịch vụ công trực tuyến.",
    ),
    ("P", "- Nâng cao tinh thần trách nhiệm, đạo đức công vụ của đội ngũ cán bộ, công chức."),
    ("H", "III. TỔ CHỨC THỰC HIỆN"),
    (
        "P",
        "1. Các chi bộ trực thuộc tổ chức quán triệt Chương trình hành động này và xây dựng kế "
        "hoạch thực hiện của chi bộ, hoàn thành trong tháng 12/2025.",
    ),
    ("P", "2. Ủy ban nhân dân phường"),
    (
        "P",
        "- Cụ thể hóa Chương trình bằng kế hoạch phát triển kinh tế - xã hội hằng năm; phân công "
        "rõ cơ quan chủ trì, thời hạn hoàn thành.",
    ),
    ("P", "- Định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện với Ban Thường vụ Đảng ủy."),
    (
        "P",
        "3. Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội tuyên "
        "truyền, vận động đoàn viên, hội viên và Nhân dân thực hiện Chương trình; giám sát việc "
        "thực hiện của cán bộ, đảng viên.",
    ),
    (
        "P",
        "4. Văn phòng Đảng ủy theo dõi, đôn đốc, tổng hợp tình hình thực hiện; tham mưu Ban "
        "Thường vụ sơ kết, tổng kết theo quy định.",
    ),
    (
        "P",
        "Trong quá trình thực hiện, nếu có vướng mắc, các chi bộ, cơ quan, đơn vị kịp thời báo "
        "cáo Ban Thường vụ Đảng ủy phường để xem xét, chỉ đạo./.",
    ),
]

RECIPIENTS = [
    "- Ban Thường vụ Tỉnh ủy (để b/c),",
    "- Các đồng chí Ủy viên Ban Chấp hành Đảng bộ phường,",
    "- Thường trực HĐND, UBND phường,",
    "- Ủy ban MTTQ Việt Nam phường,",
    "- Các chi bộ trực thuộc,",
    "- Lưu Văn phòng Đảng ủy.",
]
SIGNER = "Trần Thị Minh Thư"

# Key-task rows: TT, Nhiệm vụ (a list = several paragraphs), Chủ trì, Phối hợp, Bắt đầu,
# Hoàn thành, Ghi chú. MERGE_DOWN marks a cell merged with the one above; a time given as
# ("SPAN", text) is one cell across Bắt đầu and Hoàn thành.
MERGE_DOWN = object()
ROWS = [
    [
        "1.",
        "Tổ chức học tập, quán triệt Nghị quyết Đại hội và Chương trình hành động đến cán bộ, "
        "đảng viên và Nhân dân",
        "Ban Tuyên giáo và Dân vận",
        "Các chi bộ trực thuộc",
        "Tháng 11/2025",
        "Tháng 12/2025",
        "Báo cáo kết quả về Ban Thường vụ",
    ],
    [
        "2.",
        "Kiện toàn tổ chức bộ máy các cơ quan, đơn vị trong hệ thống chính trị phường",
        "Ban Xây dựng Đảng",
        "Các cơ quan, đơn vị",
        "Quý IV/2025",
        "Theo chỉ đạo của Tỉnh ủy",
        "",
    ],
    [
        "3.",
        "Xây dựng và đưa vào hoạt động Trung tâm Phục vụ hành chính công phường theo mô hình "
        "hiện đại",
        "Ủy ban nhân dân phường",
        "Công an phường, Văn phòng HĐND và UBND phường",
        "Quý I/2026",
        "30/9/2026",
        "Kinh phí theo dự toán được duyệt",
    ],
    [
        "4.",
        "Chỉnh trang, lát lại 3,6 km vỉa hè trên các tuyến phố chính",
        MERGE_DOWN,
        "Các tổ dân phố",
        "Quý II/2026",
        "Quý IV/2027",
        "Lồng ghép chương trình chỉnh trang đô thị",
    ],
    [
        "5.",
        [
            "Cải tạo hệ thống thoát nước ở các khu dân cư cũ.",
            "Xử lý dứt điểm các điểm ngập úng cục bộ khi mưa lớn.",
        ],
        MERGE_DOWN,
        "Các tổ dân phố",
        "Năm 2026",
        "Năm 2028",
        "",
    ],
    [
        "6.",
        "Hoàn thành 100% chỉ tiêu gọi công dân nhập ngũ",
        "Ban Chỉ huy Quân sự phường",
        "Công an phường, các tổ dân phố",
        ("SPAN", "Hằng năm"),
        None,
        "Báo cáo sau mỗi đợt giao quân",
    ],
    [
        "7.",
        "Duy trì, nâng cao chất lượng phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”",
        "Ủy ban MTTQ Việt Nam phường",
        "Các đoàn thể, các tổ dân phố",
        ("SPAN", "Thường xuyên"),
        None,
        "",
    ],
    [
        "8.",
        "Xây dựng Trường Tiểu học Sông Cầm đạt chuẩn quốc gia mức độ 2",
        "Ủy ban nhân dân phường",
        "Phòng Văn hóa - Xã hội",
        "Năm 2027",
        "Năm 2028",
        "Trình cấp có thẩm quyền công nhận",
    ],
    [
        "9.",
        "Sơ kết giữa nhiệm kỳ thực hiện Chương trình hành động",
        "Văn phòng Đảng ủy",
        "Các cơ quan, đơn vị",
        "Tháng 6/2028",
        "Tháng 6/2028",
        "",
    ],
]
WIDTHS_CM = [1.2, 8.0, 3.6, 4.0, 2.6, 2.6, 3.4]


# ---------------------------------------------------------------------------------------------
def set_font(run, size=None, bold=None, italic=None):
    run.font.name = FONT
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), FONT)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic


def add_runs(paragraph, parts, size=None):
    """parts: list of (text, bold, italic); a text may contain TAB characters."""
    for text, bold, italic in parts:
        set_font(paragraph.add_run(text), size, bold, italic)


def new_document():
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)
    normal.element.get_or_add_rPr()
    rfonts = normal.element.rPr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        normal.element.rPr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), FONT)
    pf = normal.paragraph_format
    pf.space_after = Pt(4)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.15
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(1.5)
    return doc


def abstract_num(abstract_id, nsid, start0):
    lvls = []
    for ilvl, text in enumerate(["%1.", "%1.%2.", "%1.%2.%3."]):
        start = start0 if ilvl == 0 else 1
        lvls.append(
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="decimal"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:suff w:val="space"/>'
            f'<w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr>'
            f"<w:rPr><w:b/></w:rPr></w:lvl>"
        )
    return parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:nsid w:val="{nsid}"/><w:multiLevelType w:val="multilevel"/>'
        f'<w:tmpl w:val="0409001F"/>{"".join(lvls)}</w:abstractNum>'
    )


def add_numbering(doc):
    """Multilevel lists "%1." / "%1.%2." / "%1.%2.%3.": one for the sub-areas of area 1
    (level 0 starts at 1) and one for those of area 4 (level 0 starts at 4, as Word's
    "Set Numbering Value" leaves it). Level 0 is never used by a paragraph: the area
    numbers are typed, so a level-1 paragraph shows level 0's start value."""
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    for abstract in (
        abstract_num(ABSTRACT_ID, "5C2A19E4", 1),
        abstract_num(ABSTRACT_ID + 1, "2B7D0A61", 4),
    ):
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{NUM_AREA1}">'
            f'<w:abstractNumId w:val="{ABSTRACT_ID}"/></w:num>'
        )
    )
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{NUM_AREA4}">'
            f'<w:abstractNumId w:val="{ABSTRACT_ID + 1}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>'
        )
    )


def set_numpr(ppr, num_id, ilvl):
    """Add w:numPr to a w:pPr (python-docx keeps the schema order of the children)."""
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = num_id


def add_subarea_style(doc):
    style = doc.styles.add_style("Tiểu mục", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.font.bold = True
    style.font.italic = True
    style.paragraph_format.keep_with_next = True
    ppr = style.element.get_or_add_pPr()
    set_numpr(ppr, NUM_AREA1, 1)
    return style


def body_paragraph(doc, text, bold=False, first_line=True):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if first_line:
        p.paragraph_format.first_line_indent = Cm(1.0)
    if text.startswith("-\t"):
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.5))
    add_runs(p, [(text, bold, False)])
    return p


def add_header(doc):
    left, right = Cm(4.0), Cm(11.8)
    lines = [
        [("\tĐẢNG BỘ TỈNH NGHỆ AN\t", False, False), ("ĐẢNG CỘNG SẢN VIỆT NAM", True, False)],
        [("\tĐẢNG ỦY PHƯỜNG SÔNG CẦM", True, False)],
        [("\t*\t", False, False), ("Sông Cầm, ngày 05 tháng 11 năm 2025", False, True)],
        [("\tSố 12-CTr/ĐU", False, False)],
    ]
    for parts in lines:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(left, WD_TAB_ALIGNMENT.CENTER)
        p.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.CENTER)
        add_runs(p, parts, size=13)
    doc.add_paragraph()
    for text, bold in [
        ("CHƯƠNG TRÌNH HÀNH ĐỘNG", True),
        (
            "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ phường Sông Cầm lần thứ I, "
            "nhiệm kỳ 2025 - 2030",
            True,
        ),
        ("-----", False),
    ]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_runs(p, [(text, bold, False)])


def add_body(doc):
    for tag, text in BODY:
        if tag == "H":
            p = body_paragraph(doc, text, bold=True)
            p.paragraph_format.keep_with_next = True
        elif tag in ("S", "S4"):
            p = doc.add_paragraph(style="Tiểu mục")
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if tag == "S4":
                set_numpr(p._p.get_or_add_pPr(), NUM_AREA4, 1)
            add_runs(p, [(text, None, None)])
        else:
            body_paragraph(doc, text)


def add_signature(doc):
    tab = Cm(12.2)
    lines = [
        [("Nơi nhận:", True, True), ("\t", False, False), ("T/M BAN THƯỜNG VỤ", True, False)],
        [(RECIPIENTS[0], False, False), ("\t", False, False), ("BÍ THƯ", True, False)],
    ]
    lines += [[(r, False, False)] for r in RECIPIENTS[1:]]
    lines += [[("", False, False)], [("\t" + SIGNER, True, False)]]
    doc.add_paragraph()
    for parts in lines:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(tab, WD_TAB_ALIGNMENT.CENTER)
        size = 14 if parts[-1][0].strip() in (SIGNER, "T/M BAN THƯỜNG VỤ", "BÍ THƯ") else 12
        add_runs(p, parts, size=size)


def row_property(row, tag):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement(tag)
    el.set(qn("w:val"), "true")
    trpr.append(el)


def set_cell(cell, text, bold=False, align=None, size=12):
    texts = text if isinstance(text, list) else [text]
    # keep exactly one paragraph per text
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    for i, t in enumerate(texts):
        if i:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.first_line_indent = Cm(0)
        if align is not None:
            p.alignment = align
        add_runs(p, [(t, bold, False)], size=size)


def add_table(doc):
    ncols = 7
    table = doc.add_table(rows=2 + len(ROWS), cols=ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for gridcol, w in zip(table._tbl.tblGrid.gridCol_lst, WIDTHS_CM, strict=True):
        gridcol.w = Cm(w)
    for row in table.rows:
        for w, cell in zip(WIDTHS_CM, row.cells, strict=True):
            cell.width = Cm(w)
    c = table.cell
    center = WD_ALIGN_PARAGRAPH.CENTER
    # header, row 0 and 1
    set_cell(c(0, 0).merge(c(1, 0)), "TT", True, center)
    set_cell(c(0, 1).merge(c(1, 1)), "Nhiệm vụ", True, center)
    set_cell(c(0, 2).merge(c(0, 3)), "Cơ quan", True, center)
    set_cell(c(0, 4).merge(c(0, 5)), "Thời gian", True, center)
    set_cell(c(0, 6).merge(c(1, 6)), "Ghi chú", True, center)
    for col, text in zip(
        range(2, 6), ["Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành"], strict=True
    ):
        set_cell(c(1, col), text, True, center)
    row_property(table.rows[0], "w:tblHeader")
    row_property(table.rows[1], "w:tblHeader")
    # body
    for i, values in enumerate(ROWS):
        r = i + 2
        for col, value in enumerate(values):
            if value is None:
                continue
            if value is MERGE_DOWN:
                top = r - 1
                while ROWS[top - 2][col] is MERGE_DOWN:
                    top -= 1
                merged = c(top, col).merge(c(r, col))
                set_cell(merged, ROWS[top - 2][col])
            elif isinstance(value, tuple):
                set_cell(c(r, col).merge(c(r, col + 1)), value[1], align=center)
            else:
                align = center if col in (0, 4, 5) else None
                set_cell(c(r, col), value, align=align)
        row_property(table.rows[r], "w:cantSplit")
    return table


def add_appendix(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(2.0), Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    for text, bold, italic in [
        ("PHỤ LỤC", True, False),
        ("NHIỆM VỤ TRỌNG TÂM THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG", True, False),
        (
            "(Kèm theo Chương trình hành động số 12-CTr/ĐU ngày 05/11/2025 của Ban Thường vụ "
            "Đảng ủy phường Sông Cầm)",
            False,
            True,
        ),
    ]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        add_runs(p, [(text, bold, italic)])
    doc.add_paragraph()
    add_table(doc)


def make_song_cam(out: Path) -> Path:
    doc = new_document()
    add_numbering(doc)
    add_subarea_style(doc)
    add_header(doc)
    add_body(doc)
    add_signature(doc)
    add_appendix(doc)
    core = doc.core_properties
    core.author = "Văn phòng Đảng ủy phường Sông Cầm"
    core.title = "Chương trình hành động thực hiện Nghị quyết Đại hội"
    path = out / "phuong_song_cam.docx"
    doc.save(path)
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=DATA, help="output folder (default: %(default)s)"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print(make_song_cam(args.out))


if __name__ == "__main__":
    main()
