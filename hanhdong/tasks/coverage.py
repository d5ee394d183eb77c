"""What carries the program out: per area of work and per item, the assigned tasks — of the
agencies' implementing plans, the commune's own plans, directives and meetings — that say
they carry it out, and how each stands; an item nothing carries out is flagged.

A task names what it carries out by place ("II.1.1" a section, "II.1.1:2" its second item),
which stays the same across revisions of the program. A task tied to a section carries out
that section's items together.

A commune's program carries out its city's in the same way: each place of it may name the
places of the city's program it carries out (``CityLink``), and the city sees, per area and
item of its program, which communes carry it out and how what carries out their linked
places stands (``city_coverage``); an item no commune carries out is flagged.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from hanhdong.orgs.models import Organization, OrgKind
from hanhdong.programs.models import Item, KeyTask, Program, Section
from hanhdong.reports.models import ProgressReport, ReportState
from hanhdong.tasks.models import AssignedTask, CityLink, Status, TaskState, status_of
from hanhdong.tasks.selectors import key_task_due, key_task_status

DONE = {Status.DONE_ON_TIME, Status.DONE_LATE}


@dataclass
class Carrier:
    """A task carrying out an item or a section."""

    pk: int
    title: str
    lead: str
    source: str  # the plan or document it comes from
    status: str
    opens: bool = True  # whether the user may open its page

    @property
    def status_label(self) -> str:
        return Status(self.status).label


@dataclass
class ItemRow:
    address: str  # "II.1.1:2"
    section: Section
    number: int
    text: str
    carriers: list[Carrier] = field(default_factory=list)
    city: list[str] = field(default_factory=list)  # what of the city's program it carries out

    @property
    def covered(self) -> bool:
        return bool(self.carriers)


@dataclass
class AreaRow:
    area: Section
    items: list[ItemRow] = field(default_factory=list)
    carriers: list[Carrier] = field(default_factory=list)  # tied to the area itself
    key_tasks: int = 0
    city: list[str] = field(default_factory=list)  # what of the city's program it carries out

    @property
    def uncovered(self) -> int:
        return sum(1 for i in self.items if not i.covered)

    @property
    def statuses(self) -> list[tuple[str, str, int]]:
        found = Counter(c.status for c in self.all_carriers())
        return [(s, Status(s).label, found[s]) for s in Status.values if found[s]]

    def all_carriers(self) -> list[Carrier]:
        seen, out = set(), []
        for carrier in [*self.carriers, *(c for i in self.items for c in i.carriers)]:
            if carrier.pk not in seen:
                seen.add(carrier.pk)
                out.append(carrier)
        return out


def _inside(path: str, area_path: str) -> bool:
    return path == area_path or path.startswith(area_path + ".")


def coverage(program, today: dt.date, reach=None) -> list[AreaRow]:
    """The program's areas, each with its items and what carries them out: six queries.
    With ``reach``, each task says whether that user may open it."""
    areas = program.areas()
    sections = {s.pk: s for s in Section.objects.filter(program=program)}
    items_by_section: dict[int, list[Item]] = defaultdict(list)
    for item in Item.objects.filter(section__program=program).order_by("position"):
        items_by_section[item.section_id].append(item)
    tasks = (
        AssignedTask.objects.filter(commune=program.commune)
        .exclude(state__in=[TaskState.DRAFT, TaskState.CANCELLED])
        .exclude(serves=[])
        .select_related("lead", "directive")
        .prefetch_related("partners")
    )
    by_address: dict[str, list[Carrier]] = defaultdict(list)
    for task in tasks:
        carrier = Carrier(
            pk=task.pk,
            title=task.title,
            lead=task.lead.label if task.lead else task.lead_text,
            source=str(task.directive),
            status=status_of(task.state, task.due_on, task.done_on, today),
            opens=reach is None or reach.can_see_assigned(task),
        )
        for address in task.serves:
            by_address[address].append(carrier)
    key_paths = list(
        KeyTask.sections.through.objects.filter(
            keytask__program=program, keytask__is_withdrawn=False
        ).values_list("keytask_id", "section__path")
    )
    rows = []
    for area in areas:
        row = AreaRow(area=area, carriers=list(by_address.get(area.path, [])))
        row.key_tasks = len({t for t, path in key_paths if _inside(path, area.path)})
        inside = sorted(
            (s for s in sections.values() if _inside(s.path, area.path)),
            key=lambda s: s.position,
        )
        for section in inside:
            for n, item in enumerate(items_by_section.get(section.pk, []), 1):
                address = f"{section.path}:{n}"
                carriers = by_address.get(address, []) + by_address.get(section.path, [])
                row.items.append(ItemRow(address, section, n, item.text, carriers))
        rows.append(row)
    return rows


# -- the city's program and what the communes' programs carry out of it -------------------
def city_program_of(commune) -> Program | None:
    """The program in force of the commune's city (a ``Program`` whose owner is the city):
    one query."""
    if commune.parent_id is None:
        return None
    return (
        Program.objects.filter(commune_id=commune.parent_id, commune__kind=OrgKind.CITY)
        .current()
        .select_related("commune")
        .order_by("-revision")
        .first()
    )


@dataclass
class Place:
    """A section ("II.1.1") or an item ("II.1.1:2") of a program, as one links to it."""

    address: str
    number: str  # as printed: "1.1", or the item's number
    text: str
    depth: int
    is_item: bool = False


def places(program) -> list[Place]:
    """The program's sections and items in reading order, each with its address: two
    queries."""
    items: dict[int, list[Item]] = defaultdict(list)
    for item in Item.objects.filter(section__program=program).order_by("position"):
        items[item.section_id].append(item)
    found = []
    for section in Section.objects.filter(program=program).order_by("position"):
        found.append(Place(section.path, section.number, section.title, section.depth))
        for n, item in enumerate(items.get(section.pk, []), 1):
            found.append(Place(f"{section.path}:{n}", str(n), item.text, section.depth + 1, True))
    return found


def city_links(commune) -> dict[str, list[str]]:
    """{place of the commune's program: the city's places it carries out}: one query."""
    return dict(CityLink.objects.filter(commune=commune).values_list("place", "serves"))


def with_city_links(rows: list[AreaRow], links: dict[str, list[str]]) -> list[AreaRow]:
    """The coverage ``rows``, each area and item with the city's places it carries out."""
    for row in rows:
        row.city = links.get(row.area.path, [])
        for item in row.items:
            item.city = links.get(item.address, [])
    return rows


def _within(address: str, place: str) -> bool:
    """Whether a task or key task naming ``address`` carries out ``place`` of the same
    program: what lies inside a section carries it out; a task of a whole section carries
    out each of its items."""
    if ":" in place:
        return address == place or address == place.split(":")[0]
    return address == place or address.startswith((place + ".", place + ":"))


def _enclosing(address: str, area_path: str) -> list[str]:
    """The item or section ``address`` of the city's program and the sections around it,
    up to its area: a commune linked to any of them carries it out."""
    path, _, _n = address.partition(":")
    found = [address] if ":" in address else []
    while True:
        found.append(path)
        if path == area_path or "." not in path:
            return found
        path = path.rsplit(".", 1)[0]


@dataclass
class CommuneShare:
    """One commune carrying out an item or an area of the city's program: the places of its
    program linked to it, and how the tasks and key tasks carrying those out stand."""

    commune: Organization
    places: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)  # each place with its section's title
    statuses: Counter = field(default_factory=Counter)

    @property
    def chips(self) -> list[tuple[str, str, int]]:
        return [(s, Status(s).label, self.statuses[s]) for s in Status.values if self.statuses[s]]

    @property
    def idle(self) -> bool:
        """Linked, yet nothing in the commune carries those places out."""
        return not self.statuses

    @property
    def overdue(self) -> int:
        return self.statuses[Status.OVERDUE]


@dataclass
class CityItemRow:
    address: str
    number: int
    text: str
    shares: list[CommuneShare] = field(default_factory=list)
    missing: list[Organization] = field(default_factory=list)  # communes carrying out nothing

    @property
    def covered(self) -> bool:
        return bool(self.shares)


@dataclass
class CityAreaRow:
    area: Section
    items: list[CityItemRow] = field(default_factory=list)
    shares: list[CommuneShare] = field(default_factory=list)  # linked anywhere in the area
    statuses: Counter = field(default_factory=Counter)

    @property
    def uncovered(self) -> int:
        return sum(1 for i in self.items if not i.covered)

    @property
    def chips(self) -> list[tuple[str, str, int]]:
        return [(s, Status(s).label, self.statuses[s]) for s in Status.values if self.statuses[s]]


@dataclass
class CityCoverage:
    program: Program | None
    communes: list[Organization]
    areas: list[CityAreaRow] = field(default_factory=list)
    linked: int = 0  # communes linked to any of it

    @property
    def items(self) -> int:
        return sum(len(a.items) for a in self.areas)

    @property
    def uncovered(self) -> int:
        return sum(a.uncovered for a in self.areas)


def _commune_statuses(communes, links, today) -> tuple[dict, dict]:
    """{(commune id, linked place): the statuses of what carries that place out in the
    commune — its assigned tasks and the key tasks of its program in force}, and {(commune
    id, linked place): the title of its section}: a fixed seven queries whatever the number
    of communes."""
    programs: dict[int, Program] = {}
    for program in Program.objects.filter(commune__in=communes).current().order_by("revision"):
        programs[program.commune_id] = program  # the latest revision not superseded
    found: dict[tuple[int, str], Counter] = defaultdict(Counter)
    places_of = defaultdict(set)
    for link in links:
        places_of[link.commune_id].add(link.place)
    tasks = (
        AssignedTask.objects.filter(commune__in=communes)
        .exclude(state__in=[TaskState.DRAFT, TaskState.CANCELLED])
        .exclude(serves=[])
        .values_list("commune_id", "serves", "state", "due_on", "done_on")
    )
    for commune_id, serves, state, due_on, done_on in tasks:
        status = status_of(state, due_on, done_on, today)
        for place in places_of.get(commune_id, ()):
            if any(_within(address, place) for address in serves):
                found[commune_id, place][status] += 1
    key_paths = defaultdict(set)
    commune_of_program = {p.pk: c for c, p in programs.items()}
    rows = KeyTask.sections.through.objects.filter(
        keytask__program__in=programs.values(), keytask__is_withdrawn=False
    ).values_list("keytask_id", "keytask__program_id", "section__path")
    for task_id, program_id, path in rows:
        key_paths[task_id, commune_of_program[program_id]].add(path)
    carrying = defaultdict(set)  # key task id: the linked places it carries out
    for (task_id, commune_id), paths in key_paths.items():
        for place in places_of.get(commune_id, ()):
            if any(_within(path, place) for path in paths):
                carrying[task_id].add((commune_id, place))
    if carrying:
        reports = {}
        accepted = (
            ProgressReport.objects.filter(task_id__in=carrying, state=ReportState.ACCEPTED)
            .order_by("period__cutoff_on", "period_id")
            .values_list("task_id", "status")
        )
        for task_id, status in accepted:
            reports[task_id] = status
        for task in KeyTask.objects.filter(pk__in=carrying).only("pk", "end_period"):
            status = key_task_status(reports.get(task.pk), key_task_due(task), today)
            for where in carrying[task.pk]:
                found[where][status] += 1
    titles = {}
    paths = {link.place.split(":")[0] for link in links}
    if paths and programs:
        commune_of = {p.pk: c for c, p in programs.items()}
        sections = Section.objects.filter(program__in=programs.values(), path__in=paths)
        titles = {
            (commune_of[program_id], path): title
            for program_id, path, title in sections.values_list("program_id", "path", "title")
        }
    return found, {
        (link.commune_id, link.place): titles.get((link.commune_id, link.place.split(":")[0]), "")
        for link in links
    }


def city_coverage(city, today: dt.date) -> CityCoverage:
    """The city's program, per area and item: which communes carry it out (their programs'
    places linked to it) and how what carries those places out stands; an item no commune
    carries out is flagged, with the communes that carry out nothing of it. A fixed number of
    queries, whatever the number of communes."""
    program = Program.objects.current_of(city)
    communes = list(Organization.objects.communes().filter(parent=city).order_by("name"))
    result = CityCoverage(program=program, communes=communes)
    if program is None:
        return result
    links = list(CityLink.objects.filter(commune__in=communes).exclude(serves=[]))
    statuses, titles = _commune_statuses(communes, links, today)
    by_id = {c.pk: c for c in communes}
    by_address: dict[str, list[CityLink]] = defaultdict(list)
    for link in links:
        for address in link.serves:
            by_address[address].append(link)
    result.linked = len({link.commune_id for link in links})

    def shares(addresses: list[str]) -> list[CommuneShare]:
        found: dict[int, CommuneShare] = {}
        for address in addresses:
            for link in by_address.get(address, []):
                share = found.setdefault(link.commune_id, CommuneShare(by_id[link.commune_id]))
                if link.place not in share.places:
                    share.places.append(link.place)
                    title = titles.get((link.commune_id, link.place), "")
                    share.labels.append(f"{link.place} {title}".strip())
                    share.statuses += statuses.get((link.commune_id, link.place), Counter())
        return sorted(found.values(), key=lambda s: s.commune.name)

    sections = list(Section.objects.filter(program=program).order_by("position"))
    items: dict[int, list[Item]] = defaultdict(list)
    for item in Item.objects.filter(section__program=program).order_by("position"):
        items[item.section_id].append(item)
    for area in program.areas():
        row = CityAreaRow(area=area)
        inside = [s for s in sections if _inside(s.path, area.path)]
        row.shares = shares([a for a in by_address if _within(a, area.path)])
        for share in row.shares:
            row.statuses += share.statuses
        for section in inside:
            for n, item in enumerate(items.get(section.pk, []), 1):
                address = f"{section.path}:{n}"
                carried = shares(_enclosing(address, area.path))
                taken = {s.commune.pk for s in carried}
                missing = [c for c in communes if c.pk not in taken]
                row.items.append(CityItemRow(address, n, item.text, carried, missing))
        result.areas.append(row)
    return result
