"""Key-task tables as documents print them: the header found by its words, columns in any
order, headers repeated on every page, rows numbered again in each group, rows broken
across pages, merged cells, one time column or two, cells copied from a web page."""

import textwrap
from pathlib import Path

import pytest
from django.utils import translation

from hanhdong.imports.parse.document import Table, parse
from hanhdong.imports.parse.lines import from_text
from hanhdong.imports.reader import read_document

HEAD = """\
Ban Chấp hành Đảng bộ xã Thử nhiệm kỳ 2025 - 2030 xây dựng Chương trình hành động.

I. MỤC ĐÍCH, YÊU CẦU

1. Thống nhất nhận thức.

II. NỘI DUNG

1. Kinh tế

- Phát triển kinh tế.

PHỤ LỤC
"""


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def tasks(*tables: list[list[str | None]]) -> list[dict]:
    found = [Table(rows=rows, where=f"table {i}") for i, rows in enumerate(tables, 1)]
    return parse(from_text(HEAD), source="t", tables=found).data["key_tasks"]


def fields(task: dict, *names: str) -> tuple:
    return tuple(task[name] for name in names)


def test_it_finds_the_columns_by_their_header_words_in_any_order():
    rows = [
        ["STT", "Cơ quan chủ trì", "Nhiệm vụ, dự án", "Cơ quan phối hợp", "Thời gian thực hiện"]
        + ["Kinh phí dự kiến (triệu đồng)", "Nguồn vốn"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
        ["1", "Sở Tài chính", "Xây dựng cơ chế", "Sở Tư pháp", "2026 - 2027", "4.500", "Ngân sách"],
    ]
    (task,) = tasks(rows)
    assert fields(task, "name", "lead", "partners", "start", "end", "resources") == (
        "Xây dựng cơ chế",
        "Sở Tài chính",
        "Sở Tư pháp",
        "2026",
        "2027",
        "Ngân sách",  # the amount column has no field when a funding source has one
    )


def test_a_single_kinh_phi_column_is_the_funding_source():
    rows = [
        ["TT", "Nhiệm vụ", "Chủ trì", "Thời gian", "Kinh phí"],
        ["1", "A", "UBND xã", "2026", "Ngân sách xã"],
    ]
    assert tasks(rows)[0]["resources"] == "Ngân sách xã"


def test_a_repeated_header_and_a_row_broken_across_pages_are_put_back_together():
    header = [
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian", None, "Nguồn lực"],
        [None, None, None, "Bắt đầu", "Hoàn\nthành", None],
    ]
    page_one = header + [
        ["I. XÂY DỰNG ĐẢNG", None, None, None, None, None],
        ["1", "Phát triển đảng viên trong", "Ban Tổ chức", "2026", "Quý", "Ngân sách"],
    ]
    page_two = header + [
        ["", "doanh nghiệp", "", "", "IV/2027", ""],
        ["II. KINH TẾ", None, None, None, None, None],
        ["2", "Quy hoạch", "UBND tỉnh", "Hằng năm", "Hằng năm", ""],
    ]
    first, second = tasks(page_one, page_two)
    assert fields(first, "number", "name", "start", "end") == (
        1,
        "Phát triển đảng viên trong doanh nghiệp",
        "2026",
        "Quý IV/2027",
    )
    assert first["end_period"] == {"kind": "quarter", "year": 2027, "quarter": 4}
    assert fields(second, "number", "name", "lead") == (2, "Quy hoạch", "UBND tỉnh")


def test_group_rows_are_skipped_and_rows_numbered_again_in_each_group_run_on():
    rows = [
        ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
        ["A", "LĨNH VỰC KINH TẾ"],
        ["1", "Làm đường", "Phòng Kinh tế", "Quý III/2026"],
        ["2", "Lập quy hoạch", "Phòng Kinh tế", "Trước 31/3/2026"],
        ["B", "LĨNH VỰC VĂN HÓA - XÃ HỘI"],
        ["1", "Rà soát hộ nghèo", "Phòng Văn hóa - Xã hội", "Thường xuyên"],
    ]
    found = tasks(rows)
    assert [t["number"] for t in found] == [1, 2, 3]
    assert found[2]["name"] == "Rà soát hộ nghèo"
    # one column "Thời gian hoàn thành": a deadline, with no start
    assert fields(found[0], "start", "start_period", "end") == ("", None, "Quý III/2026")
    assert found[1]["end_period"] == {"kind": "date", "date": "2026-03-31"}
    assert found[2]["end_period"] == {"kind": "open"}


def test_a_cell_merged_down_is_every_rows_and_one_time_across_both_columns_is_each():
    rows = [
        ["TT", "Nhiệm vụ", "Chủ trì", "Bắt đầu", "Hoàn thành"],
        ["1", "Tái canh", "Sở Nông nghiệp", "Năm 2026", "Năm 2027"],
        ["2", "Mô hình", None, "Hằng năm", None],
    ]
    second = tasks(rows)[1]
    assert fields(second, "lead", "start", "end") == ("Sở Nông nghiệp", "Hằng năm", "Hằng năm")


def test_a_table_without_a_task_header_is_not_read_as_tasks():
    layout = [
        ["ĐẢNG BỘ TỈNH", "ĐẢNG CỘNG SẢN VIỆT NAM"],
        ["Số 01-CTr/TU", "ngày 1 tháng 1 năm 2026"],
    ]
    assert tasks(layout) == []


def test_cells_copied_from_a_web_page_with_a_line_break_in_a_cell():
    text = HEAD + textwrap.dedent("""\
        DANH MỤC NHIỆM VỤ

        STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành
        A | LĨNH VỰC KINH TẾ
        1 | Rà soát hộ nghèo | Phòng Văn hóa - Xã hội | Ban nhân dân các ấp;
        Hội Phụ nữ xã | Tháng 11/2026
        2 | Giao quân | Ban Chỉ huy quân sự xã | Công an xã | Năm 2026
        """)
    first, second = parse(from_text(text), source="t").data["key_tasks"]
    assert fields(first, "partners", "end") == (
        "Ban nhân dân các ấp; Hội Phụ nữ xã",
        "Tháng 11/2026",
    )
    assert fields(second, "number", "lead", "end") == (2, "Ban Chỉ huy quân sự xã", "Năm 2026")


def test_a_numbered_row_over_its_sub_rows_is_a_heading_and_a_table_may_lack_numbers():
    rows = [
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
        ["1", "Lĩnh vực kinh tế", "", ""],
        ["1.1", "Làm đường", "Phòng Kinh tế", "Quý III/2026"],
        ["1.2", "Lập quy hoạch", "Phòng Kinh tế", "Năm 2026"],
    ]
    assert [t["name"] for t in tasks(rows)] == ["Làm đường", "Lập quy hoạch"]
    unnumbered = [
        ["Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"],
        ["LĨNH VỰC XÃ HỘI", "LĨNH VỰC XÃ HỘI", "LĨNH VỰC XÃ HỘI"],
        ["Rà soát hộ nghèo", "UBND xã", "Quý IV/2026"],
    ]
    assert [(t["number"], t["name"], t["end"]) for t in tasks(unnumbered)] == [
        (1, "Rà soát hộ nghèo", "Quý IV/2026")
    ]


def test_a_pdf_table_without_ruling_is_read_from_where_its_words_stand():
    path = Path(__file__).parent / "files" / "unruled_table.pdf"
    found = read_document(path.read_bytes(), path.name).data["key_tasks"]
    assert [t["number"] for t in found] == list(range(1, 17))  # the group rows left out
    assert found[2]["name"].endswith("trên đất lúa kém hiệu quả số 3")  # across a page break
    assert fields(found[3], "name", "lead", "partners", "start", "end") == (
        "Làm đường thôn 4",
        "Ủy ban nhân dân xã",
        "Các thôn; Hội Phụ nữ xã",
        "",
        "Quý I/2026",
    )


def test_cells_copied_under_a_key_task_header_with_no_appendix_title():
    text = textwrap.dedent("""\
        Ban Chấp hành Đảng bộ xã Thử nhiệm kỳ 2025 - 2030 ban hành Kế hoạch.
        I. NHIỆM VỤ
        - Phát triển kinh tế.
        II. TỔ CHỨC THỰC HIỆN
        Danh mục nhiệm vụ trọng tâm:
        TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành
        1 | Rà soát hộ nghèo | Phòng Văn hóa - Xã hội | Quý IV/2026
        Các cơ quan báo cáo kết quả.
        """)
    data = parse(from_text(text), source="t").data
    assert [fields(t, "name", "end") for t in data["key_tasks"]] == [
        ("Rà soát hộ nghèo", "Quý IV/2026")
    ]
    assert "Rà soát" not in str(data["parts"])  # the rows are the table's, not the outline's


def test_a_group_named_in_small_letters_over_numbered_rows_is_a_heading():
    rows = [
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
        ["", "Lĩnh vực kinh tế", "", ""],
        ["1", "Làm đường", "Phòng Kinh tế", "Năm 2026"],
        ["", "Lĩnh vực xã hội", "", ""],
        ["2", "Rà soát hộ nghèo", "Phòng Văn hóa - Xã hội", "Năm 2026"],
    ]
    assert [t["name"] for t in tasks(rows)] == ["Làm đường", "Rà soát hộ nghèo"]


def test_a_table_of_targets_is_no_table_of_tasks():
    targets_table = [
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2030", "Cơ quan chủ trì"],
        ["1", "Thu nhập bình quân", "triệu đồng", "92", "UBND xã"],
    ]
    assert tasks(targets_table) == []
