from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportDraft(models.Model):
    """A parsed document waiting in the preview for the clerk to check, correct and save."""

    commune = models.ForeignKey(
        "orgs.Organization", on_delete=models.CASCADE, related_name="import_drafts"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    source_name = models.CharField(max_length=255)
    data = models.JSONField()
    warnings = models.JSONField(default=list)
    # The program this document revises; empty for a new program.
    program = models.ForeignKey(
        "programs.Program", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("import draft")
        verbose_name_plural = _("import drafts")

    def __str__(self):
        return f"{self.source_name} ({self.commune})"
