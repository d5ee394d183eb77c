import datetime as dt
import threading
import time
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection, connections
from django.test import TransactionTestCase

from hanhdong.reports import worker
from hanhdong.reports.models import Channel, Notification, OutboxMessage
from hanhdong.reports.services import report_save, report_submit
from hanhdong.reports.tests.base import ReportsTestCase


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
        self.assertEqual(worker.schedule(first.due_on - dt.timedelta(days=10)), 0)

    def test_it_reminds_the_lead_agency_before_the_deadline(self):
        worker.schedule(self.q3.due_on - dt.timedelta(days=2))
        self.assertEqual(self.keys(), ["remind"])
        recipients = set(
            OutboxMessage.objects.filter(key__startswith=f"remind:{self.q3.pk}:").values_list(
                "recipient__username", flat=True
            )
        )
        self.assertEqual(recipients, {"officer_a", "officer_b"})

    def test_it_skips_tasks_already_reported(self):
        report = report_save(
            acting_user=self.officer_b,
            task=self.tasks[1],
            period=self.q3,
            status="on_track",
            percent=10,
            results="x",
        )
        report_submit(acting_user=self.officer_b, report=report)
        OutboxMessage.objects.all().delete()
        worker.schedule(self.q3.due_on)
        about_q3 = OutboxMessage.objects.filter(key__contains=f":{self.q3.pk}:")
        self.assertFalse(about_q3.filter(recipient=self.officer_b).exists())
        self.assertTrue(about_q3.filter(recipient=self.officer_a).exists())

    def test_overdue_then_escalated_to_the_standing_committee(self):
        worker.schedule(self.q3.due_on + dt.timedelta(days=1))
        self.assertEqual(self.keys(), ["overdue"])
        self.assertTrue(OutboxMessage.objects.filter(recipient=self.clerk).exists())
        worker.schedule(self.q3.due_on + dt.timedelta(days=6))
        self.assertEqual(self.keys(), ["escalate", "overdue"])
        escalated = OutboxMessage.objects.filter(key__startswith=f"escalate:{self.q3.pk}:")
        self.assertEqual({m.recipient for m in escalated}, {self.standing})

    def test_looking_twice_queues_nothing_twice(self):
        day = self.q3.due_on + dt.timedelta(days=6)
        first = worker.schedule(day)
        self.assertGreater(first, 0)
        self.assertEqual(worker.schedule(day), 0)


class DeliverTest(ReportsTestCase):
    def queue(self, count):
        user = get_user_model().objects.get(username="officer_a")
        user.email = "a@example.org"
        user.save()
        for i in range(count):
            for channel in Channel.values:
                OutboxMessage.objects.create(
                    key=f"t:{i}:{channel}",
                    channel=channel,
                    recipient=user,
                    subject=f"Tin {i}",
                    body="",
                )

    def test_it_delivers_in_app_and_by_email(self):
        self.queue(3)
        self.assertEqual(worker.deliver(), 6)
        self.assertEqual(Notification.objects.count(), 3)
        self.assertEqual(sorted(m.subject for m in mail.outbox), ["Tin 0", "Tin 1", "Tin 2"])
        self.assertEqual(worker.deliver(), 0)

    def test_a_worker_killed_mid_run_loses_none_and_sends_none_twice(self):
        self.queue(5)
        real_send = worker._send
        calls = []

        def dying(message):
            calls.append(message.pk)
            if len(calls) == 4:
                raise SystemExit("killed")  # the process dies during the fourth delivery
            real_send(message)

        with mock.patch.object(worker, "_send", dying), pytest.raises(SystemExit):
            worker.deliver()
        self.assertEqual(OutboxMessage.objects.filter(sent_at__isnull=False).count(), 3)
        worker.deliver()
        self.assertEqual(OutboxMessage.objects.filter(sent_at__isnull=True).count(), 0)
        self.assertEqual(Notification.objects.count(), 5)
        subjects = [m.subject for m in mail.outbox]
        self.assertEqual(sorted(subjects), sorted(set(subjects)))
        self.assertEqual(len(subjects), 5)

    def test_a_failing_address_does_not_stop_the_others(self):
        self.queue(2)
        with mock.patch.object(worker, "send_mail", side_effect=OSError("refused")):
            worker.deliver()
        self.assertEqual(Notification.objects.count(), 2)
        failed = OutboxMessage.objects.filter(sent_at__isnull=True)
        self.assertEqual(failed.count(), 2)
        self.assertEqual(failed.first().last_error, "refused")


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="two workers in parallel need PostgreSQL's row locks (SQLite runs one writer)",
)
class TwoWorkersTest(TransactionTestCase):
    def test_two_workers_never_send_the_same_message(self):
        user = get_user_model().objects.create_user("u", email="u@example.org")
        OutboxMessage.objects.bulk_create(
            OutboxMessage(
                key=f"k{i}", channel=Channel.INAPP, recipient=user, subject=f"s{i}", body=""
            )
            for i in range(300)
        )
        counts = []
        start = threading.Barrier(2)
        real_send = worker._send

        def slow_send(message):
            time.sleep(0.002)  # long enough for the two workers to overlap
            real_send(message)

        def run():
            try:
                start.wait()
                counts.append(worker.deliver(limit=1000))
            finally:
                connections.close_all()

        with mock.patch.object(worker, "_send", slow_send):
            threads = [threading.Thread(target=run) for _ in range(2)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=120)
        self.assertEqual(sum(counts), 300)
        self.assertEqual(Notification.objects.count(), 300)
        self.assertEqual(Notification.objects.values("source").distinct().count(), 300)
        self.assertTrue(all(c > 0 for c in counts), counts)
