"""The worker's part for citizens' submissions: tell the clerks of new ones, remind the
handling agency before the deadline, flag it overdue after, and tell the Standing
Committee when it stays overdue. Everything goes through the outbox.

New submissions are announced here rather than in the request that made them, so a
citizen's submission is one short transaction; the clerks hear of it at the worker's
next pass (a minute by default).

A pass looks only at items whose reminder window has opened and whose escalation has not
been sent (``Feedback.escalated_for``), so it costs what is due now, not every item ever
handled. Reminder keys carry the deadline, so an extension arms them again. The hourly
limit's counters of past hours are forgotten at each pass.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext as _

from hanhdong.feedback.models import Feedback, FeedbackSettings, State, SubmissionCount
from hanhdong.feedback.services import counting_hour, notice
from hanhdong.notifications.outbox import enqueue
from hanhdong.notifications.schedule import check
from hanhdong.orgs.models import Role
from hanhdong.orgs.selectors import StaffDirectory

HANDLING = [State.ASSIGNED, State.IN_PROGRESS]
ANNOUNCED_PER_PASS = 1000


@check
def new_submissions(today: dt.date) -> int:
    """Tell the clerks of each submission they have not heard of yet."""
    queued = 0
    staff = StaffDirectory()
    pending = Feedback.objects.filter(notified=False).select_related("commune").order_by("id")
    for feedback in pending[:ANNOUNCED_PER_PASS]:
        clerks = staff(feedback.commune).with_role(Role.CLERK)
        with transaction.atomic(durable=True):
            # claimed by this UPDATE: a second worker finds nothing left to mark
            if not Feedback.objects.filter(pk=feedback.pk, notified=False).update(notified=True):
                continue
            if feedback.is_denunciation:  # nothing of what it says: it may name its author
                subject = _("New denunciation %(code)s") % {"code": feedback.public_id}
                body = ""
            else:
                subject = _("New citizen's submission %(code)s: %(title)s") % {
                    "code": feedback.public_id,
                    "title": feedback.title,
                }
                body = feedback.text[:500]
            queued += enqueue(
                key=f"feedback:{feedback.pk}",
                recipients=clerks,
                subject=subject,
                body=body,
                url=reverse("feedback:handle", args=[feedback.pk]),
            )
    return queued


@check
def past_hours_counts(today: dt.date) -> int:
    """Forget the hourly limit's counters of the hours gone by: they limit nothing now, and
    each holds a (salted) trace of somebody's address."""
    SubmissionCount.objects.filter(hour__lt=counting_hour()).delete()
    return 0


@check
def feedback_deadlines(today: dt.date) -> int:
    """Remind, flag overdue and escalate the items being handled, by their deadline."""
    rules = {s.commune_id: s for s in FeedbackSettings.objects.all()}
    default = FeedbackSettings()
    earliest = max((r.remind_days for r in rules.values()), default=default.remind_days)
    due = (
        Feedback.objects.filter(
            state__in=HANDLING,
            deadline__lte=today + dt.timedelta(days=earliest),
            primary__isnull=True,  # a joined submission is chased through its primary
        )
        .filter(Q(escalated_for__isnull=True) | ~Q(escalated_for=F("deadline")))
        .select_related("commune", "agency")
        .order_by("deadline", "id")
    )
    staff = StaffDirectory()
    queued = 0
    for feedback in due:
        rule = rules.get(feedback.commune_id, default)
        if today < feedback.deadline - dt.timedelta(days=rule.remind_days):
            continue
        with transaction.atomic(durable=True):
            queued += _queue_for(feedback, rule, today, staff(feedback.commune))
    return queued


def _queue_for(feedback, rule, today, staff) -> int:
    due = feedback.deadline
    handlers = staff.with_role(Role.OFFICER, feedback.agency) if feedback.agency else []
    url = reverse("feedback:handle", args=[feedback.pk])
    names = {"code": feedback.public_id, "d": due.strftime("%d/%m/%Y")}
    body = notice(feedback)
    if today <= due:
        return enqueue(
            key=f"feedback-remind:{feedback.pk}:{due.isoformat()}",
            recipients=handlers,
            url=url,
            subject=_("Reminder: submission %(code)s is to be answered by %(d)s") % names,
            body=body,
        )
    queued = enqueue(
        key=f"feedback-overdue:{feedback.pk}:{due.isoformat()}",
        recipients=[*handlers, *staff.with_role(Role.CLERK)],
        url=url,
        subject=_("Overdue: submission %(code)s was to be answered by %(d)s") % names,
        body=body,
    )
    if today > due + dt.timedelta(days=rule.escalate_days):
        queued += enqueue(
            key=f"feedback-escalate:{feedback.pk}:{due.isoformat()}",
            recipients=staff.with_role(Role.STANDING),
            url=url,
            subject=_("Escalated: %(agency)s has not answered submission %(code)s, due %(d)s")
            % {**names, "agency": feedback.agency.name if feedback.agency else "—"},
            body=body,
        )
        # nothing more to send until the deadline moves
        Feedback.objects.filter(pk=feedback.pk).update(escalated_for=due)
    return queued
