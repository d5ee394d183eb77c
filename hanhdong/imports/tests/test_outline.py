"""Outlines numbered in any style and nested in any order."""

import textwrap
from pathlib import Path

import pytest
from django.utils import translation

from hanhdong.imports.parse.document import parse
from hanhdong.imports.parse.lines import from_text
from hanhdong.imports.reader import read_document
from hanhdong.programs.formats import section_path


def _paths(nodes, parent_path="", parent_number="") -> dict[str, int]:
    out = {}
    for node in nodes:
        path = section_path(parent_path, parent_number, node["number"])
        out[path] = len(node["items"])
        out |= _paths(node["children"], path, node["number"])
    return out


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def outline(text: str) -> dict[str, int]:
    head = "Ban Chấp hành Đảng bộ xã Thử nhiệm kỳ 2025 - 2030 ban hành Kế hoạch.\n\n"
    return _paths(parse(from_text(head + textwrap.dedent(text)), source="t").data["parts"])


def test_letters_over_romans_over_numbers_over_letters():
    assert outline("""\
        A. CĂN CỨ

        I. CĂN CỨ PHÁP LÝ

        - Luật Tổ chức chính quyền địa phương.

        B. NHIỆM VỤ

        I. MỤC TIÊU

        1. Mục tiêu cụ thể

        a) Giai đoạn 2026 - 2027

        - Tỷ lệ hộ nghèo dưới 1%.

        b) Giai đoạn 2028 - 2030

        II. GIẢI PHÁP

        - Đẩy mạnh chuyển đổi số.

        C. TỔ CHỨC THỰC HIỆN
        """) == {
        "A": 0,
        "A.I": 1,
        "B": 0,
        "B.I": 0,
        "B.I.1": 0,
        "B.I.1.a": 1,
        "B.I.1.b": 0,
        "B.II": 1,
        "C": 0,
    }


def test_a_notice_numbered_from_one_with_blocks_and_labels():
    assert outline("""\
        1. Đánh giá chung

        * Ưu điểm:

        - Cấp ủy quan tâm lãnh đạo.

        2. Nhiệm vụ thời gian tới

        (1) Về đô thị

        - Chỉnh trang hẻm.

        (2) Về môi trường

        3. Tổ chức thực hiện
        """) == {"1": 1, "2": 0, "2.(1)": 1, "2.(2)": 0, "3": 0}


def test_parts_in_words_and_numbers_with_no_dot_only_where_a_heading_stands():
    assert outline("""\
        PHẦN THỨ NHẤT
        MỤC ĐÍCH, YÊU CẦU

        1 Mục đích

        - Thống nhất nhận thức về mục tiêu đến năm 2030, phấn đấu có
        1 trung tâm văn hóa.

        2 Yêu cầu

        PHẦN THỨ HAI
        NHIỆM VỤ

        1- Kinh tế

        1.1. Nông nghiệp

        1.1.1. Trồng trọt

        2- Xã hội
        """) == {
        "I": 0,
        "I.1": 1,
        "I.2": 0,
        "II": 0,
        "II.1": 0,
        "II.1.1": 0,
        "II.1.1.1": 0,
        "II.2": 0,
    }


def test_one_paragraph_a_line_with_a_heading_wrapped_and_a_hyphen_that_goes_on():
    long = "Nâng cao chất lượng giáo dục ở các cấp học, tăng cường cơ sở vật chất. " * 3
    text = textwrap.dedent(f"""\
        I. MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU
        NĂM 2026
        1. Về phát triển kinh tế
        - xã hội
        - {long}
        - Tổ chức các hoạt động văn hóa, văn nghệ, góp phần phát triển kinh tế
        - xã hội của địa phương.
        II. TỔ CHỨC THỰC HIỆN
        1. {long}
        2. {long}
        3. {long}
        """)
    head = "Ban Chấp hành Đảng bộ xã Thử nhiệm kỳ 2025 - 2030 ban hành Kế hoạch.\n"
    data = parse(from_text(head + text), source="t").data
    first = data["parts"][0]
    assert first["title"] == "MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026"
    assert first["children"][0]["title"] == "Về phát triển kinh tế - xã hội"
    assert len(first["children"][0]["items"]) == 2


def test_a_number_glued_to_its_heading_still_opens_it():
    assert outline("""\
        I- NHIỆM VỤ

        1-Về kinh tế

        - Phát triển nông nghiệp trên 1.150 ha.

        2-Về xã hội
        """) == {"I": 0, "I.1": 1, "I.2": 0}


def test_a_pdf_heading_with_a_tab_after_its_number_keeps_its_number():
    path = Path(__file__).parent / "files" / "heading_tabs.pdf"
    data = read_document(path.read_bytes(), path.name).data
    assert _paths(data["parts"]) == {
        "I": 0,
        "I.1": 1,
        "I.2": 1,
        "II": 0,
        "II.1": 1,
        "II.2": 1,
        "II.3": 1,
        "II.3.a": 1,
    }


def test_a_wrapped_line_that_starts_phu_luc_does_not_end_the_outline():
    assert outline("""\
        I. NHIỆM VỤ

        1. Kinh tế

        - Đầu tư các công trình theo danh mục chi tiết tại
        Phụ lục kèm theo Kế hoạch này.

        2. Xã hội

        - Chăm lo đời sống Nhân dân.

        PHỤ LỤC
        """) == {"I": 0, "I.1": 1, "I.2": 1}


def test_word_bullets_in_a_pdf_hang_whole_and_the_signature_beside_the_recipients():
    path = Path(__file__).parent / "files" / "hanging_bullets.pdf"
    data = read_document(path.read_bytes(), path.name).data
    assert _paths(data["parts"]) == {"I": 0, "I.1": 3, "I.2": 3, "I.3": 3, "II": 14}
    assert all(item.endswith("hiệu quả.") for item in data["parts"][1]["items"])
    assert len(data["recipients"]) == 8
    assert data["signed_by"]["name"] == "Nguyễn Văn A"


def test_numbered_points_go_on_under_the_next_sub_area():
    got = outline("""\
        I. MỤC TIÊU

        1. Chỉ tiêu

        1.1. Về kinh tế

        (1) Tăng trưởng đạt 7%.

        (2) Thu nhập đạt 95 triệu đồng.

        1.2. Về xã hội

        (3) Hộ nghèo giảm 0,5%/năm.

        (4) Có 100% trường đạt chuẩn.

        II. NHIỆM VỤ

        - Làm tốt.
        """)
    assert [p for p in got if "(" in p] == ["I.1.1.(1)", "I.1.1.(2)", "I.1.2.(3)", "I.1.2.(4)"]


def test_in_layout_text_a_short_heading_ends_before_the_paragraph_under_it():
    got = parse(
        from_text(
            "Ban Chấp hành Đảng bộ xã Thử nhiệm kỳ 2025 - 2030 ban hành Kế hoạch này.\n"
            + "            I. MỤC ĐÍCH\n"
            + "            1. Mục đích\n"
            + "            Đẩy mạnh ứng dụng khoa học, công nghệ vào sản xuất nông nghiệp,  nâng\n"
            + "     cao giá trị trên một đơn vị diện tích và thu nhập của người dân trong xã.\n"
            + "            2. Yêu cầu\n"
            + "            Các ngành phối hợp chặt chẽ; bảo đảm nhiệm vụ có địa chỉ và thời hạn.\n"
        ),
        source="t",
    ).data["parts"]
    assert [c["title"] for c in got[0]["children"]] == ["Mục đích", "Yêu cầu"]
