"""State changes of assigned tasks and the documents they come from.

Each public function is one thing a person means to do, in one durable transaction with its
audit row and the notifications it queues. A task is a draft until its document is issued,
and is issued only with its "5 rõ"; its lead agency reports progress and closes it only with
its product; the issuer confirms.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hanhdong.audit.models import AuditAction
from hanhdong.audit.services import audit_changes, audit_record, snapshot
from hanhdong.imports.parse.document import DocumentError
from hanhdong.imports.reader import read_document
from hanhdong.imports.services import document_error_message
from hanhdong.lib import deadlines
from hanhdong.lib.files import FileKind, Upload, prepare_upload, stored
from hanhdong.lib.text import clean_text, clip
from hanhdong.lib.transactions import service
from hanhdong.notifications.outbox import enqueue
from hanhdong.orgs.models import Membership, OrgKind, Role
from hanhdong.orgs.workdays import calendar_of
from hanhdong.tasks import intake
from hanhdong.tasks.coverage import city_program_of, places
from hanhdong.tasks.models import (
    FINISHED,
    OPEN,
    AssignedTask,
    CityLink,
    Directive,
    DocKind,
    Origin,
    TaskSettings,
    TaskState,
    TaskUpdate,
    UpdateKind,
)

DIRECTIVE_FIELDS = [
    "origin",
    "kind",
    "number",
    "issued_on",
    "issuer_name",
    "owner",
    "title",
    "first_year",
    "last_year",
]
TASK_FIELDS = [
    "title",
    "lead",
    "lead_text",
    "partners_text",
    "responsible",
    "due_text",
    "due_on",
    "product",
    "key_task",
    "serves",
]
PRODUCT_KINDS = set(FileKind.values)
PRODUCT_REFUSED = gettext_lazy(
    "“%(name)s” is not a PDF, a PNG or JPEG image, a Word or an Excel file."
)


def officers(commune, agency) -> list:
    if agency is None:
        return []
    return list(Membership.objects.in_commune(commune).holding(Role.OFFICER, agency).users())


def issuers(commune, directive=None) -> list:
    """Who confirms a task done: the Party Office and the Standing Committee; for an
    inspection's recommendations also the Inspection Committee, for a supervision's the
    People's Council or Front unit that made them."""
    members = Membership.objects.in_commune(commune)
    found = members.filter(role__in=[Role.CLERK, Role.STANDING])
    if directive is not None and directive.origin == Origin.INSPECTION:
        found = found | members.filter(
            role=Role.INSPECTOR, organization__kind=OrgKind.INSPECTION_COMMITTEE
        )
    if directive is not None and directive.origin == Origin.SUPERVISION and directive.owner_id:
        found = found | members.filter(role=Role.SUPERVISOR, organization=directive.owner_id)
    return list(found.users())


def settings_of(commune) -> TaskSettings:
    return TaskSettings.objects.filter(commune=commune).first() or TaskSettings(commune=commune)


# -- directives ------------------------------------------------------------------------
def _check_directive(directive: Directive) -> None:
    directive.title = clean_text(directive.title).strip()
    if not directive.title:
        raise ValidationError(_("Write what the document is about."))
    if directive.origin not in Origin.values or directive.kind not in DocKind.values:
        raise ValidationError(_("Choose where the document comes from and its kind."))
    if directive.owner is not None and directive.owner.commune_id != directive.commune_id:
        raise ValidationError(_("The agency is not one of this commune's."))
    if directive.origin == Origin.PLAN and directive.owner is None:
        raise ValidationError(_("Say whose plan it is."))
    first, last = directive.first_year, directive.last_year
    if first and last and last < first:
        raise ValidationError(_("The plan ends before it starts."))


@service
def directive_create(*, acting_user, commune, **fields) -> Directive:
    """Record a document that gives tasks: its tasks are added next, as drafts."""
    directive = Directive(commune=commune, created_by=_user(acting_user))
    for name, value in fields.items():
        if name not in DIRECTIVE_FIELDS + ["source_name"]:
            raise TypeError(f"directive_create() got an unexpected field {name!r}")
        setattr(directive, name, value.strip() if isinstance(value, str) else value)
    _check_directive(directive)
    directive.save()
    audit_record(
        actor=acting_user,
        obj=directive,
        action=AuditAction.CREATE,
        commune=commune,
        changes=snapshot(directive, DIRECTIVE_FIELDS),
    )
    return directive


@service
def directive_update(*, acting_user, directive: Directive, **fields) -> Directive:
    directive = Directive.objects.select_for_update().get(pk=directive.pk)
    before = snapshot(directive, DIRECTIVE_FIELDS)
    for name, value in fields.items():
        if name not in DIRECTIVE_FIELDS:
            raise TypeError(f"directive_update() got an unexpected field {name!r}")
        setattr(directive, name, value.strip() if isinstance(value, str) else value)
    _check_directive(directive)
    directive.save()
    audit_changes(actor=acting_user, obj=directive, before=before, commune=directive.commune)
    return directive


def _user(user):
    return user if user is not None and user.is_authenticated else None


def _due(task: AssignedTask, issued_on: dt.date | None) -> None:
    """Read the task's deadline from its words; a count of days counts from ``issued_on``."""
    task.due_text = clean_text(task.due_text).strip()
    if not task.due_text:
        task.due_on = None
        return
    try:
        found = deadlines.read(task.due_text, issued_on, calendar_of(task.commune))
    except deadlines.DeadlineError:
        raise ValidationError(
            _(
                "“%(text)s” is not a deadline we can read: write a date (30/06/2026), a "
                "period (Quý III/2026, Năm 2026), a number of working days (10 ngày làm "
                "việc) or “Thường xuyên”."
            )
            % {"text": task.due_text}
        ) from None
    task.due_on = found.due_on


def _check_task(task: AssignedTask) -> None:
    task.title = clean_text(task.title).strip()
    if not task.title:
        raise ValidationError(_("Write the task."))
    if task.lead is not None and task.lead.commune_id != task.commune_id:
        raise ValidationError(_("The lead agency is not one of this commune's."))
    for path in task.serves or []:
        if not isinstance(path, str) or not path or len(path) > 130:
            raise ValidationError(_("A program item is named by its place, e.g. II.1.1:2."))
    if task.key_task is not None and task.key_task.program.commune_id != task.commune_id:
        raise ValidationError(_("The key task is not one of this commune's."))


def _issue(task: AssignedTask, acting_user, issued_on: dt.date) -> int:
    """Make a draft task issued: its "5 rõ" checked, its deadline read from the day of
    issue, its agencies told. Returns the messages queued."""
    lacks = task.missing()
    if lacks:
        raise ValidationError(
            _("Task “%(task)s” cannot be issued without %(what)s.")
            % {"task": clip(task.title, 80), "what": ", ".join(lacks)}
        )
    _due(task, issued_on)
    task.state, task.issued_on = TaskState.NOT_STARTED, issued_on
    task.save()
    TaskUpdate.objects.create(task=task, kind=UpdateKind.ISSUED, by=_user(acting_user))
    due = task.due_on.strftime("%d/%m/%Y") if task.due_on else task.due_text
    recipients = officers(task.commune, task.lead)
    for partner in task.partners.all():
        recipients += officers(task.commune, partner)
    return enqueue(
        key=f"task-issued:{task.pk}",
        recipients=recipients,
        subject=_("New task for %(agency)s, due %(d)s: %(t)s")
        % {"agency": task.lead.label, "d": due, "t": clip(task.title, 120)},
        body=_("From %(doc)s. Expected product: %(p)s.")
        % {"doc": str(task.directive), "p": task.product},
        url=reverse("tasks:task", args=[task.pk]),
        fresh=True,
    )


@service
def directive_issue(*, acting_user, directive: Directive, issued_on: dt.date | None = None):
    """Issue the document's draft tasks (each with its "5 rõ") and tell their agencies."""
    directive = Directive.objects.select_for_update().get(pk=directive.pk)
    drafts = list(
        directive.tasks.filter(state=TaskState.DRAFT)
        .select_related("lead", "commune", "directive")
        .prefetch_related("partners")
    )
    if not drafts and not directive.tasks.exists():
        raise ValidationError(_("The document has no task to issue."))
    issued_on = issued_on or directive.issued_on or timezone.localdate()
    problems = [
        _("“%(task)s” lacks %(what)s.")
        % {"task": clip(t.title, 80), "what": ", ".join(t.missing())}
        for t in drafts
        if t.missing()
    ]
    if problems:
        raise ValidationError(
            [_("Every task needs its lead, deadline, responsible leader and product first.")]
            + problems
        )
    for task in drafts:
        _issue(task, acting_user, issued_on)
    directive.is_issued = True
    directive.issued_on = directive.issued_on or issued_on
    directive.save(update_fields=["is_issued", "issued_on"])
    audit_record(
        actor=acting_user,
        obj=directive,
        action=AuditAction.UPDATE,
        commune=directive.commune,
        changes={"is_issued": [False, True], "tasks": len(drafts)},
    )
    return directive


# -- a higher body's document, imported ----------------------------------------------------
def directive_read(*, acting_user, commune, content: bytes, name: str) -> Directive:
    """Read an uploaded directive with the program importer — before any transaction opens:
    a long PDF takes a while — and record it with the tasks read from it, to confirm."""
    try:
        parsed = read_document(content, name)
    except DocumentError as exc:
        raise ValidationError(document_error_message(exc)) from None
    return directive_import(acting_user=acting_user, commune=commune, data=parsed.data, name=name)


@service
def directive_import(*, acting_user, commune, data: dict, name: str = "") -> Directive:
    """Record a higher body's document read by the importer (``data``, hanhdong.program/1),
    with the tasks read from it waiting for the Party Office to confirm each."""
    units = commune.units.filter(is_active=True).exclude(pk=commune.pk)
    found = intake.candidates(
        data, units, place=commune.short_name or commune.name, calendar=calendar_of(commune)
    )
    if not found:
        raise ValidationError(_("No task was found in the document."))
    issued_on = dt.date.fromisoformat(data["date"]) if data.get("date") else None
    title = str(data.get("title") or "")
    if title == "Chương trình hành động":  # the importer's word when the document has none
        title = ""
    directive = directive_create.within(
        acting_user=acting_user,
        commune=commune,
        origin=Origin.HIGHER,
        kind=intake.document_kind(data.get("number", "")),
        number=str(data.get("number") or "")[:40],
        issued_on=issued_on,
        issuer_name=intake.issuer_of(data)[:200],
        title=title or (name or _("Imported document"))[:200],
        source_name=name[:255],
    )
    directive.pending = [c.to_dict() for c in found]
    directive.save(update_fields=["pending"])
    return directive


@service
def directive_import_confirm(*, acting_user, directive: Directive, rows: list[dict]) -> int:
    """Make the confirmed tasks of an imported document its draft tasks; ``rows`` are the
    clerk's corrections of each taken candidate: title, lead, due_text, product. Returns
    how many were taken."""
    directive = Directive.objects.select_for_update().get(pk=directive.pk)
    if not directive.pending:
        raise ValidationError(_("The document's tasks were confirmed already."))
    if not rows:
        raise ValidationError(_("Tick at least one task to take in."))
    last = directive.tasks.order_by("-position").values_list("position", flat=True).first()
    for position, row in enumerate(rows, (last or 0) + 1):
        task = AssignedTask(commune=directive.commune, directive=directive, position=position)
        partners = row.pop("partners", None)
        _apply(task, row, partners)
        _due(task, directive.issued_on)
        task.save()
        if partners:
            task.partners.set(partners)
        audit_record(
            actor=acting_user,
            obj=task,
            action=AuditAction.CREATE,
            commune=task.commune,
            changes=_task_snapshot(task),
        )
    directive.pending = []
    directive.save(update_fields=["pending"])
    return len(rows)


# -- tasks -----------------------------------------------------------------------------
def _apply(task: AssignedTask, fields: dict, partners) -> None:
    for name, value in fields.items():
        if name not in TASK_FIELDS:
            raise TypeError(f"unexpected task field {name!r}")
        setattr(task, name, value.strip() if isinstance(value, str) else value)
    if partners is not None and any(p.commune_id != task.commune_id for p in partners):
        raise ValidationError(_("A partner agency is not one of this commune's."))
    _check_task(task)


def _task_snapshot(task: AssignedTask) -> dict:
    out = snapshot(task, [f for f in TASK_FIELDS if f != "serves"])
    out["serves"] = list(task.serves or [])
    out["partners"] = sorted(str(p) for p in task.partners.all()) if task.pk else []
    return out


@service
def task_add(*, acting_user, directive: Directive, partners=None, **fields) -> AssignedTask:
    """Add a task to a document: a draft, or — the document being issued already — issued
    at once with its "5 rõ"."""
    directive = Directive.objects.select_for_update().get(pk=directive.pk)
    last = directive.tasks.order_by("-position").values_list("position", flat=True).first()
    task = AssignedTask(commune=directive.commune, directive=directive, position=(last or 0) + 1)
    _apply(task, fields, partners)
    _due(task, directive.issued_on)
    task.save()
    if partners is not None:
        task.partners.set(partners)
    if directive.is_issued:
        _issue(task, acting_user, timezone.localdate())
    audit_record(
        actor=acting_user,
        obj=task,
        action=AuditAction.CREATE,
        commune=task.commune,
        changes=_task_snapshot(task),
    )
    return task


@service
def task_update(*, acting_user, task: AssignedTask, partners=None, **fields) -> AssignedTask:
    """Change a task (the issuer): a new deadline arms the reminders again."""
    task = _locked(task)
    before = _task_snapshot(task)
    _apply(task, fields, partners)
    if task.state != TaskState.DRAFT and task.missing():
        raise ValidationError(
            _("An issued task keeps its %(what)s.") % {"what": ", ".join(task.missing())}
        )
    _due(task, task.issued_on or task.directive.issued_on)
    task.save()
    if partners is not None:
        task.partners.set(partners)
    entry = audit_changes(
        actor=acting_user, obj=task, before=before, after=_task_snapshot(task), commune=task.commune
    )
    if entry is not None and task.state != TaskState.DRAFT:
        TaskUpdate.objects.create(task=task, kind=UpdateKind.CHANGED, by=_user(acting_user))
    return task


def _locked(task: AssignedTask) -> AssignedTask:
    return (
        AssignedTask.objects.select_for_update(of=("self",))
        .select_related("commune", "lead", "directive")
        .get(pk=task.pk)
    )


def _state_change(task, acting_user, state, kind, text="", percent=None) -> None:
    before = task.state
    task.state = state
    task.save()
    TaskUpdate.objects.create(
        task=task, kind=kind, text=text, percent=percent, by=_user(acting_user)
    )
    audit_record(
        actor=acting_user,
        obj=task,
        action=AuditAction.UPDATE,
        commune=task.commune,
        changes={"state": [before, state], **({"note": text} if text else {})},
    )


@service
def task_progress(*, acting_user, task: AssignedTask, percent: int, text: str) -> AssignedTask:
    """The lead agency reports how far the task has come."""
    task = _locked(task)
    if task.state not in OPEN:
        raise ValidationError(_("Progress is reported on a task under way."))
    text = clean_text(text).strip()
    if not text:
        raise ValidationError(_("Say what was done."))
    if not 0 <= int(percent) < 100:
        raise ValidationError(
            _("Percent complete is between 0 and 99; a finished task is closed with its product.")
        )
    task.percent = int(percent)
    _state_change(task, acting_user, TaskState.IN_PROGRESS, UpdateKind.PROGRESS, text, task.percent)
    return task


def prepare_product(name: str, data: bytes) -> Upload:
    """A product's file checked by its content and size, before the task is closed."""
    return prepare_upload(name, data, allowed=PRODUCT_KINDS, refusal=PRODUCT_REFUSED)


def task_close(
    *,
    acting_user,
    task: AssignedTask,
    done_on: dt.date,
    result: str = "",
    result_link: str = "",
    upload: Upload | None = None,
) -> AssignedTask:
    """The lead agency closes the task with its product — a document, a figure, a link or a
    file — for the issuer to confirm. The file is stored before the transaction and removed
    again if it fails."""
    with stored([upload] if upload else [], "tasks") as names:
        return _close(
            acting_user=acting_user,
            task=task,
            done_on=done_on,
            result=result,
            result_link=result_link,
            upload=upload,
            name=names[0] if names else "",
        )


@service
def _close(*, acting_user, task, done_on, result, result_link, upload, name) -> AssignedTask:
    task = _locked(task)
    if task.state not in OPEN:
        raise ValidationError(_("Only a task under way can be closed."))
    today = timezone.localdate()
    if done_on > today:
        raise ValidationError(_("The task cannot be completed on a day still to come."))
    if task.issued_on and done_on < task.issued_on:
        raise ValidationError(_("The task was completed before it was issued?"))
    task.result, task.result_link = clean_text(result).strip(), result_link.strip()
    if upload is not None:
        task.result_file = name
        task.result_file_name, task.result_file_kind = upload.name, upload.kind
    if not task.has_product:
        raise ValidationError(
            _("A task is closed with its product: a document, a figure, a link or a file.")
        )
    task.done_on, task.percent = done_on, 100
    _state_change(task, acting_user, TaskState.DONE, UpdateKind.DONE, task.result)
    enqueue(
        key=f"task-done:{task.pk}:{task.updates.count()}",
        recipients=issuers(task.commune, task.directive),
        subject=_("Done, to confirm: %(t)s (%(agency)s)")
        % {"t": clip(task.title, 120), "agency": task.lead.label},
        body=task.result[:500],
        url=reverse("tasks:task", args=[task.pk]),
    )
    return task


@service
def task_confirm(
    *, acting_user, task: AssignedTask, accept: bool, comment: str = ""
) -> AssignedTask:
    """The issuer confirms the task done with its product — or sends it back under way,
    saying why."""
    task = _locked(task)
    if task.state != TaskState.DONE:
        raise ValidationError(_("Only a task closed by its agency can be confirmed."))
    comment = clean_text(comment).strip()
    if accept:
        task.confirmed_at, task.confirmed_by = timezone.now(), _user(acting_user)
        _state_change(task, acting_user, TaskState.CONFIRMED, UpdateKind.CONFIRMED, comment)
    else:
        if not comment:
            raise ValidationError(_("Say what is missing when the completion is not confirmed."))
        task.done_on, task.percent = None, min(task.percent, 90)
        _state_change(task, acting_user, TaskState.IN_PROGRESS, UpdateKind.RETURNED, comment)
    enqueue(
        key=f"task-confirmed:{task.pk}:{task.updates.count()}",
        recipients=officers(task.commune, task.lead),
        subject=(
            _("Completion confirmed: %(t)s") if accept else _("Completion not confirmed: %(t)s")
        )
        % {"t": clip(task.title, 120)},
        body=comment,
        url=reverse("tasks:task", args=[task.pk]),
    )
    return task


PAUSE_ACTIONS = {
    "pause": (TaskState.PAUSED, UpdateKind.PAUSED, OPEN),
    "resume": (TaskState.IN_PROGRESS, UpdateKind.RESUMED, (TaskState.PAUSED,)),
    "cancel": (TaskState.CANCELLED, UpdateKind.CANCELLED, (*OPEN, TaskState.PAUSED)),
}


@service
def task_hold(*, acting_user, task: AssignedTask, action: str, reason: str) -> AssignedTask:
    """The issuer pauses, resumes or cancels a task, saying why."""
    task = _locked(task)
    if action not in PAUSE_ACTIONS:
        raise ValidationError(_("Unknown action."))
    state, kind, allowed = PAUSE_ACTIONS[action]
    if task.state not in allowed:
        raise ValidationError(_("This cannot be done to the task as it stands."))
    reason = clean_text(reason).strip()
    if not reason:
        raise ValidationError(_("Say why."))
    _state_change(task, acting_user, state, kind, reason)
    return task


@service
def task_settings_save(
    *, acting_user, commune, remind_days: int, escalate_days: int, public_ranking: bool
) -> TaskSettings:
    found, created = TaskSettings.objects.get_or_create(commune=commune)
    before = snapshot(found, ["remind_days", "escalate_days", "public_ranking"])
    found.remind_days, found.escalate_days = remind_days, escalate_days
    found.public_ranking = public_ranking
    found.save()
    audit_changes(actor=acting_user, obj=found, before=before, commune=commune)
    return found


def is_finished(task: AssignedTask) -> bool:
    return task.state in FINISHED


@service
def city_link_set(*, acting_user, program, place: str, serves: list[str]) -> CityLink | None:
    """Say which places of the city's program ``place`` of the commune's ``program`` carries
    out (its sections "II.1" or items "II.1.1:2"); none: the link goes."""
    commune = program.commune
    city_program = city_program_of(commune)
    if city_program is None:
        raise ValidationError(_("The commune's city has no program in force to link to."))
    if place not in {p.address for p in places(program)}:
        raise ValidationError(_("%(place)s is not a place of the program.") % {"place": place})
    known = [p.address for p in places(city_program)]
    unknown = [s for s in serves if s not in known]
    if unknown:
        raise ValidationError(
            _("Not in the city's program: %(places)s.") % {"places": ", ".join(unknown[:5])}
        )
    serves = [a for a in known if a in set(serves)]  # in the city program's order, once
    link = CityLink.objects.select_for_update().filter(commune=commune, place=place).first()
    before = {"place": place, "serves": link.serves if link else []}
    if link is None and not serves:
        return None
    if not serves:
        audit_record(
            actor=acting_user, obj=link, action=AuditAction.DELETE, changes=before, commune=commune
        )
        link.delete()
        return None
    if link is None:
        link = CityLink.objects.create(
            commune=commune, place=place, serves=serves, updated_by=acting_user
        )
        audit_record(
            actor=acting_user,
            obj=link,
            action=AuditAction.CREATE,
            changes={"place": place, "serves": serves},
            commune=commune,
        )
        return link
    link.serves, link.updated_by = serves, acting_user
    link.save()
    audit_changes(actor=acting_user, obj=link, before=before, commune=commune)
    return link
