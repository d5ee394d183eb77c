"""A higher body's directive imported into assigned tasks: the sample documents against
their gold files — each task's place, lead, partners, deadline and product exact."""

import datetime as dt
import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.urls import reverse

from hanhdong.imports.reader import read_document
from hanhdong.orgs.services import commune_add
from hanhdong.tasks import intake, services
from hanhdong.tasks.models import AssignedTask, Directive, TaskState
from hanhdong.test import BaseTestCase

DATA = Path(__file__).parent / "data"
SAMPLES = ["tb_245_tu.txt", "kh_118_tu.docx", "ct_07_tu.txt"]


def gold(sample: str) -> dict:
    return json.loads((DATA / f"{sample.rsplit('.', 1)[0]}.gold.json").read_text("utf-8"))


class IntakeTest(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.tienlang = commune_add(acting_user=None, city=cls.hp, code="hp-tl", name="Tiên Lãng")
        cls.units = {u.pk: u for u in cls.tienlang.units.exclude(pk=cls.tienlang.pk)}

    def read(self, sample):
        return read_document((DATA / sample).read_bytes(), sample).data

    def test_each_sample_yields_its_gold_tasks(self):
        for sample in SAMPLES:
            with self.subTest(sample=sample):
                data, expected = self.read(sample), gold(sample)
                self.assertEqual(data["number"], expected["number"])
                self.assertEqual(data.get("date"), expected["issued_on"])
                self.assertEqual(intake.document_kind(data["number"]), expected["kind"])
                found = [
                    {
                        "where": c.where,
                        "lead": c.lead_text,
                        "unit": self.units[c.lead_id].name if c.lead_id else None,
                        "partners": c.partners_text,
                        "partner_units": [self.units[i].name for i in c.partner_ids or []],
                        "due_text": c.due_text,
                        "due_on": c.due_on or None,
                        "product": c.product,
                    }
                    for c in intake.candidates(data, self.units.values(), place="Tiên Lãng")
                    if c.suggested
                ]
                self.assertEqual(found, expected["tasks"])

    def test_the_clerk_confirms_each_task_before_it_is_one(self):
        self.login(self.clerk)
        content = (DATA / "ct_07_tu.txt").read_bytes()
        directive = services.directive_import(
            acting_user=self.clerk,
            commune=self.commune,
            data=read_document(content, "ct.txt").data,
            name="ct.txt",
        )
        self.assertEqual((directive.number, directive.kind), ("07-CT/TU", "CT"))
        self.assertEqual(directive.issued_on, dt.date(2026, 1, 20))
        self.assertFalse(AssignedTask.objects.exists())  # nothing until confirmed
        url = reverse("tasks:import_review", args=[directive.pk])
        page = self.client.get(url).content.decode()
        self.assertIn("Ban Chỉ huy quân sự các xã, phường", page)
        # the clerk takes II.1 and II.3 (the first and third suggested), corrects a lead
        rows = {p["where"]: i for i, p in enumerate(directive.pending)}
        form = {f"take_{rows['II.1']}": "on", f"take_{rows['II.3']}": "on"}
        for i, p in enumerate(directive.pending):
            form |= {f"title_{i}": p["title"], f"due_{i}": p["due_text"], f"product_{i}": ""}
            form[f"lead_{i}"] = p["lead_id"] or ""
        form[f"lead_{rows['II.1']}"] = self.agency_b.pk  # Ban Xây dựng Đảng, not the committee
        response = self.client.post(url, form)
        self.assertRedirects(response, reverse("tasks:directive", args=[directive.pk]))
        tasks = list(AssignedTask.objects.filter(directive=directive).order_by("position"))
        self.assertEqual([t.lead for t in tasks], [self.agency_b, self.agency_a])
        self.assertEqual([t.due_on for t in tasks], [dt.date(2026, 4, 15), dt.date(2026, 2, 24)])
        self.assertEqual([t.state for t in tasks], [TaskState.DRAFT] * 2)
        self.assertEqual(Directive.objects.get(pk=directive.pk).pending, [])

    def test_an_unreadable_file_writes_nothing(self):
        with self.assertRaises(ValidationError):
            services.directive_read(
                acting_user=self.clerk, commune=self.commune, content=b"\x00\x01", name="x.bin"
            )
        self.assertFalse(Directive.objects.exists())
