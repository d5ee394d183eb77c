"""The error pages speak the user's language and show the way back; the API keeps JSON."""

import json

from django.conf import settings
from django.template import loader
from django.test import Client, RequestFactory
from django.urls import reverse

from hanhdong import errors
from hanhdong.test import BaseTestCase


class ErrorPagesTest(BaseTestCase):
    def in_english(self):
        self.client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    def assert_vietnamese_page(self, response, status: int, words: str):
        self.assertEqual(response.status_code, status)
        self.assertEqual(response["Content-Type"], "text/html; charset=utf-8")
        self.assertContains(response, words, status_code=status)
        self.assertContains(response, 'lang="vi"', status_code=status)
        self.assertNotContains(response, "Forbidden", status_code=status)
        self.assertNotContains(response, "Not Found", status_code=status)

    def test_it_refuses_in_vietnamese_with_the_way_to_the_user_s_commune(self):
        self.login(self.officer_a)
        response = self.client.get(reverse("programs:edit", args=[self.program.pk]))
        self.assert_vietnamese_page(response, 403, "Không có quyền truy cập")
        self.assertContains(
            response, reverse("programs:commune", args=[self.commune.pk]), status_code=403
        )
        self.assertContains(response, "Về trang của Xã A", status_code=403)

    def test_the_refusal_is_in_english_when_the_user_chose_english(self):
        self.login(self.officer_a)
        self.in_english()
        response = self.client.get(reverse("programs:edit", args=[self.program.pk]))
        self.assertContains(response, "Access refused", status_code=403)
        self.assertNotContains(response, "Forbidden", status_code=403)

    def test_an_unknown_address_is_not_found_in_vietnamese(self):
        response = self.client.get("/no-such-page/")
        self.assert_vietnamese_page(response, 404, "Không tìm thấy trang")
        self.assertContains(response, reverse("programs:home"), status_code=404)

    def test_a_user_of_several_communes_is_sent_home(self):
        self.login(self.city)
        response = self.client.get("/no-such-page/")
        self.assertContains(response, "Về trang chủ", status_code=404)
        self.assertNotContains(response, "Về trang của", status_code=404)

    def test_another_commune_s_page_is_not_found_in_english_too(self):
        self.login(self.outsider)
        self.in_english()
        response = self.client.get(reverse("programs:overview", args=[self.program.pk]))
        self.assertContains(response, "Page not found", status_code=404)

    def test_a_request_for_an_unknown_host_is_a_bad_request_in_vietnamese(self):
        response = self.client.get("/", headers={"host": "elsewhere.example"})
        self.assert_vietnamese_page(response, 400, "Không đọc được yêu cầu")

    def test_a_form_without_its_security_token_is_explained(self):
        client = Client(enforce_csrf_checks=True)
        response = client.post(reverse("login"), {"username": "clerk", "password": "x"})
        self.assert_vietnamese_page(response, 403, "Biểu mẫu đã hết hiệu lực")

    def test_the_error_pages_load_only_the_app_s_own_stylesheet(self):
        response = self.client.get("/no-such-page/")
        self.assertContains(response, "/static/hanhdong/app.css", status_code=404)
        self.assertNotContains(response, "<script", status_code=404)

    def test_the_server_error_page_needs_neither_request_nor_database(self):
        with self.assertNumQueries(0):
            page = loader.get_template("500.html").render()
            response = errors.server_error(RequestFactory().get("/programs/1/"))
        self.assertIn("Lỗi hệ thống", page)
        self.assertIn("Something went wrong", page)  # a short line in English
        self.assertEqual(response.status_code, 500)
        self.assertIn("Lỗi hệ thống", response.content.decode())


class ApiErrorsTest(BaseTestCase):
    def test_the_api_answers_its_refusals_in_json(self):
        self.login(self.outsider)
        for url, status in (
            ("/api/v1/no-such-operation", 404),
            (f"/api/v1/programs/{self.program.pk}", 404),
        ):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, status)
                self.assertTrue(response["Content-Type"].startswith("application/json"))
                self.assertIn("detail", response.json())

    def test_a_server_error_under_the_api_is_json_too(self):
        response = errors.server_error(RequestFactory().get("/api/v1/programs"))
        self.assertEqual(response.status_code, 500)
        self.assertTrue(response["Content-Type"].startswith("application/json"))
        self.assertIn("detail", json.loads(response.content))

    def test_the_handlers_answer_json_under_the_api(self):
        request = RequestFactory().get("/api/v1/communes")
        for handler, status in (
            (errors.bad_request, 400),
            (errors.permission_denied, 403),
            (errors.page_not_found, 404),
            (errors.csrf_failure, 403),
        ):
            with self.subTest(handler=handler.__name__):
                response = handler(request, None)
                self.assertEqual(response.status_code, status)
                self.assertTrue(response["Content-Type"].startswith("application/json"))
