"""The figures of the leaders' dashboard, computed with a fixed number of queries."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from django.db.models import Count, Prefetch, Q, Sum
from django.utils import timezone

from hanhdong.programs.models import KeyTask, Section
from hanhdong.reports import calendar, charts, forecast, summaries
from hanhdong.reports.models import (
    TROUBLE,
    PeriodSummary,
    ProgressReport,
    ReportingKind,
    TargetValue,
    TaskStatus,
)
from hanhdong.targets.models import Recurrence

MISSING = "missing"
COLUMNS = [*TaskStatus.values, MISSING]


def commune_figures(program, period, areas: list[Section]) -> dict:
    today = timezone.localdate()
    tasks = list(
        KeyTask.objects.filter(program=program, is_withdrawn=False)
        .select_related("lead")
        .prefetch_related(Prefetch("sections", queryset=Section.objects.only("id", "path")))
        .order_by("number")
    )
    chosen = (
        set(period.tasks.values_list("pk", flat=True))
        if period.kind == ReportingKind.ADHOC
        else set()
    )
    due = [t for t in tasks if (t.pk in chosen if chosen else calendar.owes_report(t, period))]
    reports = {
        r.task_id: r
        for r in ProgressReport.objects.filter(period=period).only(
            "id", "task_id", "state", "status", "percent"
        )
    }
    by_area: dict = defaultdict(Counter)
    by_agency: dict = defaultdict(Counter)
    missing, trouble, rows = [], [], []
    for task in due:
        report = reports.get(task.pk)
        handed_in = report is not None and report.is_handed_in
        column = report.status if handed_in else MISSING
        area = task.area_among(areas)
        by_area[area.pk if area else None][column] += 1
        by_agency[task.lead_id][column] += 1
        if not handed_in:
            missing.append((task, report))
        elif report.status in TROUBLE:
            trouble.append((task, report))
        rows.append((task, report if handed_in else None, area))
    agencies = {t.lead_id: t.lead for t in due}
    return {
        "due_count": len(due),
        "handed_in": sum(1 for _, r, _ in rows if r is not None),
        "overdue": today > period.due_on,
        "area_rows": [
            (area, [by_area[area.pk][c] for c in COLUMNS]) for area in areas if by_area[area.pk]
        ]
        + ([(None, [by_area[None][c] for c in COLUMNS])] if by_area[None] else []),
        "agency_rows": sorted(
            ((agencies[k], [v[c] for c in COLUMNS]) for k, v in by_agency.items()),
            key=lambda row: -row[1][-1],
        ),
        "missing": missing,
        "trouble": trouble,
        "rows": rows,
    }


def target_figures(program) -> list[dict]:
    targets = list(program.targets.current().order_by("position"))
    series: dict = defaultdict(list)
    titles: dict = defaultdict(list)
    sources: dict = defaultdict(list)  # (source, as of) of a value no report states, else None
    for value in (
        TargetValue.objects.filter(target__program=program, target__is_withdrawn=False)
        .select_related("period")
        .order_by("period__cutoff_on")
    ):
        series[value.target_id].append((value.period.cutoff_on, float(value.value)))
        titles[value.target_id].append(value.period.title)
        sources[value.target_id].append(
            (value.source, value.noted_on) if value.is_measured else None
        )
    term = (program.term_start, program.term_end)
    out = []
    for target in targets:
        points = series.get(target.pk, [])
        recurring = target.recurrence == Recurrence.ANNUAL
        deadline = dt.date(target.year, 12, 31) if target.year else None
        expected = None
        method = ""
        if deadline and not recurring and len(points) >= 2:
            result = forecast.forecast(points, deadline)
            if result:
                expected, method = result
        latest = points[-1][1] if points else None
        out.append(
            {
                "target": target,
                "points": points,
                "latest": latest,
                "expected": expected,
                "method": method,
                "verdict": forecast.verdict(
                    target.comparison, float(target.value), latest, expected, recurring
                ),
                # (period's title, figures up to, value) for the chart's table
                "figures": [
                    (title, day, value)
                    for title, (day, value) in zip(titles[target.pk], points, strict=True)
                ],
                # the same with where each comes from when no report states it
                "figure_sources": [
                    (*figure, source)
                    for figure, source in zip(
                        zip(
                            titles[target.pk],
                            (d for d, _v in points),
                            (v for _d, v in points),
                            strict=True,
                        ),
                        sources[target.pk],
                        strict=True,
                    )
                ],
                "latest_source": sources[target.pk][-1] if points else None,
                "chart": charts.target_chart(
                    points, float(target.value), deadline, expected, term=term
                ),
            }
        )
    return out


def off_course(targets: list[dict]) -> int:
    """How many of ``target_figures``' targets are off track or at risk."""
    return sum(t["verdict"] in (forecast.OFF_TRACK, forecast.AT_RISK) for t in targets)


def city_figures(city, kind: str, year: int, number: int) -> list[dict]:
    """Every commune of ``city`` side by side for one period: due, handed in, by status —
    read from the period summaries (``summaries.py``), one row per commune."""
    from hanhdong.orgs.models import Organization, OrgKind
    from hanhdong.programs.models import Program

    communes = list(Organization.objects.filter(parent=city, kind=OrgKind.COMMUNE).order_by("name"))
    programs: dict = {}
    for program in Program.objects.filter(commune__in=communes).current().order_by("pk"):
        programs[program.commune_id] = program
    summaries = {
        s.period.program_id: s
        for s in PeriodSummary.objects.filter(
            city=city, kind=kind, year=year, number=number, current=True
        ).select_related("period")
    }
    rows = []
    for commune in communes:
        program = programs.get(commune.pk)
        summary = summaries.get(program.pk) if program else None
        rows.append(
            {
                "commune": commune,
                "program": program,
                "period": summary.period if summary else None,
                **_figures(summary),
            }
        )
    return rows


def nation_figures(kind: str, year: int, number: int) -> list[dict]:
    """Every city or province side by side for one period, its communes summed: two
    queries, whatever the number of communes and reports."""
    from hanhdong.orgs.models import Organization, OrgKind

    sums = {
        row["city_id"]: row
        for row in PeriodSummary.objects.filter(kind=kind, year=year, number=number, current=True)
        .values("city_id")
        .annotate(reporting=Count("period"), **{name: Sum(name) for name in summaries.FIGURES})
    }
    rows = []
    for city in (
        Organization.objects.filter(kind=OrgKind.CITY)
        .annotate(communes=Count("children", filter=Q(children__kind=OrgKind.COMMUNE)))
        .order_by("name")
    ):
        row = sums.get(city.pk)
        rows.append(
            {
                "city": city,
                "communes": city.communes,
                "reporting": row["reporting"] if row else 0,
                **_figures(row),
            }
        )
    return rows


def _figures(summary) -> dict:
    """A summary row (a PeriodSummary, or a dict of sums) as the roll-up tables show it."""
    if summary is None:
        return {
            "due": 0,
            "handed_in": 0,
            "missing": 0,
            "statuses": [0] * len(TaskStatus.values),
            "trouble": 0,
        }
    get = summary.get if isinstance(summary, dict) else lambda name: getattr(summary, name)
    due, handed_in = get("due") or 0, get("handed_in") or 0
    return {
        "due": due,
        "handed_in": handed_in,
        "missing": max(due - handed_in, 0),
        "statuses": [get(s) or 0 for s in TaskStatus.values],
        "trouble": sum(get(s) or 0 for s in TROUBLE),
    }
