from django.contrib import admin

from hanhdong.audit.admin import ReadOnlyAdmin
from hanhdong.targets.models import Target


@admin.register(Target)
class TargetAdmin(ReadOnlyAdmin):
    list_display = ["indicator", "comparison", "value", "unit", "year", "recurrence", "program"]
    list_filter = ["program", "recurrence"]
