import datetime as dt

from django.urls import reverse
from django.utils import timezone

from hanhdong.audit.models import AuditEntry
from hanhdong.feedback import services
from hanhdong.feedback.models import FeedbackSettings, Open311Key
from hanhdong.feedback.schedule import feedback_deadlines, new_submissions
from hanhdong.feedback.tests.test_feedback import submit
from hanhdong.lib.tokens import token_hash
from hanhdong.notifications.models import OutboxMessage
from hanhdong.test import BaseTestCase


def schedule(today=None) -> int:
    """The feedback app's part of one worker pass."""
    today = today or timezone.localdate()
    return new_submissions(today) + feedback_deadlines(today)


def recipients(prefix: str) -> set[str]:
    return set(
        OutboxMessage.objects.filter(key__startswith=prefix).values_list(
            "recipient__username", flat=True
        )
    )


class NewSubmissionTest(BaseTestCase):
    def test_the_clerks_hear_of_a_submission_from_the_worker_once(self):
        feedback = submit(self.commune)
        self.assertFalse(OutboxMessage.objects.exists())  # the citizen's request stays short
        self.assertGreater(schedule(), 0)
        self.assertEqual(recipients(f"feedback:{feedback.pk}:"), {"clerk"})
        self.assertEqual(schedule(), 0)
        feedback.refresh_from_db()
        self.assertTrue(feedback.notified)


class DeadlineTest(BaseTestCase):
    def setUp(self):
        self.feedback = submit(self.commune)
        self.feedback.notified = True
        self.feedback.save()
        services.feedback_accept(acting_user=self.clerk, feedback=self.feedback, accept=True)
        self.feedback = services.feedback_assign(
            acting_user=self.clerk, feedback=self.feedback, agency=self.agency_a
        )
        self.due = self.feedback.deadline
        OutboxMessage.objects.all().delete()

    def kinds(self) -> list[str]:
        keys = OutboxMessage.objects.values_list("key", flat=True)
        return sorted({key.split(":")[0] for key in keys})

    def test_nothing_before_the_reminder_window(self):
        self.assertEqual(schedule(self.due - dt.timedelta(days=4)), 0)

    def test_the_agency_is_reminded_then_told_it_is_late_then_the_standing_committee(self):
        schedule(self.due - dt.timedelta(days=3))
        self.assertEqual(self.kinds(), ["feedback-remind"])
        self.assertEqual(recipients("feedback-remind:"), {"officer_a"})
        schedule(self.due + dt.timedelta(days=1))
        self.assertEqual(recipients("feedback-overdue:"), {"officer_a", "clerk"})
        self.assertEqual(self.kinds(), ["feedback-overdue", "feedback-remind"])
        schedule(self.due + dt.timedelta(days=6))
        self.assertEqual(recipients("feedback-escalate:"), {"standing"})
        count = OutboxMessage.objects.count()
        schedule(self.due + dt.timedelta(days=7))
        self.assertEqual(OutboxMessage.objects.count(), count)  # each message once

    def test_an_escalated_item_is_not_looked_at_again_until_its_deadline_moves(self):
        schedule(self.due + dt.timedelta(days=6))
        self.feedback.refresh_from_db()
        self.assertEqual(self.feedback.escalated_for, self.due)
        with self.assertNumQueries(2):  # the rules, and the items in a window: none
            feedback_deadlines(self.due + dt.timedelta(days=30))
        services.feedback_extend(
            acting_user=self.clerk, feedback=self.feedback, days=40, reason="Chờ khảo sát"
        )
        schedule(self.due + dt.timedelta(days=38))  # three days before the new deadline
        self.assertIn("feedback-remind", self.kinds())
        self.assertEqual(recipients("feedback-remind:"), {"officer_a"})

    def test_an_extension_arms_the_reminder_again(self):
        schedule(self.due - dt.timedelta(days=1))
        services.feedback_extend(
            acting_user=self.clerk, feedback=self.feedback, days=10, reason="Chờ khảo sát"
        )
        schedule(self.due + dt.timedelta(days=8))
        reminded_for = {
            key.split(":")[2]
            for key in OutboxMessage.objects.filter(key__startswith="feedback-remind:").values_list(
                "key", flat=True
            )
        }
        new_due = self.due + dt.timedelta(days=10)
        self.assertEqual(reminded_for, {self.due.isoformat(), new_due.isoformat()})

    def test_an_answered_item_is_left_alone(self):
        services.feedback_answer(
            acting_user=self.officer_a, feedback=self.feedback, answer="Đã xử lý xong việc."
        )
        self.assertEqual(schedule(self.due + dt.timedelta(days=9)), 0)

    def test_the_staff_list_flags_overdue_items(self):
        self.login(self.clerk)
        url = reverse("feedback:staff_list", args=[self.commune.pk])
        self.assertNotContains(self.client.get(url), "Quá hạn")
        self.feedback.deadline = timezone.localdate() - dt.timedelta(days=1)
        self.feedback.save()
        self.assertContains(self.client.get(url), "Quá hạn")
        overdue_only = self.client.get(url, {"overdue": "1"})
        self.assertEqual(list(overdue_only.context["items"]), [self.feedback])


class SettingsTest(BaseTestCase):
    def url(self):
        return reverse("feedback:settings", args=[self.commune.pk])

    def form(self, **changes):
        data = {
            "days_report": 10,
            "days_proposal": 15,
            "days_complaint": 30,
            "days_denunciation": 30,
            "days_comment": 30,
            "remind_days": 2,
            "escalate_days": 5,
            "open311_key_required": "on",
        }
        return {**data, **changes}

    def test_the_party_office_sets_the_deadlines_the_assignment_then_uses(self):
        self.login(self.clerk)
        page = self.client.get(self.url())
        self.assertFalse(page.context["form"].is_bound)  # nothing marked wrong before saving
        self.assertEqual(page.context["form"]["days_report"].value(), 15)
        self.assertEqual(self.client.post(self.url(), self.form()).status_code, 302)
        feedback = submit(self.commune)
        services.feedback_accept(acting_user=self.clerk, feedback=feedback, accept=True)
        feedback = services.feedback_assign(
            acting_user=self.clerk, feedback=feedback, agency=self.agency_a
        )
        self.assertEqual(feedback.deadline, timezone.localdate() + dt.timedelta(days=10))
        self.assertTrue(AuditEntry.objects.filter(object_repr=str(self.commune)).exists())

    def test_bad_values_are_refused_and_nothing_is_saved(self):
        self.login(self.clerk)
        response = self.client.post(self.url(), self.form(days_report=0))
        self.assertContains(response, "từ 1 đến 90 ngày")
        self.assertFalse(FeedbackSettings.objects.exists())

    def test_only_the_party_office(self):
        for user, status in ((self.officer_a, 403), (self.standing, 403), (self.outsider, 404)):
            self.login(user)
            with self.subTest(user=user.username):
                self.assertEqual(self.client.post(self.url(), self.form()).status_code, status)
        self.assertFalse(FeedbackSettings.objects.exists())

    def test_the_party_office_issues_and_revokes_open311_keys(self):
        self.login(self.clerk)
        issue = reverse("feedback:key_issue", args=[self.commune.pk])
        response = self.client.post(issue, {"name": "Ứng dụng Hải Phòng Smart"}, follow=True)
        key = Open311Key.objects.get(commune=self.commune)
        shown = str(list(response.context["messages"])[0]).rsplit(" ", 1)[-1]
        self.assertEqual(key.key_hash, token_hash(shown))
        self.assertNotContains(self.client.get(self.url()), shown)  # shown once only
        self.client.post(reverse("feedback:key_revoke", args=[key.pk]))
        self.assertFalse(Open311Key.objects.exists())
        self.assertEqual(
            AuditEntry.objects.filter(object_repr__startswith="Ứng dụng Hải Phòng").count(), 2
        )
        self.login(self.officer_a)
        response = self.client.post(issue, {"name": "x"})
        self.assertEqual(response.status_code, 403)
        self.assertFalse(Open311Key.objects.exists())
