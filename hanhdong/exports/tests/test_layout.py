"""The layout a clerk files without touching: each header line one paragraph that fits its
column at its size (measured with the font's metrics, and by LibreOffice where installed),
page numbers from the second page, "Nơi nhận" in the style of the layout."""

import datetime as dt
import io

import docx
from docx.oxml.ns import qn

from hanhdong.exports import metrics, services, word
from hanhdong.exports.content import gather
from hanhdong.exports.layout import dateline, recipient_lines
from hanhdong.exports.tests.base import ExportTestCase
from hanhdong.exports.tests.pdf import lines, needs_libreoffice, pages
from hanhdong.orgs.models import Organization
from hanhdong.reports.models import ReportingPeriod

DAY = dt.date(2026, 12, 28)  # two-digit day and month: the widest dateline of the year
LONG = (
    "Các cơ quan, đơn vị đã bám sát Chương trình, chủ động xây dựng kế hoạch thực hiện và "
    "báo cáo kết quả theo kỳ; Văn phòng Đảng ủy tổng hợp, đôn đốc."
)


class LayoutTest(ExportTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        Organization.objects.filter(pk=cls.commune.pk).update(
            name="Xã Nghi Dương", short_name="Nghi Dương"
        )

    def build(self, layout, **fields):
        period = ReportingPeriod.objects.get(pk=self.q3.pk)
        report = services.consolidated_save(
            acting_user=self.clerk,
            period=period,
            layout=layout,
            dated=DAY,
            overall="\n".join([LONG] * 14),  # a report of more than one page
            **fields,
        )
        return word.build(report, gather(period))

    def header(self, data):
        """(text, size, bold, italic, column width) of each header paragraph."""
        table = docx.Document(io.BytesIO(data)).tables[0]
        out = []
        for row in table.rows:
            for cell in row.cells:
                width = int(cell._tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) / 567
                for paragraph in cell.paragraphs:
                    if paragraph.text:
                        first = paragraph.runs[0]
                        out.append(
                            (paragraph.text, first.font.size.pt, first.bold, first.italic, width)
                        )
        return out

    def test_each_party_header_line_is_one_paragraph_that_fits_its_column(self):
        found = self.header(self.build("party"))
        self.assertEqual(
            [text for text, *_ in found],
            [
                "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG",
                "ĐẢNG ỦY XÃ NGHI DƯƠNG",
                "*",
                "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Số 01-BC/ĐU",
                "Nghi Dương, ngày 28 tháng 12 năm 2026",
            ],
        )
        sizes = {text: (size, bold, italic) for text, size, bold, italic, _ in found}
        self.assertEqual(sizes["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG"], (14, False, False))
        self.assertEqual(sizes["ĐẢNG ỦY XÃ NGHI DƯƠNG"], (14, True, False))
        self.assertEqual(sizes["ĐẢNG CỘNG SẢN VIỆT NAM"], (15, True, False))
        self.assertEqual(sizes["Nghi Dương, ngày 28 tháng 12 năm 2026"], (14, False, True))
        for text, size, bold, italic, width in found:
            with self.subTest(text=text):
                used = metrics.width_cm(text, size, bold=bool(bold), italic=bool(italic))
                self.assertLessEqual(used, width)
        widths = {round(w, 2) for *_, w in found}
        self.assertLessEqual(sum(widths), 16.5 + 1e-6)  # the text's width: 210 − 30 − 15 mm

    def test_each_state_header_line_fits_too(self):
        found = self.header(self.build("state"))
        self.assertEqual(
            [text for text, *_ in found],
            [
                "ỦY BAN NHÂN DÂN",
                "XÃ NGHI DƯƠNG",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 01/BC-UBND",
                "Nghi Dương, ngày 28 tháng 12 năm 2026",
            ],
        )
        for text, size, bold, italic, width in found:
            with self.subTest(text=text):
                used = metrics.width_cm(text, size, bold=bool(bold), italic=bool(italic))
                self.assertLessEqual(used, width)

    def test_a_name_too_long_for_its_column_wraps_rather_than_overflows(self):
        Organization.objects.filter(pk=self.commune.pk).update(
            name="Xã Nguyễn Thị Minh Khai Thượng Đông Bắc Hải Phòng Mới",
            short_name="Nguyễn Thị Minh Khai Thượng",
        )
        found = self.header(self.build("party"))
        for text, size, bold, italic, width in found:
            with self.subTest(text=text):
                used = metrics.width_cm(text, size, bold=bool(bold), italic=bool(italic))
                self.assertLessEqual(used, width)
        texts = [text for text, *_ in found]
        # the body's name and the dateline go on, on a second line
        self.assertIn("ĐẢNG ỦY XÃ NGUYỄN THỊ MINH KHAI THƯỢNG ĐÔNG BẮC", " ".join(texts))
        self.assertTrue(any(t.startswith("Nguyễn Thị Minh Khai Thượng, ngày") for t in texts))

    def test_page_numbers_run_from_the_second_page(self):
        document = docx.Document(io.BytesIO(self.build("party")))
        section = document.sections[0]
        self.assertTrue(section.different_first_page_header_footer)
        header = section.header._element.xml
        self.assertIn('w:fldCharType="begin"', header)
        self.assertIn(" PAGE ", header)
        self.assertNotIn("PAGE", section.first_page_header._element.xml)

    def test_recipients_in_the_party_style(self):
        document = docx.Document(io.BytesIO(self.build("party", recipients="A\nB,\n- Lưu VP;")))
        closing = document.tables[-1].rows[0].cells[0].paragraphs
        title = closing[0].runs[0]
        self.assertEqual(
            (closing[0].text, title.underline, title.bold, title.font.size.pt),
            ("Nơi nhận:", True, False, 14),
        )
        self.assertEqual([p.text for p in closing[1:]], ["- A,", "- B,", "- Lưu VP."])
        self.assertEqual({p.runs[0].font.size.pt for p in closing[1:]}, {12})
        signature = [p.text for p in document.tables[-1].rows[0].cells[1].paragraphs]
        self.assertEqual(signature[:2], ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"])

    def test_recipients_in_the_state_style(self):
        self.assertEqual(
            recipient_lines(["Thường trực Đảng ủy (để b/c)", "Lưu: VT."], "state"),
            ["- Thường trực Đảng ủy (để b/c);", "- Lưu: VT."],
        )
        document = docx.Document(io.BytesIO(self.build("state")))
        title = document.tables[-1].rows[0].cells[0].paragraphs[0].runs[0]
        self.assertEqual((title.bold, title.italic, title.font.size.pt), (True, True, 12))

    def test_the_dateline_pads_days_below_10_and_the_first_two_months(self):
        self.assertEqual(
            dateline("Nghi Dương", dt.date(2026, 1, 5)), "Nghi Dương, ngày 05 tháng 01 năm 2026"
        )
        self.assertEqual(
            dateline("Nghi Dương", dt.date(2026, 4, 3)), "Nghi Dương, ngày 03 tháng 4 năm 2026"
        )

    @needs_libreoffice
    def test_libreoffice_sets_the_state_header_on_one_line_each_and_numbers_the_pages(self):
        found = pages(services.to_pdf(self.build("state")))
        self.assertGreater(len(found), 1)
        first = lines(found[0])
        self.assertIn("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", first[0])
        self.assertTrue(any(line.endswith("Độc lập - Tự do - Hạnh phúc") for line in first))
        self.assertTrue(
            any("Số: 01/BC-UBND Nghi Dương, ngày 28 tháng 12 năm 2026" in line for line in first)
        )
        self.assertNotEqual(first[0], "1")
        for number, page in enumerate(found[1:], 2):
            self.assertEqual(lines(page)[0], str(number))
