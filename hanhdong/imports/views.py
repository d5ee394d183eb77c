from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hanhdong.imports import background, services
from hanhdong.imports.forms import PreviewForm, UploadForm
from hanhdong.imports.models import ImportDraft, ImportJob
from hanhdong.imports.reader import MAX_BYTES
from hanhdong.lib.files import CappedUploadHandler
from hanhdong.lib.views import form_page
from hanhdong.orgs.access import get_commune_for_admin, get_draft_for_edit, get_import_job_for_edit
from hanhdong.orgs.models import Organization
from hanhdong.programs import revisions
from hanhdong.targets.models import comparison_symbol, where_label


class _UploadHandler(CappedUploadHandler):
    """Keeps at most MAX_BYTES (and a byte more) of the uploaded document."""

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.limit = MAX_BYTES + 1


@login_required
@require_http_methods(["GET", "POST"])
@csrf_exempt  # checked below, once the upload handler is in place
def upload(request, commune_pk):
    request.upload_handlers.insert(0, _UploadHandler(request))
    return _upload(request, commune_pk)


@csrf_protect
def _upload(request, commune_pk):
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
        save=lambda data: _started(
            services.import_upload(
                acting_user=request.user,
                commune=commune,
                content=data["file"].read(MAX_BYTES + 1),
                name=data["file"].name,
                program=data["program"],
                language=translation.get_language() or "",
            )
        ),
        done=_next_page,
        error_field="file",
        template="imports/upload.html",
        context={
            "commune": commune,
            "tab": "import",
            "drafts": ImportDraft.objects.filter(commune=commune)[:10],
            "jobs": ImportJob.objects.filter(commune=commune)
            .exclude(state=ImportJob.State.DONE)
            .defer("content")[:10],
        },
    )


def _started(result):
    if isinstance(result, ImportJob):
        background.wake()
    return result


def _next_page(result) -> str:
    if isinstance(result, ImportJob):
        return reverse("imports:job", args=[result.pk])
    return reverse("imports:preview", args=[result.pk])


@login_required
@require_GET
def job(request, pk):
    """An upload being read: its progress, which htmx asks for again every two seconds
    until it is read (then the preview) or could not be (then why)."""
    job = get_import_job_for_edit(request, pk)
    if job.state == ImportJob.State.DONE and job.draft_id is not None:
        preview = reverse("imports:preview", args=[job.draft_id])
        if request.headers.get("HX-Request"):
            return HttpResponse(headers={"HX-Redirect": preview})
        return redirect(preview)
    template = "imports/_job.html" if request.headers.get("HX-Request") else "imports/job.html"
    return render(request, template, {"job": job, "commune": job.commune, "tab": "import"})


@login_required
@require_POST
def job_discard(request, pk):
    job = get_import_job_for_edit(request, pk)
    services.import_job_discard(acting_user=request.user, job=job)
    messages.success(request, _("The upload was discarded."))
    return redirect("imports:upload", commune_pk=job.commune_id)


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
        "at_stake": revisions.kept_rows(changes),
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
