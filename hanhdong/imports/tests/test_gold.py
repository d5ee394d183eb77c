"""The seed's gold file, loaded into the models, comes back unchanged."""

import json

import pytest

from hanhdong.imports.tests.accuracy import TASK_FIELDS
from hanhdong.programs.formats import program_to_data
from hanhdong.programs.services import program_load
from hanhdong.test import BaseTestCase, seed_path

GOLD = seed_path("000_9f14aadca8c603d6.gold.json")
TARGET_FIELDS = ["where", "indicator", "value", "unit", "comparison", "year", "recurrence"]


def _with_placeholder_items(node):
    """The gold file holds item counts; the loader takes item texts."""
    count = node.get("items")
    node = dict(node)
    if isinstance(count, int):
        node["items"] = [f"item {i}" for i in range(1, count + 1)]
    node["children"] = [_with_placeholder_items(c) for c in node.get("children", [])]
    return node


def _outline(node):
    items = node.get("items")
    return (
        node["number"],
        len(items) if isinstance(items, list) else (items or 0),
        [_outline(c) for c in node.get("children", [])],
    )


@pytest.mark.skipif(not GOLD.exists(), reason=f"seed gold file not found at {GOLD}")
class GoldRoundTripTest(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.gold = json.loads(GOLD.read_text(encoding="utf-8"))
        doc = dict(cls.gold, parts=[_with_placeholder_items(p) for p in cls.gold["parts"]])
        cls.loaded = program_load(acting_user=None, commune=cls.commune_b, data=doc)
        cls.out = program_to_data(cls.loaded)

    def test_it_keeps_every_key_task(self):
        self.assertEqual(len(self.out["key_tasks"]), 27)
        for want, got in zip(self.gold["key_tasks"], self.out["key_tasks"], strict=True):
            self.assertEqual({f: want[f] for f in TASK_FIELDS}, {f: got[f] for f in TASK_FIELDS})

    def test_it_keeps_every_target(self):
        self.assertEqual(len(self.out["targets"]), len(self.gold["targets"]))
        for want, got in zip(self.gold["targets"], self.out["targets"], strict=True):
            self.assertEqual(
                {f: want[f] for f in TARGET_FIELDS}, {f: got[f] for f in TARGET_FIELDS}
            )

    def test_it_keeps_the_outline_and_item_counts(self):
        self.assertEqual(
            [_outline(p) for p in self.gold["parts"]], [_outline(p) for p in self.out["parts"]]
        )

    def test_it_keeps_the_issuer_term_and_signatory(self):
        self.assertEqual(self.out["issuer"], self.gold["issuer"])
        self.assertEqual(self.out["term"], self.gold["term"])
        self.assertEqual(self.out["signed_by"], self.gold["signed_by"])

    def test_it_links_targets_stated_in_the_appendix_to_their_task(self):
        target = self.loaded.targets.get(where="appendix:27")
        self.assertEqual(target.key_task.number, 27)
