from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from hanhdong.lib import periods
from hanhdong.lib.text import clip, fold


class ProgramStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    ACTIVE = "active", _("In force")
    SUPERSEDED = "superseded", _("Superseded")


class ProgramQuerySet(models.QuerySet):
    def for_communes(self, communes):
        return self.filter(commune__in=communes)

    def current(self):
        return self.exclude(status=ProgramStatus.SUPERSEDED)

    def current_of(self, commune) -> "Program | None":
        """The program a commune works to now: its latest revision not superseded."""
        return self.filter(commune=commune).current().order_by("-revision").first()


class Program(models.Model):
    """A commune's action program (chương trình hành động), one row per revision."""

    commune = models.ForeignKey(
        "orgs.Organization",
        on_delete=models.CASCADE,
        related_name="programs",
        verbose_name=_("commune"),
    )
    issuer = models.ForeignKey(
        "orgs.Organization",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("issuing body"),
    )
    issuer_name = models.CharField(_("issued by"), max_length=200, blank=True)
    number = models.CharField(_("number"), max_length=40, blank=True, help_text="05-CTr/ĐU")
    title = models.TextField(_("title"))
    term_start = models.PositiveSmallIntegerField(_("term from"))
    term_end = models.PositiveSmallIntegerField(_("term to"))
    issued_on = models.DateField(_("issued on"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=ProgramStatus.choices, default=ProgramStatus.DRAFT
    )
    revision = models.PositiveIntegerField(_("revision"), default=1)
    signed_on_behalf_of = models.CharField(max_length=120, blank=True)
    signer_role = models.CharField(max_length=120, blank=True)
    signer_name = models.CharField(max_length=120, blank=True)
    recipients = models.JSONField(default=list, blank=True)
    source_name = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ProgramQuerySet.as_manager()

    class Meta:
        ordering = ["-term_start", "number", "-revision"]
        verbose_name = _("action program")
        verbose_name_plural = _("action programs")
        constraints = [
            # one row per revision of a numbered program
            models.UniqueConstraint(
                fields=["commune", "number", "revision"],
                condition=~Q(number=""),
                name="program_unique_revision",
            ),
        ]
        indexes = [
            # the programs of the communes a user sees, current ones first
            models.Index(fields=["commune", "status"], name="program_commune_status_idx"),
        ]

    def __str__(self):
        return f"{self.number} — {self.title}" if self.number else self.title

    @property
    def term_label(self):
        return f"{self.term_start} - {self.term_end}"

    def areas(self) -> list["Section"]:
        """The areas of work: the sections of the part that has the most of them."""
        # one plain query, the parts' children in the document's order (a section's position
        # counts through the whole outline, a part before its children): the part that comes
        # first among those with the most children is the first of them here
        by_part: dict[int, list[Section]] = {}
        for section in self.sections.filter(depth=1).order_by("position"):
            by_part.setdefault(section.parent_id, []).append(section)
        return max(by_part.values(), key=len, default=[])


class Section(models.Model):
    """A node of the outline: part (I, II, III), area (1.), sub-area (1.1.), block ((1))."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="sections")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    number = models.CharField(
        _("number"), max_length=20, help_text=_("As printed: II, 1.9, (1), a")
    )
    # The dotted address of the node from its part down, e.g. "II.1.9.(1)": stable across
    # revisions, used by filters, targets' "where" and the import diff.
    path = models.CharField(max_length=120)
    depth = models.PositiveSmallIntegerField(default=0)
    position = models.PositiveIntegerField(default=0)
    title = models.TextField(_("title"))
    body = models.TextField(_("text"), blank=True)

    class Meta:
        ordering = ["position"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        constraints = [
            # a path names one node of a program
            models.UniqueConstraint(fields=["program", "path"], name="section_unique_path"),
        ]

    def __str__(self):
        return f"{self.path}. {self.title}"


class Item(models.Model):
    """A task or measure (gạch đầu dòng) listed under a section."""

    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField(default=0)
    text = models.TextField(_("text"))

    class Meta:
        ordering = ["position"]
        verbose_name = _("item")
        verbose_name_plural = _("items")

    def __str__(self):
        return clip(self.text, 80)


class KeyTaskQuerySet(models.QuerySet):
    def current(self):
        return self.filter(is_withdrawn=False)

    def for_year(self, year: int):
        """Tasks that run in ``year``: recurring ones and dated ones whose window covers it."""
        dated = Q(first_year__lte=year, last_year__gte=year)
        undated = Q(first_year__isnull=True, last_year__isnull=True)
        return self.filter(dated | undated).exclude(
            start_period__kind=periods.PeriodKind.AS_DIRECTED
        )

    def for_agency(self, org):
        return self.filter(Q(lead=org) | Q(partners=org)).distinct()

    def in_area(self, path: str):
        return self.filter(
            Q(sections__path=path) | Q(sections__path__startswith=path + ".")
        ).distinct()

    def search(self, query: str):
        for word in fold(query).split():
            self = self.filter(search_text__contains=word)
        return self


class KeyTask(models.Model):
    """A row of the program's appendix of key tasks (nhiệm vụ trọng tâm)."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="key_tasks")
    number = models.PositiveIntegerField(_("no."))
    name = models.TextField(_("task"))
    lead = models.ForeignKey(
        "orgs.Organization",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="led_tasks",
        verbose_name=_("lead agency"),
    )
    lead_text = models.CharField(_("lead agency (as written)"), max_length=255, blank=True)
    partners = models.ManyToManyField(
        "orgs.Organization",
        blank=True,
        related_name="partner_tasks",
        verbose_name=_("partner agencies"),
    )
    partners_text = models.TextField(_("partner agencies (as written)"), blank=True)
    start_text = models.CharField(_("start (as written)"), max_length=200, blank=True)
    start_period = models.JSONField(_("start"), null=True, blank=True)
    end_text = models.CharField(_("end (as written)"), max_length=200, blank=True)
    end_period = models.JSONField(_("end"), null=True, blank=True)
    resources = models.TextField(_("resources"), blank=True)
    sections = models.ManyToManyField(
        Section, blank=True, related_name="key_tasks", verbose_name=_("carries out")
    )
    # Calendar years the task runs in (both null for recurring or as-directed tasks).
    first_year = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    last_year = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    search_text = models.TextField(editable=False, default="")
    # A task a later revision of the program dropped: kept, with whatever is attached to it.
    is_withdrawn = models.BooleanField(_("withdrawn"), default=False)
    # An "as directed" task owes reports only once the Party Office switches it on.
    reporting_on = models.BooleanField(_("reports requested"), default=False)

    objects = KeyTaskQuerySet.as_manager()

    class Meta:
        ordering = ["number"]
        verbose_name = _("key task")
        verbose_name_plural = _("key tasks")
        constraints = [
            # the appendix numbers its rows once; a withdrawn task keeps the number it had,
            # which a later revision may give to another task
            models.UniqueConstraint(
                fields=["program", "number"],
                condition=Q(is_withdrawn=False),
                name="keytask_unique_number",
            ),
        ]
        indexes = [
            # the key-task table filtered by lead agency
            models.Index(fields=["program", "lead"], name="keytask_program_lead_idx"),
        ]

    def __str__(self):
        return f"{self.number}. {clip(self.name, 80)}"

    def save(self, *args, **kwargs):
        self.refresh_derived()
        super().save(*args, **kwargs)

    def area_among(self, areas) -> "Section | None":
        """The first of ``areas`` (part-II areas) that one of the task's sections lies in;
        uses ``sections`` as prefetched."""
        for section in self.sections.all():
            for area in areas:
                if section.path == area.path or section.path.startswith(area.path + "."):
                    return area
        return None

    @property
    def start(self):
        return periods.Period.from_dict(self.start_period)

    @property
    def end(self):
        return periods.Period.from_dict(self.end_period)

    def refresh_derived(self):
        """Recompute the denormalised year span and search text before saving."""
        self.first_year, self.last_year = periods.year_span(self.start, self.end)
        self.search_text = fold(" ".join([self.name, self.lead_text, self.partners_text]))


class ProgramRevision(models.Model):
    """A program as it stood before a revised document replaced it, and what changed."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="revisions")
    revision = models.PositiveIntegerField(_("revision"))
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source_name = models.CharField(max_length=255, blank=True)
    snapshot = models.JSONField(help_text="the program before the change, hanhdong.program/1")
    changes = models.JSONField(default=dict)

    class Meta:
        ordering = ["-revision"]
        verbose_name = _("program revision")
        verbose_name_plural = _("program revisions")
        constraints = [
            # one row per replaced revision of a program
            models.UniqueConstraint(fields=["program", "revision"], name="revision_unique"),
        ]

    def __str__(self):
        return f"{self.program} — {self.revision}"
