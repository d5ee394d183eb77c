"""Every figure of a period's documents belongs to the period: the latest value accepted for
a period ending on or before its cut-off; a report handed in but not accepted is shown as
such, never as a result."""

import io

import docx

from hanhdong.exports import prose, services, word
from hanhdong.exports.content import ACCEPTED, MISSING, PENDING, gather
from hanhdong.reports.models import ReportingKind, ReportingPeriod
from hanhdong.reports.services import report_review
from hanhdong.reports.tests.base import ReportsTestCase


def period(program, number, year=2025):
    return ReportingPeriod.objects.get(
        program=program, kind=ReportingKind.QUARTER, year=year, number=number
    )


class DisbursementTestCase(ReportsTestCase):
    """Task 2 (UBND xã) states the disbursement rate (≥ 100 % every year): 60 accepted for
    Quý II, 80 handed in for Quý III and not accepted, 95 accepted for Quý IV."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.q2, cls.q4 = period(cls.program, 2), period(cls.program, 4)
        for when, value, accept in ((cls.q2, 60, True), (cls.q3, 80, False), (cls.q4, 95, True)):
            report = cls.hand_in(
                2,
                by=cls.officer_a,
                period=when,
                percent=value,
                results=f"Giải ngân đạt {value}% kế hoạch.",
                values={cls.target.pk: value},
            )
            if accept:
                report_review(acting_user=cls.clerk, report=report, accept=True)


class PeriodFiguresTest(DisbursementTestCase):
    def row(self, content):
        return next(t for t in content.targets if t.target == self.target)

    def test_it_takes_the_latest_accepted_value_up_to_the_period_s_end(self):
        q3 = self.row(gather(self.q3))
        self.assertEqual((q3.value, q3.value_period), (60, "Quý II/2025"))
        self.assertEqual((q3.pending, q3.pending_period), (80, "Quý III/2025"))
        self.assertEqual(self.row(gather(self.q2)).value, 60)
        self.assertIsNone(self.row(gather(self.q2)).pending)
        q4 = self.row(gather(self.q4))
        self.assertEqual((q4.value, q4.pending), (95, None))
        first = self.row(gather(period(self.program, 1)))
        self.assertEqual((first.value, first.verdict), (None, "no_data"))

    def test_a_report_awaiting_acceptance_is_shown_as_such(self):
        content = gather(self.q3)
        standing = {row.task.number: row.standing for row in content.rows}
        self.assertEqual(standing[2], PENDING)
        self.assertEqual(content.counts["pending"], 1)
        self.assertEqual(content.counts["accepted"], 0)
        self.assertEqual(standing[1], MISSING)
        self.assertEqual(
            {row.task.number: row.standing for row in gather(self.q4).rows}[2], ACCEPTED
        )

    def test_the_word_file_shows_only_the_period_s_figures(self):
        report = services.consolidated_for(self.q3, "party")
        document = docx.Document(io.BytesIO(word.build(report, gather(self.q3))))
        tasks = next(t for t in document.tables if t.rows[0].cells[1].text == "Nhiệm vụ")
        row = next(r for r in tasks.rows if r.cells[0].text == "2")
        self.assertEqual([row.cells[3].text, row.cells[4].text], ["Đã nộp, chờ duyệt", ""])
        targets = next(t for t in document.tables if t.rows[0].cells[1].text == "Chỉ tiêu")
        disbursed = next(r for r in targets.rows if r.cells[1].text == "Tỷ lệ giải ngân")
        cells = [c.text for c in disbursed.cells]
        self.assertEqual(cells[3:5], ["60%", "Quý II/2025"])
        self.assertIn("Quý III/2025 (80%) chờ duyệt", cells[5])
        text = " ".join(p.text for p in document.paragraphs)
        for later in ("95", "Quý IV/2025"):
            self.assertNotIn(later, text + " ".join(cells))
        self.assertIn("Trong Quý III/2025,", text)

    def test_the_draft_says_what_awaits_acceptance(self):
        texts = prose.draft(gather(self.q3))
        economy = texts["areas"]["II.2"]
        self.assertIn(
            "tỷ lệ giải ngân đạt 60%, chưa đạt chỉ tiêu 100% (số liệu Quý II/2025)", economy
        )
        self.assertIn("số liệu Quý III/2025 (80%) đã nộp, đang chờ duyệt", economy)
        self.assertIn("nhiệm vụ 2 đã nộp báo cáo, đang chờ duyệt", economy.lower())
        self.assertNotIn("Giải ngân đạt 80%", economy)  # an unaccepted report's text

    def test_a_request_titled_in_lower_case_is_printed_in_the_official_form(self):
        self.q3.title = "quý iii/2025"
        self.q3.save()
        content = gather(self.q3)
        self.assertEqual(content.title, "Quý III/2025")
        self.assertTrue(prose.overall_text(content).startswith("Trong Quý III/2025,"))
