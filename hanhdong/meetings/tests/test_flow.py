"""From meeting to deed: a meeting planned with its agenda proposed from the data, its
conclusions and three tasks, the notice of conclusions numbered and written, the agencies
told, one task closed on time with its product, one gone overdue and escalated by the
worker."""

import datetime as dt
import io
from unittest import mock

from django.core.exceptions import ValidationError
from docx import Document

from hanhdong.feedback.tests.test_feedback import submit
from hanhdong.meetings import agenda, services
from hanhdong.meetings.models import MeetingState
from hanhdong.notifications.models import OutboxMessage
from hanhdong.notifications.schedule import run_checks
from hanhdong.reports.services import report_review
from hanhdong.reports.tests.base import ReportsTestCase
from hanhdong.tasks import services as task_services
from hanhdong.tasks.models import AssignedTask, Status, TaskState

D = dt.date
HELD = D(2025, 10, 6)  # Q3/2025's reports were due 15/9/2025


def on(day):
    return mock.patch("django.utils.timezone.localdate", return_value=day)


def told(since=0, **filters) -> set[str]:
    return set(
        OutboxMessage.objects.filter(pk__gt=since, medium="inapp", **filters).values_list(
            "recipient__username", flat=True
        )
    )


class MeetingFlowTest(ReportsTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        risky = cls.hand_in(
            1,
            status="at_risk",
            percent=30,
            difficulties="Thiếu nguồn phát triển đảng viên",
            proposals="Đề nghị giao chỉ tiêu cho từng chi bộ",
        )
        report_review(acting_user=cls.clerk, report=risky, accept=True)
        # key task 2 (UBND) has not reported; a citizen has written in
        with on(HELD):
            submit(cls.commune, topic="giao_thong")

    def propose(self):
        with on(HELD):
            return agenda.propose(self.commune, HELD)

    def test_it_proposes_the_agenda_from_the_data(self):
        period, proposals = self.propose()
        self.assertEqual(period, self.q3)
        by_source = {p.source: p for p in proposals}
        self.assertEqual(list(by_source), ["reports", "overdue", "risk", "decision", "citizens"])
        self.assertIn("Quý III/2025", by_source["reports"].line)
        self.assertIn(
            "Nhiệm vụ trọng tâm 2 (UBND xã): chưa nộp báo cáo", by_source["overdue"].details
        )
        self.assertIn("Thiếu nguồn phát triển đảng viên", by_source["risk"].details[0])
        self.assertIn("giao chỉ tiêu cho từng chi bộ", by_source["decision"].details[0])
        self.assertIn("1 phản ánh", by_source["citizens"].details[0])

    def test_from_meeting_to_deed(self):
        period, proposals = self.propose()
        with on(HELD):
            meeting = services.meeting_create(
                acting_user=self.clerk,
                commune=self.commune,
                held_on=HELD,
                chair="Nguyễn Văn Bình",
                chair_role="Bí thư Đảng ủy",
                attendees="Các đồng chí Ủy viên Ban Thường vụ",
                agenda="\n".join(p.line for p in proposals),
                period=period,
            )
        services.meeting_conclude(
            acting_user=self.clerk,
            meeting=meeting,
            conclusions="Cơ bản hoàn thành kế hoạch quý III\n"
            "Tập trung tháo gỡ việc phát triển đảng viên",
        )
        five = {"responsible": "Đồng chí Phó Bí thư", "product": "Báo cáo kết quả"}
        late, on_time, third = (
            task_services.task_add(acting_user=self.clerk, directive=meeting.directive, **fields)
            for fields in (
                {"title": "Rà soát hồ sơ giải ngân", "lead": self.agency_a,
                 "due_text": "10 ngày làm việc", **five},
                {"title": "Giao chỉ tiêu phát triển đảng viên cho các chi bộ",
                 "lead": self.agency_b, "due_text": "31/10/2025", **five},
                {"title": "Tổ chức đối thoại với Nhân dân", "lead": self.agency_a,
                 "due_text": "Quý IV/2025", **five, "product": "Biên bản đối thoại"},
            )
        )  # fmt: skip
        before = OutboxMessage.objects.count() and OutboxMessage.objects.latest("pk").pk
        services.meeting_issue(acting_user=self.clerk, meeting=meeting, dated=D(2025, 10, 7))
        meeting.refresh_from_db()
        self.assertEqual((meeting.state, meeting.notice_number), (MeetingState.ISSUED, "01-TB/ĐU"))
        late.refresh_from_db()
        self.assertEqual(late.due_on, D(2025, 10, 21))  # 10 working days from 7/10/2025
        self.assertEqual(told(before, subject__contains="Rà soát"), {"officer_a"})
        self.assertEqual(told(before, subject__contains="phát triển đảng viên"), {"officer_b"})
        self.assertEqual(told(before, subject__contains="01-TB/ĐU"), {"standing"})

        # the notice, in words
        document = Document(io.BytesIO(services.notice_file(meeting)))
        text = "\n".join(p.text for p in document.paragraphs)
        cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
        self.assertIn("Số 01-TB/ĐU", cells)
        self.assertIn("ĐẢNG ỦY XÃ A", cells)
        self.assertIn("1. Cơ bản hoàn thành kế hoạch quý III.", text)
        self.assertIn(
            "- Ban Xây dựng Đảng chủ trì: giao chỉ tiêu phát triển đảng viên cho các chi bộ; "
            "sản phẩm: Báo cáo kết quả; thời hạn hoàn thành: 31/10/2025.",
            text,
        )
        self.assertIn("thời hạn hoàn thành: 21/10/2025", text)
        self.assertIn("Sau khi nghe báo cáo kết quả thực hiện Chương trình hành động số", text)
        self.assertNotIn("nghe nghe", text)

        # one closed on time with its product, confirmed
        with on(D(2025, 10, 30)):
            task_services.task_close(
                acting_user=self.officer_b,
                task=on_time,
                done_on=D(2025, 10, 30),
                result="Văn bản số 12-CV/ĐU giao chỉ tiêu cho 12 chi bộ",
            )
        task_services.task_confirm(acting_user=self.clerk, task=on_time, accept=True)
        on_time.refresh_from_db()
        self.assertEqual(on_time.status(D(2025, 11, 1)), Status.DONE_ON_TIME)

        # one gone overdue: the worker tells the agency and the clerk, then the Committee
        mark = OutboxMessage.objects.latest("pk").pk
        run_checks(D(2025, 10, 22))
        self.assertEqual(told(mark, subject__contains="Rà soát"), {"officer_a", "clerk"})
        mark = OutboxMessage.objects.latest("pk").pk
        run_checks(D(2025, 10, 26))  # 21/10 + 5 days: not yet
        self.assertEqual(told(mark, subject__contains="Rà soát"), set())
        run_checks(D(2025, 10, 27))
        self.assertEqual(told(mark, subject__contains="Rà soát"), {"standing"})
        mark = OutboxMessage.objects.latest("pk").pk
        run_checks(D(2025, 10, 29))
        self.assertEqual(told(mark), set())  # escalated once
        self.assertEqual(
            AssignedTask.objects.get(pk=late.pk).status(D(2025, 10, 29)), Status.OVERDUE
        )
        self.assertEqual(third.__class__.objects.get(pk=third.pk).state, TaskState.NOT_STARTED)

    def test_it_issues_a_notice_only_with_conclusions_and_complete_tasks(self):
        with on(HELD):
            meeting = services.meeting_create(
                acting_user=self.clerk, commune=self.commune, held_on=HELD, chair="Bình"
            )
        with self.assertRaises(ValidationError):
            services.meeting_issue(acting_user=self.clerk, meeting=meeting, dated=HELD)
        services.meeting_conclude(acting_user=self.clerk, meeting=meeting, conclusions="Tốt")
        task_services.task_add(
            acting_user=self.clerk, directive=meeting.directive, title="Việc", lead=self.agency_a
        )
        with self.assertRaises(ValidationError):  # the task lacks its five clear points
            services.meeting_issue(acting_user=self.clerk, meeting=meeting, dated=HELD)
        meeting.refresh_from_db()
        self.assertEqual((meeting.state, meeting.notice_number), (MeetingState.HELD, ""))

    def test_the_notice_speaks_for_the_body_that_met(self):
        """A conference of the Executive Committee concludes as the Ban Chấp hành: title,
        opening, "Nơi nhận" and signature; the Standing Committee's as the Ban Thường vụ."""
        found = {}
        for body in ("standing", "executive"):
            with on(HELD):
                meeting = services.meeting_create(
                    acting_user=self.clerk,
                    commune=self.commune,
                    held_on=HELD,
                    chair="Nguyễn Văn Bình",
                    chair_role="Bí thư Đảng ủy",
                    body=body,
                )
            services.meeting_conclude(acting_user=self.clerk, meeting=meeting, conclusions="Tốt")
            document = Document(io.BytesIO(services.notice_file(meeting)))
            text = "\n".join(p.text for p in document.paragraphs)
            closing = document.tables[-1].rows[0].cells
            found[body] = (
                text,
                [p.text for p in closing[0].paragraphs],
                [p.text for p in closing[1].paragraphs if p.text],
                meeting.directive.title,
            )
        text, recipients, signature, title = found["executive"]
        self.assertIn("Kết luận của Ban Chấp hành Đảng ủy", text)
        self.assertIn("tại hội nghị ngày 06/10/2025", text)
        self.assertIn("Ngày 06/10/2025, Ban Chấp hành Đảng ủy xã A họp", text)
        self.assertIn("Ban Chấp hành Đảng ủy kết luận như sau:", text)
        self.assertNotIn("ban thường vụ", (text + "".join(recipients + signature)).lower())
        self.assertIn("- Các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã,", recipients)
        self.assertEqual(signature[0], "T/M BAN CHẤP HÀNH")
        self.assertEqual(title, "Kết luận của Ban Chấp hành Đảng ủy tại hội nghị ngày 06/10/2025")
        text, recipients, signature, title = found["standing"]
        self.assertIn("Ngày 06/10/2025, Ban Thường vụ Đảng ủy xã A họp", text)
        self.assertIn("tại cuộc họp ngày 06/10/2025", text)
        self.assertNotIn("ban chấp hành", (text + "".join(recipients + signature)).lower())
        self.assertIn("- Các đồng chí Ủy viên Ban Thường vụ Đảng ủy,", recipients)
        self.assertEqual(signature[0], "T/M BAN THƯỜNG VỤ")
