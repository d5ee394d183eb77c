"""Queuing notifications: written to the outbox in the caller's transaction, delivered by
the worker. A message's key makes queuing it twice a no-op."""

from __future__ import annotations

from django.db import transaction

from hanhdong.reports.models import Channel, OutboxMessage


def enqueue(
    *, key: str, recipients, subject: str, body: str, url: str = "", fresh: bool = False
) -> int:
    """Queue ``subject`` for each recipient, in the app and (when they have one) by email.

    ``fresh``: the key names something created in this transaction, so it cannot be queued
    already and the look-up is skipped.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("enqueue must run inside the transaction of the change it reports")
    rows = []
    for user in recipients:
        if user is None or not user.is_active:
            continue
        channels = [Channel.INAPP] + ([Channel.EMAIL] if user.email else [])
        rows += [
            OutboxMessage(
                key=f"{key}:{user.pk}:{channel}"[:200],
                channel=channel,
                recipient=user,
                subject=subject[:255],
                body=body,
                url=url,
            )
            for channel in channels
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
