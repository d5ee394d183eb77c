"""State changes of organizations, users and their roles, and of one's own notifications."""

from __future__ import annotations

import datetime as dt
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from hanhdong.audit.models import AuditAction
from hanhdong.audit.services import audit_changes, audit_record, snapshot
from hanhdong.lib.tokens import new_token, token_hash
from hanhdong.lib.transactions import service
from hanhdong.notifications.models import Notification
from hanhdong.orgs.models import (
    ApiToken,
    CalendarDay,
    CommuneLevel,
    DayKind,
    FirstLogin,
    Membership,
    Organization,
    OrgKind,
    Role,
)
from hanhdong.orgs.standard import units_for

ORG_FIELDS = [
    "kind",
    "name",
    "short_name",
    "code",
    "aliases",
    "parent",
    "position",
    "is_active",
    "level",
]
USER_FIELDS = ["username", "first_name", "last_name", "email", "is_active"]
COMMUNE_LEVEL = {OrgKind.CITY, OrgKind.COMMUNE}


def _check_org(org: Organization) -> None:
    if org.kind == OrgKind.CITY and org.parent_id is not None:
        raise ValidationError(_("A city has no parent unit."))
    if org.kind == OrgKind.COMMUNE and (org.parent is None or org.parent.kind != OrgKind.CITY):
        raise ValidationError(_("A commune belongs to a city."))
    if org.kind not in COMMUNE_LEVEL and org.parent is None:
        raise ValidationError(_("This unit needs a parent unit inside the commune."))
    if org.kind not in COMMUNE_LEVEL and org.parent.commune_id is None:
        raise ValidationError(_("The parent unit must belong to a commune."))
    if org.kind in COMMUNE_LEVEL and not org.code:
        raise ValidationError(_("A city or commune needs a code."))
    taken = Organization.objects.filter(code=org.code).exclude(pk=org.pk).first()
    if org.code and taken is not None:
        raise ValidationError(
            _("The code “%(code)s” is already used by %(name)s.")
            % {"code": org.code, "name": taken.name}
        )
    ancestor = org.parent
    while ancestor is not None:
        if org.pk and ancestor.pk == org.pk:
            raise ValidationError(_("A unit cannot be placed under itself."))
        ancestor = ancestor.parent
    commune_id = org.parent.commune_id if org.kind not in COMMUNE_LEVEL else None
    same_name = Organization.objects.filter(commune_id=commune_id, name__iexact=org.name)
    if commune_id and same_name.exclude(pk=org.pk).exists():
        raise ValidationError(_("The commune already has a unit with this name."))
    org.full_clean(exclude=["commune", "parent"])


@service
def organization_create(
    *, acting_user, kind: str, name: str, parent=None, **fields
) -> Organization:
    org = Organization(kind=kind, name=name.strip(), parent=parent, **fields)
    _check_org(org)
    if kind == OrgKind.COMMUNE:
        org.save()
        org.commune = org
        org.save(update_fields=["commune"])
    else:
        org.commune = parent.commune if parent is not None else None
        org.save()
    audit_record(
        actor=acting_user,
        obj=org,
        action=AuditAction.CREATE,
        changes=snapshot(org, ORG_FIELDS),
        commune=org.commune,
    )
    return org


@service
def organization_update(*, acting_user, org: Organization, **fields) -> Organization:
    org = Organization.objects.select_for_update().get(pk=org.pk)
    before = snapshot(org, ORG_FIELDS)
    if (
        "kind" in fields
        and fields["kind"] != org.kind
        and (fields["kind"] in COMMUNE_LEVEL or org.kind in COMMUNE_LEVEL)
    ):
        raise ValidationError(_("A city or commune cannot change kind."))
    for name, value in fields.items():
        setattr(org, name, value)
    _check_org(org)
    if org.kind not in COMMUNE_LEVEL and org.parent.commune_id != org.commune_id:
        raise ValidationError(_("A unit cannot be moved to another commune."))
    org.save()
    audit_changes(actor=acting_user, obj=org, before=before, commune=org.commune)
    return org


@service
def city_add(*, acting_user, code: str, name: str) -> Organization:
    """A city or province, whose communes a city viewer watches together."""
    return organization_create.within(
        acting_user=acting_user, kind=OrgKind.CITY, name=name, code=code.strip().lower()
    )


@service
def commune_add(
    *, acting_user, city: Organization, code: str, name: str, level: str = CommuneLevel.XA
) -> Organization:
    """A new commune of ``city``, with the standard units of a commune (``standard.py``)
    for the Party Office to edit. ``name`` is the commune's own name ("Nghi Dương"); the
    commune is called "Xã Nghi Dương"."""
    if city.kind != OrgKind.CITY:
        raise ValidationError(_("A commune belongs to a city."))
    if level not in CommuneLevel.values:
        raise ValidationError(_("Choose xã, phường or đặc khu."))
    name = name.strip()
    word = CommuneLevel(level).word
    if not name:
        raise ValidationError(_("The commune needs a name."))
    full = f"{word[:1].upper()}{word[1:]} {name}"
    if Organization.objects.filter(parent=city, kind=OrgKind.COMMUNE, name__iexact=full).exists():
        raise ValidationError(_("The city already has a commune with this name."))
    commune = organization_create.within(
        acting_user=acting_user,
        kind=OrgKind.COMMUNE,
        name=full,
        short_name=name,
        code=code.strip().lower(),
        parent=city,
        level=level,
    )
    made = {None: commune}
    for position, (unit, kind, short, aliases, parent) in enumerate(units_for(word, name), 1):
        made[unit] = organization_create.within(
            acting_user=acting_user,
            kind=kind,
            name=unit,
            short_name=short,
            aliases=aliases,
            parent=made[parent],
            position=position,
        )
    return commune


def _check_membership(organization: Organization, role: str) -> None:
    if role not in Role.values or role == Role.DENUNCIATIONS:  # that one: the designation
        raise ValidationError(_("Unknown role."))
    if role == Role.CITY_VIEWER and organization.kind != OrgKind.CITY:
        raise ValidationError(_("A city viewer is attached to a city."))
    if role != Role.CITY_VIEWER and organization.commune_id is None:
        raise ValidationError(_("This role is held in a unit of a commune."))


@service
def user_create(
    *,
    acting_user,
    username: str,
    password: str,
    memberships: list[tuple[Organization, str]],
    first_name: str = "",
    last_name: str = "",
    email: str = "",
    validate: bool = True,
    temporary: bool = True,
):
    """A user with their roles. ``temporary``: the password is someone else's choice (the
    Party Office's, an import's): the user sets their own at first login."""
    User = get_user_model()
    username = username.strip()
    if not username:
        raise ValidationError(_("A user name is required."))
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationError(_("This user name is already taken."))
    user = User(username=username, first_name=first_name, last_name=last_name, email=email)
    if validate:
        validate_password(password, user)
    user.set_password(password)
    user.save()
    for organization, role in memberships:
        _check_membership(organization, role)
        Membership.objects.create(user=user, organization=organization, role=role)
    if temporary:
        FirstLogin.objects.create(user=user)
    audit_record(
        actor=acting_user,
        obj=user,
        action=AuditAction.CREATE,
        changes={
            **snapshot(user, USER_FIELDS),
            "roles": [f"{role} @ {org}" for org, role in memberships],
        },
        commune=memberships[0][0].commune if memberships else None,
    )
    return user


@service
def user_update(
    *,
    acting_user,
    user,
    commune: Organization,
    memberships: list[tuple[Organization, str]] | None = None,
    password: str = "",
    **fields,
):
    """Change a user's details and replace the roles they hold inside ``commune``."""
    before = snapshot(user, USER_FIELDS)
    # the designation to handle denunciations is the Standing Committee's, and stays
    current = Membership.objects.filter(user=user, organization__commune=commune).exclude(
        role=Role.DENUNCIATIONS
    )
    before["roles"] = sorted(
        f"{m.role} @ {m.organization}" for m in current.select_related("organization")
    )
    for name, value in fields.items():
        setattr(user, name, value)
    if password:  # set by the Party Office: the user chooses their own at next login
        validate_password(password, user)
        user.set_password(password)
        FirstLogin.objects.get_or_create(user=user)
    user.full_clean(exclude=["password"])
    user.save()
    after = snapshot(user, USER_FIELDS)
    after["roles"] = before["roles"]
    if memberships is not None:
        for organization, role in memberships:
            if organization.commune_id != commune.pk:
                raise ValidationError(_("A role must be held in a unit of this commune."))
            _check_membership(organization, role)
        wanted = {(org.pk, role) for org, role in memberships}
        for membership in current:  # the roles kept keep their rows
            if (membership.organization_id, membership.role) not in wanted:
                membership.delete()
        for organization, role in memberships:
            Membership.objects.get_or_create(user=user, organization=organization, role=role)
        after["roles"] = sorted(f"{role} @ {org}" for org, role in memberships)
    audit_changes(
        actor=acting_user,
        obj=user,
        before=before,
        after=after,
        commune=commune,
        # that the password changed, never what it was or became
        also={"password": ["…", "…"]} if password else None,
    )
    return user


TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def temporary_password() -> str:
    """A password to hand over once, easy to read out: three groups of four."""
    return "-".join("".join(secrets.choice(TEMPORARY_ALPHABET) for _ in range(4)) for _ in range(3))


@service
def users_import(*, acting_user, commune: Organization, rows: list[dict]) -> list[tuple]:
    """The users of a sheet (``sheets.read_users``), every one or none: each with a
    temporary password, to be changed at first login. Returns (user, password) pairs, the
    passwords shown this once only."""
    made = []
    for row in rows:
        password = temporary_password()
        *first, last = row["full_name"].split() or [""]
        user = user_create.within(
            acting_user=acting_user,
            username=row["username"],
            password=password,
            memberships=[(row["unit"], row["role"])],
            first_name=" ".join(first),
            last_name=last,
            email=row["email"],
        )
        made.append((user, password))
    return made


@service
def password_change(*, acting_user, form) -> None:
    """A user sets their own password (``form``: Django's password change or reset form,
    valid): no longer a temporary one."""
    user = form.save()
    FirstLogin.objects.filter(user=user).delete()
    audit_record(
        actor=acting_user if acting_user.is_authenticated else user,
        obj=user,
        action=AuditAction.UPDATE,
        changes={"password": ["…", "…"]},
    )


@service
def denunciation_handlers_set(*, acting_user, commune: Organization, users) -> None:
    """The Standing Committee designates who, besides its members, may know who sent a
    denunciation: people who hold a role in the commune."""
    chosen = {user.pk: user for user in users}
    staff = set(
        Membership.objects.in_commune(commune)
        .exclude(role=Role.DENUNCIATIONS)
        .values_list("user_id", flat=True)
    )
    if set(chosen) - staff:
        raise ValidationError(_("Only people who work in the commune can be designated."))
    current = Membership.objects.filter(organization=commune, role=Role.DENUNCIATIONS)
    before = sorted(str(m.user) for m in current.select_related("user"))
    current.exclude(user_id__in=chosen).delete()
    kept = set(current.values_list("user_id", flat=True))
    Membership.objects.bulk_create(
        Membership(user=user, organization=commune, role=Role.DENUNCIATIONS)
        for pk, user in chosen.items()
        if pk not in kept
    )
    audit_changes(
        actor=acting_user,
        obj=commune,
        before={"denunciation_handlers": before},
        after={"denunciation_handlers": sorted(str(u) for u in chosen.values())},
        commune=commune,
    )


@service
def api_token_create(*, acting_user, user, name: str) -> tuple[ApiToken, str]:
    """A new API token for ``user``; returns it with the key, which is never stored."""
    key = new_token("hd_")
    token = ApiToken.objects.create(user=user, name=name, key_hash=token_hash(key))
    audit_record(actor=acting_user, obj=token, action=AuditAction.CREATE, changes={"name": name})
    return token, key


@service
def second_factor_start(*, acting_user) -> TOTPDevice:
    """A new authenticator for ``acting_user``, not in use until a code from it is given
    (``second_factor_confirm``); an earlier unconfirmed one is replaced."""
    TOTPDevice.objects.filter(user=acting_user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=acting_user, name="hanhdong", confirmed=False)


@service
def second_factor_confirm(*, acting_user, device: TOTPDevice, code: str) -> TOTPDevice:
    """The first code from the new authenticator proves it works: from now on a login asks
    for one."""
    device = TOTPDevice.objects.select_for_update().get(pk=device.pk, user=acting_user)
    if not device.verify_token(code.strip()):
        raise ValidationError(_("The code is not right; type the six digits the app shows now."))
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=acting_user).exclude(pk=device.pk).delete()
    audit_record(
        actor=acting_user,
        obj=acting_user,
        action=AuditAction.UPDATE,
        changes={"second_factor": [False, True]},
    )
    return device


@service
def second_factor_remove(*, acting_user, code: str) -> None:
    """Stop asking for a code at login (never for a site administrator, who must keep one)."""
    if acting_user.is_superuser:
        raise ValidationError(_("A site administrator keeps the second factor."))
    devices = TOTPDevice.objects.filter(user=acting_user, confirmed=True)
    if not any(device.verify_token(code.strip()) for device in devices):
        raise ValidationError(_("The code is not right; type the six digits the app shows now."))
    devices.delete()
    audit_record(
        actor=acting_user,
        obj=acting_user,
        action=AuditAction.UPDATE,
        changes={"second_factor": [True, False]},
    )


# -- one's own notifications --------------------------------------------------------------
# Here rather than in the notifications app: marking one read is audited, and the audit
# trail and the notifications sit side by side on the layer below orgs.


def _mark_read(acting_user, notifications) -> int:
    now = timezone.now()
    for notification in notifications:
        notification.read_at = now
        audit_record(
            actor=acting_user,
            obj=notification,
            action=AuditAction.UPDATE,
            changes={"read_at": [None, now.isoformat()]},
        )
    return Notification.objects.filter(
        pk__in=[n.pk for n in notifications], read_at__isnull=True
    ).update(read_at=now)


@service
def notification_open(*, acting_user, notification: Notification) -> Notification:
    """The user opened one of their notifications: it is read from now on."""
    if notification.user_id != acting_user.pk:
        raise ValidationError(_("This notification is someone else's."))
    found = Notification.objects.select_for_update().get(pk=notification.pk)
    if found.read_at is None:
        _mark_read(acting_user, [found])
    return found


@service
def notifications_read_all(*, acting_user) -> int:
    """Mark every unread notification of the user read; returns how many there were."""
    unread = list(
        Notification.objects.of(acting_user).unread().select_for_update().only("pk", "subject")
    )
    return _mark_read(acting_user, unread)


@service
def calendar_day_set(
    *, acting_user, commune, day: dt.date, kind: str, note: str = ""
) -> CalendarDay:
    """Record a day of the commune's calendar: an extra day off or a weekend day worked
    (replacing what was recorded for that day)."""
    if kind not in DayKind.values:
        raise ValidationError(_("Choose a day off or a working day."))
    if not 2000 <= day.year <= 2100:
        raise ValidationError(_("Give a date between 2000 and 2100."))
    entry, created = CalendarDay.objects.update_or_create(
        commune=commune, day=day, defaults={"kind": kind, "note": note.strip()[:200]}
    )
    audit_record(
        actor=acting_user,
        obj=entry,
        action=AuditAction.CREATE if created else AuditAction.UPDATE,
        commune=commune,
        changes={"day": day.isoformat(), "kind": kind, "note": entry.note},
    )
    return entry


@service
def calendar_day_remove(*, acting_user, entry: CalendarDay) -> None:
    """Forget a day the commune recorded: the national calendar applies to it again."""
    audit_record(
        actor=acting_user,
        obj=entry,
        action=AuditAction.DELETE,
        commune=entry.commune,
        changes={"day": entry.day.isoformat(), "kind": entry.kind},
    )
    entry.delete()
