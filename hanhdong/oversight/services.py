"""State changes of inspection and supervision: programs and their planned items, an
inspection decided (its decision numbered in the register), its work recorded, concluded (the
conclusion numbered, its recommendations issued as tasks, the coverage targets' values
recorded); targets linked to a coverage measure; the People's Council's and the Front's
supervisions with their recommendations and a dialogue's petitions; every look at a record
that names a party member logged."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from hanhdong.audit.models import AuditAction
from hanhdong.audit.services import audit_changes, audit_record, snapshot
from hanhdong.exports.models import RegisteredDocument
from hanhdong.exports.services import document_update
from hanhdong.feedback.services import feedback_take_down
from hanhdong.lib.text import clean_text
from hanhdong.lib.transactions import service
from hanhdong.notifications.outbox import enqueue
from hanhdong.orgs.models import Membership, OrgKind, Role
from hanhdong.oversight import coverage, document
from hanhdong.oversight.models import (
    Body,
    CoverageLink,
    DialoguePetition,
    Discipline,
    Focus,
    Inspection,
    Kind,
    Measure,
    OversightLook,
    OversightProgram,
    PlannedItem,
    Scope,
    State,
    Supervision,
    SupervisionKind,
)
from hanhdong.tasks import services as task_services
from hanhdong.tasks.models import DocKind, Origin

PROGRAM_FIELDS = ["body", "scope", "year", "title", "number", "adopted_on"]
SUBJECT_FIELDS = ["subject_org", "member_name", "member_role", "member_is_head"]
ITEM_FIELDS = [
    "kind",
    "focus",
    "content",
    "year",
    "quarter",
    "starts_on",
    "ends_on",
    "team",
    *SUBJECT_FIELDS,
]
INSPECTION_FIELDS = [
    "body",
    "kind",
    "focus",
    "content",
    "reason",
    "decision_on",
    "team",
    "starts_on",
    "ends_on",
    *SUBJECT_FIELDS,
]
WORK_FIELDS = ["team", "starts_on", "ends_on", "documents", "findings"]
# what a decided inspection's decision may be corrected in: not its body or date, which its
# registered number stands on
DECISION_FIELDS = ["kind", "focus", "content", "reason", *SUBJECT_FIELDS]
SUPERVISION_FIELDS = ["body", "kind", "held_on", "title", "supervised", "participants", "findings"]
# what a supervision's record may be corrected in until its recommendations are sent: not
# the body that held it, which owns them
RECORD_FIELDS = [name for name in SUPERVISION_FIELDS if name != "body"]
SUPERVISION_WORDS = {
    SupervisionKind.SESSION: "giám sát",
    SupervisionKind.CRITIQUE: "hội nghị phản biện xã hội",
    SupervisionKind.DIALOGUE: "đối thoại với Nhân dân",
}
BODY_WORDS = {Body.INSPECTION: "Ủy ban Kiểm tra Đảng ủy", Body.STANDING: "Ban Thường vụ Đảng ủy"}


def _text(value: str) -> str:
    return "\n".join(line.strip() for line in clean_text(value or "").splitlines() if line.strip())


def _unexpected(service_name: str, fields: dict, allowed: list[str]) -> None:
    for name in fields:
        if name not in allowed:
            raise TypeError(f"{service_name}() got an unexpected field {name!r}")


def _check_subject(record, commune) -> None:
    """A party organisation of the commune, or a party member (of one), named."""
    record.member_name = clean_text(record.member_name or "").strip()
    record.member_role = clean_text(record.member_role or "").strip()
    org = record.subject_org
    if org is not None and (org.commune_id != commune.pk or org.pk == commune.pk):
        raise ValidationError(_("The party organisation is not one of this commune's."))
    if org is None and not record.member_name:
        raise ValidationError(
            _("Say who is inspected or supervised: a party organisation or a member.")
        )
    if not record.member_name:
        record.member_role, record.member_is_head = "", False


def _check_dates(starts_on, ends_on) -> None:
    if starts_on and ends_on and ends_on < starts_on:
        raise ValidationError(_("The period ends before it starts."))


def _check_choices(record) -> None:
    if record.kind not in Kind.values or record.focus not in Focus.values:
        raise ValidationError(_("Choose the kind and the content."))


# -- programs ----------------------------------------------------------------------------
@service
def oversight_program_create(*, acting_user, commune, **fields) -> OversightProgram:
    """An inspection and supervision program of the Inspection Committee or the Standing
    Committee, for the whole term or for one year."""
    _unexpected("oversight_program_create", fields, PROGRAM_FIELDS)
    program = OversightProgram(commune=commune, created_by=acting_user, **fields)
    program.title = clean_text(program.title or "").strip()
    program.number = clean_text(program.number or "").strip()
    if program.body not in Body.values or program.scope not in Scope.values:
        raise ValidationError(_("Choose whose program it is and what it covers."))
    if not program.title:
        raise ValidationError(_("Write the program's title."))
    if program.scope == Scope.YEAR and not program.year:
        raise ValidationError(_("Say which year the program is for."))
    if program.scope == Scope.TERM:
        program.year = None
    taken = OversightProgram.objects.filter(
        commune=commune, body=program.body, scope=program.scope, year=program.year
    )
    if taken.exists():
        raise ValidationError(_("This body has a program for that period already."))
    program.save()
    audit_record(
        actor=acting_user,
        obj=program,
        action=AuditAction.CREATE,
        commune=commune,
        changes=snapshot(program, PROGRAM_FIELDS),
    )
    return program


@service
def planned_item_add(*, acting_user, program: OversightProgram, **fields) -> PlannedItem:
    """A planned inspection or supervision: its kind, subject, content, period and team."""
    _unexpected("planned_item_add", fields, ITEM_FIELDS)
    program = OversightProgram.objects.select_for_update().get(pk=program.pk)
    item = PlannedItem(program=program, **fields)
    item.content, item.team = _text(item.content), clean_text(item.team or "").strip()
    _check_choices(item)
    _check_subject(item, program.commune)
    _check_dates(item.starts_on, item.ends_on)
    if program.scope == Scope.YEAR:
        item.year = program.year
    if not item.year:
        raise ValidationError(_("Say which year it is planned for."))
    if item.quarter is not None and item.quarter not in (1, 2, 3, 4):
        raise ValidationError(_("A quarter is 1, 2, 3 or 4."))
    last = program.items.order_by("-position").values_list("position", flat=True).first()
    item.position = (last or 0) + 1
    item.save()
    audit_record(
        actor=acting_user,
        obj=item,
        action=AuditAction.CREATE,
        commune=program.commune,
        changes=snapshot(item, ITEM_FIELDS),
    )
    return item


@service
def planned_item_update(*, acting_user, item: PlannedItem, **fields) -> PlannedItem:
    """Correct a planned item: its kind, subject, content, period or team."""
    _unexpected("planned_item_update", fields, ITEM_FIELDS)
    item = (
        PlannedItem.objects.select_for_update().select_related("program__commune").get(pk=item.pk)
    )
    before = snapshot(item, ITEM_FIELDS)
    for name, value in fields.items():
        setattr(item, name, value)
    item.content, item.team = _text(item.content), clean_text(item.team or "").strip()
    _check_choices(item)
    _check_subject(item, item.program.commune)
    _check_dates(item.starts_on, item.ends_on)
    if item.program.scope == Scope.YEAR:
        item.year = item.program.year
    if not item.year:
        raise ValidationError(_("Say which year it is planned for."))
    if item.quarter is not None and item.quarter not in (1, 2, 3, 4):
        raise ValidationError(_("A quarter is 1, 2, 3 or 4."))
    item.save()
    audit_changes(actor=acting_user, obj=item, before=before, commune=item.program.commune)
    return item


@service
def oversight_looked_at(*, user, inspection=None, program=None) -> None:
    """Someone read a record that names a party member or a discipline: logged."""
    OversightLook.objects.create(user=user, inspection=inspection, program=program)


# -- inspections ---------------------------------------------------------------------------
def subject_words(record, *, named: bool = True) -> str:
    """Who was inspected, as the documents say it; a member's name only when ``named``."""
    org = record.subject_org.name if record.subject_org_id else ""
    if record.member_name:
        if not named:
            return "đảng viên" + (f" thuộc {org}" if org else "")
        who = f"đồng chí {record.member_name}"
        if record.member_role:
            who += f", {record.member_role}"
        elif org:
            who += f", đảng viên {org}"
        return who
    return org


def title_of(inspection: Inspection) -> str:
    """The recommendations' document, without a member's name (its tasks go to agencies)."""
    what = document.word(inspection.kind)
    return f"Kết luận {what} đối với {subject_words(inspection, named=False)}"


@service
def inspection_create(*, acting_user, commune, planned=None, **fields) -> Inspection:
    """An inspection or supervision decided: its decision numbered in the commune's
    register; its recommendations, later, the tasks of its directive."""
    _unexpected("inspection_create", fields, INSPECTION_FIELDS)
    inspection = Inspection(commune=commune, planned=planned, created_by=acting_user, **fields)
    if planned is not None and planned.program.commune_id != commune.pk:
        raise ValidationError(_("The planned item is another commune's."))
    if inspection.body not in Body.values:
        raise ValidationError(_("Choose which body inspects."))
    _check_choices(inspection)
    _check_subject(inspection, commune)
    _check_dates(inspection.starts_on, inspection.ends_on)
    if inspection.decision_on is None:
        raise ValidationError(_("Say when the decision is dated."))
    inspection.content, inspection.reason = _text(inspection.content), _text(inspection.reason)
    inspection.team = _text(inspection.team)
    inspection.directive = task_services.directive_create.within(
        acting_user=acting_user,
        commune=commune,
        origin=Origin.INSPECTION,
        kind=DocKind.OTHER,
        issuer_name=BODY_WORDS[inspection.body],
        title=title_of(inspection),
    )
    inspection.save()
    number = document.register(
        acting_user=acting_user,
        inspection=inspection,
        kind=document.DECISION,
        dated=inspection.decision_on,
        title="Quyết định " + title_of(inspection).removeprefix("Kết luận "),
        ref=f"inspection-decision:{inspection.pk}",
    )
    inspection.decision_number = document.decision_symbol(inspection.body, number)
    inspection.save(update_fields=["decision_number"])
    audit_record(
        actor=acting_user,
        obj=inspection,
        action=AuditAction.CREATE,
        commune=commune,
        changes=snapshot(inspection, [*INSPECTION_FIELDS, "decision_number"]),
    )
    return inspection


def _changing(service_name: str, inspection: Inspection, fields: dict, allowed: list[str]):
    """The inspection locked for a change of ``allowed`` fields, with their values before;
    refused once it is concluded."""
    _unexpected(service_name, fields, allowed)
    inspection = _locked(inspection)
    if inspection.state == State.CONCLUDED:
        raise ValidationError(_("The inspection is concluded: its record is closed."))
    return inspection, snapshot(inspection, allowed)


def _locked(inspection: Inspection) -> Inspection:
    return (
        Inspection.objects.select_for_update(of=("self",))
        .select_related("commune", "directive", "subject_org")
        .get(pk=inspection.pk)
    )


@service
def inspection_correct(*, acting_user, inspection: Inspection, **fields) -> Inspection:
    """A decided inspection's decision corrected before its conclusion — who is inspected,
    the kind, the content, why —, with its recommendations' document and its register
    entry retitled to match."""
    inspection, before = _changing("inspection_correct", inspection, fields, DECISION_FIELDS)
    for name, value in fields.items():
        setattr(inspection, name, value)
    _check_choices(inspection)
    _check_subject(inspection, inspection.commune)
    inspection.content, inspection.reason = _text(inspection.content), _text(inspection.reason)
    inspection.save()
    title = title_of(inspection)
    if inspection.directive.title != title:
        task_services.directive_update.within(
            acting_user=acting_user, directive=inspection.directive, title=title
        )
    entry = RegisteredDocument.objects.filter(
        commune=inspection.commune, ref=f"inspection-decision:{inspection.pk}"
    ).first()
    decided = "Quyết định " + title.removeprefix("Kết luận ")
    if entry is not None and entry.title != decided:
        document_update.within(
            acting_user=acting_user,
            entry=entry,
            number=entry.number,
            dated=entry.dated,
            title=decided,
        )
    audit_changes(actor=acting_user, obj=inspection, before=before, commune=inspection.commune)
    return inspection


@service
def inspection_update(*, acting_user, inspection: Inspection, **fields) -> Inspection:
    """The work of the team recorded: who, when, the documents received, the findings."""
    inspection, before = _changing("inspection_update", inspection, fields, WORK_FIELDS)
    for name, value in fields.items():
        setattr(inspection, name, _text(value) if isinstance(value, str) else value)
    _check_dates(inspection.starts_on, inspection.ends_on)
    inspection.save()
    audit_changes(actor=acting_user, obj=inspection, before=before, commune=inspection.commune)
    return inspection


def recommendations(inspection: Inspection) -> list:
    return list(
        inspection.directive.tasks.exclude(state="cancelled")
        .select_related("lead")
        .order_by("position")
    )


def conclusion_data(inspection: Inspection) -> document.Conclusion:
    """What the conclusion document says, from the inspection's plain data."""
    period = ""
    if inspection.starts_on and inspection.ends_on:
        period = f"từ ngày {inspection.starts_on:%d/%m/%Y} đến ngày {inspection.ends_on:%d/%m/%Y}"
    tasks = recommendations(inspection)
    leads = [t.lead.name for t in tasks if t.lead]
    subject_org = inspection.subject_org.name if inspection.subject_org_id else ""
    return document.Conclusion(
        commune=inspection.commune,
        body=inspection.body,
        kind=inspection.kind,
        subject=subject_words(inspection),
        content=inspection.content or Focus(inspection.focus).label,
        decision=inspection.decision_number,
        decision_on=inspection.decision_on,
        period=period,
        findings=[line for line in inspection.findings.splitlines() if line.strip()],
        conclusions=inspection.conclusion_lines,
        discipline=DISCIPLINE_WORDS.get(inspection.discipline, "")
        + (f" ({inspection.discipline_note})" if inspection.discipline_note else ""),
        recommendations=[
            document.Recommendation(
                what=f"{t.title.strip().rstrip('.;')}; sản phẩm: {t.product}"
                if t.product
                else t.title,
                lead=t.lead.name if t.lead else t.lead_text,
                deadline=t.due_on or t.due_text,
            )
            for t in tasks
        ],
        number=inspection.conclusion_number,
        dated=inspection.concluded_on,
        signer_name=inspection.signer_name,
        signer_role=inspection.signer_role,
        recipients=[
            "Thường trực Đảng ủy",
            subject_org,
            *dict.fromkeys(leads),
            f"Lưu {'UBKT' if inspection.body == Body.INSPECTION else 'Văn phòng Đảng ủy'}",
        ],
    )


DISCIPLINE_WORDS = {
    Discipline.REPRIMAND: "khiển trách",
    Discipline.WARNING: "cảnh cáo",
    Discipline.DISMISSAL: "cách chức",
    Discipline.EXPULSION: "khai trừ ra khỏi Đảng",
    Discipline.DISSOLUTION: "giải tán",
}


def conclusion_file(inspection: Inspection) -> bytes:
    return document.render(conclusion_data(inspection))


def _overseers(commune) -> list:
    """The Standing Committee and the Inspection Committee's inspectors of the commune."""
    found = Membership.objects.in_commune(commune).filter(role=Role.STANDING)
    found = found | Membership.objects.in_commune(commune).filter(
        role=Role.INSPECTOR, organization__kind=OrgKind.INSPECTION_COMMITTEE
    )
    return list(found.users())


@service
def inspection_conclude(
    *,
    acting_user,
    inspection: Inspection,
    conclusions: str,
    concluded_on: dt.date,
    discipline: str = "",
    discipline_note: str = "",
    signer_name: str = "",
    signer_role: str = "",
) -> Inspection:
    """Conclude the inspection: the conclusion numbered in the register, its
    recommendations issued as tasks (each with its "5 rõ", their agencies told), the values
    of the coverage targets recorded, the Standing and Inspection Committees told."""
    inspection = _locked(inspection)
    if inspection.state == State.CONCLUDED:
        raise ValidationError(_("The inspection is concluded already."))
    text = _text(conclusions)
    if not text:
        raise ValidationError(_("Write at least one conclusion."))
    if discipline not in Discipline.values:
        raise ValidationError(_("Choose a disciplinary outcome from the list."))
    if concluded_on < inspection.decision_on:
        raise ValidationError(_("The conclusion cannot be dated before the decision."))
    if concluded_on > timezone.localdate():
        raise ValidationError(_("The conclusion cannot be dated in the future."))
    before = snapshot(inspection, ["state", "discipline"])
    inspection.conclusions, inspection.concluded_on = text, concluded_on
    inspection.discipline, inspection.discipline_note = discipline, _text(discipline_note)
    inspection.signer_name = clean_text(signer_name).strip()
    inspection.signer_role = clean_text(signer_role).strip()
    number = document.register(
        acting_user=acting_user,
        inspection=inspection,
        kind=document.CONCLUSION,
        dated=concluded_on,
        title=title_of(inspection),
        ref=f"inspection:{inspection.pk}",
    )
    inspection.conclusion_number = document.symbol(inspection.body, number)
    directive = inspection.directive
    directive.number, directive.issued_on = inspection.conclusion_number, concluded_on
    directive.save(update_fields=["number", "issued_on"])
    if directive.tasks.exists():
        task_services.directive_issue.within(acting_user=acting_user, directive=directive)
    inspection.state = State.CONCLUDED
    inspection.save()
    coverage.record(acting_user=acting_user, commune=inspection.commune, on=concluded_on)
    enqueue(
        key=f"inspection-concluded:{inspection.pk}",
        recipients=_overseers(inspection.commune),
        subject=_("Conclusion %(n)s: %(t)s")
        % {"n": inspection.conclusion_number, "t": title_of(inspection)},
        body="",  # what it found may name a member: read on its page, where access is checked
        url=reverse("oversight:inspection", args=[inspection.pk]),
        fresh=True,
    )
    audit_record(
        actor=acting_user,
        obj=inspection,
        action=AuditAction.UPDATE,
        commune=inspection.commune,
        changes={
            "state": [before["state"], State.CONCLUDED],
            "conclusion_number": inspection.conclusion_number,
            "discipline": [before["discipline"], discipline],
        },
    )
    return inspection


# -- coverage targets ------------------------------------------------------------------------
@service
def coverage_link_set(*, acting_user, target, measure: str) -> CoverageLink:
    """Say that ``target``'s value is ``measure``, measured from the inspection records: its
    values for the periods opened so far are recorded at once."""
    if measure not in Measure.values:
        raise ValidationError(_("Choose what the target measures."))
    if target.is_withdrawn:
        raise ValidationError(_("This target has been withdrawn from the program."))
    link = CoverageLink.objects.select_for_update().filter(target=target).first()
    if link is None:
        link = CoverageLink.objects.create(target=target, measure=measure, created_by=acting_user)
        audit_record(
            actor=acting_user,
            obj=link,
            action=AuditAction.CREATE,
            commune=target.program.commune,
            changes={"target": target.indicator[:120], "measure": measure},
        )
    else:
        before = snapshot(link, ["measure"])
        link.measure = measure
        link.save()
        audit_changes(actor=acting_user, obj=link, before=before, commune=target.program.commune)
    coverage.record(
        acting_user=acting_user,
        commune=target.program.commune,
        links=CoverageLink.objects.filter(pk=link.pk),
    )
    return link


@service
def coverage_link_remove(*, acting_user, link: CoverageLink) -> None:
    """The target is no longer measured from the records (the values recorded stay)."""
    link = (
        CoverageLink.objects.select_for_update().select_related("target__program").get(pk=link.pk)
    )
    audit_record(
        actor=acting_user,
        obj=link,
        action=AuditAction.DELETE,
        commune=link.target.program.commune,
        changes={"target": link.target.indicator[:120], "measure": link.measure},
    )
    link.delete()


@service
def coverage_refresh(*, acting_user, commune, on: dt.date) -> int:
    """The worker's daily pass for one commune: the linked targets' values for the periods
    open on ``on`` measured again (a cell added or retired changes the share)."""
    return coverage.record(acting_user=acting_user, commune=commune, on=on)


# -- the People's Council's and the Front's supervisions ----------------------------------
@service
def supervision_create(*, acting_user, commune, **fields) -> Supervision:
    """A supervision, a social-critique conference or a dialogue with the people, held by
    the People's Council or the Fatherland Front."""
    _unexpected("supervision_create", fields, SUPERVISION_FIELDS)
    record = Supervision(commune=commune, created_by=acting_user, **fields)
    body = record.body
    kinds = (OrgKind.PEOPLES_COUNCIL, OrgKind.FATHERLAND_FRONT)
    if body is None or body.commune_id != commune.pk or body.kind not in kinds:
        raise ValidationError(_("Choose the People's Council or the Fatherland Front."))
    _check_record(record)
    record.directive = task_services.directive_create.within(
        acting_user=acting_user,
        commune=commune,
        origin=Origin.SUPERVISION,
        kind=DocKind.OTHER,
        issuer_name=body.name,
        owner=body,
        title=_recommendations_title(record),
    )
    record.save()
    audit_record(
        actor=acting_user,
        obj=record,
        action=AuditAction.CREATE,
        commune=commune,
        changes=snapshot(record, SUPERVISION_FIELDS),
    )
    return record


def _check_record(record: Supervision) -> None:
    if record.kind not in SupervisionKind.values:
        raise ValidationError(_("Choose what kind of activity it was."))
    record.title = clean_text(record.title or "").strip()
    if not record.title:
        raise ValidationError(_("Write what it was about."))
    for name in ("supervised", "participants", "findings"):
        setattr(record, name, _text(getattr(record, name)))


def _recommendations_title(record: Supervision) -> str:
    return f"Kiến nghị qua {SUPERVISION_WORDS[record.kind]}: {record.title}"


@service
def supervision_correct(*, acting_user, supervision: Supervision, **fields) -> Supervision:
    """A supervision's record corrected until its recommendations are sent — the kind,
    the date, the subject, who was supervised and who took part, the findings —, their
    document retitled to match."""
    _unexpected("supervision_correct", fields, RECORD_FIELDS)
    record = (
        Supervision.objects.select_for_update(of=("self",))
        .select_related("commune", "directive")
        .get(pk=supervision.pk)
    )
    if record.directive.is_issued:
        raise ValidationError(_("The recommendations were sent already."))
    before = snapshot(record, RECORD_FIELDS)
    for name, value in fields.items():
        setattr(record, name, value)
    _check_record(record)
    if record.held_on is None:
        raise ValidationError(_("Say when it was held."))
    record.save()
    title = _recommendations_title(record)
    if record.directive.title != title:
        task_services.directive_update.within(
            acting_user=acting_user, directive=record.directive, title=title
        )
    audit_changes(actor=acting_user, obj=record, before=before, commune=record.commune)
    return record


@service
def supervision_issue(
    *, acting_user, supervision: Supervision, number: str = "", issued_on: dt.date | None = None
) -> Supervision:
    """Send the recommendations to the agencies: each issued as a task with its "5 rõ",
    followed to its end like any other."""
    supervision = (
        Supervision.objects.select_for_update().select_related("directive").get(pk=supervision.pk)
    )
    directive = supervision.directive
    if directive.is_issued:
        raise ValidationError(_("The recommendations were sent already."))
    issued_on = issued_on or timezone.localdate()
    if issued_on < supervision.held_on:
        raise ValidationError(_("The recommendations cannot be dated before the activity."))
    directive.number, directive.issued_on = clean_text(number).strip()[:40], issued_on
    directive.save(update_fields=["number", "issued_on"])
    task_services.directive_issue.within(acting_user=acting_user, directive=directive)
    audit_record(
        actor=acting_user,
        obj=supervision,
        action=AuditAction.UPDATE,
        commune=supervision.commune,
        changes={"recommendations": "issued", "number": directive.number},
    )
    return supervision


@service
def petition_add(*, acting_user, supervision: Supervision, **fields) -> DialoguePetition:
    """A petition raised at a dialogue with the people: a citizen's submission taken down
    by the supervisor, tracked to its answer like any other."""
    if supervision.kind != SupervisionKind.DIALOGUE:
        raise ValidationError(_("Petitions are recorded at a dialogue with the people."))
    feedback = feedback_take_down.within(
        acting_user=acting_user, commune=supervision.commune, **fields
    )
    petition = DialoguePetition.objects.create(supervision=supervision, feedback=feedback)
    audit_record(
        actor=acting_user,
        obj=petition,
        action=AuditAction.CREATE,
        commune=supervision.commune,
        changes={"supervision": str(supervision), "feedback": feedback.public_id},
    )
    return petition
