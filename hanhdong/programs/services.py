"""State changes of action programs and their key tasks."""

from __future__ import annotations

import datetime as dt
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from hanhdong.audit.models import AuditAction
from hanhdong.audit.services import audit_changes, audit_record, diff, snapshot
from hanhdong.lib import periods
from hanhdong.lib.transactions import service
from hanhdong.orgs.matching import match_organization
from hanhdong.orgs.models import Organization, OrgKind
from hanhdong.programs.formats import ProgramData, data_to_dict, program_to_data, read_program
from hanhdong.programs.models import (
    Item,
    KeyTask,
    Program,
    ProgramRevision,
    ProgramStatus,
    Section,
)
from hanhdong.programs.revisions import count_kept, diff_programs, pair_programs
from hanhdong.programs.revisions import summary as revision_summary
from hanhdong.targets.models import Target
from hanhdong.targets.services import TARGET_FIELDS, appendix_number

TASK_FIELDS = [
    "name",
    "lead",
    "lead_text",
    "partners_text",
    "start_text",
    "start_period",
    "end_text",
    "end_period",
    "resources",
]


def _create_sections(program: Program, parts) -> dict[str, Section]:
    by_path: dict[str, Section] = {}
    position = 0

    def add(node, parent, depth):
        nonlocal position
        position += 1
        section = Section.objects.create(
            program=program,
            parent=parent,
            number=node.number,
            path=node.path,
            depth=depth,
            position=position,
            title=node.title,
            body=node.body,
        )
        by_path[node.path] = section
        Item.objects.bulk_create(
            Item(section=section, position=i, text=text) for i, text in enumerate(node.items, 1)
        )
        for child in node.children:
            add(child, section, depth + 1)

    for part in parts:
        add(part, None, 0)
    return by_path


class AgencyResolver:
    """Links the agency names a document uses to the commune's units.

    ``chosen`` maps a name as written to the unit the clerk picked (``None``: leave it
    unlinked); names not in it are matched by name, short name, alias or abbreviation.
    """

    def __init__(self, commune: Organization, chosen: dict | None = None):
        self.units = list(Organization.objects.filter(commune=commune, is_active=True))
        self.place = commune.short_name or commune.name  # documents add it: "UBND xã Tiên Lãng"
        self.chosen: dict[str, Organization | None] = chosen or {}

    def lead(self, text: str) -> Organization | None:
        if not text:
            return None
        if text in self.chosen:
            return self.chosen[text]
        return match_organization(text, self.units, self.place)

    def partners(self, text: str) -> list[Organization]:
        if not text:
            return []
        found = []
        for name in partner_names(text):
            if name in self.chosen:
                unit = self.chosen[name]
            else:
                unit = match_organization(name, self.units, self.place)
            if unit is not None and unit not in found:
                found.append(unit)
        return found


def partner_names(text: str) -> list[str]:
    """The agency names in a partners cell: split at commas only where each part is a name.

    "Ban Xây dựng Đảng, Công an xã" names two units; "Các cơ quan, đơn vị" names one group.
    """
    parts = [p.strip() for p in re.split(r"[;,]", text) if p.strip()]
    if len(parts) > 1 and all(p[:1].isupper() for p in parts):
        return parts
    return [text.strip()]


@service
def program_load(
    *,
    acting_user,
    commune: Organization,
    data: dict | ProgramData,
    status: str = ProgramStatus.ACTIVE,
    agencies: AgencyResolver | None = None,
) -> Program:
    """Store a ``hanhdong.program/1`` document as a new program of ``commune`` — or of a
    city, whose program the communes' programs carry out (``tasks.CityLink``).

    Validates the whole document first; the program, its outline, key tasks and targets
    are written in one transaction, with agencies matched to the commune's units.
    """
    if commune.kind not in (OrgKind.COMMUNE, OrgKind.CITY):
        raise ValidationError(_("A program belongs to a commune or a city."))
    doc = data if isinstance(data, ProgramData) else read_program(data)
    if doc.number and Program.objects.filter(commune=commune, number=doc.number).exists():
        raise ValidationError(
            _(
                "The commune already has a program numbered %(number)s: import the document "
                "as a revision of that program."
            )
            % {"number": doc.number}
        )
    agencies = agencies or AgencyResolver(commune)
    issued_on = None
    if doc.issued_on:
        try:
            issued_on = dt.date.fromisoformat(doc.issued_on)
        except ValueError:
            raise ValidationError(_("The issue date is not a date.")) from None
    signed = doc.signed_by
    program = Program.objects.create(
        commune=commune,
        issuer=match_organization(doc.issuer, agencies.units) if doc.issuer else None,
        issuer_name=doc.issuer,
        number=doc.number,
        title=doc.title,
        term_start=doc.term_start,
        term_end=doc.term_end,
        issued_on=issued_on,
        status=status,
        signed_on_behalf_of=signed.get("on_behalf_of") or "",
        signer_role=signed.get("role") or "",
        signer_name=signed.get("name") or "",
        recipients=doc.recipients,
        source_name=doc.source,
    )
    sections = _create_sections(program, doc.parts)
    tasks: dict[int, KeyTask] = {}
    for row in doc.key_tasks:
        task = KeyTask(program=program, number=row.number)
        _fill_task(task, row, agencies)
        task.save()
        task.partners.set(agencies.partners(row.partners))
        task.sections.set([sections[path] for path in row.sections])
        tasks[row.number] = task
    Target.objects.bulk_create(
        _fill_target(Target(program=program, position=i), t, sections, tasks)
        for i, t in enumerate(doc.targets, 1)
    )
    audit_record(
        actor=acting_user,
        obj=program,
        action=AuditAction.IMPORT,
        commune=commune,
        changes={
            "sections": len(sections),
            "items": sum(len(s.items) for p in doc.parts for s, _ in p.walk()),
            "key_tasks": len(tasks),
            "targets": len(doc.targets),
            "source": doc.source,
        },
    )
    return program


def _fill_task(task: KeyTask, row, agencies: AgencyResolver) -> None:
    task.name = row.name
    task.lead = agencies.lead(row.lead)
    task.lead_text = row.lead
    task.partners_text = row.partners
    task.start_text = row.start
    task.start_period = row.start_period.to_dict() if row.start_period else None
    task.end_text = row.end
    task.end_period = row.end_period.to_dict() if row.end_period else None
    task.resources = row.resources
    task.is_withdrawn = False


def _fill_target(target: Target, t, sections: dict, tasks: dict) -> Target:
    target.indicator = t.indicator
    target.unit = t.unit
    target.comparison = t.comparison
    target.value = t.value
    target.year = t.year
    target.recurrence = t.recurrence or ""
    target.baseline_value = t.baseline_value
    target.baseline_year = t.baseline_year
    target.where = t.where
    target.section = sections.get(t.where)
    target.key_task = tasks.get(t.key_task or appendix_number(t.where))
    return target


@service
def key_task_update(
    *,
    acting_user,
    task: KeyTask,
    name: str,
    lead: Organization | None,
    partners: list[Organization],
    partners_text: str,
    start_text: str,
    end_text: str,
    resources: str,
    sections: list[Section] | None = None,
) -> KeyTask:
    """Change a key task's wording, agencies, periods or resources."""
    task = KeyTask.objects.select_for_update(of=("self",)).select_related("program").get(pk=task.pk)
    commune_id = task.program.commune_id
    for unit in [lead, *partners]:
        if unit is not None and unit.commune_id != commune_id:
            raise ValidationError(_("Agencies must belong to the program's commune."))
    if not name.strip():
        raise ValidationError(_("The task needs a name."))
    try:
        start = periods.parse(start_text)
        end = periods.parse(end_text)
    except periods.PeriodError:
        raise ValidationError(
            _("Write periods like “Năm 2026”, “Quý III/2025”, “Tháng 9/2026”, “Hằng năm”.")
        ) from None
    first, last = periods.year_span(start, end)
    if first and last and first > last:
        raise ValidationError(_("The task ends before it starts."))
    before = snapshot(task, TASK_FIELDS)
    before["partners"] = sorted(str(p) for p in task.partners.all())
    task.name = name.strip()
    if lead is not None and lead.pk != task.lead_id:
        task.lead_text = lead.name  # the document's wording gives way to the chosen unit
    task.lead = lead
    task.partners_text = partners_text.strip()
    task.start_text, task.start_period = start_text.strip(), start.to_dict() if start else None
    task.end_text, task.end_period = end_text.strip(), end.to_dict() if end else None
    task.resources = resources.strip()
    task.save()
    task.partners.set(partners)
    if sections is not None:
        task.sections.set(sections)
    after = snapshot(task, TASK_FIELDS)
    after["partners"] = sorted(str(p) for p in partners)
    audit_changes(
        actor=acting_user, obj=task, before=before, after=after, commune=task.program.commune
    )
    return task


PROGRAM_FIELDS = [
    "number",
    "title",
    "issuer_name",
    "issued_on",
    "term_start",
    "term_end",
    "status",
]


@service
def program_update(*, acting_user, program: Program, **fields) -> Program:
    """Change a program's header: number, title, issuer, date, term, status."""
    program = Program.objects.select_for_update().get(pk=program.pk)
    before = snapshot(program, PROGRAM_FIELDS)
    for name, value in fields.items():
        if name not in PROGRAM_FIELDS:
            raise TypeError(f"program_update() got an unexpected field {name!r}")
        setattr(program, name, value.strip() if isinstance(value, str) else value)
    if not program.title:
        raise ValidationError(_("The program needs a title."))
    if program.term_end < program.term_start:
        raise ValidationError(_("The term ends before it starts."))
    if program.number and (
        Program.objects.filter(
            commune=program.commune_id, number=program.number, revision=program.revision
        )
        .exclude(pk=program.pk)
        .exists()
    ):
        raise ValidationError(_("The commune already has a program with this number."))
    program.save()
    audit_changes(actor=acting_user, obj=program, before=before, commune=program.commune)
    return program


@service
def section_update(
    *, acting_user, section: Section, title: str, body: str, items: list[str]
) -> Section:
    """Change a section's title and text and replace the items listed under it."""
    section = (
        Section.objects.select_for_update(of=("self",)).select_related("program").get(pk=section.pk)
    )
    title = title.strip()
    if not title:
        raise ValidationError(_("The section needs a title."))
    items = [text.strip() for text in items if text.strip()]
    before = {
        "title": section.title,
        "body": section.body,
        "items": [i.text for i in section.items.order_by("position")],
    }
    section.title, section.body = title, body.strip()
    section.save()
    if items != before["items"]:
        section.items.all().delete()
        Item.objects.bulk_create(
            Item(section=section, position=i, text=text) for i, text in enumerate(items, 1)
        )
    audit_changes(
        actor=acting_user,
        obj=section,
        before=before,
        after={"title": section.title, "body": section.body, "items": items},
        commune=section.program.commune,
    )
    return section


@service
def program_revise(
    *,
    acting_user,
    program: Program,
    data: dict | ProgramData,
    agencies: AgencyResolver | None = None,
    source_name: str = "",
) -> ProgramRevision:
    """Replace a program's content with a revised document, as its next revision.

    Nothing reported is lost: key tasks are matched by number and name, targets by what
    they measure and where (``revisions.pair_programs``), and updated in place, so what is
    attached to them stays attached; a task or target the new document drops is kept as
    withdrawn, with its reports and values. Sections are matched by path. Every task and
    target the revision changes gets an entry in its own history; the program as it stood,
    and the list of changes, are kept in a ProgramRevision.
    """
    program = Program.objects.select_for_update().get(pk=program.pk)
    doc = data if isinstance(data, ProgramData) else read_program(data)
    state = program_to_data(program, withdrawn=True)
    new = data_to_dict(doc)
    pairing = pair_programs(state, new)
    changes = count_kept(diff_programs(state, new, pairing))
    agencies = agencies or AgencyResolver(program.commune)
    revision = ProgramRevision.objects.create(
        program=program,
        revision=program.revision,
        created_by=_user_or_none(acting_user),
        source_name=source_name or doc.source,
        snapshot=_as_document(state),
        changes=changes,
    )
    number = program.revision + 1
    audit = _RevisionAudit(acting_user, program.commune, number, changes)
    sections = _update_sections(program, doc.parts)
    tasks = _revise_tasks(program, doc, state["key_tasks"], pairing, sections, agencies, audit)
    _revise_targets(program, doc, state["targets"], pairing, sections, tasks, audit)

    program.title = doc.title
    program.issuer_name = doc.issuer
    program.number = doc.number or program.number
    program.term_start, program.term_end = doc.term_start, doc.term_end
    program.signed_on_behalf_of = doc.signed_by.get("on_behalf_of") or ""
    program.signer_role = doc.signed_by.get("role") or ""
    program.signer_name = doc.signed_by.get("name") or ""
    program.recipients = doc.recipients
    program.source_name = source_name or doc.source
    if doc.issued_on:
        try:
            program.issued_on = dt.date.fromisoformat(doc.issued_on)
        except ValueError:
            raise ValidationError(_("The issue date is not a date.")) from None
    program.revision = number
    program.save()
    audit_record(
        actor=acting_user,
        obj=program,
        action=AuditAction.IMPORT,
        commune=program.commune,
        changes={"revision": program.revision, **revision_summary(changes)},
    )
    return revision


def _as_document(state: dict) -> dict:
    """The program as a document (``program_to_data``) from its state with the rows."""

    def plain(rows):
        return [
            {k: v for k, v in row.items() if k not in ("id", "withdrawn")}
            for row in rows
            if not row.get("withdrawn")
        ]

    return {**state, "key_tasks": plain(state["key_tasks"]), "targets": plain(state["targets"])}


class _RevisionAudit:
    """The history entries a revision writes for each key task and target it changes:
    the fields changed, with the revision's number and what stays attached."""

    def __init__(self, actor, commune, number: int, changes: dict):
        self.actor, self.commune, self.number = actor, commune, number
        self.counts = {(k["kind"], k.get("id")): k.get("count", 0) for k in changes["kept"]}

    def created(self, obj, fields: dict) -> None:
        audit_record(
            actor=self.actor,
            obj=obj,
            action=AuditAction.CREATE,
            commune=self.commune,
            changes={"revision": self.number, **fields},
        )

    def changed(self, obj, before: dict, after: dict, kind: str) -> None:
        changes = diff(before, after)
        if not changes:
            return
        changes["revision"] = self.number
        count = self.counts.get((kind, obj.pk))
        if count:
            changes["kept"] = count
        audit_record(
            actor=self.actor,
            obj=obj,
            action=AuditAction.UPDATE,
            commune=self.commune,
            changes=changes,
        )


def _update_sections(program: Program, parts) -> dict[str, Section]:
    """The outline as the revised document has it: a section whose path stays is the same
    row (what points at it stays), a new path a new row, a path gone is deleted."""
    existing = {s.path: s for s in program.sections.prefetch_related("items")}
    by_path: dict[str, Section] = {}
    position = 0

    def put(node, parent, depth):
        nonlocal position
        position += 1
        section = existing.pop(node.path, None) or Section(program=program, path=node.path)
        old_items = [i.text for i in section.items.all()] if section.pk else []
        section.parent, section.number, section.depth = parent, node.number, depth
        section.position, section.title, section.body = position, node.title, node.body
        section.save()
        if old_items != node.items:
            section.items.all().delete()
            Item.objects.bulk_create(
                Item(section=section, position=i, text=text) for i, text in enumerate(node.items, 1)
            )
        by_path[node.path] = section
        for child in node.children:
            put(child, section, depth + 1)

    for part in parts:
        put(part, None, 0)
    Section.objects.filter(pk__in=[s.pk for s in existing.values()]).delete()
    return by_path


def _task_state(task: KeyTask) -> dict:
    state = snapshot(task, [*TASK_FIELDS, "number", "is_withdrawn"])
    state["partners"] = sorted(str(p) for p in task.partners.all())
    state["sections"] = sorted(s.path for s in task.sections.all())
    return state


def _revise_tasks(program, doc, old: list[dict], pairing, sections, agencies, audit):
    rows = {t.pk: t for t in program.key_tasks.prefetch_related("partners", "sections")}
    became = {j: rows[old[i]["id"]] for i, j in pairing.tasks.items()}
    before = {t.pk: _task_state(t) for t in rows.values()}
    # A task that leaves the table or changes its number stands aside first, so that no
    # two tasks in force ever share a number while the others are renumbered.
    aside = [
        row["id"]
        for i, row in enumerate(old)
        if not row.get("withdrawn")
        and (i not in pairing.tasks or doc.key_tasks[pairing.tasks[i]].number != row["number"])
    ]
    KeyTask.objects.filter(pk__in=aside).update(is_withdrawn=True)
    tasks: dict[int, KeyTask] = {}
    for j, row in enumerate(doc.key_tasks):
        task = became.get(j) or KeyTask(program=program)
        task.number = row.number
        _fill_task(task, row, agencies)
        task.save()
        task.partners.set(agencies.partners(row.partners))
        task.sections.set([sections[path] for path in row.sections])
        if task.pk in before:
            audit.changed(task, before[task.pk], _task_state(task), "key_task")
        else:
            audit.created(task, {"number": task.number, "name": task.name})
        tasks[row.number] = task
    kept = {t.pk for t in tasks.values()}
    for task in rows.values():
        if task.pk not in kept and not task.is_withdrawn:
            task.is_withdrawn = True
            task.save(update_fields=["is_withdrawn"])
            audit.changed(task, before[task.pk], {"is_withdrawn": True}, "key_task")
    return tasks


def _target_state(target: Target) -> dict:
    """A target's fields for its history, its numbers as written (120, not 120.0000)."""
    state = snapshot(target, [*TARGET_FIELDS, "is_withdrawn"])
    for name in ("value", "baseline_value"):
        value = getattr(target, name)
        state[name] = None if value is None else format(value.normalize(), "f")
    return state


def _revise_targets(program, doc, old: list[dict], pairing, sections, tasks, audit):
    rows = {t.pk: t for t in program.targets.all()}
    became = {j: rows[old[i]["id"]] for i, j in pairing.targets.items()}
    kept = set()
    for position, (j, t) in enumerate(enumerate(doc.targets), 1):
        target = became.get(j) or Target(program=program)
        before = _target_state(target) if target.pk else None
        target.position = position
        target.is_withdrawn = False
        _fill_target(target, t, sections, tasks).save()
        kept.add(target.pk)
        if before is None:
            audit.created(target, snapshot(target, TARGET_FIELDS))
        else:
            audit.changed(target, before, _target_state(target), "target")
    for target in rows.values():
        if target.pk not in kept and not target.is_withdrawn:
            target.is_withdrawn = True
            target.save(update_fields=["is_withdrawn"])
            audit.changed(target, {"is_withdrawn": False}, {"is_withdrawn": True}, "target")


def _user_or_none(user):
    return user if user is not None and user.is_authenticated else None
