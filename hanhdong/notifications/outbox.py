"""The outbox: notifications are queued in the transaction of their cause and delivered by
the worker, in the app and (when the recipient has an address) by email.

Delivery takes one message at a time: it leases the message in a short transaction of its
own (SELECT … FOR UPDATE SKIP LOCKED on PostgreSQL, so two workers never take the same
one), commits, sends it with no transaction open — an SMTP server may take seconds — and
then marks it sent. A worker stopped cleanly hands its message back; one killed outright
leaves it leased for LEASE, after which another worker takes it. A failed attempt is
tried again later, each time after a longer wait, at most MAX_ATTEMPTS times.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from hanhdong.notifications.models import Medium, Notification, OutboxMessage

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5
LEASE = dt.timedelta(minutes=10)


def enqueue(
    *, key: str, recipients, subject: str, body: str, url: str = "", fresh: bool = False
) -> int:
    """Queue ``subject`` for each recipient, in the app and (when they have one) by email;
    returns how many messages were queued.

    ``fresh``: the key names something created in this transaction, so it cannot be queued
    already and the look-up is skipped.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("enqueue must run inside the transaction of the change it reports")
    rows = []
    for user in recipients:
        if user is None or not user.is_active:
            continue
        media = [Medium.INAPP] + ([Medium.EMAIL] if user.email else [])
        rows += [
            OutboxMessage(
                key=f"{key}:{user.pk}:{medium}"[:200],
                medium=medium,
                recipient=user,
                subject=subject[:255],
                body=body,
                url=url,
            )
            for medium in media
        ]
    known = (
        set()
        if fresh
        else set(
            OutboxMessage.objects.filter(key__in=[r.key for r in rows]).values_list(
                "key", flat=True
            )
        )
    )
    new = [row for row in rows if row.key not in known]
    # ignore_conflicts: another worker may queue the same message at the same moment
    OutboxMessage.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


def deliver(limit: int = 500) -> int:
    """Deliver up to ``limit`` messages; a failed attempt counts against the limit as well,
    so a run of bad addresses cannot keep the worker busy. Returns how many were delivered.
    """
    delivered = tried = 0
    while tried < limit:
        message = _lease()
        if message is None:
            break
        tried += 1
        try:
            _send(message)
        except Exception as exc:  # a bad address must not stop the others
            log.warning("outbox message %s failed: %s", message.pk, exc)
            _failed(message, exc)
            continue
        except BaseException:  # stopped (Ctrl-C, SIGTERM): the next run takes it at once
            OutboxMessage.objects.filter(pk=message.pk).update(not_before=None)
            raise
        delivered += 1
    return delivered


def _lease() -> OutboxMessage | None:
    """The oldest message due for an attempt, leased to this worker for LEASE."""
    now = timezone.now()
    with transaction.atomic(durable=True):
        due = OutboxMessage.objects.filter(
            Q(not_before__isnull=True) | Q(not_before__lte=now),
            sent_at__isnull=True,
            attempts__lt=MAX_ATTEMPTS,
        )
        if connection.features.has_select_for_update_skip_locked:
            # of=self: lock the message only; locking its recipient's row too would make a
            # second worker skip every message to the same person
            due = due.select_for_update(skip_locked=True, of=("self",))
        message = due.select_related("recipient").order_by("id").first()
        if message is not None:
            OutboxMessage.objects.filter(pk=message.pk).update(not_before=now + LEASE)
    return message


def _send(message: OutboxMessage) -> None:
    if message.medium == Medium.INAPP:
        # the notification and the mark in one transaction: delivered exactly once
        with transaction.atomic(durable=True):
            if _mark_sent(message):
                Notification.objects.create(
                    user=message.recipient,
                    subject=message.subject,
                    body=message.body,
                    url=message.url,
                    source=message,
                )
        return
    body = message.body + (f"\n\n{emailed_link(message.url)}" if message.url else "")
    send_mail(message.subject, body, None, [message.recipient.email])
    _mark_sent(message)


def emailed_link(url: str) -> str:
    """``url``, a path of the app, as an email carries it: after the site's address
    (HANHDONG_SITE_URL), which a mail reader needs to open it."""
    if url.startswith("/") and not url.startswith("//"):
        return f"{settings.HANHDONG_SITE_URL}{url}"
    return url


def _mark_sent(message: OutboxMessage) -> bool:
    """Mark the message sent, unless another worker did once its lease had run out."""
    return bool(
        OutboxMessage.objects.filter(pk=message.pk, sent_at__isnull=True).update(
            sent_at=timezone.now(), attempts=message.attempts + 1, not_before=None
        )
    )


def _failed(message: OutboxMessage, exc: Exception) -> None:
    attempts = message.attempts + 1
    OutboxMessage.objects.filter(pk=message.pk).update(
        attempts=attempts,
        last_error=str(exc)[:1000],
        not_before=timezone.now() + retry_after(attempts),
    )


def retry_after(attempts: int) -> dt.timedelta:
    """How long a message waits after its ``attempts``-th failure: 2, 4, 8, 16 minutes."""
    return dt.timedelta(minutes=2**attempts)
