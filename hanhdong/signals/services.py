"""The changes of supervision on data: the commune's thresholds, and a reminder sent to an
agency about a signal."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from hanhdong.audit.models import AuditAction
from hanhdong.audit.services import audit_changes, audit_record, snapshot
from hanhdong.lib.text import clean_text
from hanhdong.lib.transactions import service
from hanhdong.notifications.outbox import enqueue
from hanhdong.orgs.models import Membership, Role
from hanhdong.signals.models import SignalKind, SignalReminder, SignalSettings

THRESHOLDS = ["periods_late", "days_overdue", "overdue_items", "submissions", "window_days"]
# the bounds of each threshold: a signal raised by nothing, or never, is no use
BOUNDS = {
    "periods_late": (1, 12),
    "days_overdue": (0, 365),
    "overdue_items": (1, 100),
    "submissions": (2, 100),
    "window_days": (1, 730),
}
NOTE_LIMIT = 2000


def settings_of(commune) -> SignalSettings:
    """The commune's thresholds: its row, or the defaults (not saved)."""
    found = SignalSettings.objects.filter(commune=commune).first()
    return found or SignalSettings(commune=commune)


@service
def signal_settings_set(*, acting_user, commune, **values) -> SignalSettings:
    """Set the commune's thresholds for its signals, with the change audited."""
    unknown = set(values) - set(THRESHOLDS)
    if unknown:
        raise ValidationError(_("Unknown threshold."))
    row, _created = SignalSettings.objects.select_for_update().get_or_create(commune=commune)
    before = snapshot(row, THRESHOLDS)
    for name, value in values.items():
        low, high = BOUNDS[name]
        if not isinstance(value, int) or not low <= value <= high:
            raise ValidationError(
                _("%(field)s must be a whole number from %(low)s to %(high)s.")
                % {"field": row._meta.get_field(name).verbose_name, "low": low, "high": high}
            )
        setattr(row, name, value)
    row.save()
    audit_changes(
        actor=acting_user,
        obj=row,
        before=before,
        after=snapshot(row, THRESHOLDS),
        commune=commune,
    )
    return row


@service
def signal_remind(*, acting_user, commune, agency, kind: str, note: str) -> SignalReminder:
    """Remind ``agency`` of a signal about it: its officers are told through the outbox.
    One reminder of a kind a day for an agency."""
    if agency.commune_id != commune.pk or agency.pk == commune.pk:
        raise ValidationError(_("Choose an agency of the commune."))
    if kind not in SignalKind.values:
        raise ValidationError(_("Unknown signal."))
    note = clean_text(note or "").strip()[:NOTE_LIMIT]
    if not note:
        raise ValidationError(_("Write what the agency is reminded of."))
    today = timezone.localdate()
    start = timezone.make_aware(dt.datetime.combine(today, dt.time.min))
    if SignalReminder.objects.filter(agency=agency, kind=kind, at__gte=start).exists():
        raise ValidationError(_("This agency was already reminded of this signal today."))
    reminder = SignalReminder.objects.create(
        commune=commune, agency=agency, kind=kind, note=note, sent_by=acting_user
    )
    officers = Membership.objects.in_commune(commune).holding(Role.OFFICER, agency).users()
    enqueue(
        key=f"signal-reminder:{reminder.pk}",
        recipients=officers,
        subject=_("Reminder from the supervision on data: %(signal)s")
        % {"signal": SignalKind(kind).label},
        body=note,
        url=reverse("tasks:list", args=[commune.pk]),
        fresh=True,
    )
    audit_record(
        actor=acting_user,
        obj=reminder,
        action=AuditAction.CREATE,
        commune=commune,
        changes={"agency": str(agency), "signal": kind, "note": note},
    )
    return reminder
