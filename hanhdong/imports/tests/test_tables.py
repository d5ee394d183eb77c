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


def test_cells_copied_without_a_border_keep_the_empty_cells_at_a_rows_ends():
    """ "Cơ quan thực hiện" over "Chủ trì" / "Phối hợp": the second header row is copied
    " | | Chủ trì | Phối hợp | |", its empty cells lining it up under the first."""
    text = HEAD + textwrap.dedent("""        DANH MỤC NHIỆM VỤ

        TT | Nội dung nhiệm vụ | Cơ quan thực hiện | | Thời gian thực hiện | Nguồn lực
         | | Chủ trì | Phối hợp | |
        I | CÔNG TÁC XÂY DỰNG ĐẢNG | | | |
        1 | Kết nạp đảng viên mới | Ban Xây dựng Đảng | Các chi bộ ấp | Hằng năm | Ngân sách xã
        2 | Sáp nhập các ấp | Ủy ban nhân dân xã | Ban nhân dân các ấp | Năm 2026 |
        """)
    first, second = parse(from_text(text), source="t").data["key_tasks"]
    assert fields(first, "name", "lead", "partners", "end", "resources") == (
        "Kết nạp đảng viên mới",
        "Ban Xây dựng Đảng",
        "Các chi bộ ấp",
        "Hằng năm",
        "Ngân sách xã",
    )
    assert fields(second, "lead", "partners", "end", "resources") == (
        "Ủy ban nhân dân xã",
        "Ban nhân dân các ấp",
        "Năm 2026",
        "",
    )


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


def test_amounts_in_a_kinh_phi_column_with_a_money_unit_are_no_funding_source():
    rows = [
        ["STT", "Nội dung công việc", "Cơ quan thực hiện", None, "Thời gian hoàn thành"]
        + ["Sản phẩm", "Kinh phí (triệu đồng)"],
        [None, None, "Chủ trì", "Phối hợp", None, None, None],
        ["1", "Số hóa hồ sơ", "Văn phòng", "Công an xã", "30/11/2026", "Dữ liệu", "120"],
    ]
    (task,) = tasks(rows)
    assert fields(task, "lead", "partners", "start", "end", "resources") == (
        "Văn phòng",
        "Công an xã",
        "",
        "30/11/2026",
        "",  # neither the product nor the amount is where the money comes from
    )


def test_rows_marked_with_a_dash_under_a_numbered_heading_of_rows_are_tasks():
    rows = [
        ["TT", "Nội dung công việc", "Cơ quan thực hiện", "Thời hạn hoàn thành"],
        ["1", "Lĩnh vực nông nghiệp", "", ""],
        ["-", "Tái canh cà phê", "Phòng Nông nghiệp", "Quý I/2025"],
        ["-", "Liên kết tiêu thụ", "Hội Nông dân", "Quý III/2025"],
        ["2", "Lĩnh vực xã hội", "", ""],
        ["a)", "Rà soát hộ nghèo", "Phòng Lao động", "Tháng 11/2025"],
    ]
    got = [fields(t, "number", "name", "lead") for t in tasks(rows)]
    assert got == [
        (1, "Tái canh cà phê", "Phòng Nông nghiệp"),
        (2, "Liên kết tiêu thụ", "Hội Nông dân"),
        (3, "Rà soát hộ nghèo", "Phòng Lao động"),
    ]


def test_a_table_copied_one_cell_a_line_with_group_rows_and_notes():
    text = HEAD + textwrap.dedent("""\
        TT
        Nội dung công việc
        Đơn vị chủ trì
        Đơn vị phối hợp
        Tiến độ thực hiện
        Ghi chú
        I
        XÂY DỰNG ĐẢNG
        1
        Quán triệt Nghị quyết Đại hội đến đảng viên
        Ban Tuyên giáo Đảng ủy
        Các chi bộ
        Quý IV/2025

        2
        Kiểm tra việc thực hiện Chương trình
        Ủy ban Kiểm tra Đảng ủy
        Văn phòng Đảng ủy
        Hằng năm
        Trình Ban Thường vụ
        II
        KINH TẾ
        1
        Xây dựng vùng lúa chất lượng cao
        Phòng Kinh tế
        Hợp tác xã;
        Hội Nông dân xã
        2026 - 2030
        """)
    got = [
        fields(t, "name", "lead", "partners", "start", "end", "resources")
        for t in parse(from_text(text), source="t").data["key_tasks"]
    ]
    assert got == [
        ("Quán triệt Nghị quyết Đại hội đến đảng viên", "Ban Tuyên giáo Đảng ủy", "Các chi bộ")
        + ("Quý IV/2025", "Quý IV/2025", ""),
        ("Kiểm tra việc thực hiện Chương trình", "Ủy ban Kiểm tra Đảng ủy", "Văn phòng Đảng ủy")
        + ("Hằng năm", "Hằng năm", ""),  # the note is no funding source
        ("Xây dựng vùng lúa chất lượng cao", "Phòng Kinh tế", "Hợp tác xã; Hội Nông dân xã")
        + ("2026", "2030", ""),  # numbered from 1 again after the group row
    ]


def test_a_web_copy_with_an_empty_line_after_every_cell_keeps_its_row_numbers():
    body = HEAD.replace("PHỤ LỤC\n", "").strip().split("\n")
    body += [f"- Việc thứ {i} của văn bản." for i in range(10)]  # a long enough copy
    body += [
        "Nơi nhận:",
        "- Lưu VP.",
        "DANH MỤC NHIỆM VỤ TRỌNG TÂM",
        "STT",
        "Nhiệm vụ trọng tâm",
        "Cơ quan chủ trì",
        "Thời gian hoàn thành",
        "1",
        "Quán triệt Nghị quyết",
        "Ban Tuyên giáo",
        "Tháng 12/2025",
        "2",
        "Lập đề án du lịch",
        "Ủy ban nhân dân phường",
        "Năm 2027",
    ]
    text = "\n\n".join(line for line in body if line.strip())
    got = [
        fields(t, "number", "name", "end")
        for t in parse(from_text(text), source="t").data["key_tasks"]
    ]
    assert got == [
        (1, "Quán triệt Nghị quyết", "Tháng 12/2025"),
        (2, "Lập đề án du lịch", "Năm 2027"),
    ]


def test_a_header_cell_copied_with_a_line_break_and_tabs_between_cells():
    text = HEAD + (
        "TT\tNội dung nhiệm vụ\tSản phẩm\tĐơn vị chủ trì\tThời gian\n"
        "thực hiện\n"
        "I\tTHỂ CHẾ\n"
        "1.\tRà soát quy định\tBáo cáo\tVụ Pháp chế\t2026-2028\n"
    )
    (task,) = parse(from_text(text), source="t").data["key_tasks"]
    assert fields(task, "name", "lead", "start", "end") == (
        "Rà soát quy định",
        "Vụ Pháp chế",
        "2026",
        "2028",
    )


def test_a_layout_table_whose_header_labels_wrap_over_two_lines():
    text = HEAD + textwrap.dedent("""\
         TT          Nội dung công việc               Đơn vị             Đơn vị         Thời gian
                                                      chủ trì           phối hợp       hoàn thành

        1      Rà soát, điều chỉnh vùng sản xuất   Phòng Kinh tế      Ban nhân dân các   Quý I/2026
               rau, hoa ứng dụng công nghệ cao                        ấp

        2      Tổ chức hội nghị kết nối tiêu thụ   Phòng Kinh tế      Hội Phụ nữ xã      Tháng
               nông sản với doanh nghiệp, siêu                                           6/2027
               thị
        """)
    got = [
        fields(t, "name", "lead", "partners", "start", "end")
        for t in parse(from_text(text), source="t").data["key_tasks"]
    ]
    assert got == [
        ("Rà soát, điều chỉnh vùng sản xuất rau, hoa ứng dụng công nghệ cao", "Phòng Kinh tế")
        + ("Ban nhân dân các ấp", "", "Quý I/2026"),
        ("Tổ chức hội nghị kết nối tiêu thụ nông sản với doanh nghiệp, siêu thị", "Phòng Kinh tế")
        + ("Hội Phụ nữ xã", "", "Tháng 6/2027"),
    ]


@pytest.mark.parametrize(
    ("cell", "start", "end"),
    [
        ("Trong năm 2026", {"kind": "year", "year": 2026}, {"kind": "year", "year": 2026}),
        ("Định kỳ hằng năm", {"kind": "annual"}, {"kind": "annual"}),
        ("Giai đoạn 2026 - 2030", {"kind": "year", "year": 2026}, {"kind": "year", "year": 2030}),
        ("Hoàn thành trong Quý II/2026", None, {"kind": "quarter", "year": 2026, "quarter": 2}),
    ],
)
def test_times_written_with_words_around_the_period(cell, start, end):
    rows = [["TT", "Nhiệm vụ", "Chủ trì", "Thời gian thực hiện"], ["1", "A", "UBND xã", cell]]
    (task,) = tasks(rows)
    assert (task["start_period"], task["end_period"]) == (start, end)


def test_cells_copied_with_runs_of_spaces_that_do_not_line_up_with_the_header():
    text = HEAD + textwrap.dedent("""\
        STT    Nội dung nhiệm vụ    Cơ quan chủ trì    Cơ quan phối hợp    Thời gian thực hiện
        I    KINH TẾ
        1    Lập kế hoạch chuyển đổi cây trồng    Phòng Kinh tế    Hội Nông dân xã    Quý I/2026
        2    Rà soát hộ nghèo    Phòng Văn hóa - Xã hội    Ban nhân dân các thôn    Tháng 11/2026
        II    QUỐC PHÒNG
        1    Tổ chức giao quân    Ban Chỉ huy quân sự xã    Công an xã    Hằng năm
        """)
    got = [
        fields(t, "name", "lead", "partners", "end")
        for t in parse(from_text(text), source="t").data["key_tasks"]
    ]
    assert got == [
        ("Lập kế hoạch chuyển đổi cây trồng", "Phòng Kinh tế", "Hội Nông dân xã", "Quý I/2026"),
        ("Rà soát hộ nghèo", "Phòng Văn hóa - Xã hội", "Ban nhân dân các thôn", "Tháng 11/2026"),
        ("Tổ chức giao quân", "Ban Chỉ huy quân sự xã", "Công an xã", "Hằng năm"),
    ]


def test_a_layout_table_with_group_rows_numbered_again_in_each_group():
    text = HEAD + textwrap.dedent("""\
         TT     Nội dung công việc                 Cơ quan chủ trì     Thời gian thực hiện

         I      KINH TẾ

         1      Lập kế hoạch chuyển đổi cây        Phòng Kinh tế       Quý I/2026
                trồng trên đất lúa

         2      Rà soát hộ nghèo                   Phòng Văn hóa       Tháng 11/2026

         II     QUỐC PHÒNG

         1      Tổ chức giao quân                  Ban Chỉ huy         Hằng năm
                                                   quân sự xã
        """)
    got = [
        fields(t, "number", "name", "lead", "end")
        for t in parse(from_text(text), source="t").data["key_tasks"]
    ]
    assert got == [
        (1, "Lập kế hoạch chuyển đổi cây trồng trên đất lúa", "Phòng Kinh tế", "Quý I/2026"),
        (2, "Rà soát hộ nghèo", "Phòng Văn hóa", "Tháng 11/2026"),
        (3, "Tổ chức giao quân", "Ban Chỉ huy quân sự xã", "Hằng năm"),
    ]


def test_the_advising_body_of_a_party_table_is_its_lead():
    rows = [
        ["TT", "Nhiệm vụ", "Cơ quan tham mưu", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["1", "Sơ kết Nghị quyết", "Văn phòng Đảng ủy", "Các chi bộ", "Quý IV/2026"],
    ]
    assert fields(tasks(rows)[0], "lead", "partners") == ("Văn phòng Đảng ủy", "Các chi bộ")


def test_a_word_table_of_tasks_inside_the_text_is_no_part_of_the_outline():
    from hanhdong.imports.tests.craft import HEAD as CRAFT_HEAD
    from hanhdong.imports.tests.craft import document_xml, docx, paragraph

    def cell(text):
        return f"<w:tc>{paragraph(text)}</w:tc>"

    def row(*texts):
        return "<w:tr>" + "".join(cell(t) for t in texts) + "</w:tr>"

    table = (
        "<w:tbl>"
        + row("TT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian hoàn thành")
        + row("1.", "Rà soát hộ nghèo", "Phòng Văn hóa - Xã hội", "Quý IV/2026")
        + row("2.", "- Lắp đặt 40 camera", "Công an xã", "Năm 2026")
        + "</w:tbl>"
    )
    body = "".join(paragraph(t) for t in CRAFT_HEAD) + paragraph("- Phát triển kinh tế.")
    body += table + paragraph("2. Văn hóa") + paragraph("- Giữ gìn bản sắc.")
    data = read_document(docx(document_xml(body)), "t.docx").data
    content = data["parts"][1]
    assert [(c["number"], len(c["items"])) for c in content["children"]] == [("1", 1), ("2", 1)]
    assert [t["name"] for t in data["key_tasks"]] == ["Rà soát hộ nghèo", "Lắp đặt 40 camera"]
    assert [t["where"] for t in data["targets"]] == ["appendix:2"]


def test_a_two_row_header_copied_without_its_merged_cells():
    text = HEAD + (
        "STT | Nội dung công việc | Cơ quan thực hiện | Thời gian\n"
        "Chủ trì | Phối hợp | Bắt đầu | Hoàn thành\n"
        "1 | Rà soát hộ nghèo | Phòng Văn hóa - Xã hội | Các thôn | Tháng 10/2026 | Tháng 12/2026\n"
    )
    (task,) = parse(from_text(text), source="t").data["key_tasks"]
    assert fields(task, "lead", "partners", "start", "end") == (
        "Phòng Văn hóa - Xã hội",
        "Các thôn",
        "Tháng 10/2026",
        "Tháng 12/2026",
    )
    one_a_line = HEAD + textwrap.dedent("""\
        STT
        Nội dung công việc
        Cơ quan thực hiện
        Thời gian
        Chủ trì
        Phối hợp
        Bắt đầu
        Hoàn thành
        1
        Rà soát hộ nghèo
        Phòng Văn hóa - Xã hội
        Các thôn
        Tháng 10/2026
        Tháng 12/2026
        """)
    (task,) = parse(from_text(one_a_line), source="t").data["key_tasks"]
    assert fields(task, "lead", "partners", "start", "end") == (
        "Phòng Văn hóa - Xã hội",
        "Các thôn",
        "Tháng 10/2026",
        "Tháng 12/2026",
    )


def test_a_number_column_headed_so_thu_tu_one_cell_a_line():
    text = HEAD + textwrap.dedent("""\
        Số thứ tự
        Nhiệm vụ
        Cơ quan chủ trì
        Thời gian thực hiện
        1
        Rà soát hộ nghèo
        Phòng Văn hóa - Xã hội
        Năm 2026
        """)
    (task,) = parse(from_text(text), source="t").data["key_tasks"]
    assert fields(task, "name", "lead", "end") == (
        "Rà soát hộ nghèo",
        "Phòng Văn hóa - Xã hội",
        "Năm 2026",
    )


def test_a_word_table_numbered_automatically_and_months_without_thang():
    """The STT column numbered by Word (the numbers in no cell's text), and a time column
    that writes a month as "01/2026"."""
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("Ban Chấp hành Đảng bộ xã Thử nhiệm kỳ 2025 - 2030 ban hành.")
    document.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    document.add_paragraph("1. Thống nhất nhận thức.")
    document.add_paragraph("PHỤ LỤC")
    table = document.add_table(rows=3, cols=5)
    header = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Bắt đầu", "Kết thúc"]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row, values in zip(
        table.rows[1:],
        [
            ["Lập kế hoạch", "Phòng Kinh tế", "01/2026", "3/2026"],
            ["Làm chợ", "UBND", "2026", "12/2027"],
        ],
        strict=True,
    ):
        row.cells[0].paragraphs[0].style = document.styles["List Number"]
        for cell, text in zip(row.cells[1:], values, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    first, second = read_document(buffer.getvalue(), "t.docx").data["key_tasks"]
    assert (first["number"], first["name"], second["name"]) == (1, "Lập kế hoạch", "Làm chợ")
    assert first["start_period"] == {"kind": "month", "year": 2026, "month": 1}
    assert second["end_period"] == {"kind": "month", "year": 2027, "month": 12}


def test_a_row_broken_under_a_header_repeated_without_ruling_goes_on_the_row_before():
    """A PDF table without ruling, its one-line header printed again on the next page: the
    line under the repeated header is the end of the row the page broke, not more header."""
    from hanhdong.imports.parse.pdf_layout import add_table

    columns = [40, 100, 260, 380]  # TT | Nội dung nhiệm vụ | Chủ trì | Phối hợp | Thời gian

    class Page:
        def __init__(self, lines):
            self.words = [
                {"text": text, "x0": x, "x1": x + 6 * len(text), "top": top, "bottom": top + 9}
                for top, cells in lines
                for x, text in zip([columns[0] - 30, *columns], cells, strict=False)
                if text
            ]
            self.chars = [{"text": w["text"]} for w in self.words]

        def extract_words(self):
            return self.words

    header = ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"]
    first = Page([(10, header), (30, ["1", "Làm đường", "Sở Xây", "Sở Tài", "Năm 2026"])])
    second = Page(
        [
            (10, header),
            (30, ["", "liên xã", "dựng", "chính", ""]),
            (50, ["2", "Làm chợ", "Sở Công", "UBND xã", "Năm 2027"]),
        ]
    )
    tables = []
    add_table(first, tables, "page 1")
    add_table(second, tables, "page 2")
    rows = tasks(*[t.rows for t in tables])
    assert [(r["name"], r["lead"], r["partners"]) for r in rows] == [
        ("Làm đường liên xã", "Sở Xây dựng", "Sở Tài chính"),
        ("Làm chợ", "Sở Công", "UBND xã"),
    ]
