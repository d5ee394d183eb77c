"""What every response tells the browser: run only the app's own scripts, and keep nothing
a logged-in user saw."""

import re
from pathlib import Path

from django.urls import reverse

from hanhdong.test import BaseTestCase

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


class HeadersTest(BaseTestCase):
    def test_the_policy_allows_only_the_app_s_own_scripts(self):
        for response in (
            self.client.get(reverse("feedback:submit", args=[self.commune.code])),
            self.client.get(reverse("login")),
        ):
            policy = response["Content-Security-Policy"]
            self.assertIn("script-src 'self'", policy)
            self.assertIn("frame-ancestors 'none'", policy)
            self.assertNotIn("unsafe-inline", policy)
            self.assertNotIn("unsafe-eval", policy)

    def test_no_staff_page_is_kept_by_the_browser(self):
        self.login(self.clerk)
        for url in (
            reverse("programs:overview", args=[self.program.pk]),
            reverse("feedback:staff_list", args=[self.commune.pk]),
            reverse("orgs:users", args=[self.commune.pk]),
        ):
            with self.subTest(url=url):
                self.assertIn("no-store", self.client.get(url)["Cache-Control"])

    def test_the_tracking_page_is_not_kept_either(self):
        response = self.client.get(reverse("feedback:track"), {"code": "ABCDEFGH"})
        self.assertIn("no-store", response["Cache-Control"])


def test_no_template_holds_an_inline_script_handler_or_style():
    inline = re.compile(r"<script(?![^>]*\bsrc=)|\son[a-z]+=|\sstyle=|javascript:", re.I)
    found = [
        f"{path.relative_to(TEMPLATES)}: {match.group()}"
        for path in TEMPLATES.rglob("*.html")
        for match in inline.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []
