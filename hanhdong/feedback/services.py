"""The handling of citizens' submissions: one service per step, each in one durable
transaction that writes the step (``FeedbackEvent``, what the citizen may read of it) and
its audit record."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hanhdong.audit.models import AuditAction
from hanhdong.audit.services import audit_changes, audit_record, snapshot
from hanhdong.feedback.models import (
    OPEN_STATES,
    PUBLISHABLE,
    Channel,
    Feedback,
    FeedbackAttachment,
    FeedbackEvent,
    FeedbackLook,
    FeedbackSettings,
    Kind,
    Open311Key,
    State,
    SubmissionCount,
)
from hanhdong.lib.files import FileKind, Upload, prepare_upload, stored
from hanhdong.lib.text import TEXT_LIMIT, clean_text, mask_personal
from hanhdong.lib.tokens import new_token, token_hash
from hanhdong.lib.transactions import inserted, service
from hanhdong.notifications.outbox import enqueue
from hanhdong.orgs.models import Membership, OrgKind, Role
from hanhdong.programs.models import Program

RATE_LIMITED = gettext_lazy(
    "Too many submissions from this connection in the last hour; "
    "please try again later or call the commune's hotline."
)
PUBLIC_FILE_KINDS = {FileKind.JPEG, FileKind.PNG, FileKind.PDF, FileKind.DOCX}
FILE_REFUSED = gettext_lazy("“%(name)s” is not a photo (JPEG, PNG), a PDF or a Word file.")
CODE_ALPHABET = "ACDEFGHJKLMNPQRTUVWXY3479"  # no look-alikes (0/O, 1/I, 5/S, 8/B)


class RateLimited(ValidationError):
    """The connection has sent its hourly share of submissions."""

    def __init__(self):
        super().__init__(RATE_LIMITED)


REF_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def _ref() -> str:
    """A public reference: drawn apart from the tracking code, so knowing one tells nothing
    of the other."""
    return _drawn(REF_ALPHABET, 10)


def looks_like_public_ref(text: str) -> bool:
    """Whether ``text`` is written like a public reference (a citizen may type the one the
    public list shows into the tracking form), whichever case it is in."""
    folded = text.strip().lower()
    return len(folded) == 10 and all(ch in REF_ALPHABET for ch in folded)


def _code() -> str:
    # 25^8 codes: a clash is left to the unique constraint (feedback_submit draws again)
    return _drawn(CODE_ALPHABET, 8)


def _drawn(alphabet: str, length: int) -> str:
    """``length`` letters of ``alphabet``, each equally likely, from one read of the system's
    randomness (a byte past the last whole multiple of the alphabet is passed over)."""
    size = len(alphabet)
    below = 256 - 256 % size
    letters: list[str] = []
    while len(letters) < length:
        letters += [alphabet[b % size] for b in secrets.token_bytes(2 * length) if b < below]
    return "".join(letters[:length])


def _counting(address: str, relaxed: bool = False) -> tuple[str, list]:
    """A public submission from ``address`` counted against the hourly limit: one upsert of
    the hour's counter (made by the hour's first submission, moved up by the others while
    it is under the limit) that returns a row when the submission may be taken. It is
    written in SQL because every public submission runs it (bench/load.py).

    ``relaxed``, on PostgreSQL outside a transaction: the statement's own commit does not
    wait for the disk (synchronous_commit off for that transaction alone). A crash may
    forget the last few counts of a flood guard, which is harmless.
    """
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()
    return _counting_statement(connection.vendor, relaxed), [
        digest,
        connection.ops.adapt_datetimefield_value(counting_hour()),
        settings.HANHDONG_SUBMISSIONS_PER_HOUR,
    ]


def counting_hour():
    """The hour the hourly limit counts in now: its counter's ``hour``."""
    return timezone.now().replace(minute=0, second=0, microsecond=0)


@functools.cache
def _counting_statement(vendor: str, relaxed: bool) -> str:
    table, count, digest, hour = (
        connection.ops.quote_name(name)
        for name in (SubmissionCount._meta.db_table, "count", "address_hash", "hour")
    )
    source = "VALUES (%s, %s, 1)"
    if relaxed:
        source = (
            "SELECT %s, %s, 1 FROM (SELECT set_config('synchronous_commit', 'off', true))"
            " AS relaxed"
        )
    return (
        f"INSERT INTO {table} ({digest}, {hour}, {count}) {source}"
        f" ON CONFLICT ({digest}, {hour}) DO UPDATE SET {count} = {table}.{count} + 1"
        f" WHERE {table}.{count} < %s RETURNING 1"
    )


def _counted(address: str) -> bool:
    """``address``'s submission counted in a statement of its own; False past the limit."""
    relaxed = connection.vendor == "postgresql" and not connection.in_atomic_block
    with connection.cursor() as cursor:
        cursor.execute(*_counting(address, relaxed))
        return cursor.fetchone() is not None


SETTING_FIELDS = [
    "days_report",
    "days_proposal",
    "days_complaint",
    "days_denunciation",
    "days_comment",
    "remind_days",
    "escalate_days",
    "open311_key_required",
]


@service
def settings_update(*, acting_user, commune, **values) -> FeedbackSettings:
    """The Party Office sets the commune's deadlines by kind, reminders and Open311 rule."""
    rules = FeedbackSettings.objects.select_for_update().filter(commune=commune).first()
    rules = rules or FeedbackSettings(commune=commune)
    before = snapshot(rules, SETTING_FIELDS)
    for name, value in values.items():
        if name not in SETTING_FIELDS:
            raise ValidationError(_("Unknown setting: %(name)s") % {"name": name})
        setattr(rules, name, value)
    if any(not 1 <= getattr(rules, f) <= 90 for f in SETTING_FIELDS if f.startswith("days_")):
        raise ValidationError(_("A deadline is between 1 and 90 days."))
    if not 0 <= rules.remind_days <= 30 or not 0 <= rules.escalate_days <= 60:
        raise ValidationError(
            _("Remind 0 to 30 days before the deadline; escalate 0 to 60 days after it.")
        )
    rules.save()
    audit_changes(actor=acting_user, obj=rules, before=before, commune=commune)
    return rules


@service
def open311_key_issue(*, acting_user, commune, name: str) -> tuple[Open311Key, str]:
    """A new key for an Open311 application; the key itself is returned once and only its
    hash is kept."""
    if commune.kind != OrgKind.COMMUNE:
        raise ValidationError(_("Submissions go to a commune."))
    if not name.strip():
        raise ValidationError(_("Name the application the key is for."))
    key = new_token()
    issued = Open311Key.objects.create(
        commune=commune, name=name.strip()[:100], key_hash=token_hash(key)
    )
    audit_record(actor=acting_user, obj=issued, action=AuditAction.CREATE, commune=commune)
    return issued, key


@service
def open311_key_revoke(*, acting_user, key: Open311Key) -> None:
    audit_record(actor=acting_user, obj=key, action=AuditAction.DELETE, commune=key.commune)
    key.delete()


def open311_key_valid(commune, key: str) -> bool:
    return Open311Key.objects.filter(commune=commune, key_hash=token_hash(key)).exists()


def settings_of(commune) -> FeedbackSettings:
    return FeedbackSettings.objects.filter(commune=commune).first() or FeedbackSettings(
        commune=commune
    )


def _event(feedback, actor, note="", public=True):
    FeedbackEvent.objects.create(
        feedback=feedback,
        actor=actor if actor and actor.is_authenticated else None,
        state=feedback.state,
        note=note,
        public=public,
    )


def _step(feedback, actor, before: dict, note: str = "", public: bool = True) -> None:
    """Record a step: the event the handling history shows (and, when ``public``, the
    citizen), and the audit row of what changed. Neither holds who sent the item."""
    _event(feedback, actor, note, public)
    _audit(feedback, actor, before, note)


def _audit(feedback, actor, before: dict, note: str = "") -> None:
    also = {"note": note} if note else None
    audit_changes(actor=actor, obj=feedback, before=before, commune=feedback.commune, also=also)


def _check_contact(name, phone, email, consent):
    if (name or phone or email) and not consent:
        raise ValidationError(
            _("To leave your name, phone or email, tick the consent box; or leave them empty.")
        )


def _written(text: str, limit: int = TEXT_LIMIT) -> str:
    """Free text as a person wrote it, without control characters, within ``limit``."""
    text = clean_text(text)
    if len(text) > limit:
        raise ValidationError(
            _("Write at most %(n)s characters (this has %(m)s).") % {"n": limit, "m": len(text)}
        )
    return text


def check_file_count(count: int) -> None:
    if count > settings.HANHDONG_FEEDBACK_FILES:
        raise ValidationError(
            _("Send at most %(n)s files with one submission.")
            % {"n": settings.HANHDONG_FEEDBACK_FILES}
        )


def prepare_file(name: str, data: bytes) -> Upload:
    """A citizen's file checked (size, kind from its content) and a photo cleaned of its
    metadata, before the submission's transaction."""
    return prepare_upload(name, data, allowed=PUBLIC_FILE_KINDS, refusal=FILE_REFUSED)


def feedback_submit(
    *,
    commune,
    kind: str,
    title: str,
    text: str,
    place: str = "",
    topic: str = "",
    name: str = "",
    phone: str = "",
    email: str = "",
    consent: bool = False,
    hide_identity: bool = True,
    channel: str = Channel.WEB,
    received_by=None,
    files: list[Upload] = (),
    address: str | None = None,
) -> Feedback:
    """A submission from the public form, Open311, or taken down by staff; ``files`` come
    from prepare_file and are written before the transaction (and removed if it fails).

    ``address``: the sender's connection, counted against the hourly limit (RateLimited once
    it is reached, and nothing is written). The submission is its own record of receipt —
    who took it down (``received_by``, or the citizen) and when — so a citizen's submission
    is one short transaction writing one row (and its files); the clerks are told by the
    worker (feedback/schedule.py).
    """
    feedback = _new_submission(
        commune=commune,
        kind=kind,
        title=title,
        text=text,
        place=place,
        topic=topic,
        name=name,
        phone=phone,
        email=email,
        consent=consent,
        hide_identity=hide_identity,
        channel=channel,
        received_by=received_by,
    )
    check_file_count(len(files))
    limited = address is not None
    if limited and settings.HANHDONG_SUBMISSIONS_PER_HOUR < 1:
        raise RateLimited()
    # the usual submission, one row and no file, as served: on PostgreSQL the count and the
    # row are one statement, both written or neither (the counter's row stays locked until
    # it commits, which holds up only a second submission from the same address); else the
    # count goes first, in a statement of its own
    alone = not files and not connection.in_atomic_block
    together = limited and alone and connection.vendor == "postgresql"
    if limited and not together and not _counted(address):
        raise RateLimited()
    with stored(files, "feedback") as names:
        for attempt in range(3):
            try:
                if not alone:
                    return _submission_store(feedback, list(zip(files, names, strict=True)))
                if not together:
                    return inserted(feedback)
                if inserted(feedback, guard=_counting(address)) is None:
                    raise RateLimited()
                return feedback
            except IntegrityError:  # a code was drawn twice: the whole store again, new codes
                if attempt == 2:
                    raise
                feedback.pk, feedback.code, feedback.public_id = None, _code(), _ref()


def _new_submission(
    *,
    commune,
    kind,
    title,
    text,
    place,
    topic,
    name,
    phone,
    email,
    consent,
    hide_identity,
    channel,
    received_by,
) -> Feedback:
    """A submission checked and made, not yet saved."""
    if commune.kind != OrgKind.COMMUNE:
        raise ValidationError(_("Submissions go to a commune."))
    if kind not in Kind.values:
        raise ValidationError(_("Choose what kind of submission this is."))
    title, text, place = clean_text(title), _written(text), clean_text(place)
    name, phone, topic = clean_text(name), clean_text(phone), clean_text(topic)
    if not title.strip() or len(text.strip()) < 10:
        raise ValidationError(_("Write a title and describe the matter in a few words."))
    _check_contact(name, phone, email, consent)
    feedback = Feedback(
        commune=commune,
        code=_code(),
        public_id=_ref(),
        kind=kind,
        topic=topic.strip()[:80],
        title=title.strip()[:200],
        text=text.strip(),
        place=place.strip()[:200],
        name=name.strip() if consent else "",
        phone=phone.strip() if consent else "",
        email=email.strip() if consent else "",
        consent=consent,
        hide_identity=hide_identity,
        channel=channel,
        received_by=received_by,
    )
    return feedback


@service
def feedback_take_down(
    *,
    acting_user,
    commune,
    kind: str,
    title: str,
    text: str,
    place: str = "",
    topic: str = "",
    name: str = "",
    phone: str = "",
    consent: bool = False,
    channel: str = Channel.IN_PERSON,
) -> Feedback:
    """A submission staff take down as part of another record — a petition raised at a
    dialogue with the people — in that record's transaction (``within``): no files, no
    hourly limit; then handled like any other."""
    feedback = _new_submission(
        commune=commune,
        kind=kind,
        title=title,
        text=text,
        place=place,
        topic=topic,
        name=name,
        phone=phone,
        email="",
        consent=consent,
        hide_identity=True,
        channel=channel,
        received_by=acting_user if acting_user and acting_user.is_authenticated else None,
    )
    return _submission_store.within(feedback, [])


@service
def _submission_store(feedback: Feedback, files) -> Feedback:
    """The row and its files in one short transaction: no savepoint (a clash of codes,
    once in billions, rolls it all back and ``feedback_submit`` draws again)."""
    feedback.save(force_insert=True)
    FeedbackAttachment.objects.bulk_create(
        FeedbackAttachment(
            feedback=feedback, file=name, name=upload.name, kind=upload.kind, size=len(upload.data)
        )
        for upload, name in files
    )
    return feedback


# what a step may change; the audit row records these (never who sent the item)
STEP_FIELDS = [
    "state",
    "kind",
    "agency",
    "deadline",
    "area_path",
    "key_task",
    "rating",
    "published_at",
    "primary",
]
# what a joined submission takes from its primary at each step
FOLLOWED = ["state", "agency", "deadline", "area_path", "key_task", "answer", "answered_at"]


def _locked(feedback) -> tuple[Feedback, dict]:
    """The item locked for the step, and how it stood before it."""
    locked = (
        Feedback.objects.select_for_update(of=("self",))
        .select_related("commune", "primary")
        .get(pk=feedback.pk)
    )
    return locked, snapshot(locked, STEP_FIELDS)


def _handled_here(feedback) -> None:
    """A submission joined to another is handled there: its own steps are refused."""
    if feedback.primary_id is not None:
        raise ValidationError(
            _("This submission is joined to %(ref)s and is handled there.")
            % {"ref": feedback.primary.public_id}
        )


def _follow(primary, actor, note: str = "", public: bool = True) -> None:
    """The submissions joined to ``primary`` take its step: its state, agency, deadline,
    link to the program and answer, each with the step in its own history."""
    joined = Feedback.objects.select_for_update(of=("self",)).filter(primary=primary)
    for item in joined.select_related("commune").order_by("id"):
        before = snapshot(item, STEP_FIELDS)
        for name in FOLLOWED:
            setattr(item, name, getattr(primary, name))
        item.save()
        _step(item, actor, before, note, public)


def _by_code(code: str) -> tuple[Feedback, dict]:
    found = (
        Feedback.objects.select_for_update(of=("self",)).select_related("commune").filter(code=code)
    )
    feedback = found.first()
    if feedback is None:
        raise ValidationError(_("No submission has this tracking code."))
    return feedback, snapshot(feedback, STEP_FIELDS)


def _require(feedback, states, message):
    if feedback.state not in states:
        raise ValidationError(message)


@service
def feedback_accept(*, acting_user, feedback, accept: bool, reason: str = "") -> Feedback:
    """Accept a new submission for handling, or refuse it with the reason the citizen reads."""
    feedback, before = _locked(feedback)
    _handled_here(feedback)
    reason = _written(reason)
    _require(feedback, {State.RECEIVED}, _("Only a newly received submission is accepted."))
    if not accept and not reason.strip():
        raise ValidationError(_("Say why the submission is not accepted."))
    feedback.state = State.ACCEPTED if accept else State.REJECTED
    if not accept:
        feedback.answer = reason.strip()
        feedback.answered_at = timezone.now()
    feedback.save()
    _step(feedback, acting_user, before, reason)
    _follow(feedback, acting_user, reason)
    return feedback


@service
def feedback_assign(*, acting_user, feedback, agency, note: str = "") -> Feedback:
    """Give the submission to an agency (or move it to another), with the kind's deadline."""
    feedback, before = _locked(feedback)
    _handled_here(feedback)
    _require(
        feedback,
        {State.ACCEPTED, State.ASSIGNED, State.IN_PROGRESS},
        _("Accept the submission before assigning it."),
    )
    note = _written(note)
    if agency is None or agency.commune_id != feedback.commune_id:
        raise ValidationError(_("Choose an agency of the commune."))
    moving = feedback.agency_id is not None and feedback.agency_id != agency.pk
    if moving and not note.strip():
        raise ValidationError(_("Say why the submission moves to another agency."))
    if feedback.deadline is None:
        days = settings_of(feedback.commune).days_for(feedback.kind)
        feedback.deadline = timezone.localdate() + dt.timedelta(days=days)
    feedback.agency, feedback.state = agency, State.ASSIGNED
    feedback.save()
    # the citizen reads which agency handles it; why it moved stays with the staff
    _event(feedback, acting_user, agency.name)
    if note:
        _event(feedback, acting_user, note, public=False)
    _audit(feedback, acting_user, before, f"{agency.name}: {note}" if note else agency.name)
    _follow(feedback, acting_user, agency.name)
    officers = Membership.objects.in_commune(feedback.commune).holding(Role.OFFICER, agency)
    enqueue(
        key=f"feedback-assign:{feedback.pk}:{agency.pk}",
        recipients=officers.users(),
        subject=_("Submission %(code)s assigned to you, due %(d)s")
        % {"code": feedback.public_id, "d": feedback.deadline.strftime("%d/%m/%Y")},
        body=notice(feedback),
        url=reverse("feedback:handle", args=[feedback.pk]),
    )
    return feedback


@service
def feedback_link(*, acting_user, feedback, area_path: str = "", key_task=None) -> Feedback:
    """Tie the submission to an area of the commune's program and, optionally, one of its
    key tasks (the area then follows from the task when none is given)."""
    feedback, before = _locked(feedback)
    _handled_here(feedback)
    program = Program.objects.current_of(feedback.commune)
    if program is None:
        raise ValidationError(_("The commune has no program to link the submission to."))
    areas = {area.path: area for area in program.areas()}
    if key_task is not None:
        if key_task.program_id != program.pk:
            raise ValidationError(_("Choose a key task of the commune's current program."))
        task_area = key_task.area_among(areas.values())
        area_path = area_path or (task_area.path if task_area else "")
    if area_path and area_path not in areas:
        raise ValidationError(_("Choose an area of the commune's current program."))
    if (area_path, key_task) == (feedback.area_path, feedback.key_task):
        return feedback
    feedback.area_path, feedback.key_task = area_path, key_task
    feedback.save(update_fields=["area_path", "key_task"])
    note = " · ".join(
        x
        for x in (
            f"{area_path}. {areas[area_path].title}" if area_path else "",
            _("key task %(n)s") % {"n": key_task.number} if key_task else "",
        )
        if x
    )
    note = _("Linked to the program: %(what)s") % {"what": note or "—"}
    _step(feedback, acting_user, before, note, public=False)
    _follow(feedback, acting_user, note, public=False)
    return feedback


@service
def feedback_extend(*, acting_user, feedback, days: int, reason: str) -> Feedback:
    feedback, before = _locked(feedback)
    _handled_here(feedback)
    _require(feedback, {State.ASSIGNED, State.IN_PROGRESS}, _("Only an assigned item is extended."))
    reason = _written(reason)
    if not reason.strip() or not 1 <= days <= 60:
        raise ValidationError(_("Give the reason and 1 to 60 days."))
    feedback.deadline += dt.timedelta(days=days)
    feedback.save()
    _step(feedback, acting_user, before, reason)
    _follow(feedback, acting_user, reason)
    return feedback


@service
def feedback_start(*, acting_user, feedback) -> Feedback:
    feedback, before = _locked(feedback)
    _handled_here(feedback)
    _require(feedback, {State.ASSIGNED}, _("Only an assigned item can be started."))
    feedback.state = State.IN_PROGRESS
    feedback.save()
    _step(feedback, acting_user, before)
    _follow(feedback, acting_user)
    return feedback


@service
def feedback_answer(*, acting_user, feedback, answer: str, internal_note: str = "") -> Feedback:
    """The agency's answer, which the citizen reads, and its note for the staff only."""
    feedback, before = _locked(feedback)
    _handled_here(feedback)
    _require(
        feedback, {State.ASSIGNED, State.IN_PROGRESS}, _("Only an item being handled is answered.")
    )
    answer, internal_note = _written(answer), _written(internal_note)
    if len(answer.strip()) < 10:
        raise ValidationError(_("Write the answer the citizen will read."))
    feedback.state = State.ANSWERED
    feedback.answer, feedback.answered_at = answer.strip(), timezone.now()
    if internal_note.strip():
        feedback.internal_note = internal_note.strip()
        _event(feedback, acting_user, internal_note.strip(), public=False)
    feedback.save()
    _step(feedback, acting_user, before)
    _follow(feedback, acting_user)  # one answer serves every sender of the same matter
    return feedback


@service
def feedback_close(*, acting_user, feedback) -> Feedback:
    feedback, before = _locked(feedback)
    _handled_here(feedback)
    _require(feedback, {State.ANSWERED}, _("Only an answered item is closed."))
    feedback.state = State.CLOSED
    feedback.save()
    _step(feedback, acting_user, before)
    _follow(feedback, acting_user)
    return feedback


@service
def feedback_publish(*, acting_user, feedback, publish: bool = True) -> Feedback:
    """Put the item on the public list and Open311 — its text and answer masked (what
    ``public_view`` shows) — or take it off. An answered item, or one not accepted whose
    reason the Party Office chooses to make public; never a denunciation."""
    feedback, before = _locked(feedback)
    if publish:
        _handled_here(feedback)  # its primary stands for it on the public list
        if feedback.is_denunciation:
            raise ValidationError(_("A denunciation is never published."))
        _require(feedback, PUBLISHABLE, _("Only an answered or refused item is published."))
    if (feedback.published_at is not None) == publish:
        return feedback
    feedback.published_at = timezone.now() if publish else None
    feedback.save(update_fields=["published_at"])
    _step(feedback, acting_user, before, _("Published") if publish else _("Unpublished"), False)
    return feedback


def public_view(feedback) -> dict:
    """What the public list and Open311 show of an item: everything a person wrote, masked."""
    return {
        "title": mask_personal(feedback.title),
        "text": mask_personal(feedback.text),
        "place": mask_personal(feedback.place),
        "answer": mask_personal(feedback.answer),
    }


@service
def feedback_reopen(*, code: str, reason: str) -> Feedback:
    """The citizen disputes the answer, through the tracking code."""
    feedback, before = _by_code(code)
    _require(feedback, {State.ANSWERED}, _("Only an answered item can be reopened."))
    reason = _written(reason)
    if len(reason.strip()) < 10:
        raise ValidationError(_("Say what is wrong with the answer."))
    feedback.state = State.IN_PROGRESS
    # a sender who disputes the answer shared with others is handled on their own again
    feedback.primary = None
    feedback.save()
    _step(feedback, None, before, reason.strip())
    return feedback


@service
def feedback_rate(*, code: str, rating: int, comment: str = "") -> Feedback:
    """The submitter's satisfaction with the answer, once, through the tracking code."""
    feedback, before = _by_code(code)
    _require(feedback, {State.ANSWERED, State.CLOSED}, _("Rate the answer once it has come."))
    if feedback.rating is not None:
        raise ValidationError(_("This answer has already been rated."))
    if not 1 <= int(rating) <= 5:
        raise ValidationError(_("Rate from 1 to 5."))
    feedback.rating, feedback.rating_comment = int(rating), clean_text(comment).strip()[:1000]
    feedback.save(update_fields=["rating", "rating_comment"])
    _audit(feedback, None, before)  # the citizen's; no step of the handling
    return feedback


@service
def feedback_looked_at(*, user, feedback, identity: bool) -> None:
    """A member of staff opened the item (``identity``: and saw who sent it, or a file
    they sent): logged, for those who may know the sender to read."""
    FeedbackLook.objects.create(user=user, feedback=feedback, identity=identity)


def notice(feedback) -> str:
    """What a notification may say of the item's content: nothing for a denunciation, whose
    text may name its author; the link is enough to open it where access is checked."""
    return "" if feedback.is_denunciation else feedback.title


@service
def feedback_kind_set(*, acting_user, feedback, kind: str, note: str = "") -> Feedback:
    """The Party Office confirms or corrects what kind the submission is — a report or
    proposal, a complaint, a denunciation —, which carry different laws and deadlines: the
    deadline moves by the difference of the two kinds' days, and a denunciation leaves the
    public list and is masked from then on."""
    feedback, before = _locked(feedback)
    _handled_here(feedback)
    if kind not in Kind.values:
        raise ValidationError(_("Choose what kind of submission this is."))
    if kind == feedback.kind:
        return feedback
    if feedback.state not in OPEN_STATES:
        raise ValidationError(_("Only a submission still being handled changes its kind."))
    if Feedback.objects.filter(primary=feedback).exists():
        raise ValidationError(
            _("Other submissions are joined to this one: let them go before changing its kind.")
        )
    note = _written(note).strip()
    rules = settings_of(feedback.commune)
    if feedback.deadline is not None:
        shift = rules.days_for(kind) - rules.days_for(feedback.kind)
        feedback.deadline += dt.timedelta(days=shift)
    feedback.kind = kind
    if feedback.is_denunciation:
        feedback.published_at = None
    feedback.save()
    told = _("Handled as: %(kind)s") % {"kind": Kind(kind).label}
    _step(feedback, acting_user, before, f"{told}. {note}" if note else told)
    return feedback


@service
def feedback_join(*, acting_user, feedback, primary=None) -> Feedback:
    """Join ``feedback`` to ``primary``, an open submission of the commune about the same
    matter: it takes the primary's state, agency, deadline and link, and follows its steps,
    so one answer serves every sender, each keeping their own tracking code and rating.
    Submissions already joined to ``feedback`` move with it. ``primary=None``: ``feedback``
    is handled on its own again. A denunciation is never joined: each is handled in
    confidence, on its own."""
    feedback, before = _locked(feedback)
    if primary is None:
        if feedback.primary_id is None:
            return feedback
        feedback.primary = None
        feedback.save(update_fields=["primary"])
        _step(feedback, acting_user, before, _("Handled on its own again."))
        return feedback
    primary = Feedback.objects.select_for_update(of=("self",)).get(pk=primary.pk)
    if primary.primary_id is not None:  # join to the first of them all
        primary = Feedback.objects.select_for_update(of=("self",)).get(pk=primary.primary_id)
    if primary.pk == feedback.pk or primary.commune_id != feedback.commune_id:
        raise ValidationError(_("Choose another submission of the commune."))
    if feedback.primary_id == primary.pk:
        return feedback
    if Kind.DENUNCIATION in (feedback.kind, primary.kind):
        raise ValidationError(_("A denunciation is handled on its own, never joined."))
    if {feedback.kind, primary.kind} & {Kind.COMPLAINT} and feedback.kind != primary.kind:
        raise ValidationError(
            _("A complaint is joined only to a complaint: they follow another law.")
        )
    if feedback.state not in OPEN_STATES or primary.state not in OPEN_STATES:
        raise ValidationError(_("Only submissions still being handled are joined."))
    note = _("Joined to %(ref)s: one answer serves both.") % {"ref": primary.public_id}
    for item in [
        feedback,
        *Feedback.objects.select_for_update(of=("self",)).filter(primary=feedback),
    ]:
        item_before = before if item is feedback else snapshot(item, STEP_FIELDS)
        item.primary = primary
        for name in FOLLOWED:
            setattr(item, name, getattr(primary, name))
        item.published_at = None
        item.save()
        _step(item, acting_user, item_before, note)
    return feedback
