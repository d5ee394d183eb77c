from django.contrib import admin

from hanhdong.audit.admin import ReadOnlyAdmin
from hanhdong.signals.models import SignalReminder, SignalSettings


@admin.register(SignalSettings)
class SignalSettingsAdmin(ReadOnlyAdmin):
    list_display = ["commune", "periods_late", "days_overdue", "submissions", "window_days"]


@admin.register(SignalReminder)
class SignalReminderAdmin(ReadOnlyAdmin):
    list_display = ["at", "commune", "agency", "kind", "sent_by"]
    list_filter = ["kind"]
