from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SignalKind(models.TextChoices):
    """What the data may signal to the oversight bodies (``selectors.signals``)."""

    LATE_AGENCY = "late_agency", _("Agency late with its reports several periods running")
    ON_TRACK_MISSED = "on_track_missed", _("Task reported on track while its target is missed")
    NEVER_REPORTED = "never_reported", _("Task never reported")
    CHANGED_AFTER = "changed_after", _("Report changed after acceptance")
    FEEDBACK_OVERDUE = "feedback_overdue", _("Citizens' submissions overdue")
    SAME_SUBJECT = "same_subject", _("Several submissions about the same official or place")


class SignalSettings(models.Model):
    """The thresholds a commune sets for its signals; a commune without a row has the
    defaults."""

    commune = models.OneToOneField(
        "orgs.Organization", on_delete=models.CASCADE, related_name="signal_settings"
    )
    periods_late = models.PositiveSmallIntegerField(
        _("late periods running that raise a signal"), default=2
    )
    days_overdue = models.PositiveSmallIntegerField(
        _("days past the deadline before an overdue submission counts"), default=0
    )
    overdue_items = models.PositiveSmallIntegerField(
        _("overdue submissions of one agency that raise a signal"), default=1
    )
    submissions = models.PositiveSmallIntegerField(
        _("submissions about the same official or place that raise a signal"), default=3
    )
    window_days = models.PositiveSmallIntegerField(_("within this many days"), default=90)

    class Meta:
        verbose_name = _("signal thresholds")
        verbose_name_plural = _("signal thresholds")

    def __str__(self):
        return str(self.commune)


class SignalReminder(models.Model):
    """A reminder sent to an agency about a signal (through the outbox)."""

    commune = models.ForeignKey("orgs.Organization", on_delete=models.CASCADE, related_name="+")
    agency = models.ForeignKey("orgs.Organization", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("signal"), max_length=20, choices=SignalKind.choices)
    note = models.TextField(_("message"))
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at"]
        indexes = [
            # the signals page: the reminders already sent in the commune, latest first
            models.Index(fields=["commune", "-at"], name="signal_reminder_idx"),
        ]

    def __str__(self):
        return f"{self.agency}: {self.get_kind_display()}"
