from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Medium(models.TextChoices):
    """How a message reaches its recipient."""

    EMAIL = "email", _("Email")
    INAPP = "inapp", _("In the app")


class OutboxMessage(models.Model):
    """A notification waiting to be delivered, written in the transaction of its cause.

    ``key`` makes queuing idempotent (a reminder is queued once however often the worker
    looks). A worker leases a message by setting ``not_before`` a few minutes ahead and
    committing, then sends it with no transaction open, then marks it sent; a failed
    attempt puts ``not_before`` further off each time (see outbox.deliver).
    """

    key = models.CharField(max_length=200, unique=True)
    medium = models.CharField(max_length=8, choices=Medium.choices)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    subject = models.CharField(max_length=255)
    body = models.TextField()
    url = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    # leased to a worker, or backing off after a failure, until then
    not_before = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        indexes = [
            # the worker: unsent messages, oldest first
            models.Index(fields=["sent_at", "id"], name="outbox_unsent_idx"),
        ]

    def __str__(self):
        return self.key


class NotificationQuerySet(models.QuerySet):
    def of(self, user):
        return self.filter(user=user)

    def unread(self):
        return self.filter(read_at__isnull=True)


class Notification(models.Model):
    """An in-app notification, delivered from the outbox; ``read_at`` is when its user
    opened it or marked it read (orgs.services: ``notification_open``,
    ``notifications_read_all``)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    subject = models.CharField(max_length=255)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    source = models.OneToOneField(
        OutboxMessage, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            # the header's badge: how many of a user's notifications are still unread
            models.Index(fields=["user", "read_at"], name="notification_unread_idx"),
            # a user's list of notifications, newest first
            models.Index(fields=["user", "-created_at", "-id"], name="notification_list_idx"),
        ]

    def __str__(self):
        return self.subject
