from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from hanhdong.audit.models import AuditEntry
from hanhdong.orgs import services
from hanhdong.orgs.access import get_commune_for_admin, get_org_for_admin
from hanhdong.orgs.forms import OrganizationForm, UserForm
from hanhdong.orgs.models import Membership, Organization


@login_required
@require_GET
def units(request, commune_pk):
    commune = get_commune_for_admin(request, commune_pk)
    nodes = list(Organization.objects.filter(commune=commune).order_by("position", "name"))
    children: dict = {}
    for node in nodes:
        children.setdefault(node.parent_id, []).append(node)
    rows = []

    def walk(node, depth):
        rows.append((node, depth))
        for child in children.get(node.pk, []):
            walk(child, depth + 1)

    walk(commune, 0)
    return render(request, "orgs/units.html", {"commune": commune, "rows": rows, "tab": "units"})


@login_required
@require_http_methods(["GET", "POST"])
def unit_create(request, commune_pk):
    commune = get_commune_for_admin(request, commune_pk)
    form = OrganizationForm(request.POST or None, commune=commune, initial={"parent": commune})
    if request.method == "POST" and form.is_valid():
        try:
            services.organization_create(acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The unit was added."))
            return redirect("orgs:units", commune_pk=commune.pk)
    return render(request, "orgs/unit_form.html", {"commune": commune, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def unit_edit(request, pk):
    org = get_org_for_admin(request, pk)
    if org.pk == org.commune_id:
        raise Http404  # the commune itself is managed by the site administrator
    fields = ["name", "short_name", "kind", "parent", "aliases", "position", "is_active"]
    form = OrganizationForm(
        request.POST or None,
        commune=org.commune,
        exclude=org,
        initial={f: getattr(org, f) for f in fields},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.organization_update(acting_user=request.user, org=org, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The unit was saved."))
            return redirect("orgs:units", commune_pk=org.commune_id)
    history = AuditEntry.objects.for_object(org).select_related("actor")[:50]
    return render(
        request,
        "orgs/unit_form.html",
        {
            "commune": org.commune,
            "form": form,
            "unit": org,
            "history": history,
        },
    )


def _users_of(commune):
    return (
        get_user_model()
        .objects.filter(memberships__organization__commune=commune)
        .distinct()
        .prefetch_related(
            Prefetch(
                "memberships",
                queryset=Membership.objects.filter(organization__commune=commune).select_related(
                    "organization"
                ),
            )
        )
        .order_by("username")
    )


@login_required
@require_GET
def users(request, commune_pk):
    commune = get_commune_for_admin(request, commune_pk)
    return render(
        request,
        "orgs/users.html",
        {"commune": commune, "users": _users_of(commune), "tab": "users"},
    )


@login_required
@require_http_methods(["GET", "POST"])
def user_create(request, commune_pk):
    commune = get_commune_for_admin(request, commune_pk)
    form = UserForm(request.POST or None, commune=commune, creating=True)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.user_create(
                acting_user=request.user,
                username=data["username"],
                password=data["password"],
                first_name=data["first_name"],
                last_name=data["last_name"],
                email=data["email"],
                memberships=[(data["organization"], data["role"])],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The user was created."))
            return redirect("orgs:users", commune_pk=commune.pk)
    return render(request, "orgs/user_form.html", {"commune": commune, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def user_edit(request, commune_pk, user_pk):
    commune = get_commune_for_admin(request, commune_pk)
    user = _users_of(commune).filter(pk=user_pk).first()
    if user is None or (user.is_superuser and not request.user.is_superuser):
        raise Http404
    membership = user.memberships.all()[0]
    initial = {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "is_active": user.is_active,
        "organization": membership.organization,
        "role": membership.role,
    }
    form = UserForm(request.POST or None, commune=commune, creating=False, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.user_update(
                acting_user=request.user,
                user=user,
                commune=commune,
                password=data["password"],
                memberships=[(data["organization"], data["role"])],
                first_name=data["first_name"],
                last_name=data["last_name"],
                email=data["email"],
                is_active=data["is_active"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The user was saved."))
            return redirect("orgs:users", commune_pk=commune.pk)
    history = AuditEntry.objects.for_object(user).select_related("actor")[:50]
    return render(
        request,
        "orgs/user_form.html",
        {
            "commune": commune,
            "form": form,
            "edited": user,
            "history": history,
        },
    )
