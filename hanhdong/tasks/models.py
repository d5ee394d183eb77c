"""Assigned tasks (nhiệm vụ được giao) and the documents they come from.

A ``Directive`` is any document that gives tasks: the conclusions of a meeting of the
Standing Committee, a higher body's thông báo kết luận, chỉ thị or kế hoạch, the commune's
own plans, and the plans by which its agencies carry the program down. Each
``AssignedTask`` has its "5 rõ" — who (the lead agency), what, when, the responsibility and
the product — before it is issued; its status is worked out from its deadline, the day and
when it was done (``status``), as every Vietnamese tracking system counts them.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from hanhdong.lib.files import FileKind
from hanhdong.lib.text import clip


class Origin(models.TextChoices):
    MEETING = "meeting", _("Conclusions of a meeting")
    HIGHER = "higher", _("A higher body's document")
    COMMUNE = "commune", _("The commune's own document")
    PLAN = "plan", _("An agency's implementing plan")
    # an inspection's or a supervision's conclusion: its recommendations are tasks
    INSPECTION = "inspect", _("Conclusions of an inspection")
    SUPERVISION = "supervis", _("Recommendations of a supervision")


class DocKind(models.TextChoices):
    CONCLUSION = "TB", _("Notice of conclusions (thông báo kết luận)")
    DIRECTIVE = "CT", _("Directive (chỉ thị)")
    PLAN = "KH", _("Plan (kế hoạch)")
    PROGRAM = "CTr", _("Program (chương trình)")
    RESOLUTION = "NQ", _("Resolution (nghị quyết)")
    LETTER = "CV", _("Letter (công văn)")
    OTHER = "other", _("Other document")


class Directive(models.Model):
    """A document that gives tasks. Its tasks are drafts until it is issued (for a higher
    body's document: until the Party Office has confirmed the tasks it read from it)."""

    commune = models.ForeignKey("orgs.Organization", on_delete=models.CASCADE, related_name="+")
    origin = models.CharField(_("where it comes from"), max_length=8, choices=Origin.choices)
    kind = models.CharField(_("kind"), max_length=6, choices=DocKind.choices)
    number = models.CharField(_("number"), max_length=40, blank=True, help_text="30-TB/TU")
    issued_on = models.DateField(_("issued on"), null=True, blank=True)
    issuer_name = models.CharField(_("issued by"), max_length=200, blank=True)
    # the agency whose plan it is (or the commune's body that issued it)
    owner = models.ForeignKey(
        "orgs.Organization",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("agency"),
    )
    title = models.TextField(_("title"))
    first_year = models.PositiveSmallIntegerField(_("from the year"), null=True, blank=True)
    last_year = models.PositiveSmallIntegerField(_("to the year"), null=True, blank=True)
    is_issued = models.BooleanField(_("issued"), default=False)
    # the tasks read from an imported document, waiting for the clerk to confirm each
    # (``intake.Candidate`` as dictionaries); emptied once confirmed
    pending = models.JSONField(default=list, blank=True, editable=False)
    source_name = models.CharField(max_length=255, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-issued_on", "-created_at"]
        verbose_name = _("directive document")
        verbose_name_plural = _("directive documents")
        indexes = [
            # the commune's documents by where they come from (the plans page)
            models.Index(fields=["commune", "origin"], name="directive_commune_origin_idx"),
        ]

    def __str__(self):
        return f"{self.number} — {clip(self.title, 80)}" if self.number else self.title[:80]

    @property
    def years_label(self) -> str:
        if self.first_year and self.last_year and self.first_year != self.last_year:
            return f"{self.first_year} - {self.last_year}"
        return str(self.first_year or self.last_year or "")


class TaskState(models.TextChoices):
    """What was done to a task (stored); its status is worked out from it."""

    DRAFT = "draft", _("Draft, not issued")
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    PAUSED = "paused", _("Paused")
    CANCELLED = "cancelled", _("Cancelled")
    DONE = "done", _("Done, awaiting confirmation")
    CONFIRMED = "confirmed", _("Done, confirmed")


class Status(models.TextChoices):
    """A task's status as the tracking systems count it: the four of Quy chế 08-QC/TW and
    the Government Office's system, plus not started, paused, cancelled (and a draft)."""

    DRAFT = "draft", _("Draft")
    NOT_STARTED = "not_started", _("Not started")
    ON_TIME = "on_time", _("In progress, on time")
    OVERDUE = "overdue", _("In progress, overdue")
    DONE_ON_TIME = "done_on_time", _("Completed on time")
    DONE_LATE = "done_late", _("Completed after the deadline")
    PAUSED = "paused", _("Paused")
    CANCELLED = "cancelled", _("Cancelled")


OPEN = (TaskState.NOT_STARTED, TaskState.IN_PROGRESS)
FINISHED = (TaskState.DONE, TaskState.CONFIRMED)


def status_of(state: str, due_on: dt.date | None, done_on: dt.date | None, today) -> str:
    """The status of a task in ``state``, due ``due_on`` (None: recurring or ongoing), done
    on ``done_on``, seen on ``today``."""
    if state in (TaskState.DRAFT, TaskState.PAUSED, TaskState.CANCELLED):
        return {
            TaskState.DRAFT: Status.DRAFT,
            TaskState.PAUSED: Status.PAUSED,
            TaskState.CANCELLED: Status.CANCELLED,
        }[state]
    if state in FINISHED:
        late = due_on is not None and done_on is not None and done_on > due_on
        return Status.DONE_LATE if late else Status.DONE_ON_TIME
    if due_on is not None and today > due_on:
        return Status.OVERDUE
    return Status.NOT_STARTED if state == TaskState.NOT_STARTED else Status.ON_TIME


def status_filter(status: str, today: dt.date) -> Q:
    """The tasks of ``status`` on ``today``, as a query (the same rule as ``status_of``)."""
    past = Q(due_on__isnull=False, due_on__lt=today)
    late = Q(due_on__isnull=False, done_on__gt=models.F("due_on"))
    return {
        Status.DRAFT: Q(state=TaskState.DRAFT),
        Status.PAUSED: Q(state=TaskState.PAUSED),
        Status.CANCELLED: Q(state=TaskState.CANCELLED),
        Status.DONE_LATE: Q(state__in=FINISHED) & late,
        Status.DONE_ON_TIME: Q(state__in=FINISHED) & ~late,
        Status.OVERDUE: Q(state__in=OPEN) & past,
        Status.NOT_STARTED: Q(state=TaskState.NOT_STARTED) & ~past,
        Status.ON_TIME: Q(state=TaskState.IN_PROGRESS) & ~past,
    }[status]


class AssignedTaskQuerySet(models.QuerySet):
    def issued(self):
        return self.exclude(state=TaskState.DRAFT)

    def with_status(self, status: str, today: dt.date):
        return self.filter(status_filter(status, today))

    def for_agency(self, agency_ids):
        return self.filter(Q(lead__in=agency_ids) | Q(partners__in=agency_ids)).distinct()


class AssignedTask(models.Model):
    """A task given by a directive: the "5 rõ" (who, what, when, responsibility, product),
    the program item or key task it serves, its progress and its product once done."""

    commune = models.ForeignKey("orgs.Organization", on_delete=models.CASCADE, related_name="+")
    directive = models.ForeignKey(
        Directive, on_delete=models.CASCADE, related_name="tasks", verbose_name=_("from")
    )
    position = models.PositiveIntegerField(default=0)
    title = models.TextField(_("task"))
    lead = models.ForeignKey(
        "orgs.Organization",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assigned_tasks",
        verbose_name=_("lead agency"),
    )
    lead_text = models.CharField(_("lead agency (as written)"), max_length=255, blank=True)
    partners = models.ManyToManyField(
        "orgs.Organization", blank=True, related_name="+", verbose_name=_("partner agencies")
    )
    partners_text = models.TextField(_("partner agencies (as written)"), blank=True)
    responsible = models.CharField(_("responsible leader"), max_length=200, blank=True)
    due_text = models.CharField(_("deadline (as written)"), max_length=200, blank=True)
    due_on = models.DateField(_("deadline"), null=True, blank=True)
    product = models.CharField(_("expected product"), max_length=300, blank=True)
    key_task = models.ForeignKey(
        "programs.KeyTask",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_tasks",
        verbose_name=_("key task served"),
    )
    # what of the commune's program it carries out: section paths ("II.1.1") or items
    # ("II.1.1:2", the second item of II.1.1) — paths stay the same across revisions
    serves = models.JSONField(_("program items served"), default=list, blank=True)
    state = models.CharField(
        _("state"), max_length=12, choices=TaskState.choices, default=TaskState.DRAFT
    )
    percent = models.PositiveSmallIntegerField(_("percent complete"), default=0)
    issued_on = models.DateField(_("issued on"), null=True, blank=True)
    done_on = models.DateField(_("completed on"), null=True, blank=True)
    result = models.TextField(_("product delivered"), blank=True)
    result_link = models.URLField(_("link to the product"), max_length=500, blank=True)
    result_file = models.FileField(upload_to="tasks/%Y/%m/", blank=True)
    result_file_name = models.CharField(max_length=255, blank=True)
    result_file_kind = models.CharField(max_length=5, choices=FileKind.choices, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # the deadline the Standing Committee was told of: nothing more is sent until it moves
    escalated_for = models.DateField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AssignedTaskQuerySet.as_manager()

    class Meta:
        ordering = ["directive_id", "position", "pk"]
        verbose_name = _("assigned task")
        verbose_name_plural = _("assigned tasks")
        indexes = [
            # the worker: open tasks whose deadline is near or past
            models.Index(fields=["state", "due_on"], name="task_state_due_idx"),
            # the commune's list and the ranking, by lead agency
            models.Index(fields=["commune", "lead"], name="task_commune_lead_idx"),
        ]

    def __str__(self):
        return clip(self.title, 100)

    def status(self, today: dt.date) -> str:
        return status_of(self.state, self.due_on, self.done_on, today)

    def missing(self) -> list[str]:
        """Which of the "5 rõ" the task still lacks (an empty list: it may be issued)."""
        lacks = []
        if self.lead_id is None:
            lacks.append(str(_("the lead agency")))
        if not self.title.strip():
            lacks.append(str(_("the task")))
        if not self.due_text.strip():
            lacks.append(str(_("the deadline")))
        if not self.responsible.strip():
            lacks.append(str(_("the responsible leader")))
        if not self.product.strip():
            lacks.append(str(_("the expected product")))
        return lacks

    @property
    def has_product(self) -> bool:
        return bool(self.result.strip() or self.result_link or self.result_file)


class UpdateKind(models.TextChoices):
    ISSUED = "issued", _("Task issued")
    PROGRESS = "progress", _("Progress")
    DONE = "done", _("Completed, with its product")
    CONFIRMED = "confirmed", _("Completion confirmed")
    RETURNED = "returned", _("Completion not confirmed")
    PAUSED = "paused", _("Paused")
    RESUMED = "resumed", _("Resumed")
    CANCELLED = "cancelled", _("Cancelled")
    CHANGED = "changed", _("Changed")


class TaskUpdate(models.Model):
    """A step in a task's life, as its page tells it: progress reported, the product handed
    in, the issuer's confirmation."""

    task = models.ForeignKey(AssignedTask, on_delete=models.CASCADE, related_name="updates")
    kind = models.CharField(max_length=10, choices=UpdateKind.choices)
    percent = models.PositiveSmallIntegerField(null=True, blank=True)
    text = models.TextField(blank=True)
    at = models.DateTimeField(auto_now_add=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.task_id} {self.kind}"


class TaskSettings(models.Model):
    """How a commune chases its assigned tasks, and whether its ranking is public."""

    commune = models.OneToOneField(
        "orgs.Organization", on_delete=models.CASCADE, related_name="task_settings"
    )
    remind_days = models.PositiveSmallIntegerField(
        _("remind this many days before the deadline"), default=3
    )
    escalate_days = models.PositiveSmallIntegerField(
        _("escalate to the Standing Committee this many days after"), default=5
    )
    public_ranking = models.BooleanField(_("publish the agencies' ranking"), default=False)

    class Meta:
        verbose_name = _("task settings")
        verbose_name_plural = _("task settings")

    def __str__(self):
        return str(self.commune)


class CityLink(models.Model):
    """What of the city's program a place of the commune's program carries out.

    The commune's place is a section path ("II.1.1") or an item ("II.1.1:2"), and so are
    the city's places it names: paths stay the same across revisions of either program, as
    for ``AssignedTask.serves``. The city's program is the current program whose owner
    (``Program.commune``) is the commune's city.
    """

    commune = models.ForeignKey("orgs.Organization", on_delete=models.CASCADE, related_name="+")
    place = models.CharField(_("place in the commune's program"), max_length=130)
    serves = models.JSONField(_("items of the city's program carried out"), default=list)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["commune_id", "place"]
        verbose_name = _("link to the city's program")
        verbose_name_plural = _("links to the city's program")
        constraints = [
            # a place of the commune's program has one list of what it carries out
            models.UniqueConstraint(fields=["commune", "place"], name="citylink_unique_place"),
        ]

    def __str__(self):
        return f"{self.place} → {', '.join(self.serves)}"
