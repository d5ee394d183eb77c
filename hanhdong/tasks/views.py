"""The assigned tasks' pages: the one list, a task with its steps, the documents that give
tasks (and the agencies' implementing plans), the commune's rules for chasing them."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hanhdong.audit.models import AuditEntry
from hanhdong.feedback.communes import commune_by_code
from hanhdong.lib.files import CappedUploadHandler, file_response, read_capped
from hanhdong.lib.views import form_page
from hanhdong.orgs.access import (
    Reach,
    get_assigned_for_edit,
    get_assigned_for_progress,
    get_assigned_for_user,
    get_city_for_user,
    get_commune_for_user,
    get_directive_for_edit,
    get_directive_for_user,
    get_program_for_user,
    reach_of,
)
from hanhdong.programs.models import Program
from hanhdong.reports.models import ReportingKind, ReportingPeriod
from hanhdong.tasks import coverage as carried
from hanhdong.tasks import ranking as ranked
from hanhdong.tasks import selectors, services
from hanhdong.tasks.forms import (
    CityLinkForm,
    CloseForm,
    ConfirmForm,
    DirectiveForm,
    HoldForm,
    ImportForm,
    ProgressForm,
    ReviewForm,
    TaskForm,
    TaskSettingsForm,
    program_choices,
)
from hanhdong.tasks.models import OPEN, Directive, Origin, Status, TaskState


@login_required
@require_GET
def task_list(request, pk):
    """Every task of the commune — from meetings, directives, plans and the program's key
    tasks — in one list with one status model."""
    commune = get_commune_for_user(request, pk)
    reach, today = reach_of(request.user), timezone.localdate()
    rows = selectors.task_list(commune, reach, today)
    counts = selectors.counts(rows)
    status, origin = request.GET.get("status", ""), request.GET.get("origin", "")
    lead = request.GET.get("lead", "")
    if status in Status.values:
        rows = [r for r in rows if r.status == status]
    if origin in {o for o, _label in selectors.ORIGINS}:
        rows = [r for r in rows if r.origin == origin]
    if lead.isdigit():
        rows = [r for r in rows if r.lead_id == int(lead)]
    context = {
        "commune": commune,
        "program": Program.objects.current_of(commune),
        "tab": "assigned",
        "rows": rows,
        "counts": counts,
        "shown": [(s, Status(s).label, counts[s]) for s in Status.values if s != Status.DRAFT],
        "status": status,
        "origin": origin,
        "origins": [(o, label) for o, label in Origin.choices] + [("program", _("Key tasks"))],
        "can_issue": reach.can_issue_tasks(commune.pk),
    }
    return render(request, "tasks/list.html", context)


def _task_page(request, task, status=200, **forms):
    reach, today = reach_of(request.user), timezone.localdate()
    may_report = reach.can_report_on(task) and task.state in OPEN
    may_issue = reach.can_edit_directive(task.directive)
    context = {
        "task": task,
        "commune": task.commune,
        "program": Program.objects.current_of(task.commune),
        "tab": "assigned",
        "status": task.status(today),
        "status_label": Status(task.status(today)).label,
        "updates": task.updates.select_related("by")[:50],
        "serves": _serves(task),
        "may_report": may_report,
        "may_confirm": may_issue and task.state == TaskState.DONE,
        "may_hold": may_issue and task.state not in (TaskState.DRAFT, TaskState.CANCELLED),
        "may_edit": may_issue,
        "progress_form": forms.get("progress") or ProgressForm(initial={"percent": task.percent}),
        "close_form": forms.get("close") or CloseForm(initial={"done_on": today}),
        "confirm_form": forms.get("confirm") or ConfirmForm(),
        "hold_form": forms.get("hold") or HoldForm(),
        "history": AuditEntry.objects.for_object(task).select_related("actor")[:50],
    }
    return render(request, "tasks/task.html", context, status=status)


def _serves(task) -> list[str]:
    """The program's sections and items the task carries out, in words."""
    if not task.serves:
        return []
    labels = dict(program_choices(Program.objects.current_of(task.commune)))
    return [labels.get(path, path).lstrip("— ") for path in task.serves]


@login_required
@require_GET
def task(request, pk):
    return _task_page(request, get_assigned_for_user(request, pk))


def _act(request, task, form_name, form, call, message):
    """Call the service with the valid form; on a refusal, the task page again with the
    form and its error."""
    if form.is_valid():
        try:
            call(form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, message)
            return redirect("tasks:task", pk=task.pk)
    return _task_page(request, task, status=400, **{form_name: form})


@login_required
@require_POST
def progress(request, pk):
    task = get_assigned_for_progress(request, pk)
    return _act(
        request,
        task,
        "progress",
        ProgressForm(request.POST),
        lambda data: services.task_progress(acting_user=request.user, task=task, **data),
        _("The progress was recorded."),
    )


@login_required
@require_POST
@csrf_exempt  # checked below, once the upload handler is in place
def close(request, pk):
    request.upload_handlers.insert(0, CappedUploadHandler(request))
    return _close(request, pk)


@csrf_protect
def _close(request, pk):
    task = get_assigned_for_progress(request, pk)
    form = CloseForm(request.POST, request.FILES)

    def call(data):
        uploaded = data.pop("result_file")
        upload = None
        if uploaded:
            upload = services.prepare_product(uploaded.name, read_capped(uploaded))
        services.task_close(acting_user=request.user, task=task, upload=upload, **data)

    return _act(request, task, "close", form, call, _("The task was closed with its product."))


@login_required
@require_POST
def confirm(request, pk):
    task = get_assigned_for_edit(request, pk)
    accept = "accept" in request.POST
    return _act(
        request,
        task,
        "confirm",
        ConfirmForm(request.POST),
        lambda data: services.task_confirm(
            acting_user=request.user, task=task, accept=accept, comment=data["comment"]
        ),
        _("Recorded."),
    )


@login_required
@require_POST
def hold(request, pk):
    task = get_assigned_for_edit(request, pk)
    return _act(
        request,
        task,
        "hold",
        HoldForm(request.POST),
        lambda data: services.task_hold(acting_user=request.user, task=task, **data),
        _("Recorded."),
    )


@login_required
@require_GET
def product(request, pk):
    task = get_assigned_for_user(request, pk)
    if not task.result_file:
        raise PermissionDenied
    return file_response(task.result_file, task.result_file_name, task.result_file_kind)


def _task_form(request, directive, initial=None):
    program = Program.objects.current_of(directive.commune)
    return TaskForm(
        request.POST or None, commune=directive.commune, program=program, initial=initial
    )


@login_required
@require_http_methods(["GET", "POST"])
def task_new(request, pk):
    directive = get_directive_for_edit(request, pk)
    form = _task_form(request, directive)

    def save(data):
        fields, partners = form.service_fields()
        return services.task_add(
            acting_user=request.user, directive=directive, partners=partners, **fields
        )

    return form_page(
        request,
        form,
        save=save,
        message=_("The task was added."),
        done=lambda task: _back_to(task.directive),
        template="tasks/task_form.html",
        context={"directive": directive, "commune": directive.commune, "tab": "assigned"},
    )


def _back_to(directive) -> str:
    """Where a task of ``directive`` is seen among its siblings: the meeting's page for a
    meeting's conclusions, else the document's."""
    meeting = getattr(directive, "meeting", None) if directive.origin == Origin.MEETING else None
    if meeting is not None:
        return reverse("meetings:meeting", args=[meeting.pk])
    return reverse("tasks:directive", args=[directive.pk])


@login_required
@require_http_methods(["GET", "POST"])
def task_edit(request, pk):
    task = get_assigned_for_edit(request, pk)
    names = ["title", "lead", "responsible", "due_text", "product", "key_task", "serves"]
    initial = {name: getattr(task, name) for name in names}
    initial["partners"] = list(task.partners.all())
    form = _task_form(request, task.directive, initial)

    def save(data):
        fields, partners = form.service_fields()
        return services.task_update(
            acting_user=request.user, task=task, partners=partners, **fields
        )

    return form_page(
        request,
        form,
        save=save,
        message=_("The task was saved."),
        done=reverse("tasks:task", args=[task.pk]),
        template="tasks/task_form.html",
        context={
            "directive": task.directive,
            "task": task,
            "commune": task.commune,
            "tab": "assigned",
        },
    )


# -- documents and plans -----------------------------------------------------------------
@login_required
@require_GET
def directives(request, pk):
    """The documents that give the commune tasks, and the agencies' implementing plans."""
    commune = get_commune_for_user(request, pk)
    found = (
        Directive.objects.filter(commune=commune)
        .select_related("owner")
        .order_by("origin", "-issued_on", "-pk")
    )
    context = {
        "commune": commune,
        "program": Program.objects.current_of(commune),
        "tab": "assigned",
        "plans": [d for d in found if d.origin == Origin.PLAN],
        "documents": [d for d in found if d.origin != Origin.PLAN],
        "can_issue": reach_of(request.user).can_issue_tasks(commune.pk),
        "can_plan": reach_of(request.user).can_issue_tasks(commune.pk)
        or bool(reach_of(request.user).agencies_in(commune.pk)),
    }
    return render(request, "tasks/directives.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def directive_new(request, pk):
    commune = get_commune_for_user(request, pk)
    reach = reach_of(request.user)
    form = DirectiveForm(request.POST or None, commune=commune, initial=request.GET.dict())

    def save(data):
        probe = Directive(commune=commune, origin=data["origin"], owner=data["owner"])
        if not reach.can_edit_directive(probe):
            raise PermissionDenied  # an officer records his own agency's plans only
        return services.directive_create(acting_user=request.user, commune=commune, **data)

    if not (reach.can_issue_tasks(commune.pk) or reach.agencies_in(commune.pk)):
        raise PermissionDenied
    return form_page(
        request,
        form,
        save=save,
        message=_("The document was recorded; add its tasks."),
        done=lambda directive: reverse("tasks:directive", args=[directive.pk]),
        template="tasks/directive_form.html",
        context={"commune": commune, "tab": "assigned"},
    )


@login_required
@require_http_methods(["GET", "POST"])
def directive_edit(request, pk):
    directive = get_directive_for_edit(request, pk)
    initial = {name: getattr(directive, name) for name in services.DIRECTIVE_FIELDS}
    return form_page(
        request,
        DirectiveForm(request.POST or None, commune=directive.commune, initial=initial),
        save=lambda data: services.directive_update(
            acting_user=request.user, directive=directive, **data
        ),
        message=_("Saved."),
        done=reverse("tasks:directive", args=[directive.pk]),
        template="tasks/directive_form.html",
        context={"commune": directive.commune, "directive": directive, "tab": "assigned"},
    )


@login_required
@require_GET
def directive(request, pk):
    directive = get_directive_for_user(request, pk)
    today = timezone.localdate()
    tasks = selectors.directive_tasks(directive, reach_of(request.user), today)
    return render(
        request,
        "tasks/directive.html",
        {
            "directive": directive,
            "commune": directive.commune,
            "program": Program.objects.current_of(directive.commune),
            "tab": "assigned",
            "tasks": tasks,
            "may_edit": reach_of(request.user).can_edit_directive(directive),
            "drafts": [t for t in tasks if t.state == TaskState.DRAFT],
            "history": AuditEntry.objects.for_object(directive).select_related("actor")[:50],
        },
    )


@login_required
@require_POST
def directive_issue(request, pk):
    directive = get_directive_for_edit(request, pk)
    try:
        services.directive_issue(acting_user=request.user, directive=directive)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("The tasks were issued and their agencies told."))
    return redirect(_back_to(directive))


@login_required
@require_http_methods(["GET", "POST"])
def task_settings(request, pk):
    commune = get_commune_for_user(request, pk, may=Reach.can_issue_tasks)
    current = services.settings_of(commune)
    fields = ["remind_days", "escalate_days", "public_ranking"]
    return form_page(
        request,
        TaskSettingsForm(request.POST or None, initial={f: getattr(current, f) for f in fields}),
        save=lambda data: services.task_settings_save(
            acting_user=request.user, commune=commune, **data
        ),
        message=_("Saved."),
        done=reverse("tasks:list", args=[commune.pk]),
        template="tasks/settings.html",
        context={"commune": commune, "tab": "assigned"},
    )


# -- a higher body's directive, imported ---------------------------------------------------
@login_required
@require_http_methods(["GET", "POST"])
def directive_import(request, pk):
    commune = get_commune_for_user(request, pk, may=Reach.can_issue_tasks)
    form = ImportForm(request.POST or None, request.FILES or None)
    return form_page(
        request,
        form,
        save=lambda data: services.directive_read(
            acting_user=request.user,
            commune=commune,
            content=data["file"].read(),
            name=data["file"].name,
        ),
        done=lambda directive: reverse("tasks:import_review", args=[directive.pk]),
        error_field="file",
        template="tasks/import.html",
        context={"commune": commune, "tab": "assigned"},
    )


@login_required
@require_http_methods(["GET", "POST"])
def import_review(request, pk):
    """The tasks read from the document, each for the clerk to confirm or drop."""
    directive = get_directive_for_edit(request, pk)
    if not directive.pending:
        return redirect("tasks:directive", pk=directive.pk)
    form = ReviewForm(request.POST or None, candidates=directive.pending, commune=directive.commune)
    return form_page(
        request,
        form,
        save=lambda data: services.directive_import_confirm(
            acting_user=request.user, directive=directive, rows=form.taken()
        ),
        message=_("The tasks were taken in as drafts: complete their five points, then issue."),
        done=reverse("tasks:directive", args=[directive.pk]),
        template="tasks/import_review.html",
        context={"commune": directive.commune, "directive": directive, "tab": "assigned"},
    )


@login_required
@require_GET
def coverage(request, pk):
    """What carries the program out, per area and per item; what nothing carries out."""
    program = get_program_for_user(request, pk)
    rows = carried.coverage(program, timezone.localdate(), reach_of(request.user))
    city_program = carried.city_program_of(program.commune)
    if city_program is not None:
        rows = carried.with_city_links(rows, carried.city_links(program.commune))
    only = request.GET.get("show") == "uncovered"
    items = sum(len(r.items) for r in rows)
    uncovered = sum(r.uncovered for r in rows)
    context = {
        "program": program,
        "commune": program.commune,
        "tab": "coverage",
        "rows": rows,
        "only_uncovered": only,
        "items": items,
        "covered": items - uncovered,
        "uncovered": uncovered,
        "plans": Directive.objects.filter(commune=program.commune, origin=Origin.PLAN).count(),
        "city_program": city_program,
        "can_link": reach_of(request.user).can_link_to_city(program.commune_id),
    }
    return render(request, "tasks/coverage.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def city_link(request, pk):
    """Link one place of the commune's program (``?place=II.1.1:2``) to the items of the
    city's program it carries out: the Party Office."""
    program = get_program_for_user(request, pk, may=Reach.can_link_to_city)
    city_program = carried.city_program_of(program.commune)
    place = request.POST.get("place") or request.GET.get("place") or ""
    found = next((p for p in carried.places(program) if p.address == place), None)
    if city_program is None or found is None:
        raise Http404
    initial = {"serves": carried.city_links(program.commune).get(place, [])}
    form = CityLinkForm(request.POST or None, initial=initial, city_program=city_program)
    anchor = place.split(":")[0].split(".")
    return form_page(
        request,
        form,
        save=lambda data: services.city_link_set(
            acting_user=request.user, program=program, place=place, serves=data["serves"]
        ),
        message=_("What it carries out of the city's program was saved."),
        done=f"{reverse('tasks:coverage', args=[program.pk])}#area-{slugify('.'.join(anchor[:2]))}",
        template="tasks/city_link.html",
        context={
            "program": program,
            "commune": program.commune,
            "city_program": city_program,
            "place": found,
            "tab": "coverage",
        },
    )


@login_required
@require_GET
def city_coverage(request, pk):
    """The city's program, per area and item: which communes carry it out and how it
    stands; what no commune carries out is flagged."""
    city = get_city_for_user(request, pk)
    found = carried.city_coverage(city, timezone.localdate())
    only = request.GET.get("show") == "uncovered"
    return render(
        request,
        "tasks/city_coverage.html",
        {"city": city, "found": found, "only_uncovered": only},
    )


def _ranking_context(commune, chosen) -> dict:
    program = Program.objects.current_of(commune)
    periods = (
        ReportingPeriod.objects.filter(program=program).exclude(kind=ReportingKind.ADHOC)
        if program
        else ReportingPeriod.objects.none()
    )
    today = timezone.localdate()
    period = periods.filter(pk=chosen).first() if str(chosen or "").isdigit() else None
    period = period or periods.filter(due_on__lt=today).order_by("-due_on", "kind").first()
    rows = ranked.ranking(commune, period, today) if period else []
    return {
        "commune": commune,
        "program": program,
        "period": period,
        "periods": periods.filter(starts_on__lte=today).order_by("-due_on", "kind"),
        "rows": rows,
        "total": ranked.totals(rows),
    }


@login_required
@require_GET
def ranking(request, pk):
    """The agencies ranked for a period: tasks on time, late, overdue; reports on time."""
    commune = get_commune_for_user(request, pk)
    context = _ranking_context(commune, request.GET.get("period"))
    context |= {"tab": "assigned", "public": services.settings_of(commune).public_ranking}
    return render(request, "tasks/ranking.html", context)


@require_GET
def public_ranking(request, commune_code):
    """The ranking on the commune's public pages, when the commune chooses to publish it."""
    commune = commune_by_code(commune_code)
    if not services.settings_of(commune).public_ranking:
        raise Http404
    context = _ranking_context(commune, request.GET.get("period"))
    return render(request, "tasks/public_ranking.html", context)
