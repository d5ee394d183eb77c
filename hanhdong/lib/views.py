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
    if request.method != "POST":
        return render(request, template, {**context, "form": form})
    return form_post(
        request,
        form,
        save=save,
        done=done,
        message=message,
        error_field=error_field,
        failed=lambda form: render(request, template, {**context, "form": form}),
    )


def form_post(
    request,
    form,
    *,
    save,
    done,
    failed,
    message: str = "",
    error_field: str | None = None,
):
    """One form of a page that holds several (a meeting's conclusions, an inspection's
    work): a valid POST calls ``save(cleaned_data)``, says ``message`` and redirects to
    ``done`` (a URL, or a function of what ``save`` returned); an invalid form, or a
    ValidationError from the service put on it, is answered by ``failed(form)`` — the page
    again, with this form as it was sent."""
    if form.is_valid():
        try:
            result = save(form.cleaned_data)
        except ValidationError as exc:
            form.add_error(error_field, exc)
        else:
            if message:
                messages.success(request, message)
            return redirect(done(result) if callable(done) else done)
    return failed(form)
