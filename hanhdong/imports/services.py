"""Importing a program document: a draft to preview, then a new program or a revision."""

from __future__ import annotations

import datetime as dt
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from hanhdong.audit.models import AuditAction
from hanhdong.audit.services import audit_record
from hanhdong.imports.limits import YEARS
from hanhdong.imports.models import ImportDraft, ImportJob
from hanhdong.imports.parse.document import DocumentError, Parsed
from hanhdong.imports.reader import Survey, read_document, survey
from hanhdong.lib.text import fold
from hanhdong.lib.transactions import service
from hanhdong.orgs.models import Organization
from hanhdong.orgs.services import organization_create
from hanhdong.orgs.standard import placement
from hanhdong.programs.formats import (
    ProgramFormatError,
    read_program,
)
from hanhdong.programs.models import Program
from hanhdong.programs.revisions import revision_changes
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


LEVEL_WORDS = ("xã", "phường", "đặc khu", "thị trấn")
_PLACE = re.compile(rf"\b({'|'.join(LEVEL_WORDS)})\s+(\S.*)$", re.IGNORECASE)


def own_name(commune: Organization) -> str:
    """A commune's name without its level word: "Nghi Dương" for "Xã Nghi Dương"."""
    if commune.short_name:
        return commune.short_name
    found = _PLACE.match(commune.name)
    return found.group(2) if found else commune.name


def issuer_elsewhere(commune: Organization, data: dict) -> str | None:
    """The commune that the document says issued it ("xã Nghi Dương"), when that is not
    ``commune``; None when it is, or when the document does not say."""
    issuer = data.get("issuer")
    found = _PLACE.search(issuer) if isinstance(issuer, str) else None
    if found is None:
        return None
    level, name = found.group(1).lower(), found.group(2).strip()
    if fold(name) == fold(own_name(commune)):
        return None
    return f"{level} {name}"


def document_details(draft: ImportDraft) -> dict:
    """The number, date of issue, title and term the preview offers to correct: as read
    (the term proposed when the document states none), or for a revision that does not
    state them, as the program has them."""
    data, program = draft.data, draft.program
    number = data.get("number") if isinstance(data.get("number"), str) else ""
    title = data.get("title") if isinstance(data.get("title"), str) else ""
    try:
        issued_on = dt.date.fromisoformat(data.get("date") or "")
    except (TypeError, ValueError):
        issued_on = None
    if program is not None:
        number = number or program.number
        issued_on = issued_on or program.issued_on
        title = title or program.title
    term = data.get("term") if isinstance(data.get("term"), dict) else {}
    return {
        "number": number,
        "issued_on": issued_on,
        "title": title,
        "term_start": term.get("start"),
        "term_end": term.get("end"),
    }


# Read in the request below these (about a second of work); above, in the background.
BACKGROUND = {"page": 15, "paragraph": 3_000, "line": 15_000}


def import_upload(
    *,
    acting_user,
    commune: Organization,
    content: bytes,
    name: str,
    program: Program | None = None,
    language: str = "",
) -> ImportDraft | ImportJob:
    """An uploaded file: refused at once when it is over a limit (nothing is written);
    read at once into a draft when it is small; else queued as an ImportJob, to be read in
    the background (``background``), its progress shown on its page."""
    _check_program(commune, program)
    try:
        found = survey(content)
    except DocumentError as exc:
        raise ValidationError(document_error_message(exc)) from None
    if found.units > BACKGROUND.get(found.unit, found.units):
        return import_job_create(
            acting_user=acting_user,
            commune=commune,
            content=content,
            name=name,
            program=program,
            found=found,
            language=language,
        )
    return import_draft_create(
        acting_user=acting_user, commune=commune, content=content, name=name, program=program
    )


def _check_program(commune: Organization, program: Program | None) -> None:
    if program is not None and program.commune_id != commune.pk:
        raise ValidationError(_("The program to revise belongs to another commune."))


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
    _check_program(commune, program)
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


@service
def import_job_create(
    *,
    acting_user,
    commune: Organization,
    content: bytes,
    name: str,
    program: Program | None,
    found: Survey,
    language: str = "",
) -> ImportJob:
    """Queue a checked upload to be read in the background (``background``)."""
    job = ImportJob.objects.create(
        commune=commune,
        created_by=acting_user,
        source_name=name[:255],
        program=program,
        content=content,
        language=language[:10],
        unit=found.unit,
        total=found.units,
    )
    audit_record(
        actor=acting_user,
        obj=job,
        action=AuditAction.CREATE,
        commune=commune,
        changes={"source": job.source_name, "revises": str(program) if program else None},
    )
    return job


@service
def import_job_finish(*, job: ImportJob, parsed: Parsed) -> ImportDraft | None:
    """The draft of a job read in the background, made and recorded as an upload read at
    once would be (in the name of the clerk who uploaded it); the file is let go. None
    when the job was discarded while it was read."""
    job = ImportJob.objects.select_for_update(of=("self",)).filter(
        pk=job.pk, state=ImportJob.State.READING
    )
    job = job.select_related("commune", "program", "created_by").defer("content").first()
    if job is None:
        return None
    draft = _draft_store.within(
        acting_user=job.created_by,
        commune=job.commune,
        name=job.source_name,
        parsed=parsed,
        program=job.program,
    )
    job.state, job.draft, job.content, job.done = ImportJob.State.DONE, draft, b"", job.total
    job.save(update_fields=["state", "draft", "content", "done"])
    return draft


@service
def import_job_fail(*, job: ImportJob, message: str) -> None:
    """A job that could not be read ends so, with the message of why; its file is let go.
    Nothing else is written: no draft, and no audit row, since nothing anyone keeps
    changed (the upload itself was recorded)."""
    ImportJob.objects.filter(pk=job.pk, state=ImportJob.State.READING).update(
        state=ImportJob.State.FAILED, message=message, content=b""
    )


@service
def import_job_discard(*, acting_user, job: ImportJob) -> None:
    """Drop an upload waiting, being read, or that could not be read (a reading under way
    finds it gone and makes no draft)."""
    audit_record(actor=acting_user, obj=job, action=AuditAction.DELETE, commune=job.commune)
    job.delete()


def draft_changes(draft: ImportDraft) -> dict | None:
    """What saving the draft would change in the program it revises."""
    if draft.program is None:
        return None
    return revision_changes(draft.program, read_program(draft.data))


@service
def import_draft_save(
    *,
    acting_user,
    draft: ImportDraft,
    chosen: dict[str, str | int | None],
    number: str | None = None,
    issued_on: dt.date | None = None,
    title: str | None = None,
    term: tuple[int, int] | None = None,
) -> Program:
    """Save a previewed draft as a new program, or as the next revision of its program.

    ``chosen`` maps agency names to a unit id, ``None`` (leave unlinked) or ``"new"``
    (create a unit of that name in the commune, where such a unit stands: a "Phòng …"
    under the People's Committee). ``number``, ``issued_on``, ``title`` and ``term`` (first
    and last year), when given, replace what was read. Everything happens in one
    transaction.
    """
    draft = ImportDraft.objects.select_for_update().filter(pk=draft.pk).first()
    if draft is None:
        raise ValidationError(_("This draft was already saved or discarded."))
    details = _details(draft, number=number, issued_on=issued_on, title=title, term=term)
    data = {**draft.data, **details}
    commune = draft.commune
    units = {u.pk: u for u in Organization.objects.filter(commune=commune)}
    mapping: dict[str, Organization | None] = {}
    for name, choice in chosen.items():
        if choice == NEW_UNIT:
            kind, parent = placement(commune, name)
            mapping[name] = organization_create.within(
                acting_user=acting_user, kind=kind, name=name[:200], parent=parent
            )
            units[mapping[name].pk] = mapping[name]
        elif choice in (None, ""):
            mapping[name] = None
        else:
            unit = units.get(int(choice)) if str(choice).isdigit() else None
            if unit is None:
                raise ValidationError(_("The chosen unit does not belong to this commune."))
            mapping[name] = unit
    resolver = AgencyResolver(commune, mapping)
    try:
        if draft.program is not None:
            program_revise.within(
                acting_user=acting_user,
                program=draft.program,
                data=data,
                agencies=resolver,
                source_name=draft.source_name,
            )
            program = draft.program
        else:
            program = program_load.within(
                acting_user=acting_user, commune=commune, data=data, agencies=resolver
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


NUMBER_LENGTH = Program._meta.get_field("number").max_length
TITLE_LENGTH = 1000  # the longest title a program document prints runs to a few lines
MAX_TERM = 10  # years from a term's first to its last: a five-year term, a ten-year strategy


def _details(draft: ImportDraft, *, number, issued_on, title, term) -> dict:
    """What replaces the document's number, date and title, checked."""
    out = {}
    if number is not None:
        number = " ".join(number.split())
        if not number or len(number) > NUMBER_LENGTH:
            raise ValidationError(
                _("The program's number has 1 to %(n)s characters.") % {"n": NUMBER_LENGTH}
            )
        program = draft.program  # a new program's number is checked by program_load
        renumbered = program is not None and number != program.number
        others = Program.objects.filter(commune=draft.commune, number=number)
        if renumbered and others.exclude(pk=program.pk).exists():
            raise ValidationError(
                _("Another program of the commune is numbered %(number)s.") % {"number": number}
            )
        out["number"] = number
    if issued_on is not None:
        out["date"] = issued_on.isoformat()
    if title is not None:
        title = " ".join(title.split())
        if not title or len(title) > TITLE_LENGTH:
            raise ValidationError(
                _("The program's title has 1 to %(n)s characters.") % {"n": TITLE_LENGTH}
            )
        out["title"] = title
    if term is not None:
        start, end = term
        if not (YEARS[0] <= start <= end <= YEARS[1] and end - start <= MAX_TERM):
            raise ValidationError(
                _("A term runs from one year to the same year or up to %(n)s years later.")
                % {"n": MAX_TERM}
            )
        out["term"] = {"start": start, "end": end}
    return out


@service
def import_draft_discard(*, acting_user, draft: ImportDraft) -> None:
    audit_record(actor=acting_user, obj=draft, action=AuditAction.DELETE, commune=draft.commune)
    draft.delete()
