"""What a citizen's submission and tracking page cost the database: they are the public
pages under load (bench/load.py), so their queries are pinned."""

from unittest import mock

from django.urls import reverse

from hanhdong.feedback import services
from hanhdong.feedback.models import Feedback, FeedbackAttachment, FeedbackEvent, State
from hanhdong.feedback.tests.test_feedback import submit
from hanhdong.test import BaseTestCase


class TrackCostTest(BaseTestCase):
    def track(self, feedback):
        return self.client.get(reverse("feedback:track") + f"?code={feedback.code}")

    def test_a_new_submission_is_tracked_in_two_queries(self):
        feedback = submit(self.commune)
        with self.assertNumQueries(2):  # the item; its public steps and its files counted
            page = self.track(feedback)
        self.assertContains(page, feedback.code)
        self.assertEqual([e.state for e in page.context["events"]], [State.RECEIVED])

    def test_its_public_steps_cost_nothing_more_and_private_ones_stay_hidden(self):
        feedback = submit(self.commune)
        FeedbackEvent.objects.create(feedback=feedback, state=State.ACCEPTED, note="Đã nhận.")
        FeedbackEvent.objects.create(
            feedback=feedback, state=State.ASSIGNED, note="Nội bộ.", public=False
        )
        with self.assertNumQueries(2):
            page = self.track(feedback)
        self.assertEqual(
            [e.state for e in page.context["events"]], [State.RECEIVED, State.ACCEPTED]
        )
        self.assertEqual(page.context["feedback"].files, 0)
        self.assertContains(page, "Đã nhận.")
        self.assertNotContains(page, "Nội bộ.")

    def test_it_tells_how_many_files_came_with_it(self):
        feedback = submit(self.commune)
        for n in range(2):
            FeedbackAttachment.objects.create(
                feedback=feedback, file=f"feedback/x{n}.pdf", name=f"x{n}.pdf", kind="pdf", size=9
            )
        FeedbackEvent.objects.create(feedback=feedback, state=State.ACCEPTED)
        page = self.track(feedback)
        self.assertContains(page, "Có 2 tệp gửi kèm")
        self.assertEqual(len(page.context["events"]), 2)

    def test_an_unknown_code_finds_nothing(self):
        page = self.client.get(reverse("feedback:track") + "?code=XXXXXXXX")
        self.assertIsNone(page.context["feedback"])
        self.assertContains(page, "Không có")


class SubmitCostTest(BaseTestCase):
    def test_a_public_submission_is_one_row_and_one_count_without_a_savepoint(self):
        url = reverse("feedback:submit", args=[self.commune.code])
        body = {"kind": "phan_anh", "title": "Đèn", "text": "Đèn đường thôn 2 tắt.", "website": ""}
        self.client.post(url, body)  # the hour's counter made
        # the service's transaction (a savepoint inside the test's own), the row written,
        # the count moved up last (its shared row locked until the commit): no savepoint
        # of its own around the row
        with self.assertNumQueries(4) as queries:
            self.assertEqual(self.client.post(url, body).status_code, 302)
        sql = [q["sql"].split()[0] for q in queries.captured_queries]
        self.assertEqual(sql, ["SAVEPOINT", "INSERT", "UPDATE", "RELEASE"])
        self.assertEqual(Feedback.objects.count(), 2)

    def test_a_tracking_code_drawn_twice_is_drawn_again(self):
        first = submit(self.commune)
        codes = iter([first.code, "NEWCODE1"])
        with mock.patch.object(services, "_code", side_effect=lambda: next(codes)):
            second = submit(self.commune, address="10.0.0.9")
        self.assertEqual(second.code, "NEWCODE1")
        self.assertEqual(Feedback.objects.count(), 2)
        self.assertEqual(Feedback.objects.get(pk=second.pk).code, "NEWCODE1")
