"""Every form marks its required fields — a visible *, said in words to a screen reader —
and explains the mark once, in a legend "* bắt buộc"."""

import re
from pathlib import Path

from django.urls import reverse

from hanhdong.reports.tests.base import ReportsTestCase

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
LEGEND = '<p class="required-legend" aria-hidden="true"><span class="req">*</span> bắt buộc</p>'
MARK = (
    '<span class="req" aria-hidden="true">*</span><span class="visually-hidden"> (bắt buộc)</span>'
)
FORM = re.compile(r"<form\b.*?</form>", re.S)


def forms_in(html: str) -> list[str]:
    return FORM.findall(html)


class RequiredMarksTest(ReportsTestCase):
    def assert_marked(self, form_html: str, labels: list[str]):
        self.assertEqual(form_html.count(LEGEND), 1, form_html)
        self.assertEqual(form_html.count(MARK), len(labels), form_html)
        for label in labels:
            self.assertRegex(form_html, re.escape(label) + r"\s*" + re.escape(MARK))

    def test_the_citizen_s_form_marks_what_it_needs(self):
        response = self.client.get(reverse("feedback:submit", args=[self.commune.code]))
        (form,) = [f for f in forms_in(response.content.decode()) if 'name="title"' in f]
        self.assert_marked(form, ["Loại ý kiến", "Trích yếu", "Nội dung"])
        self.assertIn("Họ tên (không bắt buộc)</label>", form)  # optional: no mark

    def test_a_staff_form_marks_its_required_fields(self):
        self.login(self.clerk)
        response = self.client.get(reverse("reports:adhoc", args=[self.program.pk]))
        (form,) = [f for f in forms_in(response.content.decode()) if 'name="due_on"' in f]
        self.assert_marked(form, ["Nội dung yêu cầu", "Hạn nộp"])

    def test_a_form_without_required_fields_has_no_legend(self):
        report = self.hand_in(1)  # submitted: the clerk's review form, a comment at most
        self.login(self.clerk)
        url = reverse("reports:report", args=[report.task_id, report.period_id])
        (form,) = [f for f in forms_in(self.client.get(url).content.decode()) if "accept" in f]
        self.assertNotIn("required-legend", form)
        self.assertNotIn('class="req"', form)

    def test_each_form_of_a_page_has_its_own_legend(self):
        self.login(self.admin)
        response = self.client.get(reverse("orgs:communes"))
        marked = [f for f in forms_in(response.content.decode()) if MARK in f]
        self.assertGreaterEqual(len(marked), 2)
        for form in marked:
            self.assertEqual(form.count(LEGEND), 1)

    def test_the_login_form_written_by_hand_is_marked_too(self):
        response = self.client.get(reverse("login"))
        (form,) = [f for f in forms_in(response.content.decode()) if 'name="username"' in f]
        self.assert_marked(form, ["Tên đăng nhập", "Mật khẩu"])

    def test_the_mark_is_explained_in_english_too(self):
        self.client.cookies["django_language"] = "en"
        response = self.client.get(reverse("login"))
        self.assertContains(response, '<span class="req">*</span> required</p>')
        self.assertContains(response, '<span class="visually-hidden"> (required)</span>')


def test_every_hand_written_required_field_carries_the_mark():
    required = re.compile(r"<(?:input|textarea|select)\b[^>]*\srequired[\s>]")
    missing = [
        str(path.relative_to(TEMPLATES))
        for path in TEMPLATES.rglob("*.html")
        if path.parts[-2:] != ("imports", "preview.html")  # the import preview has its own
        and (text := path.read_text(encoding="utf-8"))
        and len(required.findall(text)) > text.count('"_required.html"')
    ]
    assert missing == []
