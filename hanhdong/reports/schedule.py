"""The worker's part for progress reports: remind the lead agency before a period's
deadline, tell it and the Party Office when the report is overdue, and tell the Standing
Committee when it is still missing ``escalate_days`` later. Then the period is closed, and
later passes no longer look at it: a pass costs what is due now, not the term so far.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from hanhdong.notifications.outbox import enqueue
from hanhdong.notifications.schedule import check
from hanhdong.orgs.models import Role
from hanhdong.orgs.selectors import StaffDirectory
from hanhdong.reports.calendar import period_tasks
from hanhdong.reports.models import ProgressReport, ReportingCalendar, ReportingPeriod


@check
def report_deadlines(today: dt.date) -> int:
    """Queue what today's deadlines call for; returns how many messages were queued."""
    calendars = {c.program_id: c for c in ReportingCalendar.objects.all()}
    default = ReportingCalendar()
    earliest = max((c.remind_days for c in calendars.values()), default=default.remind_days)
    # only the periods whose reminder window has opened and that are not closed yet
    periods = (
        ReportingPeriod.objects.filter(
            closed=False, due_on__lte=today + dt.timedelta(days=earliest)
        )
        .select_related("program__commune")
        .order_by("due_on", "pk")
    )
    staff = StaffDirectory()
    queued = 0
    for period in periods:
        rules = calendars.get(period.program_id, default)
        if today < period.due_on - dt.timedelta(days=rules.remind_days):
            continue
        handed_in = set(
            ProgressReport.objects.filter(period=period)
            .handed_in()
            .values_list("task_id", flat=True)
        )
        late = [t for t in period_tasks(period) if t.pk not in handed_in]
        over = today > period.due_on + dt.timedelta(days=rules.escalate_days)
        with transaction.atomic(durable=True):
            queued += _queue_for(period, late, rules, today, staff(period.program.commune))
            if over:  # escalated: nothing more will be sent about this period
                ReportingPeriod.objects.filter(pk=period.pk).update(closed=True)
    return queued


def _queue_for(period, tasks, rules, today, staff) -> int:
    due = period.due_on.strftime("%d/%m/%Y")
    queued = 0
    for task in tasks:
        url = reverse("reports:report", args=[task.pk, period.pk])
        officers = staff.with_role(Role.OFFICER, task.lead) if task.lead else []
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
            recipients=[*officers, *staff.with_role(Role.CLERK)],
            url=url,
            subject=_("Overdue: report on key task %(n)s for %(p)s was due %(d)s") % names,
            body=task.name,
        )
        if today > period.due_on + dt.timedelta(days=rules.escalate_days):
            queued += enqueue(
                key=f"escalate:{period.pk}:{task.pk}",
                recipients=staff.with_role(Role.STANDING),
                url=url,
                subject=_("Escalated: %(agency)s has not reported on key task %(n)s for %(p)s")
                % {**names, "agency": task.lead.name if task.lead else task.lead_text},
                body=task.name,
            )
    return queued
