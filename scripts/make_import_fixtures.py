"""Regenerate the generated import fixtures in hanhdong/imports/tests/data/.

    python scripts/make_import_fixtures.py [--docx-dir DIR] [--out DIR]

Writes `phuong_hoa_binh.docx` (a Word file with typed and automatic numbering and a real
key-task table) and, when LibreOffice's `soffice` is on PATH, `xa_dong_tien.pdf` (a PDF with a
text layer, made from a .docx that is not kept in data/ unless --docx-dir is given). Both
documents are invented. Needs python-docx (`pip install python-docx`), which is not a
dependency of hanhdong itself. `xa_an_lac.txt` is written by hand and not generated here.
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

try:
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Cm, Pt
except ImportError:  # pragma: no cover - a helper script, not part of the app
    sys.exit("python-docx is needed: pip install python-docx")

DATA = Path(__file__).resolve().parent.parent / "hanhdong" / "imports" / "tests" / "data"
FONT = "Times New Roman"

# --- the document body as a small line format ------------------------------------------------
# Each entry starts with a tag and "| "; an indented line continues the previous entry.
#   T   centred bold (titles)          C   centred bold, parts ("PHẦN I", "I. …")
#   B   bold heading                   BI  bold italic heading
#   P   body paragraph (numbers, "- " and "• " bullets are typed as text)
#   LB  Word automatic bullet (style "List Bullet")
#   LN  Word automatic numbering (style "List Number")
#   LD  Word automatic "-" bullet: style "List Paragraph" with its own numbering definition
# "⏎" inside a text is a manual line break (Shift+Enter) within the paragraph.

HOA_BINH_BODY = """
T| CHƯƠNG TRÌNH HÀNH ĐỘNG
T| thực hiện Nghị quyết Đại hội đại biểu Đảng bộ phường Hòa Bình lần thứ I,
  nhiệm kỳ 2025 - 2030
T| -----
P| Nghị quyết Đại hội đại biểu Đảng bộ phường Hòa Bình lần thứ I, nhiệm kỳ 2025 - 2030 đặt ra
  yêu cầu xây dựng phường phát triển nhanh, văn minh, hiện đại, là trung tâm thương mại, dịch vụ
  của khu vực phía Đông thành phố. Ban Chấp hành Đảng bộ phường ban hành Chương trình hành động
  như sau:
C| I. MỤC ĐÍCH, YÊU CẦU
LN| Quán triệt sâu rộng Nghị quyết đến từng chi bộ, cán bộ, đảng viên và Nhân dân; tạo sự đồng
  thuận cao trong tổ chức thực hiện các mục tiêu, chỉ tiêu mà Đại hội đã đề ra.
LN| Xác định rõ nhiệm vụ trọng tâm, lộ trình thực hiện và trách nhiệm của từng tổ chức, cá nhân;
  gắn việc thực hiện Chương trình với đánh giá, xếp loại tổ chức đảng và đảng viên hằng năm.
LN| Phát huy vai trò tiên phong, gương mẫu của cán bộ, đảng viên, nhất là người đứng đầu; huy
  động sức mạnh tổng hợp của cả hệ thống chính trị và các tầng lớp Nhân dân trên địa bàn.
C| II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM
B| 1. Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh toàn diện
BI| 1.1. Công tác chính trị, tư tưởng
LB| Đổi mới việc học tập, quán triệt nghị quyết theo hướng ngắn gọn, dễ hiểu, phù hợp với từng
  đối tượng; ứng dụng nền tảng số trong sinh hoạt chi bộ và tuyên truyền.
LB| Thường xuyên nắm bắt dư luận xã hội ở các tổ dân phố, nhất là những vấn đề về quy hoạch,
  đền bù, giải phóng mặt bằng; chủ động thông tin kịp thời, chính xác để định hướng dư luận.
LB| Phát huy vai trò của lực lượng cốt cán trên không gian mạng trong việc bảo vệ nền tảng tư
  tưởng của Đảng, đấu tranh phản bác các thông tin xấu, độc.
BI| 1.2. Công tác tổ chức, cán bộ và đảng viên
P| - Rà soát, kiện toàn các chi bộ trực thuộc sau khi sắp xếp tổ dân phố; bố trí cấp ủy viên có
  năng lực, uy tín phụ trách các địa bàn trọng điểm.
P| - Đẩy mạnh bồi dưỡng kỹ năng số cho đội ngũ cán bộ, công chức; phấn đấu đến hết năm 2026 có
  100% cán bộ, công chức phường được bồi dưỡng kỹ năng số cơ bản.
P| - Quan tâm tạo nguồn phát triển đảng viên trong học sinh, sinh viên, người lao động tại các
  doanh nghiệp, hộ kinh doanh; chú trọng chất lượng hơn số lượng.
BI| 1.3. Công tác kiểm tra, giám sát và công tác dân vận
P| (1) Kiểm tra, giám sát
LB| Tập trung kiểm tra, giám sát những nơi có dấu hiệu vi phạm, lĩnh vực dễ phát sinh tiêu cực
  như quản lý đất đai, trật tự xây dựng, thu, chi ngân sách.
LB| Công khai kết quả kiểm tra, giám sát và việc khắc phục sau kiểm tra để Nhân dân cùng theo
  dõi, giám sát.
P| (2) Công tác dân vận
P| - Thực hiện tốt phong trào thi đua “Dân vận khéo” gắn với xây dựng “Tổ dân phố văn minh, an
  toàn”; kịp thời biểu dương các điển hình tiên tiến.
P| – Duy trì hằng quý việc đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân; giải
  quyết dứt điểm các kiến nghị chính đáng ngay tại cơ sở.
B| 2. Phát triển kinh tế đô thị, thương mại và dịch vụ
LB| Cải thiện môi trường đầu tư, kinh doanh; hỗ trợ hộ kinh doanh chuyển đổi lên doanh nghiệp,
  phấn đấu đến năm 2030 trên địa bàn có ít nhất 150 doanh nghiệp đang hoạt động.
LB| Phát triển các tuyến phố thương mại, ẩm thực, mua sắm gắn với quản lý tốt trật tự lòng
  đường, vỉa hè; khuyến khích thanh toán không dùng tiền mặt.
LB| Tăng cường quản lý thu ngân sách, chống thất thu đối với hoạt động kinh doanh trên nền tảng
  thương mại điện tử, cho thuê nhà, dịch vụ lưu trú.
LB| Huy động nguồn lực xã hội để chỉnh trang đô thị, tạo không gian cho kinh tế ban đêm theo quy
  hoạch được duyệt.
B| 3. Quản lý đô thị, trật tự xây dựng và bảo vệ môi trường
P| - Quản lý chặt chẽ quy hoạch chi tiết, cấp phép xây dựng; kiên quyết xử lý các công trình
  xây dựng sai phép, không phép ngay từ khi mới phát sinh.
P| - Phối hợp với các sở, ngành thành phố đầu tư hạ tầng thoát nước, chống ngập; cải tạo các
  kiệt, hẻm xuống cấp để nâng cao chất lượng sống của người dân.
P| - Vận động Nhân dân phân loại chất thải rắn sinh hoạt tại nguồn; phấn đấu đến năm 2027 tỷ lệ
  hộ gia đình thực hiện phân loại đạt từ 90% trở lên.
P| - Trồng mới và chăm sóc cây xanh đường phố, công viên; xây dựng các tuyến phố “Sáng - Xanh
  - Sạch - Đẹp” gắn với cuộc vận động toàn dân tham gia bảo vệ môi trường đô thị.
B| 4. Phát triển văn hóa - xã hội, chăm lo đời sống Nhân dân
LB| Xây dựng môi trường văn hóa đô thị văn minh, nếp sống thanh lịch; phát huy vai trò của các
  thiết chế văn hóa, thể thao cơ sở.
LB| Đầu tư cơ sở vật chất trường học, phấn đấu đến năm 2030 có 100% trường công lập trên địa
  bàn đạt chuẩn quốc gia.
LB| Thực hiện tốt chính sách an sinh xã hội, chăm lo người có công, người cao tuổi, trẻ em có
  hoàn cảnh khó khăn; phấn đấu đến năm 2028 không còn hộ nghèo trên địa bàn phường.
LB| Nâng cao chất lượng chăm sóc sức khỏe ban đầu tại Trạm Y tế phường; quản lý tốt các cơ sở
  hành nghề y, dược tư nhân.
B| 5. Bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội
P| - Xây dựng khu vực phòng thủ vững chắc; thực hiện tốt công tác tuyển chọn, gọi công dân
  nhập ngũ và xây dựng lực lượng dân quân tự vệ.
P| - Nắm chắc tình hình cư trú, lưu trú trên địa bàn; phát huy hiệu quả mô hình “Camera an ninh”
  và lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở.
P| - Phòng ngừa, đấu tranh với tội phạm và tệ nạn xã hội; bảo đảm an toàn phòng cháy, chữa
  cháy tại các khu dân cư đông đúc, chung cư và cơ sở kinh doanh.
B| 6. Xây dựng chính quyền đô thị, đẩy mạnh cải cách hành chính và chuyển đổi số
LD| Nâng cao hiệu lực, hiệu quả quản lý nhà nước của Ủy ban nhân dân phường; phát huy vai trò
  giám sát của Hội đồng nhân dân phường và các đại biểu dân cử.
LD| Cải thiện chất lượng phục vụ tại Bộ phận một cửa; phấn đấu hằng năm mức độ hài lòng của
  người dân, doanh nghiệp đối với dịch vụ hành chính công đạt từ 92% trở lên.
P| - Xây dựng cơ sở dữ liệu dân cư, đất đai, hộ kinh doanh của phường đồng bộ với hệ thống
  của thành phố; thúc đẩy ứng dụng công nghệ trong quản lý đô thị, phát triển kinh tế⏎- xã hội
  và phục vụ Nhân dân.
C| III. TỔ CHỨC THỰC HIỆN
P| 1. Các chi bộ trực thuộc tổ chức quán triệt Chương trình hành động này đến toàn thể đảng
  viên; xây dựng kế hoạch thực hiện sát với tình hình thực tế của địa bàn, đơn vị.
B| 2. Ủy ban nhân dân phường
LD| Cụ thể hóa Chương trình thành kế hoạch, đề án của chính quyền; bố trí nguồn lực thực hiện
  các nhiệm vụ trọng tâm nêu tại Phụ lục.
LD| Định kỳ hằng quý báo cáo Ban Thường vụ Đảng ủy tiến độ thực hiện, những khó khăn, vướng
  mắc và đề xuất giải pháp tháo gỡ.
P| 3. Ủy ban Kiểm tra Đảng ủy, Văn phòng Đảng ủy và Ban Xây dựng Đảng theo chức năng, nhiệm vụ
  tham mưu theo dõi, kiểm tra, đôn đốc việc thực hiện; tham mưu sơ kết giữa nhiệm kỳ và tổng
  kết vào cuối nhiệm kỳ.
P| 4. Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội tuyên truyền,
  vận động đoàn viên, hội viên và Nhân dân tham gia thực hiện, đồng thời giám sát việc thực
  hiện Chương trình.
P| Chương trình hành động này được phổ biến đến các chi bộ trực thuộc và toàn thể cán bộ, đảng
  viên trong Đảng bộ phường./.
"""

HOA_BINH_HEADER = (
    ["ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG", "**ĐẢNG ỦY PHƯỜNG HÒA BÌNH", "*", "Số 05-CTr/ĐU"],
    ["**ĐẢNG CỘNG SẢN VIỆT NAM", "", "//Hòa Bình, ngày 22 tháng 10 năm 2025"],
)
HOA_BINH_SIGNATURE = (
    [
        "**//Nơi nhận:",
        "- Thường trực Thành ủy (để b/c),",
        "- Ban Tổ chức Thành ủy (để b/c),",
        "- Các đ/c Ủy viên BCH Đảng bộ phường,",
        "- Các chi bộ trực thuộc,",
        "- MTTQ và các đoàn thể phường,",
        "- Lưu VP Đảng ủy.",
    ],
    ["**T/M BAN CHẤP HÀNH", "**BÍ THƯ", "", "", "", "**Lê Quang Vinh"],
)
HOA_BINH_APPENDIX = [
    "**PHỤ LỤC",
    "**CÁC NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN 2025 - 2030",
    "//(Kèm theo Chương trình hành động số 05-CTr/ĐU ngày 22/10/2025 của Ban Chấp hành"
    " Đảng bộ phường Hòa Bình)",
]
HOA_BINH_TABLE_HEAD = [
    "Stt",
    "Tên nhiệm vụ",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thời gian triển khai",
    "Thời gian hoàn thành",
    "Nguồn lực thực hiện",
]
PHUONG = "Ngân sách phường"
UB = "Ủy ban nhân dân phường"
CQ = "Các cơ quan, đơn vị"
HOA_BINH_TABLE = [
    [
        "1",
        [
            "- Hằng năm kết nạp từ 12 đảng viên mới trở lên.",
            "- Thành lập chi bộ trong các doanh nghiệp ngoài khu vực nhà nước có đủ điều kiện.",
        ],
        "Ban Xây dựng Đảng",
        "Các chi bộ trực thuộc",
        "Năm 2025",
        "Năm 2030",
        PHUONG,
    ],
    [
        "2",
        "Xây dựng, ban hành Quy chế làm việc của Ban Chấp hành Đảng bộ phường khóa I",
        "Văn phòng Đảng ủy",
        "Ban Xây dựng Đảng",
        "Quý IV/2025",
        "Quý IV/2025",
        PHUONG,
    ],
    [
        "3",
        "Tổng thu ngân sách nhà nước trên địa bàn tăng bình quân từ 9% trở lên mỗi năm",
        UB,
        CQ,
        "Hằng năm",
        "Hằng năm",
        PHUONG,
    ],
    [
        "4",
        "Chỉnh trang, lát đá vỉa hè các tuyến phố chính",
        UB,
        "Các tổ dân phố",
        "Năm 2026",
        "Năm 2028",
        "Ngân sách thành phố, ngân sách phường, xã hội hóa",
    ],
    [
        "5",
        "Tổ chức phân loại chất thải rắn sinh hoạt tại nguồn ở các tổ dân phố",
        UB,
        "Ủy ban MTTQ phường, các tổ dân phố",
        "Quý I/2026",
        "Quý IV/2027",
        PHUONG,
    ],
    [
        "6",
        "Xây dựng Trung tâm Văn hóa - Thể thao phường",
        UB,
        CQ,
        "Tháng 9/2026",
        "Tháng 12/2027",
        "Ngân sách thành phố, xã hội hóa",
    ],
    [
        "7",
        "Giữ vững an ninh, trật tự; không để hình thành “điểm nóng” trên địa bàn",
        "Công an phường",
        "Các tổ dân phố",
        "Thường xuyên",
        "Thường xuyên",
        PHUONG,
    ],
    [
        "8",
        "Số hóa 100% hồ sơ thủ tục hành chính còn hiệu lực đang lưu trữ tại phường",
        UB,
        "Văn phòng HĐND và UBND phường",
        "Năm 2026",
        "Năm 2027",
        PHUONG,
    ],
    [
        "9",
        "Sắp xếp, sáp nhập các tổ dân phố",
        UB,
        "Các tổ dân phố",
        "Theo chỉ đạo của thành phố",
        "",
        "Ngân sách thành phố",
    ],
    [
        "10",
        "Sơ kết giữa nhiệm kỳ thực hiện Chương trình hành động",
        "Văn phòng Đảng ủy",
        CQ,
        "Quý II/2028",
        "Quý III/2028",
        PHUONG,
    ],
]

DONG_TIEN_BODY = """
T| CHƯƠNG TRÌNH HÀNH ĐỘNG
T| thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Đông Tiến lần thứ I,
  nhiệm kỳ 2025 - 2030
T| -----
P| Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Đông Tiến lần thứ I, nhiệm kỳ 2025 - 2030 và
  Hướng dẫn số 12-HD/TU ngày 05/9/2025 của Ban Thường vụ Tỉnh ủy, Ban Chấp hành Đảng bộ xã xây
  dựng Chương trình hành động như sau:
C| PHẦN I
C| MỤC ĐÍCH, YÊU CẦU
B| 1. Mục đích
P| - Đưa Nghị quyết Đại hội sớm đi vào cuộc sống, tạo chuyển biến rõ nét trong lãnh đạo, chỉ
  đạo phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh của xã.
P| - Làm căn cứ để các chi bộ, cơ quan, đơn vị xây dựng kế hoạch thực hiện và để Ban Chấp hành
  kiểm tra, đánh giá kết quả hằng năm.
B| 2. Yêu cầu
P| - Bám sát các mục tiêu, chỉ tiêu của Nghị quyết; nội dung cụ thể, có trọng tâm, phù hợp với
  điều kiện của một xã miền núi, thuần nông.
P| - Phân công rõ tổ chức chủ trì, phối hợp, thời gian thực hiện; đề cao trách nhiệm của người
  đứng đầu.
P| - Thường xuyên theo dõi, đôn đốc, sơ kết, rút kinh nghiệm; kịp thời bổ sung nhiệm vụ phù hợp
  với tình hình thực tế.
C| PHẦN II
C| NHIỆM VỤ VÀ GIẢI PHÁP
B| 1. Về xây dựng Đảng và hệ thống chính trị
BI| 1.1. Xây dựng Đảng về chính trị, tư tưởng, đạo đức
P| - Tăng cường giáo dục chính trị, tư tưởng, truyền thống cách mạng của quê hương cho cán bộ,
  đảng viên, đoàn viên thanh niên.
P| - Nắm bắt kịp thời tâm tư, nguyện vọng của Nhân dân ở các thôn vùng sâu, vùng đồng bào dân
  tộc thiểu số; không để kẻ xấu lợi dụng kích động, gây mất ổn định.
P| - Thực hiện nghiêm các quy định về trách nhiệm nêu gương; kiên quyết đấu tranh với biểu hiện
  suy thoái về tư tưởng chính trị, đạo đức, lối sống.
BI| 1.2. Công tác tổ chức, cán bộ và đảng viên
P| - Nâng cao chất lượng sinh hoạt chi bộ thôn; đánh giá, xếp loại đảng viên thực chất, phấn
  đấu hằng năm có từ 85% đảng viên trở lên được xếp loại hoàn thành tốt nhiệm vụ.
P| - Xây dựng đội ngũ cán bộ xã đủ về số lượng, hợp lý về cơ cấu; quan tâm đào tạo, bố trí cán
  bộ là người dân tộc thiểu số, cán bộ nữ, cán bộ trẻ.
P| - Chăm lo công tác phát triển đảng viên, nhất là ở những thôn còn ít đảng viên.
BI| 1.3. Công tác kiểm tra, giám sát
P| • Thực hiện kiểm tra, giám sát theo chương trình toàn khóa và hằng năm; chú trọng giám sát
  thường xuyên, phát hiện sớm vi phạm.
P| • Kiểm tra việc quản lý, sử dụng đất đai, nguồn vốn các chương trình mục tiêu quốc gia trên
  địa bàn xã.
B| 2. Về phát triển kinh tế
BI| 2.1. Nông, lâm nghiệp và xây dựng nông thôn mới
P| - Phát triển vùng chè tập trung theo hướng hữu cơ, gắn với chế biến sâu và xây dựng thương
  hiệu; đến năm 2030 diện tích chè đạt tiêu chuẩn VietGAP, hữu cơ đạt từ 250 ha trở lên.
P| - Quản lý, bảo vệ và phát triển rừng; khuyến khích trồng rừng gỗ lớn; duy trì tỷ lệ che phủ
  rừng hằng năm từ 52% trở lên.
P| - Phát triển chăn nuôi theo hướng trang trại, an toàn sinh học; chủ động phòng, chống dịch
  bệnh cho đàn gia súc, gia cầm.
P| • Nâng cao chất lượng các tiêu chí nông thôn mới; huy động Nhân dân hiến đất, góp công làm
  đường giao thông nông thôn.
BI| 2.2. Công nghiệp, thương mại và dịch vụ
P| • Khuyến khích phát triển các cơ sở chế biến chè, gỗ, nông sản quy mô vừa và nhỏ, bảo đảm
  môi trường.
P| • Phát triển sản phẩm OCOP gắn với du lịch trải nghiệm vùng chè; phấn đấu mỗi năm có thêm ít
  nhất 02 sản phẩm được công nhận OCOP từ 3 sao trở lên.
P| • Mở rộng mạng lưới thương mại, chợ nông thôn; hỗ trợ hộ sản xuất tiêu thụ sản phẩm qua sàn
  thương mại điện tử.
B| 3. Về văn hóa, xã hội
P| - Giữ gìn, phát huy bản sắc văn hóa các dân tộc; khôi phục các lễ hội truyền thống, làn điệu
  dân ca của đồng bào Tày, Nùng, Dao.
P| - Đầu tư cơ sở vật chất văn hóa, thể thao; phấn đấu đến năm 2030 có 100% thôn có nhà văn hóa
  đạt chuẩn.
P| - Thực hiện hiệu quả các chương trình giảm nghèo bền vững; đến năm 2030 tỷ lệ hộ nghèo giảm
  xuống còn 3,5%.
P| - Nâng cao chất lượng giáo dục, y tế; làm tốt công tác dân số, chăm sóc sức khỏe bà mẹ, trẻ
  em ở vùng đồng bào dân tộc thiểu số.
B| 4. Về quốc phòng, an ninh
P| • Xây dựng thế trận quốc phòng toàn dân, an ninh nhân dân vững chắc; huấn luyện dân quân,
  diễn tập chiến đấu phòng thủ theo kế hoạch.
P| • Phòng ngừa, đấu tranh với các loại tội phạm, tệ nạn ma túy; giải quyết kịp thời các vụ
  việc phức tạp ngay từ cơ sở.
P| - Phát huy vai trò của lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở và các tổ hòa giải
  ở thôn.
B| 5. Về xây dựng chính quyền và cải cách hành chính
P| - Nâng cao hiệu lực, hiệu quả hoạt động của Hội đồng nhân dân, Ủy ban nhân dân xã; tăng
  cường kỷ luật, kỷ cương hành chính.
P| - Đẩy mạnh cải cách thủ tục hành chính, chuyển đổi số; hướng dẫn người dân sử dụng dịch vụ
  công trực tuyến tại nhà văn hóa thôn.
P| - Công khai, minh bạch các khoản thu, chi, các dự án đầu tư trên địa bàn để Nhân dân giám
  sát.
C| PHẦN III
C| TỔ CHỨC THỰC HIỆN
B| 1. Ban Thường vụ Đảng ủy
P| - Lãnh đạo, chỉ đạo triển khai Chương trình hành động; phân công cấp ủy viên phụ trách từng
  lĩnh vực, từng nhiệm vụ trọng tâm.
P| - Định kỳ 6 tháng, hằng năm nghe báo cáo tiến độ, kết quả thực hiện; chỉ đạo tháo gỡ kịp thời
  những khó khăn, vướng mắc.
B| 2. Ủy ban nhân dân xã
P| - Xây dựng kế hoạch thực hiện các nội dung thuộc lĩnh vực chính quyền; lồng ghép vào kế hoạch
  phát triển kinh tế - xã hội hằng năm.
P| - Bố trí kinh phí thực hiện các nhiệm vụ trọng tâm tại Phụ lục kèm theo.
P| 3. Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xây dựng kế hoạch
  tuyên truyền, vận động đoàn viên, hội viên và Nhân dân thực hiện; giám sát việc thực hiện
  Chương trình của cán bộ, đảng viên.
P| 4. Văn phòng Đảng ủy giúp Ban Thường vụ Đảng ủy theo dõi, tổng hợp, báo cáo kết quả thực
  hiện Chương trình hành động này.
"""

DONG_TIEN_HEADER = (
    ["ĐẢNG BỘ TỈNH THÁI NGUYÊN", "**ĐẢNG ỦY XÃ ĐÔNG TIẾN", "*", "Số 02-CTr/ĐU"],
    ["**ĐẢNG CỘNG SẢN VIỆT NAM", "", "//Đông Tiến, ngày 28 tháng 10 năm 2025"],
)
DONG_TIEN_SIGNATURE = (
    [
        "**//Nơi nhận:",
        "- Ban Thường vụ Tỉnh ủy (để b/c),",
        "- Văn phòng Tỉnh ủy (để b/c),",
        "- Các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã,",
        "- Các chi bộ trực thuộc,",
        "- Lưu Văn phòng Đảng ủy.",
    ],
    ["**T/M BAN CHẤP HÀNH", "**KT. BÍ THƯ", "**PHÓ BÍ THƯ", "", "", "", "**Hoàng Minh Đức"],
)
DONG_TIEN_APPENDIX = [
    "**PHỤ LỤC",
    "**NHIỆM VỤ TRỌNG TÂM THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG",
    "//(Kèm theo Chương trình hành động số 02-CTr/ĐU ngày 28/10/2025"
    " của Ban Chấp hành Đảng bộ xã Đông Tiến)",
]
DONG_TIEN_TABLE_HEAD = ["TT", "Nhiệm vụ trọng tâm", "Chủ trì", "Phối hợp", "Thời gian", "Kinh phí"]
XA = "Ngân sách xã"
UBX = "UBND xã"
DONG_TIEN_TABLE = [
    [
        "1",
        "Tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội và Chương trình hành động",
        "Ban Xây dựng Đảng",
        "Các chi bộ trực thuộc",
        "Quý IV/2025",
        XA,
    ],
    [
        "2",
        "Kết nạp đảng viên mới, mỗi năm từ 15 đảng viên trở lên",
        "Ban Xây dựng Đảng",
        "Các chi bộ trực thuộc",
        "Hằng năm",
        XA,
    ],
    [
        "3",
        "Kiểm tra, giám sát việc thực hiện Chương trình hành động tại các chi bộ",
        "Ủy ban Kiểm tra Đảng ủy",
        "Văn phòng Đảng ủy",
        "Hằng năm",
        XA,
    ],
    [
        "4",
        "Mở rộng diện tích chè sản xuất theo tiêu chuẩn VietGAP, hữu cơ",
        UBX,
        "Hội Nông dân xã, các hợp tác xã chè",
        "2026 - 2030",
        "Ngân sách tỉnh, ngân sách xã, doanh nghiệp",
    ],
    [
        "5",
        "Hỗ trợ các hợp tác xã, hộ sản xuất phát triển sản phẩm OCOP",
        UBX,
        "Các hợp tác xã, hộ sản xuất",
        "Hàng năm",
        "Ngân sách xã, xã hội hóa",
    ],
    [
        "6",
        "Nâng cấp, cứng hóa 8,5 km đường trục xã, đường liên thôn",
        UBX,
        "Các thôn",
        "2026 - 2028",
        "Ngân sách tỉnh, ngân sách xã, Nhân dân đóng góp",
    ],
    [
        "7",
        "Xây dựng xã đạt chuẩn nông thôn mới nâng cao",
        UBX,
        "Các cơ quan, đơn vị",
        "Năm 2027",
        "Ngân sách tỉnh, ngân sách xã",
    ],
    [
        "8",
        "Giải quyết việc làm mới cho ít nhất 200 lao động mỗi năm",
        UBX,
        "Đoàn Thanh niên, Hội Liên hiệp Phụ nữ xã",
        "Hằng năm",
        "Ngân sách xã, vốn vay ưu đãi",
    ],
    [
        "9",
        "Xây dựng Trường Tiểu học Đông Tiến đạt chuẩn quốc gia mức độ 1",
        UBX,
        "Trường Tiểu học Đông Tiến",
        "30/6/2027",
        "Ngân sách tỉnh, ngân sách xã",
    ],
    [
        "10",
        "Sắp xếp, sáp nhập thôn, xóm",
        UBX,
        "Các thôn",
        "Theo chỉ đạo của tỉnh",
        "Ngân sách tỉnh",
    ],
    [
        "11",
        "Lắp đặt hệ thống camera an ninh tại các thôn, nơi công cộng",
        "Công an xã",
        "Các thôn",
        "Quý III/2026",
        "Xã hội hóa",
    ],
    [
        "12",
        "Tập huấn, diễn tập phòng thủ dân sự, ứng phó thiên tai, tìm kiếm cứu nạn",
        "Ban Chỉ huy Quân sự xã",
        "Công an xã, Trạm Y tế xã",
        "Năm 2027",
        XA,
    ],
    [
        "13",
        "Sơ kết giữa nhiệm kỳ thực hiện Chương trình hành động",
        "Văn phòng Đảng ủy",
        "Các cơ quan, đơn vị",
        "Tháng 10/2027",
        XA,
    ],
    [
        "14",
        "Tổng kết thực hiện Chương trình hành động nhiệm kỳ 2025 - 2030",
        "Văn phòng Đảng ủy",
        "Các cơ quan, đơn vị",
        "Quý IV/2030",
        "",
    ],
]


# --- building blocks ------------------------------------------------------------------------


def parse_body(text: str) -> list[tuple[str, str]]:
    entries: list[tuple[str, str]] = []
    for line in text.strip("\n").split("\n"):
        if line.startswith(" "):
            tag, prev = entries[-1]
            joiner = "" if prev.endswith("⏎") else " "
            entries[-1] = (tag, prev + joiner + line.strip())
        else:
            tag, _, rest = line.partition("| ")
            entries.append((tag, rest.strip()))
    return entries


def set_font(run, size: float | None = None) -> None:
    run.font.name = FONT
    r_pr = run._element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    if size:
        run.font.size = Pt(size)


def add_text(paragraph, text: str, bold=False, italic=False, size: float | None = None) -> None:
    """Add text to a paragraph; "⏎" becomes a manual line break; "**" / "//" mark bold/italic."""
    while text[:2] in ("**", "//"):
        bold, italic = bold or text[:2] == "**", italic or text[:2] == "//"
        text = text[2:]
    for i, piece in enumerate(text.split("⏎")):
        run = paragraph.add_run(piece)
        if i:
            run._element.insert(0, OxmlElement("w:br"))
        run.bold, run.italic = bold or None, italic or None
        set_font(run, size)


def new_document() -> Document:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.1
    for name in ("List Bullet", "List Number"):
        doc.styles[name].font.name = FONT
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin = section.bottom_margin = Cm(2.0)
    section.left_margin, section.right_margin = Cm(3.0), Cm(2.0)
    return doc


def add_page_numbers(section) -> None:
    """Page number at the top centre from page 2 on, as the genre does."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def add_two_column_block(doc, left: list[str], right: list[str], size: float = 12.5) -> None:
    """A borderless two-column table (issuing body / national motto, or recipients / signer)."""
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_column_widths(table, [7.5, 8.5])
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        for i, line in enumerate(lines):
            paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(0)
            recipients = lines[0].endswith("Nơi nhận:")
            if not recipients:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_text(paragraph, line, size=11 if recipients and i else size)


DASH_LIST = (
    '<w:abstractNum {ns} w:abstractNumId="{id}"><w:multiLevelType w:val="singleLevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr></w:lvl>'
    "</w:abstractNum>"
)


def add_dash_numbering(doc) -> int:
    """Define a "-" bullet list in numbering.xml (as Word does for a custom bullet); its numId."""
    numbering = doc.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    abstract_id = max(ids) + 1
    abstract = parse_xml(DASH_LIST.format(ns=nsdecls("w"), id=abstract_id, font=FONT))
    first_num = numbering.find(qn("w:num"))
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)
    return numbering.add_num(abstract_id).numId


def set_numbering(paragraph, num_id: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


def add_body(doc, text: str) -> None:
    dash_num_id = None
    for tag, content in parse_body(text):
        if tag == "LD":
            dash_num_id = dash_num_id or add_dash_numbering(doc)
            paragraph = doc.add_paragraph(style="List Paragraph")
            set_numbering(paragraph, dash_num_id)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            add_text(paragraph, content)
            continue
        if tag in ("LB", "LN"):
            paragraph = doc.add_paragraph(style="List Bullet" if tag == "LB" else "List Number")
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            add_text(paragraph, content)
            continue
        paragraph = doc.add_paragraph()
        if tag in ("T", "C"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_text(paragraph, content, bold=True)
        else:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            paragraph.paragraph_format.first_line_indent = Cm(1.0)
            add_text(paragraph, content, bold=tag in ("B", "BI"), italic=tag == "BI")


def row_property(row, tag: str) -> None:
    """Mark a table row: w:tblHeader (repeat on each page) or w:cantSplit (keep on one page)."""
    element = OxmlElement(tag)
    element.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(element)


def set_column_widths(table, widths_cm: list[float]) -> None:
    table.autofit = False
    for grid_col, width in zip(table._tbl.tblGrid.gridCol_lst, widths_cm, strict=True):
        grid_col.w = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def add_key_task_table(doc, head: list[str], rows: list[list], widths_cm: list[float]) -> None:
    table = doc.add_table(rows=1, cols=len(head))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    row_property(table.rows[0], "w:tblHeader")
    for row_values in [head, *rows]:
        row = table.rows[0] if row_values is head else table.add_row()
        row_property(row, "w:cantSplit")
        for col, (cell, value) in enumerate(zip(row.cells, row_values, strict=True)):
            paragraphs = value if isinstance(value, list) else [value]
            for i, text in enumerate(paragraphs):
                paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                paragraph.paragraph_format.space_after = Pt(0)
                paragraph.paragraph_format.first_line_indent = Cm(0)
                if col != 1 or row_values is head:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_text(paragraph, text, bold=row_values is head, size=12)
    set_column_widths(table, widths_cm)


def build(header, body, signature, appendix, head, rows, widths_cm, landscape=False) -> Document:
    doc = new_document()
    add_page_numbers(doc.sections[0])
    add_two_column_block(doc, *header)
    add_body(doc, body)
    add_two_column_block(doc, *signature)
    if landscape:
        section = doc.add_section(WD_SECTION.NEW_PAGE)
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(2.0)
    else:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for line in appendix:
        paragraph = doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_text(paragraph, line)
    add_key_task_table(doc, head, rows, widths_cm)
    return doc


def make_hoa_binh(out: Path) -> Path:
    doc = build(
        HOA_BINH_HEADER,
        HOA_BINH_BODY,
        HOA_BINH_SIGNATURE,
        HOA_BINH_APPENDIX,
        HOA_BINH_TABLE_HEAD,
        HOA_BINH_TABLE,
        [1.2, 7.5, 3.2, 3.6, 2.8, 2.8, 3.6],
        landscape=True,
    )
    path = out / "phuong_hoa_binh.docx"
    doc.save(path)
    return path


def make_dong_tien_docx(out: Path) -> Path:
    doc = build(
        DONG_TIEN_HEADER,
        DONG_TIEN_BODY,
        DONG_TIEN_SIGNATURE,
        DONG_TIEN_APPENDIX,
        DONG_TIEN_TABLE_HEAD,
        DONG_TIEN_TABLE,
        [1.0, 5.4, 2.5, 2.8, 2.2, 2.1],
    )
    path = out / "xa_dong_tien.docx"
    doc.save(path)
    return path


def to_pdf(docx: Path, out: Path) -> Path | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found: xa_dong_tien.pdf not regenerated", file=sys.stderr)
        return None
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless"]
        cmd += ["--convert-to", "pdf", "--outdir", tmp, str(docx)]
        subprocess.run(cmd, check=True, capture_output=True)
        target = out / (docx.stem + ".pdf")
        shutil.move(Path(tmp) / (docx.stem + ".pdf"), target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--docx-dir", type=Path, help="keep xa_dong_tien.docx in this folder")
    parser.add_argument("--out", type=Path, default=DATA, help="output folder (default: data/)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print(make_hoa_binh(args.out))
    with tempfile.TemporaryDirectory() as tmp:
        docx_dir = args.docx_dir or Path(tmp)
        docx_dir.mkdir(parents=True, exist_ok=True)
        pdf = to_pdf(make_dong_tien_docx(docx_dir), args.out)
        if pdf:
            print(pdf)


if __name__ == "__main__":
    main()
