"""What carries the program out: per area of work and per item, the assigned tasks — of the
agencies' implementing plans, the commune's own plans, directives and meetings — that say
they carry it out, and how each stands; an item nothing carries out is flagged.

A task names what it carries out by place ("II.1.1" a section, "II.1.1:2" its second item),
which stays the same across revisions of the program. A task tied to a section carries out
that section's items together.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from hanhdong.programs.models import Item, KeyTask, Section
from hanhdong.tasks.models import AssignedTask, Status, TaskState, status_of

DONE = {Status.DONE_ON_TIME, Status.DONE_LATE}


@dataclass
class Carrier:
    """A task carrying out an item or a section."""

    pk: int
    title: str
    lead: str
    source: str  # the plan or document it comes from
    status: str

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

    @property
    def covered(self) -> bool:
        return bool(self.carriers)


@dataclass
class AreaRow:
    area: Section
    items: list[ItemRow] = field(default_factory=list)
    carriers: list[Carrier] = field(default_factory=list)  # tied to the area itself
    key_tasks: int = 0

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


def coverage(program, today: dt.date) -> list[AreaRow]:
    """The program's areas, each with its items and what carries them out: five queries."""
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
    )
    by_address: dict[str, list[Carrier]] = defaultdict(list)
    for task in tasks:
        carrier = Carrier(
            pk=task.pk,
            title=task.title,
            lead=task.lead.label if task.lead else task.lead_text,
            source=str(task.directive),
            status=status_of(task.state, task.due_on, task.done_on, today),
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
