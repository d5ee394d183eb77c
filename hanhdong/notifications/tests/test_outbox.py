import datetime as dt
import threading
import time
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection, connections
from django.test import TransactionTestCase
from django.utils import timezone

from hanhdong.notifications import outbox
from hanhdong.notifications.models import Medium, Notification, OutboxMessage
from hanhdong.test import BaseTestCase


class DeliverTest(BaseTestCase):
    def queue(self, count):
        user = get_user_model().objects.get(username="officer_a")
        user.email = "a@example.org"
        user.save()
        for i in range(count):
            for medium in Medium.values:
                OutboxMessage.objects.create(
                    key=f"t:{i}:{medium}",
                    medium=medium,
                    recipient=user,
                    subject=f"Tin {i}",
                    body="",
                )

    def test_it_delivers_in_app_and_by_email(self):
        self.queue(3)
        self.assertEqual(outbox.deliver(), 6)
        self.assertEqual(Notification.objects.count(), 3)
        self.assertEqual(sorted(m.subject for m in mail.outbox), ["Tin 0", "Tin 1", "Tin 2"])
        self.assertEqual(outbox.deliver(), 0)

    def test_an_emails_link_begins_with_the_sites_address_and_the_apps_does_not(self):
        self.queue(1)
        OutboxMessage.objects.update(url="/feedback/7/")
        with self.settings(HANHDONG_SITE_URL="https://hanhdong.example.gov.vn"):
            outbox.deliver()
        self.assertTrue(
            mail.outbox[0].body.endswith("\n\nhttps://hanhdong.example.gov.vn/feedback/7/")
        )
        self.assertEqual(Notification.objects.get().url, "/feedback/7/")

    def test_without_a_mail_server_production_logs_a_line_without_the_content(self):
        self.queue(1)
        OutboxMessage.objects.update(subject="Ý kiến mới: Nguyễn Văn A", body="Số nhà 12")
        backend = "hanhdong.notifications.mail.LoggedBackend"
        with self.settings(EMAIL_BACKEND=backend), self.assertLogs("hanhdong") as logs:
            self.assertEqual(outbox.deliver(), 2)
        self.assertEqual(mail.outbox, [])
        self.assertEqual(len(logs.output), 1)
        self.assertIn("email not sent (EMAIL_HOST is not set): 1 recipient(s)", logs.output[0])
        self.assertNotIn("Nguyễn", logs.output[0])
        self.assertTrue(OutboxMessage.objects.filter(medium=Medium.EMAIL, sent_at__isnull=False))

    def test_a_worker_killed_mid_run_loses_none_and_sends_none_twice(self):
        self.queue(5)
        real_send = outbox._send
        calls = []

        def dying(message):
            calls.append(message.pk)
            if len(calls) == 4:
                raise SystemExit("killed")  # the process dies during the fourth delivery
            real_send(message)

        with mock.patch.object(outbox, "_send", dying), pytest.raises(SystemExit):
            outbox.deliver()
        self.assertEqual(OutboxMessage.objects.filter(sent_at__isnull=False).count(), 3)
        outbox.deliver()
        self.assertEqual(OutboxMessage.objects.filter(sent_at__isnull=True).count(), 0)
        self.assertEqual(Notification.objects.count(), 5)
        subjects = [m.subject for m in mail.outbox]
        self.assertEqual(sorted(subjects), sorted(set(subjects)))
        self.assertEqual(len(subjects), 5)

    def test_an_email_is_sent_with_no_transaction_open(self):
        self.queue(1)
        test_case_blocks = len(connection.atomic_blocks)  # the test case's own
        seen = []

        def send(*args, **kwargs):
            seen.append(len(connection.atomic_blocks))

        with mock.patch.object(outbox, "send_mail", send):
            outbox.deliver()
        self.assertEqual(seen, [test_case_blocks])

    def test_a_failed_message_waits_longer_each_time_and_counts_against_the_batch(self):
        self.queue(2)  # messages 0 and 1, each in the app and by email
        with mock.patch.object(outbox, "send_mail", side_effect=OSError("refused")):
            self.assertEqual(outbox.deliver(limit=2), 1)  # the in-app one, then a failure
            failed = OutboxMessage.objects.get(key="t:0:email")
            self.assertEqual(failed.attempts, 1)
            self.assertGreater(failed.not_before, timezone.now() + dt.timedelta(minutes=1))
            self.assertEqual(outbox.deliver(), 1)  # the other in-app one; the failed wait
        self.assertEqual(OutboxMessage.objects.filter(sent_at__isnull=True).count(), 2)
        self.assertEqual(outbox.retry_after(1), dt.timedelta(minutes=2))
        self.assertEqual(outbox.retry_after(4), dt.timedelta(minutes=16))

    def test_a_failing_address_does_not_stop_the_others(self):
        self.queue(2)
        with mock.patch.object(outbox, "send_mail", side_effect=OSError("refused")):
            outbox.deliver()
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
                key=f"k{i}", medium=Medium.INAPP, recipient=user, subject=f"s{i}", body=""
            )
            for i in range(300)
        )
        counts = []
        start = threading.Barrier(2)
        real_send = outbox._send

        def slow_send(message):
            time.sleep(0.002)  # long enough for the two workers to overlap
            real_send(message)

        def run():
            try:
                start.wait()
                counts.append(outbox.deliver(limit=1000))
            finally:
                connections.close_all()

        with mock.patch.object(outbox, "_send", slow_send):
            threads = [threading.Thread(target=run) for _ in range(2)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=120)
        self.assertEqual(sum(counts), 300)
        self.assertEqual(Notification.objects.count(), 300)
        self.assertEqual(Notification.objects.values("source").distinct().count(), 300)
        self.assertTrue(all(c > 0 for c in counts), counts)
