"""The agencies ranked as the provinces publish them: per agency and per period, the assigned
tasks that came due — done on time, done late, overdue — the progress reports it owed and
those handed in on time, and the on-time rate over both.

A task counts in a period when its deadline falls in the period's dates and has come (or
the task is done); a report counts when it was owed for the period and its deadline has
passed; it was on time when handed in by its deadline (handed in again after being
returned: when last handed in). What an agency reported once —
a task's product, a key task's report — serves here as it is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone

from hanhdong.orgs.models import Organization
from hanhdong.reports.calendar import period_dates, period_tasks
from hanhdong.reports.models import ProgressReport
from hanhdong.tasks.models import FINISHED, AssignedTask, TaskState


@dataclass
class Standing:
    agency: Organization
    tasks: int = 0  # came due in the period (or done)
    on_time: int = 0
    late: int = 0
    overdue: int = 0
    reports: int = 0  # owed for the period, deadline passed
    reports_on_time: int = 0
    rank: int = 0

    @property
    def counted(self) -> int:
        return self.tasks + self.reports

    @property
    def rate(self) -> float | None:
        """Done on time over what came due, tasks and reports together (0–100)."""
        if not self.counted:
            return None
        return round(100 * (self.on_time + self.reports_on_time) / self.counted, 1)

    @property
    def task_rate(self) -> float | None:
        return round(100 * self.on_time / self.tasks, 1) if self.tasks else None


def ranking(commune, period, today: dt.date) -> list[Standing]:
    """The agencies of ``commune`` ranked for reporting ``period`` on ``today``: the best
    on-time rate first, then the fewest overdue, then by name."""
    start, end = period_dates(period)
    found: dict[int, Standing] = {}
    agencies = {o.pk: o for o in Organization.objects.in_commune(commune)}

    def of(agency_id) -> Standing:
        if agency_id not in found:
            found[agency_id] = Standing(agencies[agency_id])
        return found[agency_id]

    tasks = AssignedTask.objects.filter(
        commune=commune, lead__isnull=False, due_on__gte=start, due_on__lte=end
    ).exclude(state__in=[TaskState.DRAFT, TaskState.CANCELLED, TaskState.PAUSED])
    for lead_id, state, due_on, done_on in tasks.values_list(
        "lead_id", "state", "due_on", "done_on"
    ):
        done = state in FINISHED
        if not done and due_on >= today:
            continue  # not due yet
        row = of(lead_id)
        row.tasks += 1
        if not done:
            row.overdue += 1
        elif done_on <= due_on:
            row.on_time += 1
        else:
            row.late += 1
    if period.due_on < today:
        # when each report was handed in (a report returned and handed in again: the last time)
        first_in = dict(
            ProgressReport.objects.filter(period=period)
            .handed_in()
            .values_list("task_id", "submitted_at")
        )
        for task in period_tasks(period):
            if task.lead_id not in agencies:
                continue
            row = of(task.lead_id)
            row.reports += 1
            handed = first_in.get(task.pk)
            if handed is not None and timezone.localtime(handed).date() <= period.due_on:
                row.reports_on_time += 1
    rows = sorted(
        found.values(),
        key=lambda r: (-(r.rate if r.rate is not None else -1), r.overdue, r.agency.name),
    )
    for n, row in enumerate(rows, 1):
        row.rank = n
    return rows


def totals(rows: list[Standing]) -> Standing:
    total = Standing(agency=None)
    for row in rows:
        for name in ("tasks", "on_time", "late", "overdue", "reports", "reports_on_time"):
            setattr(total, name, getattr(total, name) + getattr(row, name))
    return total
