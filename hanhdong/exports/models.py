from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Layout(models.TextChoices):
    PARTY = "party", _("Party document (Hướng dẫn 36-HD/VPTW)")
    STATE = "state", _("State document (Nghị định 30/2020/NĐ-CP)")


class ConsolidatedReport(models.Model):
    """The commune's report on a period, drafted from the accepted agency reports; the clerk
    edits its narrative before the file is produced."""

    period = models.ForeignKey(
        "reports.ReportingPeriod", on_delete=models.CASCADE, related_name="consolidated"
    )
    layout = models.CharField(
        _("layout"), max_length=6, choices=Layout.choices, default=Layout.PARTY
    )
    number = models.CharField(_("number"), max_length=40, blank=True, help_text="12-BC/ĐU")
    place = models.CharField(_("place"), max_length=80)
    dated = models.DateField(_("date"))
    overall = models.TextField(_("overall assessment"))
    next_tasks = models.TextField(_("tasks for the next period"))
    recipients = models.TextField(_("recipients"), help_text=_("One per line"))
    signer_on_behalf = models.CharField(_("signs on behalf of"), max_length=80)
    signer_role = models.CharField(_("signer's title"), max_length=80)
    signer_name = models.CharField(_("signer's name"), max_length=120, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("consolidated report")
        verbose_name_plural = _("consolidated reports")
        constraints = [
            # one draft per period and layout
            models.UniqueConstraint(fields=["period", "layout"], name="consolidated_unique"),
        ]

    def __str__(self):
        return f"{self.period} ({self.layout})"
