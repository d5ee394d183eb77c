"""Reads of the evaluations: by id, for ``orgs.access``; the pages' reads."""

from __future__ import annotations

from hanhdong.evaluations.models import (
    CommuneAssessment,
    CriteriaSet,
    Criterion,
    Rating,
    Round,
    SelfManagedModel,
)
from hanhdong.orgs.access import finder, reach_of

# the codes of the default sets (``data/default_sets.json``)
DEFAULT_CODES = frozenset({"qd366-tap-the", "qd366-ca-nhan", "xa-phuong-hanh-phuc"})


@finder("criteria_set")
def criteria_set_by_id(pk: int):
    return CriteriaSet.objects.select_related("commune").filter(pk=pk).first()


@finder("criterion")
def criterion_by_id(pk: int):
    return Criterion.objects.select_related("criteria_set").filter(pk=pk).first()


@finder("round")
def round_by_id(pk: int):
    return (
        Round.objects.select_related("commune", "collective_set", "individual_set")
        .filter(pk=pk)
        .first()
    )


@finder("rating")
def rating_by_id(pk: int):
    return (
        Rating.objects.select_related(
            "round__commune",
            "round__collective_set",
            "round__individual_set",
            "organization",
            "person",
        )
        .filter(pk=pk)
        .first()
    )


@finder("assessment")
def assessment_by_id(pk: int):
    return (
        CommuneAssessment.objects.select_related("commune__parent", "criteria_set", "verified_by")
        .filter(pk=pk)
        .first()
    )


@finder("self_managed_model")
def model_by_id(pk: int):
    return SelfManagedModel.objects.select_related("commune").filter(pk=pk).first()


def home(user, commune) -> dict:
    """The evaluations' page of a commune: its rounds, the ratings the user may see (an
    agency's officer: their own), the criteria sets, the commune's own scoring."""
    reach = reach_of(user)
    sees_all = reach.sees_evaluations(commune.pk)
    rounds = list(Round.objects.filter(commune=commune))
    mine = []
    if not sees_all:
        mine = [
            r
            for r in Rating.objects.filter(round__commune=commune).select_related(
                "round", "organization"
            )
            if reach.can_self_assess(r)
        ]
    sets = list(
        CriteriaSet.objects.filter(commune=commune, is_current=True).order_by("kind", "code")
    )
    return {
        "sees_all": sees_all,
        "may_run": reach.can_run_evaluations(commune.pk),
        "rounds": rounds if sees_all else [],
        "mine": mine,
        "sets": sets,
        "sees_scoring": reach.can_see_commune_scoring(commune.pk),
        "assessments": list(
            CommuneAssessment.objects.filter(commune=commune).select_related("criteria_set")
        ),
        "defaults_missing": len(DEFAULT_CODES - {s.code for s in sets}) > 0,
        "models_maintained": SelfManagedModel.objects.filter(
            commune=commune, maintained=True
        ).count(),
    }


def round_page(user, round_) -> dict:
    """The round's ratings the user may see, collectives then individuals."""
    reach = reach_of(user)
    ratings = list(round_.ratings.select_related("organization", "person"))
    for r in ratings:
        r.round = round_
    visible = [r for r in ratings if reach.can_see_rating(r)]
    return {
        "ratings": visible,
        "collectives": [r for r in visible if r.kind == "collective"],
        "individuals": [r for r in visible if r.kind == "individual"],
    }


def rating_rows(rating) -> list:
    """The rating's scores by group, each with its criterion."""
    return list(rating.scores.select_related("criterion"))
