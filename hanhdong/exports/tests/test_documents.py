import datetime as dt
import io
from unittest import mock

import docx
from django.core.exceptions import ValidationError
from django.urls import reverse
from docx.shared import Pt
from openpyxl import load_workbook

from hanhdong.exports import excel, services
from hanhdong.exports.content import gather
from hanhdong.exports.tests.base import ExportTestCase
from hanhdong.programs.services import program_revise
from hanhdong.reports.models import ProgressReport
from hanhdong.reports.services import report_file_batch
from hanhdong.test import program_doc


def runs(document, text):
    return [r for p in document.paragraphs for r in p.runs if r.text == text] + [
        r
        for t in document.tables
        for row in t.rows
        for c in row.cells
        for p in c.paragraphs
        for r in p.runs
        if r.text == text
    ]


class WordTest(ExportTestCase):
    def test_the_party_header_in_its_fonts_and_sizes(self):
        document = self.document()
        party = runs(document, "ĐẢNG CỘNG SẢN VIỆT NAM")[0]
        self.assertEqual(
            (party.bold, party.font.size, party.font.name), (True, Pt(15), "Times New Roman")
        )
        issuer = runs(document, "ĐẢNG ỦY XÃ A")[0]
        self.assertEqual((issuer.bold, issuer.font.size), (True, Pt(14)))
        self.assertEqual(runs(document, "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG")[0].font.size, Pt(14))
        self.assertTrue(runs(document, "Số 25-BC/ĐU"))
        self.assertTrue(runs(document, "*"))
        title = runs(document, "BÁO CÁO")[0]
        self.assertEqual((title.bold, title.font.size), (True, Pt(16)))
        body = [r for p in document.paragraphs for r in p.runs if r.text.startswith("Trong ")]
        self.assertEqual(body[0].font.size, Pt(14))

    def test_a4_and_the_margins(self):
        section = self.document().sections[0]
        self.assertEqual((round(section.page_width.mm), round(section.page_height.mm)), (210, 297))
        self.assertEqual(
            [
                round(m.mm)
                for m in (
                    section.top_margin,
                    section.bottom_margin,
                    section.left_margin,
                    section.right_margin,
                )
            ],
            [20, 20, 30, 15],
        )

    def test_the_key_task_table_holds_exactly_the_tasks_due(self):
        table = next(t for t in self.document().tables if t.rows[0].cells[1].text == "Nhiệm vụ")
        rows = [[c.text for c in row.cells] for row in table.rows[1:]]
        self.assertEqual([r[0] for r in rows], ["1", "2", "3"])
        self.assertEqual([r[3] for r in rows], ["Chậm tiến độ", "Chưa báo cáo", "Chưa báo cáo"])
        self.assertEqual(rows[0][4], "40")

    def test_difficulties_are_attributed_and_the_signature_closes(self):
        document = self.document()
        texts = [p.text for p in document.paragraphs]
        self.assertIn("- Ban Xây dựng Đảng: nguồn phát triển đảng viên ít (nhiệm vụ 1).", texts)
        self.assertTrue(runs(document, "T/M BAN THƯỜNG VỤ"))
        self.assertTrue(runs(document, "Nơi nhận:"))

    def test_the_state_layout(self):
        document = self.document("state")
        self.assertTrue(runs(document, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        self.assertTrue(runs(document, "Độc lập - Tự do - Hạnh phúc"))
        self.assertTrue(runs(document, "TM. ỦY BAN NHÂN DÂN"))


class FeedbackInReportTest(ExportTestCase):
    def test_the_period_s_citizens_feedback_is_summed_up_in_the_report(self):
        from hanhdong.feedback import services as feedback_services
        from hanhdong.feedback.models import Feedback
        from hanhdong.feedback.tests.test_feedback import SECRET_PHONE, submit

        self.assertTrue(
            [p for p in self.document().paragraphs if "không tiếp nhận phản ánh" in p.text]
        )
        inside, outside = submit(self.commune), submit(self.commune)
        feedback_services.feedback_link(acting_user=self.clerk, feedback=inside, area_path="II.2")
        in_window = dt.datetime.combine(self.q3.cutoff_on, dt.time(9), tzinfo=dt.UTC)
        Feedback.objects.filter(pk=inside.pk).update(created_at=in_window)
        Feedback.objects.filter(pk=outside.pk).update(created_at=in_window + dt.timedelta(days=200))
        text = " ".join(p.text for p in self.document().paragraphs)
        self.assertIn("tiếp nhận 1 phản ánh, kiến nghị của người dân; đã trả lời 0", text)
        self.assertIn("2. Kinh tế (1 ý kiến)", text)
        self.assertNotIn(SECRET_PHONE, text)


class ExcelTest(ExportTestCase):
    def test_the_workbook_has_frozen_filtered_vietnamese_sheets(self):
        book = load_workbook(io.BytesIO(excel.program_workbook(self.program, self.q3)))
        self.assertEqual(
            book.sheetnames, ["Nhiệm vụ trọng tâm", "Chỉ tiêu", "Tình hình nộp báo cáo"]
        )
        tasks = book["Nhiệm vụ trọng tâm"]
        self.assertEqual(tasks.freeze_panes, "A7")
        self.assertEqual(tasks.auto_filter.ref, "A6:J10")
        self.assertEqual(tasks["B6"].value, "Tên nhiệm vụ")
        self.assertEqual([tasks["H7"].value, tasks["I7"].value], ["Đã duyệt", "Chậm tiến độ"])

    def test_a_target_a_revision_withdrew_leaves_the_workbook(self):
        doc = program_doc()
        del doc["targets"][1]
        program_revise(acting_user=self.clerk, program=self.program, data=doc)
        book = load_workbook(io.BytesIO(excel.program_workbook(self.program, self.q3)))
        rows = book["Chỉ tiêu"].iter_rows(min_row=7, values_only=True)
        indicators = [row[1] for row in rows if isinstance(row[0], int)]
        self.assertEqual(indicators, ["Tỷ lệ giải ngân"])
        self.assertEqual([t.target.indicator for t in gather(self.q3).targets], ["tỷ lệ giải ngân"])

    def fill(self, rows):
        tasks = [self.tasks[2], self.tasks[3]]
        book = load_workbook(io.BytesIO(excel.template(self.q3, self.agency_a, tasks)))
        sheet = book.worksheets[0]
        for index, values in enumerate(rows, 2):
            for column, value in enumerate(values, 1):
                sheet.cell(index, column, value)
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue(), tasks

    def test_a_filled_template_saves_every_row(self):
        data, tasks = self.fill(
            [
                [2, None, "Đúng tiến độ", 50, "Giải ngân đạt 50%.", None, None],
                [3, None, "Hoàn thành", 100, "Đã tổ chức bầu cử.", None, None],
            ]
        )
        rows = excel.read_template(data, self.q3, tasks)
        count = report_file_batch(
            acting_user=self.officer_a, period=self.q3, rows=rows, submit=True
        )
        self.assertEqual(count, 2)
        self.assertEqual(ProgressReport.objects.filter(state="submitted").count(), 2)

    def test_bad_rows_are_refused_with_their_row_numbers_and_nothing_is_saved(self):
        data, tasks = self.fill(
            [
                [2, None, "Đúng tiến độ", 50, "Được.", None, None],
                [3, None, "Xong rồi", 140, "", None, None],
                [9, None, "Hoàn thành", 10, "x", None, None],
            ]
        )
        before = ProgressReport.objects.count()
        with self.assertRaises(ValidationError) as caught:
            excel.read_template(data, self.q3, tasks)
        messages = caught.exception.messages
        self.assertEqual(len(messages), 2)
        self.assertTrue(messages[0].startswith("Dòng 3:"))
        self.assertIn("từ 0 đến 100", messages[0])
        self.assertTrue(messages[1].startswith("Dòng 4:"))
        self.assertEqual(ProgressReport.objects.count(), before)

    def test_a_file_that_is_not_a_workbook_is_refused(self):
        with self.assertRaises(ValidationError):
            excel.read_template(b"not excel", self.q3, [])


class ExportViewsTest(ExportTestCase):
    def test_the_clerk_edits_and_downloads(self):
        self.login(self.clerk)
        url = reverse("exports:consolidated", args=[self.q3.pk])
        page = self.client.get(url)
        self.assertEqual(page.status_code, 200)
        data = {k: v for k, v in page.context["form"].initial.items()}
        data["dated"] = "28/11/2026"
        data["overall"] = "Đánh giá chung do Văn phòng viết lại."
        self.assertEqual(self.client.post(url, data).status_code, 302)
        document = docx.Document(
            io.BytesIO(self.client.get(reverse("exports:docx", args=[self.q3.pk])).content)
        )
        self.assertIn(
            "Đánh giá chung do Văn phòng viết lại.", [p.text for p in document.paragraphs]
        )

    def test_roles(self):
        edit = reverse("exports:consolidated", args=[self.q3.pk])
        download = reverse("exports:docx", args=[self.q3.pk])
        for user in (self.standing, self.supervisor, self.officer_a):
            self.login(user)
            self.assertEqual(self.client.post(edit, {}).status_code, 403)
        self.login(self.standing)
        self.assertEqual(self.client.get(download).status_code, 200)
        self.login(self.officer_a)
        self.assertEqual(self.client.get(download).status_code, 403)
        self.login(self.outsider)
        self.assertEqual(self.client.get(download).status_code, 404)
        self.assertEqual(self.client.post(edit, {}).status_code, 404)
        self.login(self.clerk)
        self.assertEqual(self.client.put(edit).status_code, 405)
        self.assertEqual(self.client.post(download).status_code, 405)

    def test_the_pdf_is_hidden_without_libreoffice(self):
        self.login(self.clerk)
        with mock.patch.object(services, "soffice", return_value=None):
            page = self.client.get(reverse("exports:consolidated", args=[self.q3.pk]))
            self.assertNotContains(page, reverse("exports:pdf", args=[self.q3.pk]))
            pdf = self.client.get(reverse("exports:pdf", args=[self.q3.pk]))
            self.assertEqual(pdf.status_code, 404)

    def test_an_officer_uploads_the_template_only_for_its_agency(self):
        self.login(self.officer_a)
        url = reverse("exports:upload", args=[self.q3.pk])
        page = self.client.get(url)
        self.assertEqual([t.number for t in page.context["tasks"]], [2, 3])
        self.login(self.supervisor)
        self.assertEqual(self.client.get(url).status_code, 403)
        self.login(self.officer_a)
        self.assertEqual(self.client.put(url).status_code, 405)
