import os, sys, time, statistics, cProfile, pstats
os.environ.setdefault("HANHDONG_HTTPS", "0")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench_settings")
from _setup import scratch_database, setup
setup()
from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, reset_queries, connection
from django.test import Client
from django.test.utils import teardown_test_environment, CaptureQueriesContext
from django.urls import reverse
import dashboard as bench
settings.ALLOWED_HOSTS = ["testserver"]
request_started.disconnect(close_old_connections); request_finished.disconnect(close_old_connections); request_started.disconnect(reset_queries)
with scratch_database() as db:
    teardown_test_environment()
    from django.contrib.auth import get_user_model
    from hanhdong.orgs.models import Organization, OrgKind, Membership, Role
    from django.db import transaction
    from hanhdong.reports import summaries
    city = Organization.objects.create(kind=OrgKind.CITY, name="T", code="t")
    leader = get_user_model().objects.create_user("leader")
    program, periods, reports = bench.build_commune(city, 1, leader)
    with transaction.atomic(): summaries.refresh(periods)
    Membership.objects.create(user=leader, organization=program.commune.units.first(), role=Role.STANDING)
    c = Client(); c.force_login(leader)
    url = reverse("reports:dashboard", args=[program.pk]) + f"?period={periods[-1].pk}"
    for _ in range(5): cache.clear(); c.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as q:
        c.get(url)
    print("cold queries", len(q.captured_queries))
    for x in q.captured_queries: print(f"   {float(x['time'])*1000:6.2f} {x['sql'][:150]}")
    pr = cProfile.Profile()
    for _ in range(30):
        cache.clear(); pr.enable(); c.get(url); pr.disable()
    st = pstats.Stats(pr); st.sort_stats("cumulative").print_stats(r"hanhdong/(?!ops|lib/middleware|orgs/middleware|lib/replica)", 40)
