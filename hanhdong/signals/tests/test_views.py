"""The signals page and its thresholds per role, the reminder, and the inspection button."""

from __future__ import annotations

from unittest import mock
from urllib.parse import parse_qs, urlsplit

from django.urls import reverse
from django.utils import timezone

from hanhdong.audit.models import AuditEntry
from hanhdong.feedback.models import Kind
from hanhdong.feedback.services import feedback_submit
from hanhdong.notifications.models import OutboxMessage
from hanhdong.orgs.access import reach_of
from hanhdong.reports.services import report_review
from hanhdong.signals import selectors
from hanhdong.signals.models import SignalKind, SignalReminder, SignalSettings
from hanhdong.signals.tests.test_signals import TODAY, SignalsTestCase


def rows(result) -> int:
    return sum(len(s.evidence) for g in result["groups"] for s in g["signals"])


def on_today():
    return mock.patch("django.utils.timezone.localdate", return_value=TODAY)


class PageTest(SignalsTestCase):
    def url(self):
        return reverse("signals:list", args=[self.commune.pk])

    def test_it_shows_the_signals_to_the_oversight_bodies_and_the_party_office(self):
        for user in (self.inspector, self.standing, self.supervisor, self.clerk):
            self.login(user)
            with on_today():
                response = self.client.get(self.url())
            self.assertEqual(response.status_code, 200, user)
            self.assertContains(response, SignalKind.LATE_AGENCY.label)
            self.assertContains(response, self.agency_a.label)  # late three quarters running

    def test_it_refuses_officers_citizens_and_other_communes(self):
        self.login(self.officer_a)
        self.assertEqual(self.client.get(self.url()).status_code, 403)
        self.login(self.outsider)
        self.assertEqual(self.client.get(self.url()).status_code, 404)
        self.client.logout()
        self.assertRedirects(self.client.get(self.url()), f"{reverse('login')}?next={self.url()}")

    def test_it_opens_an_inspection_of_the_agency_with_the_signal_as_note(self):
        self.login(self.inspector)
        with on_today():
            result = selectors.signals(self.commune, reach_of(self.inspector), TODAY)
            page = self.client.get(self.url())
        late = next(g for g in result["groups"] if g["kind"] == SignalKind.LATE_AGENCY)
        link = next(s.inspect_url for s in late["signals"] if s.agency == self.agency_a)
        parts = urlsplit(link)
        self.assertEqual(parts.path, reverse("oversight:inspection_new", args=[self.commune.pk]))
        query = parse_qs(parts.query)
        self.assertEqual(query["subject"], [str(self.agency_a.pk)])
        self.assertIn(self.agency_a.label, query["note"][0])
        self.assertContains(page, parts.path)
        # the inspection's form opens with the agency named in its content
        form = self.client.get(link)
        self.assertEqual(form.status_code, 200)
        self.assertContains(form, self.agency_a.name)

    def test_only_who_may_inspect_is_offered_an_inspection(self):
        opening = reverse("oversight:inspection_new", args=[self.commune.pk])
        for user, offered in [
            (self.inspector, True),
            (self.clerk, False),
            (self.supervisor, False),
        ]:
            self.login(user)
            with on_today():
                response = self.client.get(self.url())
            self.assertEqual(opening in response.content.decode(), offered, user)

    def test_the_supervisor_reads_but_has_no_reminder_or_thresholds(self):
        self.login(self.supervisor)
        with on_today():
            response = self.client.get(self.url())
        self.assertNotContains(response, reverse("signals:remind", args=[self.commune.pk]))
        self.assertNotContains(response, reverse("signals:thresholds", args=[self.commune.pk]))

    def test_it_reads_a_fixed_number_of_queries(self):
        reach = reach_of(self.inspector)

        def more(n):
            for number in (1, 2):
                report = self.hand_in_on(self.periods[n].due_on, number, self.periods[n])
                report_review(acting_user=self.clerk, report=report, accept=True)
            for i in range(3):
                feedback_submit(
                    commune=self.commune,
                    kind=Kind.REPORT,
                    title=f"Đường ngập nước số {n}{i}",
                    text="Đường ngập nước sau mưa lớn.",
                    place=f"Ngõ {n}",
                )

        today = timezone.localdate()
        more(1)
        with self.assertNumQueries(15):
            first = selectors.signals(self.commune, reach, today)
        more(2)
        more(3)
        with self.assertNumQueries(15):
            then = selectors.signals(self.commune, reach, today)
        # more rows to show, no more queries
        self.assertGreater(rows(then), rows(first))


class ThresholdsTest(SignalsTestCase):
    def url(self):
        return reverse("signals:thresholds", args=[self.commune.pk])

    def post(self, user, **values):
        data = {
            "periods_late": 3,
            "days_overdue": 5,
            "overdue_items": 2,
            "submissions": 4,
            "window_days": 30,
            **values,
        }
        self.login(user)
        return self.client.post(self.url(), data)

    def test_the_clerk_and_the_inspector_set_them_with_an_audit_row(self):
        for user, late in ((self.clerk, 3), (self.inspector, 4)):
            response = self.post(user, periods_late=late)
            self.assertRedirects(response, reverse("signals:list", args=[self.commune.pk]))
            row = SignalSettings.objects.get(commune=self.commune)
            self.assertEqual(row.periods_late, late)
            entry = AuditEntry.objects.for_object(row).latest("pk")
            self.assertEqual(entry.actor, user)
        self.assertEqual(row.window_days, 30)
        page = self.client.get(self.url())
        self.assertEqual(len(page.context["history"]), 2)  # both changes, told on the page

    def test_others_may_not(self):
        for user in (self.standing, self.supervisor, self.officer_a):
            self.assertEqual(self.post(user).status_code, 403, user)
        self.assertFalse(SignalSettings.objects.exists())
        self.assertFalse(AuditEntry.objects.filter(content_type__model="signalsettings").exists())

    def test_a_value_out_of_bounds_is_refused_in_words(self):
        response = self.post(self.clerk, submissions=1)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context["form"].errors)
        self.assertFalse(SignalSettings.objects.exists())


class RemindTest(SignalsTestCase):
    def post(self, user, agency=None, note="Đề nghị nộp báo cáo quý đúng hạn."):
        self.login(user)
        return self.client.post(
            reverse("signals:remind", args=[self.commune.pk]),
            {"agency": (agency or self.agency_a).pk, "kind": SignalKind.LATE_AGENCY, "note": note},
        )

    def test_the_inspector_reminds_the_agency_through_the_outbox(self):
        response = self.post(self.inspector)
        self.assertRedirects(response, reverse("signals:list", args=[self.commune.pk]))
        reminder = SignalReminder.objects.get()
        self.assertEqual((reminder.agency, reminder.sent_by), (self.agency_a, self.inspector))
        sent = OutboxMessage.objects.filter(key__startswith=f"signal-reminder:{reminder.pk}:")
        self.assertEqual({m.recipient for m in sent}, {self.officer_a})
        entry = AuditEntry.objects.for_object(reminder).get()
        self.assertEqual(entry.actor, self.inspector)

    def test_once_a_day_for_a_signal(self):
        self.post(self.inspector)
        self.post(self.standing)
        self.assertEqual(SignalReminder.objects.count(), 1)

    def test_the_supervisor_and_officers_may_not_and_other_units_are_refused(self):
        self.assertEqual(self.post(self.supervisor).status_code, 403)
        self.assertEqual(self.post(self.officer_b).status_code, 403)
        self.assertEqual(self.post(self.clerk, agency=self.office_c).status_code, 404)
        self.assertFalse(SignalReminder.objects.exists())
        self.assertFalse(OutboxMessage.objects.filter(key__startswith="signal-reminder").exists())

    def test_an_empty_message_sends_nothing(self):
        self.post(self.inspector, note="   ")
        self.assertFalse(SignalReminder.objects.exists())

    def test_get_is_not_allowed(self):
        self.login(self.inspector)
        response = self.client.get(reverse("signals:remind", args=[self.commune.pk]))
        self.assertEqual(response.status_code, 405)


class FreshCommuneTest(SignalsTestCase):
    def test_a_commune_created_from_scratch_has_the_page_with_nothing_to_signal(self):
        from hanhdong.orgs.services import commune_add

        commune = commune_add(acting_user=self.admin, name="Mới", city=self.hp, code="hp-m")
        self.login(self.admin)
        response = self.client.get(reverse("signals:list", args=[commune.pk]))
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["count"], 0)
        self.assertIsNone(response.context["program"])
        self.assertEqual(response.context["limits"].periods_late, 2)
