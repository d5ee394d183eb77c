"""The demo commune: xã Nghi Dương of Hải Phòng, its bodies, users of every role, its program.

The organization names are the commune's real bodies; villages, party cells and people are
made up for the demo. Everything goes through the services, so the demo also exercises them.
Running it again changes nothing.

Its reports and submissions are history: they happened over the past months, while the
worker ran. So what the worker did then is recorded as done (``_history_told``), and the
first pass of ``hanhdong worker`` sends only what today calls for.
"""

import datetime as dt
import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db.models import F, Max
from django.utils import timezone

from hanhdong.evaluations.models import CriteriaSet
from hanhdong.evaluations.services import criteria_sets_start
from hanhdong.exports.models import DocumentSettings
from hanhdong.exports.services import document_settings_save
from hanhdong.feedback import services as feedback_services
from hanhdong.feedback.models import Feedback, FeedbackEvent
from hanhdong.feedback.schedule import HANDLING
from hanhdong.lib.text import fold
from hanhdong.meetings import agenda
from hanhdong.meetings import services as meeting_services
from hanhdong.meetings.models import Meeting
from hanhdong.notifications.models import OutboxMessage
from hanhdong.orgs.models import Organization, OrgKind, Role
from hanhdong.orgs.services import organization_create, user_create
from hanhdong.oversight import services as oversight_services
from hanhdong.oversight.models import Measure, OversightProgram
from hanhdong.programs.models import Program
from hanhdong.programs.services import program_load
from hanhdong.reports.calendar import period_dates, period_tasks
from hanhdong.reports.models import (
    ProgressReport,
    ReportingKind,
    ReportingPeriod,
    ReportState,
    ReportVersion,
)
from hanhdong.reports.services import calendar_setup, report_file, report_review
from hanhdong.tasks import services as task_services
from hanhdong.tasks.models import DocKind, Origin

CITY_PROGRAM_FILE = Path(__file__).parent / "data" / "city_program.json"
PROGRAM_FILE = Path(__file__).parent / "data" / "program.json"
DEMO_PASSWORD = "hanhdong-demo"

CITY = ("Thành phố Hải Phòng", "hp")
COMMUNE = ("Xã Nghi Dương", "hp-nghiduong")

# (name, kind, short name, aliases, parent name or None for the commune itself)
UNITS = [
    (
        "Đảng ủy xã Nghi Dương",
        OrgKind.PARTY_COMMITTEE,
        "Đảng ủy",
        "Ban Chấp hành Đảng bộ xã Nghi Dương\nĐảng ủy xã",
        None,
    ),
    (
        "Ban Thường vụ Đảng ủy",
        OrgKind.STANDING_COMMITTEE,
        "BTV Đảng ủy",
        "",
        "Đảng ủy xã Nghi Dương",
    ),
    ("Văn phòng Đảng ủy", OrgKind.PARTY_OFFICE, "VP Đảng ủy", "", "Đảng ủy xã Nghi Dương"),
    (
        "Ban Xây dựng Đảng",
        OrgKind.PARTY_BOARD,
        "Ban XDĐ",
        "Ban Xây dựng Đảng đảng ủy",
        "Đảng ủy xã Nghi Dương",
    ),
    (
        "Ủy ban Kiểm tra Đảng ủy",
        OrgKind.INSPECTION_COMMITTEE,
        "UBKT Đảng ủy",
        "",
        "Đảng ủy xã Nghi Dương",
    ),
    ("Chi bộ thôn 1", OrgKind.PARTY_CELL, "", "", "Đảng ủy xã Nghi Dương"),
    ("Chi bộ thôn 2", OrgKind.PARTY_CELL, "", "", "Đảng ủy xã Nghi Dương"),
    ("Chi bộ Trường Tiểu học", OrgKind.PARTY_CELL, "", "", "Đảng ủy xã Nghi Dương"),
    ("Hội đồng nhân dân xã", OrgKind.PEOPLES_COUNCIL, "HĐND xã", "", None),
    ("Ủy ban nhân dân xã", OrgKind.PEOPLES_COMMITTEE, "UBND xã", "", None),
    (
        "Văn phòng HĐND và UBND xã",
        OrgKind.DEPARTMENT,
        "Văn phòng HĐND-UBND",
        "",
        "Ủy ban nhân dân xã",
    ),
    ("Phòng Kinh tế", OrgKind.DEPARTMENT, "", "", "Ủy ban nhân dân xã"),
    ("Phòng Văn hóa - Xã hội", OrgKind.DEPARTMENT, "Phòng VH-XH", "", "Ủy ban nhân dân xã"),
    (
        "Trung tâm Phục vụ hành chính công",
        OrgKind.DEPARTMENT,
        "Trung tâm PVHCC",
        "",
        "Ủy ban nhân dân xã",
    ),
    ("Công an xã", OrgKind.OTHER, "", "", "Ủy ban nhân dân xã"),
    ("Ban Chỉ huy quân sự xã", OrgKind.OTHER, "BCH Quân sự", "", "Ủy ban nhân dân xã"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", OrgKind.FATHERLAND_FRONT, "MTTQ xã", "", None),
    (
        "Hội Liên hiệp Phụ nữ xã",
        OrgKind.MASS_ORGANIZATION,
        "Hội Phụ nữ",
        "",
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
    ),
    (
        "Đoàn Thanh niên xã",
        OrgKind.MASS_ORGANIZATION,
        "Đoàn TN",
        "",
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
    ),
    ("Hội Nông dân xã", OrgKind.MASS_ORGANIZATION, "", "", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
    (
        "Hội Cựu chiến binh xã",
        OrgKind.MASS_ORGANIZATION,
        "Hội CCB",
        "",
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
    ),
    ("Thôn 1", OrgKind.VILLAGE, "", "", None),
    ("Thôn 2", OrgKind.VILLAGE, "", "", None),
    ("Thôn 3", OrgKind.VILLAGE, "", "", None),
]

# (username, full name, role, organization name; None = the city)
USERS = [
    ("bithu", "Nguyễn Văn Bình", Role.STANDING, "Ban Thường vụ Đảng ủy"),
    ("vanphong", "Trần Thị Hoa", Role.CLERK, "Văn phòng Đảng ủy"),
    ("ubnd", "Lê Văn Nam", Role.OFFICER, "Ủy ban nhân dân xã"),
    ("xaydungdang", "Phạm Thị Lan", Role.OFFICER, "Ban Xây dựng Đảng"),
    ("kiemtra", "Đỗ Văn Kiên", Role.INSPECTOR, "Ủy ban Kiểm tra Đảng ủy"),
    ("hdnd", "Vũ Thị Thu", Role.SUPERVISOR, "Hội đồng nhân dân xã"),
    ("mttq", "Hoàng Văn Mạnh", Role.SUPERVISOR, "Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
    ("thanhpho", "Ngô Thị Hà", Role.CITY_VIEWER, None),
]


def _org(name, kind, parent, code="", short_name="", aliases="", position=0):
    commune = parent.commune if parent is not None and kind != OrgKind.COMMUNE else None
    existing = Organization.objects.filter(name=name, commune=commune).first()
    if kind in (OrgKind.CITY, OrgKind.COMMUNE):
        existing = Organization.objects.filter(code=code).first()
    return existing or organization_create(
        acting_user=None,
        kind=kind,
        name=name,
        parent=parent,
        code=code,
        short_name=short_name,
        aliases=aliases,
        position=position,
    )


def demo_setup() -> dict:
    """Create (or find) the demo city, commune, units, users and program. Each part is made
    by its own services (each its own transaction) and only when it is missing, so running
    this again, even after it stopped half-way, changes nothing that is there."""
    city = _org(CITY[0], OrgKind.CITY, None, code=CITY[1])
    commune = _org(COMMUNE[0], OrgKind.COMMUNE, city, code=COMMUNE[1], short_name="Nghi Dương")
    units = {}
    for position, (name, kind, short_name, aliases, parent_name) in enumerate(UNITS, 1):
        parent = units[parent_name] if parent_name else commune
        units[name] = _org(
            name, kind, parent, short_name=short_name, aliases=aliases, position=position
        )

    User = get_user_model()
    if not User.objects.filter(username="admin").exists():
        User.objects.create_superuser("admin", "", DEMO_PASSWORD)
    for username, full_name, role, org_name in USERS:
        if User.objects.filter(username=username).exists():
            continue
        *first, last = full_name.split()
        user_create(
            acting_user=None,
            username=username,
            password=DEMO_PASSWORD,
            validate=False,
            temporary=False,  # the demo's accounts keep the printed password
            first_name=" ".join(first),
            last_name=last,
            memberships=[(units[org_name] if org_name else city, role)],
        )

    data = json.loads(PROGRAM_FILE.read_text(encoding="utf-8"))
    program = Program.objects.filter(commune=commune, number=data["number"]).first()
    if program is None:
        program = program_load(acting_user=None, commune=commune, data=data)
    if not hasattr(program, "calendar"):
        calendar_setup(
            acting_user=None,
            program=program,
            quarterly=True,
            half_yearly=True,
            nine_months=True,
            annual=True,
        )
    if not ProgressReport.objects.filter(task__program=program).exists():
        queued_before = _last_message()
        _demo_reports(
            program, User.objects.get(username="ubnd"), User.objects.get(username="vanphong")
        )
        _history_told(program, queued_before)
    if not DocumentSettings.objects.filter(commune=commune).exists():
        # the People's Committee's chairman signs its documents (a name made up for the demo)
        document_settings_save(acting_user=None, commune=commune, state_signer_name="Vũ Đức Thành")
    if not Feedback.objects.filter(commune=commune).exists():
        queued_before = _last_message()
        _demo_feedback(commune, units, {u.username: u for u in User.objects.all()})
        _history_told(program, queued_before)
    if not Meeting.objects.filter(commune=commune).exists():
        queued_before = _last_message()
        _demo_tasks(commune, program, units, {u.username: u for u in User.objects.all()})
        _history_told(program, queued_before)
    if not Program.objects.filter(commune=city).exists():
        _demo_city_program(city, program, User.objects.get(username="vanphong"))

    if not OversightProgram.objects.filter(commune=commune).exists():
        queued_before = _last_message()
        _demo_oversight(commune, program, units, {u.username: u for u in User.objects.all()})
        _history_told(program, queued_before)

    if not CriteriaSet.objects.filter(commune=commune).exists():
        # the default criteria of the yearly evaluations, the board's to change
        criteria_sets_start(acting_user=User.objects.get(username="xaydungdang"), commune=commune)
    return {"commune": commune, "program": program}


# which areas of the demo commune's program carry out which items of the city's; the city's
# II.3:1, II.4:2 and II.5:2 are left to no commune, so its page flags them
CITY_LINKS = {
    "II.1": ["II.1"],
    "II.2": ["II.2:1"],
    "II.3": ["II.2:2"],
    "II.4": ["II.3:2", "II.3:3"],
    "II.5": ["II.4:1"],
    "II.7": ["II.5:1"],
    "II.8": ["II.6:1"],
    "II.9": ["II.6:2"],
}


def _demo_city_program(city, program, clerk) -> None:
    """The city's program, and the demo commune's areas linked to the items they carry
    out, so that the city viewer sees the roll-up."""
    data = json.loads(CITY_PROGRAM_FILE.read_text(encoding="utf-8"))
    program_load(acting_user=None, commune=city, data=data)
    paths = set(program.sections.values_list("path", flat=True))
    for place, serves in CITY_LINKS.items():
        if place in paths:
            task_services.city_link_set(
                acting_user=clerk, program=program, place=place, serves=serves
            )


def _last_message() -> int:
    return OutboxMessage.objects.aggregate(last=Max("pk"))["last"] or 0


def _history_told(program, queued_before: int) -> None:
    """What the worker did while the demo's history happened, recorded as done (the demo
    only, as its dates are): the messages the history queued — reports submitted and
    reviewed, submissions assigned — were delivered at the time (no in-app notification is
    made up for them); the clerks heard of each submission; every period and submission
    whose escalation date has passed was escalated then, and a period is closed once
    escalated. Nothing of the past is left for the worker to send."""
    today = timezone.localdate()
    commune = program.commune
    OutboxMessage.objects.filter(pk__gt=queued_before, sent_at__isnull=True).update(
        sent_at=timezone.now()
    )
    escalate_days = program.calendar.escalate_days
    ReportingPeriod.objects.filter(
        program=program, closed=False, due_on__lt=today - dt.timedelta(days=escalate_days)
    ).update(closed=True)
    rules = feedback_services.settings_of(commune)
    demo_feedback = Feedback.objects.filter(commune=commune)
    demo_feedback.filter(notified=False).update(notified=True)
    demo_feedback.filter(
        state__in=HANDLING, deadline__lt=today - dt.timedelta(days=rules.escalate_days)
    ).update(escalated_for=F("deadline"))


# Citizens' submissions of the demo, written for it: (kind, topic, title, text, place,
# with contact details, how far the handling went, area, days ago, rating)
# fmt: off
DEMO_FEEDBACK = [
    ("phan_anh", "giao_thong", "Đèn đường tắt cả tháng",
     "Tuyến đường trục thôn Đông từ nhà văn hóa ra đê, năm cột đèn tắt gần một tháng nay, "
     "tối đi làm về rất nguy hiểm.",
     "Thôn Đông", True, "rated", "II.3", 40, 4),
    ("kien_nghi", "moi_truong", "Thu gom rác thôn Nam",
     "Xe thu gom rác chỉ qua thôn Nam một lần mỗi tuần, rác ứ ở đầu ngõ bốc mùi. "
     "Đề nghị tăng lên ba lần mỗi tuần.",
     "Thôn Nam", False, "rated", "II.5", 35, 3),
    ("phan_anh", "dat_dai", "Đổ đất lấn mương",
     "Một hộ ở xóm 3 đổ đất lấn ra mương tiêu chung khoảng hai mét, mưa to là nước tràn "
     "vào ruộng các nhà bên cạnh.",
     "Xóm 3, thôn Bắc", True, "overdue", "II.5", 30, None),
    ("kien_nghi", "thu_tuc", "Nộp hồ sơ trực tuyến",
     "Tôi nộp hồ sơ xin cấp bản sao giấy khai sinh trên cổng dịch vụ công nhưng hai tuần "
     "chưa thấy trả lời, gọi lên xã thì bảo chưa nhận được.",
     "", True, "in_progress", "II.9", 8, None),
    ("gop_y", "kinh_te", "Chỉ tiêu 120 doanh nghiệp",
     "Để có 120 doanh nghiệp đến 2030 xã nên có tổ hỗ trợ thủ tục đăng ký và giới thiệu "
     "mặt bằng cho hộ kinh doanh muốn lên doanh nghiệp.",
     "", False, "answered", "II.4", 20, None),
    ("phan_anh", "an_ninh", "Thanh niên tụ tập đua xe",
     "Tối thứ bảy nào cũng có nhóm thanh niên tụ tập đua xe máy trên đường đê, nẹt pô ầm ĩ "
     "đến nửa đêm.",
     "Đường đê thôn Tây", False, "assigned", "II.8", 5, None),
    ("to_cao", "can_bo", "Thu tiền ngoài quy định",
     "Cán bộ thôn thu mỗi hộ 200 nghìn đồng gọi là tiền làm đường nhưng không có biên lai, "
     "không họp dân bàn.",
     "Thôn Bắc", True, "assigned", "II.1", 12, None),
    ("kien_nghi", "y_te_giao_duc", "Lớp học dột",
     "Hai phòng học của điểm trường tiểu học thôn Tây bị dột, mưa là các cháu phải dồn bàn "
     "sang một bên.",
     "Điểm trường thôn Tây", False, "received", "", 1, None),
    ("phan_anh", "an_sinh", "Chưa nhận trợ cấp",
     "Mẹ tôi 82 tuổi, đã làm hồ sơ trợ cấp người cao tuổi từ tháng trước mà chưa được nhận.",
     "Thôn Đông", True, "received", "", 0, None),
    ("kien_nghi", "van_hoa", "Sân chơi cho trẻ em",
     "Thôn Trung chưa có sân chơi cho trẻ em, đề nghị xã bố trí một phần sân nhà văn hóa "
     "làm sân chơi.",
     "Thôn Trung", False, "rejected", "", 25, None),
]
# fmt: on


def _demo_feedback(commune, units, users) -> None:
    """The submissions above, each taken as far as its handling went. Their dates are moved
    into the past afterwards (the demo only), so some answers are late and some overdue."""
    clerk, officer = users["vanphong"], users["ubnd"]
    agency = units["Ủy ban nhân dân xã"]
    names = ["Nguyễn Thị Mai", "Trần Văn Hùng", "Phạm Văn Tư", "Lê Thị Hạnh"]
    for index, row in enumerate(DEMO_FEEDBACK):
        kind, topic, title, text, place, contact, stage, area, days_ago, rating = row
        name = names[index % len(names)] if contact else ""
        feedback = feedback_services.feedback_submit(
            commune=commune,
            kind=kind,
            topic=topic,
            title=title,
            text=text,
            place=place,
            name=name,
            phone=f"0912{index:06d}" if contact else "",
            consent=contact,
        )
        if stage == "received":
            pass
        elif stage == "rejected":
            feedback_services.feedback_accept(
                acting_user=clerk,
                feedback=feedback,
                accept=False,
                reason="Đã có trong kế hoạch năm sau của xã; xã sẽ thông báo khi triển khai.",
            )
        else:
            feedback_services.feedback_accept(acting_user=clerk, feedback=feedback, accept=True)
            feedback_services.feedback_assign(acting_user=clerk, feedback=feedback, agency=agency)
        if area:
            feedback_services.feedback_link(acting_user=clerk, feedback=feedback, area_path=area)
        if stage in ("in_progress", "answered", "rated"):
            feedback_services.feedback_start(acting_user=officer, feedback=feedback)
        if stage in ("answered", "rated"):
            feedback_services.feedback_answer(
                acting_user=officer,
                feedback=feedback,
                answer="Ủy ban nhân dân xã đã kiểm tra và xử lý; kết quả đã thông báo tới thôn.",
            )
        if stage in ("answered", "rated"):  # the Party Office read the masked version
            feedback_services.feedback_publish(acting_user=clerk, feedback=feedback)
        if rating:
            feedback_services.feedback_rate(code=feedback.code, rating=rating)
        # the demo's history: move the dates back (never done outside the demo)
        then = timezone.now() - dt.timedelta(days=days_ago)
        changes = {"created_at": then}
        if stage not in ("received", "rejected"):
            changes["deadline"] = (then + dt.timedelta(days=15)).date()
        if stage in ("answered", "rated"):
            changes["answered_at"] = then + dt.timedelta(days=9)
        elif stage == "rejected":
            changes["answered_at"] = then + dt.timedelta(days=3)
        Feedback.objects.filter(pk=feedback.pk).update(**changes)
        FeedbackEvent.objects.filter(feedback=feedback).update(at=then)


# Figures the demo's agencies "reported" for some targets, at the end of each 6-month,
# 9-month and annual period in turn (6 tháng 2025, 9 tháng 2025, Năm 2025, 6 tháng 2026 …).
DEMO_VALUES = {
    "doanh nghiệp hoạt động trên địa bàn": [92, 95, 97, 101, 103],
    "hộ nghèo theo chuẩn nghèo đa chiều": [21, 19, 17, 14, 12],
    "tỷ lệ điều tra phá án": [86, 88, 88, 87, 89],
    "tỷ lệ giải ngân vốn đầu tư công": [45, 72, 100, 48, 74],
    "tăng thu ngân sách nhà nước trên địa bàn bình quân": [10.2, 11.8, 12.6, 12.9, 13.5],
    "trường học đạt chuẩn quốc gia mức độ 2": [25, 25, 50, 50, 50],
}
# What each agency wrote about its task (written for the demo; the figures are made up)
# fmt: off
DEMO_RESULTS = {
    1: "Đã kết nạp 9 đảng viên mới; đang hoàn thiện hồ sơ thành lập chi bộ Công ty TNHH "
       "Nông sản Nghi Dương.",
    2: "Đã kiểm tra 6 tổ chức đảng trực thuộc và giám sát chuyên đề 12 đảng viên, trong đó "
       "6 đồng chí là người đứng đầu chi bộ, cơ quan, đơn vị.",
    3: "Đã chỉ đạo các thôn, đơn vị tập trung thu ngân sách; số thu tăng 13,5% so với cùng "
       "kỳ, chủ yếu từ thuế ngoài quốc doanh và tiền sử dụng đất.",
    4: "Đã giải ngân 18,6 tỷ đồng vốn đầu tư công, đạt 74% kế hoạch vốn năm.",
    5: "Đã giao chỉ tiêu kinh tế - xã hội và dự toán thu, chi ngân sách năm cho các thôn, "
       "đơn vị.",
    6: "Giá trị sản xuất nông nghiệp, thủy sản ước đạt 74% kế hoạch năm; vụ lúa xuân đạt "
       "năng suất 6,8 tấn/ha.",
    7: "Đã kiện toàn Ban Chỉ huy phòng chống thiên tai, tìm kiếm cứu nạn và tổ chức diễn "
       "tập ứng phó bão tại thôn 2.",
    8: "Đã tích tụ 12 ha đất lúa tại cánh đồng thôn 1 để sản xuất lúa chất lượng cao; "
       "chuyển 3,5 ha đất lúa kém hiệu quả sang nuôi trồng thủy sản.",
    9: "Đã phân bổ kế hoạch đầu tư công năm cho 7 công trình; khởi công 4 công trình đường "
       "giao thông nông thôn.",
    10: "Đã hoàn thành thống kê đất đai năm và gửi kết quả về cơ quan cấp trên.",
    11: "Đã cấp 46 Giấy chứng nhận quyền sử dụng đất lần đầu; đang thẩm định 21 hồ sơ.",
    12: "Đã kiểm tra 15 trường hợp, xử lý 4 vi phạm về đất đai, xây dựng; giải quyết 3 đơn "
        "tranh chấp đất đai.",
    13: "Đã duy trì thu gom rác thải sinh hoạt ba lần mỗi tuần tại các thôn; tỷ lệ thu gom "
        "đạt 92%.",
    14: "Đã hỗ trợ 5 hộ kinh doanh chuyển lên doanh nghiệp tư nhân; trên địa bàn có 103 "
        "doanh nghiệp đang hoạt động.",
    15: "Đã hoàn thành bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ "
        "2026 - 2031; tỷ lệ cử tri đi bầu đạt 99,2%.",
    16: "Đã kiện toàn các chức danh do HĐND xã bầu tại kỳ họp thứ nhất.",
    17: "Đã rà soát quy mô dân số các thôn để chuẩn bị phương án sáp nhập.",
    18: "Đã triển khai kế hoạch thực hiện Nghị quyết số 71-NQ/TW tại 4 trường; tỷ lệ học "
        "sinh lên lớp đạt 99%.",
    19: "Đã đầu tư 6 phòng học bộ môn và bổ sung thiết bị dạy học cho Trường Tiểu học.",
    20: "Đã cử 14 giáo viên tham gia bồi dưỡng chuyên môn, nghiệp vụ về chương trình giáo "
        "dục phổ thông 2018.",
    21: "Đã duy trì tiếp nhận, giải quyết thủ tục tại Trung tâm Phục vụ hành chính công; "
        "không có hồ sơ quá hạn.",
    22: "Đã duy trì kết quả phổ cập giáo dục tiểu học, trung học cơ sở và xóa mù chữ mức "
        "độ 2.",
    23: "Đã hoàn thiện hồ sơ đề nghị công nhận Trường Mầm non đạt chuẩn quốc gia mức độ 2; "
        "hiện có 2/4 trường đạt chuẩn.",
    24: "Đã lắp đặt phòng học thông minh tại Trường Tiểu học và Trường Trung học cơ sở.",
    25: "Đã ban hành kế hoạch cải cách hành chính giai đoạn 2026 - 2030; tỷ lệ hồ sơ nộp "
        "trực tuyến đạt 86%.",
    26: "Đã hoàn thành giao quân, đạt 100% chỉ tiêu; 18 thanh niên lên đường nhập ngũ.",
    27: "Đã điều tra, làm rõ 13/15 vụ phạm pháp hình sự, đạt 87%; không để hình thành điểm "
        "nóng về an ninh trật tự.",
}
DEMO_DIFFICULTIES = {
    4: "Một số dự án vướng mặt bằng, chậm bàn giao đất cho nhà thầu.",
    9: "Nguồn thu tiền sử dụng đất chưa bảo đảm để bố trí vốn đối ứng.",
    12: "Lực lượng địa chính mỏng, địa bàn rộng.",
    20: "Kinh phí bồi dưỡng giáo viên chưa được bố trí đủ.",
    23: "Thiếu kinh phí cải tạo khuôn viên, công trình vệ sinh theo tiêu chuẩn.",
    27: "Một số vụ việc phức tạp, đối tượng bỏ trốn khỏi địa phương.",
}
DEMO_PROPOSALS = {
    4: "Đề nghị Thành phố sớm bố trí vốn hỗ trợ giải phóng mặt bằng.",
    23: "Đề nghị Thành phố hỗ trợ kinh phí xây dựng trường đạt chuẩn.",
}
# fmt: on
STATUS_CYCLE = ["on_track"] * 6 + ["at_risk", "on_track", "behind", "on_track", "completed"]
# the longer period last among those due on the same day (Quý III, then 9 tháng)
KIND_ORDER = [ReportingKind.MONTH, ReportingKind.QUARTER, ReportingKind.HALF, ReportingKind.NINE]


def _percent(task, period, status) -> int:
    """How far the task is by the period's end: a recurring task through its year, a dated
    one through its span; less when it is in trouble."""
    if status in ("completed", "completed_late"):
        return 100
    start, end = period_dates(period)
    first, last = task.first_year, task.last_year
    if first is None or last is None:  # recurring: the share of the year gone
        share = end.month / 12
    else:
        span = (dt.date(last, 12, 31) - dt.date(first, 1, 1)).days
        share = (end - dt.date(first, 1, 1)).days / span if span else 1
    done = round(100 * min(max(share, 0.05), 0.95))
    return max(done - (15 if status in ("at_risk", "behind") else 0), 5)


def _demo_reports(program, officer, clerk) -> None:
    """Reports on the periods already past: most accepted, a few missing or in trouble,
    so the dashboard, the officer's page and the worker have something to show."""
    today = timezone.localdate()
    periods = sorted(
        ReportingPeriod.objects.filter(program=program, due_on__lt=today),
        key=lambda p: (
            p.due_on,
            KIND_ORDER.index(p.kind) if p.kind in KIND_ORDER else len(KIND_ORDER),
        ),
    )
    figures = [
        p for p in periods if p.kind in (ReportingKind.HALF, ReportingKind.NINE, ReportingKind.YEAR)
    ]
    for index, period in enumerate(periods):
        latest = index == len(periods) - 1
        for task in period_tasks(period):
            seed = task.number * 7 + index * 3
            if latest and seed % 4 == 0:
                continue  # the latest period: a quarter of the agencies have not reported yet
            status = STATUS_CYCLE[seed % len(STATUS_CYCLE)]
            end = task.end
            if end is not None and end.is_dated and end.last_day() <= period_dates(period)[1]:
                status = "completed"  # a dated task past its end was finished
            elif status == "completed":
                status = "on_track"  # a task still running is not finished yet
            values = {}
            if period in figures:
                step = figures.index(period)
                for target in task.targets.all():
                    series = DEMO_VALUES.get(target.indicator, [])
                    if step < len(series):
                        values[target.pk] = series[step]
            trouble = status not in ("on_track", "completed")
            report = report_file(
                acting_user=officer,
                task=task,
                period=period,
                status=status,
                percent=_percent(task, period, status),
                results=DEMO_RESULTS.get(task.number, "Đã triển khai theo kế hoạch."),
                difficulties=(
                    DEMO_DIFFICULTIES.get(task.number, "Thiếu kinh phí đối ứng.") if trouble else ""
                ),
                proposals=(
                    DEMO_PROPOSALS.get(task.number, "Đề nghị bổ sung nguồn lực.")
                    if status == "behind"
                    else ""
                ),
                values=values,
                submit=True,
            )
            accept = not latest or seed % 3
            if accept:
                report_review(acting_user=clerk, report=report, accept=True)
            # the demo's history: handed in on the eve of the deadline (one in five a few
            # days late), reviewed two days after (never done outside the demo)
            late = 3 if seed % 5 == 0 else -1
            then = dt.datetime.combine(
                period.due_on + dt.timedelta(days=late), dt.time(9), tzinfo=dt.UTC
            )
            ProgressReport.objects.filter(pk=report.pk).update(
                submitted_at=then, reviewed_at=then + dt.timedelta(days=2) if accept else None
            )
            # its versions too, which the signals read for when a report was first handed in
            ReportVersion.objects.filter(report=report, state=ReportState.SUBMITTED).update(at=then)
            ReportVersion.objects.filter(report=report, state=ReportState.ACCEPTED).update(
                at=then + dt.timedelta(days=2)
            )


def _demo_tasks(commune, program, units, users) -> None:
    """A meeting of the Standing Committee held a fortnight ago — its agenda proposed from
    the demo's data, two conclusions and three tasks, its notice issued — one task done on
    time and confirmed, one overdue (the worker escalates it at its first pass), one under
    way; and two agencies' implementing plans whose tasks carry out program items."""
    today = timezone.localdate()
    clerk, officer, board = users["vanphong"], users["ubnd"], users["xaydungdang"]
    ubnd, xdd = units["Ủy ban nhân dân xã"], units["Ban Xây dựng Đảng"]
    mttq = units["Ủy ban Mặt trận Tổ quốc Việt Nam xã"]
    held = today - dt.timedelta(days=14)
    period, proposals = agenda.propose(commune, held)
    meeting = meeting_services.meeting_create(
        acting_user=clerk,
        commune=commune,
        held_on=held,
        place="Hội trường Đảng ủy xã",
        chair=program.signer_name or "Nguyễn Văn Bình",
        chair_role="Bí thư Đảng ủy",
        attendees="Các đồng chí Ủy viên Ban Thường vụ Đảng ủy\nĐại diện Văn phòng Đảng ủy",
        agenda="\n".join(p.line for p in proposals),
        period=period,
    )
    meeting_services.meeting_conclude(
        acting_user=clerk,
        meeting=meeting,
        conclusions=(
            "Ghi nhận kết quả thực hiện Chương trình hành động trong kỳ, cơ bản bảo đảm tiến độ\n"
            "Các cơ quan, đơn vị chưa nộp báo cáo hoàn thành trước ngày 05 tháng sau"
        ),
    )
    five = {"responsible": "Đồng chí Phó Bí thư Thường trực Đảng ủy"}
    done, late, under_way = (
        task_services.task_add(acting_user=clerk, directive=meeting.directive, **fields, **five)
        for fields in (
            {"title": "Giao chỉ tiêu phát triển đảng viên cho từng chi bộ", "lead": xdd,
             "due_text": (held + dt.timedelta(days=10)).strftime("%d/%m/%Y"),
             "product": "Văn bản giao chỉ tiêu"},
            {"title": "Rà soát, đẩy nhanh giải ngân vốn đầu tư công các công trình chậm tiến độ",
             "lead": ubnd, "due_text": "5 ngày làm việc",
             "product": "Báo cáo kết quả giải ngân"},
            {"title": "Tổ chức đối thoại với Nhân dân về thu gom, xử lý rác thải", "lead": ubnd,
             "due_text": (today + dt.timedelta(days=45)).strftime("%d/%m/%Y"),
             "product": "Biên bản đối thoại"},
        )
    )  # fmt: skip
    meeting_services.meeting_issue(
        acting_user=clerk, meeting=meeting, dated=held + dt.timedelta(days=1)
    )
    task_services.task_close(
        acting_user=board,
        task=done,
        done_on=held + dt.timedelta(days=8),
        result="Văn bản số 15-CV/ĐU giao chỉ tiêu kết nạp đảng viên cho 12 chi bộ",
    )
    task_services.task_confirm(acting_user=clerk, task=done, accept=True)
    task_services.task_progress(
        acting_user=officer, task=under_way, percent=20, text="Đã xây dựng kế hoạch đối thoại."
    )
    task_services.task_progress(
        acting_user=officer, task=late, percent=50, text="Đã rà soát 4/8 công trình."
    )
    # the agencies' plans carrying the program down
    sections = {s.path: s for s in program.sections.all()}
    for owner, number, title, years, rows in (
        (ubnd, "25/KH-UBND", "Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030",
         (2026, 2030), [
             ("Lập quy hoạch chung xã đến năm 2040", "II.2:1", "Năm 2026", "Quy hoạch được duyệt"),
             ("Nâng cấp 5 km đường trục xã", "II.3:1", "Năm 2028", "Công trình nghiệm thu"),
             ("Hỗ trợ thành lập 20 doanh nghiệp mới", "II.4:1", "Năm 2030", "Số doanh nghiệp"),
         ]),
        (mttq, "08/KH-MTTQ", "Kế hoạch giám sát thực hiện Chương trình hành động năm 2026",
         (2026, 2026), [
             ("Giám sát việc thu gom rác thải ở các thôn", "II.5:1", "Quý IV/2026",
              "Báo cáo giám sát"),
         ]),
    ):  # fmt: skip
        plan = task_services.directive_create(
            acting_user=clerk,
            commune=commune,
            origin=Origin.PLAN,
            kind=DocKind.PLAN,
            number=number,
            issued_on=today - dt.timedelta(days=60),
            issuer_name=owner.name,
            owner=owner,
            title=title,
            first_year=years[0],
            last_year=years[1],
        )
        for what, serves, due, product in rows:
            if serves.split(":")[0] not in sections:
                continue
            task_services.task_add(
                acting_user=clerk,
                directive=plan,
                title=what,
                lead=owner,
                responsible=f"Đồng chí người đứng đầu {owner.short_name or owner.name}",
                due_text=due,
                product=product,
                serves=[serves],
            )
        task_services.directive_issue(acting_user=clerk, directive=plan)


def _demo_oversight(commune, program, units, users) -> None:
    """The Inspection Committee's program for this year — three planned items, one carried
    out and concluded three days ago with a recommendation to its cell — and the program's
    two coverage targets measured from it; a supervision by the People's Council."""
    today = timezone.localdate()
    inspector, hdnd = users["kiemtra"], users["hdnd"]
    cells = [units[n] for n in ("Chi bộ thôn 1", "Chi bộ thôn 2", "Chi bộ Trường Tiểu học")]
    plan = oversight_services.oversight_program_create(
        acting_user=inspector,
        commune=commune,
        body="ubkt",
        scope="year",
        year=today.year,
        title=f"Chương trình kiểm tra, giám sát năm {today.year}",
        number="02-CTr/UBKT",
        adopted_on=dt.date(today.year, 1, 10),
    )
    items = [
        oversight_services.planned_item_add(
            acting_user=inspector, program=plan, kind=kind, focus=focus, subject_org=cell,
            member_name=member, member_role=role, member_is_head=bool(role), year=today.year,
            quarter=quarter, team="Đồng chí Đỗ Văn Kiên, Phó Chủ nhiệm UBKT",
        )
        for kind, focus, cell, member, role, quarter in (
            ("regular", "budget", cells[0], "", "", 2),
            ("thematic", "personnel", cells[1], "Trần Văn Hải", "Bí thư Chi bộ", 3),
            ("regular", "democracy", cells[2], "", "", 4),
        )
    ]  # fmt: skip
    first = items[0]
    inspection = oversight_services.inspection_create(
        acting_user=inspector, commune=commune, planned=first, body="ubkt", kind=first.kind,
        focus=first.focus, content="Việc thu, nộp, quản lý đảng phí và chi tiêu của chi bộ",
        decision_on=today - dt.timedelta(days=30), team="Đỗ Văn Kiên\nNguyễn Thị Mai",
        starts_on=today - dt.timedelta(days=25), ends_on=today - dt.timedelta(days=15),
        subject_org=first.subject_org,
    )  # fmt: skip
    oversight_services.inspection_update(
        acting_user=inspector,
        inspection=inspection,
        documents="Báo cáo tự kiểm tra của Chi bộ\nSổ thu, nộp đảng phí",
        findings="Thu, nộp đảng phí đầy đủ, đúng hạn\nSổ sách chi tiêu chưa cập nhật kịp thời",
    )
    task_services.task_add(
        acting_user=inspector,
        directive=inspection.directive,
        title="Cập nhật sổ sách chi tiêu của chi bộ theo quy định",
        lead=cells[0],
        responsible="Đồng chí Bí thư Chi bộ thôn 1",
        due_text=(today + dt.timedelta(days=30)).strftime("%d/%m/%Y"),
        product="Sổ sách được cập nhật, báo cáo Ủy ban Kiểm tra",
    )
    for target in program.targets.current():
        words = fold(target.indicator)
        measure = (
            Measure.ORGS_TERM if "to chuc dang truc thuoc" in words
            else Measure.HEADS_TERM if "nguoi dung dau" in words else None
        )  # fmt: skip
        if measure:
            oversight_services.coverage_link_set(
                acting_user=inspector, target=target, measure=measure
            )
    oversight_services.inspection_conclude(
        acting_user=inspector,
        inspection=inspection,
        conclusions="Chi bộ chấp hành tốt quy định về đảng phí\nCòn chậm cập nhật sổ sách",
        concluded_on=today - dt.timedelta(days=3),
        signer_name="Đỗ Văn Kiên",
        signer_role="Phó Chủ nhiệm",
    )
    oversight_services.supervision_create(
        acting_user=hdnd,
        commune=commune,
        body=units["Hội đồng nhân dân xã"],
        kind="session",
        held_on=today - dt.timedelta(days=7),
        title="Giám sát việc thu gom, xử lý rác thải ở các thôn",
        supervised="Ủy ban nhân dân xã",
        participants="Thường trực HĐND xã, các Ban HĐND xã",
        findings="Tần suất thu gom ở thôn Nam chưa bảo đảm",
    )
