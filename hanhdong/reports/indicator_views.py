"""The pages that take figures in from another system's Excel sheet: the program's sheets,
a sheet's mapping, the upload read into a preview, and the import of what the preview
showed (carried signed, so the file is read once and nothing is stored in between)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hanhdong.lib.files import CappedUploadHandler, read_capped
from hanhdong.lib.views import form_page
from hanhdong.orgs.access import Reach, get_indicator_sheet_for_edit, get_program_for_user
from hanhdong.reports import indicators, services
from hanhdong.reports.forms import IndicatorSheetForm, IndicatorUploadForm
from hanhdong.reports.models import IndicatorSheet

SALT = "hanhdong.reports.indicators"
FRESH_SECONDS = 3600  # a preview is taken in within the hour, or read again


@login_required
@require_GET
def sheets(request, pk):
    program = get_program_for_user(request, pk, may=Reach.can_edit_program)
    return render(
        request,
        "reports/indicator_sheets.html",
        {
            "program": program,
            "commune": program.commune,
            "tab": "dashboard",
            "sheets": IndicatorSheet.objects.filter(program=program),
        },
    )


def _mapping_page(request, program, sheet):
    form = IndicatorSheetForm(request.POST or None, program=program, sheet=sheet)

    def save(data):
        data = form.mapping()
        return services.indicator_sheet_save(
            acting_user=request.user, program=program, sheet=sheet, **data
        )

    return form_page(
        request,
        form,
        save=save,
        message=_("The mapping was saved: upload the sheet."),
        done=lambda saved: reverse("reports:indicator_upload", args=[saved.pk]),
        template="reports/indicator_sheet_form.html",
        context={
            "program": program,
            "commune": program.commune,
            "tab": "dashboard",
            "sheet": sheet,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def sheet_new(request, pk):
    program = get_program_for_user(request, pk, may=Reach.can_edit_program)
    return _mapping_page(request, program, None)


@login_required
@require_http_methods(["GET", "POST"])
def sheet_edit(request, pk):
    sheet = get_indicator_sheet_for_edit(request, pk)
    return _mapping_page(request, sheet.program, sheet)


@login_required
@require_http_methods(["GET", "POST"])
@csrf_exempt  # checked below, once the upload handler is in place
def upload(request, pk):
    request.upload_handlers.insert(0, CappedUploadHandler(request))
    return _upload(request, pk)


@csrf_protect
def _upload(request, pk):
    """The sheet read through its mapping (before any transaction), every value shown with
    its target and period, and every refused row with its reason."""
    sheet = get_indicator_sheet_for_edit(request, pk)
    program = sheet.program
    form = IndicatorUploadForm(request.POST or None, request.FILES or None)
    context = {"program": program, "commune": program.commune, "tab": "dashboard", "sheet": sheet}
    if request.method == "POST" and form.is_valid():
        uploaded = form.cleaned_data["file"]
        targets = {t.pk: t for t in program.targets.current()}
        periods = list(program.reporting_periods.all())
        try:
            reading = indicators.read_sheet(read_capped(uploaded), sheet, targets, periods)
        except ValidationError as exc:
            form.add_error("file", exc)
        else:
            indicators.refuse_reported(reading)
            context["reading"] = reading
            context["file_name"] = uploaded.name[:200]
            if reading.importable:
                context["payload"] = signing.dumps(
                    {
                        "sheet": sheet.pk,
                        "file": uploaded.name[:200],
                        "values": [
                            [
                                v.target.pk,
                                v.period.pk,
                                str(v.value),
                                v.noted_on.isoformat() if v.noted_on else None,
                            ]
                            for v in reading.values
                        ],
                    },
                    salt=SALT,
                    compress=True,
                )
    context["form"] = form
    return render(request, "reports/indicator_upload.html", context)


@login_required
@require_POST
def take_in(request, pk):
    """Record every value the preview showed, in one service: all or nothing."""
    sheet = get_indicator_sheet_for_edit(request, pk)
    try:
        data = signing.loads(request.POST.get("payload", ""), salt=SALT, max_age=FRESH_SECONDS)
    except signing.BadSignature:
        messages.error(request, _("The preview is too old or was altered: upload the sheet again."))
        return redirect("reports:indicator_upload", pk=sheet.pk)
    if data.get("sheet") != sheet.pk:
        messages.error(request, _("The preview is too old or was altered: upload the sheet again."))
        return redirect("reports:indicator_upload", pk=sheet.pk)
    values = [
        {
            "target": target,
            "period": period,
            "value": Decimal(value),
            "noted_on": dt.date.fromisoformat(noted) if noted else None,
        }
        for target, period, value, noted in data["values"]
    ]
    try:
        count = services.indicator_values_import(
            acting_user=request.user, sheet=sheet, values=values, file_name=data.get("file", "")
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("reports:indicator_upload", pk=sheet.pk)
    messages.success(request, _("%(n)s figures were taken in.") % {"n": count})
    return redirect(reverse("reports:dashboard", args=[sheet.program_id]) + "#targets")
