from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hanhdong.audit.models import AuditEntry
from hanhdong.lib.views import form_page
from hanhdong.orgs import services, sheets
from hanhdong.orgs.access import (
    Reach,
    get_calendar_day_for_edit,
    get_commune_for_admin,
    get_commune_for_user,
    get_org_for_admin,
    get_user_for_admin,
    reach_of,
    require_commune_setup,
)
from hanhdong.orgs.forms import (
    CalendarDayForm,
    CityForm,
    CommuneForm,
    DenunciationHandlersForm,
    OrganizationForm,
    UserForm,
    UsersSheetForm,
)
from hanhdong.orgs.models import Membership, Organization, OrgKind, Role
from hanhdong.orgs.selectors import unit_tree
from hanhdong.orgs.workdays import year_rows

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@login_required
@require_GET
def units(request, commune_pk):
    commune = get_commune_for_admin(request, commune_pk)
    rows = unit_tree(commune)
    return render(request, "orgs/units.html", {"commune": commune, "rows": rows, "tab": "units"})


@login_required
@require_http_methods(["GET", "POST"])
def unit_create(request, commune_pk):
    commune = get_commune_for_admin(request, commune_pk)
    return form_page(
        request,
        OrganizationForm(request.POST or None, commune=commune, initial={"parent": commune}),
        save=lambda data: services.organization_create(acting_user=request.user, **data),
        message=_("The unit was added."),
        done=reverse("orgs:units", args=[commune.pk]),
        template="orgs/unit_form.html",
        context={"commune": commune},
    )


@login_required
@require_http_methods(["GET", "POST"])
def unit_edit(request, pk):
    org = get_org_for_admin(request, pk)
    fields = ["name", "short_name", "kind", "parent", "aliases", "position", "is_active"]
    form = OrganizationForm(
        request.POST or None,
        commune=org.commune,
        exclude=org,
        initial={f: getattr(org, f) for f in fields},
    )
    return form_page(
        request,
        form,
        save=lambda data: services.organization_update(acting_user=request.user, org=org, **data),
        message=_("The unit was saved."),
        done=reverse("orgs:units", args=[org.commune_id]),
        template="orgs/unit_form.html",
        context={
            "commune": org.commune,
            "unit": org,
            "history": AuditEntry.objects.for_object(org).select_related("actor")[:50],
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
    users = list(_users_of(commune))
    return render(
        request,
        "orgs/users.html",
        {
            "commune": commune,
            "users": users,
            "managed": reach_of(request.user).managed_users(users, commune.pk),
            "tab": "users",
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def user_create(request, commune_pk):
    commune = get_commune_for_admin(request, commune_pk)
    form = UserForm(request.POST or None, commune=commune, creating=True)
    return form_page(
        request,
        form,
        save=lambda data: services.user_create(
            acting_user=request.user,
            username=data["username"],
            password=data["password"],
            first_name=data["first_name"],
            last_name=data["last_name"],
            email=data["email"],
            memberships=form.memberships(),
        ),
        message=_("The user was created."),
        done=reverse("orgs:users", args=[commune.pk]),
        template="orgs/user_form.html",
        context={"commune": commune},
    )


@login_required
@require_http_methods(["GET", "POST"])
def user_edit(request, commune_pk, user_pk):
    commune = get_commune_for_admin(request, commune_pk)
    user = get_user_for_admin(request, commune, user_pk, _users_of(commune))
    held = [m for m in user.memberships.all() if m.role != Role.DENUNCIATIONS]
    initial = {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "is_active": user.is_active,
    }
    form = UserForm(
        request.POST or None, commune=commune, creating=False, held=held, initial=initial
    )
    return form_page(
        request,
        form,
        save=lambda data: services.user_update(
            acting_user=request.user,
            user=user,
            commune=commune,
            password=data["password"],
            memberships=form.memberships(),
            first_name=data["first_name"],
            last_name=data["last_name"],
            email=data["email"],
            is_active=data["is_active"],
        ),
        message=_("The user was saved."),
        done=reverse("orgs:users", args=[commune.pk]),
        template="orgs/user_form.html",
        context={
            "commune": commune,
            "edited": user,
            "history": AuditEntry.objects.for_object(user).select_related("actor")[:50],
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def denunciation_handlers(request, commune_pk):
    """The Standing Committee designates who may know who sent a denunciation."""
    commune = get_commune_for_user(
        request, commune_pk, may=Reach.can_designate_denunciation_handlers
    )
    staff = (
        get_user_model()
        .objects.filter(is_active=True, memberships__organization__commune=commune)
        .distinct()
        .order_by("last_name", "username")
    )
    current = staff.filter(memberships__role=Role.DENUNCIATIONS, memberships__organization=commune)
    return form_page(
        request,
        DenunciationHandlersForm(
            request.POST or None, staff=staff, initial={"handlers": list(current)}
        ),
        save=lambda data: services.denunciation_handlers_set(
            acting_user=request.user, commune=commune, users=data["handlers"]
        ),
        message=_("Recorded."),
        done=reverse("orgs:denunciation_handlers", args=[commune.pk]),
        template="orgs/denunciation_handlers.html",
        context={"commune": commune, "tab": "feedback"},
    )


@login_required
@require_http_methods(["GET", "POST"])
def communes(request):
    """Cities and communes, and a new commune with its standard units: the site
    administrator's."""
    require_commune_setup(request)
    cities = Organization.objects.filter(kind=OrgKind.CITY).prefetch_related(
        Prefetch("children", queryset=Organization.objects.filter(kind=OrgKind.COMMUNE))
    )
    form = CommuneForm(request.POST or None)
    return form_page(
        request,
        form,
        save=lambda data: services.commune_add(acting_user=request.user, **data),
        message=_("The commune was added with its standard units; give it its users next."),
        done=lambda commune: reverse("orgs:units", args=[commune.pk]),
        template="orgs/communes.html",
        context={"cities": cities, "city_form": CityForm(), "tab": "communes"},
    )


@login_required
@require_http_methods(["POST"])
def city_create(request):
    require_commune_setup(request)
    form = CityForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(list(form.errors.values())[0])
        services.city_add(acting_user=request.user, **form.cleaned_data)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("The city was added."))
    return redirect("orgs:communes")


@login_required
@require_http_methods(["GET"])
def users_template(request, commune_pk):
    commune = get_commune_for_admin(request, commune_pk)
    response = HttpResponse(sheets.users_template(commune), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="nguoi-dung-{commune.code}.xlsx"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def users_import(request, commune_pk):
    """Users from the filled sheet: every row checked first, all added or none; their
    temporary passwords shown this once."""
    commune = get_commune_for_admin(request, commune_pk)
    form = UsersSheetForm(request.POST or None, request.FILES or None)
    made, errors = [], []
    if request.method == "POST" and form.is_valid():
        try:
            rows = sheets.read_users(form.cleaned_data["file"].read(), commune)
            made = services.users_import(acting_user=request.user, commune=commune, rows=rows)
        except ValidationError as exc:
            errors = exc.messages
    return render(
        request,
        "orgs/users_import.html",
        {"commune": commune, "form": form, "made": made, "errors": errors, "tab": "users"},
    )


@login_required
@require_http_methods(["GET", "POST"])
def calendar_days(request, commune_pk):
    """The commune's working days: the year's holidays and swapped days, nationally and its
    own; the Party Office records a day off or a day worked that the national calendar
    lacks."""
    commune = get_commune_for_admin(request, commune_pk)
    today = timezone.localdate()
    year = request.GET.get("year", "")
    year = int(year) if year.isdigit() and 2000 <= int(year) <= 2100 else today.year
    return form_page(
        request,
        CalendarDayForm(request.POST or None),
        save=lambda data: services.calendar_day_set(
            acting_user=request.user, commune=commune, **data
        ),
        message=_("Recorded."),
        done=lambda entry: (
            reverse("orgs:calendar_days", args=[commune.pk]) + f"?year={entry.day.year}"
        ),
        template="orgs/calendar_days.html",
        context={
            "commune": commune,
            "tab": "units",
            "year": year,
            "years": [year - 1, year + 1],
            "rows": year_rows(commune, year),
        },
    )


@login_required
@require_POST
def calendar_day_remove(request, pk):
    entry = get_calendar_day_for_edit(request, pk)
    services.calendar_day_remove(acting_user=request.user, entry=entry)
    messages.success(request, _("Removed."))
    return redirect(
        reverse("orgs:calendar_days", args=[entry.commune_id]) + f"?year={entry.day.year}"
    )
