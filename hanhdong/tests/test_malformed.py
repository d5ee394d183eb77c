"""No input reaches a server error: every URL of the app with ids that name nothing, with
junk in its query string and its form, as an administrator and as nobody; Open311 with
impossible dates, NUL and control characters; a description of megabytes."""

import xml.etree.ElementTree as ET

from django.urls import URLPattern, URLResolver, get_resolver

from hanhdong.feedback import services as feedback_services
from hanhdong.feedback.models import Feedback, FeedbackSettings
from hanhdong.feedback.tests.test_open311 import publish
from hanhdong.reports.tests.base import ReportsTestCase

HUGE = "99999999999999999999"
JUNK = {
    "period": ["abc", HUGE, "-1", "1\x00"],
    "year": ["abc", HUGE, "\x00"],
    "number": ["abc", HUGE],
    "kind": ["\x00", "x" * 300],
    "task": [HUGE, "\x00"],
    "area": ["\x00", "II.1'--"],
    "state": ["\x00"],
    "agency": [HUGE, "abc"],
    "q": ["\x00", "%" * 50],
    "code": ["\x00", "ABC\x00DEF", "x" * 500],
    "layout": ["\x00", "x"],
    "program": [HUGE, "abc"],
    "jurisdiction_id": ["\x00", "x" * 300],
    "service_request_id": ["\x00", HUGE],
    "start_date": ["2026-02-30T00:00:00Z", "abc", "\x00"],
    "end_date": ["2026-13-01T00:00:00Z"],
    "status": ["\x00"],
    "service_code": ["\x00"],
}


def patterns(resolver=None, prefix=""):
    """Every URL pattern of the app (not Django's admin), as (route, pattern)."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            if getattr(entry, "namespace", None) == "admin":
                continue
            yield from patterns(entry, route)
        elif isinstance(entry, URLPattern):
            yield route, entry


def concrete(route: str) -> str:
    """A URL for ``route`` whose ids name nothing."""
    url = route
    for converter, value in (("<int:", HUGE), ("<slug:", "khong-co"), ("<str:", "khong")):
        while converter in url:
            start = url.index(converter)
            url = url[:start] + value + url[url.index(">", start) + 1 :]
    url = url.replace("(?P<fmt>json|xml)", "json").replace("(?P<code>[\\w-]+)", HUGE)
    url = url.replace("^", "").replace("$", "").replace("\\.", ".")
    return "/" + url.lstrip("/")


class MalformedInputTest(ReportsTestCase):
    def test_no_url_fails_on_ids_that_name_nothing(self):
        urls = sorted({concrete(route) for route, _p in patterns()})
        self.assertGreater(len(urls), 60)
        for user in (self.admin, None):
            self.client.logout()
            if user:
                self.login(user)
            for url in urls:
                for method in ("get", "post"):
                    with self.subTest(url=url, method=method, user=str(user)):
                        response = getattr(self.client, method)(url)
                        self.assertLess(response.status_code, 500)

    def test_no_page_fails_on_junk_in_its_query_string_or_form(self):
        real = {
            "programs": f"/programs/{self.program.pk}/",
            "tasks": f"/programs/{self.program.pk}/tasks/",
            "dashboard": f"/programs/{self.program.pk}/dashboard/",
            "city": f"/cities/{self.hp.pk}/dashboard/",
            "feedback": f"/communes/{self.commune.pk}/feedback/",
            "track": "/gop-y/theo-doi/",
            "consolidated": f"/periods/{self.q3.pk}/report/",
            "template": f"/periods/{self.q3.pk}/template.xlsx",
            "import": f"/communes/{self.commune.pk}/import/",
            "open311": "/open311/v2/requests.json",
            "open311 xml": "/open311/v2/requests.xml",
            "api tasks": f"/api/v1/programs/{self.program.pk}/key-tasks",
            "api dashboard": f"/api/v1/programs/{self.program.pk}/dashboard",
            "api programs": "/api/v1/programs",
        }
        for user in (self.admin, self.officer_a, None):
            self.client.logout()
            if user:
                self.login(user)
            for name, url in real.items():
                for param, values in JUNK.items():
                    for value in values:
                        with self.subTest(page=name, param=param, value=value[:20]):
                            self.assertLess(self.client.get(url, {param: value}).status_code, 500)
                            response = self.client.post(url, {param: value})
                            self.assertLess(response.status_code, 500)

    def test_open311_keeps_every_output_well_formed(self):
        FeedbackSettings.objects.create(commune=self.commune, open311_key_required=False)
        body = {"jurisdiction_id": self.commune.code, "service_code": "phan_anh"}
        nul = self.client.post(
            "/open311/v2/requests.json", {**body, "description": "Cống tắc\x00 ở thôn 4."}
        )
        self.assertLess(nul.status_code, 500)
        control = self.client.post(
            "/open311/v2/requests.json",
            {**body, "description": "Đèn\x01\x02 tắt\x0b ở\x1f ngõ 5, \x7fthôn 2."},
        )
        self.assertEqual(control.status_code, 200)
        item = Feedback.objects.get(public_id=control.json()[0]["service_request_id"])
        self.assertEqual(item.text, "Đèn tắt ở ngõ 5, thôn 2.")
        publish(self, item, answer="Đã\x08 sửa xong.")
        xml = self.client.get(
            "/open311/v2/requests.xml", {"jurisdiction_id": self.commune.code, "status": "closed"}
        )
        ET.fromstring(xml.content)  # well-formed
        huge = self.client.post(
            "/open311/v2/requests.json", {**body, "description": "Đường ngập. " * 500_000}
        )
        self.assertIn(huge.status_code, (400, 413))
        self.assertFalse(Feedback.objects.filter(text__startswith="Đường ngập").exists())

    def test_free_text_has_a_limit_the_form_states(self):
        url = f"/gop-y/{self.commune.code}/"
        page = self.client.get(url).content.decode()
        self.assertIn("5000", page)  # the limit, as the form says it
        data = {"kind": "phan_anh", "title": "Đường ngập", "text": "x" * 5001, "website": ""}
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.assertFalse(Feedback.objects.exists())
        with self.assertRaises(feedback_services.ValidationError):
            feedback_services.feedback_submit(
                commune=self.commune, kind="phan_anh", title="Dài", text="y" * 5001
            )
