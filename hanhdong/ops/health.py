"""/healthz for the reverse proxy, the compose file and monitoring: does the database answer,
has the worker passed lately, and (when the worker takes them) is the last backup recent.

It is answered by a middleware placed first, so that a health check from the proxy's host
or a container — by address, over plain HTTP — is neither refused by ALLOWED_HOSTS nor
redirected to HTTPS, and touches no session. It tells no personal data; nothing is cached.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponseNotAllowed, JsonResponse
from django.utils import timezone

from hanhdong.lib import replica
from hanhdong.ops.heartbeat import last_pass
from hanhdong.ops.models import Backup, BackupKind

PATH = "/healthz"
BACKUP_STALE = dt.timedelta(hours=48)  # the worker takes one a day: two missed are news


def _age(moment: dt.datetime | None, now: dt.datetime, key: str) -> dict:
    if moment is None:
        return {key: None, "age_s": None}
    return {key: moment.isoformat(), "age_s": max(0, int((now - moment).total_seconds()))}


def status() -> tuple[int, dict]:
    """(HTTP status, the JSON body): 200 when the database answers, else 503; "degraded"
    when the worker has not passed for HANHDONG_WORKER_STALE_MINUTES, the nightly backup
    is on and the last one is older than two days, or a replica is configured and does not
    answer — the pages it serves are then read from the primary, so nothing is refused,
    but the operator should know ("replica": "down"; "ok" when it answers)."""
    now = timezone.now()
    try:
        worker = last_pass()
        nightly = Backup.objects.filter(kind=BackupKind.NIGHTLY)
        latest = (
            nightly.values_list("taken_at", flat=True).first()
            if settings.HANHDONG_BACKUP_DIR
            else None
        )
    except DatabaseError:
        return 503, {"status": "down", "database": "error", "worker": None}
    body = {"status": "ok", "database": "ok", "worker": _age(worker, now, "last_pass")}
    stale = dt.timedelta(minutes=settings.HANHDONG_WORKER_STALE_MINUTES)
    degraded = worker is None or now - worker > stale
    if settings.HANHDONG_BACKUP_DIR:
        body["backup"] = _age(latest, now, "last")
        degraded |= latest is None or now - latest > BACKUP_STALE
    replica_state = replica.state()
    if replica_state is not None:
        body["replica"] = replica_state
        degraded |= replica_state == "down"
    if degraded:
        body["status"] = "degraded"
    return 200, body


class HealthMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info != PATH:
            return self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        code, body = status()
        response = JsonResponse(body, status=code)
        response["Cache-Control"] = "no-store"
        response["X-Content-Type-Options"] = "nosniff"
        return response
