"""Figures of a commune's submissions: volume by kind, topic, agency and month, answers on time,
median handling time and satisfaction. Aggregates only: nothing personal."""

from __future__ import annotations

import statistics
from collections import Counter

from django.db.models import Avg, Count, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone

from hanhdong.feedback.models import OPEN_STATES, Feedback, Kind, Topic


def figures(commune) -> dict:
    items = Feedback.objects.filter(commune=commune)
    by_kind = {
        str(Kind(k).label): n
        for k, n in items.values_list("kind").annotate(n=Count("id")).values_list("kind", "n")
    }
    by_topic = sorted(
        (
            (str(Topic(t).label) if t in Topic.values else t or "—", n)
            for t, n in items.values_list("topic").annotate(n=Count("id")).values_list("topic", "n")
        ),
        key=lambda pair: -pair[1],
    )
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
    # still unanswered past the deadline: late already, whenever the answer comes
    overdue = items.filter(
        state__in=OPEN_STATES, deadline__lt=timezone.localdate(), answered_at=None
    ).count()
    due = len(with_deadline) + overdue
    days = [(a - c).total_seconds() / 86400 for c, a, _d in answered]
    rating = items.exclude(rating=None).aggregate(avg=Avg("rating"), n=Count("id"))
    return {
        "total": items.count(),
        "by_kind": by_kind,
        "by_topic": by_topic,
        "by_agency": by_agency.most_common(),
        "by_month": by_month,
        "answered": len(answered),
        # of those whose deadline has come: answered, or still unanswered past it
        "on_time_rate": on_time / due if due else None,
        "overdue": overdue,
        "median_days": statistics.median(days) if days else None,
        "satisfaction": rating["avg"],
        "ratings": rating["n"],
    }


def by_area(commune, areas) -> list[dict]:
    """Per area of the program (and for those not tied to one yet): submissions, still
    open, overdue, and average satisfaction; one query."""
    today = timezone.localdate()
    still_open = Q(state__in=OPEN_STATES)
    rows = {
        row["area_path"]: row
        for row in Feedback.objects.filter(commune=commune)
        .values("area_path")
        .annotate(
            total=Count("id"),
            open=Count("id", filter=still_open),
            overdue=Count("id", filter=still_open & Q(deadline__lt=today)),
            satisfaction=Avg("rating"),
        )
    }
    empty = {"total": 0, "open": 0, "overdue": 0, "satisfaction": None}
    out = [{**empty, **rows.pop(area.path, {}), "area": area, "path": area.path} for area in areas]
    # submissions tied to an area the program no longer has count as not tied
    loose = [rows.pop("", None), *rows.values()]
    loose = [row for row in loose if row]
    if loose:
        out.append(
            {
                "area": None,
                "path": "",
                "total": sum(r["total"] for r in loose),
                "open": sum(r["open"] for r in loose),
                "overdue": sum(r["overdue"] for r in loose),
                "satisfaction": None,
            }
        )
    return out


def period_summary(commune, first_day, last_day) -> dict:
    """Submissions received between two dates (inclusive) and what became of them, for the
    consolidated report of a period: aggregates only."""
    items = Feedback.objects.filter(
        commune=commune, created_at__date__gte=first_day, created_at__date__lte=last_day
    )
    answered = list(items.exclude(answered_at=None).values_list("answered_at", "deadline"))
    with_deadline = [(a, d) for a, d in answered if d]
    rating = items.exclude(rating=None).aggregate(avg=Avg("rating"), n=Count("id"))
    by_area = (
        items.exclude(area_path="")
        .values_list("area_path")
        .annotate(n=Count("id"))
        .order_by("-n", "area_path")
    )
    return {
        "received": items.count(),
        "answered": len(answered),
        "on_time": sum(1 for a, d in with_deadline if a.date() <= d),
        "with_deadline": len(with_deadline),
        "open": items.filter(state__in=OPEN_STATES).count(),
        "satisfaction": rating["avg"],
        "ratings": rating["n"],
        "top_areas": list(by_area[:3]),
    }
