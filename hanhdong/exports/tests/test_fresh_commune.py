"""A commune set up from nothing — added with its standard units, its program imported, its
agencies' reports filed and accepted — gets its report filed as it comes out."""

import datetime as dt
import io
import json
import shutil
import tempfile
from io import StringIO
from pathlib import Path
from unittest import mock

import docx
from django.core.management import call_command
from django.test import TestCase

from hanhdong.exports.tests.test_documents import runs
from hanhdong.orgs.models import Organization, OrgKind, Role
from hanhdong.orgs.services import city_add, commune_add, user_create
from hanhdong.programs.models import Program
from hanhdong.reports.models import ReportingKind, ReportingPeriod
from hanhdong.reports.services import calendar_setup, report_file, report_review
from hanhdong.test import program_doc

DOCUMENT = program_doc(
    issuer="Ban Chấp hành Đảng bộ xã Tiên Lãng",
    date="2025-10-15",
    signed_by={"on_behalf_of": "T/M Ban Chấp hành", "role": "Bí thư", "name": "Trần Văn Lâm"},
    recipients=["Thường trực Thành ủy (để b/c)", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"],
)


class FreshCommuneTest(TestCase):
    def test_a_new_commune_s_report_is_ready_to_file(self):
        folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, folder)
        city = city_add(acting_user=None, code="hp", name="Thành phố Hải Phòng")
        commune = commune_add(acting_user=None, city=city, code="hp-tienlang", name="Tiên Lãng")
        unit = lambda name: Organization.objects.get(commune=commune, name=name)  # noqa: E731
        clerk = user_create(
            acting_user=None,
            username="vp",
            password="mat-khau-dai-2025",
            memberships=[(unit("Văn phòng Đảng ủy"), Role.CLERK)],
        )
        officer = user_create(
            acting_user=None,
            username="ubnd",
            password="mat-khau-dai-2025",
            memberships=[(unit("Ủy ban nhân dân xã"), Role.OFFICER)],
        )
        source = folder / "chuong-trinh.json"
        source.write_text(json.dumps(DOCUMENT, ensure_ascii=False), encoding="utf-8")
        call_command(
            "import", str(source), "--commune", "hp-tienlang", stdout=StringIO(), stderr=StringIO()
        )
        program = Program.objects.get(commune=commune)
        with mock.patch("django.utils.timezone.localdate", return_value=dt.date(2025, 1, 1)):
            calendar_setup(acting_user=clerk, program=program, nine_months=True)
        nine = ReportingPeriod.objects.get(program=program, kind=ReportingKind.NINE, year=2025)
        task = program.key_tasks.get(number=2)
        self.assertEqual(task.lead, unit("Ủy ban nhân dân xã"))
        report = report_file(
            acting_user=officer,
            task=task,
            period=nine,
            status="on_track",
            percent=70,
            results="Đã giải ngân 70% kế hoạch vốn năm.",
            values={program.targets.get(where="appendix:2").pk: 70},
            submit=True,
        )
        report_review(acting_user=clerk, report=report, accept=True)

        target = folder / "bao-cao.docx"
        out = StringIO()
        call_command(
            "report", "hp-tienlang", "01-CTr/ĐU", "--period", "9 tháng năm 2025",
            "--out", str(target), stdout=out,
        )  # fmt: skip
        self.assertIn("BC-01-BCDU-9-thang-2025-Tien-Lang.docx", out.getvalue())
        document = docx.Document(io.BytesIO(target.read_bytes()))
        for line in (
            "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG",
            "ĐẢNG ỦY XÃ TIÊN LÃNG",
            "Số 01-BC/ĐU",
            "T/M BAN THƯỜNG VỤ",
            "Trần Văn Lâm",
            "- Lưu Văn phòng Đảng ủy.",
        ):
            self.assertTrue(runs(document, line), line)
        self.assertTrue(
            any(
                r.text.startswith("Tiên Lãng, ngày ")
                for r in document.tables[0]._cells[3].paragraphs[0].runs
            )
        )
        text = " ".join(p.text for p in document.paragraphs)
        self.assertIn(
            "Theo báo cáo của Ủy ban nhân dân xã (UBND xã): đã giải ngân 70% kế hoạch vốn năm "
            "(nhiệm vụ 2).",
            text,
        )
        self.assertIn("tỷ lệ giải ngân đạt 70%, chưa đạt chỉ tiêu 100%", text)
        self.assertEqual(Organization.objects.filter(kind=OrgKind.COMMUNE).count(), 1)
