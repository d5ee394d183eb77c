"""The worker's part for citizens' submissions: tell the clerks of new ones, remind the
handling agency before the deadline, flag it overdue after, and tell the Standing
Committee when it stays overdue. Everything goes through the reports' outbox.

New submissions are announced here rather than in the request that made them, so a
citizen's submission is one short transaction; the clerks hear of it at the worker's
next pass (a minute by default).

Reminder keys carry the deadline, so an extension arms them again for the new date.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from hanhdong.feedback.models import Feedback, FeedbackSettings, State
from hanhdong.orgs.models import Role
from hanhdong.reports.notify import enqueue
from hanhdong.reports.services import users_with_role

HANDLING = [State.ASSIGNED, State.IN_PROGRESS]


def schedule(today: dt.date | None = None) -> int:
    """Queue what today calls for; returns how many messages were queued."""
    today = today or timezone.localdate()
    return _announce_new() + _deadlines(today)


def _announce_new() -> int:
    queued = 0
    clerks = {}
    pending = Feedback.objects.filter(notified=False).select_related("commune").order_by("id")
    for feedback in pending[:1000]:
        commune = feedback.commune
        if commune.pk not in clerks:
            clerks[commune.pk] = list(users_with_role(commune, Role.CLERK))
        with transaction.atomic():
            # claimed by this UPDATE: a second worker finds nothing left to mark
            if not Feedback.objects.filter(pk=feedback.pk, notified=False).update(notified=True):
                continue
            queued += enqueue(
                key=f"feedback:{feedback.pk}",
                recipients=clerks[commune.pk],
                subject=_("New citizen's submission %(code)s: %(title)s")
                % {"code": feedback.code, "title": feedback.title},
                body=feedback.text[:500],
                url=reverse("feedback:handle", args=[feedback.pk]),
            )
    return queued


def _deadlines(today: dt.date) -> int:
    rules = {s.commune_id: s for s in FeedbackSettings.objects.all()}
    queued = 0
    open_items = (
        Feedback.objects.filter(state__in=HANDLING, deadline__isnull=False)
        .select_related("commune", "agency")
        .order_by("deadline", "id")
    )
    for feedback in open_items:
        rule = rules.get(feedback.commune_id) or FeedbackSettings(commune=feedback.commune)
        if today < feedback.deadline - dt.timedelta(days=rule.remind_days):
            continue
        with transaction.atomic():
            queued += _queue_for(feedback, rule, today)
    return queued


def _queue_for(feedback, rule, today) -> int:
    commune = feedback.commune
    due = feedback.deadline
    handlers = users_with_role(commune, Role.OFFICER, feedback.agency)
    url = reverse("feedback:handle", args=[feedback.pk])
    names = {"code": feedback.code, "d": due.strftime("%d/%m/%Y")}
    if today <= due:
        return enqueue(
            key=f"feedback-remind:{feedback.pk}:{due.isoformat()}",
            recipients=handlers,
            url=url,
            subject=_("Reminder: submission %(code)s is to be answered by %(d)s") % names,
            body=feedback.title,
        )
    queued = enqueue(
        key=f"feedback-overdue:{feedback.pk}:{due.isoformat()}",
        recipients=[*handlers, *users_with_role(commune, Role.CLERK)],
        url=url,
        subject=_("Overdue: submission %(code)s was to be answered by %(d)s") % names,
        body=feedback.title,
    )
    if today > due + dt.timedelta(days=rule.escalate_days):
        queued += enqueue(
            key=f"feedback-escalate:{feedback.pk}:{due.isoformat()}",
            recipients=users_with_role(commune, Role.STANDING),
            url=url,
            subject=_("Escalated: %(agency)s has not answered submission %(code)s, due %(d)s")
            % {**names, "agency": feedback.agency.name if feedback.agency else "—"},
            body=feedback.title,
        )
    return queued
