"""A progress that contradicts its percent complete — "completed" at 20 %, "not started"
at 80 % — is questioned on the report form, and accepted only once confirmed."""

import pytest
from django.urls import reverse

from hanhdong.reports.models import ProgressReport, ReportState
from hanhdong.reports.services import progress_question
from hanhdong.reports.tests.base import ReportsTestCase

CONFIRM = "Tôi xác nhận"


@pytest.mark.parametrize(
    ("status", "percent", "asked"),
    [
        ("completed", 20, True),
        ("completed_late", 99, True),
        ("completed", 100, False),
        ("not_started", 80, True),
        ("not_started", 0, False),
        ("on_track", 100, True),
        ("behind", 45, False),
        ("cancelled", 30, False),
    ],
)
def test_which_progress_is_questioned(status, percent, asked):
    assert (progress_question(status, percent) is not None) is asked


class ProgressQuestionTest(ReportsTestCase):
    def url(self):
        return reverse("reports:report", args=[self.tasks[1].pk, self.q3.pk])

    def post(self, **changes):
        """The officer of agency B (which leads task 1) submits, or with ``submit=None``
        saves a draft."""
        self.login(self.officer_b)
        data = {"status": "on_track", "percent": "30", "results": "Đã triển khai.", "submit": "1"}
        data.update(changes)
        return self.client.post(self.url(), {k: v for k, v in data.items() if v is not None})

    def test_completed_at_twenty_percent_is_questioned_and_not_submitted(self):
        response = self.post(status="completed", percent="20")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Tiến độ là “Hoàn thành” nhưng nhiệm vụ mới đạt 20%")
        self.assertContains(response, CONFIRM)
        self.assertContains(response, 'name="confirm"')
        self.assertFalse(ProgressReport.objects.exists())

    def test_not_started_at_eighty_percent_is_questioned(self):
        response = self.post(status="not_started", percent="80")
        self.assertContains(response, "Tiến độ là “Chưa triển khai” nhưng nhiệm vụ đã đạt 80%")
        self.assertFalse(ProgressReport.objects.exists())

    def test_a_draft_is_questioned_too(self):
        response = self.post(status="completed", percent="20", submit=None, save="1")
        self.assertContains(response, CONFIRM)
        self.assertFalse(ProgressReport.objects.exists())

    def test_once_confirmed_the_report_is_submitted_as_entered(self):
        response = self.post(status="completed", percent="20", confirm="on")
        self.assertEqual(response.status_code, 302)
        report = ProgressReport.objects.get()
        self.assertEqual(
            (report.state, report.status, report.percent), (ReportState.SUBMITTED, "completed", 20)
        )

    def test_a_progress_that_agrees_with_its_percent_is_not_questioned(self):
        for status, percent in (("completed", "100"), ("on_track", "45"), ("not_started", "0")):
            with self.subTest(status=status):
                ProgressReport.objects.all().delete()
                response = self.post(status=status, percent=percent, submit=None, save="1")
                self.assertEqual(response.status_code, 302)
        page = self.client.get(self.url())
        self.assertNotContains(page, CONFIRM)

    def test_the_question_speaks_english_to_an_english_page(self):
        self.client.cookies["django_language"] = "en"
        response = self.post(status="completed", percent="20")
        self.assertContains(response, "The progress is “Completed” but the task is only 20%")
        self.assertContains(response, "I confirm")
