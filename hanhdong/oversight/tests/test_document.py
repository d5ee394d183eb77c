"""The conclusion of an inspection as a Word file in the Party layout, from its data."""

from __future__ import annotations

import datetime as dt
import io
import os

from django.urls import reverse
from django.utils import timezone
from docx import Document

from hanhdong.oversight import services
from hanhdong.oversight.tests.base import OversightTestCase
from hanhdong.oversight.tests.factory import make_inspection
from hanhdong.tasks import services as task_services


def text_of(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


class ConclusionDocumentTest(OversightTestCase):
    def test_it_writes_the_conclusion_in_the_party_layout(self):
        today = timezone.localdate()
        inspection = make_inspection(
            self.inspector,
            self.commune,
            org=self.cells[0],
            content="Việc quản lý, sử dụng quỹ đảng và ngân sách chi bộ năm 2025",
            starts_on=today - dt.timedelta(days=15),
            ends_on=today - dt.timedelta(days=5),
        )
        services.inspection_update(
            acting_user=self.inspector,
            inspection=inspection,
            documents="Báo cáo tự kiểm tra của Chi bộ",
            findings="Chi bộ thu, nộp đảng phí đầy đủ\nSổ sách kế toán chưa cập nhật kịp thời",
        )
        task_services.task_add(
            acting_user=self.inspector,
            directive=inspection.directive,
            title="Cập nhật sổ sách kế toán của chi bộ",
            lead=self.agency_b,
            responsible="Đồng chí Bí thư Chi bộ",
            due_text=(today + dt.timedelta(days=30)).strftime("%d/%m/%Y"),
            product="Sổ sách được cập nhật",
        )
        draft = text_of(services.conclusion_file(inspection))
        self.assertIn("     -KL/UBKT", draft)  # the number left blank on a draft
        services.inspection_conclude(
            acting_user=self.inspector,
            inspection=inspection,
            conclusions="Chi bộ chấp hành tốt quy định về quản lý tài chính đảng",
            concluded_on=today,
            signer_name="Lê Văn Tâm",
            signer_role="Chủ nhiệm",
        )
        inspection.refresh_from_db()
        self.login(self.inspector)
        response = self.client.get(reverse("oversight:conclusion", args=[inspection.pk]))
        self.assertEqual(response.status_code, 200)
        self.assertIn('filename="KL-01-KL-UBKT.docx"', response["Content-Disposition"])
        data = response.content
        text = text_of(data)
        for expected in (
            "ĐẢNG ỦY XÃ A",
            "ỦY BAN KIỂM TRA",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Số 01-KL/UBKT",
            "Kiểm tra đối với Chi bộ thôn 1",
            "Thực hiện Quyết định số 01-QĐ/UBKT",
            "Sổ sách kế toán chưa cập nhật kịp thời.",
            "1. Chi bộ chấp hành tốt quy định về quản lý tài chính đảng.",
            "- Ban Xây dựng Đảng: cập nhật sổ sách kế toán của chi bộ; sản phẩm: Sổ sách được",
            "T/M ỦY BAN KIỂM TRA",
            "Lê Văn Tâm",
            "Nơi nhận:",
        ):
            self.assertIn(expected, text.replace("\n", " ") if " " in expected else text)
        out = os.environ.get("OVERSIGHT_DOCX_OUT")
        if out:  # to convert and look at: soffice --headless --convert-to pdf
            with open(out, "wb") as handle:
                handle.write(data)
