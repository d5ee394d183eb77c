"""A period is written in one form everywhere: "Quý IV/2026", "6 tháng đầu năm 2026",
"Năm 2026" — on its pages, in the narrative drafted for the report, in what is stored."""

import datetime as dt
import importlib

from django.apps import apps
from django.urls import reverse

from hanhdong.exports.content import gather
from hanhdong.exports.prose import draft
from hanhdong.reports import calendar
from hanhdong.reports.models import ReportingKind, ReportingPeriod
from hanhdong.reports.services import adhoc_request, calendar_setup
from hanhdong.reports.tests.base import ReportsTestCase

retitle = importlib.import_module("hanhdong.reports.migrations.0004_period_titles").retitle


class PeriodTitleTest(ReportsTestCase):
    def test_the_calendar_titles_each_kind_in_its_one_form(self):
        self.assertEqual(
            [
                calendar.title(ReportingKind.MONTH, 2026, 9),
                calendar.title(ReportingKind.QUARTER, 2026, 4),
                calendar.title(ReportingKind.HALF, 2026, 0),
                calendar.title(ReportingKind.NINE, 2026, 0),
                calendar.title(ReportingKind.YEAR, 2026, 0),
            ],
            ["Tháng 9/2026", "Quý IV/2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "Năm 2026"],
        )

    def test_the_stored_periods_of_a_calendar_have_it(self):
        calendar_setup(
            acting_user=None, program=self.program, quarterly=True, half_yearly=True, annual=True
        )
        titles = set(ReportingPeriod.objects.filter(year=2026).values_list("title", flat=True))
        self.assertEqual(
            titles,
            {
                "Quý I/2026",
                "Quý II/2026",
                "Quý III/2026",
                "Quý IV/2026",
                "6 tháng đầu năm 2026",
                "Năm 2026",
            },
        )

    def test_a_request_titled_as_a_period_takes_the_one_form(self):
        period = adhoc_request(
            acting_user=self.standing,
            program=self.program,
            title="quý iv/2026",
            due_on=dt.date(2099, 1, 5),
        )
        self.assertEqual(period.title, "Quý IV/2026")

    def test_the_drafted_narrative_keeps_the_title_as_it_is(self):
        q4 = ReportingPeriod.objects.get(
            program=self.program, kind=ReportingKind.QUARTER, year=2026, number=4
        )
        overall = draft(gather(q4))["overall"]
        self.assertTrue(overall.startswith("Trong Quý IV/2026, "), overall)
        self.assertNotIn("quý iv", overall)

    def test_the_dashboard_lists_the_periods_in_their_one_form(self):
        self.login(self.clerk)
        response = self.client.get(reverse("reports:dashboard", args=[self.program.pk]))
        self.assertContains(response, "Quý IV/2026")
        self.assertNotContains(response, "quý iv")

    def test_titles_stored_in_another_form_are_put_right(self):
        q4 = ReportingPeriod.objects.get(
            program=self.program, kind=ReportingKind.QUARTER, year=2026, number=4
        )
        ReportingPeriod.objects.filter(pk=q4.pk).update(title="quý iv/2026")
        asked = adhoc_request(
            acting_user=self.standing,
            program=self.program,
            title="Báo cáo phòng chống bão",
            due_on=dt.date(2099, 1, 5),
        )
        typed = adhoc_request(
            acting_user=self.standing, program=self.program, title="x", due_on=dt.date(2099, 1, 5)
        )
        ReportingPeriod.objects.filter(pk=typed.pk).update(title="năm 2026")
        retitle(apps, None)
        q4.refresh_from_db()
        asked.refresh_from_db()
        typed.refresh_from_db()
        self.assertEqual(
            (q4.title, asked.title, typed.title),
            ("Quý IV/2026", "Báo cáo phòng chống bão", "Năm 2026"),
        )
