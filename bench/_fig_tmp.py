import os, sys, time, statistics
os.environ.setdefault("HANHDONG_HTTPS", "0")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench_settings")
from _setup import scratch_database, setup
setup()
from django.db import transaction
import dashboard as bench
with scratch_database() as db:
    from django.contrib.auth import get_user_model
    from hanhdong.orgs.models import Organization, OrgKind
    from hanhdong.reports import summaries, calendar
    import hanhdong.reports.dashboard as d
    city = Organization.objects.create(kind=OrgKind.CITY, name="T", code="t")
    leader = get_user_model().objects.create_user("leader")
    program, periods, reports = bench.build_commune(city, 1, leader)
    period = periods[-1]
    areas = program.areas()
    def t(label):
        for _ in range(5): d.commune_figures(program, period, areas)
        xs = []
        for _ in range(7):
            t0 = time.perf_counter()
            for _ in range(10): d.commune_figures(program, period, areas)
            xs.append((time.perf_counter() - t0) / 10 * 1000)
        return statistics.median(xs)
    realCast, realText = d.Cast, calendar.owes_report_text
    for _ in range(3):
        d.Cast, calendar.owes_report_text = realCast, realText
        a = t("new")
        d.Cast = lambda f, typ: f
        calendar.owes_report_text = calendar.owes_report_row
        b = t("old")
        print(f"[{db}] commune_figures new {a:.2f} ms  old {b:.2f} ms")
    d.Cast, calendar.owes_report_text = realCast, realText
    import cProfile, pstats
    pr = cProfile.Profile(); pr.enable()
    for _ in range(50): d.commune_figures(program, period, areas)
    pr.disable(); pstats.Stats(pr).sort_stats("tottime").print_stats(22)
