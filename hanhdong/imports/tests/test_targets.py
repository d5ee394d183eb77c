"""Targets as other bodies write them: units we have no list for, shares of the economy,
years set by a section's heading, results that are no targets, plans of one year."""

import textwrap

import pytest
from django.utils import translation

from hanhdong.imports.parse.document import parse
from hanhdong.imports.parse.lines import from_text
from hanhdong.imports.parse.targets import Source, extract


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def found(text: str, where: str = "II.1", **source) -> list[tuple]:
    targets = extract([Source(where, text, **source)], 2030)
    return [
        (float(t["value"]), t["unit"], t["comparison"], t["year"], t["recurrence"]) for t in targets
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Phấn đấu đến năm 2027 chỉnh trang thêm 10 tuyến hẻm.", (10, "tuyến hẻm")),
        ("Đến năm 2030, GRDP bình quân đầu người đạt 8.500 USD.", (8500, "USD")),
        ("Giá trị xuất khẩu đạt 1,5 tỷ USD/năm vào năm 2030.", (1.5, "tỷ USD")),
        ("Năng suất bình quân đạt 3,2 tấn/ha vào năm 2030.", (3.2, "tấn/ha")),
        ("Hỗ trợ xây dựng 3.000 căn nhà cho hộ nghèo đến năm 2030.", (3000, "căn nhà")),
        ("Giải quyết việc làm mới cho 150 lao động trong năm 2030.", (150, "lao động")),
    ],
)
def test_it_reads_the_unit_from_the_words_after_the_number(text, want):
    assert [t[:2] for t in found(text)] == [want]


def test_two_counts_in_one_clause_and_a_per_denominator():
    assert [
        t[:2] for t in found("Đến năm 2030 đạt 15 bác sĩ và 38 giường bệnh trên 1 vạn dân.")
    ] == [
        (15, "bác sĩ"),
        (38, "giường bệnh"),
    ]


def test_numbers_that_count_no_target_are_left():
    for text in (
        "Trong 5 năm tới, củng cố Ban Chỉ đạo 35 các cấp.",
        "Thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng.",
        "Có 100% trường học có 01 phòng học thông minh hằng năm.",  # the count says what
    ):
        assert [t[1] for t in found(text)] in ([], ["%"]), text


def test_above_a_number_is_more_than_it_unless_it_says_or_more():
    assert found("Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95% vào năm 2030.") == [
        (95, "%", ">", 2030, None)
    ]
    assert found("Tỷ lệ che phủ rừng đạt trên 45% trở lên.")[0][2] == ">="
    assert extract([Source("II.1", "Tỷ lệ tham gia bảo hiểm y tế đạt trên 95%.")], 2030)[0][
        "indicator"
    ].endswith("y tế")


def test_a_share_of_the_economy_is_an_equality():
    targets = found("Cơ cấu kinh tế đến năm 2030: công nghiệp chiếm 48%; dịch vụ chiếm 37%.")
    assert [(t[0], t[2], t[3]) for t in targets] == [(48, "=", 2030), (37, "=", 2030)]


def test_an_average_is_yearly_for_a_rate_and_not_for_a_level():
    assert found("Tăng trưởng bình quân giai đoạn 2026 - 2030 đạt 10%/năm.")[0][3:] == (
        None,
        "annual",
    )
    assert found("Thu nhập bình quân đầu người đạt 72 triệu đồng.", heading_year=2026)[0][3:] == (
        2026,
        None,
    )


def test_a_span_before_the_value_sets_its_year_and_one_after_it_does_not():
    assert found("Tổng vốn đầu tư giai đoạn 2026 - 2030 đạt 550.000 tỷ đồng.")[0][3] == 2030
    text = "Tỷ lệ hộ nghèo giảm còn dưới 1% (theo chuẩn nghèo giai đoạn 2026 - 2030)."
    assert found(text, heading_year=2026)[0][2:4] == ("<=", 2026)


def test_a_count_after_a_percentage_in_a_phrase_of_its_own_is_a_target():
    text = "Phấn đấu đến năm 2025 có 100% số xã đạt chuẩn, trong đó có 8 xã đạt chuẩn nâng cao."
    assert [t[:2] for t in found(text)] == [(100, "%"), (8, "xã")]


HEAD = "Ban Chấp hành Đảng bộ tỉnh Thử xây dựng Đề án.\n\n"


def read(body: str) -> list[dict]:
    return parse(from_text(HEAD + textwrap.dedent(body)), source="t").data["targets"]


def test_headings_set_the_year_and_results_are_no_targets():
    targets = read("""\
        A. THỰC TRẠNG

        I. KẾT QUẢ ĐẠT ĐƯỢC

        Đến hết năm 2025, toàn tỉnh có 312.000 ha cà phê, đạt 94% kế hoạch.

        B. MỤC TIÊU GIAI ĐOẠN 2026 - 2030

        I. CÁC CHỈ TIÊU

        1. Giai đoạn 2026 - 2027

        - Diện tích được cấp mã số vùng trồng đạt 60.000 ha.

        2. Định hướng đến năm 2035

        - Tỷ lệ chế biến sâu đạt 40%.

        C. KINH PHÍ THỰC HIỆN

        Tổng kinh phí khoảng 1.850 tỷ đồng.
        """)
    assert [(t["where"], t["value"], t["year"]) for t in targets] == [
        ("B.I.1", 60000, 2027),
        ("B.I.2", 40, 2035),
    ]


def test_in_a_plan_of_one_year_every_target_is_due_that_year():
    targets = read("""\
        KẾ HOẠCH
        Phát triển kinh tế - xã hội năm 2026

        I. CHỈ TIÊU

        - Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%.
        """)
    assert [(t["value"], t["year"]) for t in targets] == [(95, 2026)]


def test_a_year_compared_with_is_no_deadline():
    assert found("Thu ngân sách tăng 10% so với năm 2025.", heading_year=2026)[0][3] == 2026


def test_a_table_of_targets_gives_the_planned_column_at_the_section_it_stands_in():
    from hanhdong.imports.parse.document import Table

    head = textwrap.dedent("""\
        Ủy ban nhân dân huyện Thử ban hành Kế hoạch năm 2025.

        I. MỤC ĐÍCH

        - Thực hiện tốt nhiệm vụ.

        II. CÁC CHỈ TIÊU CHỦ YẾU

        III. NHIỆM VỤ

        - Làm tốt.
        """)
    lines = from_text(head)
    at = next(line.number for line in lines if line.text.startswith("II."))
    table = [
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2024", "Kế hoạch năm 2025"],
        ["I", "CHỈ TIÊU KINH TẾ", "", "", ""],
        ["1", "Tốc độ tăng trưởng bình quân", "%", "8,2", "8,5"],
        ["2", "Thu nhập bình quân đầu người", "Triệu đồng/người/năm", "58", "62"],
        ["3", "Tỷ lệ hộ nghèo", "%", "3,1", "≤ 2,5"],
        ["4", "Lao động có việc làm mới", "Người", "1.150", "1.200"],
        ["5", "Số xã còn hộ đói", "Xã", "1", "0"],
    ]
    data = parse(lines, source="t", tables=[Table(rows=table, where="table 1", line=at)]).data
    assert [
        (t["where"], t["value"], t["unit"], t["comparison"], t["year"], t["recurrence"])
        for t in data["targets"]
    ] == [
        ("II", 8.5, "%", ">=", None, "annual"),  # a rate: every year
        ("II", 62, "triệu đồng", ">=", 2025, None),  # a level, not a rate
        ("II", 2.5, "%", "<=", 2025, None),
        ("II", 1200, "người", ">=", 2025, None),  # the 2024 column is a result
        ("II", 0, "xã", "<=", 2025, None),  # none left: at most none
    ]


def test_a_count_after_an_action_verb_and_per_one_unit():
    assert [t[:2] for t in found("Năm 2026 tổ chức 12 lớp tập huấn, lắp đặt 40 camera.")] == [
        (12, "lớp"),
        (40, "camera"),
    ]
    assert [t[:2] for t in found("Giá trị trên 1 ha đất trồng trọt đạt 350 triệu đồng.")] == [
        (350, "triệu đồng")
    ]


def test_not_below_is_a_floor_and_a_grade_is_no_count():
    assert found("Đến năm 2030 tỷ lệ tham gia bảo hiểm y tế không dưới 95%.") == [
        (95, "%", ">=", 2030, None)
    ]
    assert [t[:2] for t in found("Năm 2027 có 90% người dân dùng định danh mức độ 2.")] == [
        (90, "%")
    ]


def test_a_table_of_targets_copied_with_its_cells_joined_by_bars():
    text = textwrap.dedent("""\
        Ủy ban nhân dân xã Thử ban hành Kế hoạch năm 2026.

        I. MỤC ĐÍCH

        - Thực hiện tốt nhiệm vụ.

        II. CHỈ TIÊU CHỦ YẾU

        STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Kế hoạch năm 2026
        1 | Tỷ lệ hộ nghèo | % | 1,8 | Dưới 1,5
        2 | Diện tích lúa chất lượng cao | ha | 600 | 650

        III. NHIỆM VỤ

        - Làm tốt.
        """)
    data = parse(from_text(text), source="t").data
    assert [
        (t["where"], t["value"], t["unit"], t["comparison"], t["year"]) for t in data["targets"]
    ] == [
        ("II", 1.5, "%", "<=", 2026),
        ("II", 650, "ha", ">=", 2026),
    ]


def test_under_a_heading_of_targets_a_count_of_a_known_unit_needs_no_verb():
    text = textwrap.dedent("""\
        Ủy ban nhân dân tỉnh Thử ban hành Đề án giai đoạn 2026 - 2030.

        I. MỤC TIÊU CỤ THỂ ĐẾN NĂM 2030

        a) Đón 2.000.000 lượt khách du lịch.

        b) Doanh thu đạt 5.000 tỷ đồng.

        II. NHIỆM VỤ

        - Đón 30 đoàn khách quốc tế mỗi năm để giới thiệu sản phẩm.
        """)
    data = parse(from_text(text), source="t").data
    assert [(t["where"], t["value"], t["unit"]) for t in data["targets"]] == [
        ("I.a", 2000000, "lượt"),
        ("I.b", 5000, "tỷ đồng"),
    ]  # in the tasks, a count with no commitment word stays text


def test_an_average_in_the_next_clause_does_not_make_a_target_yearly():
    targets = found(
        "Tỷ lệ hộ nghèo giảm còn dưới 2,5%; thu nhập bình quân đầu người đạt 68 triệu đồng."
    )
    assert targets[0] == (2.5, "%", "<=", None, None)
