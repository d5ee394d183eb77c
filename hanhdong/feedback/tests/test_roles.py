"""Every role against every staff page and step of the handling, checked on the server."""

from django.urls import reverse

from hanhdong.feedback import services
from hanhdong.feedback.models import Feedback, State
from hanhdong.feedback.tests.test_feedback import step, submit
from hanhdong.test import BaseTestCase

# what each persona gets: the item assigned to agency A (GET), accepting a new item (POST),
# answering the assigned item (POST), the staff list (how many of the two items it shows)
EXPECTED = {
    "admin": (200, 302, 302, 2),
    "clerk": (200, 302, 302, 2),
    "standing": (200, 403, 403, 2),
    "inspector": (200, 403, 403, 2),
    "supervisor": (200, 403, 403, 2),
    "officer_a": (200, 404, 302, 1),  # the new item is not theirs to see
    "officer_b": (404, 404, 404, 0),
    "city": (404, 404, 404, 0),
    "outsider": (404, 404, 404, 404),
}


class RoleMatrixTest(BaseTestCase):
    def items(self):
        """A new submission and one assigned to agency A; the only two in the commune."""
        Feedback.objects.all().delete()
        fresh = submit(self.commune, title="Mới")
        assigned = submit(self.commune, title="Đã giao")
        services.feedback_accept(acting_user=self.clerk, feedback=assigned, accept=True)
        services.feedback_assign(acting_user=self.clerk, feedback=assigned, agency=self.agency_a)
        return fresh, assigned

    def test_each_role(self):
        for name, (view, accept, answer, listed) in EXPECTED.items():
            self.fresh, self.assigned = self.items()
            self.login(getattr(self, name))
            handle = reverse("feedback:handle", args=[self.assigned.pk])
            with self.subTest(role=name, what="view"):
                self.assertEqual(self.client.get(handle).status_code, view)
            with self.subTest(role=name, what="accept"):
                response = self.client.post(step(self.fresh, "accept"))
                self.assertEqual(response.status_code, accept)
            with self.subTest(role=name, what="answer"):
                response = self.client.post(
                    step(self.assigned, "answer"), {"answer": "Đã xử lý xong việc này."}
                )
                self.assertEqual(response.status_code, answer)
            with self.subTest(role=name, what="list"):
                page = self.client.get(reverse("feedback:staff_list", args=[self.commune.pk]))
                shown = page.status_code if page.status_code != 200 else len(page.context["items"])
                self.assertEqual(shown, listed)
            self.fresh.refresh_from_db()
            self.assigned.refresh_from_db()
            with self.subTest(role=name, what="nothing changed when refused"):
                if accept != 302:
                    self.assertEqual(self.fresh.state, State.RECEIVED)
                if answer != 302:
                    self.assertEqual(self.assigned.state, State.ASSIGNED)
