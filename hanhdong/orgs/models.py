from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models
from django.utils.translation import gettext_lazy as _

from hanhdong.lib.text import fold


class OrgKind(models.TextChoices):
    CITY = "city", _("City / province")
    COMMUNE = "commune", _("Commune")
    PARTY_COMMITTEE = "party_committee", _("Party Committee")
    STANDING_COMMITTEE = "standing_committee", _("Standing Committee")
    PARTY_OFFICE = "party_office", _("Party Office")
    PARTY_BOARD = "party_board", _("Party advisory board")
    INSPECTION_COMMITTEE = "inspection_committee", _("Inspection Committee")
    PEOPLES_COUNCIL = "peoples_council", _("People's Council")
    PEOPLES_COMMITTEE = "peoples_committee", _("People's Committee")
    DEPARTMENT = "department", _("Department of the People's Committee")
    FATHERLAND_FRONT = "fatherland_front", _("Fatherland Front")
    MASS_ORGANIZATION = "mass_organization", _("Mass organisation")
    PARTY_CELL = "party_cell", _("Party cell / subordinate committee")
    VILLAGE = "village", _("Village")
    OTHER = "other", _("Other unit")


class CommuneLevel(models.TextChoices):
    """What a commune-level unit is called since the 2025 reform."""

    XA = "xa", _("commune (xã)")
    PHUONG = "phuong", _("ward (phường)")
    DAC_KHU = "dac_khu", _("special zone (đặc khu)")

    @property
    def word(self) -> str:
        """The word documents put before its name: "xã", "phường", "đặc khu"."""
        return {"xa": "xã", "phuong": "phường", "dac_khu": "đặc khu"}[self.value]


class Role(models.TextChoices):
    STANDING = "standing", _("Standing Committee member")
    CLERK = "clerk", _("Party Office clerk")
    OFFICER = "officer", _("Agency officer")
    INSPECTOR = "inspector", _("Inspector")
    SUPERVISOR = "supervisor", _("Supervisor (People's Council / Fatherland Front)")
    CITY_VIEWER = "city_viewer", _("City viewer")
    # designated by the Standing Committee (never by the Party Office): knows who sent a
    # denunciation; held in the commune itself
    DENUNCIATIONS = "denunciations", _("Handles denunciations")


class OrganizationQuerySet(models.QuerySet):
    def communes(self):
        return self.filter(kind=OrgKind.COMMUNE)

    def in_commune(self, commune):
        return self.filter(commune=commune).exclude(pk=commune.pk)


class Organization(models.Model):
    """A node of the organization tree: city → commune → its bodies, agencies, cells, villages.

    ``commune`` says which tenant a unit belongs to: itself for a commune, the commune for
    anything inside it, and nothing for a city.
    """

    kind = models.CharField(_("kind"), max_length=32, choices=OrgKind.choices)
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    code = models.SlugField(
        _("code"),
        max_length=40,
        blank=True,
        help_text=_("For cities and communes, e.g. hp-nghiduong"),
    )
    aliases = models.TextField(
        _("other names"), blank=True, help_text=_("One per line: how documents also name this unit")
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        verbose_name=_("parent"),
    )
    commune = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="units",
        verbose_name=_("commune"),
    )
    position = models.PositiveIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("active"), default=True)
    # for a commune: xã, phường or đặc khu
    level = models.CharField(_("level"), max_length=8, choices=CommuneLevel.choices, blank=True)
    search_name = models.CharField(max_length=400, editable=False, default="")

    objects = OrganizationQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        constraints = [
            # a commune's clerks look units up by name; two units of one commune never share one
            models.UniqueConstraint(fields=["commune", "name"], name="org_unique_name_in_commune"),
            # cities and communes are addressed by code in URLs, the API and imports
            models.UniqueConstraint(
                fields=["code"], condition=~models.Q(code=""), name="org_unique_code"
            ),
        ]
        indexes = [
            # the organization list of a commune, by kind
            models.Index(fields=["commune", "kind"], name="org_commune_kind_idx"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.search_name = fold(" ".join([self.name, self.short_name, self.aliases]))
        super().save(*args, **kwargs)

    @property
    def label(self):
        return self.short_name or self.name


class MembershipQuerySet(models.QuerySet):
    def in_commune(self, commune):
        return self.filter(organization__commune=commune)

    def holding(self, role, organization=None):
        """The memberships of ``role`` (held in ``organization``, when given)."""
        found = self.filter(role=role)
        return found if organization is None else found.filter(organization=organization)

    def users(self):
        """The active users who hold these memberships."""
        return get_user_model().objects.filter(is_active=True, memberships__in=self).distinct()


class Membership(models.Model):
    """A user's role held in one organization (an agency, a commune body, or a city)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    organization = models.ForeignKey(
        Organization,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("organization"),
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    title = models.CharField(_("position"), max_length=120, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            # a role is held once per organization
            models.UniqueConstraint(
                fields=["user", "organization", "role"], name="membership_unique_role"
            ),
        ]

    def __str__(self):
        return f"{self.user} — {self.get_role_display()} — {self.organization}"


class ApiToken(models.Model):
    """A bearer token for the API. Only a hash is stored; the key is shown once."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(max_length=100)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self):
        return f"{self.name} ({self.user})"


class FirstLogin(models.Model):
    """A user whose password someone else chose (an import, the Party Office): at their
    next login they set their own before anything else. The row goes once they have."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="first_login"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return str(self.user)


class DayKind(models.TextChoices):
    """What a commune records of a day, on top of the national calendar."""

    OFF = "off", _("Day off")
    WORKED = "worked", _("Working day")


class CalendarDay(models.Model):
    """A day the commune's calendar has otherwise than the national one: an extra day off (a
    swapped day the holidays package does not know yet, a local holiday) or a weekend day
    worked in exchange. Deadlines counted in working days read these."""

    commune = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="calendar_days"
    )
    day = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=8, choices=DayKind.choices)
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        ordering = ["day"]
        verbose_name = _("calendar day")
        verbose_name_plural = _("calendar days")
        constraints = [
            # a day is recorded once per commune (calendar_of reads them all)
            models.UniqueConstraint(fields=["commune", "day"], name="calendar_day_unique"),
        ]

    def __str__(self):
        return f"{self.day:%d/%m/%Y} {self.get_kind_display()}"
