"""Reads of inspection and supervision: by id, for ``orgs.access``; the commune's page."""

from __future__ import annotations

from django.utils import timezone

from hanhdong.orgs.access import finder, reach_of
from hanhdong.oversight import coverage
from hanhdong.oversight.models import (
    CoverageLink,
    Inspection,
    OversightProgram,
    PlannedItem,
    Supervision,
)
from hanhdong.programs.models import Program


@finder("oversight_program")
def program_by_id(pk: int) -> OversightProgram | None:
    return OversightProgram.objects.select_related("commune").filter(pk=pk).first()


@finder("planned_item")
def planned_item_by_id(pk: int) -> PlannedItem | None:
    return PlannedItem.objects.select_related("program__commune").filter(pk=pk).first()


@finder("inspection")
def inspection_by_id(pk: int) -> Inspection | None:
    return (
        Inspection.objects.select_related("commune", "directive", "subject_org", "planned")
        .filter(pk=pk)
        .first()
    )


@finder("coverage_link")
def coverage_link_by_id(pk: int) -> CoverageLink | None:
    return CoverageLink.objects.select_related("target__program").filter(pk=pk).first()


@finder("supervision")
def supervision_by_id(pk: int) -> Supervision | None:
    return Supervision.objects.select_related("commune", "body", "directive").filter(pk=pk).first()


def mask(record, named: bool) -> None:
    """Set ``record.shown_subject``: a member's name only to those who may see it."""
    org = record.subject_org.name if record.subject_org_id else ""
    if not record.member_name:
        record.shown_subject = org
    elif named:
        role = f", {record.member_role}" if record.member_role else ""
        record.shown_subject = f"{record.member_name}{role}" + (f" ({org})" if org else "")
    else:
        record.shown_subject = None  # a party member, not named


def home(user, commune) -> dict:
    """The commune's inspection and supervision page: the programs, the inspections carried
    out (members masked unless the user may see them), the People's Council's and the
    Front's supervisions, the coverage by year and for the term, and the linked targets."""
    reach = reach_of(user)
    named = reach.may_see_members(commune.pk)
    today = timezone.localdate()
    program = Program.objects.current_of(commune)
    inspections = list(
        Inspection.objects.filter(commune=commune).select_related("subject_org", "directive")
    )
    for inspection in inspections:
        mask(inspection, named)
        inspection.shown_discipline = (
            inspection.get_discipline_display() if named and inspection.discipline else ""
        )
    figures = []
    links = []
    targets = []
    if program is not None:
        figures = coverage.figures(commune, program.term_start, program.term_end, today)
        links = list(CoverageLink.objects.filter(target__program=program).select_related("target"))
        linked = {link.target_id for link in links}
        targets = [t for t in program.targets.current().order_by("position") if t.pk not in linked]
    return {
        "program": program,
        "programs": list(OversightProgram.objects.filter(commune=commune)),
        "inspections": inspections,
        "supervisions": list(
            Supervision.objects.filter(commune=commune).select_related("body", "directive")
        ),
        "figures": figures,
        "subordinates": len(coverage.subordinate_orgs(commune)),
        "links": links,
        "unlinked_targets": targets,
        "named": named,
        "may_inspect": reach.can_inspect(commune.pk),
        "may_link": reach.can_link_coverage(commune.pk),
        "may_supervise": reach.can_record_supervision(commune.pk),
    }
