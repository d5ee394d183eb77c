"""The figures of the leaders' dashboard, computed with a fixed number of queries."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import html
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.core.cache import cache
from django.db import connections, router
from django.db.models import Count, Q, Sum, TextField
from django.db.models.functions import Cast
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from hanhdong.audit.models import AuditEntry
from hanhdong.orgs.models import Organization
from hanhdong.programs.models import KeyTask, Section
from hanhdong.reports import calendar, charts, forecast, summaries
from hanhdong.reports.models import (
    HANDED_IN,
    TROUBLE,
    PeriodSummary,
    ProgressReport,
    ReportingKind,
    ReportingPeriod,
    ReportState,
    TargetValue,
    TaskStatus,
)
from hanhdong.targets.models import Recurrence

MISSING = "missing"
COLUMNS = [*TaskStatus.values, MISSING]


SHOWN = 20  # rows of the "not reported" and "at risk" lists before "show all"
CACHE_SECONDS = 6 * 3600  # a cached part lives at most this long, whatever its stamp
WORST_FIRST = {TaskStatus.BLOCKED: 0, TaskStatus.BEHIND: 1, TaskStatus.AT_RISK: 2}


@dataclass(frozen=True, slots=True)
class TaskRow:
    """A key task as the dashboard lists it (plain values: cached, and cheap to read)."""

    pk: int
    number: int
    name: str
    lead: str  # the lead agency's label, or the lead as the document wrote it


@dataclass(frozen=True, slots=True)
class ReportRow:
    pk: int
    state: str
    status: str
    percent: int

    @property
    def state_display(self) -> str:
        return ReportState(self.state).label

    @property
    def status_display(self) -> str:
        return TaskStatus(self.status).label if self.status in TaskStatus.values else self.status


def commune_figures(program, period, areas: list[Section]) -> dict:
    """The period's figures: tasks due, handed in, by area and by lead agency, the tasks
    not reported and those at risk (worst first) — read as plain values, a fixed few
    queries whatever the number of tasks."""
    today = timezone.localdate()
    tasks = list(
        KeyTask.objects.filter(program=program, is_withdrawn=False)
        .order_by("number")
        .values_list(
            "pk",
            "number",
            "name",
            "lead_id",
            "lead_text",
            # as their text: decoded once for every task that shares it (owes_report_text)
            Cast("start_period", TextField()),
            Cast("end_period", TextField()),
            "reporting_on",
        )
    )
    chosen = (
        set(period.tasks.values_list("pk", flat=True))
        if period.kind == ReportingKind.ADHOC
        else set()
    )
    begin, finish = calendar.period_dates(period)
    due = [
        t
        for t in tasks
        if (t[0] in chosen if chosen else calendar.owes_report_text(*t[5:], begin, finish))
    ]
    paths: dict = defaultdict(list)
    for task_id, path in KeyTask.sections.through.objects.filter(
        keytask__program=program, keytask__is_withdrawn=False
    ).values_list("keytask_id", "section__path"):
        paths[task_id].append(path)
    agencies = {
        pk: short or name
        for pk, short, name in Organization.objects.filter(
            pk__in={t[3] for t in due if t[3]}
        ).values_list("pk", "short_name", "name")
    }
    reports = {
        task_id: ReportRow(pk, state, status, percent)
        for pk, task_id, state, status, percent in ProgressReport.objects.filter(
            period=period
        ).values_list("pk", "task_id", "state", "status", "percent")
    }
    area_of = functools.cache(lambda task_paths: _area_of(task_paths, areas))  # shared paths
    by_area: dict = defaultdict(Counter)
    by_status: Counter = Counter()
    by_agency: dict = defaultdict(Counter)
    missing, trouble = [], []
    handed = 0
    for pk, number, name, lead_id, lead_text, *_when in due:
        task = TaskRow(pk, number, name, agencies.get(lead_id) or lead_text)
        report = reports.get(pk)
        handed_in = report is not None and report.state in HANDED_IN
        column = report.status if handed_in else MISSING
        area = area_of(tuple(paths.get(pk, ())))
        by_area[area.pk if area else None][column] += 1
        by_agency[lead_id][column] += 1
        by_status[column] += 1
        if not handed_in:
            missing.append((task, report))
        else:
            handed += 1
            if report.status in TROUBLE:
                trouble.append((task, report))
    trouble.sort(key=lambda row: (WORST_FIRST[row[1].status], row[1].percent, row[0].number))
    return {
        "due_count": len(due),
        "handed_in": handed,
        "overdue": today > period.due_on,
        "area_rows": [
            (area, [by_area[area.pk][c] for c in COLUMNS]) for area in areas if by_area[area.pk]
        ]
        + ([(None, [by_area[None][c] for c in COLUMNS])] if by_area[None] else []),
        "agency_rows": sorted(
            ((agencies.get(k, ""), [v[c] for c in COLUMNS]) for k, v in by_agency.items()),
            key=lambda row: -row[1][-1],
        ),
        "by_status": dict(by_status),  # "missing" for those not handed in
        "missing": missing,
        "trouble": trouble,
    }


def _area_of(paths, areas: list[Section]) -> Section | None:
    """The first of ``areas`` that one of ``paths`` lies in (as ``KeyTask.area_among``)."""
    for path in paths:
        for area in areas:
            if path == area.path or path.startswith(area.path + "."):
                return area
    return None


def stamp(program, period) -> tuple:
    """What the dashboard's cached parts are true for: the commune's latest audit entry
    (every service writes one, in its transaction: a report handed in, accepted, a task,
    target, area or agency changed), the period's reports as stored (their number and
    latest change, so a row written without a service shows too), the day (what is
    overdue) and the language. One statement of two indexed reads, written once per
    process: every look at the dashboard asks it, and building it through the ORM cost
    more than the database spends answering (bench/dashboard.py). Its values are compared,
    never shown, so they are taken as the database gives them."""
    alias = router.db_for_read(ProgressReport)
    with connections[alias].cursor() as cursor:
        cursor.execute(
            _stamp_sql(alias), [program.commune_id, program.commune_id, period and period.pk]
        )
        latest_pk, latest_at, reports, changed = cursor.fetchone()
    return (
        (latest_pk, latest_at),
        reports,
        changed,
        program.updated_at,
        timezone.localdate(),
        get_language(),
    )


@functools.cache
def _stamp_sql(alias: str) -> str:
    quote = connections[alias].ops.quote_name
    entry, report = AuditEntry._meta, ProgressReport._meta

    def column(meta, name):
        return quote(meta.get_field(name).column)

    latest = (
        f"FROM {quote(entry.db_table)} WHERE {column(entry, 'commune')} = %s "
        f"ORDER BY {column(entry, 'id')} DESC LIMIT 1"
    )
    return (
        f"SELECT (SELECT {column(entry, 'id')} {latest}), (SELECT {column(entry, 'at')} "
        f"{latest}), COUNT(*), MAX({column(report, 'updated_at')}) FROM "
        f"{quote(report.db_table)} WHERE {column(report, 'period')} = %s"
    )


def commune_panels(program, period, areas: list[Section], *, show: str = "") -> dict:
    """The commune dashboard's figures and its two heavy parts rendered — the period's
    tables and lists (``period_html``), the targets with their charts and forecasts
    (``targets_html``) — kept in the cache under ``stamp``: a dashboard read again before
    anything changed costs the stamp's one query. ``show`` ("missing", "trouble") lists
    that group in full instead of its first SHOWN rows."""
    key = (
        "dashboard:"
        + hashlib.sha256(
            repr((program.pk, period.pk if period else None, show, stamp(program, period))).encode()
        ).hexdigest()
    )
    panels = cache.get(key)
    if panels is not None:
        return panels
    panels = {"period": period, "program": program, "commune": program.commune}
    if period is not None:
        panels.update(commune_figures(program, period, areas))
        panels["periods"] = list(
            ReportingPeriod.objects.filter(program=program)
            .order_by("due_on")
            .values_list("pk", "title", "due_on")
        )
        for group in ("missing", "trouble"):
            rows = panels[group]
            panels[f"{group}_shown"] = rows if show == group else rows[:SHOWN]
        panels["statuses"] = [*TaskStatus.labels, _("Not reported")]
        _written_out(panels)
        panels["periods_html"] = render_to_string("reports/_dashboard_periods.html", panels)
        panels["period_html"] = render_to_string("reports/_dashboard_period.html", panels)
    targets = target_figures(program)
    panels["targets_astray"] = off_course(targets)
    panels["targets_html"] = render_to_string(
        "reports/_dashboard_targets.html", {"targets": targets}
    )
    for name in (
        "period",
        "program",
        "commune",
        "periods",
        "statuses",
        "missing_shown",
        "trouble_shown",
        *WRITTEN_OUT,
    ):
        panels.pop(name, None)
    # the page counts these rows, which its parts above have written out: what is kept of
    # each is its task's number and its report's status, not the rows themselves (model
    # rows cost more to keep and to read back from the cache than the rest of the panels)
    for group in ("missing", "trouble"):
        if group in panels:
            panels[group] = [
                (task.number, report.status if report else None) for task, report in panels[group]
            ]
    cache.set(key, panels, CACHE_SECONDS)
    return panels


# the parts of the period's panels written in Python, not by the template language, which
# spends tens of microseconds on each cell and link of a table that has hundreds
WRITTEN_OUT = ("period_options", "area_cells", "agency_cells", "missing_rows", "trouble_rows")
TITLE_CHARS, NAME_CHARS = 50, 120


def _written_out(panels: dict) -> None:
    period = panels["period"]
    due = html.escape(gettext("due"))
    panels["period_options"] = mark_safe(
        "".join(
            f'<option value="{int(pk)}"{" selected" if pk == period.pk else ""}>'
            f"{html.escape(title)} ({due} {due_on:%d/%m/%Y})</option>"
            for pk, title, due_on in panels["periods"]
        )
    )
    panels["area_cells"] = [
        (f"{area.number}. {_shortened(area.title, TITLE_CHARS)}" if area else None, _cells(row))
        for area, row in panels["area_rows"]
    ]
    panels["agency_cells"] = [(agency, _cells(row)) for agency, row in panels["agency_rows"]]
    task_url, report_url = _url_of("reports:task_reports"), _url_of("reports:report", period.pk)
    # translated once here: a lazy text would be translated again in every row
    no, task_label, lead, state, progress, nothing = (
        html.escape(label)
        for label in (
            gettext("No."),
            gettext("Task"),
            gettext("Lead agency"),
            gettext("State"),
            gettext("Progress"),
            gettext("nothing yet"),
        )
    )

    def task_cells(task, url: str) -> str:
        """A row's first two cells, shared by both lists: the task's number, its linked name."""
        return (
            f'<tr><td class="num" data-label="{no}">{int(task.number)}</td>'
            f'<td data-label="{task_label}"><a href="{html.escape(url)}">'
            f"{html.escape(_shortened(task.name, NAME_CHARS))}</a></td>"
        )

    panels["missing_rows"] = mark_safe(
        "".join(
            task_cells(task, task_url(task.pk))
            + f'<td data-label="{lead}">{html.escape(task.lead)}</td>'
            f'<td data-label="{state}">'
            f"{html.escape(str(report.state_display)) if report else nothing}</td></tr>"
            for task, report in panels["missing_shown"]
        )
    )
    panels["trouble_rows"] = mark_safe(
        "".join(
            task_cells(task, report_url(task.pk))
            + f'<td data-label="{progress}"><span class="status {html.escape(report.status)}">'
            f"{html.escape(str(report.status_display))}</span></td>"
            f'<td class="num" data-label="%">{int(report.percent)}</td></tr>'
            for task, report in panels["trouble_shown"]
        )
    )


def _cells(counts) -> str:
    """A row of counts as table cells: a dot for none (whole numbers, written as digits)."""
    return mark_safe(
        "".join(
            f'<td class="num has">{int(n)}</td>' if n else '<td class="num">·</td>' for n in counts
        )
    )


_ANY = 2_000_000_011  # stands for the task in a URL reversed once, for every task


def _url_of(name: str, *after):
    """The URL ``name`` of a task (and ``after``) as a function of the task's key: reversed
    once for the table, not once a row."""
    url = reverse(name, args=[_ANY, *after])
    before, _any, rest = url.partition(str(_ANY))
    return lambda pk: f"{before}{int(pk)}{rest}"


def _shortened(text: str, chars: int) -> str:
    return text if len(text) <= chars else Truncator(text).chars(chars)


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
                # the period the latest figure is of: a period's report may give an older one
                "latest_title": titles[target.pk][-1] if points else "",
                "chart": charts.target_chart(
                    points, float(target.value), deadline, expected, term=term
                ),
            }
        )
    return out


def off_course(targets: list[dict]) -> int:
    """How many of ``target_figures``' targets are off track or at risk."""
    return sum(t["verdict"] in (forecast.OFF_TRACK, forecast.AT_RISK) for t in targets)


def latest_complete(today: dt.date, city=None) -> tuple[str, int, int]:
    """(kind, year, number) of the latest regular period whose deadline has passed in a
    commune (of ``city``) — the one whose picture is complete, as a commune's dashboard
    opens on — looked for over this year and the last; else the current quarter. One
    indexed look per period tried, the latest first."""
    cut_off = [
        (calendar.window(kind, year, number)[1], -calendar.REGULAR.index(kind), year, number)
        for year in (today.year, today.year - 1)
        for kind in calendar.REGULAR
        for number in calendar.numbers(kind)
    ]
    passed = PeriodSummary.objects.filter(current=True, period__due_on__lte=today)
    if city is not None:
        passed = passed.filter(city=city)
    for day, rank, year, number in sorted(cut_off, reverse=True):
        kind = calendar.REGULAR[-rank]
        if day < today and passed.filter(kind=kind, year=year, number=number).exists():
            return kind, year, number
    return ReportingKind.QUARTER, today.year, calendar.number_on(ReportingKind.QUARTER, today)


def city_figures(city, kind: str, year: int, number: int) -> list[dict]:
    """Every commune of ``city`` side by side for one period: due, handed in, by status —
    read from the period summaries (``summaries.py``), one row per commune."""
    from hanhdong.orgs.models import OrgKind
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
    from hanhdong.orgs.models import OrgKind

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
