from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError

from hanhdong.audit.models import AuditEntry
from hanhdong.lib.files import Upload
from hanhdong.notifications.models import OutboxMessage
from hanhdong.reports.calendar import owes, period_tasks
from hanhdong.reports.models import (
    ProgressReport,
    ReportingPeriod,
    ReportState,
    ReportVersion,
    TargetValue,
)
from hanhdong.reports.services import report_file, report_review, report_submit
from hanhdong.reports.tests.base import ReportsTestCase


class CalendarTest(ReportsTestCase):
    def test_the_whole_term_gets_its_periods_once(self):
        self.assertEqual(ReportingPeriod.objects.filter(program=self.program).count(), 24)
        from hanhdong.reports.services import calendar_setup

        calendar_setup(acting_user=None, program=self.program, half_yearly=True, annual=True)
        self.assertEqual(ReportingPeriod.objects.filter(program=self.program).count(), 36)

    def test_which_tasks_owe_a_report(self):
        # 1: Năm 2025 - Năm 2030; 2: Hằng năm; 3: Quý III/2025 - Quý I/2026; 4: as directed
        self.assertEqual([t.number for t in period_tasks(self.q3)], [1, 2, 3])
        self.assertEqual([t.number for t in period_tasks(self.q1_2027)], [1, 2])
        task4 = self.tasks[4]
        task4.reporting_on = True
        task4.save()
        self.assertTrue(owes(task4, self.q1_2027))


class ReportFlowTest(ReportsTestCase):
    def draft(self, **changes):
        fields = {"status": "on_track", "percent": 40, "results": "Đã kết nạp 12 đảng viên."}
        fields.update(changes)
        return report_file(acting_user=self.officer_b, task=self.tasks[1], period=self.q3, **fields)

    def test_submit_return_resubmit_accept_keeps_every_version(self):
        report = self.draft()
        report = report_submit(acting_user=self.officer_b, report=report)
        report = report_review(
            acting_user=self.clerk, report=report, accept=False, comment="Bổ sung số liệu."
        )
        self.assertEqual(report.state, ReportState.RETURNED)
        report = self.draft(percent=55)
        report = report_submit(acting_user=self.officer_b, report=report)
        report = report_review(acting_user=self.clerk, report=report, accept=True)
        self.assertEqual(report.state, ReportState.ACCEPTED)
        versions = list(ReportVersion.objects.filter(report=report).order_by("number"))
        self.assertEqual(
            [v.state for v in versions], ["submitted", "returned", "submitted", "accepted"]
        )
        self.assertEqual([v.content["percent"] for v in versions], [40, 40, 55, 55])

    def test_a_submitted_report_is_locked(self):
        report_submit(acting_user=self.officer_b, report=self.draft())
        with self.assertRaises(ValidationError):
            self.draft(percent=90)
        self.assertEqual(ProgressReport.objects.get().percent, 40)

    def test_returning_needs_a_comment(self):
        report = report_submit(acting_user=self.officer_b, report=self.draft())
        with self.assertRaises(ValidationError):
            report_review(acting_user=self.clerk, report=report, accept=False, comment=" ")

    def test_submitting_needs_results(self):
        with self.assertRaises(ValidationError):
            report_submit(acting_user=self.officer_b, report=self.draft(results=""))

    def test_target_values_are_stored_with_the_report(self):
        task = self.tasks[2]
        report_file(
            acting_user=self.officer_a,
            task=task,
            period=self.q3,
            status="on_track",
            percent=30,
            results="x",
            values={self.target.pk: "85,5".replace(",", ".")},
        )
        self.assertEqual(float(TargetValue.objects.get().value), 85.5)
        with self.assertRaises(ValidationError):
            report_file(
                acting_user=self.officer_a,
                task=self.tasks[1],
                period=self.q3,
                status="on_track",
                percent=1,
                values={self.target.pk: "1"},
            )

    def test_submission_and_review_queue_notifications(self):
        report = report_submit(acting_user=self.officer_b, report=self.draft())
        self.assertTrue(OutboxMessage.objects.filter(recipient=self.clerk).exists())
        report_review(acting_user=self.clerk, report=report, accept=False, comment="Sửa.")
        self.assertTrue(
            OutboxMessage.objects.filter(
                recipient=self.officer_b, key__startswith="reviewed:"
            ).exists()
        )

    def test_bad_input_is_refused(self):
        for changes in ({"percent": 120}, {"status": "done"}):
            with self.subTest(changes=changes), self.assertRaises(ValidationError):
                self.draft(**changes)
        self.assertFalse(ProgressReport.objects.exists())


class FilesTest(ReportsTestCase):
    def stored(self) -> list:
        root = Path(settings.MEDIA_ROOT)
        return sorted(p for p in root.rglob("*") if p.is_file())

    def file_with_a_pdf(self):
        return report_file(
            acting_user=self.officer_b,
            task=self.tasks[1],
            period=self.q3,
            status="on_track",
            percent=50,
            results="Đã làm.",
            files=[Upload(name="bien-ban.pdf", kind="pdf", data=b"%PDF-1.4 test")],
        )

    def test_a_failed_filing_leaves_no_file_behind(self):
        self.hand_in(1)  # submitted: it can no longer be changed
        before = self.stored()
        with self.assertRaises(ValidationError):
            self.file_with_a_pdf()
        self.assertEqual(self.stored(), before)

    def test_a_filed_report_keeps_its_file(self):
        before = self.stored()
        report = self.file_with_a_pdf()
        self.assertEqual(len(self.stored()), len(before) + 1)
        self.assertEqual(report.attachments.get().file.read(), b"%PDF-1.4 test")
        audit = AuditEntry.objects.for_object(report).get()
        self.assertEqual(audit.changes["files"], ["bien-ban.pdf"])


class MeasuredValueTest(ReportsTestCase):
    """A target's value no report states: measured or taken in, with its source."""

    def record(self, value="72.5", source="Hệ thống một cửa của tỉnh", **kw):
        from hanhdong.reports.services import target_value_record

        return target_value_record(
            acting_user=self.clerk,
            target=self.target,
            period=self.q3,
            value=value,
            source=source,
            noted_on=self.today,
            **kw,
        )

    def test_it_records_a_value_with_its_source_counted_as_accepted(self):
        row = self.record()
        self.assertTrue(row.is_measured)
        self.assertEqual(row.value, Decimal("72.5"))
        self.assertEqual(AuditEntry.objects.for_object(row).count(), 1)
        self.record(value="80,5")  # the Vietnamese decimal comma, a change audited
        row.refresh_from_db()
        self.assertEqual(row.value, Decimal("80.5"))
        self.assertEqual(AuditEntry.objects.for_object(row).count(), 2)

    def test_it_refuses_no_source_a_non_number_and_a_reported_value(self):
        for value, source in [("12", "  "), ("mười", "Sở"), ("nan", "Sở"), ("1e20", "Sở")]:
            with self.assertRaises(ValidationError):
                self.record(value=value, source=source)
        self.assertFalse(TargetValue.objects.filter(target=self.target).exists())
        report_file(
            acting_user=self.officer_a,
            task=self.tasks[2],
            period=self.q3,
            status="on_track",
            percent=40,
            results="Đã làm.",
            values={self.target.pk: "85"},
        )
        with self.assertRaises(ValidationError):
            self.record()
        self.assertEqual(TargetValue.objects.get(target=self.target).value, 85)
