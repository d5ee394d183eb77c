"""The meetings of the commune's Standing Committee and Executive Committee: when, who, what
they heard (the agenda, proposed from the data), what they concluded, and the tasks they
gave — the tasks of the meeting's ``Directive``, issued with its "Thông báo kết luận"."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Body(models.TextChoices):
    STANDING = "standing", _("Standing Committee (Ban Thường vụ)")
    EXECUTIVE = "executive", _("Executive Committee (Ban Chấp hành)")


class MeetingKind(models.TextChoices):
    REGULAR = "regular", _("Regular")
    ADHOC = "adhoc", _("Ad hoc")


class MeetingState(models.TextChoices):
    PLANNED = "planned", _("Planned")
    HELD = "held", _("Held, conclusions being written")
    ISSUED = "issued", _("Notice of conclusions issued")


class Meeting(models.Model):
    commune = models.ForeignKey("orgs.Organization", on_delete=models.CASCADE, related_name="+")
    body = models.CharField(_("body"), max_length=10, choices=Body.choices, default=Body.STANDING)
    kind = models.CharField(
        _("kind"), max_length=8, choices=MeetingKind.choices, default=MeetingKind.REGULAR
    )
    held_on = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    chair = models.CharField(_("chaired by"), max_length=200, help_text="Nguyễn Văn Bình")
    chair_role = models.CharField(_("chair's title"), max_length=120, blank=True)
    attendees = models.TextField(_("attendees"), blank=True, help_text=_("One per line"))
    agenda = models.TextField(_("agenda"), blank=True, help_text=_("One item per line"))
    conclusions = models.TextField(
        _("conclusions"), blank=True, help_text=_("One conclusion per line")
    )
    # the reporting period whose brief the meeting heard
    period = models.ForeignKey(
        "reports.ReportingPeriod",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("period heard"),
    )
    # the tasks the meeting gives, and the notice that issues them
    directive = models.OneToOneField(
        "tasks.Directive", on_delete=models.PROTECT, related_name="meeting"
    )
    state = models.CharField(
        _("state"), max_length=8, choices=MeetingState.choices, default=MeetingState.PLANNED
    )
    notice_number = models.CharField(_("notice number"), max_length=40, blank=True)
    notice_on = models.DateField(_("notice dated"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-held_on", "-pk"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        indexes = [
            # the commune's meetings, latest first
            models.Index(fields=["commune", "held_on"], name="meeting_commune_date_idx"),
        ]

    def __str__(self):
        return f"{self.get_body_display()} {self.held_on:%d/%m/%Y}"

    @property
    def agenda_lines(self) -> list[str]:
        return [line.strip() for line in self.agenda.splitlines() if line.strip()]

    @property
    def conclusion_lines(self) -> list[str]:
        return [line.strip() for line in self.conclusions.splitlines() if line.strip()]

    @property
    def attendee_lines(self) -> list[str]:
        return [line.strip() for line in self.attendees.splitlines() if line.strip()]
