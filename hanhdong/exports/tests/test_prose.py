"""The narrative is drafted from the accepted reports only, says whose words they are, puts
the figures against the targets in words, says what is late and why — and the clerk's edit
is what the document prints."""

import io
import re
from decimal import Decimal

import docx
from django.urls import reverse

from hanhdong.exports import prose
from hanhdong.exports.content import TargetRow, gather
from hanhdong.exports.prose import Names, lower_first, target_words, task_phrase
from hanhdong.reports.services import report_review
from hanhdong.reports.tests.base import ReportsTestCase
from hanhdong.targets.models import Target


class DraftTest(ReportsTestCase):
    """In Quý III/2025: task 2 (UBND xã, area "Kinh tế") behind, with its reason and a
    proposal; task 3 (UBND xã, "Văn hóa") returned; task 1 (Ban Xây dựng Đảng) accepted."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        accepted = [
            cls.hand_in(1, results="Đã kết nạp 12 đảng viên mới.", percent=30),
            cls.hand_in(
                2,
                by=cls.officer_a,
                status="behind",
                percent=45,
                results="Đã giải ngân 4,5 tỷ đồng.",
                difficulties="Vướng mặt bằng ở hai dự án.",
                proposals="Đề nghị Thành phố bố trí vốn giải phóng mặt bằng.",
                values={cls.target.pk: 45},
            ),
        ]
        for report in accepted:
            report_review(acting_user=cls.clerk, report=report, accept=True)
        returned = cls.hand_in(3, by=cls.officer_a, results="Bầu cử xong (bản nháp sai).")
        report_review(acting_user=cls.clerk, report=returned, accept=False, comment="Sửa lại.")
        cls.texts = prose.draft(gather(cls.q3))

    def test_each_area_names_its_tasks_and_says_whose_words_it_carries(self):
        party = self.texts["areas"]["II.1"]
        self.assertIn("kết nạp đảng viên mới (nhiệm vụ 1)", party)
        self.assertIn(
            "Theo báo cáo của Ban Xây dựng Đảng: đã kết nạp 12 đảng viên mới (nhiệm vụ 1).", party
        )
        economy = self.texts["areas"]["II.2"]
        self.assertIn("Theo báo cáo của Ủy ban nhân dân xã (UBND xã): đã giải ngân", economy)

    def test_figures_against_targets_and_what_is_late_and_why(self):
        economy = self.texts["areas"]["II.2"]
        self.assertIn("tỷ lệ giải ngân đạt 45%, chưa đạt chỉ tiêu 100%", economy)
        self.assertIn(
            "Chỉ đạo giải ngân vốn đầu tư công (nhiệm vụ 2) chậm tiến độ, đạt 45%; theo UBND xã, "
            "nguyên nhân: vướng mặt bằng ở hai dự án.",
            economy,
        )

    def test_nothing_comes_from_a_report_not_accepted(self):
        everything = " ".join([*self.texts["areas"].values(), self.texts["overall"]])
        self.assertNotIn("bản nháp sai", everything)
        self.assertIn("Báo cáo nhiệm vụ 3 đã trả lại để bổ sung.", self.texts["areas"]["II.3"])

    def test_difficulties_and_proposals_are_attributed_to_their_agency(self):
        self.assertEqual(
            self.texts["difficulties"], "- UBND xã: vướng mặt bằng ở hai dự án (nhiệm vụ 2)."
        )
        self.assertEqual(
            self.texts["proposals"],
            "- UBND xã: đề nghị Thành phố bố trí vốn giải phóng mặt bằng (nhiệm vụ 2).",
        )

    def test_no_doubled_punctuation(self):
        for text in [*self.texts["areas"].values(), *self.texts.values()]:
            if isinstance(text, str):
                self.assertIsNone(re.search(r"[.;,:]\s*[.;,:]|\.\)|\(\s", text), text)

    def test_the_clerk_s_text_of_an_area_is_what_the_document_prints(self):
        self.login(self.clerk)
        url = reverse("exports:consolidated", args=[self.q3.pk])
        form = self.client.get(url).context["form"]
        data = {name: form.initial.get(name, "") for name in form.fields}
        data["dated"] = "28/11/2025"
        area = next(name for name, path in form.area_paths if path == "II.2")
        self.assertIn("giải ngân", data[area])
        data[area] = "UBND xã đã giải ngân 4,5 tỷ đồng; đang tháo gỡ mặt bằng."
        self.assertEqual(self.client.post(url, data).status_code, 302)
        document = docx.Document(
            io.BytesIO(self.client.get(reverse("exports:docx", args=[self.q3.pk])).content)
        )
        texts = [p.text for p in document.paragraphs]
        self.assertIn("UBND xã đã giải ngân 4,5 tỷ đồng; đang tháo gỡ mặt bằng.", texts)
        self.assertIn("2. Kinh tế", texts)


class WordsTest(ReportsTestCase):
    def test_names_are_given_in_full_first_then_abbreviated(self):
        names = Names()
        self.assertEqual(names(self.agency_a), "Ủy ban nhân dân xã (UBND xã)")
        self.assertEqual(names(self.agency_a), "UBND xã")
        self.assertEqual(names(self.agency_b), "Ban Xây dựng Đảng")  # no short name
        self.assertEqual(names(None, "Các chi bộ"), "Các chi bộ")

    def test_a_sentence_s_first_word_is_lowered_only_when_common(self):
        self.assertEqual(lower_first("Đã kết nạp"), "đã kết nạp")
        self.assertEqual(lower_first("UBND xã đã"), "UBND xã đã")
        self.assertEqual(lower_first("Nghi Dương có"), "Nghi Dương có")
        self.assertEqual(lower_first("100% các trường"), "100% các trường")

    def test_a_long_task_is_named_by_its_first_sentence(self):
        task = self.tasks[1]
        task.name = "Phấn đấu kết nạp đảng viên mới. Thành lập 02 tổ chức cơ sở đảng."
        self.assertEqual(task_phrase(task), "phấn đấu kết nạp đảng viên mới")

    def test_targets_in_words(self):
        budget = Target(indicator="thu ngân sách", unit="%", comparison=">=", value=Decimal(12))
        row = TargetRow(budget, None, Decimal("13.5"), "9 tháng năm 2026", None, "", "achieved")
        self.assertEqual(target_words(row), "thu ngân sách đạt 13,5%, vượt chỉ tiêu 12%")
        poor = Target(indicator="hộ nghèo", unit="hộ", comparison="<=", value=Decimal(0), year=2030)
        row = TargetRow(poor, None, Decimal(14), "9 tháng năm 2026", None, "", "off_track")
        self.assertEqual(target_words(row), "hộ nghèo: 14 hộ, chỉ tiêu đến năm 2030 là 0 hộ")
