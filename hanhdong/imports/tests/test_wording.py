"""Key tasks read from the wording of a document without a key-task table."""

import pytest

from hanhdong.imports.parse.wording import read


@pytest.mark.parametrize(
    ("text", "name", "lead", "partners", "start", "end"),
    [
        (
            "Giao Ủy ban nhân dân xã chủ trì, phối hợp với Hội Nông dân xã và Đoàn Thanh niên "
            "xã rà soát diện tích đất lúa; hoàn thành trước ngày 31/01/2026.",
            "Rà soát diện tích đất lúa",
            "Ủy ban nhân dân xã",
            "Hội Nông dân xã và Đoàn Thanh niên xã",
            "",
            "31/01/2026",
        ),
        (
            "Giao Công an xã phối hợp với Công ty TNHH Môi trường đô thị Hòa An bố trí điểm "
            "tập kết rác; thời gian: thường xuyên.",
            "Bố trí điểm tập kết rác",
            "Công an xã",
            "Công ty TNHH Môi trường đô thị Hòa An",
            "Thường xuyên",
            "Thường xuyên",
        ),
        (
            "Giao Ủy ban nhân dân phường hoàn thành việc đặt tên đường; thời gian thực hiện: "
            "quý II/2026.",
            "Hoàn thành việc đặt tên đường",
            "Ủy ban nhân dân phường",
            "",
            "Quý II/2026",
            "Quý II/2026",
        ),
        (
            "Tổ chức học tập Nghị quyết đến Nhân dân. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp "
            "với các xã, thị trấn thực hiện; hoàn thành trong tháng 01/2021.",
            "Tổ chức học tập Nghị quyết đến Nhân dân",
            "Ban Tuyên giáo Huyện ủy",
            "Các xã, thị trấn",
            "",
            "Tháng 01/2021",
        ),
        (
            "Đầu tư hạ tầng cụm công nghiệp (Ban cán sự đảng Ủy ban nhân dân huyện chủ trì, các "
            "cơ quan liên quan phối hợp; thực hiện từ năm 2021 đến năm 2023).",
            "Đầu tư hạ tầng cụm công nghiệp",
            "Ban cán sự đảng Ủy ban nhân dân huyện",
            "Các cơ quan liên quan",
            "Năm 2021",
            "Năm 2023",
        ),
        (
            "Giao UBND xã tổ chức hội nghị do Chủ tịch chủ trì; hoàn thành trong quý I/2026.",
            "Tổ chức hội nghị do Chủ tịch chủ trì",  # "chủ trì" after a verb: not the lead's
            "UBND xã",
            "",
            "",
            "Quý I/2026",
        ),
        (
            "Giao Sở Tài chính tham mưu bố trí kinh phí; thời hạn: quý II năm 2026.",
            "Tham mưu bố trí kinh phí",
            "Sở Tài chính",
            "",
            "",
            "Quý II/2026",
        ),
        (
            "Giao Văn phòng Ủy ban nhân dân tỉnh tổng hợp, báo cáo trong tháng 6 năm 2026.",
            "Tổng hợp, báo cáo",
            "Văn phòng Ủy ban nhân dân tỉnh",
            "",
            "Tháng 6/2026",
            "Tháng 6/2026",
        ),
        (
            "Đảng đoàn Hội đồng nhân dân huyện lãnh đạo giám sát chuyên đề; thực hiện hằng năm.",
            "Lãnh đạo giám sát chuyên đề",
            "Đảng đoàn Hội đồng nhân dân huyện",
            "",
            "Hằng năm",
            "Hằng năm",
        ),
    ],
)
def test_it_reads_the_lead_the_partners_and_the_time_of_each_shape(
    text, name, lead, partners, start, end
):
    found = read(text)
    assert (found.name, found.lead, found.partners, found.start, found.end) == (
        name,
        lead,
        partners,
        start,
        end,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Phấn đấu trong năm 2026 chỉnh trang thêm 10 tuyến hẻm.",  # a time, no lead
        "Hằng năm kết nạp từ 350 đảng viên mới; phấn đấu đến năm 2025 có 100% thôn.",
        "Đề nghị Ủy ban Mặt trận Tổ quốc xã đẩy mạnh tuyên truyền, vận động Nhân dân.",  # no time
        "Phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành.",
        "Ban hành quy chế làm việc; hoàn thành trong quý I/2026.",  # a verb, not "Ban …"
        "Phòng chống dịch bệnh; thực hiện thường xuyên.",
    ],
)
def test_an_item_without_a_lead_or_without_a_time_is_no_key_task(text):
    assert read(text) is None


def test_a_long_item_is_read_in_time_proportional_to_its_length():
    import time

    text = "Giao " + "Ủy ban nhân dân xã và " * 4000 + "rà soát; hoàn thành trong quý I/2026."
    began = time.perf_counter()
    read(text)
    assert time.perf_counter() - began < 2


def test_particulars_given_by_their_labels_under_the_tasks_name():
    from hanhdong.imports.parse.wording import from_labels

    found = from_labels(
        "Xây dựng Đề án phường thông minh",
        [
            "Cơ quan chủ trì: Ủy ban nhân dân phường.",
            "Cơ quan phối hợp: Công an phường; Văn phòng Đảng ủy.",
            "Thời gian hoàn thành: quý III/2026.",
        ],
    )
    assert (found.name, found.lead, found.partners, found.start, found.end) == (
        "Xây dựng Đề án phường thông minh",
        "Ủy ban nhân dân phường",
        "Công an phường; Văn phòng Đảng ủy",
        "",  # "hoàn thành": a deadline
        "Quý III/2026",
    )
    ran = from_labels("Số hóa hồ sơ", ["Đơn vị chủ trì: Văn phòng.", "Thời gian: 2026 - 2027."])
    assert (ran.lead, ran.start, ran.end) == ("Văn phòng", "2026", "2027")
    assert from_labels("Số hóa hồ sơ", ["Cơ quan phối hợp: Văn phòng."]) is None  # no lead


def test_labels_in_one_item_after_the_task():
    found = read(
        "Rà soát hộ nghèo. Chủ trì: Phòng Văn hóa - Xã hội; thời gian thực hiện: năm 2026."
    )
    assert (found.name, found.lead, found.start, found.end) == (
        "Rà soát hộ nghèo",
        "Phòng Văn hóa - Xã hội",
        "Năm 2026",
        "Năm 2026",
    )


def test_a_deadline_labelled_thoi_gian_hoan_thanh_after_the_assignment():
    found = read(
        "Giao Phòng Kinh tế chủ trì, phối hợp với Hội Nông dân xã xây dựng kế hoạch chuyển đổi "
        "cây trồng; thời gian hoàn thành: quý II/2026."
    )
    assert (found.lead, found.partners, found.start, found.end) == (
        "Phòng Kinh tế",
        "Hội Nông dân xã",
        "",
        "Quý II/2026",
    )


def test_the_body_that_gives_the_task_and_a_deadline_right_after_hoan_thanh():
    found = read(
        "Đảng ủy giao Ủy ban nhân dân xã chủ trì xây dựng Đề án phát triển du lịch, hoàn "
        "thành năm 2027."
    )
    assert (found.name, found.lead, found.start, found.end) == (
        "Xây dựng Đề án phát triển du lịch",
        "Ủy ban nhân dân xã",
        "",
        "Năm 2027",
    )
    # a sentence that gives nothing to a body: "giao nhiệm vụ" is the task itself
    assert (
        read("Các chi bộ tập trung giao nhiệm vụ cho đảng viên, hoàn thành trước 31/12/2026.")
        is None
    )


def test_points_under_to_chuc_thuc_hien_are_tasks_and_the_directives_points_are_not():
    """A directive's numbered points are its outline even when they name a body and a time;
    under "Tổ chức thực hiện" each point is an assignment, a task when it names both."""
    from hanhdong.imports.parse.document import parse
    from hanhdong.imports.parse.lines import from_text

    text = (
        "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện tốt các nội dung sau:\n\n"
        "1. Văn phòng Tỉnh ủy chủ trì, phối hợp với Công an tỉnh tham mưu sơ kết; hoàn "
        "thành trong quý IV/2028.\n\n"
        "2. Tổ chức thực hiện\n\n"
        "a) Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Đảng đoàn Ủy ban Mặt trận Tổ quốc "
        "Việt Nam tỉnh hướng dẫn tuyên truyền Chỉ thị; hoàn thành trong quý I/2026.\n\n"
        "b) Các đảng ủy trực thuộc Tỉnh ủy quán triệt Chỉ thị.\n\n"
        "c) Văn phòng Tỉnh ủy theo dõi, tổng hợp tình hình thực hiện Chỉ thị; thời gian: "
        "hằng năm.\n"
    )
    data = parse(from_text(text), source="t").data
    assert [(t["lead"], t["end"]) for t in data["key_tasks"]] == [
        ("Ban Tuyên giáo Tỉnh ủy", "Quý I/2026"),
        ("Văn phòng Tỉnh ủy", "Hằng năm"),
    ]
    assert data["key_tasks"][0]["name"] == "Hướng dẫn tuyên truyền Chỉ thị"
