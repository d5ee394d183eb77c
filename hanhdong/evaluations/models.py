"""The yearly evaluations the Party-building board runs: criteria sets kept as data and
versioned (a round keeps the version it used), the yearly round with each collective's and
individual's scores — computed from the year's results, self-assessed, proposed by the
board, decided by the Standing Committee — and the commune's own yearly self-scoring on the
criteria the city issues ("xã, phường hạnh phúc"), with its register of self-managed models.
"""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

POINTS = {"max_digits": 6, "decimal_places": 2}


class SetKind(models.TextChoices):
    COLLECTIVE = "collective", _("Collectives (agencies, party organisations)")
    INDIVIDUAL = "individual", _("Individuals (heads)")
    COMMUNE = "commune", _("The commune's own criteria")


class Group(models.TextChoices):
    GENERAL = "general", _("General criteria")
    RESULTS = "results", _("Results of tasks")
    BONUS = "bonus", _("Bonus points")
    DEDUCTION = "deduction", _("Deductions")
    INDICATOR = "indicator", _("Indicator")


class Source(models.TextChoices):
    """Where a criterion's points come from: entered by the assessor, or computed from the
    year's data of the rated agency (of the commune, for the commune's own criteria)."""

    MANUAL = "manual", _("Entered by the assessor")
    TASKS_ON_TIME = "tasks", _("Assigned tasks done on time")
    TARGETS = "targets", _("Targets reached or on track")
    REPORTS_ON_TIME = "reports", _("Progress reports handed in on time")
    FEEDBACK_ON_TIME = "fb_time", _("Citizens' submissions answered on time")
    SATISFACTION = "fb_rating", _("Citizens' average satisfaction")
    RECOMMENDATIONS = "recommend", _("Inspection and supervision recommendations closed")
    SELF_MANAGED = "models", _("Self-managed models maintained")


class Band(models.TextChoices):
    EXCELLENT = "excellent", _("Excellently completed tasks")
    GOOD = "good", _("Well completed tasks")
    DONE = "done", _("Completed tasks")
    NOT_DONE = "not_done", _("Did not complete tasks")


BAND_ORDER = [Band.EXCELLENT, Band.GOOD, Band.DONE, Band.NOT_DONE]


class CriteriaSet(models.Model):
    """One version of a set of criteria and its rules (points, bands, quota). A version a
    round or a commune's scoring used is frozen: a change makes the next version."""

    commune = models.ForeignKey("orgs.Organization", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("applies to"), max_length=10, choices=SetKind.choices)
    code = models.SlugField(_("code"), max_length=40, help_text="qd366-tap-the")
    name = models.CharField(_("name"), max_length=300)
    basis = models.CharField(
        _("issued under"), max_length=300, blank=True, help_text="Quy định 366-QĐ/TW"
    )
    version = models.PositiveIntegerField(_("version"), default=1)
    is_current = models.BooleanField(_("current version"), default=True)
    is_retired = models.BooleanField(_("retired"), default=False)
    from_year = models.PositiveSmallIntegerField(_("applies from the year"), null=True, blank=True)
    total_points = models.DecimalField(_("total points"), default=Decimal(100), **POINTS)
    general_points = models.DecimalField(
        _("general criteria points"), default=Decimal(30), **POINTS
    )
    results_points = models.DecimalField(_("results points"), default=Decimal(70), **POINTS)
    excellent_from = models.DecimalField(_("excellent from"), default=Decimal(90), **POINTS)
    good_from = models.DecimalField(_("good from"), default=Decimal(70), **POINTS)
    done_from = models.DecimalField(_("completed from"), default=Decimal(50), **POINTS)
    quota_percent = models.DecimalField(
        # xgettext:no-python-format — a percent sign, not a placeholder
        _("excellent at most (% of those rated good or better)"),
        default=Decimal(20),
        **POINTS,
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["kind", "code", "-version"]
        verbose_name = _("criteria set")
        verbose_name_plural = _("criteria sets")
        constraints = [
            # a set's versions are numbered once each
            models.UniqueConstraint(
                fields=["commune", "code", "version"], name="criteriaset_unique_version"
            ),
            # one current version per set: what a new round takes
            models.UniqueConstraint(
                fields=["commune", "code"],
                condition=models.Q(is_current=True),
                name="criteriaset_one_current",
            ),
        ]

    def __str__(self):
        return f"{self.name} (v{self.version})"

    def band_of(self, total) -> str:
        if total is None:
            return ""
        if total >= self.excellent_from:
            return Band.EXCELLENT
        if total >= self.good_from:
            return Band.GOOD
        if total >= self.done_from:
            return Band.DONE
        return Band.NOT_DONE


class Criterion(models.Model):
    criteria_set = models.ForeignKey(CriteriaSet, on_delete=models.CASCADE, related_name="criteria")
    position = models.PositiveIntegerField(default=0)
    group = models.CharField(_("group"), max_length=10, choices=Group.choices)
    text = models.TextField(_("criterion"))
    points = models.DecimalField(_("points (at most)"), **POINTS)
    source = models.CharField(
        _("points come from"), max_length=10, choices=Source.choices, default=Source.MANUAL
    )
    goal = models.DecimalField(
        _("goal (count)"),
        null=True,
        blank=True,
        help_text=_("For a count: full points when reached (e.g. 5 models)."),
        **POINTS,
    )
    evidence_hint = models.CharField(_("evidence asked"), max_length=300, blank=True)
    is_retired = models.BooleanField(_("retired"), default=False)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")

    def __str__(self):
        return self.text[:80]


class RoundState(models.TextChoices):
    OPEN = "open", _("Self-assessment under way")
    PROPOSED = "proposed", _("Proposed to the Standing Committee")
    DECIDED = "decided", _("Decided by the Standing Committee")


class Round(models.Model):
    """A year's evaluation of the commune's collectives and individuals."""

    commune = models.ForeignKey("orgs.Organization", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField(_("year"))
    collective_set = models.ForeignKey(
        CriteriaSet,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("criteria for collectives"),
    )
    individual_set = models.ForeignKey(
        CriteriaSet,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("criteria for individuals"),
    )
    self_due_on = models.DateField(_("self-assessment due"))
    state = models.CharField(
        _("state"), max_length=10, choices=RoundState.choices, default=RoundState.OPEN
    )
    proposal_note = models.TextField(_("the board's proposal"), blank=True)
    proposed_on = models.DateField(_("proposed on"), null=True, blank=True)
    decision_note = models.TextField(_("the Committee's decision"), blank=True)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-year"]
        verbose_name = _("evaluation round")
        verbose_name_plural = _("evaluation rounds")
        constraints = [
            # one round per commune and year
            models.UniqueConstraint(fields=["commune", "year"], name="round_unique_year"),
        ]

    def __str__(self):
        return f"Đánh giá, xếp loại năm {self.year}"


class SubjectKind(models.TextChoices):
    COLLECTIVE = "collective", _("Collective")
    INDIVIDUAL = "individual", _("Individual")


class RatingState(models.TextChoices):
    AWAITING = "awaiting", _("Awaiting self-assessment")
    SELF_DONE = "self", _("Self-assessed")
    PROPOSED = "proposed", _("Proposed by the board")
    DECIDED = "decided", _("Decided")


class Rating(models.Model):
    """One collective or individual rated in a round, with its totals at each step."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="ratings")
    kind = models.CharField(_("kind"), max_length=10, choices=SubjectKind.choices)
    organization = models.ForeignKey(
        "orgs.Organization", on_delete=models.PROTECT, related_name="+", verbose_name=_("unit")
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("person"),
    )
    name = models.CharField(_("name"), max_length=300)
    title = models.CharField(_("position"), max_length=200, blank=True)
    state = models.CharField(
        _("state"), max_length=10, choices=RatingState.choices, default=RatingState.AWAITING
    )
    self_total = models.DecimalField(_("self-assessed total"), null=True, blank=True, **POINTS)
    self_band = models.CharField(_("self-assessed band"), max_length=10, blank=True)
    self_comment = models.TextField(_("self-assessment"), blank=True)
    proposed_total = models.DecimalField(_("proposed total"), null=True, blank=True, **POINTS)
    proposed_band = models.CharField(_("proposed band"), max_length=10, blank=True)
    board_comment = models.TextField(_("the board's remarks"), blank=True)
    decided_band = models.CharField(_("decided band"), max_length=10, blank=True)

    class Meta:
        ordering = ["kind", "organization__position", "name"]
        verbose_name = _("rating")
        verbose_name_plural = _("ratings")
        constraints = [
            # a unit is rated once as a collective per round
            models.UniqueConstraint(
                fields=["round", "organization"],
                condition=models.Q(kind="collective"),
                name="rating_one_collective",
            ),
            # a person is rated once per round
            models.UniqueConstraint(
                fields=["round", "person"],
                condition=models.Q(kind="individual"),
                name="rating_one_individual",
            ),
        ]

    def __str__(self):
        return self.name

    @staticmethod
    def _label(band: str) -> str:
        return str(Band(band).label) if band in Band.values else ""

    @property
    def self_band_label(self) -> str:
        return self._label(self.self_band)

    @property
    def proposed_band_label(self) -> str:
        return self._label(self.proposed_band)

    @property
    def decided_band_label(self) -> str:
        return self._label(self.decided_band)

    @property
    def criteria_set(self) -> CriteriaSet:
        if self.kind == SubjectKind.INDIVIDUAL and self.round.individual_set_id:
            return self.round.individual_set
        return self.round.collective_set


class Score(models.Model):
    """A criterion's points for one rating: computed from the data (when it can be), the
    self-assessment and the board's proposal, each override of the computed figure with its
    reason."""

    rating = models.ForeignKey(Rating, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.PROTECT, related_name="+")
    computed = models.DecimalField(null=True, blank=True, **POINTS)
    self_points = models.DecimalField(null=True, blank=True, **POINTS)
    self_reason = models.CharField(max_length=500, blank=True)
    board_points = models.DecimalField(null=True, blank=True, **POINTS)
    board_reason = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["criterion__position", "criterion_id"]
        constraints = [
            # a criterion is scored once per rating
            models.UniqueConstraint(fields=["rating", "criterion"], name="score_unique"),
        ]

    def __str__(self):
        return f"{self.rating} — {self.criterion}"


class AssessmentState(models.TextChoices):
    DRAFT = "draft", _("Being scored by the commune")
    SUBMITTED = "submitted", _("Sent to the city for verification")
    VERIFIED = "verified", _("Verified by the city")
    RETURNED = "returned", _("Returned by the city")


class CommuneAssessment(models.Model):
    """The commune's own yearly scoring on a set the city issues, verified by the city."""

    commune = models.ForeignKey("orgs.Organization", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField(_("year"))
    criteria_set = models.ForeignKey(
        CriteriaSet, on_delete=models.PROTECT, related_name="+", verbose_name=_("criteria")
    )
    state = models.CharField(
        _("state"), max_length=10, choices=AssessmentState.choices, default=AssessmentState.DRAFT
    )
    total = models.DecimalField(_("total"), null=True, blank=True, **POINTS)
    city_note = models.TextField(_("the city's remarks"), blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    verified_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-year"]
        verbose_name = _("commune's self-assessment")
        verbose_name_plural = _("commune's self-assessments")
        constraints = [
            # a set is scored once a year by a commune
            models.UniqueConstraint(
                fields=["commune", "year", "criteria_set"], name="assessment_unique_year"
            ),
        ]

    def __str__(self):
        return f"{self.criteria_set.name} — {self.year}"


class IndicatorScore(models.Model):
    assessment = models.ForeignKey(
        CommuneAssessment, on_delete=models.CASCADE, related_name="scores"
    )
    criterion = models.ForeignKey(Criterion, on_delete=models.PROTECT, related_name="+")
    computed = models.DecimalField(null=True, blank=True, **POINTS)
    points = models.DecimalField(null=True, blank=True, **POINTS)
    evidence = models.TextField(blank=True)

    class Meta:
        ordering = ["criterion__position", "criterion_id"]
        constraints = [
            # a criterion is scored once per assessment
            models.UniqueConstraint(fields=["assessment", "criterion"], name="indicator_unique"),
        ]

    def __str__(self):
        return f"{self.assessment} — {self.criterion}"


class SelfManagedModel(models.Model):
    """A self-managed model (mô hình tự quản) of the commune: the program's target counts
    those still maintained."""

    commune = models.ForeignKey("orgs.Organization", on_delete=models.CASCADE, related_name="+")
    name = models.CharField(_("name of the model"), max_length=300)
    village = models.ForeignKey(
        "orgs.Organization",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("village"),
    )
    since = models.PositiveSmallIntegerField(_("since the year"))
    maintained = models.BooleanField(_("still maintained"), default=True)
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        ordering = ["-maintained", "name"]
        verbose_name = _("self-managed model")
        verbose_name_plural = _("self-managed models")

    def __str__(self):
        return self.name
