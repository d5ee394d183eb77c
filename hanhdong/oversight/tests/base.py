"""The personas, four party cells, the program's two coverage targets and its calendar."""

from __future__ import annotations

from decimal import Decimal

from hanhdong.oversight.tests.factory import COVERAGE_TARGETS, make_cells
from hanhdong.reports.services import calendar_setup
from hanhdong.targets.models import Target
from hanhdong.test import BaseTestCase


class OversightTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.cells = make_cells(cls.party)
        cls.orgs_target, cls.heads_target = (
            Target.objects.create(
                program=cls.program,
                position=10 + n,
                indicator=t["indicator"],
                unit="%",
                comparison=">=",
                value=Decimal(t["value"]),
                year=2030,
            )
            for n, t in enumerate(COVERAGE_TARGETS)
        )
        calendar_setup(acting_user=None, program=cls.program, quarterly=True)
