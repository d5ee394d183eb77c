from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from hanhdong.audit.admin import ReadOnlyAdmin, ReadOnlyInline
from hanhdong.orgs.models import ApiToken, Membership, Organization


class MembershipInline(ReadOnlyInline):
    model = Membership


@admin.register(Organization)
class OrganizationAdmin(ReadOnlyAdmin):
    list_display = ["name", "kind", "commune", "parent", "is_active"]
    list_filter = ["kind", "is_active"]
    search_fields = ["name", "short_name", "code", "aliases"]
    inlines = [MembershipInline]


@admin.register(ApiToken)
class ApiTokenAdmin(ReadOnlyAdmin):
    list_display = ["name", "user", "created_at", "last_used_at"]


# users and their roles are managed on the commune's Users page (orgs.services, audited);
# groups are not used
admin.site.unregister(get_user_model())
admin.site.unregister(Group)


@admin.register(get_user_model())
class UserAdmin(ReadOnlyAdmin):
    list_display = ["username", "first_name", "last_name", "email", "is_active", "is_superuser"]
    list_filter = ["is_active", "is_superuser"]
    search_fields = ["username", "first_name", "last_name", "email"]
    fields = ["username", "first_name", "last_name", "email", "is_active", "is_superuser"]
    inlines = [MembershipInline]

    def get_readonly_fields(self, request, obj=None):
        return self.fields
