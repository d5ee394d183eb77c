"""The issue's acceptance, through the services: an annual program with five planned
items, two carried out with conclusions and recommendations, the recommendations followed
to closure, and the coverage targets' values computed from them on the dashboard."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import timezone

from hanhdong.exports.models import RegisteredDocument
from hanhdong.notifications.models import OutboxMessage
from hanhdong.notifications.schedule import checks
from hanhdong.oversight import coverage, services
from hanhdong.oversight.models import CoverageLink, Measure, State
from hanhdong.oversight.schedule import coverage_values
from hanhdong.oversight.tests.base import OversightTestCase
from hanhdong.reports.dashboard import target_figures
from hanhdong.reports.models import TargetValue
from hanhdong.tasks import services as task_services
from hanhdong.tasks.models import Origin, TaskState


class FlowTest(OversightTestCase):
    def plan(self):
        year = timezone.localdate().year
        program = services.oversight_program_create(
            acting_user=self.inspector,
            commune=self.commune,
            body="ubkt",
            scope="year",
            year=year,
            title=f"Chương trình kiểm tra, giám sát năm {year}",
            number="05-CTr/UBKT",
            adopted_on=dt.date(year, 1, 5),
        )
        c1, c2, c3, c4 = self.cells
        rows = [
            ("regular", c1, "", False, "budget"),
            ("regular", c2, "", False, "land"),
            ("thematic", c3, "", False, "democracy"),
            ("thematic", c1, "Nguyễn Văn Hùng", True, "personnel"),
            ("thematic", c2, "Trần Thị Lan", False, "corruption"),
        ]
        items = [
            services.planned_item_add(
                acting_user=self.inspector,
                program=program,
                kind=kind,
                subject_org=org,
                member_name=member,
                member_role="Bí thư Chi bộ" if head else "",
                member_is_head=head,
                focus=focus,
                content="",
                year=None,
                quarter=n % 4 + 1,
                team="Đồng chí Lê Văn Tâm, Phó Chủ nhiệm UBKT",
            )
            for n, (kind, org, member, head, focus) in enumerate(rows)
        ]
        return program, items

    def carry_out(self, item, lead, title):
        today = timezone.localdate()
        inspection = services.inspection_create(
            acting_user=self.inspector,
            commune=self.commune,
            planned=item,
            body="ubkt",
            kind=item.kind,
            focus=item.focus,
            content="Việc thu, chi ngân sách năm 2025",
            reason="",
            decision_on=today - dt.timedelta(days=30),
            team="Lê Văn Tâm\nPhạm Thu Hà",
            starts_on=today - dt.timedelta(days=25),
            ends_on=today - dt.timedelta(days=10),
            subject_org=item.subject_org,
            member_name=item.member_name,
            member_role=item.member_role,
            member_is_head=item.member_is_head,
        )
        services.inspection_update(
            acting_user=self.inspector,
            inspection=inspection,
            documents="Báo cáo tự kiểm tra\nSổ sách thu chi",
            findings="Thu chi đúng quy định\nChậm nộp đảng phí quý III",
        )
        task = task_services.task_add(
            acting_user=self.inspector,
            directive=inspection.directive,
            title=title,
            lead=lead,
            responsible="Đồng chí Bí thư Chi bộ",
            due_text=(today + dt.timedelta(days=20)).strftime("%d/%m/%Y"),
            product="Báo cáo khắc phục",
        )
        return inspection, task

    def test_it_follows_an_annual_program_to_its_coverage_targets(self):
        program, items = self.plan()
        self.assertEqual(program.items.count(), 5)
        for target, measure in (
            (self.orgs_target, Measure.ORGS_TERM),
            (self.heads_target, Measure.HEADS_TERM),
        ):
            services.coverage_link_set(acting_user=self.clerk, target=target, measure=measure)
        # nothing concluded yet: no share of members to record, 0 % of the organisations
        self.assertFalse(TargetValue.objects.filter(target=self.heads_target).exists())
        self.assertEqual(
            {v.value for v in TargetValue.objects.filter(target=self.orgs_target)}, {Decimal(0)}
        )

        first, task1 = self.carry_out(items[0], self.agency_b, "Khắc phục việc chậm nộp đảng phí")
        second, task2 = self.carry_out(items[3], self.agency_a, "Rà soát hồ sơ đất đai")
        self.assertEqual(first.decision_number, "01-QĐ/UBKT")
        self.assertEqual(second.decision_number, "02-QĐ/UBKT")
        self.assertEqual(first.directive.origin, Origin.INSPECTION)
        today = timezone.localdate()
        services.inspection_conclude(
            acting_user=self.inspector,
            inspection=first,
            conclusions="Chi bộ thực hiện tốt\nCòn chậm nộp đảng phí",
            concluded_on=today,
            signer_name="Lê Văn Tâm",
            signer_role="Chủ nhiệm",
        )
        services.inspection_conclude(
            acting_user=self.standing,
            inspection=second,
            conclusions="Đồng chí có khuyết điểm trong quản lý đất đai",
            concluded_on=today,
            discipline="khien_trach",
        )
        first.refresh_from_db()
        second.refresh_from_db()
        self.assertEqual((first.state, first.conclusion_number), (State.CONCLUDED, "01-KL/UBKT"))
        self.assertEqual(second.conclusion_number, "02-KL/UBKT")
        self.assertEqual(
            RegisteredDocument.objects.filter(commune=self.commune, kind="KL").count(), 2
        )
        task1.refresh_from_db()
        self.assertEqual(task1.state, TaskState.NOT_STARTED)  # issued with the conclusion
        self.assertTrue(
            OutboxMessage.objects.filter(
                key__startswith=f"inspection-concluded:{first.pk}:", recipient=self.standing
            ).exists()
        )

        # the recommendations followed to closure: the agency closes with its product, the
        # issuer confirms
        for task, officer in ((task1, self.officer_b), (task2, self.officer_a)):
            task_services.task_close(
                acting_user=officer, task=task, done_on=today, result="Báo cáo số 12-BC/CB"
            )
            told = OutboxMessage.objects.filter(
                key__startswith=f"task-done:{task.pk}:", recipient=self.inspector
            )
            self.assertTrue(told.exists())  # the Inspection Committee confirms it
            task_services.task_confirm(acting_user=self.inspector, task=task, accept=True)
            task.refresh_from_db()
            self.assertEqual(task.state, TaskState.CONFIRMED)

        # coverage: 1 of 4 cells, 1 head of 1 member supervised
        figures = {f["target"].pk: f for f in target_figures(self.program)}
        self.assertEqual(figures[self.orgs_target.pk]["latest"], 25.0)
        self.assertEqual(figures[self.heads_target.pk]["latest"], 100.0)
        value = TargetValue.objects.filter(target=self.orgs_target).latest("period__cutoff_on")
        self.assertTrue(value.is_measured)
        self.assertIn("1/4 tổ chức đảng", value.source)

        # the worker measures again when the units change: a fifth cell makes it 20 %
        self.assertIn(coverage_values, checks())
        from hanhdong.test import make_org

        make_org("Chi bộ thôn 5", "party_cell", self.cells[0].parent)
        coverage_values(today)
        figures = {f["target"].pk: f for f in target_figures(self.program)}
        self.assertEqual(figures[self.orgs_target.pk]["latest"], 20.0)

    def test_it_counts_subordinate_organisations_not_their_grouping(self):
        names = {o.name for o in coverage.subordinate_orgs(self.commune)}
        self.assertEqual(names, {f"Chi bộ thôn {n}" for n in range(1, 5)})

    def test_it_refuses_what_is_wrong_and_writes_nothing(self):
        inspection = services.inspection_create(
            acting_user=self.inspector,
            commune=self.commune,
            body="ubkt",
            kind="violation",
            focus="land",
            decision_on=timezone.localdate(),
            subject_org=self.cells[0],
        )
        with self.assertRaises(ValidationError):
            services.inspection_conclude(
                acting_user=self.inspector,
                inspection=inspection,
                conclusions="  ",
                concluded_on=timezone.localdate(),
            )
        task_services.task_add(
            acting_user=self.inspector,
            directive=inspection.directive,
            title="Thiếu sản phẩm",
            lead=self.agency_a,
            responsible="",
            due_text="",
            product="",
        )
        with self.assertRaises(ValidationError):  # a recommendation lacks its "5 rõ"
            services.inspection_conclude(
                acting_user=self.inspector,
                inspection=inspection,
                conclusions="Có vi phạm",
                concluded_on=timezone.localdate(),
            )
        inspection.refresh_from_db()
        self.assertEqual(inspection.state, State.DECIDED)
        self.assertFalse(RegisteredDocument.objects.filter(kind="KL").exists())
        with self.assertRaises(ValidationError):  # another commune's unit
            services.inspection_create(
                acting_user=self.inspector,
                commune=self.commune_b,
                body="ubkt",
                kind="regular",
                focus="land",
                decision_on=timezone.localdate(),
                subject_org=self.cells[0],
            )
        with self.assertRaises(ValidationError):  # nobody named
            services.inspection_create(
                acting_user=self.inspector,
                commune=self.commune,
                body="ubkt",
                kind="regular",
                focus="land",
                decision_on=timezone.localdate(),
            )

    def test_it_never_overwrites_a_value_an_agency_reported(self):
        services.coverage_link_set(
            acting_user=self.clerk, target=self.orgs_target, measure=Measure.ORGS_TERM
        )
        self.assertEqual(CoverageLink.objects.count(), 1)
        value = TargetValue.objects.filter(target=self.orgs_target).first()
        self.assertIsNotNone(value)

    def test_a_conclusion_dated_back_counts_in_every_period_since(self):
        services.coverage_link_set(
            acting_user=self.clerk, target=self.orgs_target, measure=Measure.ORGS_TERM
        )
        today = timezone.localdate()
        inspection = services.inspection_create(
            acting_user=self.inspector,
            commune=self.commune,
            body="ubkt",
            kind="regular",
            focus="land",
            decision_on=today - dt.timedelta(days=200),
            subject_org=self.cells[0],
        )
        back = today - dt.timedelta(days=150)
        services.inspection_conclude(
            acting_user=self.inspector, inspection=inspection, conclusions="Tốt", concluded_on=back
        )
        values = TargetValue.objects.filter(target=self.orgs_target).select_related("period")
        since = [v for v in values if v.period.cutoff_on >= back]
        before = [v for v in values if v.period.cutoff_on < back]
        self.assertTrue(since)
        self.assertEqual({v.value for v in since}, {Decimal(25)})
        self.assertEqual({v.value for v in before}, {Decimal(0)})
