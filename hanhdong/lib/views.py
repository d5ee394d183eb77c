"""The shape every form page shares: access helper → form → service → redirect; and a
public page kept rendered under the stamp of what it shows (``render_kept``)."""

from __future__ import annotations

import functools

from django import forms
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.datastructures import MultiValueDict
from django.utils.translation import get_language

# the CSRF token a kept page is rendered with, replaced by each request's own token
CSRF_HOLE = "csrf-token-of-this-request"
KEPT_SECONDS = 600
NO_FILES = MultiValueDict()  # a form checked quickly reads its files apart


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


def render_kept(request, template: str, context, *, stamp: str | None):
    """``template`` rendered once for the data ``stamp`` names (a digest of every row the
    page shows) and the language, then served from the cache while the data is unchanged:
    a change of the data is a new stamp, so nothing is ever served stale. ``context`` is a
    function, called only when the page is rendered: a kept page reads nothing but its
    stamp. Each request gets its own CSRF token in the kept page's forms. A page with a
    one-off message (after a form's redirect), or with no stamp, is rendered as usual."""
    if stamp is None or messages.get_messages(request):
        return render(request, template, context())
    key = f"kept:{template}:{get_language()}:{stamp}"
    page = cache.get(key)
    if page is None:
        page = render_to_string(template, {**context(), "csrf_token": CSRF_HOLE}, request)
        cache.set(key, page, KEPT_SECONDS)
    if CSRF_HOLE in page:
        page = page.replace(CSRF_HOLE, get_token(request))
    return HttpResponse(page)


def checked_quickly(form_class, data) -> dict | None:
    """``data`` cleaned by ``form_class``'s own fields, used as they are, or None if any of
    them refuses it (then make the form as usual, to show why). A form made for each
    request first copies every field and widget it has, which is most of what checking a
    small form costs; that copy is only needed by a form that changes its fields per
    instance, so ``form_class`` must not; one with clean methods of its own is refused."""
    if _cleans_for_itself(form_class):
        raise TypeError(f"{form_class.__name__} has clean methods: check it as a form")
    cleaned = {}
    for name, field in form_class.base_fields.items():
        try:
            cleaned[name] = field.clean(field.widget.value_from_datadict(data, NO_FILES, name))
        except ValidationError:
            return None
    return cleaned


@functools.cache
def _cleans_for_itself(form_class) -> bool:
    """Whether ``form_class`` checks more than its fields do: a ``clean_<field>`` or its own
    ``clean`` (which ``checked_quickly`` would pass over)."""
    own_clean = form_class.clean is not forms.Form.clean
    return own_clean or any(hasattr(form_class, f"clean_{name}") for name in form_class.base_fields)
