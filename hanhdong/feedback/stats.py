"""Figures of a commune's submissions: volume by kind, agency and month, answers on time,
median handling time and satisfaction. Aggregates only: nothing personal."""

from __future__ import annotations

import statistics
from collections import Counter

from django.db.models import Avg, Count
from django.db.models.functions import TruncMonth

from hanhdong.feedback.models import Feedback, Kind


def figures(commune) -> dict:
    items = Feedback.objects.filter(commune=commune)
    by_kind = {
        str(Kind(k).label): n
        for k, n in items.values_list("kind").annotate(n=Count("id")).values_list("kind", "n")
    }
    by_agency = Counter(
        dict(
            items.exclude(agency=None)
            .values_list("agency__name")
            .annotate(n=Count("id"))
            .values_list("agency__name", "n")
        )
    )
    by_month = [
        (m.strftime("%m/%Y"), n)
        for m, n in items.annotate(m=TruncMonth("created_at"))
        .values_list("m")
        .annotate(n=Count("id"))
        .values_list("m", "n")
        .order_by("m")
    ]
    answered = list(
        items.exclude(answered_at=None).values_list("created_at", "answered_at", "deadline")
    )
    with_deadline = [(a, d) for _c, a, d in answered if d]
    on_time = sum(1 for a, d in with_deadline if a.date() <= d)
    days = [(a - c).total_seconds() / 86400 for c, a, _d in answered]
    rating = items.exclude(rating=None).aggregate(avg=Avg("rating"), n=Count("id"))
    return {
        "total": items.count(),
        "by_kind": by_kind,
        "by_agency": by_agency.most_common(),
        "by_month": by_month,
        "answered": len(answered),
        "on_time_rate": on_time / len(with_deadline) if with_deadline else None,
        "median_days": statistics.median(days) if days else None,
        "satisfaction": rating["avg"],
        "ratings": rating["n"],
    }
