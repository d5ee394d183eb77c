from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from hanhdong.lib.files import FileKind


class ReportingKind(models.TextChoices):
    """What a reporting period covers (a task's own periods, as a program words them, are
    ``lib.periods.PeriodKind``)."""

    MONTH = "month", _("Monthly")
    QUARTER = "quarter", _("Quarterly")
    HALF = "half", _("6 months")
    NINE = "nine", _("9 months")
    YEAR = "year", _("Annual")
    ADHOC = "adhoc", _("Ad-hoc request")


class ReportingCalendar(models.Model):
    """How a program is reported on: which periods, and the reminder and escalation rules.

    The windows follow Nghị định 09/2019/NĐ-CP as provinces apply it (see GLOSSARY): a
    period's window runs from the 15th of the month before it to the 14th of its last month;
    reports are due ``submit_days`` working days after the cut-off.
    """

    program = models.OneToOneField(
        "programs.Program", on_delete=models.CASCADE, related_name="calendar"
    )
    monthly = models.BooleanField(_("monthly reports"), default=False)
    quarterly = models.BooleanField(_("quarterly reports"), default=True)
    half_yearly = models.BooleanField(_("6-month reports"), default=True)
    nine_months = models.BooleanField(_("9-month reports"), default=False)
    annual = models.BooleanField(_("annual reports"), default=True)
    cutoff_day = models.PositiveSmallIntegerField(_("cut-off day of the month"), default=14)
    submit_days = models.PositiveSmallIntegerField(
        _("working days after the cut-off to submit"), default=1
    )
    remind_days = models.PositiveSmallIntegerField(
        _("remind this many days before the deadline"), default=3
    )
    escalate_days = models.PositiveSmallIntegerField(
        _("escalate to the Standing Committee this many days after"), default=5
    )

    class Meta:
        verbose_name = _("reporting calendar")
        verbose_name_plural = _("reporting calendars")

    def __str__(self):
        return str(self.program)

    @property
    def kinds(self) -> list[str]:
        wanted = [
            (self.monthly, ReportingKind.MONTH),
            (self.quarterly, ReportingKind.QUARTER),
            (self.half_yearly, ReportingKind.HALF),
            (self.nine_months, ReportingKind.NINE),
            (self.annual, ReportingKind.YEAR),
        ]
        return [kind for on, kind in wanted if on]


class ReportingPeriodQuerySet(models.QuerySet):
    def open_on(self, day):
        return self.filter(starts_on__lte=day, closed=False)


class ReportingPeriod(models.Model):
    """A period agencies report on: a month, quarter, half, nine months, year, or a
    Standing Committee's ad-hoc request with its own due date."""

    program = models.ForeignKey(
        "programs.Program", on_delete=models.CASCADE, related_name="reporting_periods"
    )
    kind = models.CharField(_("kind"), max_length=8, choices=ReportingKind.choices)
    year = models.PositiveSmallIntegerField(_("year"))
    number = models.PositiveSmallIntegerField(_("number"), default=0)  # month or quarter
    title = models.CharField(_("title"), max_length=200)
    starts_on = models.DateField(_("window opens"))
    cutoff_on = models.DateField(_("figures up to"))
    due_on = models.DateField(_("due"))
    closed = models.BooleanField(_("closed"), default=False)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("what is asked"), blank=True)
    # An ad-hoc request may name the tasks it asks about; empty means every due task.
    tasks = models.ManyToManyField("programs.KeyTask", blank=True, related_name="+")

    objects = ReportingPeriodQuerySet.as_manager()

    class Meta:
        ordering = ["-due_on", "kind"]
        verbose_name = _("reporting period")
        verbose_name_plural = _("reporting periods")
        constraints = [
            # one regular period of each kind and number a year
            models.UniqueConstraint(
                fields=["program", "kind", "year", "number"],
                condition=~Q(kind=ReportingKind.ADHOC),
                name="period_unique_regular",
            ),
        ]
        indexes = [
            # the city roll-up: the same period across every commune's program
            models.Index(fields=["kind", "year", "number"], name="period_kind_idx"),
            # the worker: periods whose deadline is near or past
            models.Index(fields=["closed", "due_on"], name="period_due_idx"),
        ]

    def __str__(self):
        return self.title


class TaskStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    ON_TRACK = "on_track", _("On track")
    AT_RISK = "at_risk", _("At risk")
    BEHIND = "behind", _("Behind schedule")
    COMPLETED = "completed", _("Completed")
    COMPLETED_LATE = "completed_late", _("Completed late")
    BLOCKED = "blocked", _("Blocked")
    CANCELLED = "cancelled", _("Cancelled")


TROUBLE = {TaskStatus.AT_RISK, TaskStatus.BEHIND, TaskStatus.BLOCKED}


class ReportState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    ACCEPTED = "accepted", _("Accepted")
    RETURNED = "returned", _("Returned for changes")


HANDED_IN = (ReportState.SUBMITTED, ReportState.ACCEPTED)  # submitted, and perhaps accepted


class ProgressReportQuerySet(models.QuerySet):
    def handed_in(self):
        return self.filter(state__in=HANDED_IN)


class ProgressReport(models.Model):
    """The lead agency's report on one key task for one period. Every submission is kept
    as a ReportVersion; the row holds the latest."""

    task = models.ForeignKey("programs.KeyTask", on_delete=models.PROTECT, related_name="reports")
    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="reports")
    agency = models.ForeignKey(
        "orgs.Organization", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    state = models.CharField(
        _("state"), max_length=10, choices=ReportState.choices, default=ReportState.DRAFT
    )
    status = models.CharField(
        _("progress"), max_length=16, choices=TaskStatus.choices, default=TaskStatus.ON_TRACK
    )
    percent = models.PositiveSmallIntegerField(_("percent complete"), default=0)
    results = models.TextField(_("results"), blank=True)
    difficulties = models.TextField(_("difficulties"), blank=True)
    proposals = models.TextField(_("proposals"), blank=True)
    version = models.PositiveIntegerField(default=0)
    submitted_at = models.DateTimeField(null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    review_comment = models.TextField(_("comment"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ProgressReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("progress report")
        verbose_name_plural = _("progress reports")
        constraints = [
            # one report per task and period (its versions keep the history)
            models.UniqueConstraint(fields=["task", "period"], name="report_unique"),
        ]
        indexes = [
            # the dashboard: a period's reports by state and status
            models.Index(fields=["period", "state", "status"], name="report_period_idx"),
        ]

    def __str__(self):
        return f"{self.task} — {self.period}"

    @property
    def is_handed_in(self) -> bool:
        return self.state in HANDED_IN


class ReportVersion(models.Model):
    """A report as it was submitted, returned or accepted: nothing is overwritten."""

    report = models.ForeignKey(ProgressReport, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    state = models.CharField(max_length=10, choices=ReportState.choices)
    content = models.JSONField()
    at = models.DateTimeField(auto_now_add=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    comment = models.TextField(blank=True)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"{self.report} v{self.number}"


class Contribution(models.Model):
    """A partner agency's part in a task's report for a period."""

    task = models.ForeignKey("programs.KeyTask", on_delete=models.CASCADE, related_name="+")
    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="+")
    agency = models.ForeignKey("orgs.Organization", on_delete=models.CASCADE, related_name="+")
    text = models.TextField(_("contribution"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at"]

    def __str__(self):
        return f"{self.agency}: {self.text[:60]}"


class TargetValue(models.Model):
    """A target's value as a report states it for a period."""

    # a reported value outlives any change of the program: a target with values is
    # withdrawn, never deleted
    target = models.ForeignKey("targets.Target", on_delete=models.PROTECT, related_name="values")
    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="+")
    value = models.DecimalField(max_digits=18, decimal_places=4)
    report = models.ForeignKey(
        ProgressReport, null=True, blank=True, on_delete=models.SET_NULL, related_name="values"
    )
    # a value no report states: measured from the app's own records (an inspection
    # program's coverage) or taken in from another system's sheet; it counts as accepted
    # and says where it comes from and as of when
    source = models.CharField(_("source"), max_length=200, blank=True)
    noted_on = models.DateField(_("as of"), null=True, blank=True)

    class Meta:
        constraints = [
            # one value of a target per period
            models.UniqueConstraint(fields=["target", "period"], name="target_value_unique"),
        ]

    def __str__(self):
        return f"{self.target}: {self.value}"

    @property
    def is_measured(self) -> bool:
        """Stated by no report: measured or taken in, and counted as accepted."""
        return self.report_id is None and bool(self.source)


class Attachment(models.Model):
    """A file attached to a report: a PDF, a photo, a Word or Excel file (type sniffed)."""

    report = models.ForeignKey(ProgressReport, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="reports/%Y/%m/")
    name = models.CharField(max_length=255)
    kind = models.CharField(max_length=5, choices=FileKind.choices)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at"]

    def __str__(self):
        return self.name


class PeriodSummary(models.Model):
    """One period's figures, kept for the roll-ups: the city and the country read these
    rows, never every report (``reports/summaries.py`` keeps them true)."""

    period = models.OneToOneField(
        ReportingPeriod, primary_key=True, on_delete=models.CASCADE, related_name="summary"
    )
    commune = models.ForeignKey("orgs.Organization", on_delete=models.CASCADE, related_name="+")
    city = models.ForeignKey(
        "orgs.Organization", null=True, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=8, choices=ReportingKind.choices)
    year = models.PositiveSmallIntegerField()
    number = models.PositiveSmallIntegerField(default=0)
    current = models.BooleanField(default=True)  # of the commune's current program
    due = models.PositiveIntegerField(default=0)  # tasks that owe a report
    handed_in = models.PositiveIntegerField(default=0)
    accepted = models.PositiveIntegerField(default=0)
    # handed-in reports by progress status, one column a status (TaskStatus.values)
    not_started = models.PositiveIntegerField(default=0)
    on_track = models.PositiveIntegerField(default=0)
    at_risk = models.PositiveIntegerField(default=0)
    behind = models.PositiveIntegerField(default=0)
    completed = models.PositiveIntegerField(default=0)
    completed_late = models.PositiveIntegerField(default=0)
    blocked = models.PositiveIntegerField(default=0)
    cancelled = models.PositiveIntegerField(default=0)
    computed_at = models.DateTimeField()

    class Meta:
        indexes = [
            # the roll-ups: one period across a city's communes, or the country's by city
            models.Index(fields=["kind", "year", "number", "city"], name="summary_rollup_idx"),
        ]

    def __str__(self):
        return f"{self.period_id}: {self.handed_in}/{self.due}"


class SummaryWatermark(models.Model):
    """The last audit entry the worker has looked at for changes that alter what is due
    (tasks, programs, periods). One row."""

    last_audit_id = models.BigIntegerField(default=0)

    def __str__(self):
        return str(self.last_audit_id)


class IndicatorSheet(models.Model):
    """How the Party Office reads another system's Excel sheet of figures into the
    program's targets, mapped once and used again each month (``reports/indicators.py``)."""

    program = models.ForeignKey(
        "programs.Program", on_delete=models.CASCADE, related_name="indicator_sheets"
    )
    name = models.CharField(_("name"), max_length=200)
    source = models.CharField(
        _("source"),
        max_length=200,
        help_text=_("What each value says it comes from, e.g. the province's one-stop system."),
    )
    sheet_name = models.CharField(
        _("sheet"), max_length=100, blank=True, help_text=_("Empty: the first sheet.")
    )
    header_row = models.PositiveSmallIntegerField(_("header row"), default=1)
    period_column = models.CharField(
        _("column giving the period"),
        max_length=100,
        blank=True,
        help_text=_("Its heading or letter; the cells name the period, e.g. “Tháng 10/2026”."),
    )
    period = models.ForeignKey(
        ReportingPeriod,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("or a fixed period"),
    )
    date_column = models.CharField(
        _("column giving the date of the figures"),
        max_length=100,
        blank=True,
        help_text=_("Empty: the period's cut-off day."),
    )
    # [{"column": heading or letter, "target": target id}, …]
    columns = models.JSONField(default=list)
    last_imported_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("indicator sheet")
        verbose_name_plural = _("indicator sheets")

    def __str__(self):
        return self.name
