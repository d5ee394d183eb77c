"""Reads of assigned tasks: objects by id (for ``orgs.access``), and the one list in which
the directives' tasks and the program's key tasks stand side by side under one status model.

A key task is not copied into a row of its own: ``key_task_rows`` reads its status from its
latest accepted progress report and its deadline from the end of its period, so what its
agency reported once serves here too.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from django.db.models import Q
from django.urls import reverse

from hanhdong.orgs.access import finder
from hanhdong.programs.models import KeyTask, Program
from hanhdong.reports.models import ProgressReport, ReportState, TaskStatus
from hanhdong.tasks.models import AssignedTask, Directive, Origin, Status, status_of


@finder("assigned_task")
def assigned_by_id(pk: int) -> AssignedTask | None:
    return (
        AssignedTask.objects.select_related(
            "commune", "lead", "directive__owner", "key_task", "confirmed_by"
        )
        .prefetch_related("partners")
        .filter(pk=pk)
        .first()
    )


@finder("directive")
def directive_by_id(pk: int) -> Directive | None:
    return Directive.objects.select_related("commune", "owner").filter(pk=pk).first()


@dataclass
class Row:
    """One line of the list: an assigned task or a key task of the program."""

    kind: str  # "assigned" or "key"
    pk: int
    title: str
    lead: str
    lead_id: int | None
    due_on: dt.date | None
    due_text: str
    status: str
    source: str
    origin: str
    url: str
    percent: int = 0

    @property
    def status_label(self) -> str:
        return Status(self.status).label


# a key task's latest accepted report, as a status
KEY_STATUS = {
    TaskStatus.COMPLETED: Status.DONE_ON_TIME,
    TaskStatus.COMPLETED_LATE: Status.DONE_LATE,
    TaskStatus.CANCELLED: Status.CANCELLED,
}
KEY_ORIGIN = "program"


def key_task_status(report_status: str | None, due_on: dt.date | None, today: dt.date) -> str:
    """A key task's status from its latest accepted report (None: none accepted yet)."""
    if report_status in KEY_STATUS:
        return KEY_STATUS[report_status]
    if due_on is not None and today > due_on:
        return Status.OVERDUE
    if report_status in (None, TaskStatus.NOT_STARTED):
        return Status.NOT_STARTED
    return Status.ON_TIME


def key_task_due(task: KeyTask) -> dt.date | None:
    end = task.end
    return end.last_day() if end is not None and end.is_dated else None


def latest_accepted(program) -> dict[int, tuple[str, int]]:
    """{key task id: (status, percent)} of each task's latest accepted report: one query."""
    found: dict[int, tuple[str, int]] = {}
    rows = (
        ProgressReport.objects.filter(task__program=program, state=ReportState.ACCEPTED)
        .order_by("period__cutoff_on", "period_id")
        .values_list("task_id", "status", "percent")
    )
    for task_id, status, percent in rows:
        found[task_id] = (status, percent)
    return found


def key_task_rows(program: Program, today: dt.date, agency_ids=None) -> list[Row]:
    tasks = program.key_tasks.current().select_related("lead")
    if agency_ids is not None:
        tasks = tasks.filter(Q(lead__in=agency_ids) | Q(partners__in=agency_ids)).distinct()
    reports = latest_accepted(program)
    rows = []
    for task in tasks:
        status, percent = reports.get(task.pk, (None, 0))
        due = key_task_due(task)
        rows.append(
            Row(
                kind="key",
                pk=task.pk,
                title=task.name,
                lead=task.lead.label if task.lead else task.lead_text,
                lead_id=task.lead_id,
                due_on=due,
                due_text=task.end_text,
                status=key_task_status(status, due, today),
                source=f"{program.number} · {task.number}",
                origin=KEY_ORIGIN,
                url=reverse("programs:task", args=[task.pk]),
                percent=percent,
            )
        )
    return rows


def directive_tasks(directive, reach, today: dt.date) -> list:
    """A directive's tasks as its page lists them: each with its status today
    (``shown_status``, ``shown_label``) and whether the user may open it (``opens``)."""
    tasks = list(directive.tasks.select_related("lead").prefetch_related("partners"))
    for task in tasks:
        task.directive = directive  # the one they share, for the access check
        task.shown_status = task.status(today)
        task.shown_label = Status(task.shown_status).label
        task.opens = reach.can_see_assigned(task)
    return tasks


def assigned_rows(tasks, today: dt.date) -> list[Row]:
    return [
        Row(
            kind="assigned",
            pk=task.pk,
            title=task.title,
            lead=task.lead.label if task.lead else task.lead_text,
            lead_id=task.lead_id,
            due_on=task.due_on,
            due_text=task.due_text,
            status=status_of(task.state, task.due_on, task.done_on, today),
            source=str(task.directive.number or task.directive.get_kind_display()),
            origin=task.directive.origin,
            url=reverse("tasks:task", args=[task.pk]),
            percent=task.percent,
        )
        for task in tasks.select_related("lead", "directive")
    ]


def task_list(commune, reach, today: dt.date, *, include_drafts: bool = False) -> list[Row]:
    """Every task of the commune the user may see, assigned or key, one status model: the
    leaders see all, an agency's officer those of its agencies."""
    tasks = AssignedTask.objects.filter(commune=commune)
    agency_ids = None if reach.sees_all_tasks(commune.pk) else reach.agencies_in(commune.pk)
    if agency_ids is not None:
        tasks = tasks.for_agency(agency_ids)
    if not include_drafts:
        tasks = tasks.issued()
    rows = assigned_rows(tasks, today)
    program = Program.objects.current_of(commune)
    if program is not None:
        rows += key_task_rows(program, today, agency_ids)
    rows.sort(key=lambda r: (r.due_on is None, r.due_on or dt.date.max, r.kind, r.pk))
    return rows


def counts(rows: list[Row]) -> dict[str, int]:
    found = Counter(r.status for r in rows)
    return {status: found.get(status, 0) for status in Status.values}


ORIGINS = [*Origin.choices, (KEY_ORIGIN, "program")]
