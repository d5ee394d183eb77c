"""Each trap of PDF-extracted text that issue 3 lists, on a small document of its own; then
the traps of documents whose values do not fit where they are saved."""

import io
import json
import textwrap
import zipfile
from pathlib import Path

import pytest
from django.utils import translation

from hanhdong.imports import limits
from hanhdong.imports.parse import document
from hanhdong.imports.parse.document import DocumentError, parse
from hanhdong.imports.parse.lines import from_text, join
from hanhdong.imports.reader import read_document
from hanhdong.imports.tests import craft, hostile
from hanhdong.test import program_doc


@pytest.fixture(autouse=True)
def english():
    """Messages are compared in English here; the Vietnamese ones are checked in the views."""
    with translation.override("en"):
        yield


HEAD = """\
Ban Chấp hành Đảng bộ xã Thử nhiệm kỳ 2025 - 2030 xây dựng Chương trình hành động.

I. MỤC ĐÍCH, YÊU CẦU

1. Thống nhất nhận thức.

II. NỘI DUNG CHƯƠNG TRÌNH

"""
TABLE_HEAD = """\

PHỤ LỤC

Stt Tên nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Thời gian
triển khai
Thời gian
hoàn
thành
Nguồn lực
thực hiện
"""


def read(body: str, table: str = "") -> dict:
    text = HEAD + textwrap.dedent(body) + (TABLE_HEAD + textwrap.dedent(table) if table else "")
    return parse(from_text(text), source="test").data


def area(data, number="1"):
    part = next(p for p in data["parts"] if p["number"] == "II")
    return next(c for c in part["children"] if c["number"] == number)


def test_page_numbers_alone_on_a_line_are_dropped_and_the_sentence_goes_on():
    data = read("""\
        1. Kinh tế

        - Tăng cường quản lý thu ngân sách trên địa bàn, bảo đảm thu đúng, thu đủ và


        7

        kịp thời vào ngân sách nhà nước.
        - Việc thứ hai.
        """)
    items = area(data)["items"]
    assert items[0].endswith("thu đủ và kịp thời vào ngân sách nhà nước.")
    assert len(items) == 2


def test_page_break_residue_does_not_end_a_paragraph_mid_sentence():
    data = read("""\
        1. Kinh tế

        Ủy ban nhân dân xã chỉ đạo các phòng, ban xây dựng kế hoạch cụ thể để triển khai



        các nhiệm vụ được giao.
        """)
    node = area(data)
    assert node["body"].endswith("triển khai các nhiệm vụ được giao.")


def test_wrapped_lines_are_joined_into_one_heading_and_one_item():
    data = read("""\
        1. Tiếp tục đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong
        sạch, vững mạnh toàn diện

        1.1. Tăng cường xây dựng Đảng bộ vững mạnh về chính trị, tư tưởng và
        đạo đức

        - Đổi mới nội dung, phương thức công tác tư tưởng; công tác thông tin, tuyên
        truyền theo hướng ứng dụng công nghệ số.
        """)
    node = area(data)
    assert node["title"].endswith("hệ thống chính trị trong sạch, vững mạnh toàn diện")
    sub = node["children"][0]
    assert sub["number"] == "1.1"
    assert sub["title"].endswith("tư tưởng và đạo đức")
    assert sub["items"] == [
        "Đổi mới nội dung, phương thức công tác tư tưởng; công tác thông tin, tuyên "
        "truyền theo hướng ứng dụng công nghệ số."
    ]


def test_a_line_starting_with_a_hyphen_can_continue_the_previous_line():
    data = read(
        """\
        6. Du lịch

        - Tập trung huy động các nguồn lực đầu tư phát triển hạ tầng kỹ thuật kinh tế
        - xã hội, khu di tích, hệ thống cơ sở lưu trú.

        - Quảng bá du lịch sinh thái.
        """.replace("6. Du lịch", "1. Du lịch")
    )
    items = area(data)["items"]
    assert len(items) == 2
    assert "hạ tầng kỹ thuật kinh tế - xã hội, khu di tích" in items[0]


def test_a_wrapped_line_starting_with_a_number_is_not_a_heading():
    data = read("""\
        1. Xã hội

        - Giúp đỡ hộ nghèo thoát nghèo bền vững, phấn đấu năm
        2030 trên địa bàn xã không còn hộ nghèo theo chuẩn nghèo đa chiều.
        - Thực hiện Nghị quyết Trung ương
        4 (khoá XI, XII, XIII) về xây dựng Đảng.

        2. Quốc phòng
        """)
    part = next(p for p in data["parts"] if p["number"] == "II")
    assert [c["number"] for c in part["children"]] == ["1", "2"]
    assert len(area(data)["items"]) == 2
    target = data["targets"][0]
    assert (target["value"], target["unit"], target["comparison"], target["year"]) == (
        0,
        "hộ",
        "<=",
        2030,
    )


TASKS = """\
1.
- Phấn đấu tỷ lệ kết nạp đảng viên mới hằng
năm đạt từ 3% tổng số đảng viên trở lên.
Ban Xây
dựng Đảng
Các chi bộ,
đảng ủy trực
thuộc
Năm 2025 Năm 2030
Ngân sách
thành phố,
ngân sách xã
2.
Triển khai tổ chức bầu cử đại biểu Quốc hội
khóa XVI, HĐND các cấp nhiệm kỳ 2026-
2031
Ủy ban nhân
dân xã
Các cơ quan,
đơn vị
Quý
III/2025
Quý I/2026
Ngân sách
thành phố

 Stt Tên nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Thời gian
triển khai
Thời gian
hoàn
thành
Nguồn lực
thực hiện
3.
Triển khai thực hiện Đề án sắp xếp, sáp nhập
thôn
Ủy ban nhân
dân xã
Các cơ quan,
đơn vị
Theo chỉ
đạo của
Trung
ương,
thành phố
Ngân sách
thành phố
4.  Thống kê đất đai hằng năm
Ủy ban nhân
dân xã
Các cơ quan,
đơn vị
Hàng năm Hằng năm
Ngân sách
TP, ngân sách
xã
"""


def tasks():
    return read("1. Kinh tế\n\n- Việc một.\n", TASKS)["key_tasks"]


def test_table_cells_one_per_line_are_put_back_in_their_columns():
    first = tasks()[0]
    assert first["name"] == (
        "Phấn đấu tỷ lệ kết nạp đảng viên mới hằng năm đạt từ 3% tổng số đảng viên trở lên."
    )
    assert first["lead"] == "Ban Xây dựng Đảng"
    assert first["partners"] == "Các chi bộ, đảng ủy trực thuộc"
    assert (first["start"], first["end"]) == ("Năm 2025", "Năm 2030")
    assert first["resources"] == "Ngân sách thành phố, ngân sách xã"


def test_multi_line_cells_and_a_period_split_over_two_lines():
    second = tasks()[1]
    assert second["start"] == "Quý III/2025"
    assert second["start_period"] == {"kind": "quarter", "year": 2025, "quarter": 3}
    assert second["end_period"] == {"kind": "quarter", "year": 2026, "quarter": 1}


def test_a_year_torn_from_its_range_is_mended():
    assert tasks()[1]["name"].endswith("nhiệm kỳ 2026-2031")


def test_the_header_repeated_on_a_new_page_is_skipped():
    assert [t["number"] for t in tasks()] == [1, 2, 3, 4]
    assert "Stt" not in tasks()[1]["resources"]


def test_a_repeated_header_broken_over_lines_is_no_task_cells():
    table = TASKS.replace(" Stt Tên nhiệm vụ\n", "Stt\nTên nhiệm vụ\n")
    second = read("1. Kinh tế\n\n- Việc một.\n", table)["key_tasks"][1]
    assert (second["lead"], second["partners"], second["resources"]) == (
        "Ủy ban nhân dân xã",
        "Các cơ quan, đơn vị",
        "Ngân sách thành phố",
    )


def test_a_blank_cell_gives_an_empty_period():
    third = tasks()[2]
    assert third["start"] == "Theo chỉ đạo của Trung ương, thành phố"
    assert third["start_period"] == {"kind": "as_directed"}
    assert (third["end"], third["end_period"]) == ("", None)
    assert third["resources"] == "Ngân sách thành phố"


def test_hang_nam_and_hang_nam_both_mean_every_year():
    fourth = tasks()[3]
    assert fourth["name"] == "Thống kê đất đai hằng năm"
    assert fourth["start_period"] == fourth["end_period"] == {"kind": "annual"}
    assert fourth["resources"] == "Ngân sách TP, ngân sách xã"


def test_decimal_commas_in_targets():
    data = read("""\
        1. Kinh tế

        - Phấn đấu tốc độ tăng trưởng kinh tế bình quân đạt 1,5% trở lên.
        """)
    target = data["targets"][0]
    assert target["value"] == 1.5
    assert (target["unit"], target["recurrence"]) == ("%", "annual")


# -- who issued it ---------------------------------------------------------------------------
def test_the_issuer_stops_at_the_comma_after_the_communes_name():
    text = HEAD.replace("xã Thử nhiệm kỳ", "xã Nghi Dương, Hải Phòng nhiệm kỳ")
    data = parse(from_text(text + "1. Kinh tế\n"), source="test").data
    assert data["issuer"] == "Ban Chấp hành Đảng bộ xã Nghi Dương"


def test_a_header_line_not_in_capitals_names_the_issuer():
    text = "Đảng ủy xã Tiên Lãng\nSố 02-CTr/ĐU\n\n" + HEAD.replace(
        "Ban Chấp hành Đảng bộ xã Thử", "Đảng bộ"
    )
    data = parse(from_text(text + "1. Kinh tế\n"), source="test").data
    assert data["issuer"] == "Ban Chấp hành Đảng bộ xã Tiên Lãng"
    assert data["number"] == "02-CTr/ĐU"


def test_wrapped_lines_still_mend_a_year_torn_at_its_hyphen():
    assert join(["nhiệm kỳ 2026-", "2031", " ", "và", "- việc"]) == "nhiệm kỳ 2026-2031 và - việc"


# -- what does not fit its column -------------------------------------------------------------
def json_program(**changes) -> bytes:
    return json.dumps(program_doc(**changes)).encode()


def refused(content: bytes) -> DocumentError:
    with pytest.raises(DocumentError) as caught:
        read_document(content, "p.json")
    return caught.value


def test_over_long_texts_are_cut_to_their_column_with_a_warning():
    doc = program_doc(issuer="Ban Chấp hành " * 30)
    doc["key_tasks"][0]["lead"] = "Ủy ban nhân dân xã " * 20
    doc["targets"][0]["unit"] = "đơn vị " * 20
    parsed = read_document(json.dumps(doc).encode(), "p.json")
    assert len(parsed.data["issuer"]) <= 200
    assert len(parsed.data["key_tasks"][0]["lead"]) <= 255
    assert len(parsed.data["targets"][0]["unit"]) <= 60
    assert [w.split(":")[0] for w in parsed.warnings] == [
        "$.issuer",
        "$.key_tasks[0].lead",
        "$.targets[0].unit",
    ]


def test_numbers_out_of_range_and_too_deep_an_outline_are_refused_by_place():
    assert refused(json_program(term={"start": 2025, "end": 40000})).where == "$.term.end"
    doc = program_doc()
    doc["targets"][0]["value"] = 10**20
    assert refused(json.dumps(doc).encode()).where == "$.targets[0].value"
    doc = program_doc()
    doc["key_tasks"][0]["number"] = 2**40
    assert refused(json.dumps(doc).encode()).where == "$.key_tasks[0].number"
    node = {"number": "1", "title": "Sâu"}
    for _level in range(12):
        node = {"number": "1", "title": "Sâu", "children": [node]}
    error = refused(json_program(parts=[node]))
    assert "deeper than 8 levels" in error.message


def test_a_json_program_that_does_not_fit_the_format_names_the_place():
    error = refused(json_program(key_tasks=[{"number": 1}]))
    assert error.where == "$.key_tasks[0]"
    assert "does not fit a program document" in error.message


def test_a_runaway_text_is_refused_before_it_is_read(monkeypatch):
    monkeypatch.setattr(document, "MAX_CHARACTERS", 500)
    with pytest.raises(DocumentError, match="characters of text"):
        read("1. Kinh tế\n\n- Việc làm thử nghiệm.\n" * 40)


def test_a_word_file_that_unpacks_to_a_flood_is_refused_unread(monkeypatch):
    monkeypatch.setattr(limits, "MAX_UNPACKED", 10_000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", " " * 20_000)
    with pytest.raises(DocumentError, match="unpacks to more than"):
        read_document(buffer.getvalue(), "lon.docx")


# -- what a file may be: refused before it is read, saying where --------------------------------
DATA = Path(__file__).parent / "data"


def test_json_nested_past_the_limit_is_refused_at_its_path():
    node = '{"number": "1", "title": "x", "children": [' * 40 + "]}" * 40
    error = refused(f'{{"format": "hanhdong.program/1", "parts": [{node}]}}'.encode())
    assert error.where == "$.parts[0].children[0].children[0]…"
    assert error.message == "the JSON is nested deeper than 64 levels"


def test_a_word_part_declaring_entities_is_refused_before_it_is_parsed():
    content = craft.docx(craft.document_xml(craft.paragraph("x"), hostile.LAUGHS))
    with pytest.raises(DocumentError) as caught:
        read_document(content, "cuoi.docx")
    assert caught.value.where == "part word/document.xml"
    assert "DOCTYPE" in caught.value.message


def test_pages_paragraphs_and_lines_are_counted_before_anything_is_read(monkeypatch):
    monkeypatch.setattr(limits, "MAX_PAGES", 5)
    with pytest.raises(DocumentError, match="more than 5 pages"):
        read_document((DATA / "xa_dong_tien.pdf").read_bytes(), "p.pdf")
    monkeypatch.setattr(limits, "MAX_PARAGRAPHS", 100)
    with pytest.raises(DocumentError, match="more than 100 paragraphs"):
        read_document((DATA / "phuong_hoa_binh.docx").read_bytes(), "p.docx")
    monkeypatch.setattr(limits, "MAX_LINES", 100)
    with pytest.raises(DocumentError, match="more than 100 lines"):
        read_document((DATA / "xa_an_lac.txt").read_bytes(), "p.txt")


def test_a_copy_a_paragraph_a_line_reads_a_bare_number_after_bullets_as_a_heading():
    """No blank line anywhere, lines of every length, nearly every long one ending its
    sentence: each line is a paragraph, so "2 Phát triển kinh tế" after the bullets of
    "1.3" is the next area (in a wrapped text it would go on the sentence before)."""
    bullets = "\n".join(
        f"* Thực hiện tốt nhiệm vụ số {n} của chi bộ trong năm, gắn với kiểm tra, giám sát."
        for n in range(1, 5)
    )
    text = (
        "Đảng bộ xã Thử nhiệm kỳ 2025 - 2030 ban hành chương trình hành động như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "1 Quán triệt sâu sắc Nghị quyết Đại hội đến toàn thể cán bộ, đảng viên và Nhân dân.\n"
        "II. NHIỆM VỤ, GIẢI PHÁP\n"
        "1 Xây dựng Đảng\n"
        "1.1 Công tác chính trị, tư tưởng\n"
        f"{bullets}\n"
        "1.2 Công tác kiểm tra, giám sát\n"
        f"{bullets}\n"
        "2 Phát triển kinh tế\n"
        f"{bullets}\n"
        "Nơi nhận: | T/M BAN CHẤP HÀNH\n"
        "- Lưu Văn phòng. | BÍ THƯ\n"
        " | Nguyễn Văn A\n"
    )
    lines = from_text(text)
    assert all(line.blank_before for line in lines)
    assert " | Nguyễn Văn A" not in [line.text for line in lines]
    assert "Nguyễn Văn A" in [line.text for line in lines]  # the bar beside an empty cell
    part = parse(lines, source="t").data["parts"][1]
    assert [c["number"] for c in part["children"]] == ["1", "2"]
    assert len(part["children"][1]["items"]) == 4
