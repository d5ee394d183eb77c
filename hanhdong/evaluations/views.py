"""The evaluations' pages: the commune's page, the criteria sets (kept by the
Party-building board), the year's round and each rating (self-assessment, the board's
proposal, the Standing Committee's decision), the evidence behind a computed score, the
documents, the commune's own scoring and its register of self-managed models."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hanhdong.audit.models import AuditEntry
from hanhdong.evaluations import documents, evidence, selectors, services
from hanhdong.evaluations.forms import (
    AssessmentForm,
    CriterionForm,
    ModelForm,
    NewSetForm,
    NoteForm,
    RoundForm,
    SetForm,
    VerifyForm,
    band_form,
)
from hanhdong.evaluations.models import (
    CriteriaSet,
    Group,
    RatingState,
    RoundState,
    SelfManagedModel,
    SetKind,
)
from hanhdong.lib.views import form_page, form_post
from hanhdong.orgs.access import (
    Reach,
    get_assessment_for_edit,
    get_assessment_for_user,
    get_assessment_for_verify,
    get_commune_for_user,
    get_criteria_set_for_edit,
    get_criteria_set_for_user,
    get_criterion_for_edit,
    get_model_for_edit,
    get_rating_for_review,
    get_rating_for_self,
    get_rating_for_user,
    get_round_for_decision,
    get_round_for_edit,
    get_round_for_summary,
    get_round_for_user,
    reach_of,
)
from hanhdong.orgs.models import Organization, OrgKind

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SET_NAMES = list(SetForm.base_fields)


def _base(commune, **extra) -> dict:
    return {"commune": commune, "tab": "evaluations", **extra}


@login_required
@require_GET
def home(request, pk):
    commune = get_commune_for_user(request, pk, may=Reach.has_evaluations_page)
    return render(
        request,
        "evaluations/home.html",
        _base(commune, **selectors.home(request.user, commune), year=timezone.localdate().year),
    )


# -- criteria sets ----------------------------------------------------------------------------
@login_required
@require_POST
def sets_start(request, pk):
    commune = get_commune_for_user(request, pk, may=Reach.can_run_evaluations)
    made = services.criteria_sets_start(acting_user=request.user, commune=commune)
    messages.success(request, _("%(n)s criteria sets added from the defaults.") % {"n": len(made)})
    return redirect("evaluations:home", pk=commune.pk)


@login_required
@require_http_methods(["GET", "POST"])
def set_new(request, pk):
    commune = get_commune_for_user(request, pk, may=Reach.can_run_evaluations)
    defaults = CriteriaSet._meta
    initial = {n: defaults.get_field(n).default for n in SET_NAMES if n not in ("name", "basis")}
    initial["from_year"] = None
    return form_page(
        request,
        NewSetForm(request.POST or None, initial=initial),
        save=lambda data: services.criteria_set_create(
            acting_user=request.user, commune=commune, **data
        ),
        message=_("The criteria set was added."),
        done=lambda found: reverse("evaluations:set", args=[found.pk]),
        template="evaluations/form.html",
        context=_base(commune, heading=_("New criteria set")),
    )


@login_required
@require_GET
def criteria_set(request, pk):
    found = get_criteria_set_for_user(request, pk)
    reach = reach_of(request.user)
    versions = CriteriaSet.objects.filter(commune=found.commune, code=found.code).order_by(
        "-version"
    )
    may_edit = (
        reach.can_run_evaluations(found.commune_id) and found.is_current and not found.is_retired
    )
    return render(
        request,
        "evaluations/set.html",
        _base(
            found.commune,
            set=found,
            criteria=list(found.criteria.all()),
            versions=versions,
            may_edit=may_edit,
            frozen=services.is_frozen(found),
            criterion_form=CriterionForm(),
            history=AuditEntry.objects.for_object(found).select_related("actor")[:30],
        ),
    )


@login_required
@require_http_methods(["GET", "POST"])
def set_edit(request, pk):
    found = get_criteria_set_for_edit(request, pk)
    return form_page(
        request,
        SetForm(request.POST or None, initial={n: getattr(found, n) for n in SET_NAMES}),
        save=lambda data: services.criteria_set_update(
            acting_user=request.user, criteria_set=found, **data
        ),
        message=_("Saved."),
        done=lambda saved: reverse("evaluations:set", args=[saved.pk]),
        template="evaluations/form.html",
        context=_base(
            found.commune, heading=str(found), back=reverse("evaluations:set", args=[found.pk])
        ),
    )


@login_required
@require_POST
def set_retire(request, pk):
    found = get_criteria_set_for_edit(request, pk)
    try:
        services.criteria_set_retire(acting_user=request.user, criteria_set=found)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("The criteria set was retired."))
    return redirect("evaluations:set", pk=found.pk)


@login_required
@require_http_methods(["GET", "POST"])
def criterion_new(request, pk):
    found = get_criteria_set_for_edit(request, pk)
    initial = {"group": Group.INDICATOR if found.kind == SetKind.COMMUNE else Group.RESULTS}
    return form_page(
        request,
        CriterionForm(request.POST or None, initial=initial),
        save=lambda data: services.criterion_add(
            acting_user=request.user, criteria_set=found, **data
        ),
        message=_("The criterion was added."),
        done=lambda c: reverse("evaluations:set", args=[c.criteria_set_id]),
        template="evaluations/form.html",
        context=_base(
            found.commune,
            heading=_("New criterion"),
            back=reverse("evaluations:set", args=[found.pk]),
        ),
    )


@login_required
@require_http_methods(["GET", "POST"])
def criterion_edit(request, pk):
    found = get_criterion_for_edit(request, pk)
    names = list(CriterionForm.base_fields)
    return form_page(
        request,
        CriterionForm(request.POST or None, initial={n: getattr(found, n) for n in names}),
        save=lambda data: services.criterion_update(
            acting_user=request.user, criterion=found, **data
        ),
        message=_("Saved."),
        done=lambda c: reverse("evaluations:set", args=[c.criteria_set_id]),
        template="evaluations/form.html",
        context=_base(
            found.criteria_set.commune,
            heading=_("Change the criterion"),
            back=reverse("evaluations:set", args=[found.criteria_set_id]),
        ),
    )


@login_required
@require_POST
def criterion_retire(request, pk):
    found = get_criterion_for_edit(request, pk)
    try:
        saved = services.criterion_retire(acting_user=request.user, criterion=found)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("evaluations:set", pk=found.criteria_set_id)
    messages.success(request, _("The criterion was retired."))
    return redirect("evaluations:set", pk=saved.criteria_set_id)


# -- the yearly round ---------------------------------------------------------------------------
@login_required
@require_http_methods(["GET", "POST"])
def round_new(request, pk):
    commune = get_commune_for_user(request, pk, may=Reach.can_run_evaluations)
    today = timezone.localdate()
    sets = CriteriaSet.objects.filter(commune=commune, is_current=True, is_retired=False)
    units = services.rated_units(commune)
    heads = services.heads_of(commune)
    initial = {
        "year": today.year,
        "self_due_on": today + dt.timedelta(days=14),
        "collective_set": sets.filter(kind=SetKind.COLLECTIVE).first(),
        "individual_set": sets.filter(kind=SetKind.INDIVIDUAL).first(),
        "units": list(units),
        "heads": [m for m in heads if m.title],
    }
    form = RoundForm(request.POST or None, initial=initial, sets=sets, units=units, heads=heads)
    return form_page(
        request,
        form,
        save=lambda data: services.round_open(acting_user=request.user, commune=commune, **data),
        message=_("The round was opened; those rated were asked for their self-assessment."),
        done=lambda r: reverse("evaluations:round", args=[r.pk]),
        template="evaluations/form.html",
        context=_base(
            commune,
            heading=_("Open the year's evaluation"),
            submit=_("Open the round and ask for the self-assessments"),
        ),
    )


def _round_page(request, round_, status=200, **forms):
    reach = reach_of(request.user)
    page = selectors.round_page(request.user, round_)
    may_run = reach.can_run_evaluations(round_.commune_id)
    may_decide = reach.can_decide_evaluations(round_.commune_id)
    ratings = page["ratings"]
    context = _base(
        round_.commune,
        round=round_,
        **page,
        may_run=may_run and round_.state == RoundState.OPEN,
        may_decide=may_decide and round_.state == RoundState.PROPOSED,
        sees_all=reach.sees_evaluations(round_.commune_id),
        quota=services.quota_problems(round_, {r.pk: r.proposed_band for r in ratings}),
        propose_form=forms.get("propose") or NoteForm(),
        decide_form=forms.get("decide") or band_form(ratings),
        history=AuditEntry.objects.for_object(round_).select_related("actor")[:30],
    )
    return render(request, "evaluations/round.html", context, status=status)


@login_required
@require_GET
def round_view(request, pk):
    return _round_page(request, get_round_for_user(request, pk))


@login_required
@require_POST
def round_refresh(request, pk):
    round_ = get_round_for_edit(request, pk)
    try:
        services.round_refresh(acting_user=request.user, round=round_)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("The computed points were worked out again from the data."))
    return redirect("evaluations:round", pk=round_.pk)


@login_required
@require_POST
def round_propose(request, pk):
    round_ = get_round_for_edit(request, pk)
    return form_post(
        request,
        NoteForm(request.POST),
        save=lambda data: services.round_propose(acting_user=request.user, round=round_, **data),
        message=_("The proposal was sent to the Standing Committee."),
        done=reverse("evaluations:round", args=[round_.pk]),
        failed=lambda form: _round_page(request, round_, status=400, propose=form),
    )


@login_required
@require_POST
def round_decide(request, pk):
    round_ = get_round_for_decision(request, pk)
    ratings = list(round_.ratings.all())
    return form_post(
        request,
        band_form(ratings, request.POST),
        save=lambda data: services.round_decide(
            acting_user=request.user,
            round=round_,
            bands={r.pk: data[f"band_{r.pk}"] for r in ratings},
            note=data["note"],
        ),
        message=_("The ratings were decided; those rated were told."),
        done=reverse("evaluations:round", args=[round_.pk]),
        failed=lambda form: _round_page(request, round_, status=400, decide=form),
    )


# -- one rating ------------------------------------------------------------------------------
def _entries(post, scores, step: str) -> dict:
    """criterion id → (points or None, reason) from the posted score sheet."""
    entries = {}
    for score in scores:
        pk = score.criterion_id
        entries[pk] = (
            services.parse_points(post.get(f"{step}_{pk}")),
            post.get(f"reason_{step}_{pk}", "")[:500],
        )
    return entries


def _plain(value) -> str:
    """Points as typed in a form: "7.5", never localised."""
    if value is None:
        return ""
    return f"{value.normalize():f}" if value != value.to_integral_value() else str(int(value))


def _rating_page(request, rating, status=200, error=""):
    reach = reach_of(request.user)
    scores = selectors.rating_rows(rating)
    round_open = rating.round.state == RoundState.OPEN
    may_self = (
        reach.can_self_assess(rating)
        and round_open
        and rating.state in (RatingState.AWAITING, RatingState.SELF_DONE)
    )
    may_review = reach.can_run_evaluations(rating.round.commune_id) and round_open
    if may_self and may_review and rating.state != RatingState.AWAITING:
        may_self = False  # the board's own unit, self-assessed: the page is the board's
    posted = request.POST if request.method == "POST" else None
    for s in scores:
        pk = s.criterion_id
        board = s.board_points if s.board_points is not None else s.self_points
        s.shown_self = posted.get(f"self_{pk}", "") if posted else _plain(s.self_points)
        s.shown_board = posted.get(f"board_{pk}", "") if posted else _plain(board)
        s.shown_self_reason = posted.get(f"reason_self_{pk}", "") if posted else s.self_reason
        s.shown_board_reason = (
            posted.get(f"reason_board_{pk}", "") if posted else (s.board_reason or s.self_reason)
        )
    groups = []
    for group in Group:
        rows = [s for s in scores if s.criterion.group == group]
        if rows:
            groups.append((group.label, rows))
    context = _base(
        rating.round.commune,
        rating=rating,
        round=rating.round,
        criteria_set=rating.criteria_set,
        groups=groups,
        may_self=may_self,
        may_review=may_review,
        error=error,
        history=AuditEntry.objects.for_object(rating).select_related("actor")[:30],
    )
    return render(request, "evaluations/rating.html", context, status=status)


@login_required
@require_GET
def rating(request, pk):
    return _rating_page(request, get_rating_for_user(request, pk))


def _rating_step(request, found, side: str, step, done: str):
    """One side's scores of a rating (the rated's own, the board's) through ``step``."""
    try:
        step(
            acting_user=request.user,
            rating=found,
            entries=_entries(request.POST, found.scores.all(), side),
            comment=request.POST.get("comment", "")[:5000],
        )
    except ValidationError as exc:
        return _rating_page(request, found, status=400, error=" ".join(exc.messages))
    messages.success(request, done)
    return redirect("evaluations:rating", pk=found.pk)


@login_required
@require_POST
def rating_self(request, pk):
    found = get_rating_for_self(request, pk)
    done = _("Your self-assessment was recorded; the board was told.")
    return _rating_step(request, found, "self", services.rating_self_assess, done)


@login_required
@require_POST
def rating_review(request, pk):
    found = get_rating_for_review(request, pk)
    done = _("The board's proposal was recorded.")
    return _rating_step(request, found, "board", services.rating_review, done)


@login_required
@require_GET
def rating_evidence(request, pk, criterion):
    """The rows a computed score counted: one click from the score."""
    found = get_rating_for_user(request, pk)
    score = found.scores.select_related("criterion").filter(criterion_id=criterion).first()
    if score is None or score.criterion.source == "manual":
        raise Http404
    figure = evidence.figure_for(
        score.criterion, found.round.commune, found.organization_id, found.round.year
    )
    return render(
        request,
        "evaluations/evidence.html",
        _base(
            found.round.commune,
            rating=found,
            criterion=score.criterion,
            score=score,
            figure=figure,
            points=evidence.points_of(figure, score.criterion.points),
            back=reverse("evaluations:rating", args=[found.pk]),
        ),
    )


# -- documents -------------------------------------------------------------------------------
def _file(data: bytes, kind: str, name: str) -> HttpResponse:
    response = HttpResponse(data, content_type=DOCX if kind == "docx" else XLSX)
    response["Content-Disposition"] = f'attachment; filename="{name}.{kind}"'
    return response


@login_required
@require_GET
def rating_sheet(request, pk, kind):
    found = get_rating_for_user(request, pk)
    if kind not in ("docx", "xlsx"):
        raise Http404
    data = documents.sheet_docx(found) if kind == "docx" else documents.sheet_xlsx(found)
    return _file(data, kind, f"phieu-danh-gia-{found.round.year}-{found.pk}")


@login_required
@require_GET
def round_summary(request, pk, kind):
    round_ = get_round_for_summary(request, pk)
    if kind not in ("docx", "xlsx"):
        raise Http404
    data = documents.summary_docx(round_) if kind == "docx" else documents.summary_xlsx(round_)
    return _file(data, kind, f"bang-tong-hop-{round_.year}")


@login_required
@require_GET
def round_proposal(request, pk):
    round_ = get_round_for_summary(request, pk)
    return _file(documents.proposal_docx(round_), "docx", f"to-trinh-{round_.year}")


# -- the commune's own criteria and the register of models ----------------------------------------
@login_required
@require_http_methods(["GET", "POST"])
def assessment_new(request, pk):
    commune = get_commune_for_user(request, pk, may=Reach.can_run_evaluations)
    sets = CriteriaSet.objects.filter(
        commune=commune, kind=SetKind.COMMUNE, is_current=True, is_retired=False
    )
    return form_page(
        request,
        AssessmentForm(
            request.POST or None,
            initial={"year": timezone.localdate().year, "criteria_set": sets.first()},
            sets=sets,
        ),
        save=lambda data: services.assessment_open(
            acting_user=request.user, commune=commune, **data
        ),
        message=_("The scoring was opened; the computed indicators are filled in."),
        done=lambda a: reverse("evaluations:assessment", args=[a.pk]),
        template="evaluations/form.html",
        context=_base(commune, heading=_("Score the commune's own criteria")),
    )


def _assessment_page(request, found, status=200, error="", verify=None):
    reach = reach_of(request.user)
    scores = list(found.scores.select_related("criterion"))
    editable = found.state in ("draft", "returned")
    context = _base(
        found.commune,
        assessment=found,
        scores=scores,
        may_edit=reach.can_run_evaluations(found.commune_id) and editable,
        may_verify=reach.can_verify_commune_scoring(found.commune_id)
        and found.state == "submitted",
        verify_form=verify or VerifyForm(),
        posted=request.POST if request.method == "POST" else {},
        error=error,
        history=AuditEntry.objects.for_object(found).select_related("actor")[:30],
    )
    return render(request, "evaluations/assessment.html", context, status=status)


@login_required
@require_GET
def assessment(request, pk):
    return _assessment_page(request, get_assessment_for_user(request, pk))


@login_required
@require_POST
def assessment_score(request, pk):
    found = get_assessment_for_edit(request, pk)
    try:
        entries = {
            s.criterion_id: (
                services.parse_points(request.POST.get(f"points_{s.criterion_id}")),
                request.POST.get(f"evidence_{s.criterion_id}", "")[:5000],
            )
            for s in found.scores.all()
        }
        services.assessment_score(acting_user=request.user, assessment=found, entries=entries)
        if request.POST.get("submit"):
            services.assessment_submit(acting_user=request.user, assessment=found)
    except ValidationError as exc:
        return _assessment_page(request, found, status=400, error=" ".join(exc.messages))
    messages.success(
        request,
        _("Sent to the city for verification.") if request.POST.get("submit") else _("Saved."),
    )
    return redirect("evaluations:assessment", pk=found.pk)


@login_required
@require_POST
def assessment_verify(request, pk):
    found = get_assessment_for_verify(request, pk)
    return form_post(
        request,
        VerifyForm(request.POST),
        save=lambda data: services.assessment_verify(
            acting_user=request.user,
            assessment=found,
            accept=request.POST.get("accept") == "1",
            note=data["note"],
        ),
        message=_("Recorded; the commune was told."),
        done=reverse("evaluations:assessment", args=[found.pk]),
        failed=lambda form: _assessment_page(request, found, status=400, verify=form),
    )


def _villages(commune):
    return Organization.objects.in_commune(commune).filter(kind=OrgKind.VILLAGE)


@login_required
@require_http_methods(["GET", "POST"])
def models_list(request, pk):
    """The register of self-managed models; the board adds to it here."""
    may = Reach.can_run_evaluations if request.method == "POST" else Reach.can_see_commune_scoring
    commune = get_commune_for_user(request, pk, may=may)
    may_edit = reach_of(request.user).can_run_evaluations(commune.pk)
    found = SelfManagedModel.objects.filter(commune=commune).select_related("village")
    return form_page(
        request,
        ModelForm(request.POST or None, villages=_villages(commune), initial={"maintained": True}),
        save=lambda data: services.model_add(acting_user=request.user, commune=commune, **data),
        message=_("The model was added to the register."),
        done=reverse("evaluations:models", args=[commune.pk]),
        template="evaluations/models.html",
        context=_base(
            commune,
            models=found,
            maintained=sum(m.maintained for m in found),
            may_edit=may_edit,
        ),
    )


@login_required
@require_http_methods(["GET", "POST"])
def model_edit(request, pk):
    found = get_model_for_edit(request, pk)
    names = ["name", "village", "since", "maintained", "note"]
    return form_page(
        request,
        ModelForm(
            request.POST or None,
            villages=_villages(found.commune),
            initial={n: getattr(found, n) for n in names},
        ),
        save=lambda data: services.model_update(acting_user=request.user, model=found, **data),
        message=_("Saved."),
        done=reverse("evaluations:models", args=[found.commune_id]),
        template="evaluations/form.html",
        context=_base(
            found.commune,
            heading=found.name,
            back=reverse("evaluations:models", args=[found.commune_id]),
        ),
    )
