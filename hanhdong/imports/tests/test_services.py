import copy
import datetime as dt
import json
from pathlib import Path

from django.core.exceptions import ValidationError

from hanhdong.audit.models import AuditEntry
from hanhdong.imports.models import ImportDraft
from hanhdong.imports.services import (
    agency_names,
    draft_changes,
    import_draft_create,
    import_draft_save,
)
from hanhdong.orgs.models import Organization
from hanhdong.programs.formats import program_to_data
from hanhdong.programs.models import Item, KeyTask, Program, ProgramRevision, Section
from hanhdong.programs.services import program_revise
from hanhdong.targets.models import Target
from hanhdong.test import BaseTestCase, program_doc

DATA = Path(__file__).parent / "data"
MODELS = (Program, Section, Item, KeyTask, Target, ImportDraft, Organization, AuditEntry)


def counts():
    return [m.objects.count() for m in MODELS]


class ImportTest(BaseTestCase):
    def draft(self, name="xa_an_lac.txt", program=None):
        return import_draft_create(
            acting_user=self.clerk,
            commune=self.commune_b if program is None else program.commune,
            content=(DATA / name).read_bytes(),
            name=name,
            program=program,
        )

    def test_a_broken_file_writes_nothing(self):
        before = counts()
        with self.assertRaises(ValidationError) as caught:
            import_draft_create(
                acting_user=self.clerk,
                commune=self.commune,
                content=b"%PDF-1.4 broken",
                name="hong.pdf",
            )
        self.assertIn("không mở được tệp PDF", caught.exception.messages[0])
        self.assertEqual(counts(), before)

    def test_a_draft_saves_as_a_new_program_with_the_chosen_agencies(self):
        draft = self.draft()
        names = agency_names(draft.data)
        program = import_draft_save(
            acting_user=self.clerk,
            draft=draft,
            chosen={
                "Ủy ban nhân dân xã": "new",
                **{n: None for n in names if n != "Ủy ban nhân dân xã"},
            },
        )
        self.assertEqual(program.commune, self.commune_b)
        self.assertEqual(program.key_tasks.count(), 13)
        created = Organization.objects.get(commune=self.commune_b, name="Ủy ban nhân dân xã")
        self.assertTrue(program.key_tasks.filter(lead=created).exists())
        self.assertFalse(ImportDraft.objects.exists())

    def test_a_save_that_fails_half_way_writes_nothing(self):
        draft = self.draft()
        draft.data["key_tasks"][5]["end_period"] = {"kind": "nonsense"}
        draft.save()
        before = counts()
        with self.assertRaises(ValidationError):
            import_draft_save(
                acting_user=self.clerk,
                draft=draft,
                chosen={n: "new" for n in agency_names(draft.data)},
            )
        self.assertEqual(counts(), before)

    def test_a_unit_of_another_commune_cannot_be_chosen(self):
        draft = self.draft()
        with self.assertRaises(ValidationError):
            import_draft_save(
                acting_user=self.clerk,
                draft=draft,
                chosen={agency_names(draft.data)[0]: self.office_c.pk},
            )

    def test_a_second_program_with_the_same_number_is_refused(self):
        self.draft_and_save()
        with self.assertRaises(ValidationError):
            self.draft_and_save()

    def draft_and_save(self):
        draft = self.draft()
        return import_draft_save(acting_user=self.clerk, draft=draft, chosen={})

    def test_a_document_with_texts_too_long_for_their_columns_still_saves(self):
        doc = program_doc(issuer="Ban Chấp hành Đảng bộ xã B " * 10, source="tệp " * 100)
        doc["signed_by"] = {"on_behalf_of": "T/M " * 50, "role": "Bí thư", "name": "A " * 80}
        doc["key_tasks"][0] |= {"lead": "Ban Xây dựng Đảng " * 20, "start": "Năm 2025 " * 30}
        doc["key_tasks"][0]["start_period"] = {"kind": "year", "year": 2025}
        doc["targets"][1]["unit"] = "doanh nghiệp " * 10
        draft = import_draft_create(
            acting_user=self.clerk,
            commune=self.commune_b,
            content=json.dumps(doc).encode(),
            name="dai.json",
        )
        self.assertEqual(len(draft.warnings), 7)
        program = import_draft_save(
            acting_user=self.clerk,
            draft=draft,
            chosen={},
            number="Số 05-CTr/ĐU",  # the service keeps what it is given, spaces made single
            issued_on=dt.date(2025, 10, 1),
            title="Chương trình   hành động",
        )
        program.refresh_from_db()
        self.assertEqual(len(program.issuer_name), 200)
        self.assertEqual(program.key_tasks.get(number=1).lead_text[:17], "Ban Xây dựng Đảng")
        self.assertEqual(
            (program.number, program.issued_on, program.title),
            ("Số 05-CTr/ĐU", dt.date(2025, 10, 1), "Chương trình hành động"),
        )

    def test_the_details_given_are_checked_before_anything_is_written(self):
        draft = self.draft()
        before = counts()
        for details in (
            {"number": " "},
            {"number": "1" * 41},
            {"title": ""},
            {"title": "x" * 1001},
        ):
            with self.subTest(**details), self.assertRaises(ValidationError):
                import_draft_save(acting_user=self.clerk, draft=draft, chosen={}, **details)
        self.assertEqual(counts(), before)

    def test_a_tampered_choice_is_refused_not_a_crash(self):
        draft = self.draft()
        name = agency_names(draft.data)[0]
        for choice in ("abc", "-3", "1.5", self.commune_c.pk):
            with self.subTest(choice=choice), self.assertRaises(ValidationError):
                import_draft_save(acting_user=self.clerk, draft=draft, chosen={name: choice})


class RevisionTest(BaseTestCase):
    def revised(self):
        data = program_to_data(self.program)
        new = copy.deepcopy(data)
        new["key_tasks"][1]["name"] = "Chỉ đạo giải ngân 100% vốn đầu tư công"
        del new["key_tasks"][3]  # task 4 dropped
        new["key_tasks"].append(
            {
                "number": 5,
                "name": "Xây dựng chính quyền số",
                "lead": "UBND xã",
                "partners": "",
                "start": "Năm 2026",
                "end": "Năm 2027",
                "resources": "",
            }
        )
        new["parts"][1]["children"][1]["items"].append("Phát triển hợp tác xã")
        new["targets"][1]["value"] = 150
        return new

    def test_a_revision_lists_what_changed(self):
        revision = program_revise(acting_user=self.clerk, program=self.program, data=self.revised())
        changes = revision.changes
        self.assertEqual(changes["key_tasks"]["added"], [5])
        self.assertEqual(changes["key_tasks"]["removed"], [4])
        self.assertEqual([c["number"] for c in changes["key_tasks"]["changed"]], [2])
        self.assertEqual(
            changes["key_tasks"]["changed"][0]["fields"]["name"][1],
            "Chỉ đạo giải ngân 100% vốn đầu tư công",
        )
        self.assertEqual(
            changes["items"]["added"], [{"where": "II.2", "text": "Phát triển hợp tác xã"}]
        )
        self.assertEqual(changes["items"]["removed"], [])
        self.assertEqual(changes["targets"]["changed"][0]["fields"], {"value": [120, 150]})
        self.assertEqual(changes["sections"], {"added": [], "removed": [], "retitled": []})

    def test_unchanged_and_changed_tasks_keep_their_identity(self):
        ids = {n: t.pk for n, t in self.tasks.items()}
        program_revise(acting_user=self.clerk, program=self.program, data=self.revised())
        self.assertEqual(KeyTask.objects.get(program=self.program, number=1).pk, ids[1])
        self.assertEqual(KeyTask.objects.get(program=self.program, number=2).pk, ids[2])
        dropped = KeyTask.objects.get(pk=ids[4])
        self.assertTrue(dropped.is_withdrawn)
        self.assertEqual(self.program.key_tasks.current().count(), 4)

    def test_the_program_keeps_its_previous_revision(self):
        before = program_to_data(self.program)
        program_revise(acting_user=self.clerk, program=self.program, data=self.revised())
        self.program.refresh_from_db()
        self.assertEqual(self.program.revision, 2)
        kept = ProgramRevision.objects.get(program=self.program)
        self.assertEqual(kept.revision, 1)
        self.assertEqual(kept.snapshot, before)

    def test_the_preview_shows_the_same_changes_before_saving(self):
        document = (DATA / "xa_an_lac.txt").read_bytes()
        draft = import_draft_create(
            acting_user=self.clerk,
            commune=self.commune,
            content=document,
            name="a.txt",
            program=self.program,
        )
        changes = draft_changes(draft)
        # another commune's tasks under the same numbers are other tasks: three of the test
        # program's are withdrawn, not overwritten; its task 1 ("Kết nạp đảng viên mới")
        # is found again as that program's task 2 ("Kết nạp từ 40 đảng viên mới trở lên")
        self.assertEqual(changes["key_tasks"]["removed"], [2, 3, 4])
        self.assertEqual(len(changes["key_tasks"]["added"]), 12)
        renumbered = changes["key_tasks"]["changed"][0]
        self.assertEqual(renumbered["fields"]["number"], [1, 2])
        import_draft_save(acting_user=self.clerk, draft=draft, chosen={})
        saved = ProgramRevision.objects.get(program=self.program).changes
        self.assertEqual(saved, changes)
