"""The shape every form page shares: access helper → form → service → redirect."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render


def form_page(
    request,
    form,
    *,
    save,
    done,
    template: str,
    context: dict,
    message: str = "",
    error_field: str | None = None,
):
    """A valid POST calls ``save(cleaned_data)`` — the service — says ``message`` and
    redirects to ``done`` (a URL, or a function of what ``save`` returned); a
    ValidationError from the service comes back on the form (on ``error_field``, or above
    every field), which is shown again."""
    if request.method == "POST" and form.is_valid():
        try:
            result = save(form.cleaned_data)
        except ValidationError as exc:
            form.add_error(error_field, exc)
        else:
            if message:
                messages.success(request, message)
            return redirect(done(result) if callable(done) else done)
    return render(request, template, {**context, "form": form})
