"""Importing a program document: a draft to preview, then a new program or a revision."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from hanhdong.audit.models import AuditAction
from hanhdong.audit.services import audit_record
from hanhdong.imports.models import ImportDraft
from hanhdong.imports.parse.document import DocumentError
from hanhdong.imports.reader import read_document
from hanhdong.lib.transactions import service
from hanhdong.orgs.models import Organization, OrgKind
from hanhdong.orgs.services import organization_create
from hanhdong.programs.formats import (
    ProgramFormatError,
    data_to_dict,
    program_to_data,
    read_program,
)
from hanhdong.programs.models import Program
from hanhdong.programs.revisions import diff_programs
from hanhdong.programs.services import (
    AgencyResolver,
    partner_names,
    program_load,
    program_revise,
)

NEW_UNIT = "new"


def document_error_message(exc: DocumentError) -> str:
    return _("%(where)s: %(message)s") % {"where": exc.where, "message": exc.message}


def agency_names(data: dict) -> list[str]:
    """Every distinct agency name the key tasks use, leads first, in order of appearance."""
    names: list[str] = []
    for task in data.get("key_tasks", []):
        if task.get("lead") and task["lead"] not in names:
            names.append(task["lead"])
    for task in data.get("key_tasks", []):
        for name in partner_names(task.get("partners") or ""):
            if name and name not in names:
                names.append(name)
    return names


def suggestions(commune: Organization, data: dict) -> dict[str, Organization | None]:
    resolver = AgencyResolver(commune)
    return {name: resolver.lead(name) for name in agency_names(data)}


def import_draft_create(
    *,
    acting_user,
    commune: Organization,
    content: bytes,
    name: str,
    program: Program | None = None,
) -> ImportDraft:
    """Parse an uploaded file into a draft. The file is read before any transaction opens
    (a 20 MB PDF takes a while); a file that cannot be read writes nothing."""
    if program is not None and program.commune_id != commune.pk:
        raise ValidationError(_("The program to revise belongs to another commune."))
    try:
        parsed = read_document(content, name)
    except DocumentError as exc:
        raise ValidationError(document_error_message(exc)) from None
    return _draft_store(
        acting_user=acting_user, commune=commune, name=name, parsed=parsed, program=program
    )


@service
def _draft_store(*, acting_user, commune, name: str, parsed, program) -> ImportDraft:
    draft = ImportDraft.objects.create(
        commune=commune,
        created_by=acting_user,
        source_name=name[:255],
        data=parsed.data,
        warnings=parsed.warnings,
        program=program,
    )
    audit_record(
        actor=acting_user,
        obj=draft,
        action=AuditAction.CREATE,
        commune=commune,
        changes={"source": draft.source_name, "revises": str(program) if program else None},
    )
    return draft


def draft_changes(draft: ImportDraft) -> dict | None:
    """What saving the draft would change in the program it revises."""
    if draft.program is None:
        return None
    return diff_programs(program_to_data(draft.program), data_to_dict(read_program(draft.data)))


@service
def import_draft_save(
    *,
    acting_user,
    draft: ImportDraft,
    chosen: dict[str, str | int | None],
) -> Program:
    """Save a previewed draft as a new program, or as the next revision of its program.

    ``chosen`` maps agency names to a unit id, ``None`` (leave unlinked) or ``"new"``
    (create a unit of that name in the commune). Everything happens in one transaction.
    """
    draft = ImportDraft.objects.select_for_update().get(pk=draft.pk)
    commune = draft.commune
    units = {u.pk: u for u in Organization.objects.filter(commune=commune)}
    mapping: dict[str, Organization | None] = {}
    for name, choice in chosen.items():
        if choice == NEW_UNIT:
            mapping[name] = organization_create.within(
                acting_user=acting_user,
                kind=OrgKind.OTHER,
                name=name[:200],
                parent=commune,
            )
            units[mapping[name].pk] = mapping[name]
        elif choice in (None, ""):
            mapping[name] = None
        else:
            unit = units.get(int(choice))
            if unit is None:
                raise ValidationError(_("The chosen unit does not belong to this commune."))
            mapping[name] = unit
    resolver = AgencyResolver(commune, mapping)
    try:
        if draft.program is not None:
            program_revise.within(
                acting_user=acting_user,
                program=draft.program,
                data=draft.data,
                agencies=resolver,
                source_name=draft.source_name,
            )
            program = draft.program
        else:
            program = program_load.within(
                acting_user=acting_user, commune=commune, data=draft.data, agencies=resolver
            )
    except ProgramFormatError as exc:
        raise ValidationError(
            _("%(where)s: %(message)s")
            % {
                "where": exc.where,
                "message": exc.message,
            }
        ) from None
    draft.delete()
    return program


@service
def import_draft_discard(*, acting_user, draft: ImportDraft) -> None:
    audit_record(actor=acting_user, obj=draft, action=AuditAction.DELETE, commune=draft.commune)
    draft.delete()
