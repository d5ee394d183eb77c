"""From meeting to deed in the browser: the clerk plans a Standing Committee meeting on its
proposed agenda, records the conclusions and three tasks, issues the notice; the agency
closes one task with its product on a phone and the clerk confirms it; the worker escalates
another gone overdue, and the Standing Committee member reads it among his notifications."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils import timezone

from hanhdong.meetings.models import Meeting
from hanhdong.notifications.worker import run_once
from hanhdong.reports.services import calendar_setup
from hanhdong.tasks.models import AssignedTask, TaskState
from hanhdong.tests.browser.base import DESKTOP, PHONE, SIDEWAYS, BrowserTestCase
from hanhdong.tests.browser.test_flows import vi


class MeetingFlowTest(BrowserTestCase):
    def open(self, page, path):
        response = page.goto(self.url(path))
        self.assertEqual(response.status, 200, path)

    def assert_fits(self, page):
        phone = page.viewport_size["width"] <= PHONE["width"]
        wrong, boxes, _links = self.look(page, allowed=SIDEWAYS if phone else "")
        self.assertEqual((wrong, boxes), (None, []), page.url)

    def add_task(self, page, directive, title, lead, due, product):
        self.open(page, reverse("tasks:task_new", args=[directive.pk]))
        page.fill("#id_title", title)
        page.select_option("#id_lead", str(lead.pk))
        page.fill("#id_responsible", "Đồng chí Phó Bí thư Thường trực")
        page.fill("#id_due_text", due)
        page.fill("#id_product", product)
        page.click("form.card button.primary")
        page.wait_for_url("**/meetings/**")

    def test_from_meeting_to_deed(self):
        today = timezone.localdate()
        calendar_setup(acting_user=None, program=self.program, quarterly=True)
        clerk = self.context(self.clerk, viewport=DESKTOP).new_page()
        self.open(clerk, reverse("meetings:new", args=[self.commune.pk]))
        self.assertIn(vi("The agenda the data proposes"), clerk.locator("main").inner_text())
        clerk.fill("#id_chair", "Nguyễn Văn Bình")
        clerk.fill("#id_chair_role", "Bí thư Đảng ủy")
        clerk.fill("#id_agenda", "Nghe báo cáo tình hình thực hiện Chương trình hành động")
        clerk.click("form.card button.primary")
        clerk.wait_for_url("**/meetings/*/")
        meeting = Meeting.objects.get()
        clerk.fill("#id_conclusions", "Cơ bản hoàn thành kế hoạch\nTập trung giải ngân")
        clerk.click("#conclusions button.primary")
        self.assertIn("Tập trung giải ngân", clerk.locator("#conclusions").inner_text())
        soon = (today + dt.timedelta(days=10)).strftime("%d/%m/%Y")
        self.add_task(clerk, meeting.directive, "Rà soát hồ sơ giải ngân", self.agency_a,
                      "5 ngày làm việc", "Báo cáo rà soát")  # fmt: skip
        self.add_task(clerk, meeting.directive, "Giao chỉ tiêu đảng viên", self.agency_b, soon,
                      "Văn bản giao chỉ tiêu")  # fmt: skip
        self.add_task(clerk, meeting.directive, "Đối thoại với Nhân dân", self.agency_a,
                      "Quý IV/2030", "Biên bản đối thoại")  # fmt: skip
        self.assertEqual(clerk.locator("#tasks tbody tr").count(), 3)
        clerk.click("#notice button.primary")
        self.assertIn("01-TB/ĐU", clerk.locator("main").inner_text())
        self.assert_fits(clerk)
        with clerk.expect_download() as download:
            clerk.click("#notice a.button")
        self.assertTrue(download.value.suggested_filename.startswith("TB-01-TB-DU"))

        # the Party-building board closes its task with its product, from a phone
        board = self.context(self.officer_b, viewport=PHONE).new_page()
        given = AssignedTask.objects.get(title="Giao chỉ tiêu đảng viên")
        self.open(board, reverse("tasks:task", args=[given.pk]))
        board.fill("#id_result", "Văn bản số 15-CV/ĐU giao chỉ tiêu cho 12 chi bộ")
        board.click("#close button.primary")
        self.assertIn(
            vi("The task was closed with its product."), board.locator(".messages").inner_text()
        )
        self.assert_fits(board)
        self.open(clerk, reverse("tasks:task", args=[given.pk]))
        clerk.click("button[name=accept]")
        self.assertEqual(AssignedTask.objects.get(pk=given.pk).state, TaskState.CONFIRMED)
        self.assertIn(vi("Completed on time"), clerk.locator("h1").inner_text())

        # a week and more after its deadline, the worker tells the Standing Committee
        late = AssignedTask.objects.get(title="Rà soát hồ sơ giải ngân")
        run_once(late.due_on + dt.timedelta(days=6))
        standing = self.context(self.standing, viewport=PHONE).new_page()
        self.open(standing, reverse("orgs:notifications"))
        self.assertIn("Rà soát hồ sơ giải ngân", standing.locator("main").inner_text())
        self.assert_fits(standing)
        self.open(standing, reverse("tasks:list", args=[self.commune.pk]) + "?status=overdue")
        if today > late.due_on:  # the real day decides what the list shows
            self.assertIn("Rà soát hồ sơ giải ngân", standing.locator("main").inner_text())
