"""The Party Office reviews a submitted report seeing everything the agency submitted —
progress, percent, texts, target values with their units, files and the partners' parts —
before the buttons that accept or return it."""

from decimal import Decimal

from django.urls import reverse

from hanhdong.reports.services import contribution_add, prepare_attachment, report_file
from hanhdong.reports.tests.base import ReportsTestCase
from hanhdong.targets.services import target_create


class ReviewPageTest(ReportsTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.task = cls.tasks[3]  # led by agency A, agency B its partner
        cls.water = target_create(
            acting_user=None,
            program=cls.program,
            key_task=cls.task,
            indicator="hộ dân dùng nước sạch",
            unit="hộ",
            comparison=">=",
            value=Decimal("500"),
            year=2027,
            recurrence="",
            where="II.3",
        )
        cls.pipes = target_create(
            acting_user=None,
            program=cls.program,
            key_task=cls.task,
            indicator="km đường ống",
            unit="km",
            comparison=">=",
            value=Decimal("12"),
            year=2027,
            recurrence="",
            where="II.3",
        )
        contribution_add(
            acting_user=cls.officer_b,
            task=cls.task,
            period=cls.q3,
            agency=cls.agency_b,
            text="Ban Xây dựng Đảng đã tuyên truyền tại 5 chi bộ.",
        )
        report_file(
            acting_user=cls.officer_a,
            task=cls.task,
            period=cls.q3,
            status="at_risk",
            percent=45,
            results="Đã lắp đặt đường ống cho thôn 1.",
            difficulties="Giá vật tư tăng.",
            proposals="Đề nghị bổ sung kinh phí.",
            values={cls.water.pk: "312.5", cls.pipes.pk: ""},
            files=[prepare_attachment("bien-ban.pdf", b"%PDF-1.4 test")],
            submit=True,
        )

    def page(self):
        self.login(self.clerk)
        response = self.client.get(reverse("reports:report", args=[self.task.pk, self.q3.pk]))
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_every_submitted_figure_is_shown_before_the_review_buttons(self):
        html = self.page()
        buttons = html.index('name="accept"')
        for shown in (
            "Có nguy cơ chậm",  # the progress, by its label
            "45%",
            "Đã lắp đặt đường ống cho thôn 1.",
            "Giá vật tư tăng.",
            "Đề nghị bổ sung kinh phí.",
            "Hộ dân dùng nước sạch",
            "<b>312,5</b>",  # the value reported, in the page's own number format
            "≥ 500 hộ",  # beside what the target asks
            "bien-ban.pdf",
            "Ban Xây dựng Đảng đã tuyên truyền tại 5 chi bộ.",
        ):
            with self.subTest(shown=shown):
                self.assertIn(shown, html)
                self.assertLess(html.index(shown), buttons, shown)

    def test_the_unit_stands_beside_the_value(self):
        html = self.page()
        row = html[html.index("Hộ dân dùng nước sạch") :].split("</tr>", 1)[0]
        self.assertIn("312,5", row)
        self.assertIn(">hộ</td>", row)

    def test_a_target_the_report_left_empty_says_so(self):
        html = self.page()
        row = html[html.index("Km đường ống") :].split("</tr>", 1)[0]
        self.assertIn("chưa nêu", row)

    def test_who_submitted_it_and_when_is_shown(self):
        html = self.page()
        self.assertIn("Officer_a", html)
