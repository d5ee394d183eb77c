"""A revised program never loses what was reported: a reworded target keeps its values, a
dropped one is withdrawn with them, a moved or renumbered task keeps its reports — and the
preview says all of it before anything is saved."""

import json

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import ProtectedError
from django.urls import reverse

from hanhdong.audit.models import AuditAction, AuditEntry
from hanhdong.imports.models import ImportDraft
from hanhdong.programs.models import KeyTask
from hanhdong.programs.services import program_revise
from hanhdong.reports.dashboard import target_figures
from hanhdong.reports.models import ProgressReport, ReportingKind, ReportingPeriod, TargetValue
from hanhdong.reports.services import report_file
from hanhdong.reports.tests.base import ReportsTestCase
from hanhdong.targets.models import Target
from hanhdong.test import program_doc

FIGURES = [92, 96, 100]  # the disbursement rate reported for three quarters


class RevisionKeepsReportsTest(ReportsTestCase):
    """Task 2 (led by agency A) reported its target "tỷ lệ giải ngân" for three quarters."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.quarters = [
            ReportingPeriod.objects.get(
                program=cls.program, kind=ReportingKind.QUARTER, year=year, number=number
            )
            for year, number in [(2025, 3), (2025, 4), (2026, 1)]
        ]
        for period, figure in zip(cls.quarters, FIGURES, strict=True):
            cls.hand_in(2, by=cls.officer_a, period=period, values={cls.target.pk: figure})

    def values(self) -> list[int]:
        return sorted(int(v.value) for v in TargetValue.objects.filter(target=self.target))

    def revise(self, doc):
        return program_revise(acting_user=self.clerk, program=self.program, data=doc)

    def test_it_keeps_a_reworded_target_s_values(self):
        doc = program_doc()
        doc["targets"][0]["indicator"] = "tỷ lệ giải ngân vốn đầu tư công hằng năm"
        doc["targets"][0]["value"] = 95
        self.revise(doc)
        target = Target.objects.get(pk=self.target.pk)  # the same row, not a new one
        self.assertEqual(target.indicator, "tỷ lệ giải ngân vốn đầu tư công hằng năm")
        self.assertEqual(int(target.value), 95)
        self.assertFalse(target.is_withdrawn)
        self.assertEqual(self.values(), FIGURES)
        self.assertEqual(self.program.targets.count(), 2)
        entry = AuditEntry.objects.for_object(target).get(action=AuditAction.UPDATE)
        self.assertEqual(
            entry.changes["indicator"],
            ["tỷ lệ giải ngân", "tỷ lệ giải ngân vốn đầu tư công hằng năm"],
        )
        self.assertEqual(entry.changes["value"], ["100", "95"])
        self.assertEqual(entry.changes["revision"], 2)

    def test_a_dropped_target_is_withdrawn_with_its_values(self):
        doc = program_doc()
        del doc["targets"][0]
        revision = self.revise(doc)
        target = Target.objects.get(pk=self.target.pk)
        self.assertTrue(target.is_withdrawn)
        self.assertEqual(self.values(), FIGURES)
        self.assertEqual(revision.changes["targets"]["removed"], ["tỷ lệ giải ngân"])
        self.assertEqual(
            [(k["change"], k["count"]) for k in revision.changes["kept"]], [("withdrawn", 3)]
        )
        # out of what is in force, on the overview with its values
        in_force = [t["target"].indicator for t in target_figures(self.program)]
        self.assertEqual(in_force, ["doanh nghiệp"])
        self.login(self.supervisor)
        overview = self.client.get(reverse("programs:overview", args=[self.program.pk]))
        withdrawn = overview.content.decode().split('<section id="withdrawn">')[1]
        self.assertIn("Tỷ lệ giải ngân", withdrawn)
        self.assertIn("<b>96</b>", withdrawn)
        self.assertEqual(overview.context["totals"]["targets"], 1)
        entry = AuditEntry.objects.for_object(target).get()
        self.assertEqual(entry.changes["is_withdrawn"], [False, True])
        self.assertEqual(entry.changes["kept"], 3)

    def test_a_withdrawn_target_is_reported_on_no_more(self):
        doc = program_doc()
        del doc["targets"][0]
        self.revise(doc)
        period = ReportingPeriod.objects.get(
            program=self.program, kind=ReportingKind.QUARTER, year=2026, number=2
        )
        with self.assertRaises(ValidationError):
            report_file(
                acting_user=self.officer_a,
                task=self.tasks[2],
                period=period,
                status="on_track",
                percent=50,
                values={self.target.pk: 99},
            )
        self.login(self.officer_a)
        form = self.client.get(reverse("reports:report", args=[self.tasks[2].pk, period.pk]))
        self.assertNotIn(f"target_{self.target.pk}", form.context["form"].fields)
        # a past report still shows what it stated
        past = self.client.get(
            reverse("reports:report", args=[self.tasks[2].pk, self.quarters[1].pk])
        )
        self.assertContains(past, "<b>96</b>")

    def test_a_target_brought_back_has_its_values_again(self):
        doc = program_doc()
        del doc["targets"][0]
        self.revise(doc)
        self.program.refresh_from_db()
        revision = self.revise(program_doc())
        target = Target.objects.get(pk=self.target.pk)
        self.assertFalse(target.is_withdrawn)
        self.assertEqual(self.values(), FIGURES)
        self.assertEqual(revision.changes["targets"]["restored"], ["tỷ lệ giải ngân"])
        self.assertEqual(revision.changes["targets"]["added"], [])

    def test_a_target_with_reported_values_cannot_be_deleted(self):
        with self.assertRaises(ProtectedError):
            Target.objects.get(pk=self.target.pk).delete()
        self.assertEqual(self.values(), FIGURES)

    def test_a_task_moved_to_another_area_keeps_its_reports_and_says_so(self):
        doc = program_doc()
        doc["key_tasks"][1]["sections"] = ["II.3"]
        revision = self.revise(doc)
        task = KeyTask.objects.get(pk=self.tasks[2].pk)
        self.assertEqual([s.path for s in task.sections.all()], ["II.3"])
        self.assertEqual(task.reports.count(), 3)
        self.assertEqual(
            revision.changes["key_tasks"]["moved"],
            [{"number": 2, "from": ["II.2"], "to": ["II.3"]}],
        )
        self.login(self.supervisor)
        page = self.client.get(reverse("programs:task", args=[task.pk]))
        history = page.content.decode().split('<section class="history">')[1]
        self.assertIn(
            "Điều chỉnh, bổ sung chương trình (lần 2): chuyển từ mục II.2 sang II.3", history
        )
        self.assertIn("3 báo cáo tiến độ được giữ lại", history)
        diff = self.client.get(reverse("programs:revision", args=[self.program.pk, 1]))
        self.assertContains(diff, "Chuyển nhiệm vụ trọng tâm 2 từ mục II.2 sang II.3")

    def test_a_renumbered_appendix_keeps_each_task_s_reports(self):
        doc = program_doc()
        new = {
            "number": 1,
            "name": "Xây dựng chính quyền số",
            "lead": "UBND xã",
            "start": "Năm 2026",
            "end": "Năm 2027",
            "sections": ["II.3"],
        }
        for task in doc["key_tasks"]:
            task["number"] += 1
        doc["key_tasks"].insert(0, new)
        doc["targets"][0]["where"] = "appendix:3"  # the disbursement task's row, renumbered
        revision = self.revise(doc)
        disbursement = KeyTask.objects.get(pk=self.tasks[2].pk)
        self.assertEqual(disbursement.number, 3)
        self.assertEqual(disbursement.reports.count(), 3)
        self.assertEqual(
            sorted(self.program.key_tasks.current().values_list("number", flat=True)),
            [1, 2, 3, 4, 5],
        )
        self.assertEqual(revision.changes["key_tasks"]["added"], [1])
        self.assertEqual(revision.changes["key_tasks"]["removed"], [])
        target = Target.objects.get(pk=self.target.pk)
        self.assertEqual((target.key_task_id, self.values()), (disbursement.pk, FIGURES))

    def test_a_task_rewritten_under_its_number_is_another_task(self):
        doc = program_doc()
        doc["key_tasks"][1].update(name="Tổ chức lễ hội truyền thống", lead="Ban Xây dựng Đảng")
        doc["key_tasks"][1]["sections"] = ["II.3"]
        self.revise(doc)
        old = KeyTask.objects.get(pk=self.tasks[2].pk)
        self.assertTrue(old.is_withdrawn)
        self.assertEqual(old.reports.count(), 3)
        self.assertEqual(self.program.key_tasks.current().get(number=2).reports.count(), 0)


class RevisionPreviewTest(ReportsTestCase):
    """The preview lists, before saving, what the revision withdraws, moves or rewords,
    with what is attached to each."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        for year, number, figure in [(2025, 3, 92), (2025, 4, 96)]:
            period = ReportingPeriod.objects.get(
                program=cls.program, kind=ReportingKind.QUARTER, year=year, number=number
            )
            cls.hand_in(2, by=cls.officer_a, period=period, values={cls.target.pk: figure})

    def preview(self, doc):
        self.login(self.clerk)
        content = json.dumps(doc).encode()
        self.client.post(
            reverse("imports:upload", args=[self.commune.pk]),
            {"file": SimpleUploadedFile("ctr.json", content), "program": self.program.pk},
        )
        draft = ImportDraft.objects.get()
        return self.client.get(reverse("imports:preview", args=[draft.pk])).content.decode()

    def test_it_lists_what_is_withdrawn_or_moved_with_what_stays_attached(self):
        doc = program_doc(number=self.program.number)
        doc["key_tasks"][1]["sections"] = ["II.3"]  # moved, with two reports
        del doc["key_tasks"][3]  # task 4 withdrawn, nothing reported
        doc["targets"][0]["indicator"] = "tỷ lệ giải ngân vốn đầu tư công"  # reworded
        del doc["targets"][1]  # withdrawn, nothing reported
        before = (ProgressReport.objects.count(), TargetValue.objects.count())
        html = self.preview(doc)
        kept = html.split('<table class="grid kept">')[1].split("</table>")[0]
        rows = [row.split("</tr>")[0] for row in kept.split("<tr>")[2:]]
        self.assertEqual(len(rows), 4, kept)
        self.assertIn("Nhiệm vụ trọng tâm 2: Chỉ đạo giải ngân vốn đầu tư công", rows[0])
        self.assertIn("Chuyển từ mục II.2 sang II.3", rows[0])
        self.assertIn("2 báo cáo tiến độ — được giữ lại", rows[0])
        self.assertIn("Nhiệm vụ trọng tâm 4: Sáp nhập thôn", rows[1])
        self.assertIn("Rút khỏi chương trình", rows[1])
        self.assertIn("Chưa có gì được báo cáo", rows[1])
        self.assertIn("Chỉ tiêu “tỷ lệ giải ngân vốn đầu tư công”", rows[2])
        self.assertIn("Sửa cách viết, trước là “tỷ lệ giải ngân”", rows[2])
        self.assertIn("2 giá trị đã báo cáo — được giữ lại", rows[2])
        self.assertIn("Chỉ tiêu “doanh nghiệp”", rows[3])
        self.assertIn("Rút khỏi chương trình", rows[3])
        # nothing saved yet
        self.assertEqual((ProgressReport.objects.count(), TargetValue.objects.count()), before)
        self.assertEqual(self.program.key_tasks.current().count(), 4)
