"""Reads of reporting: periods and report files by id (for ``orgs.access``), and the work
queues — what an officer's agencies owe ("My work"), what the Party Office has to review
and route ("Awaiting review") — with the counts the header shows on every page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count

from hanhdong.feedback.models import Feedback, State
from hanhdong.notifications.models import Notification
from hanhdong.orgs.access import Reach, finder
from hanhdong.programs.models import KeyTask, ProgramStatus
from hanhdong.reports.calendar import owes_report
from hanhdong.reports.models import (
    HANDED_IN,
    Attachment,
    IndicatorSheet,
    ProgressReport,
    ReportingKind,
    ReportingPeriod,
    ReportState,
)

# a report is due once its period's window has opened and its deadline is this near
DUE_AHEAD = dt.timedelta(days=31)
# the citizens' submissions waiting for the Party Office's next step: to accept (or refuse),
# to assign, to close
TO_ROUTE = (State.RECEIVED, State.ACCEPTED, State.ANSWERED)


@finder("indicator_sheet")
def indicator_sheet_by_id(pk: int):
    return IndicatorSheet.objects.select_related("program__commune", "period").filter(pk=pk).first()


@finder("period")
def period_by_id(pk: int) -> ReportingPeriod | None:
    return ReportingPeriod.objects.select_related("program__commune").filter(pk=pk).first()


@finder("report_file")
def report_file_by_id(pk: int) -> Attachment | None:
    return Attachment.objects.select_related("report__task").filter(pk=pk).first()


# -- My work: what an officer's agencies owe ---------------------------------------------


@dataclass(frozen=True)
class Owed:
    """A report an agency owes: not begun (``report`` None), a draft, or returned."""

    task: KeyTask
    period: ReportingPeriod
    report: ProgressReport | None


def carried_over(task, period) -> dict:
    """What a first report of ``task`` for ``period`` starts from: the progress and percent
    of its latest report handed in for an earlier period (``since``: that period), or
    nothing chosen."""
    last = (
        ProgressReport.objects.handed_in()
        .filter(task=task, period__cutoff_on__lt=period.cutoff_on)
        .select_related("period")
        .order_by("-period__cutoff_on", "-pk")
        .only("status", "percent", "period__title")
        .first()
    )
    if last is None:
        return {}
    return {"status": last.status, "percent": last.percent, "since": last.period.title}


def officer_work(agency_ids, today: dt.date) -> dict[str, list[Owed]]:
    """What the agencies ``agency_ids`` owe on ``today``, in three groups:

    - ``returned``: reports the Party Office sent back for correction;
    - ``overdue``: reports not handed in whose deadline has passed — in every period of
      the programs, closed ones too: the worker has stopped chasing those, but the report
      is still owed — the latest deadline first;
    - ``due``: reports not handed in whose window has opened and whose deadline is at most
      DUE_AHEAD away, the next deadline first.

    Five queries however long the term and however many tasks: the tasks, the periods,
    the tasks ad-hoc requests name, the reports handed in, and the others.
    """
    groups: dict[str, list[Owed]] = {"due": [], "returned": [], "overdue": []}
    if not agency_ids:
        return groups
    tasks = list(
        KeyTask.objects.current()
        .filter(lead_id__in=agency_ids)
        .exclude(program__status=ProgramStatus.SUPERSEDED)
        .order_by("program_id", "number")
    )
    if not tasks:
        return groups
    by_program: dict[int, list[KeyTask]] = {}
    for task in tasks:
        by_program.setdefault(task.program_id, []).append(task)
    periods = list(
        ReportingPeriod.objects.filter(
            program_id__in=by_program, starts_on__lte=today, due_on__lte=today + DUE_AHEAD
        )
    )
    named: dict[int, set[int]] = {}
    for period_id, task_id in ReportingPeriod.tasks.through.objects.filter(
        reportingperiod__program_id__in=by_program, reportingperiod__kind=ReportingKind.ADHOC
    ).values_list("reportingperiod_id", "keytask_id"):
        named.setdefault(period_id, set()).add(task_id)
    reports = ProgressReport.objects.filter(task__in=tasks)
    handed_in = set(reports.filter(state__in=HANDED_IN).values_list("task_id", "period_id"))
    pending = {
        (r.task_id, r.period_id): r
        for r in reports.exclude(state__in=HANDED_IN).select_related("period")
    }
    for period in periods:
        for task in by_program[period.program_id]:
            chosen = named.get(period.pk) if period.kind == ReportingKind.ADHOC else None
            if not (task.pk in chosen if chosen else owes_report(task, period)):
                continue
            key = (task.pk, period.pk)
            report = pending.get(key)
            if key in handed_in or (report and report.state == ReportState.RETURNED):
                continue  # handed in; or returned, listed as such below
            group = "overdue" if period.due_on < today else "due"
            groups[group].append(Owed(task, period, report))
    by_id = {task.pk: task for task in tasks}
    groups["returned"] = [
        Owed(by_id[r.task_id], r.period, r)
        for r in pending.values()
        if r.state == ReportState.RETURNED
    ]
    groups["due"].sort(key=lambda o: (o.period.due_on, o.period.pk, o.task.number))
    for name in ("returned", "overdue"):
        groups[name].sort(key=lambda o: (-o.period.due_on.toordinal(), o.period.pk, o.task.number))
    return groups


def partner_tasks(agency_ids) -> list[KeyTask]:
    """The key tasks the agencies ``agency_ids`` support as partners."""
    return list(
        KeyTask.objects.current()
        .filter(partners__in=agency_ids)
        .exclude(program__status=ProgramStatus.SUPERSEDED)
        .select_related("lead")
        .distinct()
        .order_by("program_id", "number")
    )


# -- Awaiting review: what the Party Office has to act on --------------------------------


def awaiting_review(commune_ids):
    """The reports of the communes ``commune_ids`` handed in and not yet accepted or
    returned, the longest waiting first."""
    return (
        ProgressReport.objects.filter(
            state=ReportState.SUBMITTED, task__program__commune_id__in=commune_ids
        )
        .select_related("task", "period", "agency", "task__program__commune")
        .order_by("submitted_at", "pk")
    )


def to_route(commune_ids, state: str):
    """The citizens' submissions of the communes ``commune_ids`` in ``state`` (one of
    TO_ROUTE), the longest waiting first."""
    return (
        Feedback.objects.filter(commune_id__in=commune_ids, state=state)
        .select_related("commune", "agency")
        .order_by("created_at", "pk")
    )


def review_counts(commune_ids) -> dict[str, int]:
    """How many reports await review, and how many submissions wait in each state of
    TO_ROUTE: two queries."""
    counts = dict.fromkeys(["reports", *TO_ROUTE], 0)
    if not commune_ids:
        return counts
    counts["reports"] = awaiting_review(commune_ids).count()
    counts |= dict(
        Feedback.objects.filter(commune_id__in=commune_ids, state__in=list(TO_ROUTE))
        .values_list("state")
        .annotate(n=Count("id"))
        .values_list("state", "n")
    )
    return counts


# -- the header: the counts on every page ------------------------------------------------


@dataclass(frozen=True)
class WorkCounts:
    """What the header shows: ``mine`` and ``review`` are None for those whose roles give
    them no such queue (no link at all), a number for the others."""

    unread: int
    mine: int | None = None
    review: int | None = None


def work_counts(
    user, reach: Reach, today: dt.date, *, officer: dict | None = None, review=None
) -> WorkCounts:
    """The header's counts, in a fixed number of queries whatever the data: one for the
    unread notifications, five for an officer's queue, two for the Party Office's — none
    for a queue the page has read already (``officer``: ``officer_work`` of the user's
    agencies; ``review``: ``review_counts`` of their communes)."""
    mine = counts = None
    if reach.owes_reports():
        officer = officer if officer is not None else officer_work(reach.agency_ids, today)
        mine = sum(len(rows) for rows in officer.values())
    communes = reach.review_commune_ids()
    if communes:
        counts = review if review is not None else review_counts(communes)
    unread = Notification.objects.of(user).unread().count()
    return WorkCounts(
        unread=unread, mine=mine, review=sum(counts.values()) if counts is not None else None
    )
