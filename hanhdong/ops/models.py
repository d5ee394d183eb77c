"""What running the installation leaves behind: the worker's last pass and the backups it
took. Neither is the commune's data: they are written without a service or an audit row,
as the outbox marks a message sent."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Heartbeat(models.Model):
    """The last pass of one worker process (``hanhdong worker --name``), read by /healthz."""

    name = models.CharField(max_length=100, unique=True)
    last_pass = models.DateTimeField()
    host = models.CharField(max_length=255, blank=True)
    pid = models.PositiveIntegerField(null=True)

    def __str__(self):
        return self.name


class BackupKind(models.TextChoices):
    COMMAND = "command", _("Taken by the backup command")
    NIGHTLY = "nightly", _("Taken by the worker")


class Backup(models.Model):
    """An archive written by ``ops.backup.create``: where, how big, its checksum."""

    taken_at = models.DateTimeField()
    kind = models.CharField(max_length=8, choices=BackupKind.choices)
    path = models.CharField(max_length=1000)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)

    class Meta:
        ordering = ["-taken_at", "-id"]
        indexes = [
            # the worker and /healthz: the newest backup of a kind
            models.Index(fields=["kind", "-taken_at"], name="backup_latest_idx"),
        ]

    def __str__(self):
        return self.path
