from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from hanhdong.audit.models import AuditEntry
from hanhdong.lib.periods import PeriodKind
from hanhdong.lib.views import form_page
from hanhdong.orgs.access import (
    get_commune_for_user,
    get_program_for_edit,
    get_program_for_user,
    get_section_for_edit,
    get_target_for_edit,
    get_task_for_edit,
    get_task_for_user,
    reach_of,
)
from hanhdong.orgs.models import Organization
from hanhdong.programs import revisions, selectors, services
from hanhdong.programs.forms import (
    KeyTaskForm,
    ProgramForm,
    SectionForm,
    TargetForm,
    TaskFilterForm,
)
from hanhdong.programs.models import Item, KeyTask, Program, Section
from hanhdong.targets import services as target_services


@login_required
@require_GET
def home(request):
    communes = list(reach_of(request.user).communes().order_by("name"))
    if len(communes) == 1:
        return redirect("programs:commune", pk=communes[0].pk)
    programs = Program.objects.filter(commune__in=communes).current().select_related("commune")
    by_commune = {p.commune_id: p for p in programs}
    rows = [(c, by_commune.get(c.pk)) for c in communes]
    cities = Organization.objects.filter(pk__in=reach_of(request.user).city_ids)
    return render(request, "programs/home.html", {"rows": rows, "cities": cities})


@login_required
@require_GET
def commune(request, pk):
    commune = get_commune_for_user(request, pk)
    program = Program.objects.current_of(commune)
    if program is None:
        return render(request, "programs/no_program.html", {"commune": commune})
    return redirect("programs:overview", pk=program.pk)


@login_required
@require_GET
def overview(request, pk):
    program = get_program_for_user(request, pk)
    context = {
        "program": program,
        "commune": program.commune,
        "tab": "overview",
        **selectors.program_overview(program),
    }
    return render(request, "programs/overview.html", context)


@login_required
@require_GET
def sections(request, pk):
    program = get_program_for_user(request, pk)
    nodes = list(
        Section.objects.filter(program=program)
        .prefetch_related(Prefetch("items", queryset=Item.objects.order_by("position")))
        .order_by("position")
    )
    children: dict = {}
    for node in nodes:
        children.setdefault(node.parent_id, []).append(node)
    for node in nodes:
        node.child_nodes = children.get(node.id, [])
    return render(
        request,
        "programs/sections.html",
        {
            "program": program,
            "commune": program.commune,
            "tab": "sections",
            "roots": children.get(None, []),
            "can_edit": reach_of(request.user).can_edit_program(program.commune_id),
        },
    )


@login_required
@require_GET
def tasks(request, pk):
    program = get_program_for_user(request, pk)
    agencies = Organization.objects.filter(
        pk__in=KeyTask.objects.filter(program=program).current().values("lead")
    ).order_by("name")
    areas = program.areas()
    form = TaskFilterForm(request.GET or None, program=program, agencies=agencies, areas=areas)
    rows = KeyTask.objects.filter(program=program).current().select_related("lead")
    if form.is_valid():
        data = form.cleaned_data
        if data["agency"]:
            rows = rows.for_agency(data["agency"])
        if data["area"]:
            rows = rows.in_area(data["area"])
        period = data["period"]
        if period in (PeriodKind.ANNUAL, PeriodKind.AS_DIRECTED):
            rows = rows.filter(start_period__kind=period)
        elif period:
            rows = rows.for_year(int(period))
        if data["q"]:
            rows = rows.search(data["q"])
    rows = list(rows.order_by("number"))
    context = {
        "program": program,
        "commune": program.commune,
        "tab": "tasks",
        "form": form,
        "rows": rows,
        "total": KeyTask.objects.filter(program=program).current().count(),
    }
    if request.headers.get("HX-Request"):
        return render(request, "programs/_task_table.html", context)
    return render(request, "programs/tasks.html", context)


@login_required
@require_GET
def task_detail(request, pk):
    task = get_task_for_user(request, pk)
    history = AuditEntry.objects.for_object(task).select_related("actor")[:50]
    return render(
        request,
        "programs/task_detail.html",
        {
            "task": task,
            "program": task.program,
            "commune": task.program.commune,
            "tab": "tasks",
            "history": history,
            "can_edit": reach_of(request.user).can_write_task(task),
            # the citizens' submissions tied to the task, counted by their own manager
            "feedback": task.feedback.tally(),
            # a task a revision withdrew keeps its reports: say how many
            "reported": task.reports.count() if task.is_withdrawn else None,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def task_edit(request, pk):
    task = get_task_for_edit(request, pk)
    units = Organization.objects.in_commune(task.program.commune).filter(is_active=True)
    initial = {
        "name": task.name,
        "lead": task.lead,
        "partners": list(task.partners.all()),
        "partners_text": task.partners_text,
        "start_text": task.start_text,
        "end_text": task.end_text,
        "resources": task.resources,
    }
    return form_page(
        request,
        KeyTaskForm(request.POST or None, initial=initial, units=units),
        save=lambda data: services.key_task_update(acting_user=request.user, task=task, **data),
        message=_("The key task was saved."),
        done=reverse("programs:task", args=[task.pk]),
        template="programs/task_edit.html",
        context={
            "task": task,
            "program": task.program,
            "commune": task.program.commune,
            "tab": "tasks",
        },
    )


@login_required
@require_GET
def revision(request, pk, number):
    program = get_program_for_user(request, pk)
    kept = program.revisions.select_related("created_by").filter(revision=number).first()
    if kept is None:
        raise Http404
    return render(
        request,
        "programs/revision.html",
        {
            "program": program,
            "commune": program.commune,
            "kept": kept,
            "changes": kept.changes,
            "phrases": revisions.describe(kept.changes),
            "changed": revisions.field_changes(kept.changes),
            "at_stake": revisions.kept_rows(kept.changes),
            "tab": "overview",
        },
    )


@login_required
@require_GET
def program_history(request, pk):
    program = get_program_for_user(request, pk)
    history = AuditEntry.objects.for_object(program).select_related("actor")[:100]
    return render(
        request,
        "programs/history.html",
        {
            "program": program,
            "commune": program.commune,
            "history": history,
        },
    )


def _edit(
    request,
    *,
    form,
    save,
    message: str,
    done_url: str,
    program,
    heading,
    back_url,
    history=None,
    tab="overview",
):
    """A form page of the program's own (header, section, target) on programs/edit.html."""
    return form_page(
        request,
        form,
        save=save,
        message=message,
        done=done_url,
        template="programs/edit.html",
        context={
            "program": program,
            "commune": program.commune,
            "heading": heading,
            "back_url": back_url,
            "history": history,
            "tab": tab,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def program_edit(request, pk):
    program = get_program_for_edit(request, pk)
    overview = reverse("programs:overview", args=[program.pk])
    return _edit(
        request,
        form=ProgramForm(
            request.POST or None,
            initial={f: getattr(program, f) for f in services.PROGRAM_FIELDS},
        ),
        save=lambda data: services.program_update(
            acting_user=request.user, program=program, **data
        ),
        message=_("The program was saved."),
        done_url=overview,
        program=program,
        heading=_("Edit the program"),
        back_url=overview,
    )


@login_required
@require_http_methods(["GET", "POST"])
def section_edit(request, pk):
    section = get_section_for_edit(request, pk)
    initial = {
        "title": section.title,
        "body": section.body,
        "items": "\n".join(i.text for i in section.items.order_by("position")),
    }
    back_url = reverse("programs:sections", args=[section.program_id]) + f"#s-{section.pk}"
    return _edit(
        request,
        form=SectionForm(request.POST or None, initial=initial),
        save=lambda data: services.section_update(
            acting_user=request.user, section=section, **data
        ),
        message=_("The section was saved."),
        done_url=back_url,
        program=section.program,
        tab="sections",
        back_url=back_url,
        heading=_("Edit section %(path)s") % {"path": section.path},
        history=AuditEntry.objects.for_object(section).select_related("actor")[:50],
    )


@login_required
@require_http_methods(["GET", "POST"])
def target_create(request, pk):
    program = get_program_for_edit(request, pk)
    overview = reverse("programs:overview", args=[program.pk])
    return _edit(
        request,
        form=TargetForm(request.POST or None),
        save=lambda data: target_services.target_create(
            acting_user=request.user, program=program, **_target_fields(data)
        ),
        message=_("The target was added."),
        done_url=overview,
        program=program,
        heading=_("Add a target"),
        back_url=overview,
    )


@login_required
@require_http_methods(["GET", "POST"])
def target_edit(request, pk):
    target = get_target_for_edit(request, pk)
    overview = reverse("programs:overview", args=[target.program_id])
    return _edit(
        request,
        form=TargetForm(
            request.POST or None,
            initial={f: getattr(target, f) for f in target_services.TARGET_FIELDS},
        ),
        save=lambda data: target_services.target_update(
            acting_user=request.user, target=target, **_target_fields(data)
        ),
        message=_("The target was saved."),
        done_url=overview,
        program=target.program,
        heading=_("Edit a target"),
        back_url=overview,
        history=AuditEntry.objects.for_object(target).select_related("actor")[:50],
    )


def _target_fields(cleaned: dict) -> dict:
    data = dict(cleaned)
    data["recurrence"] = data["recurrence"] or ""
    data["unit"] = data["unit"].strip()
    data["where"] = data["where"].strip()
    return data
