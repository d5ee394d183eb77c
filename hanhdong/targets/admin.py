from django.contrib import admin

from hanhdong.targets.models import Target


@admin.register(Target)
class TargetAdmin(admin.ModelAdmin):
    list_display = ["indicator", "comparison", "value", "unit", "year", "recurrence", "program"]
    list_filter = ["program", "recurrence"]
