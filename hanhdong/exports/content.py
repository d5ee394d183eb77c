"""What goes into a period's documents, gathered once and written out as Word or Excel by
the modules beside this one.

Every figure belongs to the period: a task's progress is its report for the period, counted
only once the Party Office accepted it; a target's value is the latest accepted one stated
for a period whose figures end on or before this period's cut-off. A report handed in but
not yet accepted is shown as such, never as a result.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch

from hanhdong.feedback.stats import period_summary
from hanhdong.lib.periods import normal_title
from hanhdong.programs.models import KeyTask, Section
from hanhdong.reports import calendar, forecast
from hanhdong.reports.models import (
    TROUBLE,
    ProgressReport,
    ReportingKind,
    ReportState,
    TargetValue,
    TaskStatus,
)
from hanhdong.targets.models import APPENDIX, Recurrence

# where a task's report for the period stands
ACCEPTED, PENDING, RETURNED, MISSING = "accepted", "pending", "returned", "missing"
STANDING_LABELS = {
    PENDING: "Đã nộp, chờ duyệt",
    RETURNED: "Trả lại để bổ sung",
    MISSING: "Chưa báo cáo",
}
DONE = (TaskStatus.COMPLETED, TaskStatus.COMPLETED_LATE)


@dataclass
class TaskRow:
    task: KeyTask
    report: ProgressReport | None  # the period's report, whatever its state
    area: Section | None
    standing: str  # ACCEPTED, PENDING, RETURNED or MISSING

    @property
    def accepted(self) -> ProgressReport | None:
        return self.report if self.standing == ACCEPTED else None

    @property
    def agency(self) -> str:
        return agency_label(self.task)


@dataclass
class TargetRow:
    target: object
    area: Section | None
    value: Decimal | None  # the latest accepted value up to the period's cut-off
    value_period: str  # the title of the period that value was stated for
    pending: Decimal | None  # a later value handed in but not yet accepted
    pending_period: str
    verdict: str  # reports.forecast's ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA


@dataclass
class Remark:
    """A difficulty or a proposal, as an agency wrote it, with the tasks it was written for."""

    agency: object  # the lead Organization, or None where only its name is known
    agency_text: str
    text: str
    tasks: list = field(default_factory=list)  # task numbers


@dataclass
class PeriodContent:
    period: object
    title: str  # the period's title in its one form: "9 tháng năm 2026"
    program: object
    commune: object
    areas: list  # the program's areas of work (Sections)
    rows: list[TaskRow]  # every task that owes a report for the period
    targets: list[TargetRow]
    difficulties: list[Remark] = field(default_factory=list)
    proposals: list[Remark] = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    feedback: dict = field(default_factory=dict)  # citizens' submissions in the period

    def rows_of(self, area) -> list[TaskRow]:
        return [r for r in self.rows if r.area == area]

    def targets_of(self, area) -> list[TargetRow]:
        return [t for t in self.targets if t.area == area]

    @property
    def areas_with_work(self) -> list:
        """The areas (and None for tasks outside every area) that have a task due."""
        used = {r.area for r in self.rows} | {t.area for t in self.targets if t.value is not None}
        out = [a for a in self.areas if a in used]
        return out + ([None] if None in used else [])


def agency_label(task) -> str:
    return task.lead.label if task.lead else task.lead_text


def standing_of(report) -> str:
    if report is None:
        return MISSING
    return {
        ReportState.ACCEPTED: ACCEPTED,
        ReportState.SUBMITTED: PENDING,
        ReportState.RETURNED: RETURNED,
    }.get(report.state, MISSING)


def _area_of_path(path: str, areas) -> Section | None:
    for area in areas:
        if path == area.path or path.startswith(area.path + "."):
            return area
    return None


def _target_area(target, areas, task_areas: dict, by_number: dict):
    if target.key_task_id and target.key_task_id in task_areas:
        return task_areas[target.key_task_id]
    where = target.where or ""
    if where.startswith(APPENDIX):
        number = where[len(APPENDIX) :]
        task = by_number.get(int(number)) if number.isdigit() else None
        return task_areas.get(task.pk) if task else None
    if target.section_id and target.section is not None:
        return _area_of_path(target.section.path, areas)
    return _area_of_path(where, areas)


def _due(tasks, period) -> list:
    if period.kind == ReportingKind.ADHOC:
        chosen = set(period.tasks.values_list("pk", flat=True))
        if chosen:
            return [t for t in tasks if t.pk in chosen and not t.is_withdrawn]
    return [t for t in tasks if calendar.owes_report(t, period)]


def target_rows(program, period, areas, task_areas, by_number) -> list[TargetRow]:
    """Each target with its latest accepted value up to the period's cut-off (and a later
    value still awaiting acceptance), and the verdict those accepted values give."""
    values = (
        TargetValue.objects.filter(target__program=program, period__cutoff_on__lte=period.cutoff_on)
        .select_related("period", "report")
        .order_by("period__cutoff_on", "period__due_on", "pk")
    )
    accepted, pending = defaultdict(list), {}
    for value in values:
        if value.is_measured or (
            value.report is not None and value.report.state == ReportState.ACCEPTED
        ):
            accepted[value.target_id].append(value)
            pending.pop(value.target_id, None)  # an accepted value after it is newer
        elif value.report is not None and value.report.state == ReportState.SUBMITTED:
            pending[value.target_id] = value
    out = []
    for target in program.targets.current().select_related("section").order_by("position"):
        series = accepted.get(target.pk, [])
        points = [(v.period.cutoff_on, float(v.value)) for v in series]
        latest = series[-1] if series else None
        recurring = target.recurrence == Recurrence.ANNUAL
        expected = None
        if target.year and not recurring and len(points) >= 2:
            result = forecast.forecast(points, dt.date(target.year, 12, 31))
            expected = result[0] if result else None
        waiting = pending.get(target.pk)
        out.append(
            TargetRow(
                target=target,
                area=_target_area(target, areas, task_areas, by_number),
                value=latest.value if latest else None,
                value_period=normal_title(latest.period.title) if latest else "",
                pending=waiting.value if waiting else None,
                pending_period=normal_title(waiting.period.title) if waiting else "",
                verdict=forecast.verdict(
                    target.comparison,
                    float(target.value),
                    points[-1][1] if points else None,
                    expected,
                    recurring,
                ),
            )
        )
    return out


def _remarks(rows: list[TaskRow], name: str) -> list[Remark]:
    """The difficulties (or proposals) of the accepted reports: one per agency and text,
    with the tasks it was written for."""
    found: dict = {}
    for row in rows:
        report = row.accepted
        text = (getattr(report, name) if report else "").strip()
        if not text:
            continue
        key = (row.task.lead_id or row.agency, text.rstrip(" .;").casefold())
        if key not in found:
            found[key] = Remark(agency=row.task.lead, agency_text=row.agency, text=text)
        found[key].tasks.append(row.task.number)
    return list(found.values())


def gather(period) -> PeriodContent:
    program = period.program
    areas = program.areas()
    tasks = list(
        KeyTask.objects.filter(program=program)
        .select_related("lead")
        .prefetch_related(Prefetch("sections", queryset=Section.objects.only("id", "path")))
        .order_by("number")
    )
    task_areas = {t.pk: t.area_among(areas) for t in tasks}
    by_number = {t.number: t for t in tasks}
    reports = {r.task_id: r for r in ProgressReport.objects.filter(period=period)}
    rows = []
    for task in _due([t for t in tasks if not t.is_withdrawn], period):
        report = reports.get(task.pk)
        rows.append(TaskRow(task, report, task_areas[task.pk], standing_of(report)))
    statuses = [r.accepted.status for r in rows if r.accepted]
    return PeriodContent(
        period=period,
        title=normal_title(period.title),
        program=program,
        commune=program.commune,
        areas=areas,
        rows=rows,
        targets=target_rows(program, period, areas, task_areas, by_number),
        feedback=period_summary(program.commune, period.starts_on, period.cutoff_on),
        difficulties=_remarks(rows, "difficulties"),
        proposals=_remarks(rows, "proposals"),
        counts={
            "due": len(rows),
            "accepted": len(statuses),
            "pending": sum(r.standing == PENDING for r in rows),
            "returned": sum(r.standing == RETURNED for r in rows),
            "missing": sum(r.standing == MISSING for r in rows),
            "completed": sum(s in DONE for s in statuses),
            "on_track": statuses.count(TaskStatus.ON_TRACK),
            "not_started": statuses.count(TaskStatus.NOT_STARTED),
            "trouble": sum(s in TROUBLE for s in statuses),
        },
    )
