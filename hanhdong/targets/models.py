from decimal import Decimal

from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class Comparison(models.TextChoices):
    AT_LEAST = ">=", _("at least")
    AT_MOST = "<=", _("at most")
    EQUAL = "=", _("exactly")
    MORE_THAN = ">", _("more than")
    LESS_THAN = "<", _("less than")


class Recurrence(models.TextChoices):
    ANNUAL = "annual", _("every year")


class TargetQuerySet(models.QuerySet):
    def current(self):
        """The targets in force: not withdrawn by a revision of the program."""
        return self.filter(is_withdrawn=False)


class Target(models.Model):
    """A quantitative target (chỉ tiêu) the program sets: indicator, comparison, value, when."""

    program = models.ForeignKey(
        "programs.Program", on_delete=models.CASCADE, related_name="targets"
    )
    position = models.PositiveIntegerField(default=0)
    indicator = models.TextField(_("indicator"))
    unit = models.CharField(_("unit"), max_length=60, blank=True)
    comparison = models.CharField(
        _("comparison"), max_length=2, choices=Comparison.choices, default=Comparison.AT_LEAST
    )
    value = models.DecimalField(_("target value"), max_digits=18, decimal_places=4)
    year = models.PositiveSmallIntegerField(_("by year"), null=True, blank=True)
    recurrence = models.CharField(
        _("recurrence"), max_length=12, choices=Recurrence.choices, blank=True
    )
    baseline_value = models.DecimalField(
        _("baseline"), max_digits=18, decimal_places=4, null=True, blank=True
    )
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"), null=True, blank=True)
    # Where the document states it: a section path ("II.4") or "appendix:N".
    where = models.CharField(_("stated in"), max_length=60, blank=True)
    section = models.ForeignKey(
        "programs.Section", null=True, blank=True, on_delete=models.SET_NULL, related_name="targets"
    )
    key_task = models.ForeignKey(
        "programs.KeyTask",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="targets",
    )
    # A target a later revision of the program dropped: kept, with the values reported
    # against it, out of the lists of targets in force.
    is_withdrawn = models.BooleanField(_("withdrawn"), default=False)

    objects = TargetQuerySet.as_manager()

    class Meta:
        ordering = ["position"]
        verbose_name = _("target")
        verbose_name_plural = _("targets")

    def __str__(self):
        return f"{self.indicator} {self.comparison} {self.value_display} {self.unit}"

    @property
    def comparison_symbol(self) -> str:
        return comparison_symbol(self.comparison)

    @property
    def where_display(self) -> str:
        return where_label(self.where)

    @property
    def value_display(self) -> str:
        return number_display(self.value)

    @property
    def when_display(self) -> str:
        if self.recurrence == Recurrence.ANNUAL:
            return "Hằng năm"
        return f"Đến {self.year}" if self.year else ""


def number_display(value: Decimal | None) -> str:
    """1.5 -> "1,5"; 120.0000 -> "120" (Vietnamese decimal comma)."""
    if value is None:
        return ""
    text = format(value.normalize(), "f") if isinstance(value, Decimal) else str(value)
    return text.replace(".", ",")


def comparison_symbol(comparison: str) -> str:
    """ ">=" -> "≥", "<=" -> "≤"; "=", ">" and "<" as they are."""
    return {">=": "≥", "<=": "≤"}.get(comparison, comparison)


APPENDIX = "appendix:"  # a target's "where" for a row of the key-task appendix: "appendix:3"


def where_label(where: str) -> str:
    """Where the document states a target, for people: "appendix:3" -> "Appendix, key task
    3" ("Phụ lục, nhiệm vụ 3"), the section path "II.4" -> "Section II.4" ("Mục II.4")."""
    where = (where or "").strip()
    if not where:
        return ""
    if where.startswith(APPENDIX):
        number = where[len(APPENDIX) :]
        return gettext("Appendix, key task %(n)s") % {"n": number} if number else where
    return gettext("Section %(path)s") % {"path": where}
