import os
import signal
from unittest import mock

from django.core.management import call_command
from django.db import OperationalError
from django.test import TestCase

from hanhdong.notifications import worker
from hanhdong.ops.models import Heartbeat

COMMAND = "hanhdong.notifications.management.commands.worker"


class WorkerTest(TestCase):
    def loop(self, *args, passes):
        """The command run until it stops, with ``passes`` for its passes; the connection is
        left open (the test's transaction holds it), yet each pass must ask to renew it."""
        with (
            mock.patch(f"{COMMAND}.run_pass", side_effect=passes) as run_pass,
            mock.patch(f"{COMMAND}.close_old_connections") as renew,
        ):
            try:
                call_command("worker", *args)
            finally:
                self.assertEqual(renew.call_count, run_pass.call_count)
        return run_pass.call_count

    def test_it_records_each_pass_under_its_name(self):
        with self.assertLogs("hanhdong.notifications.worker", "INFO") as logs:
            call_command("worker", "--once", "--name", "may-chu-2")
        self.assertEqual(logs.records[0].getMessage(), "queued 0, delivered 0")
        self.assertEqual((logs.records[0].queued, logs.records[0].delivered), (0, 0))
        beat = Heartbeat.objects.get()
        self.assertEqual((beat.name, beat.pid), ("may-chu-2", os.getpid()))

    def test_a_failed_backup_is_logged_and_the_pass_goes_on(self):
        with (
            mock.patch.object(worker.backup, "nightly", side_effect=OSError("disk full")),
            self.assertLogs("hanhdong.notifications.worker", "ERROR") as logs,
        ):
            self.assertEqual(worker.run_pass(name="worker"), (0, 0))
        self.assertIn("the nightly backup failed", logs.output[0])
        self.assertIn("disk full", logs.output[0])
        self.assertTrue(Heartbeat.objects.filter(name="worker").exists())

    def test_a_failed_pass_is_logged_and_the_next_one_comes(self):
        passes = [OperationalError("the database went away"), (2, 1), SystemExit]
        with (
            self.assertLogs("hanhdong.notifications.worker", "ERROR") as logs,
            self.assertRaises(SystemExit),
        ):
            self.loop("--interval", "0", passes=passes)
        self.assertIn("worker pass failed", logs.output[0])
        self.assertIn("the database went away", logs.output[0])

    def test_term_ends_it_after_the_pass_in_progress(self):
        before = signal.getsignal(signal.SIGTERM)

        def a_pass(name):
            os.kill(os.getpid(), signal.SIGTERM)  # systemd stops the service meanwhile
            return (0, 3)

        with self.assertLogs("hanhdong.notifications.worker", "INFO") as logs:
            passes = self.loop("--interval", "3600", passes=a_pass)
        self.assertEqual(passes, 1)
        # the pass was finished
        self.assertEqual([r.getMessage() for r in logs.records], ["queued 0, delivered 3"])
        self.assertEqual(signal.getsignal(signal.SIGTERM), before)
