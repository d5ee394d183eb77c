"""Who may see and change what: every permission decision of hanhdong is made here.

A user's reach comes from their memberships: a role held in a commune body or agency
applies to that commune; a city viewer's role applies to every commune of the city;
a superuser (site administrator) reaches everything. ``reach_of`` works it out once per
request; its named capabilities (``can_edit_program``, ``may_see_identity`` …) are what
views, services, the API and templates ask.

Every object a URL names is fetched through a ``get_<thing>_for_user`` helper (404 when the
user may not see it) or ``get_<thing>_for_edit`` (403 when they may see but not change it).
The apps above ``orgs`` tell this module how to read their objects by id (``finder``, in
their ``selectors.py``), so the policy stays in one place without ``orgs`` importing them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404

from hanhdong.notifications.models import Notification
from hanhdong.orgs.models import CalendarDay, Membership, Organization, OrgKind, Role

# who does what, by role held in the commune
PARTY_OFFICE = frozenset({Role.CLERK})  # edits the program, units, users; routes feedback
LEADERS = frozenset({Role.STANDING, Role.CLERK, Role.INSPECTOR, Role.SUPERVISOR})
ASK_REPORTS = frozenset({Role.CLERK, Role.STANDING})
# hold meetings, record their conclusions, issue tasks and confirm they are done
ISSUE_TASKS = frozenset({Role.CLERK, Role.STANDING})
ALL_FEEDBACK = LEADERS  # see every submission of the commune (an agency: its own)
# who may know who sent a denunciation: the Standing Committee and those it designates
KNOW_DENOUNCERS = frozenset({Role.STANDING, Role.DENUNCIATIONS})
KNOW_SUBMITTERS = frozenset({Role.CLERK, Role.STANDING})  # besides the handling agency
DESIGNATE_DENOUNCERS_HANDLERS = frozenset({Role.STANDING})
# supervision on data: the oversight bodies read the signals; the Party Office, who keeps
# the data, reads them too and with the Inspection Committee sets their thresholds; the
# supervisors (People's Council) only read
SEE_SIGNALS = frozenset({Role.INSPECTOR, Role.STANDING, Role.SUPERVISOR, Role.CLERK})
SET_SIGNAL_THRESHOLDS = frozenset({Role.CLERK, Role.INSPECTOR})
REMIND_ON_SIGNALS = frozenset({Role.INSPECTOR, Role.STANDING, Role.CLERK})

# see the inspections and supervisions of the commune (what names a party member or a
# discipline: only the Inspection Committee and the Standing Committee)
SEE_OVERSIGHT = LEADERS
# link a target of the program to a coverage measure of the inspections
LINK_COVERAGE = frozenset({Role.STANDING, Role.CLERK})

# the bodies whose supervisors record supervisions
SUPERVISING_BODIES = frozenset({OrgKind.PEOPLES_COUNCIL, OrgKind.FATHERLAND_FRONT})

# the yearly evaluations: run by the Party-building board (its officers), decided by the
# Standing Committee, followed by the Party Office
DECIDE_EVALUATIONS = frozenset({Role.STANDING})
SEE_EVALUATIONS = frozenset({Role.STANDING, Role.CLERK})

MAX_ID = 2**63 - 1  # larger ids name nothing (and would overflow the database's integer)


@dataclass
class Reach:
    """What one user reaches, worked out once per request from their memberships."""

    is_admin: bool
    roles_by_commune: dict[int, set[str]]
    agency_ids: set[int]
    city_ids: set[int]
    # the communes where the user is an inspector on the Inspection Committee itself
    inspection_commune_ids: set[int] = field(default_factory=set)
    # the People's Council or Fatherland Front units where the user is a supervisor
    supervisor_unit_ids: set[int] = field(default_factory=set)
    supervising_commune_ids: set[int] = field(default_factory=set)

    user_id: int | None = None
    # the communes whose Party-building board the user is an officer of
    board_commune_ids: frozenset[int] = frozenset()

    # -- communes ----------------------------------------------------------------------
    def communes(self):
        qs = Organization.objects.filter(kind=OrgKind.COMMUNE)
        if self.is_admin:
            return qs
        return qs.filter(Q(pk__in=self.roles_by_commune) | Q(parent_id__in=self.city_ids))

    @cached_property
    def city_commune_ids(self) -> frozenset[int]:
        """The communes of the cities the user watches: one query, the first time."""
        if not self.city_ids:
            return frozenset()
        return frozenset(
            Organization.objects.filter(
                kind=OrgKind.COMMUNE, parent_id__in=self.city_ids
            ).values_list("pk", flat=True)
        )

    def roles(self, commune_id: int) -> set[str]:
        return self.roles_by_commune.get(commune_id, set())

    def _holds(self, commune_id: int, roles) -> bool:
        return self.is_admin or bool(self.roles(commune_id) & roles)

    def can_read(self, commune_id: int) -> bool:
        """See the commune's program, tasks and reports."""
        if self.is_admin or commune_id in self.roles_by_commune:
            return True
        return commune_id in self.city_commune_ids

    def can_read_city_of(self, commune_id: int) -> bool:
        return commune_id in self.city_commune_ids

    def can_read_city(self, city_id: int) -> bool:
        """See a city's communes side by side."""
        return self.is_admin or city_id in self.city_ids

    def can_link_to_city(self, commune_id: int) -> bool:
        """Say which items of the city's program the commune's program carries out: the
        Party Office (the city sees the roll-up: ``can_read_city``)."""
        return self._holds(commune_id, PARTY_OFFICE)

    def can_read_nation(self) -> bool:
        """See every city and province side by side: the site administrator."""
        return self.is_admin

    # -- the program and the organization ---------------------------------------------
    def can_edit_program(self, commune_id: int) -> bool:
        return self._holds(commune_id, PARTY_OFFICE)

    def can_set_up_communes(self) -> bool:
        """Add cities and communes: the site administrator."""
        return self.is_admin

    def can_manage_orgs(self, commune_id: int) -> bool:
        """Manage the commune's units and users (and import its program)."""
        return self._holds(commune_id, PARTY_OFFICE)

    def can_see_dashboard(self, commune_id: int) -> bool:
        return self._holds(commune_id, LEADERS) or self.can_read_city_of(commune_id)

    def can_ask_reports(self, commune_id: int) -> bool:
        """Ask the agencies for a report outside the calendar."""
        return self._holds(commune_id, ASK_REPORTS)

    def can_write_task(self, task) -> bool:
        """Change a key task and write its lead agency's reports: the officers of its lead
        agency, and the Party Office."""
        commune_id = task.program.commune_id
        if self.can_edit_program(commune_id):
            return True
        return Role.OFFICER in self.roles(commune_id) and task.lead_id in self.agency_ids

    def partner_agency(self, task):
        """The partner agency of ``task`` the user speaks for, if any."""
        if Role.OFFICER not in self.roles(task.program.commune_id):
            return None
        return next((p for p in task.partners.all() if p.pk in self.agency_ids), None)

    def agencies_in(self, commune_id: int) -> set[int]:
        """The agencies of the commune the user reports for."""
        if Role.OFFICER not in self.roles(commune_id):
            return set()
        return self.agency_ids

    # -- assigned tasks and meetings ----------------------------------------------------
    def can_issue_tasks(self, commune_id: int) -> bool:
        """Hold the Standing Committee's meetings, record their conclusions, take tasks in
        from directives, issue them, confirm or refuse their completion, pause or cancel
        them: the Party Office and the Standing Committee."""
        return self._holds(commune_id, ISSUE_TASKS)

    def sees_all_tasks(self, commune_id: int) -> bool:
        """Every assigned task of the commune (an agency's officer: those of its agency)."""
        return self._holds(commune_id, LEADERS) or self.can_read_city_of(commune_id)

    def can_edit_directive(self, directive) -> bool:
        """Change a directive and its tasks before and after issue: the issuers, and for an
        agency's own implementing plan the officers of that agency; an inspection's
        recommendations also the Inspection Committee, a supervision's the People's Council
        or Front unit that made them."""
        if self.can_issue_tasks(directive.commune_id):
            return True
        if directive.origin == "inspect" and self.can_inspect(directive.commune_id):
            return True
        if directive.origin == "supervis" and directive.owner_id in self.supervisor_unit_ids:
            return True
        return (
            directive.origin == "plan"
            and Role.OFFICER in self.roles(directive.commune_id)
            and directive.owner_id in self.agency_ids
        )

    def can_see_assigned(self, task) -> bool:
        if not self.can_read(task.commune_id):
            return False
        if self.sees_all_tasks(task.commune_id) or self.can_edit_directive(task.directive):
            return True
        partners = {p.pk for p in task.partners.all()}
        return bool(self.agency_ids & ({task.lead_id} | partners))

    def can_report_on(self, task) -> bool:
        """Report progress and hand in the product: the lead agency's officers (and those
        who may edit the directive)."""
        if self.can_edit_directive(task.directive):
            return True
        return Role.OFFICER in self.roles(task.commune_id) and task.lead_id in self.agency_ids

    # -- work queues ---------------------------------------------------------------------
    def owes_reports(self) -> bool:
        """Whether the user reports for an agency (an officer), so has reports to hand in:
        the "My work" queue. ``agency_ids`` are those agencies, in every commune."""
        return bool(self.agency_ids)

    def review_commune_ids(self) -> frozenset[int]:
        """The communes whose reports the user reviews and whose citizens' submissions they
        route — where they hold a Party Office role: the "Awaiting review" queue. The site
        administrator, who may act anywhere, has no queue of his own."""
        return frozenset(
            commune_id
            for commune_id, roles in self.roles_by_commune.items()
            if roles & PARTY_OFFICE
        )

    def can_manage_user(self, user, commune_id: int) -> bool:
        """Edit ``user``, who holds a role in the commune (their details, password and
        roles): the Party Office — but only when every role they hold lies in this commune.
        Someone who also holds a role in another commune or a city, or a site
        administrator, is managed by a site administrator."""
        if self.is_admin:
            return True
        return self.can_manage_orgs(commune_id) and user.pk in self.managed_users(
            [user], commune_id
        )

    def managed_users(self, users, commune_id: int) -> set[int]:
        """Which of ``users`` (holding roles in the commune) the user may edit: one query."""
        ids = [u.pk for u in users if not u.is_superuser or self.is_admin]
        if self.is_admin:
            return set(ids)
        if not self.can_manage_orgs(commune_id):
            return set()
        elsewhere = set(
            Membership.objects.filter(user_id__in=ids)
            .exclude(organization__commune_id=commune_id)
            .values_list("user_id", flat=True)
        )
        return set(ids) - elsewhere

    # -- citizens' feedback ------------------------------------------------------------
    def can_see_feedback_list(self, commune_id: int) -> bool:
        """Whoever works in the commune has a feedback list (an agency: its own items)."""
        return self.is_admin or bool(self.roles(commune_id))

    def sees_all_feedback(self, commune_id: int) -> bool:
        return self._holds(commune_id, ALL_FEEDBACK)

    def can_see_feedback(self, feedback) -> bool:
        commune_id = feedback.commune_id
        if not self.can_read(commune_id) or not self.can_see_feedback_list(commune_id):
            return False
        return self.sees_all_feedback(commune_id) or feedback.agency_id in self.agency_ids

    def can_route_feedback(self, commune_id: int) -> bool:
        """Take submissions down, accept or reject, assign, extend, close, and set the
        commune's rules for them: the Party Office."""
        return self._holds(commune_id, PARTY_OFFICE)

    def can_answer_feedback(self, feedback) -> bool:
        """Start and answer an item: its handling agency, or the Party Office."""
        return self.can_route_feedback(feedback.commune_id) or feedback.agency_id in self.agency_ids

    def may_see_identity(self, feedback) -> bool:
        """Who sent it, and what they wrote unmasked (name, phone, email, files, the title
        and text): a denunciation's author is known only to the Standing Committee and those
        it designates to handle denunciations; anything else's to the Party Office, the
        Standing Committee and the handling agency."""
        commune_id = feedback.commune_id
        if self.is_admin:
            return True
        if feedback.is_denunciation:
            return self.may_know_denouncers(commune_id)
        handler = Role.OFFICER in self.roles(commune_id) and feedback.agency_id in self.agency_ids
        return handler or bool(self.roles(commune_id) & KNOW_SUBMITTERS)

    def may_know_denouncers(self, commune_id: int) -> bool:
        """Who sent the commune's denunciations, and what they wrote: the Standing Committee
        and those it designates (and the site administrator)."""
        return self.is_admin or bool(self.roles(commune_id) & KNOW_DENOUNCERS)

    def can_set_feedback_kind(self, feedback) -> bool:
        """Confirm or correct what kind a submission is: the Party Office; a denunciation's,
        only those who may read it unmasked (the Standing Committee and those it
        designates)."""
        if feedback.is_denunciation:
            return self.may_see_identity(feedback)
        return self.can_route_feedback(feedback.commune_id)

    def can_join_feedback(self, feedback) -> bool:
        """Join a submission to another about the same matter, or let it go: the Party
        Office; never a denunciation, handled in confidence on its own."""
        return self.can_route_feedback(feedback.commune_id) and not feedback.is_denunciation

    def can_designate_denunciation_handlers(self, commune_id: int) -> bool:
        return self._holds(commune_id, DESIGNATE_DENOUNCERS_HANDLERS)

    # -- supervision on data --------------------------------------------------------------
    def can_see_signals(self, commune_id: int) -> bool:
        """The signals computed from the commune's data, with their evidence: the
        Inspection Committee, the Standing Committee, the supervisors and the Party Office."""
        return self._holds(commune_id, SEE_SIGNALS)

    def can_set_signal_thresholds(self, commune_id: int) -> bool:
        """How many late periods, days overdue, submissions raise a signal: the Party
        Office and the Inspection Committee."""
        return self._holds(commune_id, SET_SIGNAL_THRESHOLDS)

    def can_remind_on_signals(self, commune_id: int) -> bool:
        """Send an agency a reminder about a signal: the Inspection Committee, the Standing
        Committee and the Party Office (the supervisors only read)."""
        return self._holds(commune_id, REMIND_ON_SIGNALS)

    # -- inspection and supervision ------------------------------------------------------
    def can_see_oversight(self, commune_id: int) -> bool:
        """The inspection and supervision programs, the inspections carried out (what
        names no party member), the supervisions of the People's Council and the Front, the
        coverage: the commune's leaders and the city's viewers."""
        return self._holds(commune_id, SEE_OVERSIGHT) or self.can_read_city_of(commune_id)

    def can_inspect(self, commune_id: int) -> bool:
        """Plan inspections and supervisions, carry them out and conclude them: the
        Inspection Committee's inspectors and the Standing Committee."""
        if self.is_admin or commune_id in self.inspection_commune_ids:
            return True
        return Role.STANDING in self.roles(commune_id)

    def may_see_members(self, commune_id: int) -> bool:
        """Records naming a party member, and disciplinary outcomes: the Inspection
        Committee's inspectors and the Standing Committee only (every look logged)."""
        return self.can_inspect(commune_id)

    def can_link_coverage(self, commune_id: int) -> bool:
        """Say which target of the program a coverage measure gives the value of: the
        Inspection Committee, the Standing Committee and the Party Office."""
        return self.can_inspect(commune_id) or self._holds(commune_id, LINK_COVERAGE)

    def can_record_supervision(self, commune_id: int) -> bool:
        """Record the People's Council's or the Front's supervisions, critique conferences
        and dialogues: their supervisors."""
        return self.is_admin or commune_id in self.supervising_commune_ids

    def can_edit_supervision(self, supervision) -> bool:
        """Change a supervision and its recommendations: the supervisors of the body that
        held it."""
        return self.is_admin or supervision.body_id in self.supervisor_unit_ids

    # -- the yearly evaluations --------------------------------------------------------
    def can_run_evaluations(self, commune_id: int) -> bool:
        """Keep the criteria sets, open the year's round, propose the ratings, score the
        commune's own criteria, keep the register of self-managed models: the officers of
        the Party-building board."""
        return self.is_admin or commune_id in self.board_commune_ids

    def can_decide_evaluations(self, commune_id: int) -> bool:
        """Decide the ratings the board proposes: the Standing Committee."""
        return self._holds(commune_id, DECIDE_EVALUATIONS)

    def sees_evaluations(self, commune_id: int) -> bool:
        """Every rating of the commune: the board, the Standing Committee, the Party
        Office."""
        return self.can_run_evaluations(commune_id) or self._holds(commune_id, SEE_EVALUATIONS)

    def has_evaluations_page(self, commune_id: int) -> bool:
        """The evaluations' page: those who see every rating, the agencies' officers (their
        own), the city's viewers (the commune's own scoring)."""
        return (
            self.sees_evaluations(commune_id)
            or Role.OFFICER in self.roles(commune_id)
            or self.can_read_city_of(commune_id)
        )

    def can_self_assess(self, rating) -> bool:
        """A head assesses themself; a collective, its unit's officers."""
        if rating.kind == "individual":
            return rating.person_id is not None and rating.person_id == self.user_id
        commune_id = rating.organization.commune_id
        return Role.OFFICER in self.roles(commune_id) and rating.organization_id in self.agency_ids

    def can_see_rating(self, rating) -> bool:
        return self.sees_evaluations(rating.round.commune_id) or self.can_self_assess(rating)

    def can_see_commune_scoring(self, commune_id: int) -> bool:
        return self.sees_evaluations(commune_id) or self.can_read_city_of(commune_id)

    def can_verify_commune_scoring(self, commune_id: int) -> bool:
        """Verify the commune's own yearly scoring: the city's viewers."""
        return self.is_admin or self.can_read_city_of(commune_id)


def reach_of(user) -> Reach:
    cached = getattr(user, "_hanhdong_reach", None)
    if cached is not None:
        return cached
    roles: dict[int, set[str]] = {}
    agencies: set[int] = set()
    cities: set[int] = set()
    inspecting: set[int] = set()
    supervising: set[int] = set()
    supervising_communes: set[int] = set()

    boards: set[int] = set()
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
                if org.kind == OrgKind.PARTY_BOARD:
                    boards.add(org.commune_id)
            if m.role == Role.INSPECTOR and org.kind == OrgKind.INSPECTION_COMMITTEE:
                inspecting.add(org.commune_id)
            if m.role == Role.SUPERVISOR and org.kind in SUPERVISING_BODIES:
                supervising.add(org.pk)
                supervising_communes.add(org.commune_id)
    reach = Reach(
        is_admin=bool(user.is_authenticated and user.is_active and user.is_superuser),
        roles_by_commune=roles,
        agency_ids=agencies,
        city_ids=cities,
        inspection_commune_ids=inspecting,
        supervisor_unit_ids=supervising,
        supervising_commune_ids=supervising_communes,
        user_id=user.pk if user.is_authenticated else None,
        board_commune_ids=frozenset(boards),
    )
    if user.is_authenticated:
        user._hanhdong_reach = reach
    return reach


# -- how the apps above orgs read their objects by id --------------------------------
Finder = Callable[[int], object]
_finders: dict[str, Finder] = {}


def finder(name: str):
    """Register ``function(pk) -> object or None`` as the way to read ``name`` by id."""

    def register(function: Finder) -> Finder:
        _finders[name] = function
        return function

    return register


def _find(name: str, pk):
    return _finders[name](int(pk)) if _find_id(pk) else None


def _allow(reach: Reach, may, *args) -> None:
    if may is not None and not may(reach, *args):
        raise PermissionDenied


def _get_in_commune(request, name: str, pk, commune_of, may=None):
    """The ``name`` with id ``pk``, if the user reads its commune (``commune_of(found)``):
    404 otherwise; ``may``, a capability of Reach, must hold for that commune too (403)."""
    found = _find(name, pk)
    reach = reach_of(request.user)
    if found is None or not reach.can_read(commune_of(found)):
        raise Http404
    _allow(reach, may, commune_of(found))
    return found


# -- objects by id, for views ---------------------------------------------------------
def get_commune_for_user(request, pk, *, may=None) -> Organization:
    """The commune ``pk`` if the user may see it (404); ``may``, a capability of Reach
    such as ``Reach.can_route_feedback``, must hold too (403)."""
    reach = reach_of(request.user)
    commune = None
    if _find_id(pk):
        commune = Organization.objects.filter(pk=pk, kind=OrgKind.COMMUNE).first()
    if commune is None or not reach.can_read(commune.pk):
        raise Http404
    _allow(reach, may, commune.pk)
    return commune


def require_commune_setup(request) -> None:
    """Only the site administrator adds cities and communes: 403 for anyone else."""
    _allow(reach_of(request.user), Reach.can_set_up_communes)


def get_commune_for_admin(request, pk) -> Organization:
    """The commune ``pk`` if the user manages its organizations and users: 404 / 403."""
    return get_commune_for_user(request, pk, may=Reach.can_manage_orgs)


def get_calendar_day_for_edit(request, pk) -> CalendarDay:
    """A day the commune recorded in its calendar, for its Party Office: 404 / 403."""
    found = None
    if _find_id(pk):
        found = CalendarDay.objects.select_related("commune").filter(pk=pk).first()
    reach = reach_of(request.user)
    if found is None or not reach.can_read(found.commune_id):
        raise Http404
    _allow(reach, Reach.can_manage_orgs, found.commune_id)
    return found


def get_city_for_user(request, pk) -> Organization:
    city = Organization.objects.filter(pk=pk, kind=OrgKind.CITY).first() if _find_id(pk) else None
    if city is None or not reach_of(request.user).can_read_city(city.pk):
        raise Http404
    return city


def require_nation(request) -> None:
    """The national roll-up: 404 for anyone who may not see it."""
    if not reach_of(request.user).can_read_nation():
        raise Http404


def get_org_for_admin(request, pk) -> Organization:
    """A unit inside a commune the user manages (the commune itself is not one): 404 / 403."""
    org = None
    if _find_id(pk):
        org = Organization.objects.select_related("commune", "parent").filter(pk=pk).first()
    reach = reach_of(request.user)
    if org is None or org.commune_id is None or not reach.can_read(org.commune_id):
        raise Http404
    if org.pk == org.commune_id:
        raise Http404  # the commune itself is managed by the site administrator
    _allow(reach, Reach.can_manage_orgs, org.commune_id)
    return org


def get_user_for_admin(request, commune, pk, users):
    """The user ``pk`` among ``users`` (those holding a role in ``commune``), if the user
    asking may manage them: 404 otherwise."""
    found = users.filter(pk=pk).first() if _find_id(pk) else None
    if found is None or not reach_of(request.user).can_manage_user(found, commune.pk):
        raise Http404
    return found


def get_agency_for_user(request, commune_id: int, pk=None) -> Organization:
    """One of the agencies of the commune the user reports for (``pk``, or the first): 403
    when they report for none."""
    ids = reach_of(request.user).agencies_in(commune_id)
    agencies = Organization.objects.filter(pk__in=ids, commune=commune_id).order_by("name")
    agency = agencies.filter(pk=pk).first() if pk and _find_id(pk) else agencies.first()
    if agency is None:
        raise PermissionDenied
    return agency


def get_unit_for_reminder(request, commune_pk, pk) -> tuple[Organization, Organization]:
    """(the commune, its unit ``pk``) for a reminder about a signal: 404 when the user may
    not see the commune or the unit is not one of its own, 403 when they may not remind."""
    commune = get_commune_for_user(request, commune_pk, may=Reach.can_remind_on_signals)
    unit = Organization.objects.in_commune(commune).filter(pk=pk).first() if _find_id(pk) else None
    if unit is None:
        raise Http404
    return commune, unit


def get_indicator_sheet_for_edit(request, pk):
    """How a sheet of figures from another system is read into the program's targets: the
    Party Office's (404 when the commune is not the user's, 403 when not theirs to edit)."""
    return _get_in_commune(
        request,
        "indicator_sheet",
        pk,
        lambda sheet: sheet.program.commune_id,
        Reach.can_edit_program,
    )


def get_program_for_user(request, pk, *, may=None):
    """The program ``pk`` if the user may see it (404); ``may`` must hold too (403)."""
    return _get_in_commune(request, "program", pk, lambda p: p.commune_id, may)


def get_program_for_edit(request, pk):
    """The program ``pk`` if the user edits its commune's program: 404 / 403."""
    return get_program_for_user(request, pk, may=Reach.can_edit_program)


def get_section_for_edit(request, pk):
    section = _find("section", pk)
    if section is None:
        raise Http404
    get_program_for_edit(request, section.program_id)
    return section


def get_target_for_edit(request, pk):
    target = _find("target", pk)
    if target is None:
        raise Http404
    get_program_for_edit(request, target.program_id)
    return target


def get_task_for_user(request, pk):
    return _get_in_commune(request, "task", pk, lambda t: t.program.commune_id)


def get_task_for_edit(request, pk):
    task = get_task_for_user(request, pk)
    if not reach_of(request.user).can_write_task(task):
        raise PermissionDenied
    return task


def get_period_for_user(request, pk, *, may=None):
    """A reporting period of a program the user may see (404); ``may`` too (403)."""
    return _get_in_commune(request, "period", pk, lambda p: p.program.commune_id, may)


def get_period_for_edit(request, pk):
    return get_period_for_user(request, pk, may=Reach.can_edit_program)


def get_report_for_user(request, task_pk, period_pk):
    """(task, period, its report or None) for the report page of a task the user may see."""
    task = get_task_for_user(request, task_pk)
    period = _find("period", period_pk)
    if period is None or period.program_id != task.program_id:
        raise Http404
    report = task.reports.filter(period=period).first()
    return task, period, report


def get_report_for_review(request, task_pk, period_pk):
    """The report the Party Office accepts or returns: 404 / 403."""
    task, period, report = get_report_for_user(request, task_pk, period_pk)
    _allow(reach_of(request.user), Reach.can_edit_program, task.program.commune_id)
    if report is None:
        raise Http404
    return task, period, report


def get_report_file_for_user(request, pk):
    """A file attached to a report: whoever sees the task sees its files."""
    found = _find("report_file", pk)
    if found is None:
        raise Http404
    get_task_for_user(request, found.report.task_id)
    return found


def get_feedback_for_user(request, pk):
    """A citizen's submission, for staff: the commune's leaders and the Party Office see
    every one, an agency those assigned to it (404 otherwise)."""
    feedback = _find("feedback", pk)
    if feedback is None or not reach_of(request.user).can_see_feedback(feedback):
        raise Http404
    return feedback


def get_feedback_for_routing(request, pk):
    """A submission the user routes (accept, assign, extend, close): 404 / 403."""
    feedback = get_feedback_for_user(request, pk)
    _allow(reach_of(request.user), Reach.can_route_feedback, feedback.commune_id)
    return feedback


def get_feedback_for_answer(request, pk):
    """A submission the user starts and answers (its agency, or the Party Office): 404 /
    403."""
    feedback = get_feedback_for_user(request, pk)
    _allow(reach_of(request.user), Reach.can_answer_feedback, feedback)
    return feedback


def get_feedback_for_kind(request, pk):
    """A submission whose kind the user confirms or corrects: 404 / 403."""
    feedback = get_feedback_for_user(request, pk)
    _allow(reach_of(request.user), Reach.can_set_feedback_kind, feedback)
    return feedback


def get_feedback_for_join(request, pk):
    """A submission the user joins to another, or lets go: 404 / 403."""
    feedback = get_feedback_for_user(request, pk)
    _allow(reach_of(request.user), Reach.can_join_feedback, feedback)
    return feedback


def get_feedback_file_for_user(request, pk):
    """A file a citizen sent: only those who may know the submitter (404 otherwise)."""
    found = _find("feedback_file", pk)
    if found is None:
        raise Http404
    feedback = get_feedback_for_user(request, found.feedback_id)
    if not reach_of(request.user).may_see_identity(feedback):
        raise Http404
    return found


def get_notification_for_user(request, pk) -> Notification:
    """One of the user's own notifications: 404 for anyone else's."""
    found = None
    if _find_id(pk) and request.user.is_authenticated:
        found = Notification.objects.of(request.user).filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


def get_open311_key_for_edit(request, pk):
    """An Open311 key of a commune whose feedback rules the user sets: 404 / 403."""
    return _get_in_commune(
        request, "open311_key", pk, lambda key: key.commune_id, Reach.can_route_feedback
    )


def get_assigned_for_user(request, pk):
    """An assigned task the user may see: 404 otherwise."""
    task = _find("assigned_task", pk)
    if task is None or not reach_of(request.user).can_see_assigned(task):
        raise Http404
    return task


def get_assigned_for_progress(request, pk):
    """An assigned task whose progress the user reports (its lead agency): 404 / 403."""
    task = get_assigned_for_user(request, pk)
    _allow(reach_of(request.user), Reach.can_report_on, task)
    return task


def get_assigned_for_edit(request, pk):
    """An assigned task the user changes, confirms, pauses or cancels (its issuer): 404 /
    403."""
    task = get_assigned_for_user(request, pk)
    _allow(reach_of(request.user), Reach.can_edit_directive, task.directive)
    return task


def get_directive_for_user(request, pk):
    """A directive document of a commune the user reads: 404 otherwise."""
    return _get_in_commune(request, "directive", pk, lambda d: d.commune_id)


def get_directive_for_edit(request, pk):
    directive = get_directive_for_user(request, pk)
    _allow(reach_of(request.user), Reach.can_edit_directive, directive)
    return directive


def get_meeting_for_user(request, pk):
    """A meeting of the commune's Standing or Executive Committee: its leaders and the
    agencies' officers read it (404 otherwise)."""
    return _get_in_commune(request, "meeting", pk, lambda m: m.commune_id)


def get_meeting_for_edit(request, pk):
    return _get_in_commune(request, "meeting", pk, lambda m: m.commune_id, Reach.can_issue_tasks)


def get_draft_for_edit(request, pk):
    """An imported document waiting in its preview: the Party Office of its commune."""
    return _get_in_commune(request, "draft", pk, lambda d: d.commune_id, Reach.can_edit_program)


def get_register_entry_for_edit(request, pk):
    """An entry of a commune's register of documents: its Party Office (404 / 403)."""
    return _get_in_commune(
        request, "register_entry", pk, lambda e: e.commune_id, Reach.can_edit_program
    )


def get_import_job_for_edit(request, pk):
    """An uploaded document being read in the background: as its draft will be."""
    return _get_in_commune(
        request, "import_job", pk, lambda j: j.commune_id, Reach.can_edit_program
    )


# -- inspection and supervision ------------------------------------------------------------
def get_oversight_commune(request, pk, *, may=None) -> Organization:
    """A commune whose inspections and supervisions the user sees (404); ``may`` too (403)."""
    commune = get_commune_for_user(request, pk)
    _allow(reach_of(request.user), Reach.can_see_oversight, commune.pk)
    _allow(reach_of(request.user), may, commune.pk)
    return commune


def get_oversight_program_for_user(request, pk):
    return _get_in_commune(
        request, "oversight_program", pk, lambda p: p.commune_id, Reach.can_see_oversight
    )


def get_oversight_program_for_edit(request, pk):
    program = get_oversight_program_for_user(request, pk)
    _allow(reach_of(request.user), Reach.can_inspect, program.commune_id)
    return program


def get_planned_item_for_edit(request, pk):
    item = _find("planned_item", pk)
    if item is None:
        raise Http404
    get_oversight_program_for_edit(request, item.program_id)
    return item


def get_inspection_for_user(request, pk):
    """An inspection the user may read: one that names a party member or a discipline only
    by the Inspection Committee and the Standing Committee (404 for anyone else)."""
    inspection = _get_in_commune(
        request, "inspection", pk, lambda i: i.commune_id, Reach.can_see_oversight
    )
    if inspection.is_restricted and not reach_of(request.user).may_see_members(
        inspection.commune_id
    ):
        raise Http404
    return inspection


def get_inspection_for_edit(request, pk):
    inspection = get_inspection_for_user(request, pk)
    _allow(reach_of(request.user), Reach.can_inspect, inspection.commune_id)
    return inspection


def get_coverage_link_for_edit(request, pk):
    return _get_in_commune(
        request,
        "coverage_link",
        pk,
        lambda link: link.target.program.commune_id,
        Reach.can_link_coverage,
    )


def get_supervision_for_user(request, pk):
    return _get_in_commune(
        request, "supervision", pk, lambda s: s.commune_id, Reach.can_see_oversight
    )


def get_supervision_for_edit(request, pk):
    supervision = get_supervision_for_user(request, pk)
    _allow(reach_of(request.user), Reach.can_edit_supervision, supervision)
    return supervision


# -- the yearly evaluations -------------------------------------------------------------
def get_criteria_set_for_user(request, pk):
    """A criteria set, for whoever has the commune's evaluations page: 404 otherwise."""
    return _get_in_commune(
        request, "criteria_set", pk, lambda s: s.commune_id, Reach.has_evaluations_page
    )


def get_criteria_set_for_edit(request, pk):
    """A criteria set the Party-building board changes: 404 / 403."""
    found = get_criteria_set_for_user(request, pk)
    _allow(reach_of(request.user), Reach.can_run_evaluations, found.commune_id)
    return found


def get_criterion_for_edit(request, pk):
    found = _find("criterion", pk)
    if found is None:
        raise Http404
    get_criteria_set_for_edit(request, found.criteria_set_id)
    return found


def get_round_for_user(request, pk):
    """A year's evaluation round: its page lists what the user may see of it."""
    return _get_in_commune(request, "round", pk, lambda r: r.commune_id, Reach.has_evaluations_page)


def get_round_for_summary(request, pk):
    """A round with every rating in it (its summary table, the board's submission): those
    who see every rating of the commune (404 otherwise)."""
    found = _find("round", pk)
    if found is None or not reach_of(request.user).sees_evaluations(found.commune_id):
        raise Http404
    return found


def get_round_for_edit(request, pk):
    """A round the Party-building board runs: 404 / 403."""
    return _get_in_commune(request, "round", pk, lambda r: r.commune_id, Reach.can_run_evaluations)


def get_round_for_decision(request, pk):
    """A round the Standing Committee decides: 404 / 403."""
    return _get_in_commune(
        request, "round", pk, lambda r: r.commune_id, Reach.can_decide_evaluations
    )


def get_rating_for_user(request, pk):
    """One collective's or head's rating: whoever sees the commune's ratings, and the rated
    (404 otherwise)."""
    found = _find("rating", pk)
    if found is None or not reach_of(request.user).can_see_rating(found):
        raise Http404
    return found


def get_rating_for_self(request, pk):
    """A rating the user self-assesses (the head; the unit's officer): 404 / 403."""
    found = get_rating_for_user(request, pk)
    _allow(reach_of(request.user), Reach.can_self_assess, found)
    return found


def get_rating_for_review(request, pk):
    """A rating the Party-building board proposes: 404 / 403."""
    found = get_rating_for_user(request, pk)
    _allow(reach_of(request.user), Reach.can_run_evaluations, found.round.commune_id)
    return found


def get_assessment_for_user(request, pk):
    """The commune's own scoring of a year: its leaders and the city (404 otherwise)."""
    found = _find("assessment", pk)
    if found is None or not reach_of(request.user).can_see_commune_scoring(found.commune_id):
        raise Http404
    return found


def get_assessment_for_edit(request, pk):
    found = get_assessment_for_user(request, pk)
    _allow(reach_of(request.user), Reach.can_run_evaluations, found.commune_id)
    return found


def get_assessment_for_verify(request, pk):
    found = get_assessment_for_user(request, pk)
    _allow(reach_of(request.user), Reach.can_verify_commune_scoring, found.commune_id)
    return found


def get_model_for_edit(request, pk):
    """A self-managed model of the register, for the Party-building board: 404 / 403."""
    return _get_in_commune(
        request, "self_managed_model", pk, lambda m: m.commune_id, Reach.can_run_evaluations
    )


def _find_id(pk) -> bool:
    """Whether ``pk`` could be an id at all."""
    try:
        return 0 < int(pk) <= MAX_ID
    except (TypeError, ValueError):
        return False
