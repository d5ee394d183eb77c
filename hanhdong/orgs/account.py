"""A user's own account: the second factor (an authenticator app's codes) and the password.

A site administrator must have a second factor; anyone else may. Once set up, every login
asks for a code (``middleware.SecondFactorMiddleware``).
"""

from __future__ import annotations

from base64 import b32encode
from urllib.parse import urlencode

import django_otp
import segno
from django import forms
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST
from django_otp.plugins.otp_totp.models import TOTPDevice

from hanhdong.orgs import services
from hanhdong.orgs.middleware import OWN_PASSWORD_KEY, SESSION_KEY
from hanhdong.orgs.models import FirstLogin

PENDING = "hanhdong_second_factor_pending"  # the device being set up, in the session


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code from the authenticator app"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


def _next(request, default: str = "programs:home"):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}):
        return target
    return default


def remember_at_login(sender, request, user, **kwargs):
    """At login, note whether the user has a second factor and whether they must choose
    their own password, so that no request after it needs to ask the database."""
    request.session[SESSION_KEY] = TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    request.session[OWN_PASSWORD_KEY] = FirstLogin.objects.filter(user=user).exists()


class PasswordChange(auth_views.PasswordChangeView):
    """One's own password, through the audited service; a temporary one is then gone."""

    def form_valid(self, form):
        services.password_change(acting_user=self.request.user, form=form)
        update_session_auth_hash(self.request, form.user)
        self.request.session[OWN_PASSWORD_KEY] = False
        return redirect(self.get_success_url())


class PasswordResetConfirm(auth_views.PasswordResetConfirmView):
    """A new password from the link sent by email, through the audited service."""

    def form_valid(self, form):
        services.password_change(acting_user=self.request.user, form=form)
        del self.request.session[auth_views.INTERNAL_RESET_SESSION_TOKEN]
        return redirect(self.get_success_url())


@login_required
@require_http_methods(["GET"])
def account(request):
    has_device = TOTPDevice.objects.filter(user=request.user, confirmed=True).exists()
    return render(
        request,
        "orgs/account.html",
        {"has_device": has_device, "form": CodeForm(), "tab": "account"},
    )


@login_required
@require_http_methods(["GET", "POST"])
def second_factor(request):
    """After the password: the code from the user's authenticator."""
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = django_otp.match_token(request.user, form.cleaned_data["code"].strip())
        if device is not None:
            django_otp.login(request, device)
            return redirect(_next(request))
        form.add_error("code", _("The code is not right; type the six digits the app shows now."))
    return render(request, "orgs/second_factor.html", {"form": form, "next": _next(request, "")})


@login_required
@require_http_methods(["GET", "POST"])
def setup(request):
    """Set up an authenticator: a POST makes one and shows its QR code; the code it then
    shows confirms it (``confirm``)."""
    if request.method == "POST":
        device = services.second_factor_start(acting_user=request.user)
        request.session[PENDING] = device.pk
        return redirect(f"{request.path}?{urlencode({'next': _next(request, '')})}")
    device = TOTPDevice.objects.filter(
        pk=request.session.get(PENDING), user=request.user, confirmed=False
    ).first()
    qr = segno.make(device.config_url).svg_data_uri(scale=5) if device else None
    return render(
        request,
        "orgs/second_factor_setup.html",
        {
            "device": device,
            "qr": qr,
            "secret": device and _spaced(device.bin_key),
            "form": CodeForm(),
            "next": _next(request, ""),
        },
    )


def _spaced(key: bytes) -> str:
    """The secret as the app asks for it when typed in by hand: base32, in groups of four."""
    text = b32encode(key).decode().rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


@login_required
@require_POST
def confirm(request):
    device = TOTPDevice.objects.filter(
        pk=request.session.get(PENDING), user=request.user, confirmed=False
    ).first()
    form = CodeForm(request.POST)
    if device is None or not form.is_valid():
        messages.error(request, _("Start again: make a new code for the app."))
        return redirect("orgs:setup")
    try:
        device = services.second_factor_confirm(
            acting_user=request.user, device=device, code=form.cleaned_data["code"]
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(f"{reverse('orgs:setup')}?{urlencode({'next': _next(request, '')})}")
    django_otp.login(request, device)
    request.session[SESSION_KEY] = True
    request.session.pop(PENDING, None)
    messages.success(request, _("From now on, logging in asks for a code from the app."))
    return redirect(_next(request, "orgs:account"))


@login_required
@require_POST
def remove(request):
    form = CodeForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(_("Type the six digits the app shows now."))
        services.second_factor_remove(acting_user=request.user, code=form.cleaned_data["code"])
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        request.session[SESSION_KEY] = False
        messages.success(request, _("Logging in no longer asks for a code."))
    return redirect("orgs:account")
