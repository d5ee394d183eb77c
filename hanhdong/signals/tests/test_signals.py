"""Each signal built from its situation and seen raised — and not raised without it."""

from __future__ import annotations

import datetime as dt
from unittest import mock

from django.utils import timezone
from django.utils.translation import gettext as _

from hanhdong.feedback.models import Feedback, Kind, State
from hanhdong.feedback.services import feedback_submit
from hanhdong.orgs.access import reach_of
from hanhdong.reports.models import (
    ProgressReport,
    ReportingKind,
    ReportingPeriod,
    ReportVersion,
    TargetValue,
)
from hanhdong.reports.services import report_review, target_value_record
from hanhdong.reports.tests.base import ReportsTestCase
from hanhdong.signals import selectors
from hanhdong.signals.models import SignalKind, SignalSettings

TODAY = dt.date(2025, 10, 20)  # Q1, Q2 and Q3 of 2025 are past their deadlines


def at(day: dt.date):
    """``timezone.now`` on ``day``, at noon."""
    return mock.patch(
        "django.utils.timezone.now",
        return_value=timezone.make_aware(dt.datetime.combine(day, dt.time(12))),
    )


class SignalsTestCase(ReportsTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.periods = {
            p.number: p
            for p in ReportingPeriod.objects.filter(
                program=cls.program, kind=ReportingKind.QUARTER, year=2025
            )
        }

    def found(self, kind, user=None, today=TODAY):
        result = selectors.signals(self.commune, reach_of(user or self.inspector), today)
        return next(g["signals"] for g in result["groups"] if g["kind"] == kind)

    def limits(self, **values):
        SignalSettings.objects.update_or_create(commune=self.commune, defaults=values)

    def hand_in_on(self, day, task, period, **fields):
        with at(day):
            return self.hand_in(task, by=self.clerk, period=period, **fields)


class LateAgencyTest(SignalsTestCase):
    def test_it_raises_an_agency_late_several_periods_running(self):
        # agency B's task 1: Q1 on time, Q2 late, Q3 never
        self.hand_in_on(self.periods[1].due_on, 1, self.periods[1])
        self.hand_in_on(self.periods[2].due_on + dt.timedelta(days=9), 1, self.periods[2])
        raised = {s.agency: s for s in self.found(SignalKind.LATE_AGENCY)}
        self.assertIn(self.agency_b, raised)
        signal = raised[self.agency_b]
        self.assertEqual(len(signal.evidence), 2)  # Q2 late, Q3 not handed in
        self.assertIn(self.periods[2].title, signal.evidence[0].text)
        self.assertIn("/reports/", signal.evidence[0].url)

    def test_it_does_not_raise_an_agency_that_reported_on_time_lately(self):
        self.hand_in_on(self.periods[3].due_on - dt.timedelta(days=2), 1, self.periods[3])
        raised = {s.agency for s in self.found(SignalKind.LATE_AGENCY)}
        self.assertNotIn(self.agency_b, raised)
        self.assertIn(self.agency_a, raised)  # agency A reported nothing

    def test_it_follows_the_communes_threshold(self):
        self.limits(periods_late=4)  # only three periods have passed
        self.assertEqual(self.found(SignalKind.LATE_AGENCY), [])


class NeverReportedTest(SignalsTestCase):
    def test_it_raises_tasks_that_owed_reports_and_never_handed_one_in(self):
        self.hand_in_on(self.periods[2].due_on, 1, self.periods[2])
        raised = {s.task.number: s for s in self.found(SignalKind.NEVER_REPORTED)}
        self.assertNotIn(1, raised)  # task 1 reported once
        self.assertIn(2, raised)
        signal = raised[2]
        self.assertEqual(signal.agency, self.agency_a)
        self.assertEqual(len(signal.evidence), 3)  # a recurring task owes every quarter

    def test_it_raises_nothing_before_any_deadline_passed(self):
        self.assertEqual(self.found(SignalKind.NEVER_REPORTED, today=dt.date(2025, 1, 2)), [])


class OnTrackMissedTest(SignalsTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        # "doanh nghiệp" ≥ 120 by 2030, in section II.2, which key task 2 carries out
        cls.firms = cls.program.targets.get(where="II.2")

    def values(self, first, second):
        for number, value in ((1, first), (2, second)):
            target_value_record(
                acting_user=self.clerk,
                target=self.firms,
                period=self.periods[number],
                value=value,
                source="Phòng Kinh tế",
            )

    def test_it_raises_a_task_on_track_while_its_target_is_forecast_missed(self):
        self.values(50, 45)
        self.hand_in_on(self.periods[3].due_on, 2, self.periods[3], status="on_track")
        raised = self.found(SignalKind.ON_TRACK_MISSED)
        self.assertEqual(len(raised), 1)
        self.assertIn("doanh nghiệp", raised[0].title)
        self.assertEqual(raised[0].agency, self.agency_a)

    def test_it_does_not_raise_when_the_report_says_behind(self):
        self.values(50, 45)
        self.hand_in_on(self.periods[3].due_on, 2, self.periods[3], status="behind")
        self.assertEqual(self.found(SignalKind.ON_TRACK_MISSED), [])

    def test_it_does_not_raise_when_the_target_is_on_course(self):
        self.values(50, 100)
        self.hand_in_on(self.periods[3].due_on, 2, self.periods[3], status="on_track")
        self.assertEqual(self.found(SignalKind.ON_TRACK_MISSED), [])


class ChangedAfterAcceptanceTest(SignalsTestCase):
    def accepted(self):
        report = self.hand_in_on(self.periods[3].due_on, 1, self.periods[3])
        return report_review(acting_user=self.clerk, report=report, accept=True)

    def test_it_does_not_raise_an_accepted_report_left_alone(self):
        self.accepted()
        self.assertEqual(self.found(SignalKind.CHANGED_AFTER), [])

    def test_it_does_not_raise_an_accepted_report_with_target_values(self):
        report = self.hand_in_on(
            self.periods[3].due_on, 2, self.periods[3], values={self.target.pk: "85.5"}
        )
        report_review(acting_user=self.clerk, report=report, accept=True)
        self.assertEqual(self.found(SignalKind.CHANGED_AFTER), [])
        # the value changed behind the report's back
        TargetValue.objects.filter(report=report).update(value=99)
        raised = self.found(SignalKind.CHANGED_AFTER)
        self.assertEqual(len(raised), 1)
        self.assertEqual(
            raised[0].evidence[0].detail, _("changed: %(fields)s") % {"fields": _("target values")}
        )

    def test_it_raises_a_report_edited_after_acceptance(self):
        report = self.accepted()
        ProgressReport.objects.filter(pk=report.pk).update(results="Đã sửa sau khi duyệt.")
        raised = self.found(SignalKind.CHANGED_AFTER)
        self.assertEqual(len(raised), 1)
        self.assertEqual(
            raised[0].evidence[0].detail, _("changed: %(fields)s") % {"fields": _("results")}
        )
        self.assertEqual(raised[0].agency, self.agency_b)

    def test_it_raises_a_version_after_the_accepted_one_that_says_other_things(self):
        report = self.accepted()
        content = {**report.versions.first().content, "percent": 90}
        ReportVersion.objects.create(
            report=report, number=report.version + 1, state="submitted", content=content
        )
        ProgressReport.objects.filter(pk=report.pk).update(percent=90)
        raised = self.found(SignalKind.CHANGED_AFTER)
        self.assertEqual(len(raised), 1)
        self.assertIn(f"{report.version + 1}", raised[0].evidence[0].text)


class FeedbackSignalsTestCase(SignalsTestCase):
    def found(self, kind, user=None, today=None):
        return super().found(kind, user, today or timezone.localdate())

    def submit(self, title, *, place="", kind=Kind.REPORT, days_ago=1, **fields):
        item = feedback_submit(
            commune=self.commune,
            kind=kind,
            title=title,
            text=fields.pop("text", title + ". Đề nghị xã xem xét giải quyết sớm."),
            place=place,
            **fields,
        )
        Feedback.objects.filter(pk=item.pk).update(
            created_at=timezone.now() - dt.timedelta(days=days_ago)
        )
        return item


class FeedbackOverdueTest(FeedbackSignalsTestCase):
    def overdue(self, title, days):
        item = self.submit(title)
        Feedback.objects.filter(pk=item.pk).update(
            state=State.ASSIGNED,
            agency=self.agency_a,
            deadline=timezone.localdate() - dt.timedelta(days=days),
        )
        return item

    def test_it_raises_an_agency_with_overdue_submissions(self):
        item = self.overdue("Đèn đường hỏng", 5)
        raised = self.found(SignalKind.FEEDBACK_OVERDUE, today=timezone.localdate())
        self.assertEqual([s.agency for s in raised], [self.agency_a])
        self.assertIn(item.public_id, raised[0].evidence[0].text)
        self.assertNotIn(item.code, raised[0].evidence[0].text)  # the citizen's secret

    def test_it_does_not_raise_within_the_days_the_commune_allows(self):
        self.overdue("Đèn đường hỏng", 5)
        self.limits(days_overdue=10)
        self.assertEqual(self.found(SignalKind.FEEDBACK_OVERDUE, today=timezone.localdate()), [])

    def test_it_does_not_raise_an_answered_or_timely_item(self):
        self.overdue("Đèn đường hỏng", -3)  # deadline still ahead
        answered = self.overdue("Rác thải", 5)
        Feedback.objects.filter(pk=answered.pk).update(state=State.ANSWERED)
        self.assertEqual(self.found(SignalKind.FEEDBACK_OVERDUE, today=timezone.localdate()), [])


class SameSubjectTest(FeedbackSignalsTestCase):
    def test_it_raises_several_submissions_about_the_same_place(self):
        for title in ("Đường ngập nước", "Cống tắc gây ô nhiễm", "Xe tải chở quá tải"):
            self.submit(title, place="Ngõ 5 thôn Đông")
        raised = self.found(SignalKind.SAME_SUBJECT)
        self.assertEqual(len(raised), 1)
        self.assertEqual(len(raised[0].evidence), 3)
        self.assertIn("Ngõ 5 thôn Đông", raised[0].title)

    def test_it_does_not_raise_below_the_threshold_or_outside_the_window(self):
        self.submit("Đường ngập nước", place="Ngõ 5 thôn Đông")
        self.submit("Cống tắc", place="Ngõ 5 thôn Đông")
        self.submit("Xe quá tải", place="Ngõ 5 thôn Đông", days_ago=200)
        self.assertEqual(self.found(SignalKind.SAME_SUBJECT), [])

    def test_it_groups_denunciations_about_one_official_without_showing_who_sent_them(self):
        text = (
            "Cán bộ địa chính xã nhận tiền để làm sổ đỏ sai quy định cho nhiều hộ gia đình "
            "ở khu tái định cư"
        )
        for sender, phone in (("Nguyễn Văn Tố", "0912345678"), ("Lê Thị Cáo", "0987654321")):
            self.submit(
                f"Tôi là {sender.split()[-1].upper()} tố cáo cán bộ địa chính nhận tiền",
                kind=Kind.DENUNCIATION,
                text=f"Tôi là {sender}, số điện thoại {phone}. {text}",
                name=sender,
                phone=phone,
                consent=True,
            )
        self.submit(
            "Phản ánh cán bộ địa chính nhận tiền làm sổ đỏ",
            text=text + ", đề nghị kiểm tra.",
        )
        raised = self.found(SignalKind.SAME_SUBJECT)
        self.assertEqual(len(raised), 1)
        self.assertEqual(len(raised[0].evidence), 3)
        shown = " ".join(
            [raised[0].title, raised[0].note] + [f"{e.text} {e.detail}" for e in raised[0].evidence]
        )
        for secret in ("Tố", "TỐ ", "Cáo", "CÁO", "0912345678", "0987654321", "Nguyễn"):
            self.assertNotIn(secret, shown.replace("tố cáo", "").replace("Tố cáo", ""))

    def test_it_is_computed_for_a_commune_without_a_program(self):
        for title in ("Đường ngập nước", "Cống tắc", "Xe quá tải"):
            feedback_submit(
                commune=self.commune_b,
                kind=Kind.REPORT,
                title=title,
                text=title + " ở chợ xã.",
                place="Chợ",
            )
        result = selectors.signals(self.commune_b, reach_of(self.admin), TODAY)
        self.assertIsNone(result["program"])
        self.assertEqual(result["count"], 1)
