"""Who may see and change what. Every view and API endpoint goes through these helpers.

A user's reach comes from their memberships: a role held in a commune body or agency
applies to that commune; a city viewer's role applies to every commune of the city;
a superuser (site administrator) reaches everything.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import Http404

from hanhdong.orgs.models import Membership, Organization, OrgKind, Role

EDIT_PROGRAM_ROLES = {Role.CLERK}
READ_ALL_ROLES = {Role.STANDING, Role.CLERK, Role.INSPECTOR, Role.SUPERVISOR, Role.OFFICER}
DASHBOARD_ROLES = {Role.STANDING, Role.CLERK, Role.INSPECTOR, Role.SUPERVISOR}


@dataclass
class Reach:
    """What one user reaches, worked out once per request from their memberships."""

    is_admin: bool
    roles_by_commune: dict[int, set[str]]
    agency_ids: set[int]
    city_ids: set[int]

    def communes(self):
        qs = Organization.objects.filter(kind=OrgKind.COMMUNE)
        if self.is_admin:
            return qs
        from django.db.models import Q

        return qs.filter(Q(pk__in=self.roles_by_commune) | Q(parent_id__in=self.city_ids))

    def can_read(self, commune_id: int) -> bool:
        if self.is_admin or commune_id in self.roles_by_commune:
            return True
        return (
            bool(self.city_ids)
            and Organization.objects.filter(pk=commune_id, parent_id__in=self.city_ids).exists()
        )

    def roles(self, commune_id: int) -> set[str]:
        return self.roles_by_commune.get(commune_id, set())

    def can_edit_program(self, commune_id: int) -> bool:
        return self.is_admin or bool(self.roles(commune_id) & EDIT_PROGRAM_ROLES)

    can_manage_orgs = can_edit_program

    def can_see_dashboard(self, commune_id: int) -> bool:
        if self.is_admin or self.can_read_city_of(commune_id):
            return True
        return bool(self.roles(commune_id) & DASHBOARD_ROLES)

    def can_read_city_of(self, commune_id: int) -> bool:
        return (
            bool(self.city_ids)
            and Organization.objects.filter(pk=commune_id, parent_id__in=self.city_ids).exists()
        )

    def can_report(self, task) -> bool:
        """Write the lead agency's report on ``task``."""
        commune_id = task.program.commune_id
        if self.can_edit_program(commune_id):
            return True
        return Role.OFFICER in self.roles(commune_id) and task.lead_id in self.agency_ids

    def partner_agency(self, task):
        """The partner agency of ``task`` the user speaks for, if any."""
        if Role.OFFICER not in self.roles(task.program.commune_id):
            return None
        return next((p for p in task.partners.all() if p.pk in self.agency_ids), None)

    def can_edit_task(self, task) -> bool:
        commune_id = task.program.commune_id
        if self.can_edit_program(commune_id):
            return True
        return Role.OFFICER in self.roles(commune_id) and task.lead_id in self.agency_ids


def reach_of(user) -> Reach:
    cached = getattr(user, "_hanhdong_reach", None)
    if cached is not None:
        return cached
    roles: dict[int, set[str]] = {}
    agencies: set[int] = set()
    cities: set[int] = set()
    if user.is_authenticated and user.is_active:
        memberships = Membership.objects.filter(user=user).select_related("organization")
        for m in memberships:
            org = m.organization
            if m.role == Role.CITY_VIEWER:
                if org.kind == OrgKind.CITY:
                    cities.add(org.pk)
                continue
            if org.commune_id is None:
                continue
            roles.setdefault(org.commune_id, set()).add(m.role)
            if m.role == Role.OFFICER:
                agencies.add(org.pk)
    reach = Reach(
        is_admin=bool(user.is_authenticated and user.is_active and user.is_superuser),
        roles_by_commune=roles,
        agency_ids=agencies,
        city_ids=cities,
    )
    if user.is_authenticated:
        user._hanhdong_reach = reach
    return reach


# -- objects by id, for views -------------------------------------------------------
def get_commune_for_user(request, pk) -> Organization:
    """The commune ``pk`` if the user may see it, else 404."""
    reach = reach_of(request.user)
    commune = Organization.objects.filter(pk=pk, kind=OrgKind.COMMUNE).first()
    if commune is None or not reach.can_read(commune.pk):
        raise Http404
    return commune


def get_commune_for_admin(request, pk) -> Organization:
    """The commune ``pk`` if the user manages its organizations and users: 404 / 403."""
    commune = get_commune_for_user(request, pk)
    if not reach_of(request.user).can_manage_orgs(commune.pk):
        raise PermissionDenied
    return commune


def get_program_for_user(request, pk):
    from hanhdong.programs.models import Program

    program = Program.objects.select_related("commune").filter(pk=pk).first()
    if program is None or not reach_of(request.user).can_read(program.commune_id):
        raise Http404
    return program


def get_task_for_user(request, pk):
    from hanhdong.programs.models import KeyTask

    task = (
        KeyTask.objects.select_related("program__commune", "lead")
        .prefetch_related("partners", "sections", "targets")
        .filter(pk=pk)
        .first()
    )
    if task is None or not reach_of(request.user).can_read(task.program.commune_id):
        raise Http404
    return task


def get_task_for_edit(request, pk):
    task = get_task_for_user(request, pk)
    if not reach_of(request.user).can_edit_task(task):
        raise PermissionDenied
    return task


def get_org_for_admin(request, pk) -> Organization:
    org = Organization.objects.select_related("commune", "parent").filter(pk=pk).first()
    reach = reach_of(request.user)
    if org is None or org.commune_id is None or not reach.can_read(org.commune_id):
        raise Http404
    if not reach.can_manage_orgs(org.commune_id):
        raise PermissionDenied
    return org


def get_program_for_edit(request, pk):
    """The program ``pk`` if the user edits its commune's program: 404 / 403."""
    program = get_program_for_user(request, pk)
    if not reach_of(request.user).can_edit_program(program.commune_id):
        raise PermissionDenied
    return program


def get_section_for_edit(request, pk):
    from hanhdong.programs.models import Section

    section = Section.objects.select_related("program").filter(pk=pk).first()
    if section is None:
        raise Http404
    get_program_for_edit(request, section.program_id)
    return section


def get_target_for_edit(request, pk):
    from hanhdong.targets.models import Target

    target = Target.objects.select_related("program").filter(pk=pk).first()
    if target is None:
        raise Http404
    get_program_for_edit(request, target.program_id)
    return target
