"""State changes of meetings: one planned with its agenda, its details changed, its
conclusions recorded, its notice of conclusions issued (numbered, its tasks issued and their
agencies told). The tasks themselves are the meeting's directive's, added through
``tasks.services``."""

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
from hanhdong.meetings import notice
from hanhdong.meetings.models import Body, Meeting, MeetingState
from hanhdong.notifications.outbox import enqueue
from hanhdong.orgs.models import Membership, Role
from hanhdong.tasks import services as task_services
from hanhdong.tasks.models import DocKind, Origin

MEETING_FIELDS = [
    "body",
    "kind",
    "held_on",
    "place",
    "chair",
    "chair_role",
    "attendees",
    "agenda",
    "period",
]
BODY_WORDS = {Body.STANDING: "Ban Thường vụ Đảng ủy", Body.EXECUTIVE: "Ban Chấp hành Đảng ủy"}
# the Standing Committee meets (cuộc họp); the Executive Committee holds a conference (hội nghị)
GATHERING = {Body.STANDING: "cuộc họp", Body.EXECUTIVE: "hội nghị"}


def _lines(text: str) -> str:
    return "\n".join(line.strip() for line in clean_text(text or "").splitlines() if line.strip())


def _check(meeting: Meeting) -> None:
    meeting.chair = clean_text(meeting.chair).strip()
    if not meeting.chair:
        raise ValidationError(_("Say who chairs the meeting."))
    meeting.attendees, meeting.agenda = _lines(meeting.attendees), _lines(meeting.agenda)
    if meeting.period is not None and meeting.period.program.commune_id != meeting.commune_id:
        raise ValidationError(_("The period is another commune's."))


def title_of(meeting: Meeting) -> str:
    return (
        f"Kết luận của {BODY_WORDS[meeting.body]} tại {GATHERING[meeting.body]} ngày "
        f"{meeting.held_on:%d/%m/%Y}"
    )


@service
def meeting_create(*, acting_user, commune, **fields) -> Meeting:
    """Plan a meeting, with its agenda (proposed from the data, edited by the clerk); the
    notice of its conclusions is its directive, whose tasks are drafts until issued."""
    for name in fields:
        if name not in MEETING_FIELDS:
            raise TypeError(f"meeting_create() got an unexpected field {name!r}")
    meeting = Meeting(commune=commune, created_by=acting_user, **fields)
    _check(meeting)
    meeting.directive = task_services.directive_create.within(
        acting_user=acting_user,
        commune=commune,
        origin=Origin.MEETING,
        kind=DocKind.CONCLUSION,
        issuer_name=BODY_WORDS[meeting.body],
        title=title_of(meeting),
    )
    meeting.save()
    audit_record(
        actor=acting_user,
        obj=meeting,
        action=AuditAction.CREATE,
        commune=commune,
        changes=snapshot(meeting, MEETING_FIELDS),
    )
    return meeting


def _locked(meeting: Meeting) -> Meeting:
    return (
        Meeting.objects.select_for_update(of=("self",))
        .select_related("commune", "directive")
        .get(pk=meeting.pk)
    )


@service
def meeting_update(*, acting_user, meeting: Meeting, **fields) -> Meeting:
    meeting = _locked(meeting)
    if meeting.state == MeetingState.ISSUED:
        raise ValidationError(_("The notice of conclusions is issued: the meeting is closed."))
    before = snapshot(meeting, MEETING_FIELDS)
    for name, value in fields.items():
        if name not in MEETING_FIELDS:
            raise TypeError(f"meeting_update() got an unexpected field {name!r}")
        setattr(meeting, name, value)
    _check(meeting)
    meeting.save()
    meeting.directive.title = title_of(meeting)
    meeting.directive.save(update_fields=["title"])
    audit_changes(actor=acting_user, obj=meeting, before=before, commune=meeting.commune)
    return meeting


@service
def meeting_conclude(*, acting_user, meeting: Meeting, conclusions: str) -> Meeting:
    """Record what the meeting concluded (one conclusion a line): the meeting is held."""
    meeting = _locked(meeting)
    if meeting.state == MeetingState.ISSUED:
        raise ValidationError(_("The notice of conclusions is issued: the meeting is closed."))
    text = _lines(conclusions)
    if not text:
        raise ValidationError(_("Write at least one conclusion."))
    before = snapshot(meeting, ["conclusions", "state"])
    meeting.conclusions, meeting.state = text, MeetingState.HELD
    meeting.save()
    audit_changes(actor=acting_user, obj=meeting, before=before, commune=meeting.commune)
    return meeting


def notice_tasks(meeting: Meeting) -> list:
    """The tasks the notice gives: the meeting's, but those cancelled."""
    return list(
        meeting.directive.tasks.exclude(state="cancelled")
        .select_related("lead")
        .prefetch_related("partners")
        .order_by("position")
    )


def notice_file(meeting: Meeting) -> bytes:
    """The meeting's notice of conclusions as a Word file."""
    return notice.render(meeting, notice_tasks(meeting))


@service
def meeting_issue(*, acting_user, meeting: Meeting, dated: dt.date | None = None) -> Meeting:
    """Issue the notice of the meeting's conclusions: its number from the register, its
    tasks issued (each with its "5 rõ"), the agencies concerned and the Committee told."""
    meeting = _locked(meeting)
    if meeting.state == MeetingState.ISSUED:
        raise ValidationError(_("The notice of conclusions is issued already."))
    if not meeting.conclusion_lines:
        raise ValidationError(_("Record the conclusions first."))
    dated = dated or timezone.localdate()
    if dated < meeting.held_on:
        raise ValidationError(_("The notice cannot be dated before the meeting."))
    number = notice.register(
        acting_user=acting_user, meeting=meeting, dated=dated, title=title_of(meeting)
    )
    directive = meeting.directive
    directive.number, directive.issued_on = number, dated
    directive.save(update_fields=["number", "issued_on"])
    task_services.directive_issue.within(acting_user=acting_user, directive=directive)
    meeting.notice_number, meeting.notice_on = number, dated
    meeting.state = MeetingState.ISSUED
    meeting.save()
    committee = Membership.objects.in_commune(meeting.commune).holding(Role.STANDING).users()
    enqueue(
        key=f"meeting-notice:{meeting.pk}",
        recipients=list(committee),
        subject=_("Notice %(n)s issued: conclusions of the meeting of %(d)s")
        % {"n": number, "d": meeting.held_on.strftime("%d/%m/%Y")},
        body="\n".join(meeting.conclusion_lines)[:1000],
        url=reverse("meetings:meeting", args=[meeting.pk]),
        fresh=True,
    )
    audit_record(
        actor=acting_user,
        obj=meeting,
        action=AuditAction.UPDATE,
        commune=meeting.commune,
        changes={"state": [MeetingState.HELD, MeetingState.ISSUED], "notice_number": number},
    )
    return meeting
