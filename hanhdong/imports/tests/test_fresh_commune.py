"""A program imported into a commune set up from nothing: its lead agencies are found among
the commune's standard units. (Here rather than with the communes' own tests: orgs is
below imports.)"""

import pytest

from hanhdong.imports import services as imports
from hanhdong.orgs import services
from hanhdong.test import BaseTestCase, seed_path

SEED = seed_path("000_9f14aadca8c603d6.txt")


@pytest.mark.skipif(not SEED.exists(), reason=f"the seed is not at {SEED}")
class FreshCommuneImportTest(BaseTestCase):
    def test_the_seed_program_finds_its_leads_among_a_new_communes_standard_units(self):
        commune = services.commune_add(
            acting_user=self.admin, city=self.hp, code="hp-nd", name="Nghi Dương"
        )
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
