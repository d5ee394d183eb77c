from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Layout(models.TextChoices):
    """Who issues a document, and so its layout and the symbol of its number."""

    PARTY = "party", _("Party document (Hướng dẫn 36-HD/VPTW)")
    STATE = "state", _("State document (Nghị định 30/2020/NĐ-CP)")


class DocumentKind(models.TextChoices):
    """The kinds of document a commune issues, by the abbreviation in their number."""

    REPORT = "BC", _("Report (báo cáo)")
    NOTICE = "TB", _("Notice (thông báo)")
    CONCLUSION = "KL", _("Conclusion (kết luận)")
    DECISION = "QĐ", _("Decision (quyết định)")
    RESOLUTION = "NQ", _("Resolution (nghị quyết)")
    DIRECTIVE = "CT", _("Directive (chỉ thị)")
    PROGRAM = "CTr", _("Program (chương trình)")
    PLAN = "KH", _("Plan (kế hoạch)")
    GUIDANCE = "HD", _("Guidance (hướng dẫn)")
    SUBMISSION = "TTr", _("Submission (tờ trình)")
    LETTER = "CV", _("Letter (công văn)")


# the body in a document's symbol: "25-BC/ĐU" (Party), "25/BC-UBND" (State)
ISSUER_SYMBOL = {Layout.PARTY: "ĐU", Layout.STATE: "UBND"}


class RegisteredDocument(models.Model):
    """The commune's register of outgoing documents (sổ văn bản đi): one row per number
    handed out. Each kind is numbered from 01 in its series — a term of the Party Committee
    for Party documents (Hướng dẫn 36-HD/VPTW), a calendar year for the People's Committee's
    (Nghị định 30/2020/NĐ-CP); ``series`` is the year the numbering started."""

    commune = models.ForeignKey("orgs.Organization", on_delete=models.CASCADE, related_name="+")
    issuer = models.CharField(_("issued by"), max_length=6, choices=Layout.choices)
    kind = models.CharField(_("kind"), max_length=4, choices=DocumentKind.choices)
    series = models.PositiveSmallIntegerField(_("numbered from the year"))
    number = models.PositiveIntegerField(_("number"))
    dated = models.DateField(_("date"))
    title = models.CharField(_("summary"), max_length=300)
    # what produced the document ("report:32:party"), so a document takes its number once
    ref = models.CharField(max_length=80, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-series", "kind", "-number"]
        verbose_name = _("registered document")
        verbose_name_plural = _("registered documents")
        constraints = [
            # a number is handed out once in its series (and the next one is the largest + 1)
            models.UniqueConstraint(
                fields=["commune", "issuer", "kind", "series", "number"],
                name="register_unique_number",
            ),
            # a generated document is registered once: found again by what produced it
            models.UniqueConstraint(
                fields=["commune", "ref"], condition=~Q(ref=""), name="register_unique_ref"
            ),
        ]

    def __str__(self):
        return f"{self.symbol} — {self.title}"

    @property
    def symbol(self) -> str:
        return document_symbol(self.issuer, self.kind, self.number)


def document_symbol(issuer: str, kind: str, number: int | None) -> str:
    """ "25-BC/ĐU" for the Party, "25/BC-UBND" for the State; numbers below 10 with their
    0 ("05-BC/ĐU"); without a number the blank the issuing clerk fills in by hand."""
    body = ISSUER_SYMBOL[issuer]
    written = f"{number:02d}" if number else "     "
    return f"{written}-{kind}/{body}" if issuer == Layout.PARTY else f"{written}/{kind}-{body}"


class DocumentSettings(models.Model):
    """How the commune's documents are signed and headed; blank means the default (the place
    from the commune's name, the higher body from its city, the Party signer from the
    program)."""

    commune = models.OneToOneField(
        "orgs.Organization", on_delete=models.CASCADE, related_name="document_settings"
    )
    place = models.CharField(
        _("place name"), max_length=80, blank=True, help_text=_("As in the dateline: Nghi Dương")
    )
    higher_body = models.CharField(
        _("higher Party body"),
        max_length=120,
        blank=True,
        help_text="Đảng bộ thành phố Hải Phòng",
    )
    party_signer_role = models.CharField(_("Party signer's title"), max_length=80, blank=True)
    party_signer_name = models.CharField(_("Party signer's name"), max_length=120, blank=True)
    state_signer_role = models.CharField(
        _("People's Committee signer's title"), max_length=80, blank=True
    )
    state_signer_name = models.CharField(
        _("People's Committee signer's name"), max_length=120, blank=True
    )
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("document settings")
        verbose_name_plural = _("document settings")

    def __str__(self):
        return str(self.commune)


class ConsolidatedReport(models.Model):
    """The commune's report on a period, drafted from the accepted agency reports; the clerk
    edits its narrative before the file is produced. Saving it registers its number."""

    period = models.ForeignKey(
        "reports.ReportingPeriod", on_delete=models.CASCADE, related_name="consolidated"
    )
    layout = models.CharField(
        _("layout"), max_length=6, choices=Layout.choices, default=Layout.PARTY
    )
    number = models.CharField(_("number"), max_length=40, blank=True, help_text="12-BC/ĐU")
    entry = models.ForeignKey(
        RegisteredDocument, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    place = models.CharField(_("place"), max_length=80)
    dated = models.DateField(_("date"))
    overall = models.TextField(_("overall assessment"))
    # the narrative of each area of the program, by its path ("II.4"): drafted, then edited
    areas = models.JSONField(default=dict, blank=True)
    difficulties = models.TextField(_("difficulties"), blank=True)
    proposals = models.TextField(_("proposals"), blank=True)
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
