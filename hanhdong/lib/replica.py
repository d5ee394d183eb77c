"""Reads on a replica: with ``DATABASE_REPLICA_URL`` set, the pages that only read and that
many people open — the dashboards, the public feedback pages, Open311's reads — query a
PostgreSQL streaming replica; everything else, every write, and whatever a person reads
right after writing something, goes to the primary.

- ``replica_reads`` marks such a view. Inside it, ``ReplicaRouter`` sends reads to the
  ``replica`` alias, unless the person wrote within the last ``REPLICA_STICKY_SECONDS``
  (``StickyAfterWriteMiddleware`` leaves a short-lived cookie after every POST), so nobody
  misses their own change because the replica is a moment behind.
- A replica that does not answer costs nothing but the retry: the view is run again on the
  primary, and the replica is left alone for ``REPLICA_RETRY_SECONDS``.
- Without a replica configured all of this is a no-op.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import logging
import time

from django.conf import settings
from django.db import DatabaseError, connections

REPLICA = "replica"
STICKY_COOKIE = "hanhdong_wrote"
READ_FROM_HEADER = "X-Hanhdong-Read-From"  # only with HANHDONG_READ_FROM_HEADER=1

log = logging.getLogger(__name__)
_reading_replica = contextvars.ContextVar("hanhdong_replica", default=False)
_down_until = 0.0


def configured() -> bool:
    return REPLICA in settings.DATABASES


def _available() -> bool:
    return configured() and time.monotonic() >= _down_until


def _mark_down() -> None:
    global _down_until
    _down_until = time.monotonic() + settings.REPLICA_RETRY_SECONDS
    with contextlib.suppress(DatabaseError):
        connections[REPLICA].close()


def state() -> str | None:
    """The replica as /healthz tells it: None when none is configured, "down" when it was
    found not answering within REPLICA_RETRY_SECONDS or does not answer now (it is then
    left alone, as a failed read leaves it), else "ok"."""
    if not configured():
        return None
    if not _available():
        return "down"
    try:
        with connections[REPLICA].cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        _mark_down()
        return "down"
    return "ok"


class ReplicaRouter:
    """Reads go to the replica only inside a ``replica_reads`` view; writes never do."""

    def db_for_read(self, model, **hints):
        return REPLICA if _reading_replica.get() else "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # one database, two copies of it

    def allow_migrate(self, db, app_label, **hints):
        return db == "default"


def replica_reads(view):
    """Run a read-only view's queries on the replica, when there is one, it answers, and the
    person has not just written something; otherwise on the primary."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _available() or request.COOKIES.get(STICKY_COOKIE):
            return _served(view(request, *args, **kwargs), "primary")
        try:
            connections[REPLICA].ensure_connection()
        except DatabaseError:
            log.warning("the replica does not answer: reading from the primary")
            _mark_down()
            return _served(view(request, *args, **kwargs), "primary")
        token = _reading_replica.set(True)
        try:
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and not response.is_rendered:
                response.render()  # a lazy template's queries still on the replica
        except DatabaseError:
            log.warning("the replica failed during a read: reading from the primary")
            _mark_down()
            _reading_replica.reset(token)
            token = None
            return _served(view(request, *args, **kwargs), "primary")
        finally:
            if token is not None:
                _reading_replica.reset(token)
        return _served(response, REPLICA)

    return wrapper


def _served(response, source: str):
    if settings.REPLICA_READ_FROM_HEADER:
        response[READ_FROM_HEADER] = source
    return response


class StickyAfterWriteMiddleware:
    """After a request that may have written (any method but GET, HEAD, OPTIONS), the
    person's next reads for a few seconds come from the primary."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if configured() and request.method not in ("GET", "HEAD", "OPTIONS"):
            response.set_cookie(
                STICKY_COOKIE,
                "1",
                max_age=settings.REPLICA_STICKY_SECONDS,
                httponly=True,
                samesite="Lax",
                secure=request.is_secure(),
            )
        return response
