"""Search speed on synthetic data of a city's size, in a scratch test database (never the
real one): 50,000 citizens' submissions and 30,000 progress reports over 20 communes, each
with a program of 9 areas, 300 key tasks and their items. The texts are the shipped
labelled submissions, each varied (a hamlet, a number), so the words are citizens' words.

For each query — diacritics left out, as people type them — the whole search a member of
staff runs (every group, the access filters, the rows read back) is timed, for a commune's
clerk and for a city viewer who reads all 20 communes; against one trivial query. Last
line: JSON.

    .venv/bin/python bench/search.py [--runs N]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/routing .venv/bin/python bench/search.py
"""

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import time

from _setup import make_commune, scratch_database, setup

setup()

SUBMISSIONS, REPORTS, COMMUNES, TASKS = 50_000, 30_000, 20, 300
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
    return clerk, viewer


def median_ms(run, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with scratch_database() as db:
        from django.db import connection

        from hanhdong.orgs.access import reach_of
        from hanhdong.orgs.models import Organization
        from hanhdong.search.selectors import search

        start = time.perf_counter()
        clerk, viewer = build(random.Random(7))
        if db == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        print(f"{db}: built in {time.perf_counter() - start:.0f} s")
        trivial = median_ms(lambda: Organization.objects.filter(pk=1).exists(), 50)
        out = {"database": db, "submissions": SUBMISSIONS, "reports": REPORTS, "trivial_ms": 0}
        out["trivial_ms"] = round(trivial, 2)
        for name, user in (("clerk", clerk), ("city", viewer)):
            reach = reach_of(user)
            found = {q: search(reach, q) for q in QUERIES}  # warm, and count what is found
            times = {
                q: median_ms(lambda q=q, reach=reach: search(reach, q), args.runs) for q in QUERIES
            }
            for q in QUERIES:
                hits = sum(len(rows) for _g, rows in found[q]["groups"])
                print(f"  {name:<5} {q:<20} {times[q]:7.1f} ms  {hits:>3} shown")
            median = statistics.median(times.values())
            out[f"{name}_median_ms"] = round(median, 1)
            out[f"{name}_max_ms"] = round(max(times.values()), 1)
            out[f"{name}_ratio_to_trivial"] = round(median / trivial, 1)
        print(
            f"median search: {out['clerk_median_ms']} ms for a commune's clerk, "
            f"{out['city_median_ms']} ms for a city viewer (20 communes); "
            f"a trivial query {out['trivial_ms']} ms"
        )
        print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
