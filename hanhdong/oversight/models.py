"""Inspection and supervision (kiểm tra, giám sát).

The Inspection Committee (Ủy ban Kiểm tra) and the Standing Committee plan their
inspections and supervisions for the whole term and for each year (``OversightProgram``,
``PlannedItem``), then carry each out (``Inspection``): a numbered decision, a team, a
period, the documents received, the findings, the conclusion (a numbered "Kết luận" in the
Party layout) and its recommendations — the tasks of its ``Directive``, followed to their end
like any assigned task. Whether every subordinate party organisation was inspected or
supervised, and how many of the supervised party members are heads, is measured from these
records (``coverage``) and becomes the value of the program's targets (``CoverageLink``).

The People's Council and the Fatherland Front record their own supervisions, social-critique
conferences and dialogues with the people (``Supervision``): their recommendations are tasks
too, and a dialogue's petitions become citizens' submissions (``DialoguePetition``).

What names a party member, and any disciplinary outcome, is read only by the Inspection
Committee and the Standing Committee (``orgs.access``); every such look is logged
(``OversightLook``).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Body(models.TextChoices):
    INSPECTION = "ubkt", _("Inspection Committee (Ủy ban Kiểm tra)")
    STANDING = "btv", _("Standing Committee (Ban Thường vụ)")


class Scope(models.TextChoices):
    TERM = "term", _("Whole term (toàn khóa)")
    YEAR = "year", _("One year (hằng năm)")


class Kind(models.TextChoices):
    REGULAR = "regular", _("Regular inspection (kiểm tra thường xuyên, định kỳ)")
    THEMATIC = "thematic", _("Thematic supervision (giám sát chuyên đề)")
    VIOLATION = "violation", _("Inspection on signs of violation")
    IMPLEMENTATION = "program", _("Supervision of the program's implementation")


class Focus(models.TextChoices):
    """The program's focus list for inspection and supervision."""

    LAND = "land", _("Land")
    INVESTMENT = "investment", _("Public investment")
    BUDGET = "budget", _("Budget and finance")
    PERSONNEL = "personnel", _("Personnel and cadre work")
    DEMOCRACY = "democracy", _("Grassroots democracy")
    CORRUPTION = "corruption", _("Anti-corruption, waste and negativity")
    OTHER = "other", _("Other")


class Discipline(models.TextChoices):
    """A disciplinary outcome (kỷ luật) an inspection concluded with."""

    NONE = "", _("No discipline")
    REPRIMAND = "khien_trach", _("Reprimand (khiển trách)")
    WARNING = "canh_cao", _("Warning (cảnh cáo)")
    DISMISSAL = "cach_chuc", _("Removal from office (cách chức)")
    EXPULSION = "khai_tru", _("Expulsion (khai trừ)")
    DISSOLUTION = "giai_tan", _("Dissolution of the organisation (giải tán)")


class OversightProgram(models.Model):
    """An inspection and supervision program: of the Inspection Committee or of the
    Standing Committee, for the whole term or for one year."""

    commune = models.ForeignKey("orgs.Organization", on_delete=models.CASCADE, related_name="+")
    body = models.CharField(_("whose program"), max_length=4, choices=Body.choices)
    scope = models.CharField(_("scope"), max_length=4, choices=Scope.choices)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=300)
    number = models.CharField(_("number"), max_length=40, blank=True, help_text="05-CTr/UBKT")
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-year", "scope", "body", "pk"]
        verbose_name = _("inspection and supervision program")
        verbose_name_plural = _("inspection and supervision programs")
        constraints = [
            # one program per body and year (and one for the term)
            models.UniqueConstraint(
                fields=["commune", "body", "scope", "year"], name="oversight_program_unique"
            ),
            models.UniqueConstraint(
                fields=["commune", "body"],
                condition=Q(scope="term"),
                name="oversight_program_term_unique",
            ),
        ]

    def __str__(self):
        return self.title


class Subject(models.Model):
    """Who is inspected or supervised: a party organisation of the commune, or a party
    member (of that organisation), who may be a head (người đứng đầu)."""

    subject_org = models.ForeignKey(
        "orgs.Organization",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("party organisation"),
    )
    member_name = models.CharField(_("party member"), max_length=120, blank=True)
    member_role = models.CharField(_("member's position"), max_length=160, blank=True)
    member_is_head = models.BooleanField(_("the member is a head (người đứng đầu)"), default=False)

    class Meta:
        abstract = True

    @property
    def names_member(self) -> bool:
        return bool(self.member_name)


class PlannedItem(Subject):
    """One inspection or supervision a program plans."""

    program = models.ForeignKey(OversightProgram, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField(default=0)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    focus = models.CharField(_("content"), max_length=10, choices=Focus.choices)
    content = models.TextField(_("content in detail"), blank=True)
    year = models.PositiveSmallIntegerField(_("year"))
    quarter = models.PositiveSmallIntegerField(_("quarter"), null=True, blank=True)
    starts_on = models.DateField(_("period from"), null=True, blank=True)
    ends_on = models.DateField(_("period to"), null=True, blank=True)
    team = models.CharField(_("team"), max_length=300, blank=True)

    class Meta:
        ordering = ["program", "position", "pk"]
        verbose_name = _("planned inspection or supervision")
        verbose_name_plural = _("planned inspections and supervisions")

    def __str__(self):
        return f"{self.get_kind_display()} — {self.get_focus_display()}"


class State(models.TextChoices):
    DECIDED = "decided", _("Decided, being carried out")
    CONCLUDED = "concluded", _("Concluded")


class InspectionQuerySet(models.QuerySet):
    def concluded(self):
        return self.filter(state=State.CONCLUDED)


class Inspection(Subject):
    """An inspection or supervision carried out: its decision, team, period, the documents
    it received, its findings and conclusion, and the recommendations it gives (the tasks of
    its directive)."""

    commune = models.ForeignKey("orgs.Organization", on_delete=models.CASCADE, related_name="+")
    body = models.CharField(
        _("carried out by"), max_length=4, choices=Body.choices, default=Body.INSPECTION
    )
    planned = models.ForeignKey(
        PlannedItem,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="inspections",
        verbose_name=_("planned as"),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    focus = models.CharField(_("content"), max_length=10, choices=Focus.choices)
    content = models.TextField(_("content in detail"), blank=True)
    reason = models.TextField(_("why"), blank=True)
    decision_number = models.CharField(_("decision number"), max_length=40, blank=True)
    decision_on = models.DateField(_("decision dated"))
    team = models.TextField(_("team"), blank=True, help_text=_("One person per line"))
    starts_on = models.DateField(_("period from"), null=True, blank=True)
    ends_on = models.DateField(_("period to"), null=True, blank=True)
    documents = models.TextField(_("documents received"), blank=True)
    findings = models.TextField(_("findings"), blank=True)
    conclusions = models.TextField(
        _("conclusions"), blank=True, help_text=_("One conclusion per line")
    )
    discipline = models.CharField(
        _("disciplinary outcome"), max_length=12, choices=Discipline.choices, blank=True
    )
    discipline_note = models.TextField(_("about the discipline"), blank=True)
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.DECIDED
    )
    conclusion_number = models.CharField(_("conclusion number"), max_length=40, blank=True)
    signer_name = models.CharField(_("signed by"), max_length=120, blank=True)
    signer_role = models.CharField(_("signer's title"), max_length=120, blank=True)
    concluded_on = models.DateField(_("concluded on"), null=True, blank=True)
    # the recommendations: tasks of a directive from an inspection
    directive = models.OneToOneField(
        "tasks.Directive", on_delete=models.PROTECT, related_name="inspection"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = InspectionQuerySet.as_manager()

    class Meta:
        ordering = ["-decision_on", "-pk"]
        verbose_name = _("inspection or supervision")
        verbose_name_plural = _("inspections and supervisions")
        indexes = [
            # coverage: the commune's concluded inspections by date
            models.Index(
                fields=["commune", "state", "concluded_on"], name="inspection_coverage_idx"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.decision_number}".strip()

    @property
    def is_restricted(self) -> bool:
        """Names a party member or states a discipline: for the Inspection Committee and the
        Standing Committee only."""
        return bool(self.member_name or self.discipline)

    @property
    def conclusion_lines(self) -> list[str]:
        return [line.strip() for line in self.conclusions.splitlines() if line.strip()]

    @property
    def team_lines(self) -> list[str]:
        return [line.strip() for line in self.team.splitlines() if line.strip()]


class OversightLook(models.Model):
    """Every time someone read a record that names a party member or a discipline: who,
    when, which."""

    inspection = models.ForeignKey(
        Inspection, null=True, blank=True, on_delete=models.CASCADE, related_name="looks"
    )
    program = models.ForeignKey(
        OversightProgram, null=True, blank=True, on_delete=models.CASCADE, related_name="looks"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"{self.user} {self.inspection_id or self.program_id}"


class Measure(models.TextChoices):
    ORGS_TERM = "orgs_term", _("Subordinate party organisations inspected or supervised, term")
    ORGS_YEAR = "orgs_year", _("Subordinate party organisations inspected or supervised, year")
    HEADS_TERM = "heads_term", _("Heads among the party members supervised, term")
    HEADS_YEAR = "heads_year", _("Heads among the party members supervised, year")


class CoverageLink(models.Model):
    """A target of the program whose value is measured from the inspection records."""

    target = models.OneToOneField(
        "targets.Target", on_delete=models.CASCADE, related_name="coverage_link"
    )
    measure = models.CharField(_("measured as"), max_length=10, choices=Measure.choices)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("coverage measure of a target")
        verbose_name_plural = _("coverage measures of targets")

    def __str__(self):
        return f"{self.target} ← {self.get_measure_display()}"


class SupervisionKind(models.TextChoices):
    SESSION = "session", _("Supervision (giám sát)")
    CRITIQUE = "critique", _("Social-critique conference (hội nghị phản biện xã hội)")
    DIALOGUE = "dialogue", _("Dialogue with the people (đối thoại với Nhân dân)")


class Supervision(models.Model):
    """A supervision, a social-critique conference or a dialogue with the people, held by
    the People's Council or the Fatherland Front; its recommendations to the agencies are the
    tasks of its directive."""

    commune = models.ForeignKey("orgs.Organization", on_delete=models.CASCADE, related_name="+")
    body = models.ForeignKey(
        "orgs.Organization", on_delete=models.PROTECT, related_name="+", verbose_name=_("held by")
    )
    kind = models.CharField(_("kind"), max_length=8, choices=SupervisionKind.choices)
    held_on = models.DateField(_("date"))
    title = models.CharField(_("subject"), max_length=300)
    supervised = models.TextField(_("agencies supervised or questioned"), blank=True)
    participants = models.TextField(_("participants"), blank=True)
    findings = models.TextField(_("findings and opinions"), blank=True)
    directive = models.OneToOneField(
        "tasks.Directive", on_delete=models.PROTECT, related_name="supervision"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-held_on", "-pk"]
        verbose_name = _("supervision by the People's Council or the Front")
        verbose_name_plural = _("supervisions by the People's Council and the Front")
        indexes = [
            # the commune's supervisions, latest first
            models.Index(fields=["commune", "held_on"], name="supervision_commune_idx"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.held_on:%d/%m/%Y}"


class DialoguePetition(models.Model):
    """A petition raised at a dialogue, tracked to its answer as a citizen's submission."""

    supervision = models.ForeignKey(Supervision, on_delete=models.CASCADE, related_name="petitions")
    feedback = models.OneToOneField(
        "feedback.Feedback", on_delete=models.CASCADE, related_name="dialogue_petition"
    )

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return str(self.feedback_id)
