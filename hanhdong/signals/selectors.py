"""Supervision on data: the signals computed on request from what the app already holds,
each with the rows that raise it. Nothing is stored; the page costs a fixed number of
queries whatever the size of the commune (pinned in the tests).

(a) an agency late with its reports several periods running; (b) a task reported on track
while its target's forecast says the target will be missed; (c) a task that owed reports
and never handed one in; (d) a report changed after it was accepted; (e) citizens'
submissions overdue, by agency; (f) several submissions about the same official or place
(a denunciation's words masked, as on the staff list).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Min, Prefetch
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from hanhdong.audit.services import snapshot
from hanhdong.feedback.models import OPEN_STATES, Feedback
from hanhdong.feedback.selectors import DUPLICATE_LIKENESS, shown_titles
from hanhdong.lib.text import clip, fold, mask_personal
from hanhdong.programs.models import KeyTask, Program, Section
from hanhdong.reports import forecast
from hanhdong.reports.calendar import owes_report
from hanhdong.reports.dashboard import target_figures
from hanhdong.reports.models import (
    HANDED_IN,
    ProgressReport,
    ReportingKind,
    ReportingPeriod,
    ReportState,
    ReportVersion,
    TargetValue,
    TaskStatus,
)
from hanhdong.reports.services import REPORT_FIELDS
from hanhdong.signals.models import SignalKind, SignalReminder
from hanhdong.signals.services import settings_of
from hanhdong.targets.models import APPENDIX

SUBMISSIONS_COMPARED = 500  # the commune's latest submissions within the window compared
PLACE_MIN = 3  # characters of a folded place that make it a place worth grouping on


@dataclass
class Evidence:
    """One row that raises a signal: what it is, where to see it, and a detail."""

    text: str
    url: str = ""
    detail: str = ""


@dataclass
class Signal:
    kind: str
    title: str
    agency: object = None  # the Organization it is about, when one is
    evidence: list[Evidence] = field(default_factory=list)
    note: str = ""  # the words an inspection or a reminder starts from
    inspect_url: str | None = None
    task: object = None  # the key task it is about, when one is

    @property
    def label(self) -> str:
        return SignalKind(self.kind).label


def inspection_base(commune, reach) -> str | None:
    """Where an inspection of the commune is opened, for whoever may open one (the
    Inspection Committee, the Standing Committee); None otherwise (the button is not
    shown), also while the oversight app is not installed."""
    if not reach.can_inspect(commune.pk):
        return None
    try:
        return reverse("oversight:inspection_new", args=[commune.pk])
    except NoReverseMatch:
        return None


def signals(commune, reach, today: dt.date | None = None) -> dict:
    """Every signal of ``commune`` the member of staff ``reach`` is shown, by kind, with the
    thresholds that raised them and the reminders sent lately."""
    today = today or timezone.localdate()
    limits = settings_of(commune)
    program = Program.objects.current_of(commune)
    found: dict[str, list[Signal]] = {kind: [] for kind in SignalKind.values}
    if program is not None:
        tasks = list(
            KeyTask.objects.filter(program=program, is_withdrawn=False)
            .select_related("lead")
            .prefetch_related(Prefetch("sections", queryset=Section.objects.only("id", "path")))
            .order_by("number")
        )
        periods = list(
            ReportingPeriod.objects.filter(program=program, due_on__lt=today)
            .exclude(kind=ReportingKind.ADHOC)
            .order_by("due_on", "pk")
        )
        owed = {p.pk: [t for t in tasks if owes_report(t, p)] for p in periods}
        found[SignalKind.LATE_AGENCY] = _late_agencies(periods, owed, limits.periods_late)
        found[SignalKind.NEVER_REPORTED] = _never_reported(program, periods, owed)
        found[SignalKind.ON_TRACK_MISSED] = _on_track_missed(program, tasks)
        found[SignalKind.CHANGED_AFTER] = _changed_after(program)
    found[SignalKind.FEEDBACK_OVERDUE] = _feedback_overdue(commune, reach, today, limits)
    found[SignalKind.SAME_SUBJECT] = _same_subject(commune, reach, today, limits)
    base = inspection_base(commune, reach)
    for kind_signals in found.values():
        for signal in kind_signals:
            if base and signal.agency is not None:
                query = urlencode({"subject": signal.agency.pk, "note": signal.note[:1000]})
                signal.inspect_url = f"{base}?{query}"
    groups = [
        {"kind": kind, "label": SignalKind(kind).label, "signals": found[kind]}
        for kind in SignalKind.values
    ]
    return {
        "program": program,
        "limits": limits,
        "groups": groups,
        "count": sum(len(s) for s in found.values()),
        "reminders": list(
            SignalReminder.objects.filter(commune=commune).select_related("agency", "sent_by")[:20]
        ),
    }


def _late_agencies(periods, owed: dict, running: int) -> list[Signal]:
    """(a) The agencies whose reports came late, or never, in each of their last
    ``running`` periods: a period is late for an agency when one of the tasks it leads that
    owed a report had none handed in by the due date."""
    first_in = {
        (row["report__task_id"], row["report__period_id"]): row["first"]
        for row in ReportVersion.objects.filter(
            report__period__in=[p.pk for p in periods], state=ReportState.SUBMITTED
        )
        .values("report__task_id", "report__period_id")
        .annotate(first=Min("at"))
    }
    history: dict = defaultdict(list)  # agency id → [(period, [(task, handed in on)]), …]
    agencies = {}
    for period in periods:
        by_agency = defaultdict(list)
        for task in owed[period.pk]:
            if task.lead_id is None:
                continue
            agencies[task.lead_id] = task.lead
            at = first_in.get((task.pk, period.pk))
            day = timezone.localtime(at).date() if at else None
            if day is None or day > period.due_on:
                by_agency[task.lead_id].append((task, day))
            else:
                by_agency.setdefault(task.lead_id, [])
        for agency_id, late in by_agency.items():
            history[agency_id].append((period, late))
    out = []
    for agency_id, rows in history.items():
        streak = []
        for period, late in reversed(rows):
            if not late:
                break
            streak.append((period, late))
        if len(streak) < running:
            continue
        agency = agencies[agency_id]
        evidence = [
            Evidence(
                text=f"{period.title} — {task.number}. {task.name[:100]}",
                url=reverse("reports:report", args=[task.pk, period.pk]),
                detail=(
                    _("handed in %(day)s, due %(due)s")
                    % {"day": day.strftime("%d/%m/%Y"), "due": period.due_on.strftime("%d/%m/%Y")}
                    if day
                    else _("not handed in, due %(due)s")
                    % {"due": period.due_on.strftime("%d/%m/%Y")}
                ),
            )
            for period, late in reversed(streak)
            for task, day in late
        ]
        title = _("%(agency)s: reports late %(n)s periods running") % {
            "agency": agency.label,
            "n": len(streak),
        }
        out.append(Signal(SignalKind.LATE_AGENCY, title, agency, evidence, note=title))
    return sorted(out, key=lambda s: -len(s.evidence))


def _never_reported(program, periods, owed: dict) -> list[Signal]:
    """(c) The tasks that owed a report in a period whose deadline has passed and never
    handed one in, for any period."""
    reported = set(
        ReportVersion.objects.filter(report__task__program=program, state=ReportState.SUBMITTED)
        .order_by()
        .values_list("report__task_id", flat=True)
        .distinct()
    )
    owing: dict = defaultdict(list)
    for period in periods:
        for task in owed[period.pk]:
            if task.pk not in reported:
                owing[task.pk].append(period)
    out = []
    for task in {t.pk: t for ts in owed.values() for t in ts}.values():
        missed = owing.get(task.pk)
        if not missed:
            continue
        lead = task.lead.label if task.lead else task.lead_text or _("no lead agency")
        title = _("Key task %(n)s (%(lead)s) never reported: %(count)s periods owed") % {
            "n": task.number,
            "lead": lead,
            "count": len(missed),
        }
        evidence = [
            Evidence(
                text=f"{period.title}",
                url=reverse("reports:report", args=[task.pk, period.pk]),
                detail=_("due %(due)s") % {"due": period.due_on.strftime("%d/%m/%Y")},
            )
            for period in missed
        ]
        out.append(
            Signal(
                SignalKind.NEVER_REPORTED,
                title,
                task.lead,
                evidence,
                note=f"{title}. {task.name[:300]}",
                task=task,
            )
        )
    return sorted(out, key=lambda s: -len(s.evidence))


def _tasks_of(target, tasks) -> list:
    """The key tasks that carry ``target`` out: the task it is tied to, the appendix row it
    stands in, or the tasks of its section (and the sections under it)."""
    if target.key_task_id:
        return [t for t in tasks if t.pk == target.key_task_id]
    where = (target.where or "").strip()
    if not where:
        return []
    if where.startswith(APPENDIX):
        number = where[len(APPENDIX) :]
        return [t for t in tasks if str(t.number) == number]
    return [
        t
        for t in tasks
        if any(s.path == where or s.path.startswith(where + ".") for s in t.sections.all())
    ]


def _on_track_missed(program, tasks) -> list[Signal]:
    """(b) The tasks whose latest report handed in says "on track" while the forecast of a
    target they carry out says it will be missed."""
    latest = {}
    for report in (
        ProgressReport.objects.filter(task__program=program, state__in=HANDED_IN)
        .select_related("period")
        .only("id", "task_id", "status", "percent", "period__title", "period__cutoff_on")
        .order_by("task_id", "-period__cutoff_on", "-pk")
    ):
        latest.setdefault(report.task_id, report)
    out = []
    for figures in target_figures(program):
        if figures["expected"] is None or figures["verdict"] not in (
            forecast.OFF_TRACK,
            forecast.AT_RISK,
        ):
            continue
        target = figures["target"]
        for task in _tasks_of(target, tasks):
            report = latest.get(task.pk)
            if report is None or report.status != TaskStatus.ON_TRACK:
                continue
            title = _(
                "Key task %(n)s reported on track, but “%(target)s” is forecast at "
                "%(expected)s against %(goal)s"
            ) % {
                "n": task.number,
                "target": target.indicator,
                "expected": number_format(figures["expected"], 1),
                "goal": f"{target.comparison_symbol} {target.value_display} {target.unit}".strip(),
            }
            evidence = [
                Evidence(
                    text=_("Report of %(period)s: on track, %(percent)s%%")
                    % {"period": report.period.title, "percent": report.percent},
                    url=reverse("reports:report", args=[task.pk, report.period_id]),
                ),
                Evidence(
                    text=_("Target: latest figure %(latest)s, forecast %(expected)s")
                    % {
                        "latest": number_format(figures["latest"]),
                        "expected": number_format(figures["expected"], 1),
                    },
                    url=reverse("reports:dashboard", args=[program.pk]) + "#targets",
                    detail=target.when_display,
                ),
            ]
            out.append(
                Signal(
                    SignalKind.ON_TRACK_MISSED,
                    title,
                    task.lead,
                    evidence,
                    note=f"{title}. {task.name[:300]}",
                    task=task,
                )
            )
    return out


def _content(report, values: dict) -> dict:
    """A report as a version records it (``reports.services``): its fields and values."""
    out = snapshot(report, REPORT_FIELDS)
    out["values"] = values
    return out


def _changed_after(program) -> list[Signal]:
    """(d) The reports changed after they were accepted: a later version that says other
    things, or the report itself no longer what was accepted."""
    versions = defaultdict(list)
    for version in (
        ReportVersion.objects.filter(
            report__in=ProgressReport.objects.filter(
                period__program=program, versions__state=ReportState.ACCEPTED
            ).values("pk")
        )
        .select_related("report__task__lead", "report__period", "by")
        .order_by("report_id", "number", "pk")
    ):
        versions[version.report_id].append(version)
    values: dict = defaultdict(dict)
    for value in TargetValue.objects.filter(report_id__in=list(versions)).only(
        "report_id", "target_id", "value"
    ):
        values[value.report_id][str(value.target_id)] = str(value.value)
    out = []
    for report_id, rows in versions.items():
        accepted_at = max(i for i, v in enumerate(rows) if v.state == ReportState.ACCEPTED)
        accepted = rows[accepted_at]
        report = accepted.report
        evidence = []
        for later in rows[accepted_at + 1 :]:
            changed = _changed_fields(accepted.content, later.content)
            if changed:
                evidence.append(
                    Evidence(
                        text=_("Version %(n)s of %(at)s by %(by)s")
                        % {
                            "n": later.number,
                            "at": timezone.localtime(later.at).strftime("%d/%m/%Y %H:%M"),
                            "by": later.by.get_full_name() or later.by.username
                            if later.by
                            else "—",
                        },
                        url=reverse("reports:report", args=[report.task_id, report.period_id]),
                        detail=_("changed: %(fields)s") % {"fields": ", ".join(changed)},
                    )
                )
        latest = rows[-1].content
        now = _changed_fields(latest, _content(report, values.get(report_id, {})))
        if now:
            evidence.append(
                Evidence(
                    text=_("The report as it stands differs from its last version"),
                    url=reverse("reports:report", args=[report.task_id, report.period_id]),
                    detail=_("changed: %(fields)s") % {"fields": ", ".join(now)},
                )
            )
        if not evidence:
            continue
        task = report.task
        title = _("Report on key task %(n)s for %(period)s changed after its acceptance") % {
            "n": task.number,
            "period": report.period.title,
        }
        out.append(
            Signal(SignalKind.CHANGED_AFTER, title, task.lead, evidence, note=title, task=task)
        )
    return out


def _changed_fields(before: dict, after: dict) -> list[str]:
    names = {
        "status": _("progress"),
        "percent": _("percent complete"),
        "results": _("results"),
        "difficulties": _("difficulties"),
        "proposals": _("proposals"),
        "values": _("target values"),
    }
    return [str(label) for key, label in names.items() if before.get(key) != after.get(key)]


def _feedback_overdue(commune, reach, today: dt.date, limits) -> list[Signal]:
    """(e) The agencies with citizens' submissions still open more than ``days_overdue``
    days after their deadline, ``overdue_items`` or more."""
    items = shown_titles(
        Feedback.objects.filter(
            commune=commune,
            state__in=OPEN_STATES,
            primary__isnull=True,
            deadline__lt=today - dt.timedelta(days=limits.days_overdue),
        )
        .select_related("agency")
        .only("pk", "public_id", "kind", "title", "deadline", "state", "agency", "commune")
        .order_by("deadline", "pk")[:1000],
        reach,
    )
    by_agency = defaultdict(list)
    for item in items:
        by_agency[item.agency_id].append(item)
    out = []
    for rows in by_agency.values():
        if len(rows) < limits.overdue_items:
            continue
        agency = rows[0].agency
        name = agency.label if agency else _("not yet assigned to an agency")
        title = _("%(agency)s: %(n)s submissions overdue") % {"agency": name, "n": len(rows)}
        evidence = [
            Evidence(
                text=f"{item.public_id} — {clip(item.shown_title, 120)}",
                url=reverse("feedback:handle", args=[item.pk])
                if reach.can_see_feedback(item)
                else "",
                detail=_("deadline %(day)s, %(n)s days overdue")
                % {"day": item.deadline.strftime("%d/%m/%Y"), "n": (today - item.deadline).days},
            )
            for item in rows
        ]
        out.append(Signal(SignalKind.FEEDBACK_OVERDUE, title, agency, evidence, note=title))
    return sorted(out, key=lambda s: -len(s.evidence))


def _same_subject(commune, reach, today: dt.date, limits) -> list[Signal]:
    """(f) ``submissions`` or more submissions within ``window_days`` about the same place
    (the same place written) or the same official or matter (texts alike, as the clerk's
    duplicates are found). Denunciations count, but only their masked titles are shown, as
    on the staff list; no sender's name or contact is read."""
    since = timezone.make_aware(
        dt.datetime.combine(today - dt.timedelta(days=limits.window_days), dt.time.min)
    )
    items = list(
        Feedback.objects.filter(commune=commune, created_at__gte=since)
        .select_related("agency")
        .only(
            "pk",
            "public_id",
            "kind",
            "title",
            "text",
            "place",
            "created_at",
            "agency",
            "commune",
            "state",
        )
        .order_by("-pk")[:SUBMISSIONS_COMPARED]
    )
    if len(items) < limits.submissions:
        return []
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        parent[root(i)] = root(j)

    places: dict = {}
    for i, item in enumerate(items):
        place = fold(item.place)
        if len(place) >= PLACE_MIN:
            if place in places:
                join(i, places[place])
            else:
                places[place] = i
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(
        preprocessor=fold, analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True
    ).fit_transform([f"{item.title}. {item.text}" for item in items])
    alike = (matrix @ matrix.T).tocoo()
    for i, j, score in zip(alike.row, alike.col, alike.data, strict=True):
        if i < j and score >= DUPLICATE_LIKENESS:
            join(int(i), int(j))
    groups = defaultdict(list)
    for i in range(len(items)):
        groups[root(i)].append(items[i])
    out = []
    for rows in groups.values():
        if len(rows) < limits.submissions:
            continue
        rows = shown_titles(sorted(rows, key=lambda item: item.pk), reach)
        shared = {fold(item.place) for item in rows if item.place}
        if len(shared) == 1:
            place = next(item.place for item in rows if item.place)
            about = _("the place “%(place)s”") % {"place": mask_personal(place)[:100]}
        else:
            about = _("the same matter: “%(title)s”") % {
                "title": mask_personal(rows[0].title)[:100]
            }
        title = _("%(n)s submissions in %(days)s days about %(about)s") % {
            "n": len(rows),
            "days": limits.window_days,
            "about": about,
        }
        counts = defaultdict(int)
        for item in rows:
            if item.agency_id:
                counts[item.agency_id] += 1
        agency = None
        if counts:
            top = max(counts, key=counts.get)
            agency = next(item.agency for item in rows if item.agency_id == top)
        evidence = [
            Evidence(
                text=f"{item.public_id} — {clip(item.shown_title, 120)}",
                url=reverse("feedback:handle", args=[item.pk])
                if reach.can_see_feedback(item)
                else "",
                detail=f"{item.get_kind_display()}, "
                f"{timezone.localtime(item.created_at).strftime('%d/%m/%Y')}",
            )
            for item in rows
        ]
        out.append(Signal(SignalKind.SAME_SUBJECT, title, agency, evidence, note=title))
    return sorted(out, key=lambda s: -len(s.evidence))
