"""The worker: queue reminders, overdue notices and escalations as deadlines come and go
(of reports here, of citizens' submissions in feedback/schedule.py), then deliver the
outbox.

Delivery claims one message at a time with SELECT … FOR UPDATE SKIP LOCKED and marks it
sent in the same transaction, so a worker killed mid-run leaves the rest for the next
run, and two workers never take the same message.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.core.mail import send_mail
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from hanhdong.feedback.schedule import schedule as feedback_schedule
from hanhdong.orgs.models import Role
from hanhdong.reports.models import (
    Channel,
    Notification,
    OutboxMessage,
    ProgressReport,
    ReportingCalendar,
    ReportingPeriod,
)
from hanhdong.reports.notify import enqueue
from hanhdong.reports.services import period_tasks, users_with_role

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5


def schedule(today: dt.date | None = None) -> int:
    """Queue what today's deadlines call for; returns how many messages were queued."""
    today = today or timezone.localdate()
    queued = 0
    calendars = {c.program_id: c for c in ReportingCalendar.objects.all()}
    periods = ReportingPeriod.objects.filter(closed=False).select_related("program__commune")
    for period in periods:
        cal = calendars.get(period.program_id) or ReportingCalendar(program=period.program)
        if today < period.due_on - dt.timedelta(days=cal.remind_days):
            continue
        handed_in = set(
            ProgressReport.objects.filter(period=period)
            .handed_in()
            .values_list("task_id", flat=True)
        )
        late = [t for t in period_tasks(period) if t.pk not in handed_in]
        if not late:
            continue
        with transaction.atomic():
            queued += _queue_for(period, late, cal, today)
    return queued


def _queue_for(period, tasks, cal, today) -> int:
    commune = period.program.commune
    due = period.due_on.strftime("%d/%m/%Y")
    queued = 0
    for task in tasks:
        url = reverse("reports:report", args=[task.pk, period.pk])
        officers = users_with_role(commune, Role.OFFICER, task.lead)
        names = {"n": task.number, "p": period.title, "d": due}
        if today <= period.due_on:
            queued += enqueue(
                key=f"remind:{period.pk}:{task.pk}",
                recipients=officers,
                url=url,
                subject=_("Reminder: report on key task %(n)s for %(p)s is due %(d)s") % names,
                body=task.name,
            )
            continue
        queued += enqueue(
            key=f"overdue:{period.pk}:{task.pk}",
            recipients=[*officers, *users_with_role(commune, Role.CLERK)],
            url=url,
            subject=_("Overdue: report on key task %(n)s for %(p)s was due %(d)s") % names,
            body=task.name,
        )
        if today > period.due_on + dt.timedelta(days=cal.escalate_days):
            queued += enqueue(
                key=f"escalate:{period.pk}:{task.pk}",
                recipients=users_with_role(commune, Role.STANDING),
                url=url,
                subject=_("Escalated: %(agency)s has not reported on key task %(n)s for %(p)s")
                % {**names, "agency": task.lead.name if task.lead else task.lead_text},
                body=task.name,
            )
    return queued


def _claim():
    """The oldest unsent message nobody else holds, locked until this transaction ends."""
    rows = OutboxMessage.objects.filter(sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS)
    if connection.features.has_select_for_update_skip_locked:
        # of=self: lock the message only; locking its recipient's row too would make a
        # second worker skip every message to the same person
        rows = rows.select_for_update(skip_locked=True, of=("self",))
    return rows.select_related("recipient").order_by("id").first()


def deliver(limit: int = 500) -> int:
    """Deliver up to ``limit`` messages, each in its own transaction; returns how many."""
    sent = 0
    while sent < limit:
        with transaction.atomic():
            message = _claim()
            if message is None:
                break
            try:
                _send(message)
            except Exception as exc:  # a bad address must not stop the others
                log.warning("outbox message %s failed: %s", message.pk, exc)
                OutboxMessage.objects.filter(pk=message.pk).update(
                    attempts=message.attempts + 1, last_error=str(exc)[:1000]
                )
                continue
            OutboxMessage.objects.filter(pk=message.pk).update(
                sent_at=timezone.now(), attempts=message.attempts + 1
            )
        sent += 1
    return sent


def _send(message: OutboxMessage) -> None:
    if message.channel == Channel.INAPP:
        Notification.objects.create(
            user=message.recipient,
            subject=message.subject,
            body=message.body,
            url=message.url,
            source=message,
        )
        return
    body = message.body + (f"\n\n{message.url}" if message.url else "")
    send_mail(message.subject, body, None, [message.recipient.email])


def run_once(today: dt.date | None = None) -> tuple[int, int]:
    return schedule(today) + feedback_schedule(today), deliver()
