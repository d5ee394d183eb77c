"""The worker's idle pass, at the start and at the end of a five-year term, in a scratch
test database (never the real one).

A commune's program of 300 key tasks with every kind of reporting period (monthly,
quarterly, 6- and 9-monthly, annual: 95 periods over 2025–2029). First an idle pass before
the first reminder window opens. Then the whole term is lived: every task reports on every
period, 2,000 citizens' submissions are answered and 50 more stay overdue past their
escalation; one pass after the last deadline closes what is over; then the idle passes of
the term's end. Each idle pass queues and delivers nothing; the figures are its query
count (equal at both ends when a pass costs what is due, not history) and its median time,
against one trivial query timed in the same run. Last line: a JSON object.

    .venv/bin/python bench/worker.py [--runs N]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/test .venv/bin/python bench/worker.py
"""

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import time

os.environ.setdefault("HANHDONG_HTTPS", "0")
from _setup import make_commune, scratch_database, setup  # noqa: E402

setup()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

TASKS = 300
TERM = (2025, 2029)


def build():
    """The commune, its users, its program with 300 recurring tasks and its calendar."""
    from django.contrib.auth import get_user_model

    from hanhdong.orgs.models import Membership, Organization, OrgKind, Role
    from hanhdong.programs.models import KeyTask, Program
    from hanhdong.reports.services import calendar_setup

    city = Organization.objects.create(kind=OrgKind.CITY, name="Thành phố thử", code="bw")
    commune, agencies = make_commune(city, "bw-1", "Xã thử")
    users = get_user_model().objects
    for role, unit in [(Role.CLERK, agencies[0]), (Role.STANDING, agencies[1])] + [
        (Role.OFFICER, agency) for agency in agencies
    ]:
        user = users.create_user(f"u{unit.pk}-{role}", email=f"u{unit.pk}@example.org")
        Membership.objects.create(user=user, organization=unit, role=role)
    program = Program.objects.create(
        commune=commune, title="Chương trình thử", term_start=TERM[0], term_end=TERM[1]
    )
    KeyTask.objects.bulk_create(
        KeyTask(
            program=program,
            number=n,
            name=f"Nhiệm vụ {n}",
            lead=agencies[n % 12],
            start_period={"kind": "annual"},
            end_period={"kind": "annual"},
        )
        for n in range(1, TASKS + 1)
    )
    every_kind = dict.fromkeys(
        ["monthly", "quarterly", "half_yearly", "nine_months", "annual"], True
    )
    calendar_setup(acting_user=None, program=program, **every_kind)
    return commune, agencies, program


def live_the_term(commune, agencies, program) -> dict:
    """Every report handed in and accepted; citizens' submissions answered, and some left
    overdue past their escalation (as the worker leaves them)."""
    from hanhdong.feedback.models import Feedback, Kind, State
    from hanhdong.reports.models import ProgressReport, ReportState

    tasks = list(program.key_tasks.all())
    periods = list(program.reporting_periods.all())
    ProgressReport.objects.bulk_create(
        (
            ProgressReport(
                task=task,
                period=period,
                agency_id=task.lead_id,
                state=ReportState.ACCEPTED,
                results="Đã thực hiện.",
                version=2,
            )
            for period in periods
            for task in tasks
        ),
        batch_size=5000,
    )
    deadline = dt.date(TERM[1], 6, 1)
    common = {"commune": commune, "kind": Kind.REPORT, "title": "Phản ánh", "text": "Nội dung."}
    Feedback.objects.bulk_create(
        [
            Feedback(
                code=f"A{n:07d}", public_id=f"a{n:07d}", state=State.CLOSED, notified=True, **common
            )
            for n in range(2000)
        ]
        + [
            Feedback(
                code=f"O{n:07d}",
                public_id=f"o{n:07d}",
                state=State.ASSIGNED,
                agency=agencies[n % 12],
                deadline=deadline,
                escalated_for=deadline,
                notified=True,
                **common,
            )
            for n in range(50)
        ],
        batch_size=1000,
    )
    return {"reports": len(periods) * len(tasks), "periods": len(periods)}


def idle_pass(today) -> tuple[int, float]:
    """(queries, milliseconds) of one pass that must find nothing to do."""
    from hanhdong.notifications.worker import run_once

    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        queued, delivered = run_once(today)
        elapsed = (time.perf_counter() - start) * 1000
    assert (queued, delivered) == (0, 0), (queued, delivered)
    return len(queries.captured_queries), elapsed


def trivial_query_ms(runs: int) -> float:
    from hanhdong.orgs.models import Organization

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        Organization.objects.filter(pk=0).exists()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with scratch_database() as db:
        from hanhdong.notifications.worker import run_once
        from hanhdong.reports.models import ReportingPeriod

        commune, agencies, program = build()
        first_due = program.reporting_periods.order_by("due_on").first().due_on
        start_day = first_due - dt.timedelta(days=30)
        queries_start, _ms = idle_pass(start_day)
        built = time.perf_counter()
        lived = live_the_term(commune, agencies, program)
        print(
            f"[{db}] {TASKS} tasks, {lived['periods']} periods, {lived['reports']} reports, "
            f"2,050 submissions built in {time.perf_counter() - built:.1f} s"
        )
        end_day = program.reporting_periods.order_by("-due_on").first().due_on
        end_day += dt.timedelta(days=30)
        run_once(end_day)  # the pass after the last escalation closes what is over
        still_open = ReportingPeriod.objects.filter(closed=False).count()
        timed = [idle_pass(end_day) for _ in range(args.runs)]
        queries_end = timed[0][0]
        idle_ms = statistics.median(ms for _q, ms in timed)
        baseline = trivial_query_ms(args.runs * 5)
        result = {
            "idle_pass_queries_start": queries_start,
            "idle_pass_queries_end": queries_end,
            "idle_pass_ms": round(idle_ms, 2),
            "trivial_query_ms": round(baseline, 3),
            "idle_pass_ratio": round(idle_ms / baseline, 1),
            "periods_left_open": still_open,
            "tasks": TASKS,
            "periods": lived["periods"],
            "db": db,
        }
        print(
            f"[{db}] idle pass: {queries_start} queries at the start of the term, "
            f"{queries_end} at its end; {result['idle_pass_ms']} ms median "
            f"({result['idle_pass_ratio']}× one trivial query); "
            f"{still_open} periods left open"
        )
    print(json.dumps(result))
    return 0 if queries_start == queries_end else 1


if __name__ == "__main__":
    sys.exit(main())
