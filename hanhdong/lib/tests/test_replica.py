"""Reads on a replica: which database a view's reads go to, the primary after one's own
write, and the primary when the replica fails (the real replica: ``bench/replica.py``)."""

from unittest import mock

from django.db import OperationalError
from django.http import HttpResponse
from django.test import RequestFactory, SimpleTestCase, override_settings

from hanhdong.lib import replica


class FakeReplica:
    def __init__(self, fails=False):
        self.fails = fails
        self.closed = False

    def ensure_connection(self):
        if self.fails:
            raise OperationalError("connection refused")

    def close(self):
        self.closed = True


def reading_view(request, fail_on_replica=False):
    read_from = replica.ReplicaRouter().db_for_read(None)
    if fail_on_replica and read_from == replica.REPLICA:
        raise OperationalError("terminating connection due to administrator command")
    return HttpResponse(read_from)


@override_settings(REPLICA_READ_FROM_HEADER=True, REPLICA_RETRY_SECONDS=30)
class ReplicaReadsTest(SimpleTestCase):
    def setUp(self):
        replica._down_until = 0.0
        self.factory = RequestFactory()
        self.view = replica.replica_reads(reading_view)

    def serve(self, fake, cookies=None, **kwargs):
        request = self.factory.get("/")
        request.COOKIES.update(cookies or {})
        with (
            mock.patch.object(replica, "configured", return_value=True),
            mock.patch.object(replica, "connections", {replica.REPLICA: fake}),
        ):
            return self.view(request, **kwargs)

    def test_it_reads_from_the_replica_inside_such_a_view_only(self):
        response = self.serve(FakeReplica())
        self.assertEqual(response.content.decode(), replica.REPLICA)
        self.assertEqual(response[replica.READ_FROM_HEADER], replica.REPLICA)
        self.assertEqual(replica.ReplicaRouter().db_for_read(None), "default")
        self.assertEqual(replica.ReplicaRouter().db_for_write(None), "default")

    def test_one_s_own_write_is_read_from_the_primary(self):
        response = self.serve(FakeReplica(), cookies={replica.STICKY_COOKIE: "1"})
        self.assertEqual(response.content.decode(), "default")
        self.assertEqual(response[replica.READ_FROM_HEADER], "primary")

    def test_a_replica_that_does_not_answer_leaves_the_primary_serving(self):
        fake = FakeReplica(fails=True)
        response = self.serve(fake)
        self.assertEqual(response.content.decode(), "default")
        self.assertTrue(fake.closed)
        # left alone for a while: not even tried
        fake.fails = False
        self.assertEqual(self.serve(fake).content.decode(), "default")
        replica._down_until = 0.0
        self.assertEqual(self.serve(fake).content.decode(), replica.REPLICA)

    def test_a_replica_failing_during_the_read_is_retried_on_the_primary(self):
        response = self.serve(FakeReplica(), fail_on_replica=True)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.content.decode(), "default")

    def test_without_a_replica_nothing_changes(self):
        request = self.factory.get("/")
        self.assertEqual(self.view(request).content.decode(), "default")


class StickyCookieTest(SimpleTestCase):
    def run_middleware(self, method):
        middleware = replica.StickyAfterWriteMiddleware(lambda request: HttpResponse("ok"))
        request = RequestFactory().generic(method, "/")
        with mock.patch.object(replica, "configured", return_value=True):
            return middleware(request)

    def test_a_write_leaves_the_cookie_and_a_read_does_not(self):
        self.assertIn(replica.STICKY_COOKIE, self.run_middleware("POST").cookies)
        self.assertNotIn(replica.STICKY_COOKIE, self.run_middleware("GET").cookies)
