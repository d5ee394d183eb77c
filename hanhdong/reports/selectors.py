"""Reads of reporting: periods and report files by id (for ``orgs.access``), and the
officer's page."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from hanhdong.notifications.models import Notification
from hanhdong.orgs.access import finder
from hanhdong.programs.models import KeyTask
from hanhdong.reports.calendar import owes
from hanhdong.reports.models import Attachment, ProgressReport, ReportingPeriod, ReportState


@finder("period")
def period_by_id(pk: int) -> ReportingPeriod | None:
    return ReportingPeriod.objects.select_related("program__commune").filter(pk=pk).first()


@finder("report_file")
def report_file_by_id(pk: int) -> Attachment | None:
    return Attachment.objects.select_related("report__task").filter(pk=pk).first()


def officer_queue(user, agency_ids: set[int]) -> dict:
    """What an officer's agencies owe: the reports due (past their deadline or within a
    month) of the periods still open, those returned for changes, the tasks they are
    partners in, and the latest notifications."""
    tasks = list(
        KeyTask.objects.filter(is_withdrawn=False, lead_id__in=agency_ids)
        .select_related("program", "lead")
        .order_by("program", "number")
    )
    today = timezone.localdate()
    periods = list(
        ReportingPeriod.objects.filter(
            program_id__in={t.program_id for t in tasks},
            starts_on__lte=today,
            closed=False,
            due_on__lte=today + dt.timedelta(days=31),
        ).order_by("due_on")
    )
    handed_in = set(
        ProgressReport.objects.filter(task__in=tasks, period__in=periods)
        .handed_in()
        .values_list("task_id", "period_id")
    )
    owed = [
        (period, task, period.due_on < today)
        for period in periods
        for task in tasks
        if task.program_id == period.program_id
        and (task.pk, period.pk) not in handed_in
        and owes(task, period)
    ]
    return {
        "tasks": tasks,
        "owed": owed,
        "returned": list(
            ProgressReport.objects.filter(
                task__in=tasks, state=ReportState.RETURNED
            ).select_related("task", "period")
        ),
        "partner_tasks": list(
            KeyTask.objects.filter(is_withdrawn=False, partners__in=agency_ids)
            .select_related("program", "lead")
            .distinct()
        ),
        "notes": list(Notification.objects.filter(user=user)[:20]),
    }
