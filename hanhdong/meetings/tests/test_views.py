import datetime as dt
from unittest import mock

from django.urls import reverse

from hanhdong.meetings.models import Meeting
from hanhdong.reports.tests.base import ReportsTestCase
from hanhdong.tasks.models import TaskState

HELD = dt.date(2025, 10, 6)


class MeetingPagesTest(ReportsTestCase):
    def test_the_clerk_plans_concludes_assigns_and_issues_in_the_pages(self):
        self.login(self.clerk)
        url = reverse("meetings:new", args=[self.commune.pk])
        with mock.patch("django.utils.timezone.localdate", return_value=HELD):
            page = self.client.get(url).content.decode()
            self.assertIn("Quý III/2025", page)  # the agenda proposed from the period's reports
            response = self.client.post(
                url,
                {
                    "body": "standing",
                    "kind": "regular",
                    "held_on": "06/10/2025",
                    "chair": "Nguyễn Văn Bình",
                    "chair_role": "Bí thư Đảng ủy",
                    "agenda": "Nghe báo cáo quý III/2025",
                },
            )
        meeting = Meeting.objects.get()
        self.assertRedirects(response, reverse("meetings:meeting", args=[meeting.pk]))
        self.client.post(
            reverse("meetings:conclude", args=[meeting.pk]), {"conclusions": "Hoàn thành tốt."}
        )
        response = self.client.post(
            reverse("tasks:task_new", args=[meeting.directive.pk]),
            {
                "title": "Rà soát hồ sơ",
                "lead": self.agency_a.pk,
                "responsible": "Chủ tịch UBND",
                "due_text": "31/10/2025",
                "product": "Báo cáo",
            },
        )
        self.assertRedirects(response, reverse("meetings:meeting", args=[meeting.pk]))
        self.client.post(reverse("meetings:issue", args=[meeting.pk]), {"dated": "07/10/2025"})
        meeting.refresh_from_db()
        self.assertEqual(meeting.notice_number, "01-TB/ĐU")
        self.assertEqual(meeting.directive.tasks.get().state, TaskState.NOT_STARTED)
        page = self.client.get(reverse("meetings:meeting", args=[meeting.pk])).content.decode()
        self.assertIn("Rà soát hồ sơ", page)
        self.assertNotIn(reverse("meetings:conclude", args=[meeting.pk]), page)  # closed
        notice = self.client.get(reverse("meetings:notice", args=[meeting.pk]))
        self.assertEqual(notice.content[:2], b"PK")
        self.assertIn("TB-01-TB-DU-20251006.docx", notice["Content-Disposition"])

    def test_an_issue_refused_comes_back_with_its_reason(self):
        self.login(self.clerk)
        with mock.patch("django.utils.timezone.localdate", return_value=HELD):
            self.client.post(
                reverse("meetings:new", args=[self.commune.pk]),
                {"body": "standing", "kind": "adhoc", "held_on": "06/10/2025", "chair": "Bình"},
            )
        meeting = Meeting.objects.get()
        response = self.client.post(
            reverse("meetings:issue", args=[meeting.pk]), {"dated": "07/10/2025"}
        )
        self.assertContains(response, 'role="alert"', status_code=400)
        self.assertEqual(Meeting.objects.get().notice_number, "")
