from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from hanhdong.exports import excel, services, word
from hanhdong.exports.content import gather
from hanhdong.exports.forms import ConsolidatedForm, UploadForm
from hanhdong.exports.models import Layout
from hanhdong.lib.views import form_page
from hanhdong.orgs.access import (
    Reach,
    get_agency_for_user,
    get_period_for_edit,
    get_period_for_user,
)
from hanhdong.reports.calendar import owes
from hanhdong.reports.services import report_file_batch

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _layout(request):
    layout = request.GET.get("layout") or Layout.PARTY
    if layout not in Layout.values:
        raise Http404
    return layout


def _file(content: bytes, name: str, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def consolidated(request, pk):
    period = get_period_for_edit(request, pk)
    layout = _layout(request)
    draft = services.consolidated_for(period, layout)
    return form_page(
        request,
        ConsolidatedForm(
            request.POST or None, initial={f: getattr(draft, f) for f in services.FIELDS}
        ),
        save=lambda data: services.consolidated_save(
            acting_user=request.user, period=period, layout=layout, **data
        ),
        message=_("The report was saved; download it below."),
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


def _build(period, layout) -> bytes:
    report = services.consolidated_for(period, layout)
    return word.build(report, gather(period))


@login_required
@require_GET
def consolidated_docx(request, pk):
    period = get_period_for_user(request, pk, may=Reach.can_see_dashboard)
    return _file(_build(period, _layout(request)), f"bao-cao-{period.pk}.docx", DOCX)


@login_required
@require_GET
def consolidated_pdf(request, pk):
    period = get_period_for_user(request, pk, may=Reach.can_see_dashboard)
    if services.soffice() is None:
        raise Http404
    try:
        pdf = services.to_pdf(_build(period, _layout(request)))
    except RuntimeError:
        raise Http404 from None
    return _file(pdf, f"bao-cao-{period.pk}.pdf", "application/pdf")


@login_required
@require_GET
def workbook(request, pk):
    period = get_period_for_user(request, pk, may=Reach.can_see_dashboard)
    return _file(
        excel.program_workbook(period.program, period),
        f"chuong-trinh-{period.program.pk}-{period.pk}.xlsx",
        XLSX,
    )


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
    return _file(excel.template(period, agency, tasks), f"mau-bao-cao-{period.pk}.xlsx", XLSX)


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
