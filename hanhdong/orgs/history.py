"""How the history panel tells the entries of units and users (``audit.history``)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from hanhdong.audit.history import register
from hanhdong.orgs.models import Organization, Role


def _role(value: str) -> str:
    """A role held in a unit, stored as "officer @ Ủy ban nhân dân xã": by its label."""
    role, _at, unit = str(value).partition(" @ ")
    label = dict(Role.choices).get(role, role)
    return f"{label} — {unit}" if unit else str(label)


def _roles(value) -> str:
    values = value if isinstance(value, list) else [value]
    return "; ".join(_role(v) for v in values if v)


register(
    Organization,
    labels={"denunciation_handlers": _("Designated to handle denunciations")},
)
register(
    get_user_model(),
    labels={"roles": _("Roles"), "password": _("Password"), "second_factor": _("Second factor")},
    values={"roles": _roles},
    hidden={"password"},
)
