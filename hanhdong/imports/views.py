from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from hanhdong.imports import services
from hanhdong.imports.forms import PreviewForm, UploadForm
from hanhdong.imports.models import ImportDraft
from hanhdong.lib.views import form_page
from hanhdong.orgs.access import get_commune_for_admin, get_draft_for_edit
from hanhdong.orgs.models import Organization
from hanhdong.programs import revisions
from hanhdong.targets.models import comparison_symbol, where_label


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
    return form_page(
        request,
        form,
        save=lambda data: services.import_draft_create(
            acting_user=request.user,
            commune=commune,
            content=data["file"].read(),
            name=data["file"].name,
            program=data["program"],
        ),
        done=lambda draft: reverse("imports:preview", args=[draft.pk]),
        error_field="file",
        template="imports/upload.html",
        context={
            "commune": commune,
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
    form = PreviewForm(
        request.POST or None,
        names=services.agency_names(data),
        units=units,
        suggested=services.suggestions(draft.commune, data),
        term=(data["term"]["start"], data["term"]["end"]),
        initial=services.document_details(draft),
    )
    return form_page(
        request,
        form,
        save=lambda fields: services.import_draft_save(
            acting_user=request.user,
            draft=draft,
            chosen=form.chosen(),
            number=fields["number"],
            issued_on=fields["issued_on"],
            title=fields["title"],
            term=(fields["term_start"], fields["term_end"]),
        ),
        message=_("The program was saved."),
        done=lambda program: reverse("programs:overview", args=[program.pk]),
        template="imports/preview.html",
        context={
            "commune": draft.commune,
            "draft": draft,
            "data": data,
            "issuer_elsewhere": services.issuer_elsewhere(draft.commune, data),
            "term_proposed": bool((data.get("term") or {}).get("proposed")),
            "targets": [
                {
                    **t,
                    "symbol": comparison_symbol(t.get("comparison") or ">="),
                    "where_label": where_label(t.get("where") or ""),
                }
                for t in data.get("targets", [])
            ],
            **_changes(services.draft_changes(draft)),
            "tab": "import",
            "counts": _counts(data),
        },
    )


def _changes(changes: dict | None) -> dict:
    """What a revision would change, told as the program's revision page tells it."""
    if changes is None:
        return {"changes": None}
    return {
        "changes": changes,
        "phrases": revisions.describe(changes),
        "changed": revisions.field_changes(changes),
    }


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
