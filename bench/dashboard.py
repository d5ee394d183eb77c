"""Dashboard speed on synthetic data, in a scratch test database (never the real one).

A commune with 300 key tasks and 5 years of monthly reports (~18,000), timed through the
real view; then, on PostgreSQL, a city of 114 such communes (~2 million reports) and its
roll-up. Prints its figures; the last line is a JSON object.

    .venv/bin/python bench/dashboard.py [--communes N] [--runs N]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/test .venv/bin/python bench/dashboard.py
"""

import argparse
import json
import os
import statistics
import sys
import time

os.environ.setdefault("HANHDONG_HTTPS", "0")
from _setup import make_commune, scratch_database, setup  # noqa: E402

setup()

from django.conf import settings  # noqa: E402
from django.core.signals import request_finished, request_started  # noqa: E402
from django.db import close_old_connections, connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

TASKS, YEARS = 300, 5


def build_commune(city, index: int, officer_user):
    from hanhdong.programs.models import KeyTask, Program, Section
    from hanhdong.reports import calendar
    from hanhdong.reports.models import (
        ProgressReport,
        ReportingKind,
        ReportingPeriod,
        ReportState,
        TaskStatus,
    )

    commune, agencies = make_commune(city, f"bench-{index}", f"Xã {index:03d}")
    program = Program.objects.create(
        commune=commune,
        title="Chương trình thử",
        term_start=2025,
        term_end=2029,
        number=f"{index}-CTr/ĐU",
        status="active",
    )
    part = Section.objects.create(program=program, number="II", path="II", title="Nội dung")
    areas = [
        Section.objects.create(
            program=program,
            parent=part,
            number=str(a),
            path=f"II.{a}",
            depth=1,
            position=a,
            title=f"Lĩnh vực {a}",
        )
        for a in range(1, 10)
    ]
    tasks = KeyTask.objects.bulk_create(
        KeyTask(
            program=program,
            number=n,
            name=f"Nhiệm vụ {n}",
            lead=agencies[n % 12],
            lead_text=agencies[n % 12].name,
            start_period={"kind": "annual"},
            end_period={"kind": "annual"},
            search_text=f"nhiem vu {n}",
        )
        for n in range(1, TASKS + 1)
    )
    KeyTask.sections.through.objects.bulk_create(
        KeyTask.sections.through(keytask_id=t.pk, section_id=areas[t.number % 9].pk) for t in tasks
    )
    periods = []
    for year in range(2025, 2025 + YEARS):
        for month in range(1, 13):
            opens, cutoff = calendar.window(ReportingKind.MONTH, year, month)
            periods.append(
                ReportingPeriod(
                    program=program,
                    kind=ReportingKind.MONTH,
                    year=year,
                    number=month,
                    title=calendar.title(ReportingKind.MONTH, year, month),
                    starts_on=opens,
                    cutoff_on=cutoff,
                    due_on=calendar.add_working_days(cutoff, 1),
                )
            )
    periods = ReportingPeriod.objects.bulk_create(periods)
    statuses = TaskStatus.values
    rows = [
        ProgressReport(
            task=t,
            period=p,
            agency_id=t.lead_id,
            state=ReportState.ACCEPTED,
            status=statuses[(t.number + i) % 5],
            percent=(t.number + i) % 100,
            results="Đã thực hiện.",
            version=2,
        )
        for i, p in enumerate(periods)
        for t in tasks
        if (t.number + i) % 17
    ]
    ProgressReport.objects.bulk_create(rows, batch_size=5000)
    return program, periods, len(rows)


def median_ms(client, url, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--communes", type=int, default=114)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    settings.ALLOWED_HOSTS = ["testserver", "localhost"]
    # as Django's test runner does: keep one connection, and let the query log accumulate
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    request_started.disconnect(reset_queries)
    with scratch_database() as db:
        from django.contrib.auth import get_user_model

        from hanhdong.orgs.models import Membership, Organization, OrgKind, Role

        city = Organization.objects.create(kind=OrgKind.CITY, name="Thành phố thử", code="bc")
        leader = get_user_model().objects.create_user("leader")
        viewer = get_user_model().objects.create_user("viewer")
        Membership.objects.create(user=viewer, organization=city, role=Role.CITY_VIEWER)
        start = time.perf_counter()
        program, periods, reports = build_commune(city, 1, leader)
        Membership.objects.create(
            user=leader, organization=program.commune.units.first(), role=Role.STANDING
        )
        print(
            f"[{db}] commune: {TASKS} tasks, {len(periods)} monthly periods, {reports} reports"
            f" built in {time.perf_counter() - start:.1f} s"
        )
        client = Client()
        client.force_login(leader)
        url = reverse("reports:dashboard", args=[program.pk]) + f"?period={periods[-1].pk}"
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        query_count = len(queries.captured_queries)  # read now: later requests reset the log
        result = {
            "commune_dashboard_ms": round(median_ms(client, url, args.runs), 1),
            "commune_dashboard_queries": query_count,
            "commune_reports": reports,
            "db": db,
        }
        print(
            f"[{db}] commune dashboard: median {result['commune_dashboard_ms']} ms, "
            f"{result['commune_dashboard_queries']} queries"
        )
        if db == "postgresql" and args.communes > 1:
            start = time.perf_counter()
            total = reports
            for index in range(2, args.communes + 1):
                total += build_commune(city, index, leader)[2]
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
            print(
                f"[{db}] city: {args.communes} communes, {total} reports built in "
                f"{time.perf_counter() - start:.0f} s"
            )
            client.force_login(viewer)
            city_url = reverse("reports:city", args=[city.pk]) + "?kind=month&year=2029&number=6"
            client.get(city_url)
            result["city_rollup_ms"] = round(median_ms(client, city_url, args.runs), 1)
            result["city_reports"] = total
            result["city_communes"] = args.communes
            print(f"[{db}] city roll-up: median {result['city_rollup_ms']} ms")
        elif db != "postgresql":
            print("the city roll-up is measured on PostgreSQL only (set DATABASE_URL)")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
