"""One's own in-app notifications: the list, opening one, marking them all read."""

from django.urls import reverse

from hanhdong.audit.models import AuditEntry
from hanhdong.notifications.models import Notification
from hanhdong.orgs.inbox import PER_PAGE
from hanhdong.test import BaseTestCase


def notify(user, subject, url=""):
    return Notification.objects.create(user=user, subject=subject, body="Nội dung.", url=url)


class InboxTest(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.first = notify(cls.officer_a, "Thứ nhất", url="/my-tasks/")
        cls.second = notify(cls.officer_a, "Thứ hai")
        cls.theirs = notify(cls.officer_b, "Của người khác")

    def test_it_lists_one_s_own_newest_first_with_the_unread_count(self):
        self.login(self.officer_a)
        page = self.client.get(reverse("orgs:notifications"))
        self.assertEqual([n.subject for n in page.context["page"]], ["Thứ hai", "Thứ nhất"])
        self.assertNotContains(page, "Của người khác")
        self.assertEqual(page.context["work"].unread, 2)
        self.assertContains(page, '<b class="pill">2</b>', html=False)

    def test_opening_one_marks_it_read_goes_where_it_points_and_is_audited(self):
        self.login(self.officer_a)
        response = self.client.get(reverse("orgs:notification", args=[self.first.pk]))
        self.assertRedirects(response, "/my-tasks/", fetch_redirect_response=False)
        self.first.refresh_from_db()
        self.assertIsNotNone(self.first.read_at)
        self.assertEqual(AuditEntry.objects.for_object(self.first).count(), 1)
        self.client.get(reverse("orgs:notification", args=[self.first.pk]))  # again: no change
        self.assertEqual(AuditEntry.objects.for_object(self.first).count(), 1)
        page = self.client.get(reverse("orgs:notifications"))
        self.assertEqual(page.context["work"].unread, 1)

    def test_one_pointing_nowhere_or_elsewhere_is_shown_here(self):
        away = notify(self.officer_a, "Ra ngoài", url="https://example.org/x")
        self.login(self.officer_a)
        for found in (self.second, away):
            response = self.client.get(reverse("orgs:notification", args=[found.pk]))
            self.assertEqual(response.status_code, 200)
            self.assertContains(response, found.subject)

    def test_someone_else_s_is_not_found_and_stays_unread(self):
        self.login(self.officer_a)
        for pk in (self.theirs.pk, 0, 2**70):
            url = f"/orgs/notifications/{pk}/"
            self.assertEqual(self.client.get(url).status_code, 404)
        self.theirs.refresh_from_db()
        self.assertIsNone(self.theirs.read_at)

    def test_mark_all_read_is_a_post_and_touches_only_one_s_own(self):
        self.login(self.officer_a)
        url = reverse("orgs:notifications_read")
        self.assertEqual(self.client.get(url).status_code, 405)
        response = self.client.post(url)
        self.assertRedirects(response, reverse("orgs:notifications"))
        mine = Notification.objects.filter(user=self.officer_a)
        self.assertFalse(mine.filter(read_at__isnull=True).exists())
        for found in mine:
            self.assertEqual(AuditEntry.objects.for_object(found).count(), 1)
        self.theirs.refresh_from_db()
        self.assertIsNone(self.theirs.read_at)
        self.client.post(url)  # nothing left unread: nothing written
        self.assertEqual(AuditEntry.objects.filter(actor=self.officer_a).count(), 2)
        page = self.client.get(reverse("orgs:notifications"))
        self.assertNotContains(page, url)  # no button when nothing is unread

    def test_the_list_is_paginated_with_a_fixed_number_of_queries(self):
        self.login(self.officer_b)
        url = reverse("orgs:notifications")
        self.client.get(url)
        # the session, the user, the count, the rows; the header's roles, its unread count
        # and officer_b's queue (five: his agency leads key task 1)
        with self.assertNumQueries(11) as first:
            self.client.get(url)
        for n in range(PER_PAGE + 3):
            notify(self.officer_b, f"Tin {n}")
        with self.assertNumQueries(len(first.captured_queries)):
            page = self.client.get(url)
        self.assertEqual(len(page.context["page"].object_list), PER_PAGE)
        self.assertEqual(page.context["page"].object_list[0].subject, f"Tin {PER_PAGE + 2}")
        last = self.client.get(url, {"page": "2"})
        self.assertEqual(len(last.context["page"].object_list), 4)
        self.assertEqual(self.client.get(url, {"page": "x"}).status_code, 200)
