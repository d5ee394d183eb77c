import datetime as dt
from unittest import mock

from django.core.checks import run_checks
from django.db import OperationalError
from django.test import SimpleTestCase, TestCase, override_settings
from django.utils import timezone

from hanhdong.lib import replica
from hanhdong.ops import heartbeat
from hanhdong.ops.models import Backup, BackupKind, Heartbeat


class HealthTest(TestCase):
    def get(self, **extra):
        response = self.client.get("/healthz", **extra)
        return response.status_code, response.json()

    def test_it_says_degraded_until_a_worker_has_passed(self):
        response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            response.json(),
            {"status": "degraded", "database": "ok", "worker": {"last_pass": None, "age_s": None}},
        )
        self.assertEqual(response["Cache-Control"], "no-store")
        self.assertNotIn("Set-Cookie", response)

    def test_it_says_ok_after_a_pass_and_degraded_when_the_worker_stops(self):
        heartbeat.beat("worker")
        status, body = self.get()
        self.assertEqual((status, body["status"]), (200, "ok"))
        self.assertLess(body["worker"]["age_s"], 5)
        Heartbeat.objects.update(last_pass=timezone.now() - dt.timedelta(minutes=11))
        status, body = self.get()
        self.assertEqual((status, body["status"]), (200, "degraded"))
        self.assertGreaterEqual(body["worker"]["age_s"], 660)
        with override_settings(HANHDONG_WORKER_STALE_MINUTES=15):
            self.assertEqual(self.get()[1]["status"], "ok")

    def test_the_newest_of_several_workers_counts(self):
        heartbeat.beat("a")
        Heartbeat.objects.filter(name="a").update(last_pass=timezone.now() - dt.timedelta(days=1))
        heartbeat.beat("b")
        self.assertEqual(self.get()[1]["status"], "ok")

    def test_it_answers_503_when_the_database_does_not(self):
        with mock.patch("hanhdong.ops.health.last_pass", side_effect=OperationalError("gone")):
            status, body = self.get()
        self.assertEqual(status, 503)
        self.assertEqual(body, {"status": "down", "database": "error", "worker": None})

    @override_settings(
        ALLOWED_HOSTS=["hanhdong.example.org"], SECURE_SSL_REDIRECT=True, DEBUG=False
    )
    def test_a_check_by_address_over_plain_http_is_answered_in_production(self):
        heartbeat.beat("worker")
        self.assertEqual(self.get(HTTP_HOST="10.0.0.5:8000")[0], 200)
        # any other page from that address is refused: the exemption is /healthz's alone
        self.assertEqual(self.client.get("/login/", HTTP_HOST="10.0.0.5:8000").status_code, 400)
        login = self.client.get("/login/", HTTP_HOST="hanhdong.example.org")
        self.assertEqual(login.status_code, 301)

    def test_it_answers_only_reads(self):
        response = self.client.post("/healthz")
        self.assertEqual(response.status_code, 405)
        self.assertEqual(self.client.head("/healthz").status_code, 200)
        self.assertEqual(self.client.get("/healthz/").status_code, 404)

    def test_it_tells_the_age_of_the_nightly_backup_when_the_worker_takes_them(self):
        heartbeat.beat("worker")
        self.assertNotIn("backup", self.get()[1])
        with override_settings(HANHDONG_BACKUP_DIR="/srv/backups"):
            status, body = self.get()
            self.assertEqual(body["backup"], {"last": None, "age_s": None})
            self.assertEqual(body["status"], "degraded")
            taken = Backup.objects.create(
                taken_at=timezone.now() - dt.timedelta(hours=25),
                kind=BackupKind.NIGHTLY,
                path="/srv/backups/a.tar.gz",
                size=1,
                sha256="0" * 64,
            )
            status, body = self.get()
            self.assertEqual(body["status"], "ok")
            self.assertEqual(set(body["backup"]), {"last", "age_s"})  # not where, nor what
            taken.taken_at = timezone.now() - dt.timedelta(hours=49)
            taken.save()
            self.assertEqual(self.get()[1]["status"], "degraded")


class FakeReplica:
    """The replica's connection: answering or not."""

    def __init__(self, answers: bool):
        self.answers = answers
        self.tried = 0

    def cursor(self):
        self.tried += 1
        if not self.answers:
            raise OperationalError("connection refused")
        return mock.MagicMock()

    def close(self):
        pass


class ReplicaHealthTest(TestCase):
    def setUp(self):
        heartbeat.beat("worker")
        replica._down_until = 0.0
        self.addCleanup(setattr, replica, "_down_until", 0.0)

    def get(self, fake):
        with (
            mock.patch.object(replica, "configured", return_value=True),
            mock.patch.object(replica, "connections", {replica.REPLICA: fake}),
        ):
            response = self.client.get("/healthz")
        return response.status_code, response.json()

    def test_a_replica_that_answers_is_ok(self):
        status, body = self.get(FakeReplica(answers=True))
        self.assertEqual((status, body["status"], body["replica"]), (200, "ok", "ok"))

    def test_a_replica_configured_but_down_degrades_without_failing_the_check(self):
        fake = FakeReplica(answers=False)
        status, body = self.get(fake)
        self.assertEqual((status, body["status"], body["replica"]), (200, "degraded", "down"))
        self.assertEqual(body["database"], "ok")
        # left alone for REPLICA_RETRY_SECONDS, as a failed read leaves it: not tried again
        fake.answers = True
        self.assertEqual(self.get(fake)[1]["replica"], "down")
        self.assertEqual(fake.tried, 1)
        replica._down_until = 0.0
        self.assertEqual(self.get(fake)[1]["replica"], "ok")

    def test_without_a_replica_nothing_is_said_of_one(self):
        self.assertNotIn("replica", self.client.get("/healthz").json())


class DeployCheckTest(SimpleTestCase):
    def messages(self):
        return [
            m.id for m in run_checks(include_deployment_checks=True) if m.id.startswith("hanhdong")
        ]

    def test_a_mail_server_without_the_sites_address_is_warned_of(self):
        with self.settings(EMAIL_HOST="smtp.example.org", HANHDONG_SITE_URL=""):
            self.assertEqual(self.messages(), ["hanhdong.W001"])
        with self.settings(EMAIL_HOST="smtp.example.org", HANHDONG_SITE_URL="https://x.test"):
            self.assertEqual(self.messages(), [])
        with self.settings(EMAIL_HOST="", HANHDONG_SITE_URL=""):  # nothing is sent
            self.assertEqual(self.messages(), [])
