"""The Standing Committee's meeting brief (one page) and the "Thông báo kết luận", in the
Party layout."""

import datetime as dt
import io

import docx
from django.urls import reverse

from hanhdong.exports import services
from hanhdong.exports.briefs import AssignedTask, Conclusions, conclusions_notice, meeting_brief
from hanhdong.exports.content import gather
from hanhdong.exports.tests.base import ExportTestCase
from hanhdong.exports.tests.pdf import lines, needs_libreoffice, pages
from hanhdong.exports.tests.test_documents import runs
from hanhdong.feedback.models import Feedback
from hanhdong.feedback.tests.test_feedback import SECRET_PHONE, submit
from hanhdong.reports.services import report_review
from hanhdong.tasks import services as tasks
from hanhdong.tasks.models import DocKind, Origin

AFTER_DUE = dt.date(2025, 10, 20)  # the meeting, after the Quý III/2025 deadline


class BriefTest(ExportTestCase):
    """Task 1 is behind (accepted, with its reason); task 2 has a proposal; task 3 has no
    report though its deadline passed; a citizen wrote in the period."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        report = cls.hand_in(
            2, by=cls.officer_a, results="Đã giải ngân 40%.", proposals="Xin bổ sung vốn."
        )
        report_review(acting_user=cls.clerk, report=report, accept=True)
        item = submit(cls.commune)
        in_window = dt.datetime.combine(cls.q3.cutoff_on, dt.time(9), tzinfo=dt.UTC)
        Feedback.objects.filter(pk=item.pk).update(created_at=in_window)

    def brief(self):
        return meeting_brief(gather(self.q3), today=AFTER_DUE)

    def test_it_lists_what_is_overdue_at_risk_and_awaiting_decision(self):
        text = [p.text for p in docx.Document(io.BytesIO(self.brief())).paragraphs]
        joined = "\n".join(text)
        self.assertIn("- 1 nhiệm vụ chưa có báo cáo, quá hạn nộp ngày", joined)
        self.assertIn(
            "- Nhiệm vụ 1 (Ban Xây dựng Đảng): kết nạp đảng viên mới — chậm tiến độ, đạt 40%; "
            "nguyên nhân: nguồn phát triển đảng viên ít.",
            text,
        )
        self.assertIn("- UBND xã (nhiệm vụ 2): Xin bổ sung vốn.", text)
        self.assertIn("- Tiếp nhận 1 phản ánh, kiến nghị; đã trả lời 0; đang xử lý 1.", text)
        self.assertNotIn(SECRET_PHONE, joined)

    def test_leaders_download_it_from_the_period(self):
        self.login(self.standing)
        response = self.client.get(reverse("exports:brief", args=[self.q3.pk]))
        self.assertEqual(response.status_code, 200)
        self.assertIn("Tom-tat-Quy-III-2025-A.docx", response["Content-Disposition"])

    @needs_libreoffice
    def test_it_renders_on_one_page(self):
        found = pages(services.to_pdf(self.brief()))
        self.assertEqual(len(found), 1)
        self.assertIn("TÓM TẮT", lines(found[0]))

    def give(self, origin, kind, number, rows):
        """A document of ``origin`` issued on 1/10/2025 with ``rows`` (title, lead, due,
        percent reported or None)."""
        directive = tasks.directive_create(
            acting_user=self.clerk,
            commune=self.commune,
            origin=origin,
            kind=kind,
            number=number,
            issued_on=dt.date(2025, 10, 1),
            title=f"Văn bản {number}",
            owner=self.agency_a if origin == Origin.PLAN else None,
        )
        given = []
        for title, lead, due, _percent in rows:
            given.append(
                tasks.task_add(
                    acting_user=self.clerk,
                    directive=directive,
                    title=title,
                    lead=lead,
                    responsible="Đồng chí Phó Bí thư",
                    due_text=due,
                    product="Báo cáo kết quả",
                )
            )
        tasks.directive_issue(
            acting_user=self.clerk, directive=directive, issued_on=dt.date(2025, 10, 1)
        )
        for task, (*_rest, percent) in zip(given, rows, strict=True):
            if percent is not None:
                tasks.task_progress(
                    acting_user=self.clerk, task=task, percent=percent, text="Đang làm."
                )
        return given

    def test_it_lists_the_assigned_tasks_overdue_or_at_risk_of_every_origin(self):
        a, b = self.agency_a, self.agency_b
        self.give(Origin.MEETING, DocKind.CONCLUSION, "05-TB/ĐU", [
            ("Rà soát hồ sơ giải ngân", a, "15/10/2025", 40),
            ("Việc xa còn lâu mới đến hạn", a, "31/12/2025", None),
        ])  # fmt: skip
        self.give(Origin.HIGHER, DocKind.DIRECTIVE, "12-CT/TU", [
            ("Triển khai chỉ thị về chuyển đổi số", b, "31/10/2025", None),
        ])  # fmt: skip
        self.give(Origin.PLAN, DocKind.PLAN, "25/KH-UBND", [
            ("Việc đang vượt tiến độ", a, "31/10/2025", 90),
        ])  # fmt: skip
        self.give(Origin.INSPECTION, DocKind.CONCLUSION, "03-TB/UBKT", [
            ("Khắc phục thiếu sót sau kiểm tra", b, "10/10/2025", None),
        ])  # fmt: skip
        text = [p.text for p in docx.Document(io.BytesIO(self.brief())).paragraphs]
        start = text.index("3. Nhiệm vụ được giao quá hạn, có nguy cơ chậm")
        part = text[start + 1 : text.index("4. Đề xuất, kiến nghị chờ Ban Thường vụ cho ý kiến")]
        self.assertEqual(
            part,
            [
                "- Khắc phục thiếu sót sau kiểm tra (Ban Xây dựng Đảng; theo 03-TB/UBKT) — hạn "
                "10/10/2025, quá hạn 10 ngày, đạt 0%.",
                "- Rà soát hồ sơ giải ngân (UBND xã; theo 05-TB/ĐU) — hạn 15/10/2025, quá hạn "
                "5 ngày, đạt 40%.",
                # 19 of 30 days gone, nothing reported: at risk; 90% done is not
                "- Triển khai chỉ thị về chuyển đổi số (Ban Xây dựng Đảng; theo 12-CT/TU) — hạn "
                "31/10/2025, còn 11 ngày, mới đạt 0%.",
            ],
        )

    @needs_libreoffice
    def test_it_stays_on_one_page_however_much_is_overdue(self):
        long = (
            "Rà soát, đẩy nhanh tiến độ giải ngân vốn đầu tư công các công trình chậm tiến độ, "
            "báo cáo Ban Thường vụ kết quả và đề xuất giải pháp tháo gỡ vướng mắc số {}"
        )
        rows = [(long.format(n), self.agency_a, "15/10/2025", None) for n in range(12)]
        self.give(Origin.MEETING, DocKind.CONCLUSION, "05-TB/ĐU", rows)
        brief = self.brief()
        text = [p.text for p in docx.Document(io.BytesIO(brief)).paragraphs]
        self.assertTrue(
            any(t.endswith("nội dung khác (xem danh sách nhiệm vụ được giao).") for t in text)
        )
        found = pages(services.to_pdf(brief))
        self.assertEqual(len(found), 1)
        self.assertIn("VĂN PHÒNG ĐẢNG ỦY", lines(found[0]))


class ConclusionsTest(ExportTestCase):
    def notice(self, **fields):
        data = Conclusions(
            commune=self.commune,
            meeting_date=dt.date(2026, 10, 6),
            chair="đồng chí Phạm Trung Huy",
            chair_role="Bí thư Đảng ủy",
            topic="báo cáo kết quả thực hiện Chương trình hành động 9 tháng năm 2026.",
            conclusions=[
                "Ghi nhận kết quả các cơ quan, đơn vị đã đạt được.",
                "yêu cầu UBND xã tập trung tháo gỡ vướng mắc về mặt bằng;",
            ],
            tasks=[
                AssignedTask(
                    what="Hoàn thành giải ngân vốn đầu tư công.",
                    lead="UBND xã",
                    deadline=dt.date(2026, 12, 31),
                ),
                AssignedTask(what="Rà soát nguồn kết nạp đảng viên", lead="Ban Xây dựng Đảng"),
            ],
            number="30-TB/ĐU",
            dated=dt.date(2026, 10, 7),
            **fields,
        )
        return conclusions_notice(data)

    def test_it_is_laid_out_as_a_party_notice(self):
        document = docx.Document(io.BytesIO(self.notice()))
        self.assertTrue(runs(document, "Số 30-TB/ĐU"))
        self.assertTrue(runs(document, "ĐẢNG CỘNG SẢN VIỆT NAM"))
        self.assertTrue(runs(document, "THÔNG BÁO"))
        texts = [p.text for p in document.paragraphs]
        self.assertIn("1. Ghi nhận kết quả các cơ quan, đơn vị đã đạt được.", texts)
        self.assertIn("2. Yêu cầu UBND xã tập trung tháo gỡ vướng mắc về mặt bằng.", texts)
        self.assertIn(
            "- UBND xã chủ trì: hoàn thành giải ngân vốn đầu tư công; thời hạn hoàn thành: "
            "31/12/2026.",
            texts,
        )
        self.assertTrue(
            any(t.startswith("Ngày 06/10/2026, Ban Thường vụ Đảng ủy xã A") for t in texts)
        )
        recipients = [p.text for p in document.tables[-1].rows[0].cells[0].paragraphs]
        self.assertEqual(
            recipients,
            [
                "Nơi nhận:",
                "- Các đồng chí Ủy viên Ban Thường vụ Đảng ủy,",
                "- UBND xã,",
                "- Ban Xây dựng Đảng,",
                "- Lưu Văn phòng Đảng ủy.",
            ],
        )

    @needs_libreoffice
    def test_it_renders(self):
        first = lines(pages(services.to_pdf(self.notice()))[0])
        self.assertEqual(first[0], "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG ĐẢNG CỘNG SẢN VIỆT NAM")
        self.assertIn("Số 30-TB/ĐU A, ngày 07 tháng 10 năm 2026", first)
        self.assertIn("THÔNG BÁO", first)
