import requests
from django.test import LiveServerTestCase
from georeport import GeoReport

from hanhdong.feedback.models import Feedback, FeedbackSettings, Open311Key
from hanhdong.feedback.tests.test_feedback import SECRET_PHONE, submit
from hanhdong.lib.tokens import token_hash
from hanhdong.orgs.models import OrgKind
from hanhdong.test import BaseTestCase, make_org


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

    def test_a_request_is_posted_with_the_key_and_read_back(self):
        response = self.post()
        code = response.json()[0]["service_request_id"]
        self.assertEqual(Feedback.objects.get(code=code).channel, "open311")
        back = self.client.get(f"/open311/v2/requests/{code}.json").json()[0]
        self.assertEqual((back["status"], back["address"]), ("open", "Thôn 4"))
        listed = self.client.get("/open311/v2/requests.json?jurisdiction_id=hp-a&status=open")
        self.assertIn(code, [r["service_request_id"] for r in listed.json()])

    def test_the_key_is_required_unless_the_commune_says_otherwise(self):
        refused = self.post(api_key="wrong")
        self.assertEqual(refused.status_code, 403)
        self.assertIn("Văn phòng Đảng ủy", refused.json()[0]["description"])
        FeedbackSettings.objects.create(commune=self.commune, open311_key_required=False)
        self.assertEqual(self.post(api_key="").status_code, 200)

    def test_denunciations_and_personal_details_are_never_returned(self):
        submit(self.commune)
        hidden = submit(self.commune, kind="to_cao")
        body = self.client.get("/open311/v2/requests.json?jurisdiction_id=hp-a").content
        self.assertNotIn(SECRET_PHONE.encode(), body)
        self.assertNotIn(hidden.code.encode(), body)
        self.assertEqual(
            self.client.get(f"/open311/v2/requests/{hidden.code}.json").status_code, 404
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
        client = GeoReport(root, jurisdiction="tp-thu")
        self.assertIn("kien_nghi", [s["service_code"] for s in client.get_service_list()])
        request = client.get_service_request(code)
        self.assertEqual((request["service_code"], request["status"]), ("kien_nghi", "open"))
        listed = client.get_service_requests(status="open")
        self.assertEqual([r["service_request_id"] for r in listed], [code])
        xml_client = GeoReport(root, jurisdiction="tp-thu", output_format="xml")
        self.assertEqual(xml_client.get_service_request(code)["service_code"], "kien_nghi")
