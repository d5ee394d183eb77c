"""A commune set up from nothing imports its program: the site administrator adds it with
the standard units (``orgs.services.commune_add``), its clerk uploads the real seed
document, checks the preview, and saves."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from hanhdong.imports import services as imports
from hanhdong.imports.models import ImportDraft
from hanhdong.orgs import services
from hanhdong.orgs.models import Organization, OrgKind, Role
from hanhdong.orgs.standard import placement
from hanhdong.programs.models import Program
from hanhdong.test import BaseTestCase, make_user, seed_path

SEED = seed_path("000_9f14aadca8c603d6.txt")
needs_seed = pytest.mark.skipif(not SEED.exists(), reason=f"the seed is not at {SEED}")


class FreshCommuneTestCase(BaseTestCase):
    def fresh(self, name, code):
        """A commune added as the site administrator adds one, and its Party Office clerk."""
        commune = services.commune_add(acting_user=self.admin, city=self.hp, code=code, name=name)
        office = Organization.objects.get(commune=commune, kind=OrgKind.PARTY_OFFICE)
        clerk = make_user(f"clerk-{code}", (office, Role.CLERK))
        return commune, clerk

    def unit(self, commune, kind):
        return Organization.objects.get(commune=commune, kind=kind)

    def upload_seed(self, commune, clerk) -> ImportDraft:
        self.login(clerk)
        response = self.client.post(
            reverse("imports:upload", args=[commune.pk]),
            {"file": SimpleUploadedFile(SEED.name, SEED.read_bytes())},
        )
        draft = ImportDraft.objects.get(commune=commune)
        self.assertRedirects(response, reverse("imports:preview", args=[draft.pk]))
        return draft

    def as_offered(self, form) -> dict:
        """The preview's form as the page fills it in: its suggested links."""
        return {
            f"agency_{i}": form.fields[f"agency_{i}"].initial or "" for i in range(len(form.names))
        }


@needs_seed
class SeedImportTest(FreshCommuneTestCase):
    def test_the_seed_program_finds_its_leads_among_a_new_communes_standard_units(self):
        commune, _clerk = self.fresh("Nghi Dương", "hp-nd")
        draft = imports.import_draft_create(
            acting_user=self.admin, commune=commune, content=SEED.read_bytes(), name=SEED.name
        )
        data = draft.data
        leads = {t["lead"] for t in data["key_tasks"] if t.get("lead")}
        found = imports.suggestions(commune, data)
        matched = [name for name in leads if found.get(name)]
        self.assertGreaterEqual(len(matched), 0.9 * len(leads), sorted(set(leads) - set(matched)))
        tasks = [t for t in data["key_tasks"] if found.get(t.get("lead"))]
        self.assertGreaterEqual(len(tasks), 25)

    def test_another_commune_imports_the_seed_end_to_end_warned_whose_it_is(self):
        commune, clerk = self.fresh("Tiên Lãng", "hp-tl")
        draft = self.upload_seed(commune, clerk)
        url = reverse("imports:preview", args=[draft.pk])
        page = self.client.get(url)
        self.assertEqual(page.context["issuer_elsewhere"], "xã Nghi Dương")
        self.assertContains(page, "xã Nghi Dương")
        self.assertContains(page, "không phải Xã Tiên Lãng")
        form = page.context["form"]
        # the seed states neither its number nor its date: the clerk writes them in
        self.assertEqual(form["number"].value(), "")
        self.assertIsNone(form["issued_on"].value())
        self.assertTrue(form["title"].value().startswith("Chương trình hành động"))
        data = {**self.as_offered(form), "title": form["title"].value()}
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)  # number and date are wanted
        self.assertIn("number", response.context["form"].errors)
        self.assertIn("issued_on", response.context["form"].errors)
        self.assertFalse(Program.objects.filter(commune=commune).exists())

        # a collective that is no unit yet: the clerk makes it one, under the commune
        collective = form.names.index("Các cơ quan, đơn vị")
        data |= {"number": "Số 01-CTr/ĐU", "issued_on": "15/10/2025"}
        data[f"agency_{collective}"] = "new"
        response = self.client.post(url, data)
        program = Program.objects.get(commune=commune)
        self.assertRedirects(response, reverse("programs:overview", args=[program.pk]))
        self.assertEqual((program.number, program.issued_on), ("01-CTr/ĐU", dt.date(2025, 10, 15)))
        self.assertEqual(program.key_tasks.count(), 27)
        self.assertGreaterEqual(program.key_tasks.filter(lead__isnull=False).count(), 25)
        made = Organization.objects.get(commune=commune, name="Các cơ quan, đơn vị")
        self.assertEqual((made.kind, made.parent), (OrgKind.OTHER, commune))
        self.assertTrue(program.key_tasks.filter(partners=made).exists())
        self.assertFalse(ImportDraft.objects.filter(commune=commune).exists())

    def test_the_commune_that_issued_it_is_not_warned(self):
        commune, clerk = self.fresh("Nghi Dương", "hp-nd")
        draft = self.upload_seed(commune, clerk)
        page = self.client.get(reverse("imports:preview", args=[draft.pk]))
        self.assertIsNone(page.context["issuer_elsewhere"])
        self.assertNotContains(page, 'class="warning"')
        data = self.as_offered(page.context["form"]) | {
            "number": "01-CTr/ĐU",
            "issued_on": "15/10/2025",
            "title": page.context["form"]["title"].value(),
        }
        self.client.post(reverse("imports:preview", args=[draft.pk]), data)
        program = Program.objects.get(commune=commune)
        self.assertEqual(program.key_tasks.count(), 27)
        self.assertGreaterEqual(program.key_tasks.filter(lead__isnull=False).count(), 25)
        self.assertEqual(program.issued_on, dt.date(2025, 10, 15))

    def test_a_new_unit_from_the_preview_goes_where_its_name_says(self):
        commune, clerk = self.fresh("Tiên Lãng", "hp-tl")
        draft = self.upload_seed(commune, clerk)
        draft.data["key_tasks"][0]["lead"] = "Phòng Nội vụ"
        draft.save()
        url = reverse("imports:preview", args=[draft.pk])
        form = self.client.get(url).context["form"]
        data = self.as_offered(form) | {
            "number": "01-CTr/ĐU",
            "issued_on": "15/10/2025",
            "title": "Chương trình hành động",
        }
        data[f"agency_{form.names.index('Phòng Nội vụ')}"] = "new"
        response = self.client.post(url, data)
        self.assertEqual(
            response.status_code, 302, response.context and response.context["form"].errors
        )
        made = Organization.objects.get(commune=commune, name="Phòng Nội vụ")
        self.assertEqual(made.kind, OrgKind.DEPARTMENT)
        self.assertEqual(made.parent, self.unit(commune, OrgKind.PEOPLES_COMMITTEE))
        self.assertEqual(Program.objects.get(commune=commune).key_tasks.get(number=1).lead, made)


class PlacementTest(FreshCommuneTestCase):
    def test_a_new_unit_stands_under_the_unit_its_name_belongs_to(self):
        commune, _clerk = self.fresh("Tiên Lãng", "hp-tl")
        ubnd = self.unit(commune, OrgKind.PEOPLES_COMMITTEE)
        party = self.unit(commune, OrgKind.PARTY_COMMITTEE)
        front = self.unit(commune, OrgKind.FATHERLAND_FRONT)
        for name, kind, parent in [
            ("Phòng Nội vụ", OrgKind.DEPARTMENT, ubnd),
            ("Trung tâm Văn hóa - Thể thao xã", OrgKind.DEPARTMENT, ubnd),
            ("Ban Tuyên giáo và Dân vận Đảng ủy", OrgKind.PARTY_BOARD, party),
            ("Chi bộ thôn Đông", OrgKind.PARTY_CELL, party),
            ("Hội Chữ thập đỏ xã", OrgKind.MASS_ORGANIZATION, front),
            ("Thôn Đông", OrgKind.VILLAGE, commune),
            ("Ban Chỉ đạo chuyển đổi số", OrgKind.OTHER, commune),
            ("Các cơ quan, đơn vị", OrgKind.OTHER, commune),
        ]:
            with self.subTest(name=name):
                self.assertEqual(placement(commune, name), (kind, parent))

    def test_a_parent_the_commune_has_retired_gives_way_to_the_commune(self):
        commune, _clerk = self.fresh("Tiên Lãng", "hp-tl")
        services.organization_update(
            acting_user=self.admin,
            org=self.unit(commune, OrgKind.FATHERLAND_FRONT),
            is_active=False,
        )
        self.assertEqual(
            placement(commune, "Hội Chữ thập đỏ xã"), (OrgKind.MASS_ORGANIZATION, commune)
        )


class UnitFormTest(FreshCommuneTestCase):
    def test_the_parent_list_holds_the_commune_and_every_unit_as_a_tree(self):
        commune, clerk = self.fresh("Tiên Lãng", "hp-tl")
        self.login(clerk)
        url = reverse("orgs:unit_create", args=[commune.pk])
        form = self.client.get(url).context["form"]
        offered = [pk for pk, _label in form.fields["parent"].choices if pk]
        everyone = Organization.objects.filter(commune=commune)
        self.assertEqual(sorted(offered), sorted(everyone.values_list("pk", flat=True)))
        self.assertEqual(offered[0], commune.pk)  # the commune first, its units below
        labels = dict(form.fields["parent"].choices)
        department = Organization.objects.get(commune=commune, name="Phòng Kinh tế")
        self.assertEqual(labels[department.pk], "— — Phòng Kinh tế")  # under UBND
        ubnd = self.unit(commune, OrgKind.PEOPLES_COMMITTEE)
        response = self.client.post(
            url,
            {"name": "Phòng Nội vụ", "kind": OrgKind.DEPARTMENT, "parent": ubnd.pk},
        )
        self.assertRedirects(response, reverse("orgs:units", args=[commune.pk]))
        self.assertEqual(Organization.objects.get(name="Phòng Nội vụ").parent, ubnd)
        for parent in (commune, self.unit(commune, OrgKind.PARTY_COMMITTEE)):
            name = f"Tổ công tác {parent.pk}"
            response = self.client.post(
                url, {"name": name, "kind": OrgKind.OTHER, "parent": parent.pk}
            )
            self.assertEqual(response.status_code, 302)
            self.assertEqual(Organization.objects.get(name=name).parent, parent)

    def test_a_unit_of_another_commune_is_no_parent(self):
        commune, clerk = self.fresh("Tiên Lãng", "hp-tl")
        self.login(clerk)
        response = self.client.post(
            reverse("orgs:unit_create", args=[commune.pk]),
            {"name": "Phòng Nội vụ", "kind": OrgKind.DEPARTMENT, "parent": self.agency_a.pk},
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("parent", response.context["form"].errors)
        self.assertFalse(Organization.objects.filter(name="Phòng Nội vụ").exists())

    def test_a_unit_being_edited_is_not_offered_under_itself_or_its_own(self):
        commune, clerk = self.fresh("Tiên Lãng", "hp-tl")
        self.login(clerk)
        ubnd = self.unit(commune, OrgKind.PEOPLES_COMMITTEE)
        form = self.client.get(reverse("orgs:unit_edit", args=[ubnd.pk])).context["form"]
        offered = {pk for pk, _label in form.fields["parent"].choices if pk}
        below = set(Organization.objects.filter(parent=ubnd).values_list("pk", flat=True))
        self.assertTrue(below)
        self.assertFalse(offered & (below | {ubnd.pk}))
        self.assertIn(commune.pk, offered)
