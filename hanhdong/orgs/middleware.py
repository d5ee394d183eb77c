"""The second factor: a user who has one must give a code from it before anything else; a
site administrator must set one up first."""

from __future__ import annotations

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse

SESSION_KEY = "hanhdong_second_factor"  # set at login: whether the user has a device
OWN_PASSWORD_KEY = "hanhdong_own_password"  # set at login: whether they must choose one


def needs_second_factor(request) -> bool:
    """Whether the logged-in user must still give a code (or, a site administrator without
    a device, set one up) before going on."""
    user = request.user
    if not user.is_authenticated or user.is_verified():
        return False
    return user.is_superuser or bool(request.session.get(SESSION_KEY))


class SecondFactorMiddleware:
    """After OTPMiddleware: sends a user who has not given their code yet to the page that
    asks for it (a site administrator without a device, to the page that sets one up)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if needs_second_factor(request) and not request.path.startswith(_open_paths()):
            name = "orgs:second_factor" if request.session.get(SESSION_KEY) else "orgs:setup"
            return redirect(f"{reverse(name)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)


def _open_paths() -> tuple[str, ...]:
    """What a user who still owes a code may open: the code's own pages, logging out, the
    language switch and static files."""
    return (reverse("orgs:second_factor"), reverse("logout"), "/static/", "/i18n/")


class OwnPasswordMiddleware:
    """A user whose password someone else chose (an import, the Party Office) sets their
    own before anything else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        must = request.user.is_authenticated and request.session.get(OWN_PASSWORD_KEY)
        if must and not request.path.startswith((reverse("password_change"), *_open_paths())):
            return redirect("password_change")
        return self.get_response(request)
