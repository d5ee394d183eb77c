from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from hanhdong.imports import services
from hanhdong.imports.forms import AgencyMappingForm, UploadForm
from hanhdong.imports.models import ImportDraft
from hanhdong.orgs.access import get_commune_for_admin, get_draft_for_edit
from hanhdong.orgs.models import Organization


@login_required
@require_http_methods(["GET", "POST"])
def upload(request, commune_pk):
    commune = get_commune_for_admin(request, commune_pk)
    form = UploadForm(
        request.POST or None,
        request.FILES or None,
        commune=commune,
        initial={"program": request.GET.get("program")},
    )
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            draft = services.import_draft_create(
                acting_user=request.user,
                commune=commune,
                content=upload.read(),
                name=upload.name,
                program=form.cleaned_data["program"],
            )
        except ValidationError as exc:
            form.add_error("file", exc)
        else:
            return redirect("imports:preview", pk=draft.pk)
    return render(
        request,
        "imports/upload.html",
        {
            "commune": commune,
            "form": form,
            "tab": "import",
            "drafts": ImportDraft.objects.filter(commune=commune)[:10],
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def preview(request, pk):
    draft = get_draft_for_edit(request, pk)
    data = draft.data
    units = Organization.objects.in_commune(draft.commune).filter(is_active=True)
    suggested = services.suggestions(draft.commune, data)
    form = AgencyMappingForm(
        request.POST or None,
        names=services.agency_names(data),
        units=units,
        suggested=suggested,
    )
    if request.method == "POST" and form.is_valid():
        try:
            program = services.import_draft_save(
                acting_user=request.user, draft=draft, chosen=form.chosen()
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The program was saved."))
            return redirect("programs:overview", pk=program.pk)
    return render(
        request,
        "imports/preview.html",
        {
            "commune": draft.commune,
            "draft": draft,
            "data": data,
            "form": form,
            "changes": services.draft_changes(draft),
            "tab": "import",
            "counts": _counts(data),
        },
    )


@login_required
@require_POST
def discard(request, pk):
    draft = get_draft_for_edit(request, pk)
    services.import_draft_discard(acting_user=request.user, draft=draft)
    messages.success(request, _("The draft was discarded."))
    return redirect("imports:upload", commune_pk=draft.commune_id)


def _counts(data: dict) -> dict:
    nodes = items = 0
    stack = list(data.get("parts", []))
    while stack:
        node = stack.pop()
        nodes += 1
        items += len(node.get("items") or [])
        stack.extend(node.get("children") or [])
    return {
        "sections": nodes,
        "items": items,
        "key_tasks": len(data.get("key_tasks", [])),
        "targets": len(data.get("targets", [])),
    }
