"""Citizens are addressed as "ông/bà" on every page they see, never "bạn"."""

import gettext
import re

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from hanhdong.feedback import services
from hanhdong.feedback.tests.test_feedback import submit
from hanhdong.test import BaseTestCase

BAN = re.compile(r"\bbạn\b", re.IGNORECASE)


def answered(test) -> object:
    feedback = submit(test.commune)
    services.feedback_accept(acting_user=test.clerk, feedback=feedback, accept=True)
    services.feedback_assign(acting_user=test.clerk, feedback=feedback, agency=test.agency_a)
    services.feedback_start(acting_user=test.officer_a, feedback=feedback)
    return services.feedback_answer(
        acting_user=test.officer_a, feedback=feedback, answer="Đã thay bóng đèn."
    )


class CitizenAddressTest(BaseTestCase):
    def assert_addressed_as_ong_ba(self, response):
        text = response.content.decode()
        self.assertIsNone(BAN.search(text), BAN.search(text) and text)
        return text

    def test_no_public_page_says_ban(self):
        feedback = answered(self)
        services.feedback_publish(acting_user=self.clerk, feedback=feedback)
        code = self.commune.code
        track = reverse("feedback:track")
        pages = [
            reverse("feedback:submit", args=[code]),
            reverse("feedback:public_list", args=[code]),
            reverse("feedback:public_stats", args=[code]),
            track,
            f"{track}?code={feedback.code}",
            f"{track}?code={feedback.code}&new=1",
            f"{track}?code=NOSUCHCODE",
            reverse("feedback:submit", args=["no-such-commune"]),
            reverse("login"),
        ]
        for url in pages:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertIn(response.status_code, (200, 404))
                self.assert_addressed_as_ong_ba(response)

    def test_the_submission_form_speaks_to_ong_ba(self):
        response = self.client.get(reverse("feedback:submit", args=[self.commune.code]))
        self.assertIn("Ông/bà sẽ nhận mã theo dõi", self.assert_addressed_as_ong_ba(response))

    def test_a_refused_submission_with_files_asks_ong_ba_to_choose_them_again(self):
        photo = SimpleUploadedFile("anh.pdf", b"%PDF-1.4\n%%EOF\n")
        data = {
            "kind": "phan_anh",
            "title": "Đường ngập",
            "text": "Đường thôn 3 ngập sau mưa.",
            "name": "An",  # a name without the consent: refused by the service
            "website": "",
            "files": photo,
        }
        response = self.client.post(reverse("feedback:submit", args=[self.commune.code]), data)
        self.assertEqual(response.status_code, 200)
        text = self.assert_addressed_as_ong_ba(response)
        self.assertIn("các nội dung khác ông/bà đã viết vẫn được giữ nguyên", text)

    def test_the_steps_of_the_citizen_answer_in_the_same_voice(self):
        feedback = answered(self)
        response = self.client.post(
            reverse("feedback:rate"), {"code": feedback.code, "rating": "4"}, follow=True
        )
        self.assertIn("Cảm ơn ông/bà", self.assert_addressed_as_ong_ba(response))
        response = self.client.post(
            reverse("feedback:reopen"), {"code": feedback.code, "reason": ""}, follow=True
        )
        self.assert_addressed_as_ong_ba(response)


def test_no_vietnamese_string_of_the_app_says_ban():
    catalogue = gettext.translation(
        "django", localedir=str(settings.LOCALE_PATHS[0]), languages=["vi"]
    )
    found = [text for text in catalogue._catalog.values() if BAN.search(str(text))]
    assert found == []
