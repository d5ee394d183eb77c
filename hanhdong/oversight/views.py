"""The inspection and supervision pages: the commune's page (programs, inspections,
supervisions, coverage), a program and its planned items, an inspection from its decision to
its conclusion, the targets measured from the records, the People's Council's and the
Front's supervisions with their petitions."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hanhdong.audit.models import AuditEntry
from hanhdong.lib.views import form_page, form_post
from hanhdong.orgs.access import (
    Reach,
    get_coverage_link_for_edit,
    get_inspection_for_edit,
    get_inspection_for_user,
    get_oversight_commune,
    get_oversight_program_for_edit,
    get_oversight_program_for_user,
    get_planned_item_for_edit,
    get_supervision_for_edit,
    get_supervision_for_user,
    reach_of,
)
from hanhdong.orgs.models import Organization, OrgKind
from hanhdong.oversight import selectors, services
from hanhdong.oversight.forms import (
    ConcludeForm,
    DecisionForm,
    InspectionForm,
    IssueForm,
    ItemForm,
    LinkForm,
    PetitionForm,
    ProgramForm,
    RecordForm,
    SupervisionForm,
    WorkForm,
    party_units,
)
from hanhdong.oversight.models import Body, Kind, PlannedItem, State, SupervisionKind
from hanhdong.programs.models import Program
from hanhdong.tasks.selectors import directive_tasks

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _base(commune) -> dict:
    return {"commune": commune, "program": Program.objects.current_of(commune), "tab": "oversight"}


@login_required
@require_GET
def home(request, pk):
    commune = get_oversight_commune(request, pk)
    return render(
        request,
        "oversight/home.html",
        {**_base(commune), **selectors.home(request.user, commune)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def program_new(request, pk):
    commune = get_oversight_commune(request, pk, may=Reach.can_inspect)
    year = timezone.localdate().year
    initial = {
        "scope": "year",
        "year": year,
        "title": f"Chương trình kiểm tra, giám sát năm {year}",
    }
    return form_page(
        request,
        ProgramForm(request.POST or None, initial=initial),
        save=lambda data: services.oversight_program_create(
            acting_user=request.user, commune=commune, **data
        ),
        message=_("The program was recorded."),
        done=lambda program: reverse("oversight:program", args=[program.pk]),
        template="oversight/form.html",
        context={**_base(commune), "heading": _("New inspection and supervision program")},
    )


@login_required
@require_GET
def program(request, pk):
    found = get_oversight_program_for_user(request, pk)
    reach = reach_of(request.user)
    named = reach.may_see_members(found.commune_id)
    items = list(found.items.select_related("subject_org").prefetch_related("inspections"))
    for item in items:
        selectors.mask(item, named)
    if named and any(item.member_name for item in items):
        services.oversight_looked_at(user=request.user, program=found)
    context = {
        **_base(found.commune),
        "oprogram": found,
        "items": items,
        "may_inspect": reach.can_inspect(found.commune_id),
        "history": AuditEntry.objects.for_object(found).select_related("actor")[:50],
    }
    return render(request, "oversight/program.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def item_new(request, pk):
    found = get_oversight_program_for_edit(request, pk)
    initial = {"year": found.year}
    form = ItemForm(request.POST or None, initial=initial, commune=found.commune)
    return form_page(
        request,
        form,
        save=lambda data: services.planned_item_add(
            acting_user=request.user, program=found, **data
        ),
        message=_("The item was added to the program."),
        done=reverse("oversight:program", args=[found.pk]),
        template="oversight/form.html",
        context={
            **_base(found.commune),
            "heading": _("Plan an inspection or supervision"),
            "back": reverse("oversight:program", args=[found.pk]),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def item_edit(request, pk):
    item = get_planned_item_for_edit(request, pk)
    names = [
        "kind",
        "focus",
        "content",
        "year",
        "quarter",
        "starts_on",
        "ends_on",
        "team",
        "subject_org",
        "member_name",
        "member_role",
        "member_is_head",
    ]
    form = ItemForm(
        request.POST or None,
        initial={n: getattr(item, n) for n in names},
        commune=item.program.commune,
    )
    if item.member_name and request.method == "GET":
        services.oversight_looked_at(user=request.user, program=item.program)
    back = reverse("oversight:program", args=[item.program_id])
    return form_page(
        request,
        form,
        save=lambda data: services.planned_item_update(acting_user=request.user, item=item, **data),
        message=_("Saved."),
        done=back,
        template="oversight/form.html",
        context={
            **_base(item.program.commune),
            "heading": _("Edit the planned item"),
            "back": back,
        },
    )


def _planned(request, commune) -> PlannedItem | None:
    """The planned item the new inspection carries out (``?planned=``), if it is the
    commune's."""
    pk = request.GET.get("planned") or request.POST.get("planned")
    if not (pk and str(pk).isdigit() and len(str(pk)) < 19):
        return None
    return (
        PlannedItem.objects.filter(pk=pk, program__commune=commune)
        .select_related("program")
        .first()
    )


@login_required
@require_http_methods(["GET", "POST"])
def inspection_new(request, pk):
    """A new inspection: from a planned item (``?planned=``), or opened from elsewhere with
    its subject (``?subject=`` a unit of the commune) and why (``?note=``)."""
    commune = get_oversight_commune(request, pk, may=Reach.can_inspect)
    planned = _planned(request, commune)
    initial = {"decision_on": timezone.localdate(), "body": Body.INSPECTION}
    if planned is not None:
        names = [
            "kind",
            "focus",
            "content",
            "subject_org",
            "member_name",
            "member_role",
            "member_is_head",
            "starts_on",
            "ends_on",
            "team",
        ]
        initial.update({n: getattr(planned, n) for n in names})
        initial["body"] = planned.program.body
    subject = request.GET.get("subject", "")
    if subject.isdigit() and len(subject) < 19:
        unit = party_units(commune).filter(pk=subject).first()
        if unit is None:  # any unit of the commune the signal was about
            unit = Organization.objects.in_commune(commune).filter(pk=subject).first()
            if unit is not None and unit.kind != OrgKind.PARTY_CELL:
                initial["content"] = unit.name
                unit = None
        if unit is not None:
            initial["subject_org"] = unit.pk
    note = request.GET.get("note", "")[:2000]
    if note:
        initial["reason"] = note
        initial.setdefault("kind", Kind.VIOLATION)
    form = InspectionForm(request.POST or None, initial=initial, commune=commune)
    return form_page(
        request,
        form,
        save=lambda data: services.inspection_create(
            acting_user=request.user, commune=commune, planned=planned, **data
        ),
        message=_("The inspection was decided; its decision has its number."),
        done=lambda inspection: reverse("oversight:inspection", args=[inspection.pk]),
        template="oversight/form.html",
        context={
            **_base(commune),
            "heading": _("Decide an inspection or supervision"),
            "planned": planned,
            "back": reverse("oversight:home", args=[commune.pk]),
        },
    )


def _inspection_page(request, inspection, status=200, **forms):
    today = timezone.localdate()
    reach = reach_of(request.user)
    if inspection.is_restricted:
        services.oversight_looked_at(user=request.user, inspection=inspection)
    selectors.mask(inspection, True)
    tasks = directive_tasks(inspection.directive, reach, today)
    may_edit = reach.can_inspect(inspection.commune_id) and inspection.state == State.DECIDED
    work_names = ["team", "starts_on", "ends_on", "documents", "findings"]
    context = {
        **_base(inspection.commune),
        "inspection": inspection,
        "tasks": tasks,
        "may_edit": may_edit,
        "work_form": forms.get("work")
        or WorkForm(initial={n: getattr(inspection, n) for n in work_names}),
        "conclude_form": forms.get("conclude")
        or ConcludeForm(
            initial={
                "concluded_on": today,
                "signer_role": "Chủ nhiệm" if inspection.body == Body.INSPECTION else "",
            }
        ),
        "looks": inspection.looks.select_related("user")[:20] if inspection.is_restricted else [],
        "history": AuditEntry.objects.for_object(inspection).select_related("actor")[:50],
    }
    return render(request, "oversight/inspection.html", context, status=status)


@login_required
@require_GET
def inspection(request, pk):
    return _inspection_page(request, get_inspection_for_user(request, pk))


@login_required
@require_POST
def inspection_work(request, pk):
    found = get_inspection_for_edit(request, pk)
    return form_post(
        request,
        WorkForm(request.POST),
        save=lambda data: services.inspection_update(
            acting_user=request.user, inspection=found, **data
        ),
        message=_("Saved."),
        done=reverse("oversight:inspection", args=[found.pk]),
        failed=lambda form: _inspection_page(request, found, status=400, work=form),
    )


@login_required
@require_http_methods(["GET", "POST"])
def inspection_edit(request, pk):
    """Correct a decided inspection's decision before its conclusion."""
    found = get_inspection_for_edit(request, pk)
    page = reverse("oversight:inspection", args=[found.pk])
    if found.state == State.CONCLUDED:
        messages.error(request, _("The inspection is concluded: its record is closed."))
        return redirect(page)
    if found.is_restricted:  # the form shows the member named: a look, logged
        services.oversight_looked_at(user=request.user, inspection=found)
    form = DecisionForm(
        request.POST or None,
        initial={name: getattr(found, name) for name in services.DECISION_FIELDS},
        commune=found.commune,
    )
    return _correction(
        request,
        found,
        form,
        save=lambda data: services.inspection_correct(
            acting_user=request.user, inspection=found, **data
        ),
        message=_("The decision was corrected."),
        heading=_("Correct the decision %(number)s") % {"number": found.decision_number},
        back=page,
    )


def _correction(request, found, form, *, save, message: str, heading: str, back: str):
    """The page correcting a record (an inspection's decision, a supervision's record),
    back to the record once saved."""
    return form_page(
        request,
        form,
        save=save,
        message=message,
        done=back,
        template="oversight/form.html",
        context={**_base(found.commune), "heading": heading, "back": back},
    )


@login_required
@require_POST
def conclude(request, pk):
    found = get_inspection_for_edit(request, pk)
    return form_post(
        request,
        ConcludeForm(request.POST),
        save=lambda data: services.inspection_conclude(
            acting_user=request.user, inspection=found, **data
        ),
        message=_("Concluded: the conclusion has its number, its recommendations were issued."),
        done=reverse("oversight:inspection", args=[found.pk]),
        failed=lambda form: _inspection_page(request, found, status=400, conclude=form),
    )


@login_required
@require_GET
def conclusion_file(request, pk):
    found = get_inspection_for_user(request, pk)
    if found.is_restricted:
        services.oversight_looked_at(user=request.user, inspection=found)
    data = services.conclusion_file(found)
    stem = (found.conclusion_number or "du-thao").replace("/", "-").replace("Đ", "D")
    response = HttpResponse(data, content_type=DOCX)
    response["Content-Disposition"] = f'attachment; filename="KL-{stem}.docx"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def link_new(request, pk):
    commune = get_oversight_commune(request, pk, may=Reach.can_link_coverage)
    program = Program.objects.current_of(commune)
    targets = list(program.targets.current().order_by("position")) if program else []
    form = LinkForm(
        request.POST or None, targets=targets, initial={"target": request.GET.get("target")}
    )
    return form_page(
        request,
        form,
        save=lambda data: services.coverage_link_set(
            acting_user=request.user, target=form.targets[data["target"]], measure=data["measure"]
        ),
        message=_("The target is measured from the inspection records."),
        done=reverse("oversight:home", args=[commune.pk]) + "#coverage",
        template="oversight/form.html",
        context={
            **_base(commune),
            "heading": _("Measure a target from the records"),
            "back": reverse("oversight:home", args=[commune.pk]),
        },
    )


@login_required
@require_POST
def link_remove(request, pk):
    link = get_coverage_link_for_edit(request, pk)
    commune = link.target.program.commune
    services.coverage_link_remove(acting_user=request.user, link=link)
    messages.success(request, _("The target is no longer measured from the records."))
    return redirect(reverse("oversight:home", args=[commune.pk]) + "#coverage")


# -- the People's Council's and the Front's supervisions ----------------------------------
@login_required
@require_http_methods(["GET", "POST"])
def supervision_new(request, pk):
    commune = get_oversight_commune(request, pk, may=Reach.can_record_supervision)
    reach = reach_of(request.user)
    bodies = Organization.objects.in_commune(commune).filter(
        kind__in=[OrgKind.PEOPLES_COUNCIL, OrgKind.FATHERLAND_FRONT], is_active=True
    )
    if not reach.is_admin:
        bodies = bodies.filter(pk__in=reach.supervisor_unit_ids)
    form = SupervisionForm(
        request.POST or None,
        bodies=bodies,
        initial={
            "held_on": timezone.localdate(),
            "kind": SupervisionKind.SESSION,
            "body": bodies.first(),  # the supervisor's own body, chosen for them
        },
    )
    return form_page(
        request,
        form,
        save=lambda data: services.supervision_create(
            acting_user=request.user, commune=commune, **data
        ),
        message=_("Recorded."),
        done=lambda found: reverse("oversight:supervision", args=[found.pk]),
        template="oversight/form.html",
        context={
            **_base(commune),
            "heading": _("Record a supervision, critique conference or dialogue"),
            "back": reverse("oversight:home", args=[commune.pk]),
        },
    )


def _supervision_page(request, found, status=200, **forms):
    today = timezone.localdate()
    tasks = directive_tasks(found.directive, reach_of(request.user), today)
    context = {
        **_base(found.commune),
        "supervision": found,
        "tasks": tasks,
        "petitions": list(found.petitions.select_related("feedback")),
        "may_edit": reach_of(request.user).can_edit_supervision(found),
        "issue_form": forms.get("issue") or IssueForm(initial={"issued_on": today}),
        "petition_form": forms.get("petition") or PetitionForm(),
        "history": AuditEntry.objects.for_object(found).select_related("actor")[:50],
    }
    return render(request, "oversight/supervision.html", context, status=status)


@login_required
@require_GET
def supervision(request, pk):
    return _supervision_page(request, get_supervision_for_user(request, pk))


@login_required
@require_http_methods(["GET", "POST"])
def supervision_edit(request, pk):
    """Correct a supervision's record until its recommendations are sent."""
    found = get_supervision_for_edit(request, pk)
    page = reverse("oversight:supervision", args=[found.pk])
    if found.directive.is_issued:
        messages.error(request, _("The recommendations were sent already."))
        return redirect(page)
    form = RecordForm(
        request.POST or None,
        initial={name: getattr(found, name) for name in services.RECORD_FIELDS},
    )
    return _correction(
        request,
        found,
        form,
        save=lambda data: services.supervision_correct(
            acting_user=request.user, supervision=found, **data
        ),
        message=_("The record was corrected."),
        heading=_("Correct the record"),
        back=page,
    )


@login_required
@require_POST
def supervision_issue(request, pk):
    found = get_supervision_for_edit(request, pk)
    return form_post(
        request,
        IssueForm(request.POST),
        save=lambda data: services.supervision_issue(
            acting_user=request.user, supervision=found, **data
        ),
        message=_("The recommendations were sent to the agencies."),
        done=reverse("oversight:supervision", args=[found.pk]),
        failed=lambda form: _supervision_page(request, found, status=400, issue=form),
    )


@login_required
@require_POST
def petition_new(request, pk):
    found = get_supervision_for_edit(request, pk)
    return form_post(
        request,
        PetitionForm(request.POST),
        save=lambda data: services.petition_add(
            acting_user=request.user, supervision=found, **data
        ),
        message=_("The petition was taken down; it is tracked to its answer."),
        done=reverse("oversight:supervision", args=[found.pk]) + "#petitions",
        failed=lambda form: _supervision_page(request, found, status=400, petition=form),
    )
