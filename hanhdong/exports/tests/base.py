import io

import docx

from hanhdong.exports import services, word
from hanhdong.exports.content import gather
from hanhdong.reports.services import report_review
from hanhdong.reports.tests.base import ReportsTestCase


class ExportTestCase(ReportsTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        report = cls.hand_in(
            1,
            status="behind",
            percent=40,
            results="Kết nạp 12 đảng viên.",
            difficulties="Nguồn phát triển đảng viên ít.",
        )
        report_review(acting_user=cls.clerk, report=report, accept=True)

    def document(self, layout="party"):
        report = services.consolidated_for(self.q3, layout)
        report.number = "25-BC/ĐU"
        return docx.Document(io.BytesIO(word.build(report, gather(self.q3))))
