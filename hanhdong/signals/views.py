"""The supervision-on-data page, its thresholds, and a reminder sent from a signal."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hanhdong.audit.models import AuditEntry
from hanhdong.lib.views import form_page
from hanhdong.orgs.access import Reach, get_commune_for_user, get_unit_for_reminder, reach_of
from hanhdong.programs.models import Program
from hanhdong.signals import selectors, services
from hanhdong.signals.forms import RemindForm, ThresholdsForm


@login_required
@require_GET
def signals_page(request, pk):
    commune = get_commune_for_user(request, pk, may=Reach.can_see_signals)
    reach = reach_of(request.user)
    context = selectors.signals(commune, reach)
    context.update(
        {
            "commune": commune,
            "tab": "signals",
            "can_remind": reach.can_remind_on_signals(commune.pk),
            "can_set": reach.can_set_signal_thresholds(commune.pk),
        }
    )
    return render(request, "signals/list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def thresholds(request, pk):
    commune = get_commune_for_user(request, pk, may=Reach.can_set_signal_thresholds)
    limits = services.settings_of(commune)
    form = ThresholdsForm(request.POST or None, instance=limits)
    history = (
        AuditEntry.objects.for_object(limits).select_related("actor")[:50] if limits.pk else []
    )

    def save(data):
        return services.signal_settings_set(acting_user=request.user, commune=commune, **data)

    return form_page(
        request,
        form,
        save=save,
        message=_("The thresholds were recorded."),
        done=reverse("signals:list", args=[commune.pk]),
        template="signals/thresholds.html",
        context={
            "commune": commune,
            "program": Program.objects.current_of(commune),
            "tab": "signals",
            "history": history,
        },
    )


@login_required
@require_POST
def remind(request, pk):
    form = RemindForm(request.POST)
    if not form.is_valid():
        get_commune_for_user(request, pk, may=Reach.can_remind_on_signals)
        messages.error(request, _("Write what the agency is reminded of."))
        return redirect("signals:list", pk=pk)
    commune, agency = get_unit_for_reminder(request, pk, form.cleaned_data["agency"])
    try:
        services.signal_remind(
            acting_user=request.user,
            commune=commune,
            agency=agency,
            kind=form.cleaned_data["kind"],
            note=form.cleaned_data["note"],
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("The reminder was sent to %(agency)s.") % {"agency": agency})
    return redirect("signals:list", pk=commune.pk)
