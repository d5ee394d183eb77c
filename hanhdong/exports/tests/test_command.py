"""`hanhdong report`: the page's documents on the command line, made by the same code."""

import io
import shutil
import tempfile
from io import StringIO
from pathlib import Path

import docx
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from hanhdong.exports.models import RegisteredDocument
from hanhdong.exports.tests.base import ExportTestCase
from hanhdong.exports.tests.pdf import lines, needs_libreoffice, pages
from hanhdong.exports.tests.test_documents import runs
from hanhdong.orgs.models import Organization


class ReportCommandTest(ExportTestCase):
    def setUp(self):
        super().setUp()
        self.folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.folder)

    def run_command(self, *args):
        out = StringIO()
        call_command("report", *args, stdout=out)
        return out.getvalue()

    def test_it_writes_the_report_numbered_from_the_register(self):
        target = self.folder / "bao-cao.docx"
        said = self.run_command("hp-a", "01-CTr/ĐU", "--period", "quý iii/2025", "--out", target)
        self.assertIn("BC-01-BCDU-Quy-III-2025-A.docx", said)
        document = docx.Document(io.BytesIO(target.read_bytes()))
        self.assertTrue(runs(document, "Số 01-BC/ĐU"))
        self.run_command("hp-a", "--period", "Quý III/2025", "--out", target)  # scheduled again
        self.assertEqual(RegisteredDocument.objects.count(), 1)

    def test_a_draft_stays_unnumbered_and_the_workbook_and_brief_come_too(self):
        self.run_command("hp-a", "--period", "Quý III/2025", "--draft", "--out", self.folder / "a")
        self.assertFalse(RegisteredDocument.objects.exists())
        said = self.run_command("hp-a", "--period", "Quý III/2025", "--format", "xlsx")
        name = said.split(": ")[-1].strip()
        self.addCleanup(Path(name).unlink)
        self.assertEqual(name, "So-lieu-CTr-01-CTrDU-Quy-III-2025-A.xlsx")
        self.assertEqual(load_workbook(name)["Chỉ tiêu"]["A3"].value[:11], "Kỳ báo cáo:")
        brief = self.folder / "tom-tat.docx"
        self.run_command("hp-a", "--period", "Quý III/2025", "--document", "brief", "--out", brief)
        self.assertTrue(runs(docx.Document(brief), "TÓM TẮT"))

    def test_it_says_what_is_wrong(self):
        for args, message in (
            (["hp-x", "--period", "Quý III/2025"], "không có xã, phường nào mã “hp-x”"),
            (["hp-a", "09-CTr/ĐU", "--period", "Quý III/2025"], "không có chương trình 09"),
            (["hp-a", "--period", "Quý V/2025"], "không có kỳ báo cáo “Quý V/2025”"),
            (["hp-a", "--period", "Quý III/2035"], "không có kỳ báo cáo"),
        ):
            with self.subTest(args=args), self.assertRaisesMessage(CommandError, message):
                self.run_command(*args, "--out", self.folder / "x")

    @needs_libreoffice
    def test_the_pdf_sets_each_header_line_on_one_line_and_numbers_the_pages(self):
        Organization.objects.filter(pk=self.commune.pk).update(
            name="Xã Nghi Dương", short_name="Nghi Dương"
        )
        target = self.folder / "bao-cao.pdf"
        self.run_command("hp-a", "--period", "Quý III/2025", "--format", "pdf", "--out", target)
        found = pages(target.read_bytes())
        first = lines(found[0])
        self.assertEqual(first[0], "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG ĐẢNG CỘNG SẢN VIỆT NAM")
        self.assertEqual(first[1], "ĐẢNG ỦY XÃ NGHI DƯƠNG")
        self.assertRegex(first[3], r"^Số 01-BC/ĐU Nghi Dương, ngày \d\d tháng \d+ năm \d{4}$")
        self.assertGreater(len(found), 1)
        for number, page in enumerate(found[1:], 2):
            self.assertEqual(lines(page)[0], str(number))
