from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hanhdong.exports import documents, excel, register, selectors, services
from hanhdong.exports.content import gather
from hanhdong.exports.forms import (
    ConsolidatedForm,
    DocumentSettingsForm,
    EntryForm,
    RegisterForm,
    UploadForm,
)
from hanhdong.exports.models import DocumentKind, Layout, document_symbol
from hanhdong.lib.views import form_page
from hanhdong.orgs.access import (
    Reach,
    get_agency_for_user,
    get_commune_for_user,
    get_period_for_edit,
    get_period_for_user,
    get_register_entry_for_edit,
)
from hanhdong.reports.calendar import owes
from hanhdong.reports.services import report_file_batch


def _layout(request):
    layout = request.GET.get("layout") or Layout.PARTY
    if layout not in Layout.values:
        raise Http404
    return layout


def _send(file: documents.File) -> HttpResponse:
    response = HttpResponse(file.data, content_type=file.content_type)
    response["Content-Disposition"] = f'attachment; filename="{file.name}"'
    return response


def _area_fields(content, draft) -> list[tuple[str, str]]:
    """(path, heading) of each area the report speaks of: those with work in the period,
    and any the saved text already has."""
    saved = set((draft.areas or {}).keys())
    out = []
    for area in [*content.areas, None]:
        path = area.path if area else ""
        if area in content.areas_with_work or path in saved:
            out.append((path, f"{area.number}. {area.title}" if area else _("Other tasks")))
    return out


@login_required
@require_http_methods(["GET", "POST"])
def consolidated(request, pk):
    period = get_period_for_edit(request, pk)
    layout = _layout(request)
    content = gather(period)
    draft = services.consolidated_for(period, layout, content)
    initial = {f: getattr(draft, f) for f in services.FIELDS if f != "areas"}
    areas = _area_fields(content, draft)
    if not draft.number:  # what the register would give: shown, taken when saved
        year = (draft.dated or timezone.localdate()).year
        number = register.register_next(period.program.commune, DocumentKind.REPORT, year, layout)
        initial["number"] = document_symbol(layout, DocumentKind.REPORT, number)
    form = ConsolidatedForm(request.POST or None, areas=areas, initial=initial)
    for name, path in form.area_paths:
        form.initial[name] = (draft.areas or {}).get(path, "")
    return form_page(
        request,
        form,
        save=lambda _data: services.consolidated_save(
            acting_user=request.user, period=period, layout=layout, **form.service_fields()
        ),
        message=_("The report was saved and its number registered; download it below."),
        done=f"{request.path}?layout={layout}",
        template="exports/consolidated.html",
        context={
            "period": period,
            "program": period.program,
            "commune": period.program.commune,
            "layout": layout,
            "layouts": Layout.choices,
            "saved": draft.pk,
            "pdf": services.soffice() is not None,
            "tab": "dashboard",
        },
    )


@login_required
@require_POST
def redraft(request, pk):
    period = get_period_for_edit(request, pk)
    layout = _layout(request)
    services.consolidated_redraft(acting_user=request.user, period=period, layout=layout)
    messages.success(request, _("The texts were drafted again from the accepted reports."))
    return redirect(f"{reverse('exports:consolidated', args=[period.pk])}?layout={layout}")


@login_required
@require_GET
def consolidated_docx(request, pk):
    period = get_period_for_user(request, pk, may=Reach.can_see_dashboard)
    return _send(documents.report_file(period, _layout(request), "docx"))


@login_required
@require_GET
def consolidated_pdf(request, pk):
    period = get_period_for_user(request, pk, may=Reach.can_see_dashboard)
    if services.soffice() is None:
        raise Http404
    try:
        return _send(documents.report_file(period, _layout(request), "pdf"))
    except RuntimeError:
        raise Http404 from None


@login_required
@require_GET
def workbook(request, pk):
    period = get_period_for_user(request, pk, may=Reach.can_see_dashboard)
    return _send(documents.report_file(period, Layout.PARTY, "xlsx"))


@login_required
@require_GET
def brief(request, pk):
    period = get_period_for_user(request, pk, may=Reach.can_see_dashboard)
    return _send(documents.brief_file(period, "docx"))


# -- the register and the document settings ------------------------------------------------
@login_required
@require_http_methods(["GET", "POST"])
def register_page(request, pk):
    commune = get_commune_for_user(request, pk, may=Reach.can_edit_program)
    today = timezone.localdate()
    try:
        year = int(request.GET.get("year") or today.year)
    except ValueError:
        year = today.year
    year = min(max(year, 2000), 2100)
    return form_page(
        request,
        RegisterForm(request.POST or None, initial={"dated": today, "kind": "BC"}),
        save=lambda data: services.document_register(
            acting_user=request.user, commune=commune, **data
        ),
        message=_("The number was registered."),
        done=lambda entry: (
            f"{reverse('exports:register', args=[commune.pk])}?year={entry.dated.year}"
        ),
        template="exports/register.html",
        context={
            "commune": commune,
            "entries": selectors.register_of(commune, year),
            "year": year,
            "years": [year - 1, year + 1],
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def register_entry(request, pk):
    entry = get_register_entry_for_edit(request, pk)
    return form_page(
        request,
        EntryForm(
            request.POST or None,
            initial={"number": entry.number, "dated": entry.dated, "title": entry.title},
        ),
        save=lambda data: services.document_update(acting_user=request.user, entry=entry, **data),
        message=_("The register was corrected."),
        done=f"{reverse('exports:register', args=[entry.commune_id])}?year={entry.dated.year}",
        template="exports/register_entry.html",
        context={"entry": entry, "commune": entry.commune},
        error_field="number",
    )


@login_required
@require_http_methods(["GET", "POST"])
def document_settings(request, pk):
    commune = get_commune_for_user(request, pk, may=Reach.can_edit_program)
    found = register.settings_of(commune)
    return form_page(
        request,
        DocumentSettingsForm(
            request.POST or None, initial={f: getattr(found, f) for f in services.SETTINGS_FIELDS}
        ),
        save=lambda data: services.document_settings_save(
            acting_user=request.user, commune=commune, **data
        ),
        message=_("The document settings were saved."),
        done=reverse("exports:document_settings", args=[commune.pk]),
        template="exports/settings.html",
        context={
            "commune": commune,
            "defaults": {
                "place": register.place_of(commune),
                "higher_body": register.higher_body_of(commune),
                "party": register.signature_for(commune, Layout.PARTY),
                "state": register.signature_for(commune, Layout.STATE),
            },
        },
    )


# -- an agency's Excel template ----------------------------------------------------------
def _agency_tasks(request, period):
    """The agency the user reports for (chosen, or their first) and what it owes."""
    chosen = request.GET.get("agency") or request.POST.get("agency")
    agency = get_agency_for_user(request, period.program.commune_id, chosen)
    tasks = [
        t
        for t in period.program.key_tasks.filter(lead=agency, is_withdrawn=False)
        if owes(t, period)
    ]
    return agency, tasks


@login_required
@require_GET
def template(request, pk):
    period = get_period_for_user(request, pk)
    agency, tasks = _agency_tasks(request, period)
    name = documents.file_name(f"Mau-bao-cao-{documents.ascii_words(agency.label)}", period, "xlsx")
    return _send(documents.File(excel.template(period, agency, tasks), name, documents.XLSX))


@login_required
@require_http_methods(["GET", "POST"])
def upload(request, pk):
    period = get_period_for_user(request, pk)
    agency, tasks = _agency_tasks(request, period)
    form = UploadForm(request.POST or None, request.FILES or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        try:
            rows = excel.read_template(form.cleaned_data["file"].read(), period, tasks)
            count = report_file_batch(
                acting_user=request.user,
                period=period,
                rows=rows,
                submit=form.cleaned_data["submit"],
            )
        except ValidationError as exc:
            errors = exc.messages
        else:
            messages.success(request, _("%(n)s reports were saved.") % {"n": count})
            return redirect("reports:mine")
    return render(
        request,
        "exports/upload.html",
        {
            "period": period,
            "agency": agency,
            "tasks": tasks,
            "form": form,
            "errors": errors,
            "today": timezone.localdate(),
        },
    )
