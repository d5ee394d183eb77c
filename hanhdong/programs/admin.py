from django.contrib import admin

from hanhdong.programs.models import Item, KeyTask, Program, Section


@admin.register(Program)
class ProgramAdmin(admin.ModelAdmin):
    list_display = ["number", "title", "commune", "term_start", "term_end", "status", "revision"]
    list_filter = ["status"]
    search_fields = ["number", "title"]


@admin.register(KeyTask)
class KeyTaskAdmin(admin.ModelAdmin):
    list_display = ["number", "name", "lead", "start_text", "end_text", "program"]
    list_filter = ["program"]
    search_fields = ["name", "lead_text"]
    filter_horizontal = ["partners", "sections"]


class ItemInline(admin.TabularInline):
    model = Item
    extra = 0


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["path", "title", "program"]
    list_filter = ["program"]
    inlines = [ItemInline]
