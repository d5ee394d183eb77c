"""The worker's part for assigned tasks: remind the lead agency before a deadline, tell it
and the issuers when the task is overdue, and tell the Standing Committee when it is still
not done ``escalate_days`` later — as for reports and citizens' submissions.

A pass reads only the open tasks whose reminder window has opened and whose escalation has
not been sent for their present deadline (``AssignedTask.escalated_for``), so it costs what
is due now. Every key carries the deadline: a new deadline arms them again.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext as _

from hanhdong.lib.text import clip
from hanhdong.notifications.outbox import enqueue
from hanhdong.notifications.schedule import check
from hanhdong.orgs.models import Role
from hanhdong.orgs.selectors import StaffDirectory
from hanhdong.tasks.models import OPEN, AssignedTask, TaskSettings


@check
def task_deadlines(today: dt.date) -> int:
    """Queue what today's task deadlines call for; returns how many messages were queued."""
    rules = {s.commune_id: s for s in TaskSettings.objects.all()}
    default = TaskSettings()
    earliest = max((r.remind_days for r in rules.values()), default=default.remind_days)
    due = (
        AssignedTask.objects.filter(state__in=OPEN, due_on__lte=today + dt.timedelta(days=earliest))
        .filter(Q(escalated_for__isnull=True) | ~Q(escalated_for=F("due_on")))
        .select_related("commune", "lead")
        .order_by("due_on", "pk")
    )
    staff = StaffDirectory()
    queued = 0
    for task in due:
        rule = rules.get(task.commune_id, default)
        if today < task.due_on - dt.timedelta(days=rule.remind_days):
            continue
        with transaction.atomic(durable=True):
            queued += _queue_for(task, rule, today, staff(task.commune))
    return queued


def _queue_for(task, rule, today, staff) -> int:
    due = task.due_on
    officers = staff.with_role(Role.OFFICER, task.lead) if task.lead else []
    url = reverse("tasks:task", args=[task.pk])
    names = {"t": clip(task.title, 120), "d": due.strftime("%d/%m/%Y")}
    if today <= due:
        return enqueue(
            key=f"task-remind:{task.pk}:{due.isoformat()}",
            recipients=officers,
            url=url,
            subject=_("Reminder: task due %(d)s: %(t)s") % names,
            body=task.product,
        )
    queued = enqueue(
        key=f"task-overdue:{task.pk}:{due.isoformat()}",
        recipients=[*officers, *staff.with_role(Role.CLERK)],
        url=url,
        subject=_("Overdue: task due %(d)s: %(t)s") % names,
        body=task.product,
    )
    if today > due + dt.timedelta(days=rule.escalate_days):
        queued += enqueue(
            key=f"task-escalate:{task.pk}:{due.isoformat()}",
            recipients=staff.with_role(Role.STANDING),
            url=url,
            subject=_("Escalated: %(agency)s has not done the task due %(d)s: %(t)s")
            % {**names, "agency": task.lead.label if task.lead else task.lead_text},
            body=task.product,
        )
        # nothing more to send until the deadline moves
        AssignedTask.objects.filter(pk=task.pk).update(escalated_for=due)
    return queued
