"""Figures from another system's Excel sheet: mapped once, taken in twice (next month), shown
on the dashboard with their source; bad sheets explained in Vietnamese, nothing written."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from decimal import Decimal
from unittest import mock

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from openpyxl import Workbook

from hanhdong.audit.models import AuditAction, AuditEntry
from hanhdong.reports.indicators import parse_number
from hanhdong.reports.models import IndicatorSheet, ReportingKind, ReportingPeriod, TargetValue
from hanhdong.reports.services import calendar_setup, report_file
from hanhdong.targets.models import Target
from hanhdong.test import BaseTestCase

SOURCE = "Hệ thống thông tin giải quyết TTHC thành phố"
HEADINGS = ["Kỳ báo cáo", "Ngày số liệu", "Hồ sơ trực tuyến", "Đúng hạn", "Hài lòng"]


def workbook(rows, headings=HEADINGS, title="Chỉ số 766", percent_cells=()) -> bytes:
    """A sheet as the provincial system exports it: a title row, the headings on row 2."""
    book = Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(["BÁO CÁO CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (QĐ 766/QĐ-TTg)"])
    sheet.append(headings)
    for row in rows:
        sheet.append(row)
    for ref in percent_cells:
        sheet[ref].number_format = "0%"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


class NumbersTest(BaseTestCase):
    def test_it_reads_vietnamese_numbers(self):
        cases = {
            "1.234,5": Decimal("1234.5"),
            "85%": Decimal(85),
            "85,5 %": Decimal("85.5"),
            "1.234": Decimal(1234),
            "12.345.678": Decimal(12345678),
            "0,92": Decimal("0.92"),
            "85.5": Decimal("85.5"),
            "1 234": Decimal(1234),
            "-3,5": Decimal("-3.5"),
            92: Decimal(92),
            0.5: Decimal("0.5"),
            None: None,
            "  ": None,
            "90": Decimal(90),
        }
        for raw, value in cases.items():
            self.assertEqual(parse_number(raw), value, raw)

    def test_it_refuses_what_is_not_a_number(self):
        for raw in ("khoảng 80", "1,2,3", "NaN", "inf", "1e5", True, "10" * 10):
            with self.assertRaises(ValueError, msg=raw):
                parse_number(raw)


class IndicatorImportTest(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with mock.patch("django.utils.timezone.localdate", return_value=dt.date(2025, 1, 1)):
            calendar_setup(acting_user=None, program=cls.program, monthly=True)
        made = {}
        for position, (indicator, unit, value) in enumerate(
            (
                ("tỷ lệ hồ sơ trực tuyến", "%", 80),
                ("tỷ lệ hồ sơ giải quyết đúng hạn", "%", 95),
                ("mức độ hài lòng", "%", 90),
            ),
            start=10,
        ):
            made[indicator] = Target.objects.create(
                program=cls.program,
                position=position,
                indicator=indicator,
                unit=unit,
                value=value,
                year=2030,
                where="II.2",
                key_task=cls.tasks[2],
            )
        cls.online, cls.ontime, cls.satisfied = made.values()

        def month(n):
            return ReportingPeriod.objects.get(
                program=cls.program, kind=ReportingKind.MONTH, year=2026, number=n
            )

        cls.october, cls.november = month(10), month(11)

    def mapping(self, **overrides):
        data = {
            "name": "Chỉ số phục vụ (QĐ 766)",
            "source": SOURCE,
            "sheet_name": "Chỉ số 766",
            "header_row": 2,
            "period_column": "Kỳ báo cáo",
            "period": "",
            "date_column": "Ngày số liệu",
            f"target_{self.online.pk}": "Hồ sơ trực tuyến",
            f"target_{self.ontime.pk}": "đúng hạn",  # headings match however capitalised
            f"target_{self.satisfied.pk}": "E",  # or by letter
            **overrides,
        }
        self.login(self.clerk)
        return self.client.post(reverse("reports:indicator_new", args=[self.program.pk]), data)

    def upload(self, sheet, data, name="chi-so-766.xlsx"):
        return self.client.post(
            reverse("reports:indicator_upload", args=[sheet.pk]),
            {"file": SimpleUploadedFile(name, data)},
        )

    def take_in(self, sheet, preview):
        return self.client.post(
            reverse("reports:indicator_take_in", args=[sheet.pk]),
            {"payload": preview.context["payload"]},
        )

    def assertNothingWritten(self):
        self.assertFalse(TargetValue.objects.exists())
        self.assertFalse(
            AuditEntry.objects.filter(
                action=AuditAction.IMPORT, content_type__model="indicatorsheet"
            ).exists()
        )

    def test_it_is_mapped_once_and_takes_in_two_months(self):
        response = self.mapping()
        sheet = IndicatorSheet.objects.get()
        self.assertRedirects(response, reverse("reports:indicator_upload", args=[sheet.pk]))
        self.assertEqual(AuditEntry.objects.for_object(sheet).get().action, AuditAction.CREATE)

        october = workbook(
            [["Tháng 10/2026", dt.date(2026, 10, 31), "85,5%", 0.92, "1.234,5"]],
            percent_cells=["D3"],
        )
        preview = self.upload(sheet, october)
        reading = preview.context["reading"]
        self.assertEqual(reading.refused, [])
        shown = {(v.target, v.period, v.value) for v in reading.values}
        self.assertEqual(
            shown,
            {
                (self.online, self.october, Decimal("85.5")),
                (self.ontime, self.october, Decimal(92)),
                (self.satisfied, self.october, Decimal("1234.5")),
            },
        )
        self.assertContains(preview, "Tháng 10/2026")
        self.assertContains(preview, 'data-value="85.5"')  # plain in attributes
        self.assertContains(preview, 'data-value="92"')
        self.assertFalse(TargetValue.objects.exists())  # a preview writes nothing

        response = self.take_in(sheet, preview)
        self.assertRedirects(
            response,
            reverse("reports:dashboard", args=[self.program.pk]) + "#targets",
            fetch_redirect_response=False,
        )
        value = TargetValue.objects.get(target=self.online, period=self.october)
        self.assertEqual(
            (value.value, value.source, value.noted_on, value.report),
            (Decimal("85.5"), SOURCE, dt.date(2026, 10, 31), None),
        )
        self.assertTrue(value.is_measured)

        # next month: the same mapping, a new sheet
        november = workbook([["Tháng 11/2026", "30/11/2026", "88 %", "96,1", "91"]])
        self.take_in(sheet, self.upload(sheet, november))
        self.assertEqual(IndicatorSheet.objects.count(), 1)
        self.assertEqual(TargetValue.objects.filter(target=self.online).count(), 2)
        self.assertEqual(
            TargetValue.objects.get(target=self.ontime, period=self.november).value,
            Decimal("96.1"),
        )
        self.assertEqual(
            AuditEntry.objects.for_object(sheet).filter(action=AuditAction.IMPORT).count(), 2
        )

        dashboard = self.client.get(reverse("reports:dashboard", args=[self.program.pk]))
        self.assertContains(dashboard, SOURCE)
        self.assertContains(dashboard, "30/11/2026")
        self.assertContains(dashboard, "mới nhất 88 (Tháng 11/2026)")  # and which period's
        self.assertContains(dashboard, "báo cáo tổng hợp chỉ tính các báo cáo đã được duyệt")

    def test_a_missing_column_is_named_and_nothing_written(self):
        self.mapping()
        sheet = IndicatorSheet.objects.get()
        data = workbook(
            [["Tháng 10/2026", "31/10/2026", "85", "92", "90"]],
            headings=["Kỳ báo cáo", "Ngày số liệu", "Hồ sơ trực tuyến", "Tỷ lệ", "Hài lòng"],
        )
        response = self.upload(sheet, data)
        self.assertContains(response, "không có cột “đúng hạn”")
        self.assertNotIn("payload", response.context)
        self.assertNothingWritten()

    def test_text_in_a_number_cell_and_an_unknown_period_refuse_the_sheet(self):
        self.mapping()
        sheet = IndicatorSheet.objects.get()
        data = workbook(
            [
                ["Tháng 10/2026", "31/10/2026", "khoảng 80", "92", "90"],
                ["Tháng 13/2026", "31/10/2026", "85", "92", "90"],
                ["Quý V/2026", "31/10/2026", "85", "92", "90"],
                ["Tháng 11/2026", "31/11/2026", "85", "92", "90"],
            ]
        )
        response = self.upload(sheet, data)
        refused = response.context["reading"].refused
        self.assertEqual(len(refused), 4, refused)
        self.assertContains(
            response, "Dòng 3, cột “Hồ sơ trực tuyến”: “khoảng 80” không phải là số"
        )
        self.assertContains(response, "Dòng 4: không có kỳ báo cáo “Tháng 13/2026”")
        self.assertContains(response, "Dòng 6: “31/11/2026” không phải là ngày")
        self.assertNotIn("payload", response.context)  # no button to take them in
        self.assertNothingWritten()

    def test_hostile_or_oversized_files_are_refused_unread(self):
        self.mapping()
        sheet = IndicatorSheet.objects.get()
        good = workbook([["Tháng 10/2026", "31/10/2026", "85", "92", "90"]])
        # a DTD slipped into a part
        hostile = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(good)) as source, zipfile.ZipFile(hostile, "w") as out:
            for entry in source.infolist():
                content = source.read(entry)
                if entry.filename == "xl/workbook.xml":
                    content = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>' + content
                out.writestr(entry, content)
        response = self.upload(sheet, hostile.getvalue())
        self.assertContains(response, "DTD")
        # a zip bomb: one part that says it unpacks to a gigabyte
        bomb = io.BytesIO()
        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
            out.writestr("xl/workbook.xml", b"<workbook/>")
            out.writestr("xl/worksheets/sheet1.xml", b"\0" * (20 * 1024 * 1024))
        response = self.upload(sheet, bomb.getvalue())
        self.assertContains(response, "giải nén")
        # a sheet whose XML is broken, found only as it is read
        broken = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(good)) as source, zipfile.ZipFile(broken, "w") as out:
            for entry in source.infolist():
                content = source.read(entry)
                if entry.filename == "xl/worksheets/sheet1.xml":
                    content = content[: len(content) // 2]
                out.writestr(entry, content)
        response = self.upload(sheet, broken.getvalue())
        self.assertContains(response, "bị hỏng")
        # not a workbook at all
        response = self.upload(sheet, b"%PDF-1.7 not a sheet", name="x.xlsx")
        self.assertContains(response, "không phải bảng tính Excel")
        with override_settings(HANHDONG_MAX_ATTACHMENT_MB=1):
            response = self.upload(sheet, b"PK\x03\x04" + b"x" * (2 * 1024 * 1024))
        self.assertContains(response, "lớn hơn 1 MB")
        self.assertNothingWritten()

    def test_a_reported_value_is_never_overwritten(self):
        self.mapping()
        sheet = IndicatorSheet.objects.get()
        report_file(
            acting_user=self.officer_a,
            task=self.tasks[2],
            period=self.october,
            status="on_track",
            percent=50,
            results="Đã làm.",
            values={self.online.pk: "70"},
        )
        response = self.upload(sheet, workbook([["Tháng 10/2026", "", "85", "92", "90"]]))
        self.assertContains(response, "báo cáo của cơ quan đã nêu")
        self.assertNotIn("payload", response.context)
        self.assertEqual(
            TargetValue.objects.get(target=self.online, period=self.october).value, Decimal(70)
        )

    def test_an_altered_preview_is_refused(self):
        self.mapping()
        sheet = IndicatorSheet.objects.get()
        preview = self.upload(sheet, workbook([["Tháng 10/2026", "", "85", "92", "90"]]))
        payload = preview.context["payload"]
        response = self.client.post(
            reverse("reports:indicator_take_in", args=[sheet.pk]), {"payload": payload + "x"}
        )
        self.assertRedirects(response, reverse("reports:indicator_upload", args=[sheet.pk]))
        self.assertNothingWritten()

    def test_only_the_party_office_maps_and_takes_in(self):
        self.mapping()
        sheet = IndicatorSheet.objects.get()
        data = workbook([["Tháng 10/2026", "", "85", "92", "90"]])
        for user in (self.inspector, self.standing, self.officer_a, self.supervisor):
            self.login(user)
            self.assertEqual(self.upload(sheet, data).status_code, 403, user)
            response = self.client.post(
                reverse("reports:indicator_new", args=[self.program.pk]), {"name": "x"}
            )
            self.assertEqual(response.status_code, 403)
        self.login(self.outsider)
        self.assertEqual(self.upload(sheet, data).status_code, 404)
        self.assertEqual(IndicatorSheet.objects.count(), 1)
        self.assertNothingWritten()

    def test_a_fixed_period_needs_no_period_column(self):
        self.mapping(period_column="", period=str(self.october.pk), date_column="")
        sheet = IndicatorSheet.objects.get()
        data = workbook([["", "", "85", "92", "90"]])
        self.take_in(sheet, self.upload(sheet, data))
        value = TargetValue.objects.get(target=self.satisfied)
        self.assertEqual((value.period, value.noted_on), (self.october, self.october.cutoff_on))
