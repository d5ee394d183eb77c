from django.core.exceptions import ValidationError

from hanhdong.audit.models import AuditAction, AuditEntry
from hanhdong.programs.formats import ProgramFormatError
from hanhdong.programs.models import Item, KeyTask, Program, Section
from hanhdong.programs.services import key_task_update, program_load
from hanhdong.targets.models import Target
from hanhdong.test import BaseTestCase, make_program, program_doc


class ProgramLoadTest(BaseTestCase):
    def test_it_stores_the_whole_program(self):
        p = self.program
        self.assertEqual(p.sections.count(), 6)
        self.assertEqual(Item.objects.filter(section__program=p).count(), 4)
        self.assertEqual(p.key_tasks.count(), 4)
        self.assertEqual(p.targets.count(), 2)
        self.assertEqual(p.sections.get(path="II.1.1").parent.path, "II.1")

    def test_it_matches_agencies_by_name_and_abbreviation(self):
        self.assertEqual(self.tasks[1].lead, self.agency_b)
        self.assertEqual(self.tasks[2].lead, self.agency_a)  # "UBND xã"
        self.assertEqual(self.tasks[3].lead, self.agency_a)
        self.assertEqual(list(self.tasks[3].partners.all()), [self.agency_b])
        self.assertEqual(self.tasks[2].partners.count(), 0)  # "Các cơ quan, đơn vị"

    def test_it_records_the_import_in_the_audit_trail(self):
        entry = AuditEntry.objects.for_object(self.program).get()
        self.assertEqual(entry.action, AuditAction.IMPORT)
        self.assertEqual(entry.changes["key_tasks"], 4)

    def test_a_broken_document_writes_nothing(self):
        counts = [m.objects.count() for m in (Program, Section, Item, KeyTask, Target, AuditEntry)]
        bad = program_doc()
        bad["targets"].append({"indicator": "x", "value": "?"})
        with self.assertRaises(ProgramFormatError):
            program_load(acting_user=self.clerk, commune=self.commune_b, data=bad)
        after = [m.objects.count() for m in (Program, Section, Item, KeyTask, Target, AuditEntry)]
        self.assertEqual(counts, after)

    def test_it_refuses_a_program_for_a_unit_that_is_not_a_commune(self):
        with self.assertRaises(ValidationError):
            program_load(acting_user=None, commune=self.agency_a, data=program_doc())


class KeyTaskUpdateTest(BaseTestCase):
    def _update(self, task, **changes):
        fields = {
            "name": task.name,
            "lead": task.lead,
            "partners": list(task.partners.all()),
            "partners_text": task.partners_text,
            "start_text": task.start_text,
            "end_text": task.end_text,
            "resources": task.resources,
        }
        fields.update(changes)
        return key_task_update(acting_user=self.clerk, task=task, **fields)

    def test_it_changes_the_task_and_writes_history(self):
        task = self._update(self.tasks[1], start_text="Quý II/2026", lead=self.agency_a)
        self.assertEqual(task.start_period, {"kind": "quarter", "year": 2026, "quarter": 2})
        self.assertEqual(task.first_year, 2026)
        self.assertEqual(task.lead_text, "Ủy ban nhân dân xã")
        entry = AuditEntry.objects.for_object(task).get()
        self.assertEqual(entry.actor, self.clerk)
        self.assertEqual(entry.changes["start_text"], ["Năm 2025", "Quý II/2026"])

    def test_it_refuses_an_unreadable_period_and_keeps_the_task(self):
        with self.assertRaises(ValidationError):
            self._update(self.tasks[1], start_text="sớm", name="Tên mới")
        self.tasks[1].refresh_from_db()
        self.assertEqual(self.tasks[1].name, "Kết nạp đảng viên mới")
        self.assertFalse(AuditEntry.objects.for_object(self.tasks[1]).exists())

    def test_it_refuses_an_end_before_the_start(self):
        with self.assertRaises(ValidationError):
            self._update(self.tasks[1], start_text="Năm 2029", end_text="Năm 2026")

    def test_it_refuses_an_agency_of_another_commune(self):
        with self.assertRaises(ValidationError):
            self._update(self.tasks[1], lead=self.office_c)

    def test_it_writes_no_history_when_nothing_changed(self):
        self._update(self.tasks[2])
        self.assertFalse(AuditEntry.objects.for_object(self.tasks[2]).exists())


class AreasTest(BaseTestCase):
    """The areas of work: the sections of the part that has the most of them, the first
    such part on a tie, in the document's order; none for an outline without such a part."""

    def areas(self, parts) -> list[str]:
        self.made = getattr(self, "made", 0) + 1
        program = make_program(
            self.commune, parts=parts, key_tasks=[], targets=[], number=f"9{self.made}-CTr/ĐU"
        )
        return [s.path for s in program.areas()]

    def test_the_part_with_the_most_sections_the_first_on_a_tie(self):
        part = lambda number, n: {  # noqa: E731
            "number": number,
            "title": f"Phần {number}",
            "children": [{"number": str(k), "title": f"Mục {k}"} for k in range(1, n + 1)],
        }
        self.assertEqual(self.areas([part("I", 2), part("II", 3), part("III", 3)]),
                         ["II.1", "II.2", "II.3"])  # fmt: skip
        self.assertEqual(self.areas([part("I", 4), part("II", 1)]), ["I.1", "I.2", "I.3", "I.4"])
        self.assertEqual(self.areas([{"number": "I", "title": "Một phần, không mục"}]), [])
