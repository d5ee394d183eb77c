from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditAction(models.TextChoices):
    CREATE = "create", _("created")
    UPDATE = "update", _("changed")
    DELETE = "delete", _("deleted")
    IMPORT = "import", _("imported")


class AuditEntryQuerySet(models.QuerySet):
    def for_object(self, obj):
        content_type = ContentType.objects.get_for_model(obj)
        return self.filter(content_type=content_type, object_id=str(obj.pk))


class AuditEntry(models.Model):
    """Who changed what, when: written by the service that made the change, in its transaction."""

    at = models.DateTimeField(auto_now_add=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    commune = models.ForeignKey(
        "orgs.Organization", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    action = models.CharField(max_length=10, choices=AuditAction.choices)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=64)
    object_repr = models.CharField(max_length=300)
    # {"field": [old, new], ...} for updates; the created values for creates.
    changes = models.JSONField(default=dict, blank=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")
        indexes = [
            # the history panel of an object page: entries for one object, newest first
            models.Index(fields=["content_type", "object_id", "-at"], name="audit_object_idx"),
            # the commune dashboard's cache stamp: a commune's latest entry
            models.Index(fields=["commune", "-id"], name="audit_commune_latest_idx"),
        ]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor} {self.action} {self.object_repr}"

    @property
    def change_rows(self) -> list[tuple[str, object, object, bool]]:
        """(field, old, new, is_change) rows for display; creates and imports have no old."""
        rows = []
        for field, value in self.changes.items():
            if self.action == AuditAction.UPDATE and isinstance(value, list) and len(value) == 2:
                rows.append((field, value[0], value[1], True))
            else:
                rows.append((field, None, value, False))
        return rows
