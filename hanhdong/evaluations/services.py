"""State changes of the evaluations: criteria sets and their criteria (a version a round or
a commune's scoring used is frozen, so a change makes the next version), the yearly round
(opened by the Party-building board, self-assessed by each collective and head, proposed by
the board, decided by the Standing Committee), the commune's own yearly scoring verified by
the city, and the register of self-managed models."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from hanhdong.audit.models import AuditAction
from hanhdong.audit.services import audit_changes, audit_record, snapshot
from hanhdong.evaluations import evidence
from hanhdong.evaluations.models import (
    AssessmentState,
    Band,
    CommuneAssessment,
    CriteriaSet,
    Criterion,
    Group,
    IndicatorScore,
    Rating,
    RatingState,
    Round,
    RoundState,
    Score,
    SelfManagedModel,
    SetKind,
    Source,
    SubjectKind,
)
from hanhdong.lib.text import clean_text
from hanhdong.lib.transactions import service
from hanhdong.notifications.outbox import enqueue
from hanhdong.orgs.models import Membership, Organization, OrgKind, Role

DEFAULTS = Path(__file__).resolve().parent / "data" / "default_sets.json"
SET_FIELDS = [
    "name",
    "basis",
    "from_year",
    "total_points",
    "general_points",
    "results_points",
    "excellent_from",
    "good_from",
    "done_from",
    "quota_percent",
]
CRITERION_FIELDS = ["group", "text", "points", "source", "goal", "evidence_hint"]
ZERO = Decimal(0)


# -- who is told ----------------------------------------------------------------------------
def board_users(commune):
    """The officers of the commune's Party-building board(s)."""
    return (
        Membership.objects.in_commune(commune)
        .filter(organization__kind=OrgKind.PARTY_BOARD)
        .holding(Role.OFFICER)
        .users()
    )


def standing_users(commune):
    return Membership.objects.in_commune(commune).holding(Role.STANDING).users()


def rated_users(rating: Rating):
    """Who self-assesses ``rating``: the head in person, or the unit's officers."""
    if rating.kind == SubjectKind.INDIVIDUAL:
        return [rating.person] if rating.person_id else []
    return list(Membership.objects.holding(Role.OFFICER, rating.organization).users())


# -- criteria sets --------------------------------------------------------------------------
def is_frozen(criteria_set: CriteriaSet) -> bool:
    """Whether a round or a commune's scoring used this version."""
    pk = criteria_set.pk
    return (
        Round.objects.filter(Q(collective_set_id=pk) | Q(individual_set_id=pk)).exists()
        or CommuneAssessment.objects.filter(criteria_set_id=pk).exists()
    )


def _check_set(criteria_set: CriteriaSet) -> None:
    s = criteria_set
    s.name = clean_text(s.name).strip()
    if not s.name:
        raise ValidationError(_("Name the criteria set."))
    if s.total_points <= 0:
        raise ValidationError(_("The total points must be above zero."))
    if s.kind != SetKind.COMMUNE and s.general_points + s.results_points != s.total_points:
        raise ValidationError(
            _("The general criteria's and the results' points must add up to the total.")
        )
    if not (0 <= s.done_from < s.good_from < s.excellent_from <= s.total_points):
        raise ValidationError(
            _("The bands must rise: completed < good < excellent, and not above the total.")
        )
    if not 0 <= s.quota_percent <= 100:
        raise ValidationError(_("The quota is a share between 0 and 100%."))
    if not s.pk:
        return
    live = list(s.criteria.filter(is_retired=False))
    limits = {Group.GENERAL: s.general_points, Group.RESULTS: s.results_points}
    if s.kind == SetKind.COMMUNE:
        limits = {Group.INDICATOR: s.total_points}
    for group, limit in limits.items():
        used = sum((c.points for c in live if c.group == group), ZERO)
        if used > limit:
            raise ValidationError(
                _("The criteria of “%(group)s” add up to %(used)s points, more than its %(limit)s.")
                % {"group": Group(group).label, "used": used, "limit": limit}
            )


def _check_criterion(criterion: Criterion, criteria_set: CriteriaSet) -> None:
    criterion.text = clean_text(criterion.text).strip()
    if not criterion.text:
        raise ValidationError(_("Write the criterion."))
    if criterion.points is None or criterion.points <= 0:
        raise ValidationError(_("A criterion's points must be above zero."))
    commune_set = criteria_set.kind == SetKind.COMMUNE
    if commune_set != (criterion.group == Group.INDICATOR):
        raise ValidationError(
            _("The commune's own criteria are indicators; a rating set has no indicators.")
        )
    if criterion.source != Source.MANUAL and criterion.group in (Group.BONUS, Group.DEDUCTION):
        raise ValidationError(_("Bonus points and deductions are entered by the assessor."))
    if criterion.source == Source.SELF_MANAGED and not criterion.goal:
        raise ValidationError(_("Say how many models give the full points."))


@service
def criteria_set_create(*, acting_user, commune, kind: str, code: str, **fields) -> CriteriaSet:
    for name in fields:
        if name not in SET_FIELDS:
            raise TypeError(f"criteria_set_create() got an unexpected field {name!r}")
    if CriteriaSet.objects.filter(commune=commune, code=code).exists():
        raise ValidationError(_("A criteria set with this code exists already."))
    if kind == SetKind.COMMUNE:
        fields.setdefault("general_points", ZERO)
        fields.setdefault("results_points", fields.get("total_points", Decimal(100)))
    found = CriteriaSet(commune=commune, kind=kind, code=code, created_by=acting_user, **fields)
    _check_set(found)
    found.save()
    audit_record(
        actor=acting_user,
        obj=found,
        action=AuditAction.CREATE,
        commune=commune,
        changes=snapshot(found, ["kind", "code", "version", *SET_FIELDS]),
    )
    return found


@service
def criteria_sets_start(*, acting_user, commune) -> list[CriteriaSet]:
    """Add the default sets (Quy định 366-QĐ/TW; "xã, phường hạnh phúc") the commune has
    not got yet, from the data file: every figure then the board's to change."""
    data = json.loads(DEFAULTS.read_text(encoding="utf-8"))
    made = []
    for spec in data["sets"]:
        if CriteriaSet.objects.filter(commune=commune, code=spec["code"]).exists():
            continue
        extra = {"from_year": spec["from_year"]} if spec.get("from_year") else {}
        found = criteria_set_create.within(
            acting_user=acting_user,
            commune=commune,
            kind=spec["kind"],
            code=spec["code"],
            name=spec["name"],
            basis=spec["basis"],
            **extra,
        )
        for position, row in enumerate(spec["criteria"], 1):
            group, text, points, source = row[:4]
            goal = Decimal(row[4]) if len(row) > 4 else None
            Criterion.objects.create(
                criteria_set=found,
                position=position,
                group=group,
                text=text,
                points=Decimal(points),
                source=source,
                goal=goal,
            )
        _check_set(found)
        made.append(found)
    return made


def _editable(criteria_set: CriteriaSet, acting_user) -> tuple[CriteriaSet, dict[int, Criterion]]:
    """The version a change goes into: this one, or — when a round or a scoring used it —
    a new version copied from it (criteria and all), which becomes the current one. Returns
    the version and its criteria by the old criteria's ids."""
    found = CriteriaSet.objects.select_for_update().get(pk=criteria_set.pk)
    if not found.is_current:
        raise ValidationError(_("This is an older version: change the current one."))
    if found.is_retired:
        raise ValidationError(_("This criteria set is retired."))
    criteria = list(found.criteria.all())
    if not is_frozen(found):
        return found, {c.pk: c for c in criteria}
    found.is_current = False
    found.save(update_fields=["is_current"])
    old_version = found.version
    found.pk = None
    found._state.adding = True
    found.version += 1
    found.is_current = True
    found.created_by = acting_user
    found.save()
    mapping = {}
    for criterion in criteria:
        old = criterion.pk
        criterion.pk = None
        criterion._state.adding = True
        criterion.criteria_set = found
        criterion.save()
        mapping[old] = criterion
    audit_record(
        actor=acting_user,
        obj=found,
        action=AuditAction.CREATE,
        commune=found.commune,
        changes={"version": found.version, "copied_from": old_version},
    )
    return found, mapping


@service
def criteria_set_update(*, acting_user, criteria_set: CriteriaSet, **fields) -> CriteriaSet:
    found, _mapping = _editable(criteria_set, acting_user)
    before = snapshot(found, SET_FIELDS)
    for name, value in fields.items():
        if name not in SET_FIELDS:
            raise TypeError(f"criteria_set_update() got an unexpected field {name!r}")
        setattr(found, name, value)
    _check_set(found)
    found.save()
    audit_changes(actor=acting_user, obj=found, before=before, commune=found.commune)
    return found


@service
def criteria_set_retire(*, acting_user, criteria_set: CriteriaSet) -> CriteriaSet:
    """No new round or scoring takes it; those that did keep it."""
    found = CriteriaSet.objects.select_for_update().get(pk=criteria_set.pk)
    if found.is_retired:
        raise ValidationError(_("This criteria set is retired."))
    found.is_retired = True
    found.save(update_fields=["is_retired"])
    audit_record(
        actor=acting_user,
        obj=found,
        action=AuditAction.UPDATE,
        commune=found.commune,
        changes={"is_retired": [False, True]},
    )
    return found


@service
def criterion_add(*, acting_user, criteria_set: CriteriaSet, **fields) -> Criterion:
    found, _mapping = _editable(criteria_set, acting_user)
    for name in fields:
        if name not in CRITERION_FIELDS:
            raise TypeError(f"criterion_add() got an unexpected field {name!r}")
    last = found.criteria.order_by("-position").first()
    criterion = Criterion(criteria_set=found, position=(last.position + 1) if last else 1, **fields)
    _check_criterion(criterion, found)
    criterion.save()
    _check_set(found)
    audit_record(
        actor=acting_user,
        obj=criterion,
        action=AuditAction.CREATE,
        commune=found.commune,
        changes={"criteria_set": str(found), **snapshot(criterion, CRITERION_FIELDS)},
    )
    return criterion


@service
def criterion_update(*, acting_user, criterion: Criterion, **fields) -> Criterion:
    found, mapping = _editable(criterion.criteria_set, acting_user)
    target = mapping[criterion.pk]
    if target.is_retired:
        raise ValidationError(_("This criterion is retired."))
    before = snapshot(target, CRITERION_FIELDS)
    for name, value in fields.items():
        if name not in CRITERION_FIELDS:
            raise TypeError(f"criterion_update() got an unexpected field {name!r}")
        setattr(target, name, value)
    _check_criterion(target, found)
    target.save()
    _check_set(found)
    audit_changes(
        actor=acting_user,
        obj=target,
        before=before,
        commune=found.commune,
        also={"criteria_set": str(found)},
    )
    return target


@service
def criterion_retire(*, acting_user, criterion: Criterion) -> Criterion:
    found, mapping = _editable(criterion.criteria_set, acting_user)
    target = mapping[criterion.pk]
    if target.is_retired:
        raise ValidationError(_("This criterion is retired."))
    target.is_retired = True
    target.save(update_fields=["is_retired"])
    audit_record(
        actor=acting_user,
        obj=target,
        action=AuditAction.UPDATE,
        commune=found.commune,
        changes={"is_retired": [False, True], "criteria_set": str(found)},
    )
    return target


# -- the yearly round -----------------------------------------------------------------------
RATED_KINDS = [
    OrgKind.PARTY_OFFICE,
    OrgKind.PARTY_BOARD,
    OrgKind.INSPECTION_COMMITTEE,
    OrgKind.PEOPLES_COUNCIL,
    OrgKind.PEOPLES_COMMITTEE,
    OrgKind.DEPARTMENT,
    OrgKind.FATHERLAND_FRONT,
    OrgKind.MASS_ORGANIZATION,
    OrgKind.PARTY_CELL,
]


def _compute(rating: Rating, today: dt.date | None = None) -> None:
    """The computed points of each criterion of ``rating`` that the data can give."""
    round_ = rating.round
    for score in rating.scores.select_related("criterion"):
        figure = evidence.figure_for(
            score.criterion, round_.commune, rating.organization_id, round_.year, today
        )
        computed = evidence.points_of(figure, score.criterion.points) if figure else None
        if computed != score.computed:
            score.computed = computed
            score.save(update_fields=["computed"])


def _usable(criteria_set, kind: str, commune) -> None:
    if criteria_set is None:
        return
    if (
        criteria_set.commune_id != commune.pk
        or criteria_set.kind != kind
        or not criteria_set.is_current
        or criteria_set.is_retired
    ):
        raise ValidationError(_("Choose a current criteria set of the right kind."))


@service
def round_open(
    *,
    acting_user,
    commune,
    year: int,
    self_due_on: dt.date,
    collective_set: CriteriaSet,
    individual_set: CriteriaSet | None = None,
    units=(),
    heads=(),
) -> Round:
    """Open the year's round: who is rated (``units`` as collectives; ``heads``, the
    memberships of the heads, as individuals), on which criteria, by when; their computed
    points worked out, and each told."""
    _usable(collective_set, SetKind.COLLECTIVE, commune)
    _usable(individual_set, SetKind.INDIVIDUAL, commune)
    if Round.objects.filter(commune=commune, year=year).exists():
        raise ValidationError(_("The round of this year is open already."))
    units, heads = list(units), list(heads)
    if not units and not heads:
        raise ValidationError(_("Choose who is rated."))
    if heads and individual_set is None:
        raise ValidationError(_("Choose the criteria for individuals."))
    if any(u.commune_id != commune.pk or u.pk == commune.pk for u in units) or any(
        m.organization.commune_id != commune.pk for m in heads
    ):
        raise ValidationError(_("Only the commune's own units and people are rated."))
    round_ = Round.objects.create(
        commune=commune,
        year=year,
        self_due_on=self_due_on,
        collective_set=collective_set,
        individual_set=individual_set,
        created_by=acting_user,
    )
    ratings = [
        Rating(round=round_, kind=SubjectKind.COLLECTIVE, organization=u, name=u.name)
        for u in units
    ]
    seen = set()
    for m in heads:
        if m.user_id in seen:
            continue
        seen.add(m.user_id)
        name = m.user.get_full_name() or m.user.username
        ratings.append(
            Rating(
                round=round_,
                kind=SubjectKind.INDIVIDUAL,
                organization=m.organization,
                person=m.user,
                name=name,
                title=m.title or m.organization.name,
            )
        )
    for rating in ratings:
        rating.save()
        criteria = rating.criteria_set.criteria.filter(is_retired=False)
        Score.objects.bulk_create([Score(rating=rating, criterion=c) for c in criteria])
        _compute(rating)
    audit_record(
        actor=acting_user,
        obj=round_,
        action=AuditAction.CREATE,
        commune=commune,
        changes={
            "year": year,
            "self_due_on": self_due_on.isoformat(),
            "collective_set": str(collective_set),
            "individual_set": str(individual_set or ""),
            "rated": [r.name for r in ratings],
        },
    )
    for rating in ratings:
        enqueue(
            key=f"evaluation-open:{rating.pk}",
            recipients=rated_users(rating),
            subject=_("Self-assessment for %(year)s: %(name)s, due %(due)s")
            % {"year": year, "name": rating.name, "due": self_due_on.strftime("%d/%m/%Y")},
            body=_("The Party-building board asks for the self-assessment."),
            url=reverse("evaluations:rating", args=[rating.pk]),
            fresh=True,
        )
    return round_


def _locked_round(round_: Round) -> Round:
    return (
        Round.objects.select_for_update(of=("self",))
        .select_related("commune", "collective_set", "individual_set")
        .get(pk=round_.pk)
    )


@service
def round_refresh(*, acting_user, round: Round) -> Round:  # noqa: A002
    """Work the computed points out again from today's data, while the round is open."""
    round_ = _locked_round(round)
    if round_.state != RoundState.OPEN:
        raise ValidationError(_("The round is no longer open."))
    changed = {}
    for rating in round_.ratings.all():
        before = {s.criterion_id: s.computed for s in rating.scores.all()}
        _compute(rating)
        after = {s.criterion_id: s.computed for s in rating.scores.all()}
        if before != after:
            changed[rating.name] = {
                str(k): [str(before[k]), str(after[k])] for k in after if before[k] != after[k]
            }
    audit_record(
        actor=acting_user,
        obj=round_,
        action=AuditAction.UPDATE,
        commune=round_.commune,
        changes={"computed": changed},
    )
    return round_


def parse_points(value) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value).replace(",", ".").strip())
    except InvalidOperation as exc:
        raise ValidationError(_("Points are a number, e.g. 7.5.")) from exc


def total_of(entries: dict, criteria: dict) -> Decimal:
    """general + results + bonus − deductions, never below zero."""
    total = ZERO
    for pk, points in entries.items():
        if points is None:
            continue
        total += -points if criteria[pk].group == Group.DEDUCTION else points
    return max(total, ZERO)


def _apply(rating: Rating, entries: dict, step: str) -> tuple[Decimal, dict]:
    """Check and write one step's points (``entries``: criterion id → (points, reason));
    a computed criterion left empty takes the computed points (nothing arose in the year:
    its full points), a bonus or deduction none; one the assessor enters must be entered.
    Returns the total and the overrides for the audit row."""
    scores = {s.criterion_id: s for s in rating.scores.select_related("criterion")}
    overrides, points_of = {}, {}
    for pk, score in scores.items():
        c = score.criterion
        points, reason = entries.get(pk, (None, ""))
        reason = clean_text(reason or "").strip()[:500]
        if points is None:
            if c.group in (Group.BONUS, Group.DEDUCTION):
                points = ZERO
            elif c.source == Source.MANUAL:
                raise ValidationError(_("Score “%(c)s”.") % {"c": c.text[:60]})
            else:
                points = score.computed if score.computed is not None else c.points
        if not ZERO <= points <= c.points:
            raise ValidationError(
                _("“%(c)s”: between 0 and %(max)s points.") % {"c": c.text[:60], "max": c.points}
            )
        overridden = score.computed is not None and points != score.computed
        if (overridden or (c.group in (Group.BONUS, Group.DEDUCTION) and points)) and not reason:
            raise ValidationError(
                _("“%(c)s”: give the reason for these points.") % {"c": c.text[:60]}
            )
        if overridden:
            overrides[c.text[:60]] = {
                "computed": str(score.computed),
                "given": str(points),
                "reason": reason,
            }
        elif reason:
            overrides[c.text[:60]] = {"given": str(points), "reason": reason}
        setattr(score, f"{step}_points", points)
        setattr(score, f"{step}_reason", reason)
        score.save(update_fields=[f"{step}_points", f"{step}_reason"])
        points_of[pk] = points
    return total_of(points_of, {pk: s.criterion for pk, s in scores.items()}), overrides


def _locked_rating(rating: Rating) -> Rating:
    return (
        Rating.objects.select_for_update(of=("self",))
        .select_related("round__commune", "round__collective_set", "round__individual_set")
        .get(pk=rating.pk)
    )


@service
def rating_self_assess(*, acting_user, rating: Rating, entries: dict, comment: str) -> Rating:
    """The collective's (its officer's) or the head's own assessment, until the board
    proposes."""
    rating = _locked_rating(rating)
    if rating.round.state != RoundState.OPEN or rating.state not in (
        RatingState.AWAITING,
        RatingState.SELF_DONE,
    ):
        raise ValidationError(_("The self-assessment is closed: the board has proposed."))
    comment = clean_text(comment or "").strip()
    if not comment:
        raise ValidationError(_("Write the self-assessment: strengths, shortcomings."))
    total, overrides = _apply(rating, entries, "self")
    before = snapshot(rating, ["state", "self_total", "self_band"])
    rating.self_total, rating.self_comment = total, comment
    rating.self_band = rating.criteria_set.band_of(total)
    rating.state = RatingState.SELF_DONE
    rating.save()
    audit_changes(
        actor=acting_user,
        obj=rating,
        before=before,
        commune=rating.round.commune,
        also={"overrides": overrides} if overrides else None,
    )
    enqueue(
        key=f"evaluation-self:{rating.pk}:{timezone.now().timestamp()}",
        recipients=list(board_users(rating.round.commune)),
        subject=_("%(name)s self-assessed: %(total)s points")
        % {"name": rating.name, "total": total},
        body=comment[:1000],
        url=reverse("evaluations:rating", args=[rating.pk]),
    )
    return rating


@service
def rating_review(*, acting_user, rating: Rating, entries: dict, comment: str) -> Rating:
    """The board's proposal for one rating: its points (each change from the computed
    figure with its reason) and band."""
    rating = _locked_rating(rating)
    if rating.round.state != RoundState.OPEN:
        raise ValidationError(_("The round is no longer open."))
    if rating.state == RatingState.AWAITING and timezone.localdate() <= rating.round.self_due_on:
        raise ValidationError(_("Wait for the self-assessment, or for its deadline to pass."))
    total, overrides = _apply(rating, entries, "board")
    before = snapshot(rating, ["state", "proposed_total", "proposed_band"])
    rating.proposed_total = total
    rating.proposed_band = rating.criteria_set.band_of(total)
    rating.board_comment = clean_text(comment or "").strip()
    rating.state = RatingState.PROPOSED
    rating.save()
    audit_changes(
        actor=acting_user,
        obj=rating,
        before=before,
        commune=rating.round.commune,
        also={"overrides": overrides} if overrides else None,
    )
    return rating


def quota_problems(round_: Round, bands: dict[int, str]) -> list[str]:
    """Where more are rated excellent than the quota allows: per kind (collectives,
    individuals), excellent ≤ quota % of those rated good or excellent."""
    problems = []
    ratings = list(round_.ratings.all())
    for kind, criteria_set in (
        (SubjectKind.COLLECTIVE, round_.collective_set),
        (SubjectKind.INDIVIDUAL, round_.individual_set),
    ):
        if criteria_set is None:
            continue
        chosen = [bands.get(r.pk, "") for r in ratings if r.kind == kind]
        excellent = chosen.count(Band.EXCELLENT)
        good = excellent + chosen.count(Band.GOOD)
        allowed = int(Decimal(good) * criteria_set.quota_percent / 100)
        if excellent > allowed:
            problems.append(
                _(
                    "%(kind)s: %(n)s rated excellent, at most %(max)s allowed "
                    "(%(share)s%% of the %(good)s rated good or better)."
                )
                % {
                    "kind": SubjectKind(kind).label,
                    "n": excellent,
                    "max": allowed,
                    "share": f"{criteria_set.quota_percent.normalize():f}",
                    "good": good,
                }
            )
    return problems


@service
def round_propose(*, acting_user, round: Round, note: str, dated=None) -> Round:  # noqa: A002
    """The board proposes the bands to the Standing Committee (the tờ trình)."""
    round_ = _locked_round(round)
    if round_.state != RoundState.OPEN:
        raise ValidationError(_("The round is no longer open."))
    ratings = list(round_.ratings.all())
    waiting = [r.name for r in ratings if r.state != RatingState.PROPOSED]
    if waiting:
        raise ValidationError(
            _("Propose a band for each first: %(names)s.") % {"names": ", ".join(waiting[:5])}
        )
    problems = quota_problems(round_, {r.pk: r.proposed_band for r in ratings})
    if problems:
        raise ValidationError(problems)
    round_.state = RoundState.PROPOSED
    round_.proposal_note = clean_text(note or "").strip()
    round_.proposed_on = dated or timezone.localdate()
    round_.save()
    audit_record(
        actor=acting_user,
        obj=round_,
        action=AuditAction.UPDATE,
        commune=round_.commune,
        changes={"state": [RoundState.OPEN, RoundState.PROPOSED], "note": round_.proposal_note},
    )
    enqueue(
        key=f"evaluation-proposed:{round_.pk}",
        recipients=list(standing_users(round_.commune)),
        subject=_("The board proposes the ratings of %(year)s") % {"year": round_.year},
        body=round_.proposal_note[:1000],
        url=reverse("evaluations:round", args=[round_.pk]),
    )
    return round_


@service
def round_decide(*, acting_user, round: Round, bands: dict, note: str, dated=None) -> Round:  # noqa: A002
    """The Standing Committee decides each band (the board's proposal unless changed):
    the round is closed."""
    round_ = _locked_round(round)
    if round_.state != RoundState.PROPOSED:
        raise ValidationError(_("Only a proposed round is decided."))
    ratings = list(round_.ratings.all())
    chosen = {}
    for r in ratings:
        band = bands.get(r.pk) or r.proposed_band
        if band not in Band.values:
            raise ValidationError(_("Choose a band for each."))
        chosen[r.pk] = band
    problems = quota_problems(round_, chosen)
    if problems:
        raise ValidationError(problems)
    changed = {}
    for r in ratings:
        if chosen[r.pk] != r.proposed_band:
            changed[r.name] = [r.proposed_band, chosen[r.pk]]
        r.decided_band = chosen[r.pk]
        r.state = RatingState.DECIDED
        r.save(update_fields=["decided_band", "state"])
    round_.state = RoundState.DECIDED
    round_.decision_note = clean_text(note or "").strip()
    round_.decided_on = dated or timezone.localdate()
    round_.save()
    audit_record(
        actor=acting_user,
        obj=round_,
        action=AuditAction.UPDATE,
        commune=round_.commune,
        changes={
            "state": [RoundState.PROPOSED, RoundState.DECIDED],
            "changed_from_proposal": changed,
            "note": round_.decision_note,
        },
    )
    for r in ratings:
        enqueue(
            key=f"evaluation-decided:{r.pk}",
            recipients=rated_users(r),
            subject=_("Rating of %(year)s decided: %(name)s — %(band)s")
            % {"year": round_.year, "name": r.name, "band": Band(r.decided_band).label},
            body=round_.decision_note[:1000],
            url=reverse("evaluations:rating", args=[r.pk]),
        )
    enqueue(
        key=f"evaluation-decided-board:{round_.pk}",
        recipients=list(board_users(round_.commune)),
        subject=_("The Standing Committee decided the ratings of %(year)s") % {"year": round_.year},
        body=round_.decision_note[:1000],
        url=reverse("evaluations:round", args=[round_.pk]),
    )
    return round_


# -- the commune's own criteria ---------------------------------------------------------------
def city_viewers(commune):
    if commune.parent_id is None:
        return []
    return Membership.objects.holding(Role.CITY_VIEWER, commune.parent).users()


@service
def assessment_open(*, acting_user, commune, year: int, criteria_set) -> CommuneAssessment:
    if (
        criteria_set.commune_id != commune.pk
        or criteria_set.kind != SetKind.COMMUNE
        or not criteria_set.is_current
        or criteria_set.is_retired
    ):
        raise ValidationError(_("Choose a current set of the commune's own criteria."))
    if criteria_set.from_year and year < criteria_set.from_year:
        raise ValidationError(
            _("These criteria apply from %(year)s.") % {"year": criteria_set.from_year}
        )
    if CommuneAssessment.objects.filter(
        commune=commune, year=year, criteria_set__code=criteria_set.code
    ).exists():
        raise ValidationError(_("The commune has scored this set for this year already."))
    found = CommuneAssessment.objects.create(commune=commune, year=year, criteria_set=criteria_set)
    for criterion in criteria_set.criteria.filter(is_retired=False):
        figure = evidence.figure_for(criterion, commune, None, year)
        IndicatorScore.objects.create(
            assessment=found,
            criterion=criterion,
            computed=evidence.points_of(figure, criterion.points) if figure else None,
        )
    audit_record(
        actor=acting_user,
        obj=found,
        action=AuditAction.CREATE,
        commune=commune,
        changes={"year": year, "criteria_set": str(criteria_set)},
    )
    return found


def _locked_assessment(assessment) -> CommuneAssessment:
    return (
        CommuneAssessment.objects.select_for_update(of=("self",))
        .select_related("commune", "criteria_set")
        .get(pk=assessment.pk)
    )


@service
def assessment_score(*, acting_user, assessment, entries: dict) -> CommuneAssessment:
    """The commune's points and evidence per indicator (``entries``: criterion id →
    (points, evidence)): an indicator the commune scores itself, and a computed one
    changed, only with its evidence."""
    found = _locked_assessment(assessment)
    if found.state not in (AssessmentState.DRAFT, AssessmentState.RETURNED):
        raise ValidationError(_("Sent to the city: no longer changed."))
    before = snapshot(found, ["total"])
    total = ZERO
    changes = {}
    for score in found.scores.select_related("criterion"):
        points, text = entries.get(score.criterion_id, (None, ""))
        text = clean_text(text or "").strip()
        if points is None and score.criterion.source != Source.MANUAL:
            # computed; nothing arose in the year: its full points
            points = score.computed if score.computed is not None else score.criterion.points
        if points is not None and not ZERO <= points <= score.criterion.points:
            raise ValidationError(
                _("“%(c)s”: between 0 and %(max)s points.")
                % {"c": score.criterion.text[:60], "max": score.criterion.points}
            )
        manual = score.criterion.source == Source.MANUAL
        changed = score.computed is not None and points != score.computed
        if points is not None and (manual or changed) and not text:
            raise ValidationError(
                _("“%(c)s”: give the evidence for these points.") % {"c": score.criterion.text[:60]}
            )
        if (points, text) != (score.points, score.evidence):
            changes[score.criterion.text[:60]] = [str(score.points), str(points), text[:200]]
        score.points, score.evidence = points, text
        score.save(update_fields=["points", "evidence"])
        total += points or ZERO
    found.total = total
    found.save(update_fields=["total"])
    audit_changes(
        actor=acting_user, obj=found, before=before, commune=found.commune, also=changes or None
    )
    return found


@service
def assessment_submit(*, acting_user, assessment) -> CommuneAssessment:
    found = _locked_assessment(assessment)
    if found.state not in (AssessmentState.DRAFT, AssessmentState.RETURNED):
        raise ValidationError(_("Sent to the city already."))
    if found.scores.filter(points=None).exists():
        raise ValidationError(_("Score every indicator first."))
    before = found.state
    found.state = AssessmentState.SUBMITTED
    found.save(update_fields=["state"])
    audit_record(
        actor=acting_user,
        obj=found,
        action=AuditAction.UPDATE,
        commune=found.commune,
        changes={"state": [before, found.state]},
    )
    enqueue(
        key=f"assessment-submitted:{found.pk}:{timezone.now().timestamp()}",
        recipients=list(city_viewers(found.commune)),
        subject=_("%(commune)s asks to verify its scoring of %(year)s: %(total)s points")
        % {"commune": found.commune.name, "year": found.year, "total": found.total},
        body=found.criteria_set.name,
        url=reverse("evaluations:assessment", args=[found.pk]),
    )
    return found


@service
def assessment_verify(*, acting_user, assessment, accept: bool, note: str) -> CommuneAssessment:
    """The city verifies the commune's scoring, or returns it with its remarks."""
    found = _locked_assessment(assessment)
    if found.state != AssessmentState.SUBMITTED:
        raise ValidationError(_("Only a scoring sent to the city is verified."))
    note = clean_text(note or "").strip()
    if not accept and not note:
        raise ValidationError(_("Say what the commune must correct."))
    before = snapshot(found, ["state", "city_note"])
    found.state = AssessmentState.VERIFIED if accept else AssessmentState.RETURNED
    found.city_note = note
    if accept:
        found.verified_by, found.verified_on = acting_user, timezone.localdate()
    found.save()
    audit_changes(actor=acting_user, obj=found, before=before, commune=found.commune)
    enqueue(
        key=f"assessment-verified:{found.pk}:{timezone.now().timestamp()}",
        recipients=list(board_users(found.commune)),
        subject=(
            _("The city verified the scoring of %(year)s")
            if accept
            else _("The city returned the scoring of %(year)s")
        )
        % {"year": found.year},
        body=note[:1000],
        url=reverse("evaluations:assessment", args=[found.pk]),
    )
    return found


# -- the register of self-managed models -------------------------------------------------------
MODEL_FIELDS = ["name", "village", "since", "maintained", "note"]


def _check_model(model: SelfManagedModel) -> None:
    model.name = clean_text(model.name).strip()
    if not model.name:
        raise ValidationError(_("Name the model."))
    if model.village is not None and (
        model.village.commune_id != model.commune_id or model.village.kind != OrgKind.VILLAGE
    ):
        raise ValidationError(_("Choose one of the commune's villages."))
    if not 1945 <= model.since <= timezone.localdate().year:
        raise ValidationError(_("The year it started is not right."))


@service
def model_add(*, acting_user, commune, **fields) -> SelfManagedModel:
    model = SelfManagedModel(commune=commune, **fields)
    _check_model(model)
    model.save()
    audit_record(
        actor=acting_user,
        obj=model,
        action=AuditAction.CREATE,
        commune=commune,
        changes=snapshot(model, MODEL_FIELDS),
    )
    return model


@service
def model_update(*, acting_user, model: SelfManagedModel, **fields) -> SelfManagedModel:
    model = SelfManagedModel.objects.select_for_update().get(pk=model.pk)
    before = snapshot(model, MODEL_FIELDS)
    for name, value in fields.items():
        if name not in MODEL_FIELDS:
            raise TypeError(f"model_update() got an unexpected field {name!r}")
        setattr(model, name, value)
    _check_model(model)
    model.save()
    audit_changes(actor=acting_user, obj=model, before=before, commune=model.commune)
    return model


def heads_of(commune):
    """The memberships that may be rated as heads: the officers of the rated units, the
    Standing Committee's members (Bí thư, Phó Bí thư)."""
    return (
        Membership.objects.filter(organization__commune=commune)
        .filter(Q(role=Role.OFFICER, organization__kind__in=RATED_KINDS) | Q(role=Role.STANDING))
        .select_related("user", "organization")
        .order_by("organization__position", "organization__name", "user__last_name")
    )


def rated_units(commune):
    return Organization.objects.in_commune(commune).filter(kind__in=RATED_KINDS, is_active=True)
