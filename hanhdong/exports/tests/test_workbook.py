"""The workbook of a period: title rows, numbers as numbers, the comparison in a column of
its own, only the periods up to the report's, a file name a clerk can file."""

import io

from django.urls import reverse
from openpyxl import load_workbook

from hanhdong.exports import excel
from hanhdong.exports.tests.test_period_figures import DisbursementTestCase, period


class WorkbookTest(DisbursementTestCase):
    def book(self, when):
        return load_workbook(io.BytesIO(excel.program_workbook(self.program, when)))

    def test_title_rows_then_the_table(self):
        sheet = self.book(self.q3)["Chỉ tiêu"]
        self.assertEqual(sheet["A1"].value, "ĐẢNG ỦY XÃ A")
        self.assertEqual(
            sheet["A2"].value, "Chương trình hành động số 01-CTr/ĐU: Chương trình hành động thử"
        )
        self.assertEqual(
            sheet["A3"].value, "Kỳ báo cáo: Quý III/2025 (số liệu được duyệt đến ngày 14/09/2025)"
        )
        self.assertTrue(sheet["A4"].value.startswith("Xuất ngày "))
        self.assertEqual(sheet.print_title_rows, "$6:$6")
        self.assertEqual(sheet.freeze_panes, "A7")

    def test_numbers_are_numbers_and_the_comparison_has_its_column(self):
        sheet = self.book(self.q3)["Chỉ tiêu"]
        headings = [c.value for c in sheet[6]]
        self.assertEqual(
            headings[:6], ["STT", "Chỉ tiêu", "Đơn vị tính", "So sánh", "Mục tiêu", "Thời hạn"]
        )
        row = next(r for r in sheet.iter_rows(min_row=7) if r[1].value == "Tỷ lệ giải ngân")
        cells = {heading: cell for heading, cell in zip(headings, row, strict=True)}
        self.assertEqual((cells["So sánh"].value, cells["Mục tiêu"].value), ("≥", 100))
        self.assertEqual(cells["Mục tiêu"].number_format, "#,##0")
        self.assertEqual(cells["Quý II/2025"].value, 60)
        pending = cells["Quý III/2025"]
        self.assertEqual((pending.value, pending.font.i), (80, True))  # awaiting acceptance
        self.assertEqual(cells["Thực hiện đến Quý III/2025"].value, 60)

    def test_only_the_periods_up_to_the_report_s(self):
        for sheet_name in ("Chỉ tiêu", "Tình hình nộp báo cáo"):
            headings = [c.value for c in self.book(self.q3)[sheet_name][6]]
            self.assertNotIn("Quý IV/2025", headings)
        headings = [c.value for c in self.book(period(self.program, 4))["Chỉ tiêu"][6]]
        self.assertIn("Quý IV/2025", headings)

    def test_the_task_sheet_says_where_each_report_stands(self):
        sheet = self.book(self.q3)["Nhiệm vụ trọng tâm"]
        row = next(r for r in sheet.iter_rows(min_row=7) if r[0].value == 2)
        self.assertEqual([c.value for c in row[7:10]], ["Đã nộp, chờ duyệt", None, None])
        self.assertEqual(sheet["H6"].value, "Báo cáo Quý III/2025")

    def test_the_download_is_named_for_filing(self):
        self.login(self.clerk)
        response = self.client.get(reverse("exports:workbook", args=[self.q3.pk]))
        self.assertEqual(
            response["Content-Disposition"],
            'attachment; filename="So-lieu-CTr-01-CTrDU-Quy-III-2025-A.xlsx"',
        )
        docx = self.client.get(reverse("exports:docx", args=[self.q3.pk]) + "?layout=state")
        self.assertEqual(
            docx["Content-Disposition"], 'attachment; filename="Du-thao-BC-Quy-III-2025-A.docx"'
        )
