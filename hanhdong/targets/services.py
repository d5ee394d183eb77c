"""State changes of a program's targets."""

from __future__ import annotations

import re
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db.models import Max
from django.utils.translation import gettext as _

from hanhdong.audit.models import AuditAction
from hanhdong.audit.services import audit_changes, audit_record, snapshot
from hanhdong.lib.text import fold
from hanhdong.lib.transactions import service
from hanhdong.targets.models import Comparison, Recurrence, Target

TARGET_FIELDS = [
    "indicator",
    "unit",
    "comparison",
    "value",
    "year",
    "recurrence",
    "baseline_value",
    "baseline_year",
    "where",
]


def _check(target: Target) -> None:
    program = target.program
    target.indicator = target.indicator.strip()
    if not target.indicator:
        raise ValidationError(_("The target needs an indicator."))
    if target.comparison not in Comparison.values:
        raise ValidationError(_("Unknown comparison."))
    if target.recurrence and target.recurrence not in Recurrence.values:
        raise ValidationError(_("Unknown recurrence."))
    if target.recurrence and target.year:
        raise ValidationError(_("A target is either yearly or due by a year, not both."))
    if target.year and not (program.term_start <= target.year <= program.term_end + 5):
        raise ValidationError(_("The target's year lies outside the program's term."))
    if target.value is None or not isinstance(target.value, Decimal):
        raise ValidationError(_("The target needs a value."))


# "appendix:3" as kept, or as a clerk writes it: "phụ lục 3", "Phu luc: 3", "PL3"
_APPENDIX = re.compile(r"^(?:appendix|phu\s*luc|pl)\s*:?\s*(\d{1,4})$")


def appendix_number(where: str) -> int | None:
    """The key task of the program's appendix that a target's "stated in" names, or None."""
    found = _APPENDIX.match(fold(where or "").strip())
    return int(found.group(1)) if found else None


def _place(target, was: str = "") -> None:
    """The section a target's "stated in" names, and the key task when it names one of the
    appendix (a link made otherwise is kept, unless it came from the old "stated in")."""
    program = target.program
    target.section = program.sections.filter(path=target.where).first()
    if number := appendix_number(target.where):
        target.key_task = program.key_tasks.filter(number=number, is_withdrawn=False).first()
    elif appendix_number(was):
        target.key_task = None


@service
def target_create(*, acting_user, program, **fields) -> Target:
    position = (program.targets.aggregate(m=Max("position"))["m"] or 0) + 1
    target = Target(program=program, position=position, **fields)
    _check(target)
    _place(target)
    target.save()
    audit_record(
        actor=acting_user,
        obj=target,
        action=AuditAction.CREATE,
        changes=snapshot(target, TARGET_FIELDS),
        commune=program.commune,
    )
    return target


@service
def target_update(*, acting_user, target: Target, **fields) -> Target:
    target = (
        Target.objects.select_for_update(of=("self",)).select_related("program").get(pk=target.pk)
    )
    before = snapshot(target, TARGET_FIELDS)
    for name, value in fields.items():
        if name not in TARGET_FIELDS:
            raise TypeError(f"target_update() got an unexpected field {name!r}")
        setattr(target, name, value)
    _check(target)
    _place(target, was=before["where"])
    target.save()
    audit_changes(actor=acting_user, obj=target, before=before, commune=target.program.commune)
    return target
