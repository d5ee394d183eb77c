"""Writing the audit trail. Called by other apps' services inside their transaction."""

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction

from hanhdong.audit.models import AuditAction, AuditEntry


def _plain(value):
    if isinstance(value, models.Model):
        return str(value)
    if isinstance(value, (list, tuple, set)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str, dict)):
        return value
    return str(value)


def snapshot(obj: models.Model, fields: list[str]) -> dict:
    """The current values of ``fields`` in a JSON-friendly form, for a later ``diff``."""
    return {name: _plain(getattr(obj, name)) for name in fields}


def diff(before: dict, after: dict) -> dict:
    return {k: [before.get(k), after.get(k)] for k in after if before.get(k) != after.get(k)}


def audit_record(
    *,
    actor,
    obj: models.Model,
    action: AuditAction,
    changes: dict | None = None,
    commune=None,
) -> AuditEntry:
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("audit_record must run inside the transaction of the change it records")
    return AuditEntry.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        commune=commune,
        action=action,
        content_type=ContentType.objects.get_for_model(obj),
        object_id=str(obj.pk),
        object_repr=str(obj)[:300],
        changes=changes or {},
    )


def audit_changes(
    *, actor, obj: models.Model, before: dict, after: dict | None = None, commune=None, also=None
) -> AuditEntry | None:
    """Record what changed in ``obj`` since ``before`` (its ``snapshot`` taken before the
    change): against ``after``, or else a snapshot of the same fields now; with the changes
    in ``also``. Nothing is recorded when nothing changed."""
    if after is None:
        after = snapshot(obj, list(before))
    changes = {**diff(before, after), **(also or {})}
    if not changes:
        return None
    return audit_record(
        actor=actor, obj=obj, action=AuditAction.UPDATE, changes=changes, commune=commune
    )
