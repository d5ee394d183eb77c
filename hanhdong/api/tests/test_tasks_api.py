import datetime as dt
from unittest import mock

from hanhdong.orgs.services import api_token_create
from hanhdong.tasks import services
from hanhdong.tasks.models import AssignedTask, TaskState
from hanhdong.tasks.tests.base import TasksTestCase

TODAY = dt.date(2026, 5, 4)


class AssignedTasksApiTest(TasksTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.ours = cls.make_task(title="Việc của UBND")
        cls.theirs = cls.make_task(title="Việc của Ban XDĐ", lead=cls.agency_b)
        services.directive_issue(acting_user=cls.clerk, directive=cls.directive)

    def bearer(self, user):
        _token, key = api_token_create(acting_user=None, user=user, name="test")
        return {"authorization": f"Bearer {key}"}

    def url(self, *parts):
        return "/api/v1/" + "/".join(str(p) for p in parts)

    def test_an_agency_reads_its_tasks_with_their_status(self):
        headers = self.bearer(self.officer_a)
        with mock.patch("django.utils.timezone.localdate", return_value=TODAY):
            found = self.client.get(
                self.url("communes", self.commune.pk, "assigned-tasks"), headers=headers
            ).json()
        self.assertEqual([t["title"] for t in found], ["Việc của UBND"])
        task = found[0]
        self.assertEqual((task["status"], task["due_on"]), ("not_started", "2026-06-30"))
        self.assertEqual(task["directive"]["number"], "30-TB/TU")
        self.assertEqual(
            self.client.get(
                self.url("assigned-tasks", self.theirs.pk), headers=headers
            ).status_code,
            404,
        )

    def test_the_lead_agency_posts_progress_then_the_product(self):
        headers = self.bearer(self.officer_a)
        url = self.url("assigned-tasks", self.ours.pk, "progress")
        answer = self.client.post(
            url,
            {"percent": 60, "text": "Đã dự thảo kế hoạch."},
            "application/json",
            headers=headers,
        )
        self.assertEqual(answer.status_code, 200)
        self.assertEqual((answer.json()["state"], answer.json()["percent"]), ("in_progress", 60))
        url = self.url("assigned-tasks", self.ours.pk, "completion")
        refused = self.client.post(
            url, {"done_on": "2026-05-04"}, "application/json", headers=headers
        )
        self.assertEqual(refused.status_code, 422)  # no product
        with mock.patch("django.utils.timezone.localdate", return_value=TODAY):
            done = self.client.post(
                url,
                {"done_on": "2026-05-04", "result": "Kế hoạch số 45/KH-UBND"},
                "application/json",
                headers=headers,
            )
        self.assertEqual(done.json()["status"], "done_on_time")
        self.assertEqual(AssignedTask.objects.get(pk=self.ours.pk).state, TaskState.DONE)
        again = self.client.post(
            url, {"done_on": "2026-05-04", "result": "Lại"}, "application/json", headers=headers
        )
        self.assertEqual(again.status_code, 409)  # closed already

    def test_another_agency_cannot_post(self):
        headers = self.bearer(self.officer_b)
        url = self.url("assigned-tasks", self.ours.pk, "progress")
        answer = self.client.post(
            url, {"percent": 10, "text": "x"}, "application/json", headers=headers
        )
        self.assertEqual(answer.status_code, 404)
        self.assertEqual(AssignedTask.objects.get(pk=self.ours.pk).percent, 0)
