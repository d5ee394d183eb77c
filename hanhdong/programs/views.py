from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from hanhdong.audit.models import AuditEntry
from hanhdong.feedback.models import OPEN_STATES
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
from hanhdong.programs import services
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
    areas = program.areas()
    sections = list(Section.objects.filter(program=program).values("id", "parent_id", "path"))
    item_counts = dict(
        Item.objects.filter(section__program=program)
        .values_list("section_id")
        .annotate(n=Count("id"))
        .values_list("section_id", "n")
    )
    task_paths = list(
        KeyTask.sections.through.objects.filter(
            keytask__program=program, keytask__is_withdrawn=False
        ).values_list("keytask_id", "section__path")
    )
    rows = []
    for area in areas:
        inside = [
            s for s in sections if s["path"] == area.path or s["path"].startswith(area.path + ".")
        ]
        tasks = {
            t for t, path in task_paths if path == area.path or path.startswith(area.path + ".")
        }
        rows.append(
            {
                "area": area,
                "items": sum(item_counts.get(s["id"], 0) for s in inside),
                "tasks": len(tasks),
            }
        )
    context = {
        "program": program,
        "commune": program.commune,
        "tab": "overview",
        "rows": rows,
        "totals": {
            "areas": len(areas),
            "items": sum(item_counts.values()),
            "tasks": program.key_tasks.current().count(),
            "targets": program.targets.count(),
        },
        "targets": program.targets.select_related("key_task"),
        "revisions": program.revisions.only("pk", "revision", "created_at"),
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
        if period in ("annual", "as_directed"):
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
            "can_edit": reach_of(request.user).can_edit_task(task),
            "feedback": task.feedback.aggregate(
                total=Count("id"), open=Count("id", filter=Q(state__in=OPEN_STATES))
            ),
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
    form = KeyTaskForm(request.POST or None, initial=initial, units=units)
    if request.method == "POST" and form.is_valid():
        try:
            services.key_task_update(acting_user=request.user, task=task, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The key task was saved."))
            return redirect("programs:task", pk=task.pk)
    return render(
        request,
        "programs/task_edit.html",
        {
            "task": task,
            "program": task.program,
            "commune": task.program.commune,
            "form": form,
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


def _edit_page(request, *, form, program, heading, back_url, history=None, tab="overview"):
    return render(
        request,
        "programs/edit.html",
        {
            "form": form,
            "program": program,
            "commune": program.commune,
            "heading": heading,
            "back_url": back_url,
            "history": history,
            "tab": tab,
        },
    )


def _edit(request, *, form, save, message: str, done_url: str, **page):
    """The edit pattern: a valid POST calls ``save(cleaned_data)`` and goes to ``done_url``;
    a ValidationError from the service comes back on the form."""
    if request.method == "POST" and form.is_valid():
        try:
            save(form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, message)
            return redirect(done_url)
    return _edit_page(request, form=form, **page)


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
