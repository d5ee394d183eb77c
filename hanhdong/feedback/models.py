from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hanhdong.lib.files import FileKind


class Kind(models.TextChoices):
    REPORT = "phan_anh", _("Report (phản ánh)")
    PROPOSAL = "kien_nghi", _("Proposal (kiến nghị)")
    COMPLAINT = "khieu_nai", _("Complaint (khiếu nại)")
    DENUNCIATION = "to_cao", _("Denunciation (tố cáo)")
    COMMENT = "gop_y", _("Comment on the program (góp ý)")


class Topic(models.TextChoices):
    """Everyday topics a citizen picks from; the program area is found from the text."""

    ROADS = "giao_thong", _("Roads, lighting and traffic")
    ENVIRONMENT = "moi_truong", _("Environment, waste and water")
    LAND = "dat_dai", _("Land and building")
    ORDER = "an_ninh", _("Security and public order")
    HEALTH_SCHOOLS = "y_te_giao_duc", _("Health and schools")
    WELFARE = "an_sinh", _("Welfare and social support")
    ECONOMY = "kinh_te", _("Farming, business and markets")
    CULTURE = "van_hoa", _("Culture, sport and tourism")
    PROCEDURES = "thu_tuc", _("Administrative procedures")
    OFFICIALS = "can_bo", _("Officials and Party members")
    OTHER = "khac", _("Other")


class Channel(models.TextChoices):
    WEB = "web", _("Website")
    HOTLINE = "hotline", _("Hotline")
    EMAIL = "email", _("Email")
    LETTER = "letter", _("Letter")
    IN_PERSON = "in_person", _("In person")
    OPEN311 = "open311", _("Open311 application")


class State(models.TextChoices):
    RECEIVED = "received", _("Received")
    ACCEPTED = "accepted", _("Accepted for handling")
    REJECTED = "rejected", _("Not accepted")
    ASSIGNED = "assigned", _("Assigned")
    IN_PROGRESS = "in_progress", _("Being handled")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")


OPEN_STATES = {State.RECEIVED, State.ACCEPTED, State.ASSIGNED, State.IN_PROGRESS}


class FeedbackSettings(models.Model):
    """A commune's rules for citizens' submissions: handling deadlines by kind (days)."""

    commune = models.OneToOneField(
        "orgs.Organization", on_delete=models.CASCADE, related_name="feedback_settings"
    )
    days_report = models.PositiveSmallIntegerField(_("days to answer a report"), default=15)
    days_proposal = models.PositiveSmallIntegerField(_("days to answer a proposal"), default=15)
    days_complaint = models.PositiveSmallIntegerField(_("days for a complaint"), default=30)
    days_denunciation = models.PositiveSmallIntegerField(_("days for a denunciation"), default=30)
    days_comment = models.PositiveSmallIntegerField(_("days to answer a comment"), default=30)
    remind_days = models.PositiveSmallIntegerField(
        _("remind the agency this many days before the deadline"), default=3
    )
    escalate_days = models.PositiveSmallIntegerField(
        _("tell the Standing Committee this many days after the deadline"), default=5
    )
    open311_key_required = models.BooleanField(_("Open311 needs an API key"), default=True)

    def __str__(self):
        return str(self.commune)

    def days_for(self, kind: str) -> int:
        return {
            Kind.REPORT: self.days_report,
            Kind.PROPOSAL: self.days_proposal,
            Kind.COMPLAINT: self.days_complaint,
            Kind.DENUNCIATION: self.days_denunciation,
            Kind.COMMENT: self.days_comment,
        }[kind]


PUBLISHABLE = {State.ANSWERED, State.CLOSED, State.REJECTED}


class FeedbackQuerySet(models.QuerySet):
    def public(self):
        """What anyone may read: the items the Party Office published (answered, or not
        accepted with the reason made public); never a denunciation, never a submission joined to
        another (its primary stands for it)."""
        return self.filter(published_at__isnull=False, primary__isnull=True).exclude(
            kind=Kind.DENUNCIATION
        )

    def still_open(self):
        return self.filter(state__in=OPEN_STATES)

    def tally(self) -> dict:
        """How many there are, and how many are still being handled."""
        return self.aggregate(
            total=models.Count("id"),
            open=models.Count("id", filter=models.Q(state__in=OPEN_STATES)),
        )


class Feedback(models.Model):
    """A citizen's submission and its handling. Name, phone and email are personal data:
    never shown on a public page, and for a denunciation only to its handler and the
    Standing Committee."""

    # looked up by feedback_state_idx, which begins with it
    commune = models.ForeignKey(
        "orgs.Organization", on_delete=models.CASCADE, related_name="feedback", db_index=False
    )
    # the citizen's secret: whoever has it follows, rates and disputes the item (unique:
    # Meta.constraints)
    code = models.CharField(_("tracking code"), max_length=12)
    # what public pages and Open311 call the item; it lets no one act on it (unique)
    public_id = models.CharField(_("public reference"), max_length=12)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    topic = models.CharField(_("topic"), max_length=80, blank=True, choices=Topic.choices)
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("content"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    channel = models.CharField(
        _("channel"), max_length=10, choices=Channel.choices, default=Channel.WEB
    )
    state = models.CharField(
        _("state"), max_length=12, choices=State.choices, default=State.RECEIVED
    )
    name = models.CharField(_("name"), max_length=120, blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("email"), blank=True)
    consent = models.BooleanField(_("consent to process the contact details"), default=False)
    hide_identity = models.BooleanField(_("hide my identity from the public"), default=True)
    agency = models.ForeignKey(
        "orgs.Organization",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_feedback",
        verbose_name=_("handling agency"),
        db_index=False,  # Meta.indexes: only the rows that have one
    )
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    answer = models.TextField(_("answer"), blank=True)
    internal_note = models.TextField(_("internal note"), blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    # the part-II area as the program numbers it ("II.4"): a path, not a link to the
    # section, because a program revision builds its sections anew
    area_path = models.CharField(_("program area"), max_length=40, blank=True)
    key_task = models.ForeignKey(
        "programs.KeyTask",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="feedback",
        verbose_name=_("key task"),
        db_index=False,  # Meta.indexes: only the rows that have one
    )
    rating = models.PositiveSmallIntegerField(_("satisfaction"), null=True, blank=True)
    rating_comment = models.TextField(_("comment on the answer"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # the clerks have been told of it: the worker does that, so a submission costs the
    # citizen one short transaction (see feedback/schedule.py)
    notified = models.BooleanField(default=False)
    received_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,  # Meta.indexes: only the rows that have one
    )
    # when the Party Office published it (masked) on the public list and Open311
    published_at = models.DateTimeField(null=True, blank=True)
    # the deadline the Standing Committee was told had passed: the worker stops looking at
    # the item until the deadline moves (see feedback/schedule.py)
    escalated_for = models.DateField(null=True, blank=True, editable=False)
    # the same matter sent by someone else earlier: this one is handled there and follows its
    # steps — one answer serves all their senders, each keeping their own code and rating
    primary = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="joined",
        verbose_name=_("joined to"),
        db_index=False,  # Meta.indexes: only the rows that have one
    )

    objects = FeedbackQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("citizen's submission")
        verbose_name_plural = _("citizens' submissions")
        constraints = [
            # as constraints, not unique fields: no second index for LIKE, which nothing asks
            models.UniqueConstraint(fields=["code"], name="feedback_code_key"),
            models.UniqueConstraint(fields=["public_id"], name="feedback_public_id_key"),
        ]
        indexes = [
            # the staff list and statistics: a commune's items by state
            models.Index(fields=["commune", "state", "-created_at"], name="feedback_state_idx"),
            # the links most submissions do not have, indexed where they are set: a new
            # submission writes none of these (a look-up by value reads them as before)
            *(
                models.Index(
                    fields=[link],
                    condition=models.Q(**{f"{link}__isnull": False}),
                    name=f"feedback_{link}_idx",
                )
                for link in ("agency", "key_task", "received_by", "primary")
            ),
            # the worker's look-up of submissions the clerks have not been told of
            models.Index(
                fields=["id"], condition=models.Q(notified=False), name="feedback_unnotified_idx"
            ),
            # the worker: items being handled whose deadline comes near
            models.Index(
                fields=["deadline"],
                condition=models.Q(state__in=[State.ASSIGNED, State.IN_PROGRESS]),
                name="feedback_handling_idx",
            ),
        ]

    def __str__(self):
        return f"{self.code} {self.title}"

    @property
    def is_denunciation(self) -> bool:
        return self.kind == Kind.DENUNCIATION

    def history(self, public_only: bool = False, steps: bool = True) -> list["FeedbackEvent"]:
        """The steps of the handling, the receipt first. The receipt is the row itself (who
        took it down: ``received_by``, or the citizen; when: ``created_at``), so a public
        submission writes one row, not two. ``steps=False``: the caller knows there are no
        steps yet (nothing is read)."""
        receipt = FeedbackEvent(
            feedback=self, at=self.created_at, actor_id=self.received_by_id, state=State.RECEIVED
        )
        if not steps:
            return [receipt]
        steps = self.events.select_related("actor")
        return [receipt, *(steps.filter(public=True) if public_only else steps)]

    @property
    def is_overdue(self) -> bool:
        """Still open after its deadline."""
        return (
            self.state in OPEN_STATES
            and self.deadline is not None
            and self.deadline < timezone.localdate()
        )


class FeedbackEvent(models.Model):
    """A step of the handling: who did what, when, and what the citizen may read of it."""

    feedback = models.ForeignKey(Feedback, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(auto_now_add=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    state = models.CharField(max_length=12, choices=State.choices)
    note = models.TextField(blank=True)
    public = models.BooleanField(default=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self):
        return f"{self.feedback.code} {self.state}"


class FeedbackLook(models.Model):
    """Every time a member of staff opens a submission or one of its files: who, when,
    and whether it showed who sent it. Those who may know the sender read this log."""

    feedback = models.ForeignKey(Feedback, on_delete=models.CASCADE, related_name="looks")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    at = models.DateTimeField(auto_now_add=True)
    identity = models.BooleanField(default=True)  # the sender's details or files were shown

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"{self.user} {self.feedback.public_id}"


class Open311Key(models.Model):
    """A key the Party Office gives an Open311 application; only its hash is stored."""

    commune = models.ForeignKey(
        "orgs.Organization", on_delete=models.CASCADE, related_name="open311_keys"
    )
    name = models.CharField(max_length=100)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.name} ({self.commune})"


class SubmissionCount(models.Model):
    """Public submissions per address and hour, for the rate limit every server process
    shares; the address is kept only as a salted hash."""

    address_hash = models.CharField(max_length=64)
    hour = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            # one counter per address and hour
            models.UniqueConstraint(fields=["address_hash", "hour"], name="submission_count"),
        ]

    def __str__(self):
        return f"{self.hour} {self.count}"


class FeedbackAttachment(models.Model):
    """A photo or document sent with a submission. Its type is read from its content; a
    photo is stored re-encoded, without the camera's metadata (place, device, owner). It
    may show people or papers, so it is treated as personal data: staff only, and for a
    denunciation only those who may know the author."""

    feedback = models.ForeignKey(Feedback, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="feedback/%Y/%m/")
    name = models.CharField(max_length=255)
    kind = models.CharField(max_length=5, choices=FileKind.choices)
    size = models.PositiveIntegerField()
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return self.name
