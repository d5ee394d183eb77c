"""Period summaries: the figures the city and national roll-ups read.

Each reporting period has one ``PeriodSummary`` row: how many key tasks owe a report, how
many reports are handed in and accepted, and the handed-in ones by progress status. The
report services refresh their period's row in their own transaction (``refresh``); the
worker refreshes every period of a program whose tasks, program or periods changed — found
in the audit trail after a recorded watermark — and fills in periods that have no row yet
(``summaries_refresh``). A roll-up then costs one row per commune, whatever the number of
reports behind it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from hanhdong.audit.models import AuditEntry
from hanhdong.notifications.schedule import check
from hanhdong.programs.models import KeyTask, Program, ProgramStatus
from hanhdong.reports import calendar
from hanhdong.reports.models import (
    HANDED_IN,
    PeriodSummary,
    ProgressReport,
    ReportingKind,
    ReportingPeriod,
    ReportState,
    SummaryWatermark,
    TaskStatus,
)

FIGURES = ["due", "handed_in", "accepted", *TaskStatus.values]  # the summed columns
FILL_BATCH = 500  # periods without a summary filled in by one worker pass
AUDIT_BATCH = 5000  # audit entries read by one worker pass


def refresh(periods: Iterable[ReportingPeriod]) -> int:
    """Recompute the summaries of ``periods``, inside the caller's transaction: one query
    for the periods, one for their tasks, one for the tasks an ad-hoc request names, one
    for the reports, one to write."""
    ids = [p.pk for p in periods]
    if not ids:
        return 0
    periods = list(ReportingPeriod.objects.filter(pk__in=ids).select_related("program__commune"))
    programs = {p.program_id for p in periods}
    tasks = defaultdict(list)
    for program_id, *row in KeyTask.objects.filter(
        program_id__in=programs, is_withdrawn=False
    ).values_list("program_id", "start_period", "end_period", "reporting_on"):
        tasks[program_id].append(row)
    adhoc = [p.pk for p in periods if p.kind == ReportingKind.ADHOC]
    named = Counter(
        ReportingPeriod.tasks.through.objects.filter(reportingperiod_id__in=adhoc).values_list(
            "reportingperiod_id", flat=True
        )
    )
    counts: dict[int, Counter] = defaultdict(Counter)
    for row in (
        ProgressReport.objects.filter(period_id__in=ids, state__in=HANDED_IN)
        .values("period_id", "state", "status")
        .annotate(n=Count("id"))
    ):
        figures = counts[row["period_id"]]
        figures["handed_in"] += row["n"]
        figures[row["status"]] += row["n"]
        if row["state"] == ReportState.ACCEPTED:
            figures["accepted"] += row["n"]
    now = timezone.now()
    rows = []
    for period in periods:
        if named.get(period.pk):
            due = named[period.pk]
        else:
            begin, finish = calendar.period_dates(period)
            due = sum(
                calendar.owes_report_row(*row, begin, finish) for row in tasks[period.program_id]
            )
        commune = period.program.commune
        figures = counts[period.pk]
        rows.append(
            PeriodSummary(
                period=period,
                commune=commune,
                city_id=commune.parent_id,
                kind=period.kind,
                year=period.year,
                number=period.number,
                current=period.program.status != ProgramStatus.SUPERSEDED,
                due=due,
                computed_at=now,
                **{name: figures.get(name, 0) for name in FIGURES if name != "due"},
            )
        )
    PeriodSummary.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["period"],
        update_fields=[
            "commune",
            "city",
            "kind",
            "year",
            "number",
            "current",
            *FIGURES,
            "computed_at",
        ],
    )
    return len(rows)


@check
def summaries_refresh(today: dt.date) -> int:
    """The worker's part: refresh the periods of every program whose tasks, program or
    periods changed since the watermark, and fill in periods that have no summary yet.
    Queues no message (returns 0); an idle pass costs four queries."""
    watermark = SummaryWatermark.objects.filter(pk=1).first() or SummaryWatermark(pk=1)
    kinds = ContentType.objects.get_for_models(KeyTask, Program, ReportingPeriod)
    entries = list(
        AuditEntry.objects.filter(pk__gt=watermark.last_audit_id, content_type__in=kinds.values())
        .order_by("pk")
        .values_list("pk", "content_type_id", "object_id")[:AUDIT_BATCH]
    )
    missing = list(ReportingPeriod.objects.filter(summary__isnull=True)[:FILL_BATCH])
    if not entries and not missing:
        return 0
    changed: dict[int, set[int]] = defaultdict(set)
    for _pk, type_id, object_id in entries:
        if object_id.isdigit():
            changed[type_id].add(int(object_id))
    programs = set(changed[kinds[Program].pk])
    programs |= set(
        KeyTask.objects.filter(pk__in=changed[kinds[KeyTask].pk]).values_list(
            "program_id", flat=True
        )
    )
    programs |= set(
        ReportingPeriod.objects.filter(pk__in=changed[kinds[ReportingPeriod].pk]).values_list(
            "program_id", flat=True
        )
    )
    with transaction.atomic(durable=True):
        refresh([*ReportingPeriod.objects.filter(program_id__in=programs), *missing])
        if entries:
            watermark.last_audit_id = entries[-1][0]
            watermark.save()
    return 0
