"""A commune created from scratch: its standard units, the cells its Party Office adds, its
Inspection Committee's first inspection, the coverage counted from them."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from hanhdong.orgs.models import Organization, OrgKind, Role
from hanhdong.orgs.services import commune_add, organization_create
from hanhdong.oversight import coverage, services
from hanhdong.oversight.models import CoverageLink, Measure
from hanhdong.test import BaseTestCase, make_program, make_user


class ScratchTest(BaseTestCase):
    def test_a_new_commune_measures_its_coverage_from_its_own_units(self):
        commune = commune_add(acting_user=self.admin, city=self.hp, code="hp-moi", name="Mới")
        self.assertEqual(coverage.subordinate_orgs(commune), [])  # only the grouping unit
        units = Organization.objects.in_commune(commune)
        group = units.get(kind=OrgKind.PARTY_CELL)
        cells = [
            organization_create(
                acting_user=self.admin, kind=OrgKind.PARTY_CELL, name=f"Chi bộ {n}", parent=group
            )
            for n in ("thôn Đông", "thôn Tây", "Trường Mầm non")
        ]
        inspector = make_user(
            "ubkt_moi", (units.get(kind=OrgKind.INSPECTION_COMMITTEE), Role.INSPECTOR)
        )
        program = make_program(commune)
        self.assertEqual(len(coverage.subordinate_orgs(commune)), 3)
        inspection = services.inspection_create(
            acting_user=inspector,
            commune=commune,
            body="ubkt",
            kind="regular",
            focus="budget",
            decision_on=timezone.localdate(),
            subject_org=cells[0],
        )
        self.assertEqual(inspection.decision_number, "01-QĐ/UBKT")
        services.inspection_conclude(
            acting_user=inspector,
            inspection=inspection,
            conclusions="Thực hiện tốt",
            concluded_on=timezone.localdate(),
        )
        rows = coverage.figures(commune, program.term_start, program.term_end, timezone.localdate())
        self.assertEqual((rows[-1]["orgs"].done, rows[-1]["orgs"].of), (1, 3))
        # no reporting calendar yet: a linked target has no period to take a value in
        target = program.targets.first()
        services.coverage_link_set(acting_user=inspector, target=target, measure=Measure.ORGS_TERM)
        self.assertEqual(CoverageLink.objects.count(), 1)
        self.assertFalse(target.values.exists())
        self.client.force_login(inspector)
        page = self.client.get(reverse("oversight:home", args=[commune.pk]))
        self.assertContains(page, "1/3 (33,3%)")
        self.assertContains(page, reverse("oversight:inspection", args=[inspection.pk]))

    def test_it_refuses_removing_a_link_to_the_wrong_persona(self):
        target = self.program.targets.first()
        link = services.coverage_link_set(
            acting_user=self.clerk, target=target, measure=Measure.ORGS_TERM
        )
        url = reverse("oversight:link_remove", args=[link.pk])
        for user, status in (
            (self.officer_a, 403),
            (self.supervisor, 403),
            (self.city, 403),
            (self.outsider, 404),
        ):
            self.login(user)
            self.assertEqual(self.client.post(url).status_code, status, user)
        self.assertTrue(CoverageLink.objects.filter(pk=link.pk).exists())
        self.login(self.clerk)
        self.assertEqual(self.client.post(url).status_code, 302)
        self.assertFalse(CoverageLink.objects.filter(pk=link.pk).exists())
