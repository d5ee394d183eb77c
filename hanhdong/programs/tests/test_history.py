"""The history pages tell what changed in words: fields by their Vietnamese names, values
by their labels, an import and a revision in a sentence. Every entry here is written by the
services, as in use."""

import datetime as dt
import re
from decimal import Decimal

from django.urls import reverse

from hanhdong.orgs.models import Role
from hanhdong.orgs.services import organization_update, user_update
from hanhdong.programs.models import Program
from hanhdong.programs.services import key_task_update, program_revise, program_update
from hanhdong.targets.services import target_update
from hanhdong.test import BaseTestCase, program_doc

RAW_KEYS = re.compile(
    r"\b(sections|items|key_tasks|targets|sections_added|key_tasks_changed|revision|"
    r"issued_on|term_start|start_period|start_text|lead_text|is_active|comparison)\b"
)


def revised_doc() -> dict:
    """The test program with a section and an item added, task 2 led by someone else and
    task 4 dropped."""
    doc = program_doc()
    doc["parts"][1]["children"].append({"number": "4", "title": "Quốc phòng", "items": ["Việc c"]})
    doc["key_tasks"][1]["lead"] = "Ban Xây dựng Đảng"
    doc["key_tasks"] = doc["key_tasks"][:3]
    doc["targets"][1]["value"] = 150
    return doc


class HistoryInWordsTest(BaseTestCase):
    def page(self, url):
        self.login(self.clerk)
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        history = response.content.decode().split('<section class="history">', 1)[1]
        return history.split("</section>", 1)[0]

    def assert_no_raw_key(self, html):
        self.assertIsNone(RAW_KEYS.search(html), html)

    def test_the_program_s_header_changes_read_in_vietnamese(self):
        program_update(
            acting_user=self.clerk,
            program=self.program,
            issued_on=dt.date(2025, 10, 1),
            status="draft",
        )
        html = self.page(reverse("programs:history", args=[self.program.pk]))
        self.assertIn("Ngày ban hành", html)
        self.assertIn("01/10/2025", html)
        self.assertIn("Trạng thái", html)
        self.assertIn("<del>Đang thực hiện</del> → <ins>Dự thảo</ins>", html)
        self.assertNotIn("2025-10-01", html)
        self.assertNotIn(">draft<", html)
        self.assert_no_raw_key(html)

    def test_the_import_is_told_in_a_sentence(self):
        html = self.page(reverse("programs:history", args=[self.program.pk]))
        self.assertIn("Nhập chương trình: 6 mục; 4 nhiệm vụ, giải pháp", html)
        self.assertIn("4 nhiệm vụ trọng tâm; 2 chỉ tiêu", html)
        self.assert_no_raw_key(html)

    def test_a_revision_is_told_in_words(self):
        program_revise(acting_user=self.clerk, program=self.program, data=revised_doc())
        html = self.page(reverse("programs:history", args=[self.program.pk]))
        self.assertIn("Điều chỉnh, bổ sung chương trình (lần 2)", html)
        self.assertIn("thêm 1 mục (II.4)", html)
        self.assertIn("thêm 1 nhiệm vụ, giải pháp", html)
        self.assertIn("rút nhiệm vụ trọng tâm 4", html)
        self.assertIn("sửa nhiệm vụ trọng tâm 2 (cơ quan chủ trì)", html)
        self.assertIn("sửa chỉ tiêu “doanh nghiệp” (giá trị chỉ tiêu)", html)
        self.assert_no_raw_key(html)

    def test_the_revision_page_labels_what_changed(self):
        program_revise(acting_user=self.clerk, program=self.program, data=revised_doc())
        self.login(self.clerk)
        response = self.client.get(reverse("programs:revision", args=[self.program.pk, 1]))
        self.assertContains(response, "Sửa nhiệm vụ trọng tâm 2 (cơ quan chủ trì)")
        self.assertContains(response, "<b>Cơ quan chủ trì</b>: <del>UBND xã</del>")
        self.assertContains(response, "giá trị chỉ tiêu <del>120</del> → <ins>150</ins>")
        self.assertNotContains(response, "<b>lead</b>")

    def test_a_key_task_s_periods_and_agencies_read_as_on_its_page(self):
        task = self.tasks[1]
        key_task_update(
            acting_user=self.clerk,
            task=task,
            name=task.name,
            lead=self.agency_a,
            partners=[self.agency_b],
            partners_text=task.partners_text,
            start_text="Quý II/2026",
            end_text=task.end_text,
            resources=task.resources,
        )
        html = self.page(reverse("programs:task", args=[task.pk]))
        self.assertIn("Thời gian triển khai", html)
        self.assertIn("<del>Năm 2025</del> → <ins>Quý II/2026</ins>", html)
        self.assertIn("Cơ quan chủ trì", html)
        self.assertIn("Cơ quan phối hợp", html)
        self.assertNotIn("{", html)  # no stored period dictionary
        self.assert_no_raw_key(html)

    def test_a_target_s_comparison_and_value_read_by_their_labels(self):
        target = self.program.targets.get(where="II.2")
        target_update(acting_user=self.clerk, target=target, value=Decimal("150"), comparison="<=")
        html = self.page(reverse("programs:target_edit", args=[target.pk]))
        self.assertIn("<del>tối thiểu</del> → <ins>tối đa</ins>", html)
        self.assertIn("<del>120</del> → <ins>150</ins>", html)
        self.assertNotIn("120.0000", html)
        self.assert_no_raw_key(html)

    def test_a_unit_s_booleans_read_yes_or_no(self):
        organization_update(acting_user=self.clerk, org=self.hdnd, is_active=False)
        html = self.page(reverse("orgs:unit_edit", args=[self.hdnd.pk]))
        self.assertIn("Đang hoạt động", html)
        self.assertIn("<del>có</del> → <ins>không</ins>", html)
        self.assert_no_raw_key(html)

    def test_a_user_s_roles_read_by_their_labels_and_the_password_stays_hidden(self):
        user_update(
            acting_user=self.clerk,
            user=self.officer_a,
            commune=self.commune,
            memberships=[(self.agency_b, Role.OFFICER)],
            password="a-new-Password-77",
        )
        html = self.page(reverse("orgs:user_edit", args=[self.commune.pk, self.officer_a.pk]))
        self.assertIn("Vai trò", html)
        self.assertIn("Cán bộ cơ quan, đơn vị — Ban Xây dựng Đảng", html)
        self.assertNotIn("officer @", html)
        self.assertIn("Mật khẩu", html)
        self.assertIn("đã thay đổi (không hiển thị)", html)
        self.assertNotIn("…", html)


class HistoryQueriesTest(BaseTestCase):
    def test_the_program_history_reads_its_revisions_at_once(self):
        program = self.program
        for value in (130, 140, 150):
            doc = revised_doc()
            doc["targets"][1]["value"] = value
            program_revise(acting_user=self.clerk, program=program, data=doc)
            program = Program.objects.get(pk=program.pk)
        self.login(self.clerk)
        url = reverse("programs:history", args=[program.pk])
        self.client.get(url)  # the session and content types, read once
        # three of them the header's counts (unread notifications, the clerk's queue)
        with self.assertNumQueries(9):
            response = self.client.get(url)
        self.assertContains(response, "chương trình (lần 4)")
