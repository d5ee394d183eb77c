"""The history panel in words: audit entries as a person reads them.

An entry's ``changes`` hold field names and stored values ({"status": ["draft", "active"]}).
``tell`` names each field by its model's verbose name and shows each value as the page
would: a choice by its label, a date as dd/mm/yyyy, a boolean as yes/no. What is no field
of the model (counts an import wrote, the roles of a user) the app that owns the model
says how to tell, with ``register``: a label, a way to show the value, or a sentence for
the whole entry (an import, a revision of the program). ``tell`` reads nothing per entry:
a registered ``describe`` gets all the entries of its model at once.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import formats, timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from hanhdong.audit.models import AuditAction, AuditEntry


@dataclass(frozen=True)
class Change:
    """One field of an entry: its label, and the value before and after (``old`` is
    None for what a creation set, ``new`` alone is shown)."""

    label: str
    old: str | None
    new: str
    is_change: bool


@dataclass(frozen=True)
class Told:
    entry: AuditEntry
    text: str = ""  # a sentence for the whole entry, when its model's app gives one
    rows: list[Change] = field(default_factory=list)

    @property
    def at(self):
        return self.entry.at

    @property
    def actor(self):
        return self.entry.actor


@dataclass
class Telling:
    labels: dict[str, str] = field(default_factory=dict)
    values: dict[str, Callable[[object], str]] = field(default_factory=dict)
    hidden: frozenset[str] = frozenset()  # only that it changed is shown (a password)
    describe: Callable[[list[AuditEntry]], dict[int, str]] | None = None
    told: frozenset[str] | None = None  # keys the sentence tells; rows show the others


_TELLINGS: dict[type[models.Model], Telling] = {}


def register(
    model: type[models.Model],
    *,
    labels: dict | None = None,
    values: dict | None = None,
    hidden: Iterable[str] = (),
    describe: Callable[[list[AuditEntry]], dict[int, str]] | None = None,
    told: Iterable[str] | None = None,
) -> None:
    """How to tell ``model``'s entries: ``labels`` for keys that are no field of it,
    ``values`` (key → function) to show a stored value, ``hidden`` keys whose values are
    never shown, ``describe`` (entries → {entry id: sentence}) for entries a sentence
    tells better than rows; its entries left out of the answer get rows. With ``told``,
    the keys the sentence tells, an entry told by a sentence also gets rows for its other
    keys (without, the sentence tells it all)."""
    _TELLINGS[model] = Telling(
        labels=dict(labels or {}),
        values=dict(values or {}),
        hidden=frozenset(hidden),
        describe=describe,
        told=None if told is None else frozenset(told),
    )


def tell(entries: Iterable[AuditEntry]) -> list[Told]:
    """The entries as the history panel shows them, in the order given."""
    entries = list(entries)
    models_of = {
        e.content_type_id: ContentType.objects.get_for_id(e.content_type_id).model_class()
        for e in entries
    }
    groups: dict[int, list[AuditEntry]] = defaultdict(list)
    for entry in entries:
        groups[entry.content_type_id].append(entry)
    texts: dict[int, str] = {}
    for content_type_id, group in groups.items():
        telling = _TELLINGS.get(models_of[content_type_id])
        if telling is not None and telling.describe is not None:
            texts.update(telling.describe(group))
    told = []
    for entry in entries:
        model = models_of[entry.content_type_id]
        if entry.pk in texts:
            telling = _TELLINGS[model]
            rows = [] if telling.told is None else rows_of(entry, model, skip=telling.told)
            told.append(Told(entry=entry, text=texts[entry.pk], rows=rows))
        else:
            told.append(Told(entry=entry, rows=rows_of(entry, model)))
    return told


def rows_of(
    entry: AuditEntry, model: type[models.Model] | None, skip: frozenset[str] = frozenset()
) -> list[Change]:
    telling = _TELLINGS.get(model) or Telling()
    rows = []
    for key, value in entry.changes.items():
        if key in skip:
            continue
        model_field = _field(model, key)
        label = telling.labels.get(key) or (
            capfirst(model_field.verbose_name) if model_field is not None else key
        )
        if key in telling.hidden:
            rows.append(Change(str(label), None, _("changed (not shown)"), False))
            continue

        def show(stored, model_field=model_field, key=key):
            if key in telling.values:
                return telling.values[key](stored)
            return show_value(stored, model_field)

        if entry.action == AuditAction.UPDATE and isinstance(value, list) and len(value) == 2:
            rows.append(Change(str(label), show(value[0]), show(value[1]), True))
        else:
            rows.append(Change(str(label), None, show(value), False))
    return rows


def _field(model, key: str):
    """The concrete field or many-to-many ``key`` of ``model``; None for anything else
    (a reverse relation, a key the service made up)."""
    if model is None:
        return None
    try:
        found = model._meta.get_field(key)
    except FieldDoesNotExist:
        return None
    return found if hasattr(found, "verbose_name") else None


def show_value(value, model_field=None) -> str:
    """A stored value as a page shows it; "" for nothing."""
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, (list, tuple)):
        return "; ".join(filter(None, (show_value(v, model_field) for v in value)))
    if isinstance(value, dict):
        return "; ".join(f"{k}: {show_value(v)}" for k, v in value.items())
    if model_field is not None:
        choices = dict(model_field.flatchoices) if model_field.choices else {}
        if value in choices:
            return str(choices[value])
        if isinstance(model_field, models.DateTimeField):
            return _datetime(value)
        if isinstance(model_field, models.DateField):
            return _date(value)
        if isinstance(model_field, models.DecimalField):
            return _number(value)
    return str(value)


def _date(value) -> str:
    try:
        return dt.date.fromisoformat(str(value)[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return str(value)


def _datetime(value) -> str:
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    return moment.strftime("%d/%m/%Y %H:%M")


def _number(value) -> str:
    """120.0000 as 120, 1.5 as 1,5 in Vietnamese (text of a page, never an attribute)."""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    return formats.number_format(Decimal(format(number.normalize(), "f")))
