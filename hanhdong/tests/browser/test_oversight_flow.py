"""The issue's acceptance in the browser: the Inspection Committee plans its annual program
with five items, carries two out (decision, findings, a recommendation, the conclusion), the
clerk has the coverage targets measured from the records, the agency closes its
recommendation on a phone and the Committee confirms it; the dashboard shows the values.
Screenshots at 1366 and 390 px go to $OVERSIGHT_SHOTS when set."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal

from django.urls import reverse
from django.utils import timezone

from hanhdong.oversight.models import Inspection, OversightProgram, State
from hanhdong.oversight.tests.factory import COVERAGE_TARGETS, make_cells
from hanhdong.reports.services import calendar_setup
from hanhdong.targets.models import Target
from hanhdong.tasks.models import AssignedTask, TaskState
from hanhdong.tests.browser.base import DESKTOP, PHONE, SIDEWAYS, BrowserTestCase
from hanhdong.tests.browser.test_flows import vi


class OversightBrowserTest(BrowserTestCase):
    def setUp(self):
        super().setUp()
        self.cells = make_cells(self.party)
        self.targets = [
            Target.objects.create(
                program=self.program,
                position=10 + n,
                indicator=t["indicator"],
                unit="%",
                comparison=">=",
                value=Decimal(t["value"]),
                year=2030,
            )
            for n, t in enumerate(COVERAGE_TARGETS)
        ]
        calendar_setup(acting_user=None, program=self.program, quarterly=True)

    def open(self, page, path):
        response = page.goto(self.url(path))
        self.assertEqual(response.status, 200, path)

    def fits(self, page, name):
        phone = page.viewport_size["width"] <= PHONE["width"]
        wrong, boxes, _links = self.look(page, allowed=SIDEWAYS if phone else "")
        self.assertEqual((wrong, boxes), (None, []), page.url)
        shots = os.environ.get("OVERSIGHT_SHOTS")
        if shots:
            width = page.viewport_size["width"]
            page.screenshot(path=f"{shots}/{name}-{width}.png", full_page=True)

    def save(self, page):
        page.click("form.card button.primary")
        page.wait_for_load_state()

    def test_an_annual_program_to_its_coverage_on_the_dashboard(self):
        today = timezone.localdate()
        day = today.strftime("%d/%m/%Y")
        inspector = self.context(self.inspector, viewport=DESKTOP).new_page()
        self.open(inspector, reverse("oversight:program_new", args=[self.commune.pk]))
        self.save(inspector)
        program = OversightProgram.objects.get()
        rows = [
            ("regular", self.cells[0], "", False, "budget"),
            ("regular", self.cells[1], "", False, "land"),
            ("thematic", self.cells[2], "", False, "democracy"),
            ("thematic", self.cells[0], "Nguyễn Văn Hùng", True, "personnel"),
            ("violation", self.cells[3], "", False, "corruption"),
        ]
        for kind, org, member, head, focus in rows:
            self.open(inspector, reverse("oversight:item_new", args=[program.pk]))
            inspector.select_option("#id_kind", kind)
            inspector.select_option("#id_subject_org", str(org.pk))
            inspector.fill("#id_member_name", member)
            if head:
                inspector.check("#id_member_is_head")
            inspector.select_option("#id_focus", focus)
            inspector.fill("#id_team", "Đồng chí Lê Văn Tâm, Phó Chủ nhiệm UBKT")
            self.save(inspector)
        self.assertEqual(program.items.count(), 5)
        self.assertEqual(inspector.locator("#items tbody tr").count(), 5)
        self.fits(inspector, "program")

        # the clerk has the two coverage targets measured from the records
        clerk = self.context(self.clerk, viewport=DESKTOP).new_page()
        for target, measure in zip(self.targets, ("orgs_term", "heads_term"), strict=True):
            self.open(clerk, reverse("oversight:link_new", args=[self.commune.pk]))
            clerk.select_option("#id_target", str(target.pk))
            clerk.select_option("#id_measure", measure)
            self.save(clerk)
        self.assertIn(
            vi("Targets of the program measured from these records"),
            clerk.locator("#coverage").inner_text(),
        )

        # two planned items carried out: decided, recorded, a recommendation, concluded
        for n, lead in ((0, self.agency_b), (3, self.agency_a)):
            self.open(inspector, reverse("oversight:program", args=[program.pk]))
            inspector.locator("#items tbody tr").nth(n).locator(
                "a", has_text=vi("Decide it")
            ).click()
            inspector.wait_for_load_state()
            inspector.fill("#id_decision_on", (today - dt.timedelta(days=20)).strftime("%d/%m/%Y"))
            self.save(inspector)
            inspection = Inspection.objects.latest("pk")
            inspector.fill("#id_documents", "Báo cáo tự kiểm tra\nSổ sách thu chi")
            inspector.fill("#id_findings", "Thu chi đúng quy định\nChậm nộp đảng phí quý III")
            inspector.click("#work button.primary")
            inspector.wait_for_load_state()
            self.open(inspector, reverse("tasks:task_new", args=[inspection.directive.pk]))
            inspector.fill("#id_title", f"Khắc phục hạn chế sau kiểm tra {n}")
            inspector.select_option("#id_lead", str(lead.pk))
            inspector.fill("#id_responsible", "Đồng chí Bí thư Chi bộ")
            inspector.fill("#id_due_text", (today + dt.timedelta(days=20)).strftime("%d/%m/%Y"))
            inspector.fill("#id_product", "Báo cáo khắc phục")
            self.save(inspector)
            self.open(inspector, reverse("oversight:inspection", args=[inspection.pk]))
            inspector.fill("#id_conclusions", "Chi bộ thực hiện tốt\nCòn chậm nộp đảng phí")
            if n == 3:
                inspector.select_option("#id_discipline", "khien_trach")
            inspector.fill("#id_concluded_on", day)
            inspector.click("#conclusion button.primary")
            inspector.wait_for_load_state()
            inspection.refresh_from_db()
            self.assertEqual(inspection.state, State.CONCLUDED)
            self.assertIn(inspection.conclusion_number, inspector.locator("main").inner_text())
        self.fits(inspector, "inspection")

        # each agency closes its recommendation on a phone; the Committee confirms
        for task, officer in zip(
            AssignedTask.objects.order_by("pk"), (self.officer_b, self.officer_a), strict=True
        ):
            phone = self.context(officer, viewport=PHONE).new_page()
            self.open(phone, reverse("tasks:task", args=[task.pk]))
            phone.fill("#id_result", "Báo cáo khắc phục số 12-BC/CB")
            phone.click("#close button.primary")
            phone.wait_for_load_state()
            self.open(inspector, reverse("tasks:task", args=[task.pk]))
            inspector.click("button[name=accept]")
            inspector.wait_for_load_state()
            self.assertEqual(AssignedTask.objects.get(pk=task.pk).state, TaskState.CONFIRMED)

        # the coverage, on the oversight page and on the dashboard
        for viewport in (DESKTOP, PHONE):
            page = self.context(self.inspector, viewport=viewport).new_page()
            self.open(page, reverse("oversight:home", args=[self.commune.pk]))
            coverage = page.locator("#coverage").inner_text()
            self.assertIn("1/4 (25,0%)", coverage)
            self.assertIn("1/1 (100,0%)", coverage)
            self.assertIn("Nguyễn Văn Hùng", page.locator("#inspections").inner_text())
            self.fits(page, "home")
            self.open(page, reverse("reports:dashboard", args=[self.program.pk]))
            figures = page.locator("figure.target").all_inner_texts()
            orgs = next(f for f in figures if "tổ chức đảng trực thuộc" in f.lower())
            heads = next(f for f in figures if "người đứng đầu" in f.lower())
            self.assertIn(f"{vi('latest')} 25", orgs)
            self.assertIn(f"{vi('latest')} 100", heads)
            self.fits(page, "dashboard")

        # the clerk reads the page without the member's name or the discipline
        self.open(clerk, reverse("oversight:home", args=[self.commune.pk]))
        text = clerk.locator("main").inner_text()
        self.assertNotIn("Nguyễn Văn Hùng", text)
        self.assertNotIn(vi("Reprimand (khiển trách)"), text)
        self.assertIn(vi("A party member (restricted)"), text)

    def test_the_people_s_council_records_a_dialogue_and_its_petitions(self):
        from hanhdong.feedback.models import Feedback

        today = timezone.localdate()
        for viewport in (PHONE, DESKTOP):
            page = self.context(self.supervisor, viewport=viewport).new_page()
            self.open(page, reverse("oversight:supervision_new", args=[self.commune.pk]))
            page.select_option("#id_kind", "dialogue")
            page.fill("#id_title", f"Đối thoại về giải phóng mặt bằng {viewport['width']}")
            page.fill("#id_held_on", (today - dt.timedelta(days=2)).strftime("%d/%m/%Y"))
            page.fill("#id_findings", "Người dân đề nghị công khai phương án bồi thường")
            self.save(page)
            page.fill("#id_title", "Công khai phương án bồi thường")
            page.fill("#id_text", "Đề nghị niêm yết phương án bồi thường tại nhà văn hóa thôn")
            page.click("#petitions button.primary")
            page.wait_for_load_state()
            self.assertIn("Công khai phương án bồi thường", page.locator("#petitions").inner_text())
            self.fits(page, "supervision")
        self.assertEqual(Feedback.objects.filter(title="Công khai phương án bồi thường").count(), 2)
