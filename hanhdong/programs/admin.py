from django.contrib import admin

from hanhdong.audit.admin import ReadOnlyAdmin, ReadOnlyInline
from hanhdong.programs.models import Item, KeyTask, Program, Section


@admin.register(Program)
class ProgramAdmin(ReadOnlyAdmin):
    list_display = ["number", "title", "commune", "term_start", "term_end", "status", "revision"]
    list_filter = ["status"]
    search_fields = ["number", "title"]


@admin.register(KeyTask)
class KeyTaskAdmin(ReadOnlyAdmin):
    list_display = ["number", "name", "lead", "start_text", "end_text", "program"]
    list_filter = ["program"]
    search_fields = ["name", "lead_text"]


class ItemInline(ReadOnlyInline):
    model = Item


@admin.register(Section)
class SectionAdmin(ReadOnlyAdmin):
    list_display = ["path", "title", "program"]
    list_filter = ["program"]
    inlines = [ItemInline]
