"""Small helpers for the oversight tests: party cells, coverage targets, an inspection."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from hanhdong.orgs.models import OrgKind
from hanhdong.oversight import services
from hanhdong.test import make_org, program_doc

COVERAGE_TARGETS = [
    {
        "where": "II.1",
        "indicator": "tổ chức đảng trực thuộc được kiểm tra, giám sát trong nhiệm kỳ",
        "value": 100,
        "unit": "%",
        "comparison": ">=",
        "year": 2030,
        "recurrence": None,
    },
    {
        "where": "II.1",
        "indicator": "người đứng đầu trong số đảng viên được giám sát chuyên đề",
        "value": 50,
        "unit": "%",
        "comparison": ">=",
        "year": 2030,
        "recurrence": None,
    },
]


def coverage_doc() -> dict:
    doc = program_doc()
    return {**doc, "targets": doc["targets"] + COVERAGE_TARGETS}


def make_cells(party, count=4) -> list:
    """The standard grouping unit and ``count`` party cells under it."""
    group = make_org("Các chi bộ, đảng bộ trực thuộc", OrgKind.PARTY_CELL, party)
    return [make_org(f"Chi bộ thôn {n}", OrgKind.PARTY_CELL, group) for n in range(1, count + 1)]


def make_inspection(user, commune, *, org=None, member="", head=False, **fields):
    today = timezone.localdate()
    values = {
        "body": "ubkt",
        "kind": "regular",
        "focus": "budget",
        "decision_on": today - dt.timedelta(days=20),
        "subject_org": org,
        "member_name": member,
        "member_role": "Bí thư Chi bộ" if head else "",
        "member_is_head": head,
        **fields,
    }
    return services.inspection_create(acting_user=user, commune=commune, **values)
