"""How the history panel tells the evaluations' entries (``audit.history``)."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hanhdong.audit.history import register
from hanhdong.evaluations.models import (
    Band,
    CommuneAssessment,
    CriteriaSet,
    Criterion,
    Rating,
    Round,
)


def _band(value) -> str:
    return str(Band(value).label) if value in Band.values else str(value or "—")


def _bands(value) -> str:
    """{name: [proposed, decided]}: each change the Committee made to the proposal."""
    if not isinstance(value, dict) or not value:
        return _("none")
    return "; ".join(f"{name}: {_band(old)} → {_band(new)}" for name, (old, new) in value.items())


def _overrides(value) -> str:
    """{criterion: {computed, given, reason}}: the points given otherwise, and why."""
    if not isinstance(value, dict):
        return str(value)
    parts = []
    for criterion, row in value.items():
        given = row.get("given", "")
        if "computed" in row:
            parts.append(
                _("%(c)s: %(given)s instead of %(computed)s — %(reason)s")
                % {
                    "c": criterion,
                    "given": given,
                    "computed": row["computed"],
                    "reason": row.get("reason", ""),
                }
            )
        else:
            parts.append(f"{criterion}: {given} — {row.get('reason', '')}")
    return "; ".join(parts)


def _names(value) -> str:
    return "; ".join(str(v) for v in value) if isinstance(value, list) else str(value)


def _computed(value) -> str:
    if not isinstance(value, dict) or not value:
        return _("unchanged")
    return "; ".join(value)


BANDS = {name: _band for name in ("self_band", "proposed_band", "decided_band")}

register(
    Round,
    labels={
        "rated": gettext_lazy("Rated"),
        "note": gettext_lazy("Remarks"),
        "changed_from_proposal": gettext_lazy("Changed from the proposal"),
        "computed": gettext_lazy("Computed points changed for"),
    },
    values={"rated": _names, "changed_from_proposal": _bands, "computed": _computed},
)
register(
    Rating,
    labels={"overrides": gettext_lazy("Points given otherwise")},
    values={"overrides": _overrides, **BANDS},
)
register(CriteriaSet, labels={"copied_from": gettext_lazy("Copied from version")})
register(Criterion, labels={"criteria_set": gettext_lazy("Criteria set")})
register(CommuneAssessment, labels={"criteria_set": gettext_lazy("Criteria")})
