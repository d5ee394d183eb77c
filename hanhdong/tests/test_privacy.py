"""Nothing a citizen would not want public leaves the app: every public page, public API
response and export, searched for the submitters' details."""

import io
import zipfile

from django.urls import reverse

from hanhdong.feedback import services
from hanhdong.feedback.tests.test_feedback import SECRET_EMAIL, SECRET_NAME, SECRET_PHONE, submit
from hanhdong.reports.tests.base import ReportsTestCase


class PrivacySweepTest(ReportsTestCase):
    """Every public page, public API response and export, searched for the submitters'
    details once submissions of every kind exist, answered, linked and rated."""

    def test_no_submitter_detail_anywhere_public_or_exported(self):
        written = "Gọi tôi số 0987 654 321 hoặc lienhe@example.org, CCCD 001203004567."
        # the staff answer names the citizen too: it is masked like the text
        answered = submit(self.commune, text=f"Đèn đường thôn 2 tắt cả tháng. {written}")
        services.feedback_accept(acting_user=self.clerk, feedback=answered, accept=True)
        services.feedback_assign(acting_user=self.clerk, feedback=answered, agency=self.agency_a)
        services.feedback_link(acting_user=self.clerk, feedback=answered, area_path="II.2")
        services.feedback_answer(
            acting_user=self.officer_a,
            feedback=answered,
            answer=f"Kính gửi bà {SECRET_NAME}: đã sửa xong đèn, cảm ơn.",
        )
        services.feedback_rate(code=answered.code, rating=5, comment="Tốt")
        services.feedback_publish(acting_user=self.clerk, feedback=answered)
        hidden = submit(self.commune, kind="to_cao", title="Tố cáo", email="", phone="")
        code = self.commune.code
        public = [
            reverse("feedback:submit", args=[code]),
            reverse("feedback:public_list", args=[code]),
            reverse("feedback:public_stats", args=[code]),
            reverse("feedback:track") + f"?code={answered.code}",
            reverse("feedback:track") + f"?code={hidden.code}",
            "/open311/v2/discovery.json",
            f"/open311/v2/services.json?jurisdiction_id={code}",
            f"/open311/v2/requests.json?jurisdiction_id={code}",
            f"/open311/v2/requests.xml?jurisdiction_id={code}",
            f"/open311/v2/requests/{answered.public_id}.json?jurisdiction_id={code}",
            "/api/v1/openapi.json",
        ]
        staff = [
            f"/api/v1/programs/{self.program.pk}",
            f"/api/v1/programs/{self.program.pk}/dashboard",
            "/api/v1/communes",
            reverse("reports:dashboard", args=[self.program.pk]),
            reverse("exports:docx", args=[self.q3.pk]),
            reverse("exports:workbook", args=[self.q3.pk]),
        ]
        # a denunciation is not published through Open311 at all
        hidden_url = f"/open311/v2/requests/{hidden.public_id}.json?jurisdiction_id={code}"
        self.assertEqual(self.client.get(hidden_url).status_code, 404)
        listed = self.client.get(reverse("feedback:public_list", args=[code]))
        self.assertContains(listed, "Đèn đường thôn 2 tắt cả tháng. Gọi tôi số ***")
        for user, urls in ((None, public), (self.clerk, staff)):
            if user:
                self.login(user)
            for url in urls:
                response = self.client.get(url)
                body = readable(response)
                secrets = [SECRET_NAME, SECRET_PHONE, SECRET_EMAIL]
                if user is None:  # what the citizen wrote in the text, on public pages
                    secrets += ["0987 654 321", "lienhe@example.org", "001203004567"]
                    if "theo-doi" not in url:  # the tracking code opens only its own page
                        secrets += [answered.code, hidden.code]
                for secret in secrets:
                    with self.subTest(url=url, secret=secret):
                        self.assertEqual(response.status_code, 200)
                        self.assertFalse(secret in body)


def readable(response) -> str:
    """A response's text; for a Word or Excel file, the text of every part inside it."""
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if content.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return " ".join(
                archive.read(name).decode("utf-8", "replace") for name in archive.namelist()
            )
    return content.decode("utf-8", "replace")
