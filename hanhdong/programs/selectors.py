"""Reads of programs: their objects by id (for ``orgs.access``) and the overview page."""

from __future__ import annotations

from django.db.models import Count, prefetch_related_objects

from hanhdong.orgs.access import finder
from hanhdong.programs.models import Item, KeyTask, Program, Section
from hanhdong.targets.models import Target, number_display


@finder("program")
def program_by_id(pk: int) -> Program | None:
    return Program.objects.select_related("commune").filter(pk=pk).first()


@finder("section")
def section_by_id(pk: int) -> Section | None:
    return Section.objects.select_related("program").filter(pk=pk).first()


@finder("target")
def target_by_id(pk: int) -> Target | None:
    return Target.objects.select_related("program").filter(pk=pk).first()


@finder("task")
def task_by_id(pk: int) -> KeyTask | None:
    return (
        KeyTask.objects.select_related("program__commune", "lead")
        .prefetch_related("partners", "sections", "targets")
        .filter(pk=pk)
        .first()
    )


def program_overview(program: Program) -> dict:
    """The overview page: per area of work its items and key tasks, the totals, the
    targets and the revisions; a fixed number of queries."""
    areas = program.areas()
    sections = list(Section.objects.filter(program=program).values("id", "parent_id", "path"))
    item_counts = dict(
        Item.objects.filter(section__program=program)
        .values_list("section_id")
        .annotate(n=Count("id"))
        .values_list("section_id", "n")
    )
    task_paths = list(
        KeyTask.sections.through.objects.filter(
            keytask__program=program, keytask__is_withdrawn=False
        ).values_list("keytask_id", "section__path")
    )

    def inside(path: str, area) -> bool:
        return path == area.path or path.startswith(area.path + ".")

    rows = [
        {
            "area": area,
            "items": sum(item_counts.get(s["id"], 0) for s in sections if inside(s["path"], area)),
            "tasks": len({t for t, path in task_paths if inside(path, area)}),
        }
        for area in areas
    ]
    targets = list(program.targets.select_related("key_task"))
    in_force = [t for t in targets if not t.is_withdrawn]
    return {
        "rows": rows,
        "totals": {
            "areas": len(areas),
            "items": sum(item_counts.values()),
            "tasks": program.key_tasks.current().count(),
            "targets": len(in_force),
        },
        "targets": in_force,
        "withdrawn": withdrawn(program, [t for t in targets if t.is_withdrawn]),
        "revisions": list(program.revisions.only("pk", "revision", "created_at")),
    }


def withdrawn(program: Program, targets: list[Target]) -> dict:
    """The key tasks and targets revisions withdrew, with what was reported against them,
    kept: a task's count of progress reports, a target's values by period (one query, two
    more when a target was withdrawn)."""
    tasks = list(
        program.key_tasks.filter(is_withdrawn=True)
        .annotate(reported=Count("reports"))
        .order_by("number")
    )
    prefetch_related_objects(targets, "values__period")
    for target in targets:
        values = sorted(target.values.all(), key=lambda v: v.period.cutoff_on)
        target.reported = [(v.period.title, number_display(v.value)) for v in values]
    return {"tasks": tasks, "targets": targets}
