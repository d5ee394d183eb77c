"""Coverage measured from the records, not typed by hand: the share of the commune's
subordinate party organisations inspected or supervised, and the share of heads among the
party members supervised — for a year or for the term so far. A target linked to a measure
(``CoverageLink``) takes the figure as its value for each reporting period, through
``reports.services.target_value_record``: when an inspection is concluded, when the link is
made, and by the worker each day for the periods open (``schedule``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils import timezone

from hanhdong.lib.text import fold
from hanhdong.orgs.models import Organization, OrgKind
from hanhdong.oversight.models import CoverageLink, Inspection, Measure
from hanhdong.reports.models import ReportingKind, ReportingPeriod, TargetValue
from hanhdong.reports.services import target_value_record

TERM_MEASURES = (Measure.ORGS_TERM, Measure.HEADS_TERM)
ORG_MEASURES = (Measure.ORGS_TERM, Measure.ORGS_YEAR)


def subordinate_orgs(commune) -> list[Organization]:
    """The commune's subordinate party organisations (tổ chức đảng trực thuộc): its active
    party cells and subordinate committees, but not a unit that only groups them (the
    standard units' "Các chi bộ, đảng bộ trực thuộc", whose name starts "Các …"), nor the
    cells inside a subordinate committee."""
    cells = list(
        Organization.objects.in_commune(commune).filter(kind=OrgKind.PARTY_CELL, is_active=True)
    )
    grouping = {c.pk for c in cells if fold(c.name).startswith("cac ")}
    kinds = {c.pk for c in cells}
    return [
        c
        for c in cells
        if c.pk not in grouping and (c.parent_id not in kinds or c.parent_id in grouping)
    ]


@dataclass
class Figure:
    measure: str
    done: int  # organisations covered, or heads among the members
    of: int  # organisations in all, or members supervised
    since: dt.date
    upto: dt.date

    @property
    def percent(self) -> Decimal | None:
        if not self.of:
            return None
        share = Decimal(100 * self.done) / Decimal(self.of)
        return share.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

    @property
    def is_orgs(self) -> bool:
        return self.measure in ORG_MEASURES

    def source(self) -> str:
        """Where the figure comes from, as the target's value says it (Vietnamese, as the
        commune's documents are)."""
        if self.is_orgs:
            what = f"{self.done}/{self.of} tổ chức đảng trực thuộc được kiểm tra, giám sát"
        else:
            what = f"{self.done}/{self.of} đảng viên được giám sát là người đứng đầu"
        return (
            f"Đo từ hồ sơ kiểm tra, giám sát ({self.since:%d/%m/%Y} - {self.upto:%d/%m/%Y}): {what}"
        )


def figure(commune, measure: str, *, year: int, upto: dt.date, term_start: int) -> Figure:
    """The measure for ``year`` (or the term from ``term_start``), counting the inspections
    concluded up to ``upto``."""
    since = dt.date(term_start if measure in TERM_MEASURES else year, 1, 1)
    upto = min(upto, dt.date(year, 12, 31))
    if upto < since:  # a period that opens before its year starts: nothing yet
        return Figure(measure, 0, 0, since, upto)
    concluded = Inspection.objects.concluded().filter(
        commune=commune, concluded_on__gte=since, concluded_on__lte=upto
    )
    if measure in ORG_MEASURES:
        orgs = {o.pk for o in subordinate_orgs(commune)}
        covered = set(
            concluded.filter(member_name="", subject_org__in=orgs).values_list(
                "subject_org_id", flat=True
            )
        )
        return Figure(measure, len(covered), len(orgs), since, upto)
    members: dict[tuple, bool] = {}
    for name, org, head in concluded.exclude(member_name="").values_list(
        "member_name", "subject_org_id", "member_is_head"
    ):
        key = (fold(name).strip(), org)
        members[key] = members.get(key, False) or head
    return Figure(measure, sum(members.values()), len(members), since, upto)


def figures(commune, term_start: int, term_end: int, upto: dt.date) -> list[dict]:
    """Each year of the term up to ``upto``'s, and the term: the two shares, for the page."""
    rows = []
    for year in range(term_start, min(term_end, upto.year) + 1):
        rows.append(
            {
                "label": str(year),
                "orgs": figure(
                    commune, Measure.ORGS_YEAR, year=year, upto=upto, term_start=term_start
                ),
                "heads": figure(
                    commune, Measure.HEADS_YEAR, year=year, upto=upto, term_start=term_start
                ),
            }
        )
    last = min(term_end, max(upto.year, term_start))
    rows.append(
        {
            "label": f"{term_start} - {term_end}",
            "term": True,
            "orgs": figure(commune, Measure.ORGS_TERM, year=last, upto=upto, term_start=term_start),
            "heads": figure(
                commune, Measure.HEADS_TERM, year=last, upto=upto, term_start=term_start
            ),
        }
    )
    return rows


def _periods(program, *, on: dt.date | None):
    """The program's regular periods whose window has opened: those whose cut-off is on or
    after ``on`` (a conclusion dated back counts in every period since), or all (None)."""
    today = timezone.localdate()
    found = ReportingPeriod.objects.filter(program=program, starts_on__lte=today).exclude(
        kind=ReportingKind.ADHOC
    )
    return found if on is None else found.filter(cutoff_on__gte=on)


def record(*, acting_user, commune, on: dt.date | None = None, links=None) -> int:
    """Inside a service's transaction: the value of each linked target (``links``, else the
    commune's) for the periods opened so far whose cut-off is on or after ``on`` (None: all),
    counted up to the period's cut-off. A value an agency's report states is left alone;
    an unchanged value is not written again. Returns how many values were written."""
    if links is None:
        links = CoverageLink.objects.filter(
            target__program__commune=commune, target__is_withdrawn=False
        )
    written = 0
    today = timezone.localdate()
    for link in links.select_related("target__program"):
        target = link.target
        program = target.program
        existing = {v.period_id: v for v in TargetValue.objects.filter(target=target)}
        for period in _periods(program, on=on):
            upto = min(period.cutoff_on, today)
            found = figure(
                commune, link.measure, year=period.year, upto=upto, term_start=program.term_start
            )
            if found.percent is None:
                continue
            before = existing.get(period.pk)
            if before is not None and (before.report_id or before.value == found.percent):
                continue
            target_value_record.within(
                acting_user=acting_user,
                target=target,
                period=period,
                value=found.percent,
                source=found.source(),
                noted_on=upto,
            )
            written += 1
    return written
