"""The figures of the leaders' dashboard, computed with a fixed number of queries."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from django.db.models import Prefetch
from django.utils import timezone

from hanhdong.programs.models import KeyTask, Section
from hanhdong.reports import calendar, charts, forecast
from hanhdong.reports.models import (
    HANDED_IN,
    TROUBLE,
    ProgressReport,
    ReportingKind,
    ReportingPeriod,
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
    for value in (
        TargetValue.objects.filter(target__program=program, target__is_withdrawn=False)
        .select_related("period")
        .order_by("period__cutoff_on")
    ):
        series[value.target_id].append((value.period.cutoff_on, float(value.value)))
        titles[value.target_id].append(value.period.title)
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
    """Every commune of ``city`` side by side for one period: due, handed in, by status."""
    from django.db.models import Count

    from hanhdong.orgs.models import Organization, OrgKind
    from hanhdong.programs.models import Program

    communes = list(Organization.objects.filter(parent=city, kind=OrgKind.COMMUNE).order_by("name"))
    programs: dict = {}
    for program in Program.objects.filter(commune__in=communes).current().order_by("pk"):
        programs[program.commune_id] = program
    periods = {
        p.program_id: p
        for p in ReportingPeriod.objects.filter(
            program__in=programs.values(), kind=kind, year=year, number=number
        )
    }
    counts: dict = defaultdict(Counter)
    for row in (
        ProgressReport.objects.filter(period__in=periods.values(), state__in=HANDED_IN)
        .values("period__program_id", "status")
        .annotate(n=Count("id"))
    ):
        counts[row["period__program_id"]][row["status"]] += row["n"]
    due: Counter = Counter()
    dates = {pid: calendar.period_dates(p) for pid, p in periods.items()}
    for program_id, start, end, reporting_on in KeyTask.objects.filter(
        program_id__in=list(periods), is_withdrawn=False
    ).values_list("program_id", "start_period", "end_period", "reporting_on"):
        if calendar.owes_report_row(start, end, reporting_on, *dates[program_id]):
            due[program_id] += 1
    rows = []
    for commune in communes:
        program = programs.get(commune.pk)
        period = periods.get(program.pk) if program else None
        statuses = counts.get(program.pk, Counter()) if program else Counter()
        handed_in = sum(statuses.values())
        owed = due.get(program.pk, 0) if program else 0
        rows.append(
            {
                "commune": commune,
                "program": program,
                "period": period,
                "due": owed,
                "handed_in": handed_in,
                "missing": max(owed - handed_in, 0),
                "statuses": [statuses.get(s, 0) for s in TaskStatus.values],
                "trouble": sum(statuses.get(s, 0) for s in TROUBLE),
            }
        )
    return rows
