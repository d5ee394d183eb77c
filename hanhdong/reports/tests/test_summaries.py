"""Period summaries: kept true by the report services in their own transaction, and by the
worker when tasks change; the city and national roll-ups read them and no report."""

import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from hanhdong.programs.services import key_task_update
from hanhdong.reports import dashboard, summaries
from hanhdong.reports.models import PeriodSummary, ReportingPeriod, ReportState
from hanhdong.reports.services import report_review
from hanhdong.reports.tests.base import ReportsTestCase
from hanhdong.test import make_org, make_program

TODAY = dt.date(2026, 1, 1)


class SummaryTest(ReportsTestCase):
    def summary(self, period=None) -> PeriodSummary:
        return PeriodSummary.objects.get(period=period or self.q3)

    def test_it_counts_what_is_due_from_the_calendar_s_setup(self):
        summary = self.summary()
        owing = [t for t in self.tasks.values() if not t.is_withdrawn]
        self.assertGreater(summary.due, 0)
        self.assertLessEqual(summary.due, len(owing))
        self.assertEqual((summary.handed_in, summary.accepted), (0, 0))
        self.assertEqual(summary.city_id, self.hp.pk)
        self.assertEqual(
            PeriodSummary.objects.count(),
            ReportingPeriod.objects.filter(program=self.program).count(),
        )

    def test_it_follows_a_report_submitted_returned_and_accepted(self):
        report = self.hand_in(1, status="at_risk")
        summary = self.summary()
        self.assertEqual((summary.handed_in, summary.at_risk, summary.accepted), (1, 1, 0))
        report_review(acting_user=self.clerk, report=report, accept=False, comment="Bổ sung.")
        self.assertEqual((self.summary().handed_in, self.summary().at_risk), (0, 0))
        report.refresh_from_db()
        self.assertEqual(report.state, ReportState.RETURNED)

    def test_an_accepted_report_counts_as_accepted(self):
        report = self.hand_in(1, status="completed", percent=100)
        report_review(acting_user=self.clerk, report=report, accept=True)
        summary = self.summary()
        self.assertEqual((summary.handed_in, summary.accepted, summary.completed), (1, 1, 1))

    def test_the_worker_refreshes_what_is_due_when_a_task_changes(self):
        task = self.tasks[1]
        before = self.summary().due
        summaries.summaries_refresh(TODAY)  # the watermark catches up with the set-up
        key_task_update(
            acting_user=self.clerk,
            task=task,
            name=task.name,
            lead=task.lead,
            partners=list(task.partners.all()),
            partners_text=task.partners_text,
            start_text="Năm 2027",
            end_text="Năm 2028",
            resources=task.resources,
        )
        self.assertEqual(self.summary().due, before)  # not yet: the worker's part
        summaries.summaries_refresh(TODAY)
        self.assertEqual(self.summary().due, before - 1)  # it owes nothing for 2025 now
        with CaptureQueriesContext(connection) as idle:
            summaries.summaries_refresh(TODAY)
        self.assertLessEqual(len(idle.captured_queries), 4)

    def test_the_worker_fills_in_periods_without_a_summary(self):
        PeriodSummary.objects.filter(period=self.q3).delete()
        summaries.summaries_refresh(TODAY)
        self.assertGreater(self.summary().due, 0)


class RollUpTest(ReportsTestCase):
    def test_the_city_roll_up_reads_the_summaries_and_no_report(self):
        self.hand_in(1, status="behind")
        self.login(self.city)
        url = reverse("reports:city", args=[self.hp.pk]) + "?kind=quarter&year=2025&number=3"
        with CaptureQueriesContext(connection) as queries:
            rows = self.client.get(url).context["rows"]
        self.assertFalse(
            [q for q in queries.captured_queries if "reports_progressreport" in q["sql"]]
        )
        row = next(r for r in rows if r["commune"] == self.commune)
        self.assertEqual(row["handed_in"], 1)
        self.assertEqual(row["trouble"], 1)
        self.assertEqual(row["missing"], self.summary_due() - 1)

    def summary_due(self):
        return PeriodSummary.objects.get(period=self.q3).due

    def test_the_nation_sums_each_city_s_communes(self):
        from hanhdong.reports.services import calendar_setup

        other = make_program(make_org("Xã Mới", "commune", self.hp, code="hp-moi"))
        calendar_setup(acting_user=None, program=other, quarterly=True, annual=False)
        self.hand_in(1, status="completed", percent=100)
        rows = {r["city"]: r for r in dashboard.nation_figures("quarter", 2025, 3)}
        hp = rows[self.hp]
        due_a = self.summary_due()
        due_new = PeriodSummary.objects.get(
            period__program=other, kind="quarter", year=2025, number=3
        ).due
        self.assertEqual(hp["communes"], 3)  # A, B and the new one; B has no program
        self.assertEqual(hp["reporting"], 2)
        self.assertEqual(hp["due"], due_a + due_new)
        self.assertEqual(hp["handed_in"], 1)
        self.assertEqual(rows[self.other_city]["due"], 0)

    def test_the_national_page_is_the_site_administrator_s(self):
        url = reverse("reports:nation") + "?kind=quarter&year=2025&number=3"
        for user in (self.city, self.standing, self.clerk):
            self.login(user)
            self.assertEqual(self.client.get(url).status_code, 404)
        self.login(self.admin)
        response = self.client.get(url)
        self.assertContains(response, self.hp.name)
        self.assertContains(response, self.other_city.name)
