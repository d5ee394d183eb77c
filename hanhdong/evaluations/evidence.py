"""A year's results of an agency (or of the whole commune), as figures a criterion turns
into points, and the rows behind each figure — the evidence page lists exactly what was
counted.

Tasks on time come from ``tasks.ranking``: the agencies' ranking counted over the year (the
tasks whose deadline falls in it), and the progress reports it owed in each of the year's
reporting periods; targets from ``reports.dashboard.target_figures`` (the targets of the key
tasks the agency leads: reached, or on track to be); citizens' submissions due in the year
(a joined duplicate follows its primary, counted once), by ``feedback``'s own fields.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Q
from django.utils import timezone

from hanhdong.evaluations.models import SelfManagedModel, Source
from hanhdong.feedback.models import Feedback
from hanhdong.programs.models import Program
from hanhdong.reports import forecast
from hanhdong.reports.calendar import period_tasks
from hanhdong.reports.dashboard import target_figures
from hanhdong.reports.models import ProgressReport, ReportingKind, ReportingPeriod
from hanhdong.tasks import ranking
from hanhdong.tasks.models import FINISHED, AssignedTask, Origin, TaskState

VERDICT_WORDS = {
    forecast.ACHIEVED: "Đã đạt",
    forecast.ON_TRACK: "Đúng hướng",
    forecast.AT_RISK: "Có nguy cơ không đạt",
    forecast.OFF_TRACK: "Chệch hướng",
    forecast.NO_DATA: "Chưa có số liệu",
}
SKIPPED = [TaskState.DRAFT, TaskState.CANCELLED, TaskState.PAUSED]


@dataclass
class Row:
    """One thing counted: what it is, its dates or figures, and whether it counted for."""

    what: str
    detail: str
    ok: bool


@dataclass
class Figure:
    source: str
    counted: int = 0  # the denominator
    hits: float = 0  # the numerator (a sum of ratings for satisfaction)
    rows: list[Row] = field(default_factory=list)
    goal: Decimal | None = None

    @property
    def rate(self) -> float | None:
        """0–1, or None when nothing arose in the year."""
        if self.source == Source.SATISFACTION:
            return self.hits / self.counted / 5 if self.counted else None
        if self.source == Source.SELF_MANAGED:
            goal = float(self.goal or 0) or 1
            return min(1.0, self.hits / goal)
        return self.hits / self.counted if self.counted else None

    @property
    def summary(self) -> str:
        if self.source == Source.SATISFACTION:
            if not self.counted:
                return "Chưa có đánh giá"
            return f"{self.hits / self.counted:.2f}/5 ({self.counted} lượt đánh giá)"
        if self.source == Source.SELF_MANAGED:
            return f"{int(self.hits)}/{self.goal or 0} mô hình"
        if not self.counted:
            return "Không phát sinh"
        return f"{int(self.hits)}/{self.counted} ({round(100 * self.hits / self.counted, 1)}%)"


def points_of(figure: Figure, points: Decimal) -> Decimal | None:
    rate = figure.rate
    if rate is None:
        return None
    value = Decimal(str(rate)) * points
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _year_window(year: int) -> ReportingPeriod:
    """An ad-hoc period spanning the year that owes no report: ``ranking`` then counts the
    assigned tasks due in the year, and nothing else."""
    return ReportingPeriod(
        kind=ReportingKind.ADHOC,
        year=year,
        starts_on=dt.date(year, 1, 1),
        cutoff_on=dt.date(year, 12, 31),
        due_on=dt.date.max,
    )


def _tasks_due(commune, agency_id, year: int):
    found = AssignedTask.objects.filter(
        commune=commune, lead__isnull=False, due_on__year=year
    ).exclude(state__in=SKIPPED)
    return found if agency_id is None else found.filter(lead_id=agency_id)


def tasks_on_time(commune, agency_id, year: int, today: dt.date) -> Figure:
    rows = ranking.ranking(commune, _year_window(year), today)
    if agency_id is not None:
        rows = [r for r in rows if r.agency.pk == agency_id]
    total = ranking.totals(rows)
    figure = Figure(Source.TASKS_ON_TIME, counted=total.tasks, hits=total.on_time)
    for task in _tasks_due(commune, agency_id, year).select_related("directive", "lead"):
        done = task.state in FINISHED
        if not done and task.due_on >= today:
            continue  # not due yet: ranking leaves it out too
        if not done:
            detail, ok = f"hạn {task.due_on:%d/%m/%Y}, quá hạn chưa hoàn thành", False
        else:
            ok = task.done_on <= task.due_on
            word = "đúng hạn" if ok else "trễ hạn"
            detail = f"hạn {task.due_on:%d/%m/%Y}, hoàn thành {task.done_on:%d/%m/%Y} — {word}"
        figure.rows.append(Row(f"{task.title} ({task.lead.label})", detail, ok))
    return figure


def reports_on_time(commune, agency_id, year: int, today: dt.date) -> Figure:
    """Progress reports owed in the year's reporting periods whose deadline has passed."""
    figure = Figure(Source.REPORTS_ON_TIME)
    periods = ReportingPeriod.objects.filter(program__commune=commune, year=year).order_by("due_on")
    for period in periods:
        if not period.due_on < today:
            continue
        for row in ranking.ranking(commune, period, today):
            if agency_id is None or row.agency.pk == agency_id:
                figure.counted += row.reports
                figure.hits += row.reports_on_time
        handed = dict(
            ProgressReport.objects.filter(period=period)
            .handed_in()
            .values_list("task_id", "submitted_at")
        )
        for task in period_tasks(period):
            if task.lead_id is None or (agency_id is not None and task.lead_id != agency_id):
                continue
            at = handed.get(task.pk)
            day = timezone.localtime(at).date() if at else None
            ok = day is not None and day <= period.due_on
            detail = f"hạn {period.due_on:%d/%m/%Y}, " + (
                f"nộp {day:%d/%m/%Y}" if day else "chưa nộp"
            )
            figure.rows.append(Row(f"{period.title}: {task.number}. {task.name}", detail, ok))
    return figure


def targets(commune, agency_id, year: int, today: dt.date) -> Figure:
    figure = Figure(Source.TARGETS)
    program = Program.objects.current_of(commune)
    if program is None:
        return figure
    leads = dict(program.key_tasks.values_list("pk", "lead_id"))
    for item in target_figures(program):
        target = item["target"]
        if target.year and target.year < year:
            continue  # a target due before the year is no longer the year's
        if agency_id is not None and leads.get(target.key_task_id) != agency_id:
            continue
        ok = item["verdict"] in (forecast.ACHIEVED, forecast.ON_TRACK)
        figure.counted += 1
        figure.hits += ok
        latest = "—" if item["latest"] is None else f"{item['latest']:g}"
        detail = (
            f"chỉ tiêu {target.comparison} {target.value.normalize():f} {target.unit}; "
            f"số liệu mới nhất {latest} — {VERDICT_WORDS[item['verdict']]}"
        )
        figure.rows.append(Row(target.indicator, detail, ok))
    return figure


def _feedback_due(commune, agency_id, year: int):
    found = Feedback.objects.filter(
        commune=commune, primary__isnull=True, deadline__year=year
    ).order_by("deadline", "pk")
    return found if agency_id is None else found.filter(agency_id=agency_id)


def feedback_on_time(commune, agency_id, year: int, today: dt.date) -> Figure:
    figure = Figure(Source.FEEDBACK_ON_TIME)
    for item in _feedback_due(commune, agency_id, year):
        answered = timezone.localtime(item.answered_at).date() if item.answered_at else None
        if answered is None and item.deadline >= today:
            continue  # still within its time
        ok = answered is not None and answered <= item.deadline
        figure.counted += 1
        figure.hits += ok
        detail = f"hạn {item.deadline:%d/%m/%Y}, " + (
            f"trả lời {answered:%d/%m/%Y}" if answered else "chưa trả lời"
        )
        figure.rows.append(Row(f"{item.public_id} — {item.get_kind_display()}", detail, ok))
    return figure


def satisfaction(commune, agency_id, year: int, today: dt.date) -> Figure:
    figure = Figure(Source.SATISFACTION)
    found = Feedback.objects.filter(commune=commune, answered_at__year=year).exclude(rating=None)
    if agency_id is not None:
        found = found.filter(agency_id=agency_id)
    for item in found.order_by("answered_at", "pk"):
        figure.counted += 1
        figure.hits += item.rating
        figure.rows.append(
            Row(
                f"{item.public_id} — {item.get_kind_display()}",
                f"{item.rating}/5",
                item.rating >= 3,
            )
        )
    return figure


def recommendations(commune, agency_id, year: int, today: dt.date) -> Figure:
    """Tasks from an inspection's conclusions or a supervision's recommendations, due in the
    year (or closed in it): closed, or not."""
    figure = Figure(Source.RECOMMENDATIONS)
    found = (
        AssignedTask.objects.filter(
            commune=commune, directive__origin__in=[Origin.INSPECTION, Origin.SUPERVISION]
        )
        .filter(Q(due_on__year=year) | Q(done_on__year=year))
        .exclude(state__in=SKIPPED)
        .select_related("directive")
        .order_by("due_on", "pk")
    )
    if agency_id is not None:
        found = found.filter(lead_id=agency_id)
    for task in found:
        ok = task.state in FINISHED
        figure.counted += 1
        figure.hits += ok
        due = f"hạn {task.due_on:%d/%m/%Y}" if task.due_on else "không hạn"
        detail = f"{task.directive.get_origin_display()}; {due}; " + (
            f"đã khắc phục {task.done_on:%d/%m/%Y}" if ok and task.done_on else "chưa khắc phục"
        )
        figure.rows.append(Row(task.title, detail, ok))
    return figure


def self_managed(commune, agency_id, year: int, today: dt.date) -> Figure:
    figure = Figure(Source.SELF_MANAGED)
    for model in SelfManagedModel.objects.filter(commune=commune, since__lte=year).select_related(
        "village"
    ):
        place = model.village.name if model.village else "toàn xã"
        word = "đang duy trì" if model.maintained else "không còn duy trì"
        figure.rows.append(
            Row(model.name, f"{place}, từ năm {model.since} — {word}", model.maintained)
        )
        figure.hits += model.maintained
        figure.counted += 1
    return figure


MEASURES = {
    Source.TASKS_ON_TIME: tasks_on_time,
    Source.REPORTS_ON_TIME: reports_on_time,
    Source.TARGETS: targets,
    Source.FEEDBACK_ON_TIME: feedback_on_time,
    Source.SATISFACTION: satisfaction,
    Source.RECOMMENDATIONS: recommendations,
    Source.SELF_MANAGED: self_managed,
}


def figure_for(criterion, commune, agency_id, year: int, today: dt.date | None = None):
    """The figure of a computed criterion (None for one the assessor enters)."""
    measure = MEASURES.get(criterion.source)
    if measure is None:
        return None
    today = today or timezone.localdate()
    figure = measure(commune, agency_id, year, today)
    figure.goal = criterion.goal
    return figure
