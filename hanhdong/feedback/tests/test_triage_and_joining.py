"""Kind triage (suggested with its reason, confirmed by the clerk), submissions joined to
another about the same matter, and the open submissions shown as maybe the same."""

from django.core.exceptions import ValidationError
from django.urls import reverse

from hanhdong.audit.models import AuditEntry
from hanhdong.feedback import services
from hanhdong.feedback.models import Feedback, Kind, State
from hanhdong.feedback.selectors import duplicates_of, public_items
from hanhdong.feedback.triage import COMPLAINT, DENUNCIATION, GENERAL, triage
from hanhdong.test import BaseTestCase

DECISION = (
    "Tôi không đồng ý với quyết định xử phạt 3 triệu đồng của Chủ tịch UBND xã ngày 5/6, "
    "đề nghị xem xét lại quyết định này vì biên bản không có chữ ký của tôi."
)
BRIBE = (
    "Cán bộ địa chính xã đòi 15 triệu mới ký xác nhận nguồn gốc đất cho nhà tôi, "
    "tôi có ghi âm, đề nghị xử lý nghiêm."
)
POTHOLE = "Đường trục thôn 3 đoạn qua nhà văn hóa có ổ gà to, mưa xuống đọng nước, xe máy ngã."


def submit(commune, text=POTHOLE, title="Ổ gà đường trục thôn 3", kind=Kind.REPORT, **extra):
    return services.feedback_submit(
        commune=commune, kind=kind, title=title, text=text, place="Thôn 3", **extra
    )


def accept_and_assign(clerk, item, agency):
    services.feedback_accept(acting_user=clerk, feedback=item, accept=True)
    return services.feedback_assign(acting_user=clerk, feedback=item, agency=agency)


class TriageTest(BaseTestCase):
    def test_it_reads_a_complaint_a_denunciation_and_a_report_with_their_reasons(self):
        complaint = triage().suggest(DECISION)
        self.assertEqual(complaint.kind, COMPLAINT)
        self.assertIn("xem xét lại quyết định", str(complaint.reason).lower() + " ")
        self.assertEqual(triage().suggest(BRIBE).kind, DENUNCIATION)
        self.assertEqual(triage().suggest(POTHOLE).kind, GENERAL)

    def test_the_clerk_sees_the_suggestion_and_its_reason_in_vietnamese(self):
        item = submit(self.commune, text=DECISION, title="Quyết định xử phạt")
        self.login(self.clerk)
        page = self.client.get(reverse("feedback:handle", args=[item.pk]))
        suggestion = page.context["kind_suggestion"]
        self.assertTrue(suggestion["differs"])
        self.assertEqual(suggestion["to"], Kind.COMPLAINT)
        self.assertContains(page, "đề nghị xem xét lại quyết định hành chính")


class KindTest(BaseTestCase):
    def test_the_clerk_sets_the_kind_with_its_audit_row_and_the_deadline_moves(self):
        item = accept_and_assign(self.clerk, submit(self.commune, text=DECISION), self.agency_a)
        due = item.deadline  # 15 days for a report, 30 for a complaint (the defaults)
        self.login(self.clerk)
        url = reverse("feedback:kind", args=[item.pk])
        self.client.post(url, {"kind": Kind.COMPLAINT, "note": "quyết định hành chính"})
        item.refresh_from_db()
        self.assertEqual((item.kind, (item.deadline - due).days), (Kind.COMPLAINT, 15))
        entry = AuditEntry.objects.filter(object_id=str(item.pk)).latest("id")
        self.assertIn("kind", str(entry.changes))
        self.assertIn("Khiếu nại", item.events.latest("id").note)

    def test_a_denunciation_is_masked_and_off_the_public_list_the_moment_it_becomes_one(self):
        item = submit(self.commune, text=BRIBE + " Tôi là Nguyễn Văn Bình.", title="Đòi tiền")
        item = accept_and_assign(self.clerk, item, self.agency_a)
        services.feedback_answer(acting_user=self.clerk, feedback=item, answer="Đã xác minh.")
        services.feedback_publish(acting_user=self.clerk, feedback=item)
        self.assertIn(item, public_items(self.commune))
        Feedback.objects.filter(pk=item.pk).update(state=State.IN_PROGRESS)  # reopened
        services.feedback_kind_set(acting_user=self.clerk, feedback=item, kind=Kind.DENUNCIATION)
        item.refresh_from_db()
        self.assertNotIn(item, public_items(self.commune))
        self.assertIsNone(item.published_at)
        self.login(self.clerk)  # the Party Office may not know a denouncer
        page = self.client.get(reverse("feedback:handle", args=[item.pk]))
        self.assertNotContains(page, "Nguyễn Văn Bình")
        self.assertNotContains(page, "Set the kind")  # nor change its kind back
        self.assertEqual(
            self.client.post(
                reverse("feedback:kind", args=[item.pk]), {"kind": "phan_anh"}
            ).status_code,
            403,
        )
        self.login(self.standing)
        self.assertContains(
            self.client.get(reverse("feedback:handle", args=[item.pk])), "Nguyễn Văn Bình"
        )

    def test_who_may_set_the_kind(self):
        item = submit(self.commune, text=DECISION)
        url = reverse("feedback:kind", args=[item.pk])
        for user, status in (
            (self.officer_b, 404),
            (self.inspector, 403),
            (self.standing, 403),
            (self.outsider, 404),
        ):
            self.login(user)
            self.assertEqual(self.client.post(url, {"kind": "khieu_nai"}).status_code, status)
            self.assertEqual(self.client.get(url).status_code, 405)
        item.refresh_from_db()
        self.assertEqual(item.kind, Kind.REPORT)
        self.login(self.clerk)
        self.client.post(url, {"kind": "khieu_nai"})
        item.refresh_from_db()
        self.assertEqual(item.kind, Kind.COMPLAINT)


class JoinTest(BaseTestCase):
    def test_one_answer_serves_every_sender_each_with_their_own_code_and_rating(self):
        first = accept_and_assign(self.clerk, submit(self.commune), self.agency_a)
        second = submit(self.commune, text="Ổ gà ở đường trục thôn 3, xe máy ngã mấy lần rồi.")
        self.login(self.clerk)
        self.client.post(reverse("feedback:join", args=[second.pk]), {"primary": first.pk})
        second.refresh_from_db()
        self.assertEqual(
            (second.primary, second.state, second.agency), (first, State.ASSIGNED, self.agency_a)
        )
        with self.assertRaises(ValidationError):  # handled through its primary only
            services.feedback_answer(acting_user=self.clerk, feedback=second, answer="Riêng.")
        page = self.client.get(reverse("feedback:handle", args=[second.pk]))
        self.assertEqual((page.context["steps"], page.context["joined_to"]), ([], first))
        self.assertNotContains(page, reverse("feedback:link", args=[second.pk]))
        services.feedback_answer(
            acting_user=self.officer_a, feedback=first, answer="Đã vá ổ gà ngày 12/10."
        )
        second.refresh_from_db()
        self.assertEqual((second.state, second.answer), (State.ANSWERED, "Đã vá ổ gà ngày 12/10."))
        self.assertNotEqual(first.code, second.code)
        services.feedback_rate(code=second.code, rating=2)
        services.feedback_rate(code=first.code, rating=5)
        ratings = dict(
            Feedback.objects.filter(pk__in=[first.pk, second.pk]).values_list("pk", "rating")
        )
        self.assertEqual(ratings, {first.pk: 5, second.pk: 2})
        track = self.client.get(reverse("feedback:track") + f"?code={second.code}")
        self.assertContains(track, "Đã vá ổ gà ngày 12/10.")
        self.assertEqual(
            AuditEntry.objects.filter(object_id=str(second.pk), action="update").count() >= 2,
            True,
        )

    def test_the_public_list_shows_the_matter_once(self):
        first = accept_and_assign(self.clerk, submit(self.commune), self.agency_a)
        second = submit(self.commune)
        services.feedback_join(acting_user=self.clerk, feedback=second, primary=first)
        services.feedback_answer(acting_user=self.clerk, feedback=first, answer="Đã sửa xong.")
        services.feedback_publish(acting_user=self.clerk, feedback=first)
        with self.assertRaises(ValidationError):
            services.feedback_publish(acting_user=self.clerk, feedback=second)
        self.assertEqual(list(public_items(self.commune)), [first])

    def test_a_dispute_by_one_sender_takes_their_submission_out_of_the_group(self):
        first = accept_and_assign(self.clerk, submit(self.commune), self.agency_a)
        second = submit(self.commune)
        services.feedback_join(acting_user=self.clerk, feedback=second, primary=first)
        services.feedback_answer(acting_user=self.clerk, feedback=first, answer="Đã sửa xong.")
        services.feedback_reopen(code=second.code, reason="Chưa sửa gì cả, vẫn còn ổ gà.")
        second.refresh_from_db()
        first.refresh_from_db()
        self.assertEqual((second.primary, second.state), (None, State.IN_PROGRESS))
        self.assertEqual(first.state, State.ANSWERED)

    def test_a_denunciation_or_a_complaint_with_a_report_is_never_joined(self):
        first = submit(self.commune)
        for kind in (Kind.DENUNCIATION, Kind.COMPLAINT):
            other = submit(self.commune, text=BRIBE, kind=kind)
            with self.assertRaises(ValidationError):
                services.feedback_join(acting_user=self.clerk, feedback=other, primary=first)
            with self.assertRaises(ValidationError):
                services.feedback_join(acting_user=self.clerk, feedback=first, primary=other)

    def test_who_may_join(self):
        first, second = submit(self.commune), submit(self.commune)
        outside = submit(self.commune_b)
        url = reverse("feedback:join", args=[second.pk])
        for user, status in ((self.officer_a, 404), (self.standing, 403), (self.outsider, 404)):
            self.login(user)
            self.assertEqual(self.client.post(url, {"primary": first.pk}).status_code, status)
        self.login(self.clerk)
        self.client.post(url, {"primary": outside.pk})  # another commune's: not found
        second.refresh_from_db()
        self.assertIsNone(second.primary)
        self.client.post(url, {"primary": first.pk})
        second.refresh_from_db()
        self.assertEqual(second.primary, first)
        self.client.post(url, {})  # and let go again
        second.refresh_from_db()
        self.assertIsNone(second.primary)


class DuplicatesTest(BaseTestCase):
    def test_the_same_problem_in_other_words_is_shown_beside_it_and_no_other(self):
        first = submit(self.commune)
        submit(self.commune, text="Nhà văn hóa thôn 3 dột mái, họp thôn ướt hết.", title="Dột")
        again = submit(
            self.commune,
            text="duong truc thon 3 cho nha van hoa co o ga sau, mua la dong nuoc nga xe",
            title="o ga thon 3",
        )
        self.assertEqual([item.pk for item in duplicates_of(again)], [first.pk])
        self.login(self.clerk)
        page = self.client.get(reverse("feedback:handle", args=[again.pk]))
        self.assertContains(page, first.public_id)

    def test_denunciations_are_never_compared(self):
        submit(self.commune, text=BRIBE, kind=Kind.DENUNCIATION)
        again = submit(self.commune, text=BRIBE)
        self.assertEqual(duplicates_of(again), [])
