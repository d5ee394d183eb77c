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


class ImportJob(models.Model):
    """An uploaded file too large to read while the clerk waits: read outside the request
    (a thread of the web process, or ``hanhdong worker``), its progress shown on its page;
    it ends in a draft, or in the message of why it could not be read."""

    class State(models.TextChoices):
        QUEUED = "queued", _("waiting to be read")
        READING = "reading", _("being read")
        FAILED = "failed", _("could not be read")
        DONE = "done", _("ready for its preview")

    commune = models.ForeignKey(
        "orgs.Organization", on_delete=models.CASCADE, related_name="import_jobs"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    source_name = models.CharField(max_length=255)
    # The program this document revises; empty for a new program.
    program = models.ForeignKey(
        "programs.Program", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    content = models.BinaryField(editable=False)  # the file, until it has been read
    language = models.CharField(max_length=10)  # of the clerk, for the message
    state = models.CharField(max_length=10, choices=State.choices, default=State.QUEUED)
    unit = models.CharField(max_length=20)  # what is counted: "page", "paragraph", "line"
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField(null=True, blank=True)
    message = models.TextField(blank=True)  # why it could not be read
    draft = models.OneToOneField(
        ImportDraft, null=True, blank=True, on_delete=models.SET_NULL, related_name="job"
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("document being read")
        verbose_name_plural = _("documents being read")
        indexes = [
            # the readers take the oldest waiting job; the worker looks for stalled ones
            models.Index(fields=["state", "created_at"], name="import_job_queue"),
        ]

    def __str__(self):
        return f"{self.source_name} ({self.commune})"

    @property
    def percent(self) -> int:
        return min(100, self.done * 100 // self.total) if self.total else 0
