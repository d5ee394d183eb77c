"""Dashboard and roll-up speed on synthetic data, in a scratch test database (never the
real one).

A commune with 300 key tasks and 5 years of monthly reports (~18,000), timed through the
real view; then, on PostgreSQL, that commune cloned by bulk SQL into ``--communes`` communes
(114: a city such as Hải Phòng; 3321: the country, ~56 million reports) spread over
cities of 114, and the city and national roll-ups, which read the period summaries. Each
time is also given against a trivial authenticated page measured in the same run (the
whole middleware stack and nothing else) — the commune's pages in turn with it, round after
round. The dashboard is timed as read again (its
figures cached until something changes) and as read just after a change (cold). Prints
its figures; the last line is a JSON object.

    .venv/bin/python bench/dashboard.py [--communes N] [--runs N]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/test .venv/bin/python bench/dashboard.py \
        --communes 3321
"""

import argparse
import json
import os
import statistics
import sys
import time

os.environ.setdefault("HANHDONG_HTTPS", "0")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench_settings")  # + the trivial page
from _setup import make_commune, scratch_database, setup  # noqa: E402

setup()

from django.conf import settings  # noqa: E402
from django.core.signals import request_finished, request_started  # noqa: E402
from django.db import (  # noqa: E402
    close_old_connections,
    connection,
    reset_queries,
    transaction,
)
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    teardown_test_environment,
)
from django.urls import reverse  # noqa: E402

TASKS, YEARS = 300, 5
CITY_SIZE = 114  # communes of one city when the country is built
SLOWEST = 0  # --slowest N: each measured page's N slowest queries are printed


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


def clone_communes(commune, count: int, city_ids: list[int], extra=None, started=None) -> dict:
    """``count`` copies of ``commune`` and everything it holds, by INSERT … SELECT over
    generate_series: copy k of a row gets the id ``id + k * stride`` of its table, and
    its foreign keys to copied rows move the same way. Triggers (foreign keys, and any
    other) are off for the session while it runs (superuser), and the copies go in batches
    of communes.

    ``extra``: further models to copy, {model: (the SQL picking the commune's rows, with
    "{c}" for its id — None for a model copied anyway —, {column: a function of the copy's
    id (SQL) giving the column's value})} — a unique code, say. Returns each copied
    model's (lowest id, highest id, stride); ``started`` is called with them before the
    copy."""
    from hanhdong.orgs.models import Organization
    from hanhdong.programs.models import KeyTask, Program, Section
    from hanhdong.reports.models import PeriodSummary, ProgressReport, ReportingPeriod

    sections = KeyTask.sections.through
    owners = {  # model → the SQL that picks the original commune's rows
        Organization: f"commune_id = {commune.pk}",
        Program: f"commune_id = {commune.pk}",
        Section: "program_id IN (SELECT id FROM programs_program WHERE commune_id = {c})",
        KeyTask: "program_id IN (SELECT id FROM programs_program WHERE commune_id = {c})",
        sections: "keytask_id IN (SELECT id FROM programs_keytask WHERE program_id IN "
        "(SELECT id FROM programs_program WHERE commune_id = {c}))",
        ReportingPeriod: "program_id IN (SELECT id FROM programs_program WHERE commune_id = {c})",
        ProgressReport: "period_id IN (SELECT id FROM reports_reportingperiod WHERE program_id "
        "IN (SELECT id FROM programs_program WHERE commune_id = {c}))",
        PeriodSummary: f"commune_id = {commune.pk}",
    }
    overrides = {}
    for model, (where, columns) in (extra or {}).items():
        owners[model] = where or owners[model]
        overrides[model] = columns
    with connection.cursor() as cursor:
        spans = {}
        for model, where in owners.items():
            table, pk = model._meta.db_table, model._meta.pk.column
            cursor.execute(
                f"SELECT min({pk}), max({pk}) FROM {table} WHERE {where.format(c=commune.pk)}"
            )
            low, high = cursor.fetchone()
            cursor.execute(f"SELECT max({pk}) FROM {table}")
            spans[model] = (low, high, cursor.fetchone()[0] + 1)  # stride: past every id
        spans[PeriodSummary] = spans[ReportingPeriod]  # its key is the period's
        if started:
            started(spans)
        cursor.execute("SET session_replication_role = replica")
        batch = max(1, 200_000 // max(1, _rows(cursor, ProgressReport, owners, commune)))
        for first in range(1, count + 1, batch):
            last = min(count, first + batch - 1)
            with transaction.atomic():
                for model in owners:
                    columns, values = [], []
                    for field in model._meta.concrete_fields:
                        column = field.column
                        columns.append(column)
                        target = field.related_model if field.is_relation else None
                        if column in overrides.get(model, {}):
                            new_id = f"{model._meta.pk.column} + k * {spans[model][2]}"
                            values.append(overrides[model][column](new_id))
                        elif field.primary_key and target is None:
                            values.append(f"{column} + k * {spans[model][2]}")
                        elif target in spans:
                            low, high, stride = spans[target]
                            values.append(
                                f"CASE WHEN {column} BETWEEN {low} AND {high} "
                                f"THEN {column} + k * {stride} ELSE {column} END"
                            )
                        elif model is Organization and column == "code":
                            values.append("CASE WHEN code = '' THEN '' ELSE code || '-' || k END")
                        elif model is PeriodSummary and column == "city_id":
                            values.append(_city_of(city_ids))
                        else:
                            values.append(column)
                    if model is Organization:  # the commune's parent is its city; units keep theirs
                        low, high, stride = spans[Organization]
                        values[columns.index("parent_id")] = (
                            f"CASE WHEN parent_id BETWEEN {low} AND {high} "
                            f"THEN parent_id + k * {stride} ELSE {_city_of(city_ids)} END"
                        )
                    table = model._meta.db_table
                    cursor.execute(
                        f"INSERT INTO {table} ({', '.join(columns)}) "
                        f"SELECT {', '.join(values)} FROM {table}, "
                        f"generate_series({first}, {last}) AS k "
                        f"WHERE {owners[model].format(c=commune.pk)}"
                    )
            print(f"  cloned communes {first}..{last}", file=sys.stderr, flush=True)
        cursor.execute("SET session_replication_role = DEFAULT")
        for model in owners:
            table, pk = model._meta.db_table, model._meta.pk.column
            if model._meta.pk.is_relation:
                continue
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', '{pk}'), "
                f"(SELECT max({pk}) FROM {table}))"
            )
    return spans


def _second_factor_given(client, user) -> None:
    """A site administrator as having given his second factor (as the tests log him in)."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.create(user=user, confirmed=True, name="bench")
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


def _rows(cursor, model, owners, commune) -> int:
    cursor.execute(
        f"SELECT count(*) FROM {model._meta.db_table} WHERE {owners[model].format(c=commune.pk)}"
    )
    return cursor.fetchone()[0]


def _city_of(city_ids: list[int]) -> str:
    """The city of copy k: cities of CITY_SIZE communes, in order."""
    cases = " ".join(
        f"WHEN k < {(n + 1) * CITY_SIZE} THEN {city}" for n, city in enumerate(city_ids)
    )
    return f"(CASE {cases} ELSE {city_ids[-1]} END)"


def median_ms(client, url, runs, cold=False):
    """The median time of ``runs`` requests of ``url``; ``cold``: each with the cache
    emptied first (the dashboard as read just after something changed)."""
    from django.core.cache import cache

    times = []
    for _ in range(runs):
        if cold:
            cache.clear()
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
    if SLOWEST:
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        ranked = sorted(queries.captured_queries, key=lambda q: -float(q["time"]))
        for query in ranked[:SLOWEST]:
            print(f"    {float(query['time']) * 1000:7.1f} ms  {query['sql'][:160]}")
    return statistics.median(times)


def paired_ms(client, pages: dict, runs: int) -> dict:
    """The median times of ``pages`` (name: (url, cold)) requested in turn, round after
    round, the trivial page among them: a slow spell of a shared machine falls on each of
    them alike, so their ratios hold where their times do not."""
    times: dict = {name: [] for name in pages}
    for _ in range(runs):
        for name, (url, cold) in pages.items():
            times[name].append(median_ms(client, url, 1, cold=cold))
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--communes", type=int, default=114)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument(
        "--slowest", type=int, default=0, help="print each page's N slowest queries"
    )
    parser.add_argument(
        "--keep", action="store_true", help="leave the scratch database for a look afterwards"
    )
    args = parser.parse_args()
    global SLOWEST
    SLOWEST = args.slowest
    settings.ALLOWED_HOSTS = ["testserver", "localhost"]
    # as Django's test runner does: keep one connection, and let the query log accumulate
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    request_started.disconnect(reset_queries)
    with scratch_database(keep=args.keep) as db:
        # pages are timed as served: without the test environment's template instrumentation,
        # which copies every template's context for the test client
        teardown_test_environment()
        from django.contrib.auth import get_user_model

        from hanhdong.orgs.models import Membership, Organization, OrgKind, Role
        from hanhdong.reports import summaries

        cities = [
            Organization.objects.create(kind=OrgKind.CITY, name=f"Tỉnh thử {n:02d}", code=f"t{n}")
            for n in range(max(1, -(-args.communes // CITY_SIZE)) if db == "postgresql" else 1)
        ]
        city = cities[0]
        leader = get_user_model().objects.create_user("leader")
        viewer = get_user_model().objects.create_user("viewer")
        admin = get_user_model().objects.create_user("admin", is_superuser=True)
        Membership.objects.create(user=viewer, organization=city, role=Role.CITY_VIEWER)
        start = time.perf_counter()
        program, periods, reports = build_commune(city, 1, leader)
        with transaction.atomic():
            summaries.refresh(periods)
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
        timed = paired_ms(
            client,
            {
                "trivial": ("/bench/page/", False),
                "dashboard": (url, False),
                "cold": (url, True),
                "trivial again": ("/bench/page/", False),
            },
            args.runs * 2,
        )
        trivial = statistics.median([timed["trivial"], timed["trivial again"]])
        dashboard_ms, cold_ms = timed["dashboard"], timed["cold"]
        result = {
            "commune_dashboard_ms": round(dashboard_ms, 1),
            "commune_dashboard_queries": query_count,
            "trivial_page_ms": round(trivial, 2),
            "commune_dashboard_ratio": round(dashboard_ms / trivial, 1),
            "commune_dashboard_cold_ms": round(cold_ms, 1),
            "commune_dashboard_cold_ratio": round(cold_ms / trivial, 1),
            "commune_reports": reports,
            "db": db,
        }
        print(
            f"[{db}] commune dashboard: median {result['commune_dashboard_ms']} ms, "
            f"{query_count} queries; a trivial authenticated page {trivial:.2f} ms "
            f"(ratio {result['commune_dashboard_ratio']}); just after a change (nothing cached) "
            f"{result['commune_dashboard_cold_ms']} ms (ratio "
            f"{result['commune_dashboard_cold_ratio']})"
        )
        if db == "postgresql" and args.communes > 1:
            start = time.perf_counter()
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_database_size(current_database())")
                size_before = cursor.fetchone()[0]
            clone_communes(program.commune, args.communes - 1, [c.pk for c in cities])
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
                cursor.execute("SELECT count(*) FROM reports_progressreport")
                total = cursor.fetchone()[0]
                cursor.execute("SELECT pg_database_size(current_database())")
                size = cursor.fetchone()[0]
            build_s = time.perf_counter() - start
            print(
                f"[{db}] country: {args.communes} communes in {len(cities)} cities, {total} "
                f"reports built in {build_s:.0f} s; the database grew by "
                f"{(size - size_before) / 2**30:.1f} GiB to {size / 2**30:.1f} GiB"
            )
            # as with one commune: the dashboard and the trivial page in turn, round after round
            timed = paired_ms(
                client,
                {
                    "trivial": ("/bench/page/", False),
                    "dashboard": (url, False),
                    "trivial again": ("/bench/page/", False),
                },
                args.runs * 2,
            )
            trivial_leader = statistics.median([timed["trivial"], timed["trivial again"]])
            again = timed["dashboard"]
            client.force_login(viewer)
            trivial = median_ms(client, "/bench/page/", args.runs * 3)
            city_url = reverse("reports:city", args=[city.pk]) + "?kind=month&year=2029&number=6"
            client.get(city_url)
            city_ms = median_ms(client, city_url, args.runs)
            client.force_login(admin)
            _second_factor_given(client, admin)
            nation_url = reverse("reports:nation") + "?kind=month&year=2029&number=6"
            client.get(nation_url)
            nation_ms = median_ms(client, nation_url, args.runs)
            result.update(
                {
                    "communes": args.communes,
                    "cities": len(cities),
                    "reports": total,
                    "build_s": round(build_s),
                    "database_gib": round(size / 2**30, 2),
                    "commune_dashboard_at_size_ms": round(again, 1),
                    "commune_dashboard_at_size_ratio": round(again / trivial_leader, 1),
                    "city_rollup_ms": round(city_ms, 1),
                    "national_rollup_ms": round(nation_ms, 1),
                    "city_rollup_ratio": round(city_ms / trivial, 1),
                    "national_rollup_ratio": round(nation_ms / trivial, 1),
                }
            )
            print(
                f"[{db}] commune dashboard at that size {again:.1f} ms (ratio "
                f"{result['commune_dashboard_at_size_ratio']}); city roll-up "
                f"{city_ms:.1f} ms; national roll-up {nation_ms:.1f} ms "
                f"(trivial page {trivial:.2f} ms)"
            )
        elif db != "postgresql":
            print("the city and national roll-ups are measured on PostgreSQL only (DATABASE_URL)")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
