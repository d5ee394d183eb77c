import requests
from django.core.exceptions import ValidationError
from django.test import LiveServerTestCase
from georeport import GeoReport

from hanhdong.feedback import services
from hanhdong.feedback.models import Feedback, FeedbackSettings, Open311Key
from hanhdong.feedback.tests.test_feedback import SECRET_PHONE, submit
from hanhdong.lib.tokens import token_hash
from hanhdong.orgs.models import OrgKind, Role
from hanhdong.test import BaseTestCase, make_org, make_user


def publish(case, feedback, answer="Đã xử lý xong việc này."):
    """Accept, assign, answer and publish ``feedback`` as the Party Office and agency A."""
    services.feedback_accept(acting_user=case.clerk, feedback=feedback, accept=True)
    services.feedback_assign(acting_user=case.clerk, feedback=feedback, agency=case.agency_a)
    services.feedback_answer(acting_user=case.officer_a, feedback=feedback, answer=answer)
    services.feedback_publish(acting_user=case.clerk, feedback=feedback)


class Open311Test(BaseTestCase):
    def setUp(self):
        Open311Key.objects.create(commune=self.commune, name="app", key_hash=token_hash("k-1"))

    def post(self, **data):
        body = {
            "jurisdiction_id": "hp-a",
            "service_code": "phan_anh",
            "api_key": "k-1",
            "description": "Cống thoát nước đầu thôn 4 bị tắc.",
            "address_string": "Thôn 4",
        }
        body.update(data)
        return self.client.post("/open311/v2/requests.json", body)

    def test_discovery_and_services_in_json_and_xml(self):
        self.assertEqual(self.client.get("/open311/v2/discovery.json").status_code, 200)
        services = self.client.get("/open311/v2/services.json?jurisdiction_id=hp-a").json()
        self.assertEqual(
            [s["service_code"] for s in services], ["phan_anh", "kien_nghi", "khieu_nai", "gop_y"]
        )
        xml = self.client.get("/open311/v2/services.xml?jurisdiction_id=hp-a")
        self.assertIn(b"<service_code>phan_anh</service_code>", xml.content)

    def test_a_request_is_posted_with_the_key_and_read_back_once_published(self):
        reply = self.post().json()[0]
        feedback = Feedback.objects.get(public_id=reply["service_request_id"])
        self.assertEqual(feedback.channel, "open311")
        self.assertIn(feedback.code, reply["service_notice"])  # for the sender to pass on
        url = f"/open311/v2/requests/{feedback.public_id}.json"
        self.assertEqual(self.client.get(url).status_code, 404)  # not published yet
        listed = self.client.get("/open311/v2/requests.json?jurisdiction_id=hp-a")
        self.assertEqual(listed.json(), [])
        publish(self, feedback, answer="Đã thông cống; liên hệ ông Trần Văn Bảy 0912000111.")
        back = self.client.get(url).json()[0]
        self.assertEqual((back["status"], back["address"]), ("closed", "Thôn 4"))
        self.assertEqual(back["service_notice"], "Đã thông cống; liên hệ ông *** ***.")
        listed = self.client.get("/open311/v2/requests.json?jurisdiction_id=hp-a&status=closed")
        self.assertEqual([r["service_request_id"] for r in listed.json()], [feedback.public_id])
        self.assertNotIn(feedback.code, listed.content.decode())

    def test_only_published_items_are_listed(self):
        received = submit(self.commune)
        rejected = submit(self.commune)
        services.feedback_accept(
            acting_user=self.clerk, feedback=rejected, accept=False, reason="Trùng lặp."
        )
        answered = submit(self.commune)
        publish(self, answered)
        body = self.client.get("/open311/v2/requests.json?jurisdiction_id=hp-a").json()
        self.assertEqual([r["service_request_id"] for r in body], [answered.public_id])
        for hidden in (received, rejected):
            url = f"/open311/v2/requests/{hidden.public_id}.json"
            self.assertEqual(self.client.get(url).status_code, 404)
        self.assertNotIn("Trùng lặp", str(body))  # a rejection reason stays private

    def test_the_key_is_required_unless_the_commune_says_otherwise(self):
        refused = self.post(api_key="wrong")
        self.assertEqual(refused.status_code, 403)
        self.assertIn("Văn phòng Đảng ủy", refused.json()[0]["description"])
        FeedbackSettings.objects.create(commune=self.commune, open311_key_required=False)
        self.assertEqual(self.post(api_key="").status_code, 200)

    def test_denunciations_and_personal_details_are_never_returned(self):
        publish(self, submit(self.commune))
        hidden = submit(self.commune, kind="to_cao")
        with self.assertRaises(ValidationError):  # not even by mistake
            services.feedback_publish(acting_user=self.clerk, feedback=hidden)
        body = self.client.get("/open311/v2/requests.json?jurisdiction_id=hp-a").content
        self.assertNotIn(SECRET_PHONE.encode(), body)
        self.assertNotIn(hidden.public_id.encode(), body)
        self.assertEqual(
            self.client.get(f"/open311/v2/requests/{hidden.public_id}.json").status_code, 404
        )

    def test_an_unknown_service_or_jurisdiction(self):
        self.assertEqual(self.post(service_code="to_cao").status_code, 400)
        self.assertEqual(
            self.client.get("/open311/v2/services.json?jurisdiction_id=zz").status_code, 404
        )


class Open311ClientTest(LiveServerTestCase):
    """An Open311 client library from PyPI, against the running application."""

    def test_georeport_reads_what_a_standard_post_submitted(self):
        city = make_org("Thành phố", OrgKind.CITY, code="tp")
        commune = make_org("Xã Thử", OrgKind.COMMUNE, city, code="tp-thu")
        Open311Key.objects.create(commune=commune, name="app", key_hash=token_hash("k"))
        root = f"{self.live_server_url}/open311/v2"
        # georeport reads only; a submission is the standard form POST any client sends
        posted = requests.post(
            f"{root}/requests.json",
            data={
                "jurisdiction_id": "tp-thu",
                "service_code": "kien_nghi",
                "api_key": "k",
                "description": "Đề nghị lắp đèn chiếu sáng ngõ 7 thôn Đông.",
            },
            timeout=30,
        )
        posted.raise_for_status()
        code = posted.json()[0]["service_request_id"]
        feedback = Feedback.objects.get(public_id=code)
        clerk = make_user("clerk", (make_org("VP", OrgKind.PARTY_OFFICE, commune), Role.CLERK))
        services.feedback_accept(acting_user=clerk, feedback=feedback, accept=False, reason="x")
        services.feedback_publish(acting_user=clerk, feedback=feedback)
        client = GeoReport(root, jurisdiction="tp-thu")
        self.assertIn("kien_nghi", [s["service_code"] for s in client.get_service_list()])
        request = client.get_service_request(code)
        self.assertEqual((request["service_code"], request["status"]), ("kien_nghi", "closed"))
        listed = client.get_service_requests(status="closed")
        self.assertEqual([r["service_request_id"] for r in listed], [code])
        xml_client = GeoReport(root, jurisdiction="tp-thu", output_format="xml")
        self.assertEqual(xml_client.get_service_request(code)["service_code"], "kien_nghi")
