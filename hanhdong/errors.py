"""The error pages: in the user's language, each with the way back; JSON under /api/.

Django's own pages are bare English ("403 Forbidden"). These render the templates of
``templates/`` (400, 403, 403_csrf, 404 on ``error_base.html``, which loads only the app's
own stylesheet). The 500 page is static: it is shown when something has already gone
wrong, so it needs neither the request nor the database. The API answers every refusal in
JSON, as its OpenAPI document says, whether the refusal comes from one of its operations
(``api.py``'s exception handlers) or from Django before any operation is found.
"""

from __future__ import annotations

from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import defaults

from hanhdong.orgs.access import reach_of

API_PREFIX = "/api/"


def _is_api(request) -> bool:
    return request.path.startswith(API_PREFIX)


def _json(status: int, message: str) -> JsonResponse:
    return JsonResponse({"detail": message}, status=status)


def way_back(request) -> tuple[str, str]:
    """(address, words) of the link out of an error page: a logged-in user's own commune
    when they work in exactly one, else the home page (which lists communes or asks to log
    in)."""
    user = getattr(request, "user", None)  # absent when the request failed before auth
    if user is not None and user.is_authenticated:
        communes = list(reach_of(user).communes().order_by("name")[:2])
        if len(communes) == 1:
            commune = communes[0]
            return (
                reverse("programs:commune", args=[commune.pk]),
                _("Back to the page of %(commune)s") % {"commune": commune.name},
            )
    return reverse("programs:home"), _("Back to the home page")


def _page(request, template: str, status: int):
    url, words = way_back(request)
    return render(request, template, {"back_url": url, "back_words": words}, status=status)


def bad_request(request, exception=None):
    if _is_api(request):
        return _json(400, _("The request is not valid."))
    return _page(request, "400.html", 400)


def permission_denied(request, exception=None):
    if _is_api(request):
        return _json(403, _("You may not do this."))
    return _page(request, "403.html", 403)


def page_not_found(request, exception=None):
    if _is_api(request):
        return _json(404, _("Not found."))
    return _page(request, "404.html", 404)


def server_error(request):
    if _is_api(request):
        return _json(500, _("Something went wrong on the server; try again later."))
    return defaults.server_error(request, template_name="500.html")  # static, no context


def csrf_failure(request, reason=""):
    """A form sent without its token, or with an outdated one (CSRF_FAILURE_VIEW)."""
    if _is_api(request):
        return _json(403, _("The security check of the request failed."))
    return _page(request, "403_csrf.html", 403)
