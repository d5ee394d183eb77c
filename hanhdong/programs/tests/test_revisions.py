"""A revision matches the program's rows by what they are: key tasks by number and name,
targets by indicator and place, sections by path — so what points at them stays."""

from django.urls import reverse

from hanhdong.audit.models import AuditAction, AuditEntry
from hanhdong.programs.formats import data_to_dict, program_to_data, read_program
from hanhdong.programs.models import KeyTask, Section
from hanhdong.programs.revisions import describe, diff_programs, pair_tasks
from hanhdong.programs.services import program_revise
from hanhdong.test import BaseTestCase, program_doc


def task(number, name, lead="UBND xã", sections=("II.2",)):
    return {"number": number, "name": name, "lead": lead, "sections": list(sections)}


def test_a_renumbered_appendix_pairs_each_task_with_itself():
    old = [task(1, "Kết nạp đảng viên mới"), task(2, "Chỉ đạo giải ngân vốn đầu tư công")]
    new = [task(1, "Xây dựng chính quyền số"), *[{**t, "number": t["number"] + 1} for t in old]]
    assert pair_tasks(old, new) == {0: 1, 1: 2}


def test_a_task_keeps_its_number_through_a_rewording():
    old = [task(3, "Bầu cử đại biểu HĐND")]
    new = [task(3, "Tổ chức bầu cử đại biểu HĐND xã nhiệm kỳ 2026-2031")]
    assert pair_tasks(old, new) == {0: 0}


def test_another_task_under_the_same_number_is_not_the_same_task():
    old = [task(4, "Sáp nhập thôn", lead="Ủy ban nhân dân xã", sections=())]
    new = [task(4, "Tổ chức lễ hội truyền thống", lead="Ban Xây dựng Đảng")]
    assert pair_tasks(old, new) == {}


class ReviseTest(BaseTestCase):
    def revise(self, doc):
        return program_revise(acting_user=self.clerk, program=self.program, data=doc)

    def test_sections_that_keep_their_path_keep_their_rows(self):
        before = {s.path: s.pk for s in self.program.sections.all()}
        target = self.program.targets.get(where="II.2")
        doc = program_doc()
        doc["parts"][1]["children"][1]["title"] = "Phát triển kinh tế"
        del doc["parts"][1]["children"][2]  # II.3 goes
        doc["key_tasks"][2]["sections"] = []
        self.revise(doc)
        after = {s.path: s.pk for s in Section.objects.filter(program=self.program)}
        self.assertEqual(after, {p: pk for p, pk in before.items() if p != "II.3"})
        self.assertEqual(Section.objects.get(path="II.2").title, "Phát triển kinh tế")
        target.refresh_from_db()
        self.assertEqual(target.section_id, before["II.2"])

    def test_a_moved_task_is_told_in_the_diff_and_in_its_own_history(self):
        doc = program_doc()
        doc["key_tasks"][0]["sections"] = ["II.3"]
        doc["key_tasks"][0]["name"] = "Kết nạp đảng viên mới hằng năm"
        revision = self.revise(doc)
        self.assertIn(
            "chuyển nhiệm vụ trọng tâm 1 từ mục II.1.1 sang II.3", describe(revision.changes)
        )
        entry = AuditEntry.objects.for_object(self.tasks[1]).get(action=AuditAction.UPDATE)
        self.assertEqual(entry.changes["sections"], [["II.1.1"], ["II.3"]])
        self.login(self.supervisor)
        page = self.client.get(reverse("programs:task", args=[self.tasks[1].pk]))
        history = page.content.decode().split('<section class="history">')[1]
        self.assertIn("(lần 2): chuyển từ mục II.1.1 sang II.3", history)
        self.assertIn(
            "<del>Kết nạp đảng viên mới</del> → <ins>Kết nạp đảng viên mới hằng năm", history
        )

    def test_a_withdrawn_task_says_so_on_its_page(self):
        doc = program_doc()
        del doc["key_tasks"][3]
        self.revise(doc)
        self.login(self.supervisor)
        page = self.client.get(reverse("programs:task", args=[self.tasks[4].pk]))
        self.assertContains(page, "Nhiệm vụ này đã được rút khi điều chỉnh, bổ sung chương trình")
        self.assertContains(page, "(lần 2): rút khỏi chương trình")
        overview = self.client.get(reverse("programs:overview", args=[self.program.pk]))
        self.assertContains(overview, "Sáp nhập thôn")

    def test_the_same_document_again_changes_nothing_and_writes_no_task_history(self):
        self.revise(program_doc())
        revision = self.program.revisions.get()
        self.assertEqual(describe(revision.changes), [])
        self.assertFalse(
            AuditEntry.objects.filter(object_id__in=[str(t.pk) for t in self.tasks.values()])
            .exclude(action=AuditAction.IMPORT)
            .filter(content_type__model="keytask")
            .exists()
        )

    def test_the_preview_diff_is_what_the_revision_does(self):
        doc = program_doc()
        doc["key_tasks"][1]["sections"] = ["II.3"]
        del doc["targets"][1]
        state = program_to_data(self.program, withdrawn=True)
        planned = diff_programs(state, data_to_dict(read_program(doc)))
        done = self.revise(doc).changes
        for entry in done["kept"]:
            entry.pop("count")
        self.assertEqual(done, planned)
        self.assertEqual(KeyTask.objects.filter(program=self.program).count(), 4)
