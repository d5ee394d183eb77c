"""Search speed on synthetic data, in a scratch test database (never the real one).

The default run: a city's size — 50,000 citizens' submissions and 30,000 progress reports
over 20 communes, each with a program of 9 areas, 300 key tasks and their items. The texts
are the shipped labelled submissions, each varied (a hamlet, a number), so the words are
citizens' words.

``--communes N`` (PostgreSQL): the national bench's shape and size, as bench/dashboard.py
builds it — one commune of 300 key tasks and 5 years of monthly reports (~17,000), cloned
by bulk SQL into N communes in cities of 114 (3321: the country, ~56 million reports) —
with citizens' words in it: each report's results are a labelled submission cut to
REPORT_WORDS characters (a sentence of a monthly report, not a letter), the key tasks and
the program's areas and items are named from them too, and each commune holds a year of
citizens' submissions (``--months``) at the rate a city of 114 communes receives them,
15,000 a month: ~1,580 a commune, ~5.2 million in the country. The search index's rows are
cloned with the rows they index (the copy runs with triggers off; each row's area is the
city clone_communes gives its commune) and its trigram indexes laid again afterwards, as a
restore would, beside the copy of the rows: the reports' on a connection of its own as soon
as their rows are copied, the others' on another (a GIN is laid by one process). With the
database ANALYZEd, as autovacuum would have it.

For each query — diacritics left out, as people type them — the whole search a member of
staff runs (every group, the access filters, the rows read back) is timed, for a commune's
clerk, for a city viewer who reads all the communes of a city (20, or 114) and for a site
administrator (every commune); against one trivial query in the same run. Last line:
JSON, with each role's median and 95th percentile over every query and run, and the
median's ratio to the trivial query.

    .venv/bin/python bench/search.py [--runs N] [--keep]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/routing .venv/bin/python bench/search.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/routing .venv/bin/python bench/search.py \
        --communes 3321
"""

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import threading
import time

from _setup import make_commune, scratch_database, setup

setup()

SUBMISSIONS, REPORTS, COMMUNES, TASKS = 50_000, 30_000, 20, 300
CITY_MONTHLY = 15_000  # submissions a city of 114 communes receives in a month
REPORT_WORDS = 80  # characters of a national report's results: a sentence or two
QUERIES = [
    "duong ngap",
    "den duong",
    "so do",
    "rac thai",
    "ma tuy",
    "ho ngheo",
    "tram y te",
    "thu tuc khai sinh",
    "karaoke",
    "o ga duong truc",
]


def texts() -> list[str]:
    from hanhdong.feedback.routing import LABELLED_SETS, labelled

    return [row["text"] for name in LABELLED_SETS for row in labelled(name)]


def build(rng) -> tuple:
    from django.contrib.auth import get_user_model

    from hanhdong.feedback.models import Feedback, Kind, State
    from hanhdong.orgs.models import Membership, Organization, OrgKind, Role
    from hanhdong.programs.models import Item, KeyTask, Program, Section
    from hanhdong.reports.models import ProgressReport, ReportingKind, ReportingPeriod, ReportState

    said = texts()
    city = Organization.objects.create(kind=OrgKind.CITY, name="Thành phố thử", code="bench")
    users = get_user_model().objects
    viewer = users.create_user("bench-city")
    Membership.objects.create(user=viewer, organization=city, role=Role.CITY_VIEWER)
    admin = users.create_superuser("bench-admin")
    clerk = None
    kinds = [Kind.REPORT, Kind.PROPOSAL, Kind.COMPLAINT]
    states = [State.RECEIVED, State.ASSIGNED, State.ANSWERED, State.CLOSED]
    for c in range(COMMUNES):
        commune, agencies = make_commune(city, f"bench-{c}", f"Xã {c:02d}")
        if clerk is None:
            clerk = users.create_user("bench-clerk")
            Membership.objects.create(user=clerk, organization=agencies[0], role=Role.CLERK)
        program = Program.objects.create(
            commune=commune, title="Chương trình", term_start=2025, term_end=2030, status="active"
        )
        part = Section.objects.create(program=program, number="II", path="II", title="Nội dung")
        areas = Section.objects.bulk_create(
            Section(
                program=program,
                parent=part,
                number=str(a),
                path=f"II.{a}",
                depth=1,
                position=a,
                title=f"Lĩnh vực {a}: {rng.choice(said)[:80]}",
            )
            for a in range(1, 10)
        )
        Item.objects.bulk_create(
            Item(section=area, position=i, text=rng.choice(said)[:300])
            for area in areas
            for i in range(20)
        )
        tasks = KeyTask.objects.bulk_create(
            KeyTask(
                program=program,
                number=n,
                name=rng.choice(said)[:200],
                lead=agencies[n % len(agencies)],
                lead_text=agencies[n % len(agencies)].name,
                start_period={"kind": "annual"},
                end_period={"kind": "annual"},
            )
            for n in range(1, TASKS + 1)
        )
        quarters = [(2026 + q // 4, q % 4 + 1) for q in range(6)]
        periods = ReportingPeriod.objects.bulk_create(
            ReportingPeriod(
                program=program,
                kind=ReportingKind.QUARTER,
                year=year,
                number=q,
                title=f"Quý {q}/{year}",
                starts_on=dt.date(year, 3 * q - 2, 1),
                cutoff_on=dt.date(year, 3 * q, 14),
                due_on=dt.date(year, 3 * q, 16),
            )
            for year, q in quarters
        )
        per_commune = REPORTS // COMMUNES
        ProgressReport.objects.bulk_create(
            (
                ProgressReport(
                    task=tasks[i % TASKS],
                    period=periods[i // TASKS],
                    agency_id=tasks[i % TASKS].lead_id,
                    state=ReportState.ACCEPTED,
                    results=rng.choice(said),
                    difficulties=rng.choice(said)[:200],
                )
                for i in range(per_commune)
            ),
            batch_size=2000,
        )
        Feedback.objects.bulk_create(
            (
                Feedback(
                    commune=commune,
                    code=f"C{c:02d}{n:06d}",
                    public_id=f"p{c:02d}{n:06d}",
                    kind=kinds[n % 3],
                    title=rng.choice(said)[:60],
                    text=f"{rng.choice(said)} Thôn {rng.randint(1, 12)}, số {n}.",
                    state=states[n % 4],
                    notified=True,
                )
                for n in range(SUBMISSIONS // COMMUNES)
            ),
            batch_size=2000,
        )
    return clerk, viewer, admin


def build_country(rng, communes: int, months: int) -> tuple:
    """The national bench's communes (bench/dashboard.py), with citizens' words and
    submissions; the clerk works in a commune of the middle of the country, the viewer
    reads the first city."""
    from dashboard import CITY_SIZE, build_commune, clone_communes
    from django.contrib.auth import get_user_model
    from django.db import connection, transaction

    from hanhdong.feedback.models import Feedback, Kind, State
    from hanhdong.orgs.models import Membership, Organization, OrgKind, Role
    from hanhdong.programs.models import Item, KeyTask, Section
    from hanhdong.reports import summaries
    from hanhdong.reports.models import ProgressReport
    from hanhdong.search import index

    said = texts()
    cities = [
        Organization.objects.create(kind=OrgKind.CITY, name=f"Tỉnh thử {n:02d}", code=f"t{n}")
        for n in range(-(-communes // CITY_SIZE))
    ]
    users = get_user_model().objects
    viewer = users.create_user("bench-city")
    Membership.objects.create(user=viewer, organization=cities[0], role=Role.CITY_VIEWER)
    admin = users.create_superuser("bench-admin")
    program, periods, _reports = build_commune(cities[0], 1, None)
    with transaction.atomic():
        summaries.refresh(periods)
    commune = program.commune
    # citizens' words where the dashboard's commune has placeholders (the triggers index them)
    tasks = list(KeyTask.objects.filter(program=program))
    for task in tasks:
        task.name = rng.choice(said)[:200]
    KeyTask.objects.bulk_update(tasks, ["name"])
    areas = list(Section.objects.filter(program=program, depth=1))
    for area in areas:
        area.title = f"{area.title}: {rng.choice(said)[:80]}"
    Section.objects.bulk_update(areas, ["title"])
    Item.objects.bulk_create(
        Item(section=area, position=i, text=rng.choice(said)[:300])
        for area in areas
        for i in range(20)
    )
    # what reports and submissions say: the labelled texts; a copy's row says the text its
    # id picks, so that the communes' newest rows differ as real communes' do
    results = [t[:REPORT_WORDS].rsplit(" ", 1)[0] + "." for t in said]
    titles = [t[:60] for t in said]
    letters = [f"{t} Thôn {n % 12 + 1}." for n, t in enumerate(said)]
    reports = list(ProgressReport.objects.filter(task__program=program).only("pk"))
    for report in reports:
        report.results = rng.choice(results)
    ProgressReport.objects.bulk_update(reports, ["results"], batch_size=2000)
    agencies = list(commune.units.filter(kind=OrgKind.DEPARTMENT).order_by("pk"))
    kinds = [Kind.REPORT, Kind.PROPOSAL, Kind.COMPLAINT, Kind.DENUNCIATION]
    states = [State.RECEIVED, State.ASSIGNED, State.ANSWERED, State.CLOSED]
    per_commune = round(CITY_MONTHLY * months / CITY_SIZE)
    picked = [rng.randrange(len(said)) for _ in range(per_commune)]
    Feedback.objects.bulk_create(
        (
            Feedback(
                commune=commune,
                code=f"B{n:011d}",
                public_id=f"Q{n:011d}",
                kind=kinds[n % 4 if n % 10 == 0 else n % 3],  # a denunciation in 40
                title=titles[picked[n]],
                text=letters[picked[n]],
                state=states[n % 4],
                agency=agencies[n % len(agencies)] if n % 4 else None,
                notified=True,
            )
            for n in range(per_commune)
        ),
        batch_size=2000,
    )
    in_program = "program_id IN (SELECT id FROM programs_program WHERE commune_id = {c})"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT hanhdong_words(r), hanhdong_words(t), hanhdong_words(t || ' ' || l || ' ') "
            "FROM unnest(%s::text[], %s::text[], %s::text[]) WITH ORDINALITY AS u(r, t, l, n) "
            "ORDER BY n",
            [results, titles, letters],
        )
        folded = list(zip(*cursor.fetchall(), strict=True))
    extra = {
        Item: (f"section_id IN (SELECT id FROM programs_section WHERE {in_program})", {}),
        ProgressReport: (None, {"results": pick(results)}),
        Feedback: (
            "commune_id = {c}",
            {
                "code": lambda new_id: f"'C' || lpad(({new_id})::text, 11, '0')",
                "public_id": lambda new_id: f"'P' || lpad(({new_id})::text, 11, '0')",
                "title": pick(titles),
                "text": pick(letters),
            },
        ),
    }
    index_extra = {
        "report": {"head": pick(folded[0]), "doc": pick(folded[0])},
        "feedback": {"head": pick(folded[1]), "doc": pick(folded[2])},
    }
    with connection.cursor() as cursor:  # the trigram indexes are laid again after the copy
        for source in index.sources():
            cursor.execute(f"DROP INDEX IF EXISTS search_{source.name}_trgm")
    start, beside, failed = time.perf_counter(), [], []

    def index_copies(spans):
        """The copies' index rows and the trigram indexes, on connections of their own
        beside the copy of the rows (the index's tables are not the copied tables): the
        reports' first, and their trigram index laid beside the copy of the others' rows
        and the laying of their trigram indexes (one core each)."""
        try:
            reports = [s for s in index.sources() if s.name == "report"]
            others = [s for s in index.sources() if s.name != "report"]
            clone_index(spans, communes - 1, index_extra, [c.pk for c in cities], reports)
            say(f"the copies' report index rows copied in {time.perf_counter() - start:.0f} s")
            lay_beside = threading.Thread(target=lay_trigram_indexes, args=(reports,))
            lay_beside.start()
            clone_index(spans, communes - 1, index_extra, [c.pk for c in cities], others)
            say(f"their other index rows copied in {time.perf_counter() - start:.0f} s")
            lay_trigram_indexes(others)
            lay_beside.join()
            index.ensure()
            say(f"trigram indexes laid at {time.perf_counter() - start:.0f} s")
        except Exception as error:  # noqa: BLE001 - raised again by the copy's thread
            failed.append(error)
        finally:
            connection.close()

    def lay_trigram_indexes(laid):
        try:
            with connection.cursor() as cursor:
                cursor.execute("SET maintenance_work_mem = '3GB'")
                for source in laid:
                    cursor.execute(index.trigram_index(source))
                    say(f"{source.name}: trigram index at {time.perf_counter() - start:.0f} s")
        except Exception as error:  # noqa: BLE001 - raised again by the copy's thread
            failed.append(error)
        finally:
            connection.close()

    def started(spans):
        beside.append(threading.Thread(target=index_copies, args=(spans,)))
        beside[0].start()

    spans = clone_communes(commune, communes - 1, [c.pk for c in cities], extra, started)
    say(f"communes copied in {time.perf_counter() - start:.0f} s")
    beside[0].join()
    if failed:
        raise failed[0]
    # the clerk: a commune of the middle of the country
    copy = communes // 2
    clerk = users.create_user("bench-clerk")
    Membership.objects.create(
        user=clerk,
        organization_id=agencies[0].pk + copy * spans[Organization][2],
        role=Role.CLERK,
    )
    return clerk, viewer, admin


def say(line: str) -> None:
    print(f"  {line}", file=sys.stderr, flush=True)


def pick(values) -> callable:
    """The SQL of one of ``values``, the one a row's id picks (an odd multiplier prime to
    their number spreads neighbouring ids)."""
    array = "ARRAY[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"
    return lambda new_id: f"({array})[1 + (({new_id}) * 2654435761) % {len(values)}]"


def clone_index(spans: dict, count: int, varied: dict, city_ids: list[int], copied) -> None:
    """The search index's rows of the copied rows of the sources ``copied``: copy k of a
    row's index row is the original's, under the copy's id (and commune, and its city: of
    ``city_ids``, as clone_communes gives it); ``varied``: {source: {column: a function of
    the copy's id (SQL) giving the column}}, as clone_communes was given them."""
    from dashboard import _city_of
    from django.db import connection, transaction

    from hanhdong.orgs.models import Organization

    communes = spans[Organization]
    with connection.cursor() as cursor:
        for source in copied:
            if source.model not in spans:
                continue
            low, high, stride = spans[source.model]
            table = f"search_{source.name}"
            cursor.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                "ORDER BY ordinal_position",
                [table],
            )
            columns = [row[0] for row in cursor.fetchall()]
            new_id = f"id + k * {stride}"
            moved = {
                "id": new_id,
                "commune_id": f"commune_id + k * {communes[2]}",
                "area_id": _city_of(city_ids),
            }
            for column, value in varied.get(source.name, {}).items():
                moved[column] = value(new_id)
            values = [moved.get(c, c) for c in columns]
            batch = max(1, 2_000_000 // max(1, high - low + 1))
            for first in range(1, count + 1, batch):
                with transaction.atomic():
                    cursor.execute(
                        f"INSERT INTO {table} ({', '.join(columns)}) "
                        f"SELECT {', '.join(values)} FROM {table}, "
                        f"generate_series({first}, {min(count, first + batch - 1)}) AS k "
                        f"WHERE id BETWEEN {low} AND {high}"
                    )
            say(f"indexed the copies' {source.name} rows")


def timed(run, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return times


def median_ms(run, runs: int) -> float:
    return statistics.median(timed(run, runs))


def p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--communes", type=int, help="the national bench's shape, N communes (PostgreSQL)"
    )
    parser.add_argument("--months", type=int, default=12, help="of submissions, --communes")
    parser.add_argument("--keep", action="store_true", help="leave the database (drop it)")
    args = parser.parse_args()
    with scratch_database(keep=args.keep) as db:
        from django.db import connection

        from hanhdong.orgs.access import reach_of
        from hanhdong.orgs.models import Organization
        from hanhdong.search.selectors import search

        if args.communes and db != "postgresql":
            print("--communes clones by PostgreSQL's SQL: set DATABASE_URL", file=sys.stderr)
            return 2
        start = time.perf_counter()
        if args.communes:
            clerk, viewer, admin = build_country(random.Random(7), args.communes, args.months)
        else:
            clerk, viewer, admin = build(random.Random(7))
        if db == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        build_s = time.perf_counter() - start
        out = {"database": db, "communes": args.communes or COMMUNES}
        with connection.cursor() as cursor:
            for name, table in (("submissions", "feedback_feedback"), ("reports", None)):
                table = table or "reports_progressreport"
                cursor.execute(f"SELECT count(*) FROM {table}")
                out[name] = cursor.fetchone()[0]
            if db == "postgresql":
                cursor.execute("SELECT pg_database_size(current_database())")
                out["database_gib"] = round(cursor.fetchone()[0] / 2**30, 2)
        out["build_s"] = round(build_s)
        print(
            f"{db}: {out['communes']} communes, {out['submissions']} submissions, "
            f"{out['reports']} reports built in {build_s:.0f} s"
            + (f"; the database holds {out['database_gib']} GiB" if "database_gib" in out else "")
        )
        trivial = median_ms(lambda: Organization.objects.filter(pk=1).exists(), 50)
        out["trivial_ms"] = round(trivial, 2)
        for name, user in (("clerk", clerk), ("city", viewer), ("admin", admin)):
            reach = reach_of(user)
            found = {q: search(reach, q) for q in QUERIES}  # warm, and count what is found
            times = {
                q: timed(lambda q=q, reach=reach: search(reach, q), args.runs) for q in QUERIES
            }
            for q in QUERIES:
                hits = sum(len(rows) for _g, rows in found[q]["groups"])
                print(f"  {name:<5} {q:<20} {statistics.median(times[q]):7.1f} ms  {hits:>3} shown")
            every = [t for q in QUERIES for t in times[q]]
            median = statistics.median(every)
            out[f"{name}_median_ms"] = round(median, 1)
            out[f"{name}_p95_ms"] = round(p95(every), 1)
            out[f"{name}_max_ms"] = round(max(statistics.median(t) for t in times.values()), 1)
            out[f"{name}_ratio_to_trivial"] = round(median / trivial, 1)
        communes = len(reach_of(viewer).city_commune_ids)
        print(
            f"median search: {out['clerk_median_ms']} ms (p95 {out['clerk_p95_ms']}) for a "
            f"commune's clerk, {out['city_median_ms']} ms (p95 {out['city_p95_ms']}) for a city "
            f"viewer ({communes} communes), {out['admin_median_ms']} ms (p95 "
            f"{out['admin_p95_ms']}) for a site administrator (every commune); a trivial query "
            f"{out['trivial_ms']} ms"
        )
        print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
