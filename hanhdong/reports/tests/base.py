import datetime as dt
from unittest import mock

from hanhdong.reports.models import ReportingKind, ReportingPeriod
from hanhdong.reports.services import calendar_setup, report_file
from hanhdong.test import BaseTestCase

TERM_START = dt.date(2025, 1, 1)


class ReportsTestCase(BaseTestCase):
    """The shared personas, with a quarterly calendar for the program of commune A."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        # set up at the start of the term, so that every period is still to be chased
        with mock.patch("django.utils.timezone.localdate", return_value=TERM_START):
            calendar_setup(
                acting_user=None,
                program=cls.program,
                quarterly=True,
                half_yearly=False,
                annual=False,
            )
        cls.q3 = ReportingPeriod.objects.get(
            program=cls.program, kind=ReportingKind.QUARTER, year=2025, number=3
        )
        cls.q1_2027 = ReportingPeriod.objects.get(
            program=cls.program, kind=ReportingKind.QUARTER, year=2027, number=1
        )
        target = cls.program.targets.get(where="appendix:2")
        cls.target = target
        cls.today = dt.date(2026, 1, 1)

    @classmethod
    def hand_in(cls, task=1, *, by=None, period=None, **fields):
        """Key task ``task``'s report for the third quarter of 2025, submitted by the
        officer of agency B (who leads task 1) unless told otherwise."""
        fields = {"status": "on_track", "percent": 10, "results": "Đã thực hiện.", **fields}
        return report_file(
            acting_user=by or cls.officer_b,
            task=cls.tasks[task],
            period=period or cls.q3,
            submit=True,
            **fields,
        )
