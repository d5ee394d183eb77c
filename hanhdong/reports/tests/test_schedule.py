import datetime as dt
from unittest import mock

from hanhdong.notifications.models import OutboxMessage
from hanhdong.reports.schedule import report_deadlines
from hanhdong.reports.services import calendar_setup
from hanhdong.reports.tests.base import ReportsTestCase
from hanhdong.test import BaseTestCase


class ScheduleTest(ReportsTestCase):
    def keys(self):
        """The kinds of message queued about the third quarter of 2025."""
        return sorted(
            {
                m.key.split(":")[0]
                for m in OutboxMessage.objects.all()
                if m.key.split(":")[1] == str(self.q3.pk)
            }
        )

    def test_nothing_before_the_reminder_window(self):
        first = self.program.reporting_periods.order_by("due_on").first()
        self.assertEqual(report_deadlines(first.due_on - dt.timedelta(days=10)), 0)

    def test_it_reminds_the_lead_agency_before_the_deadline(self):
        report_deadlines(self.q3.due_on - dt.timedelta(days=2))
        self.assertEqual(self.keys(), ["remind"])
        recipients = set(
            OutboxMessage.objects.filter(key__startswith=f"remind:{self.q3.pk}:").values_list(
                "recipient__username", flat=True
            )
        )
        self.assertEqual(recipients, {"officer_a", "officer_b"})

    def test_it_skips_tasks_already_reported(self):
        self.hand_in(1)
        OutboxMessage.objects.all().delete()
        report_deadlines(self.q3.due_on)
        # by the period in the key ("kind:period:task…"): a task's id may equal the period's
        about_q3 = {
            m.recipient
            for m in OutboxMessage.objects.all()
            if m.key.split(":")[1] == str(self.q3.pk)
        }
        self.assertNotIn(self.officer_b, about_q3)
        self.assertIn(self.officer_a, about_q3)

    def test_overdue_then_escalated_to_the_standing_committee(self):
        report_deadlines(self.q3.due_on + dt.timedelta(days=1))
        self.assertEqual(self.keys(), ["overdue"])
        self.assertTrue(OutboxMessage.objects.filter(recipient=self.clerk).exists())
        report_deadlines(self.q3.due_on + dt.timedelta(days=6))
        self.assertEqual(self.keys(), ["escalate", "overdue"])
        escalated = OutboxMessage.objects.filter(key__startswith=f"escalate:{self.q3.pk}:")
        self.assertEqual({m.recipient for m in escalated}, {self.standing})

    def test_looking_twice_queues_nothing_twice(self):
        day = self.q3.due_on + dt.timedelta(days=6)
        first = report_deadlines(day)
        self.assertGreater(first, 0)
        self.assertEqual(report_deadlines(day), 0)

    def test_a_period_closes_once_escalated_and_is_not_looked_at_again(self):
        report_deadlines(self.q3.due_on + dt.timedelta(days=5))
        self.q3.refresh_from_db()
        self.assertFalse(self.q3.closed)  # the escalation is not due yet
        report_deadlines(self.q3.due_on + dt.timedelta(days=6))
        self.q3.refresh_from_db()
        self.assertTrue(self.q3.closed)
        OutboxMessage.objects.all().delete()
        report_deadlines(self.q3.due_on + dt.timedelta(days=7))
        self.assertEqual(self.keys(), [])  # nothing about the closed period

    def test_a_pass_reads_only_the_periods_in_their_windows(self):
        early = self.program.reporting_periods.order_by("due_on").first().due_on
        with self.assertNumQueries(2):  # the calendars, and the periods now in a window
            report_deadlines(early - dt.timedelta(days=30))


class MidTermCalendarTest(BaseTestCase):
    """A commune that starts using hanhdong in the middle of its term."""

    def test_deadlines_passed_before_the_calendar_are_not_chased(self):
        set_up_on = dt.date(2026, 12, 1)
        with mock.patch("django.utils.timezone.localdate", return_value=set_up_on):
            calendar_setup(
                acting_user=None,
                program=self.program,
                quarterly=True,
                half_yearly=False,
                annual=False,
            )
        periods = self.program.reporting_periods.all()
        past = [p for p in periods if p.due_on < set_up_on]
        self.assertEqual(len(past), 7)  # Q1/2025 … Q3/2026
        self.assertTrue(all(p.closed for p in past))
        self.assertFalse(any(p.closed for p in periods if p.due_on >= set_up_on))
        # the first pass reminds about the coming quarter only
        q4 = periods.get(year=2026, number=4)
        report_deadlines(set_up_on)
        self.assertEqual(OutboxMessage.objects.count(), 0)
        report_deadlines(q4.due_on - dt.timedelta(days=1))
        kinds = {tuple(m.key.split(":")[:2]) for m in OutboxMessage.objects.all()}
        self.assertEqual(kinds, {("remind", str(q4.pk))})
