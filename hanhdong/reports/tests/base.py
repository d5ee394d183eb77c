import datetime as dt

from hanhdong.reports.models import ReportingKind, ReportingPeriod
from hanhdong.reports.services import calendar_setup
from hanhdong.test import BaseTestCase


class ReportsTestCase(BaseTestCase):
    """The shared personas, with a quarterly calendar for the program of commune A."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        calendar_setup(
            acting_user=None, program=cls.program, quarterly=True, half_yearly=False, annual=False
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
