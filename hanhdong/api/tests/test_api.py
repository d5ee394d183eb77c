from hanhdong.orgs.services import api_token_create
from hanhdong.programs.services import program_revise
from hanhdong.test import BaseTestCase, program_doc


class ApiTest(BaseTestCase):
    def bearer(self, user):
        _token, key = api_token_create(acting_user=None, user=user, name="test")
        return {"authorization": f"Bearer {key}"}

    def test_it_publishes_its_openapi_document(self):
        response = self.client.get("/api/v1/openapi.json")
        self.assertEqual(response.status_code, 200)
        paths = response.json()["paths"]
        for path in (
            "/api/v1/communes",
            "/api/v1/programs",
            "/api/v1/programs/{program_id}",
            "/api/v1/programs/{program_id}/sections",
            "/api/v1/programs/{program_id}/key-tasks",
            "/api/v1/key-tasks/{task_id}",
            "/api/v1/programs/{program_id}/targets",
        ):
            self.assertIn(path, paths)

    def test_it_refuses_anonymous_requests(self):
        self.assertEqual(self.client.get("/api/v1/communes").status_code, 401)
        headers = {"authorization": "Bearer hd_not-a-real-token"}
        self.assertEqual(self.client.get("/api/v1/communes", headers=headers).status_code, 401)

    def test_a_token_reads_what_its_user_may_see(self):
        headers = self.bearer(self.officer_a)
        communes = self.client.get("/api/v1/communes", headers=headers).json()
        self.assertEqual([c["code"] for c in communes], ["hp-a"])
        tasks = self.client.get(
            f"/api/v1/programs/{self.program.pk}/key-tasks", headers=headers
        ).json()
        self.assertEqual([t["number"] for t in tasks], [1, 2, 3, 4])
        self.assertEqual(tasks[2]["start_period"], {"kind": "quarter", "year": 2025, "quarter": 3})
        self.assertEqual(tasks[0]["sections"], ["II.1.1"])

    def test_the_session_of_a_logged_in_user_works_too(self):
        self.login(self.city)
        communes = self.client.get("/api/v1/communes").json()
        self.assertEqual([c["code"] for c in communes], ["hp-a", "hp-b"])

    def test_a_locked_user_token_stops_working(self):
        headers = self.bearer(self.clerk)
        self.clerk.is_active = False
        self.clerk.save()
        self.assertEqual(self.client.get("/api/v1/communes", headers=headers).status_code, 401)

    def test_another_commune_gets_not_found(self):
        headers = self.bearer(self.outsider)
        for url in (
            f"/api/v1/programs/{self.program.pk}",
            f"/api/v1/programs/{self.program.pk}/sections",
            f"/api/v1/programs/{self.program.pk}/key-tasks",
            f"/api/v1/programs/{self.program.pk}/targets",
            f"/api/v1/key-tasks/{self.tasks[1].pk}",
            f"/api/v1/programs?commune={self.commune.pk}",
        ):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url, headers=headers).status_code, 404)

    def test_it_filters_key_tasks_like_the_table(self):
        headers = self.bearer(self.standing)
        base = f"/api/v1/programs/{self.program.pk}/key-tasks"
        numbers = lambda q: [t["number"] for t in self.client.get(base + q, headers=headers).json()]  # noqa: E731
        self.assertEqual(numbers(f"?agency={self.agency_b.pk}"), [1, 3])
        self.assertEqual(numbers("?area=II.1"), [1])
        self.assertEqual(numbers("?year=2027"), [1, 2])
        self.assertEqual(numbers("?q=giai%20ngan"), [2])

    def test_sections_and_targets_come_back_whole(self):
        headers = self.bearer(self.supervisor)
        sections = self.client.get(
            f"/api/v1/programs/{self.program.pk}/sections", headers=headers
        ).json()
        self.assertEqual(
            [s["path"] for s in sections], ["I", "II", "II.1", "II.1.1", "II.2", "II.3"]
        )
        self.assertEqual(sections[3]["items"], ["Việc a", "Việc b"])
        targets = self.client.get(
            f"/api/v1/programs/{self.program.pk}/targets", headers=headers
        ).json()
        self.assertEqual(targets[0]["key_task_id"], self.tasks[2].pk)
        self.assertEqual(targets[1]["value"], 120)

    def test_a_target_a_revision_withdrew_is_listed_no_more(self):
        doc = program_doc()
        del doc["targets"][0]
        program_revise(acting_user=self.clerk, program=self.program, data=doc)
        targets = self.client.get(
            f"/api/v1/programs/{self.program.pk}/targets", headers=self.bearer(self.supervisor)
        ).json()
        self.assertEqual([t["indicator"] for t in targets], ["doanh nghiệp"])

    def test_it_is_read_only(self):
        headers = self.bearer(self.clerk)
        for url in (
            "/api/v1/communes",
            f"/api/v1/programs/{self.program.pk}",
            f"/api/v1/programs/{self.program.pk}/key-tasks",
            f"/api/v1/key-tasks/{self.tasks[1].pk}",
        ):
            with self.subTest(url=url):
                self.assertEqual(self.client.post(url, headers=headers).status_code, 405)
                self.assertEqual(self.client.delete(url, headers=headers).status_code, 405)
