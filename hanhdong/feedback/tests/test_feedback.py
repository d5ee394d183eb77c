import datetime as dt
from unittest import mock

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from hanhdong.feedback import services
from hanhdong.feedback.models import Feedback, FeedbackLook, State
from hanhdong.lib.text import fold
from hanhdong.orgs.access import reach_of
from hanhdong.test import BaseTestCase

SECRET_NAME, SECRET_PHONE, SECRET_EMAIL = "Lê Thị Kín", "0912345678", "kin@example.org"


def submit(commune, kind="phan_anh", **extra):
    data = {
        "kind": kind,
        "title": "Đèn đường hỏng",
        "text": "Đèn đường thôn 2 tắt cả tháng.",
        "place": "Thôn 2",
        "name": SECRET_NAME,
        "phone": SECRET_PHONE,
        "email": SECRET_EMAIL,
        "consent": True,
        "hide_identity": True,
    }
    data.update(extra)
    return services.feedback_submit(commune=commune, **data)


def step(feedback, name: str) -> str:
    """The URL of a step of the handling (accept, assign, answer …) of ``feedback``."""
    return reverse(f"feedback:{name}", args=[feedback.pk])


class SubmitTest(BaseTestCase):
    def url(self):
        return reverse("feedback:submit", args=[self.commune.code])

    def form(self, **changes):
        data = {
            "kind": "phan_anh",
            "title": "Đường ngập",
            "text": "Đường thôn 3 ngập sau mưa.",
            "place": "Thôn 3",
            "name": "",
            "phone": "",
            "email": "",
            "website": "",
        }
        data.update(changes)
        return data

    def test_a_citizen_submits_without_logging_in_and_gets_a_code(self):
        response = self.client.post(self.url(), self.form())
        feedback = Feedback.objects.get()
        self.assertRedirects(response, reverse("feedback:track") + f"?code={feedback.code}&new=1")
        self.assertEqual((feedback.state, feedback.name), (State.RECEIVED, ""))
        page = self.client.get(response["Location"])
        self.assertContains(page, feedback.code)

    def test_contact_details_need_the_unticked_consent_and_the_form_comes_back_filled(self):
        page = self.client.get(self.url())
        self.assertNotContains(page, 'name="consent" checked')
        response = self.client.post(self.url(), self.form(name="An", title="Giữ nguyên"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Giữ nguyên")
        self.assertFalse(Feedback.objects.exists())

    def test_a_phone_the_commune_cannot_call_is_refused_in_vietnamese(self):
        for phone in ("abc<script>", "123"):
            response = self.client.post(self.url(), self.form(phone=phone, consent="on"))
            self.assertContains(response, "Hãy ghi số điện thoại xã có thể gọi lại")
        self.assertFalse(Feedback.objects.exists())
        self.client.post(self.url(), self.form(phone="+84 912.345.678", consent="on"))
        self.assertEqual(Feedback.objects.get().phone, "+84 912.345.678")

    def test_a_robot_filling_the_hidden_field_is_turned_away(self):
        response = self.client.post(self.url(), self.form(website="http://spam"))
        self.assertEqual(response.status_code, 404)
        self.assertFalse(Feedback.objects.exists())

    def test_a_public_reference_typed_as_a_tracking_code_is_explained(self):
        feedback = submit(self.commune)
        track = reverse("feedback:track")
        page = self.client.get(track, {"code": feedback.public_id})
        self.assertContains(page, "Không có ý kiến nào mang mã này")
        self.assertContains(page, "giống mã công khai")
        self.assertNotContains(page, feedback.title)  # nothing of the item itself
        other = self.client.get(track, {"code": "XXXX"})
        self.assertNotContains(other, "giống mã công khai")

    def test_an_unknown_commune_is_not_found(self):
        self.assertEqual(self.client.get(reverse("feedback:submit", args=["x"])).status_code, 404)


class PublicHomeTest(BaseTestCase):
    """A citizen who reaches the site finds their commune's pages and the tracking form."""

    def test_the_login_page_leads_a_citizen_to_their_commune(self):
        login = self.client.get(reverse("login"))
        home = reverse("feedback:public_home")
        self.assertContains(login, f'href="{home}"')
        page = self.client.get(home)
        for name in ("feedback:submit", "feedback:public_list", "feedback:public_stats"):
            self.assertContains(page, reverse(name, args=[self.commune.code]))
        self.assertContains(page, f'action="{reverse("feedback:track")}"')
        self.assertNotContains(page, 'name="q"')  # few communes: listed, nothing to search

    def test_among_many_communes_a_citizen_finds_theirs_by_name_without_diacritics(self):
        from hanhdong.feedback import selectors

        home = reverse("feedback:public_home")
        with mock.patch.object(selectors, "LISTED_WHOLE", 1):
            page = self.client.get(home)
            self.assertContains(page, 'name="q"')
            self.assertNotContains(page, reverse("feedback:submit", args=[self.commune.code]))
            found = self.client.get(home, {"q": fold(self.commune.name).upper()})
            self.assertContains(found, reverse("feedback:submit", args=[self.commune.code]))
            self.assertNotContains(found, reverse("feedback:submit", args=[self.commune_b.code]))
            none = self.client.get(home, {"q": "không có xã này<script>"})
            self.assertContains(none, "Không có xã, phường nào mang tên này")
            self.assertNotContains(none, "<script>")


class HandlingTest(BaseTestCase):
    def test_the_whole_life_of_a_submission(self):
        feedback = submit(self.commune)
        services.feedback_accept(acting_user=self.clerk, feedback=feedback, accept=True)
        feedback = services.feedback_assign(
            acting_user=self.clerk, feedback=feedback, agency=self.agency_a
        )
        self.assertEqual(feedback.deadline, timezone.localdate() + dt.timedelta(days=15))
        with self.assertRaises(ValidationError):  # a transfer needs a reason
            services.feedback_assign(
                acting_user=self.clerk, feedback=feedback, agency=self.agency_b
            )
        services.feedback_extend(
            acting_user=self.clerk, feedback=feedback, days=5, reason="Cần khảo sát hiện trường"
        )
        services.feedback_start(acting_user=self.officer_a, feedback=feedback)
        feedback = services.feedback_answer(
            acting_user=self.officer_a,
            feedback=feedback,
            answer="Đã thay bóng đèn ngày 20/11.",
            internal_note="Kinh phí sự nghiệp",
        )
        self.assertEqual(feedback.state, State.ANSWERED)
        services.feedback_reopen(code=feedback.code, reason="Đèn lại tắt sau hai ngày.")
        feedback = services.feedback_answer(
            acting_user=self.officer_a, feedback=feedback, answer="Đã thay cả bộ đèn mới."
        )
        services.feedback_rate(code=feedback.code, rating=4, comment="Nhanh")
        with self.assertRaises(ValidationError):
            services.feedback_rate(code=feedback.code, rating=5)
        feedback = services.feedback_close(acting_user=self.clerk, feedback=feedback)
        states = [event.state for event in feedback.history()]
        self.assertEqual(
            states,
            [
                "received",
                "accepted",
                "assigned",
                "assigned",
                "in_progress",
                "answered",
                "answered",
                "in_progress",
                "answered",
                "closed",
            ],
        )

    def test_the_citizen_reads_which_agency_handles_it_and_not_why_it_moved(self):
        feedback = submit(self.commune)
        services.feedback_accept(acting_user=self.clerk, feedback=feedback, accept=True)
        services.feedback_assign(acting_user=self.clerk, feedback=feedback, agency=self.agency_a)
        reason = "Phòng này làm chậm, chuyển cho đơn vị khác"
        services.feedback_assign(
            acting_user=self.clerk, feedback=feedback, agency=self.agency_b, note=reason
        )
        page = self.client.get(reverse("feedback:track") + f"?code={feedback.code}")
        self.assertContains(page, self.agency_b.name)
        self.assertNotContains(page, reason)
        self.login(self.clerk)
        page = self.client.get(reverse("feedback:handle", args=[feedback.pk]))
        self.assertContains(page, reason)  # the staff's history keeps it
        self.assertContains(page, self.agency_b.name)
        self.assertContains(page, "chỉ cán bộ xem")  # the note's field says who reads it

    def test_rejecting_needs_a_reason_and_tells_the_citizen(self):
        feedback = submit(self.commune)
        with self.assertRaises(ValidationError):
            services.feedback_accept(acting_user=self.clerk, feedback=feedback, accept=False)
        feedback = services.feedback_accept(
            acting_user=self.clerk,
            feedback=feedback,
            accept=False,
            reason="Không thuộc thẩm quyền xã.",
        )
        self.assertEqual(
            (feedback.state, feedback.answer), (State.REJECTED, "Không thuộc thẩm quyền xã.")
        )

    def test_steps_out_of_order_are_refused(self):
        feedback = submit(self.commune)
        with self.assertRaises(ValidationError):
            services.feedback_answer(acting_user=self.clerk, feedback=feedback, answer="x" * 20)
        with self.assertRaises(ValidationError):
            services.feedback_rate(code=feedback.code, rating=5)


class StaffViewsTest(BaseTestCase):
    def setUp(self):
        self.feedback = submit(self.commune)
        self.url = reverse("feedback:handle", args=[self.feedback.pk])

    def test_the_clerk_accepts_and_assigns_and_the_agency_answers(self):
        self.login(self.clerk)
        self.client.post(step(self.feedback, "accept"))
        self.client.post(step(self.feedback, "assign"), {"agency": self.agency_a.pk})
        self.login(self.officer_a)
        self.client.post(step(self.feedback, "answer"), {"answer": "Đã sửa xong đèn đường."})
        self.feedback.refresh_from_db()
        self.assertEqual(self.feedback.state, State.ANSWERED)

    def test_each_person_is_offered_only_the_steps_they_may_take_now(self):
        self.login(self.clerk)
        page = self.client.get(self.url)
        self.assertEqual(page.context["steps"], ["accept", "reject"])
        self.assertNotIn("answer", page.context["form"].fields)
        self.assertContains(page, "người dân sẽ đọc lý do này")
        self.client.post(step(self.feedback, "accept"))
        self.client.post(step(self.feedback, "assign"), {"agency": self.agency_a.pk})
        self.login(self.officer_a)
        page = self.client.get(self.url)
        self.assertEqual(page.context["steps"], ["start", "answer"])
        self.assertEqual(set(page.context["form"].fields), {"answer", "note"})
        self.assertContains(page, "nếu cần người dân liên hệ lại")  # what the citizen reads
        self.client.post(step(self.feedback, "answer"), {"answer": "Đã sửa xong đèn đường."})
        self.assertEqual(self.client.get(self.url).context["steps"], [])

    def test_the_history_of_looks_shows_this_one_and_gathers_a_persons_looks_in_a_row(self):
        self.login(self.clerk)
        first = self.client.get(self.url)
        self.assertEqual([line["count"] for line in first.context["looks"]], [1])
        self.assertNotContains(first, "Chưa có ai")
        self.client.get(self.url)
        third = self.client.get(self.url)
        self.assertEqual([line["count"] for line in third.context["looks"]], [3])
        self.assertContains(third, "3 lần")
        self.login(self.standing)
        page = self.client.get(self.url)
        names = [line["user"].username for line in page.context["looks"]]
        self.assertEqual(names, ["standing", "clerk"])  # the latest first
        self.assertEqual(FeedbackLook.objects.filter(feedback=self.feedback).count(), 4)

    def test_roles_and_methods(self):
        self.login(self.officer_b)  # not assigned to agency B
        self.assertEqual(self.client.get(self.url).status_code, 404)
        self.login(self.supervisor)
        self.assertEqual(self.client.get(self.url).status_code, 200)
        self.assertEqual(self.client.post(step(self.feedback, "accept")).status_code, 403)
        self.login(self.outsider)
        self.assertEqual(self.client.post(step(self.feedback, "accept")).status_code, 404)
        self.login(self.clerk)
        self.assertEqual(self.client.put(self.url).status_code, 405)
        self.assertEqual(self.client.post(self.url).status_code, 405)
        self.assertEqual(self.client.get(step(self.feedback, "accept")).status_code, 405)
        self.feedback.refresh_from_db()
        self.assertEqual(self.feedback.state, State.RECEIVED)

    def test_the_clerk_records_a_hotline_call(self):
        self.login(self.clerk)
        url = reverse("feedback:intake", args=[self.commune.pk])
        data = {
            "kind": "kien_nghi",
            "title": "Xin lắp đèn",
            "text": "Đề nghị lắp đèn ngõ 5.",
            "channel": "hotline",
            "website": "",
        }
        self.assertEqual(self.client.post(url, data).status_code, 302)
        self.assertEqual(Feedback.objects.get(title="Xin lắp đèn").channel, "hotline")
        self.login(self.officer_a)
        self.assertEqual(self.client.post(url, data).status_code, 403)


class ConfidentialityTest(BaseTestCase):
    """A denunciation's author — the contact details, and a name or number written in it —
    is known only to the Standing Committee and those it designates."""

    def denunciation(self):
        feedback = submit(
            self.commune,
            kind="to_cao",
            title=f"Tôi là {SECRET_NAME}, tố cáo cán bộ thôn",
            text=f"Tôi là {SECRET_NAME}, số {SECRET_PHONE}: cán bộ thôn thu tiền sai.",
        )
        services.feedback_accept(acting_user=self.clerk, feedback=feedback, accept=True)
        services.feedback_assign(acting_user=self.clerk, feedback=feedback, agency=self.agency_a)
        return feedback

    def designate(self, *users):
        from hanhdong.orgs.services import denunciation_handlers_set

        denunciation_handlers_set(acting_user=self.standing, commune=self.commune, users=users)

    def test_the_author_is_seen_only_by_the_standing_committee_and_the_designated(self):
        feedback = self.denunciation()
        self.designate(self.inspector)
        url = reverse("feedback:handle", args=[feedback.pk])
        listing = reverse("feedback:staff_list", args=[self.commune.pk])
        for user, sees in (
            (self.clerk, False),
            (self.supervisor, False),
            (self.officer_a, False),  # the handling agency, not designated
            (self.inspector, True),  # designated by the Standing Committee
            (self.standing, True),
        ):
            self.login(user)
            page = self.client.get(url).content.decode()
            listed = self.client.get(listing).content.decode()
            with self.subTest(user=user.username):
                self.assertEqual(SECRET_PHONE in page, sees)
                self.assertEqual(SECRET_NAME in page, sees)  # also in the title and text
                self.assertNotIn(SECRET_NAME, listed)  # the list hides it from everyone
                self.assertEqual("Who has opened it" in page or "Ai đã mở" in page, sees)
        looks = FeedbackLook.objects.filter(feedback=feedback)
        self.assertEqual(looks.count(), 5)  # every look, whoever looked
        self.assertEqual(
            set(looks.filter(identity=True).values_list("user__username", flat=True)),
            {"inspector", "standing"},
        )

    def test_what_anyone_wrote_is_masked_for_those_who_may_not_know_the_sender(self):
        feedback = submit(
            self.commune,
            title=f"Tôi là {SECRET_NAME}, xin sửa đèn đường",
            text=f"Tôi là {SECRET_NAME}, số {SECRET_PHONE}: đèn đường thôn Đông hỏng.",
            name=SECRET_NAME,
            phone=SECRET_PHONE,
        )
        services.feedback_accept(acting_user=self.clerk, feedback=feedback, accept=True)
        services.feedback_assign(acting_user=self.clerk, feedback=feedback, agency=self.agency_a)
        url = reverse("feedback:handle", args=[feedback.pk])
        listing = reverse("feedback:staff_list", args=[self.commune.pk])
        for user, sees in (
            (self.clerk, True),
            (self.standing, True),
            (self.officer_a, True),  # the handling agency
            (self.supervisor, False),
            (self.inspector, False),
        ):
            self.login(user)
            page = self.client.get(url).content.decode()
            listed = self.client.get(listing).content.decode()
            with self.subTest(user=user.username):
                self.assertIn("đèn đường thôn Đông", page)  # the matter itself is read
                self.assertEqual(SECRET_PHONE in page, sees)
                self.assertEqual(SECRET_NAME in page, sees)  # the title, the text, the tab
                self.assertIn("xin sửa đèn đường", listed)
                self.assertEqual(SECRET_NAME in listed, sees)
                title = page.split("<title>")[1].split("</title>")[0]
                self.assertNotIn("<", title)  # the page's own title, nothing more
                self.assertIn(feedback.public_id, title)

    def test_the_notifications_of_a_denunciation_say_nothing_of_it(self):
        from hanhdong.feedback.schedule import new_submissions
        from hanhdong.notifications.models import OutboxMessage

        feedback = submit(
            self.commune, kind="to_cao", title=f"Tôi là {SECRET_NAME}", text="Nội dung tố cáo dài."
        )
        new_submissions(timezone.localdate())
        services.feedback_accept(acting_user=self.clerk, feedback=feedback, accept=True)
        services.feedback_assign(acting_user=self.clerk, feedback=feedback, agency=self.agency_a)
        messages = OutboxMessage.objects.all()
        self.assertGreaterEqual(messages.count(), 2)
        for message in messages:
            self.assertNotIn(SECRET_NAME, message.subject + message.body)
            self.assertNotIn("tố cáo dài", message.subject + message.body)
            self.assertNotIn(feedback.code, message.subject + message.body)

    def test_only_the_standing_committee_designates(self):
        url = reverse("orgs:denunciation_handlers", args=[self.commune.pk])
        for user in (self.clerk, self.inspector, self.officer_a):
            self.login(user)
            self.assertEqual(self.client.post(url, {"handlers": [user.pk]}).status_code, 403)
        self.login(self.standing)
        self.assertEqual(self.client.post(url, {"handlers": [self.officer_a.pk]}).status_code, 302)
        self.assertTrue(reach_of(self.officer_a).may_see_identity(self.denunciation()))
        # the Party Office cannot give the role through a user's page
        self.login(self.clerk)
        edit = reverse("orgs:user_edit", args=[self.commune.pk, self.officer_b.pk])
        data = {"username": "officer_b", "organization": self.agency_b.pk, "is_active": "on"}
        response = self.client.post(edit, {**data, "role": "denunciations"})
        self.assertEqual(response.status_code, 200)  # refused on the form
        self.assertFalse(
            reach_of(type(self.officer_b).objects.get(pk=self.officer_b.pk)).may_see_identity(
                self.denunciation()
            )
        )


class AbuseAndStatisticsTest(BaseTestCase):
    def test_the_hourly_limit_per_address_is_shared_through_the_database(self):
        url = reverse("feedback:submit", args=[self.commune.code])
        data = {
            "kind": "phan_anh",
            "title": "Tin",
            "text": "Nội dung đủ dài để gửi.",
            "website": "",
        }
        with self.settings(HANHDONG_SUBMISSIONS_PER_HOUR=2):
            codes = [self.client.post(url, data).status_code for _ in range(3)]
            refused = self.client.post(url, data)
        self.assertEqual(codes, [302, 302, 200])
        self.assertContains(refused, "Quá nhiều")
        self.assertEqual(Feedback.objects.count(), 2)

    def test_an_item_unanswered_past_its_deadline_counts_against_the_answers_on_time(self):
        answered, late = submit(self.commune), submit(self.commune, title="Cống tắc")
        for feedback in (answered, late):
            services.feedback_accept(acting_user=self.clerk, feedback=feedback, accept=True)
            services.feedback_assign(
                acting_user=self.clerk, feedback=feedback, agency=self.agency_a
            )
        services.feedback_answer(
            acting_user=self.officer_a, feedback=answered, answer="Đã xử lý xong việc này."
        )
        url = reverse("feedback:public_stats", args=[self.commune.code])
        figures = self.client.get(url).context["figures"]
        self.assertEqual((figures["on_time_rate"], figures["overdue"]), (1.0, 0))
        Feedback.objects.filter(pk=late.pk).update(
            deadline=timezone.localdate() - dt.timedelta(days=1)
        )
        page = self.client.get(url)
        figures = page.context["figures"]
        self.assertEqual((figures["on_time_rate"], figures["overdue"]), (0.5, 1))
        self.assertContains(page, "<b>50%</b>")
        self.assertContains(page, "<b>1</b> quá hạn mà chưa được trả lời")

    def test_figures_public_and_for_staff(self):
        feedback = submit(self.commune, topic="giao_thong")
        services.feedback_accept(acting_user=self.clerk, feedback=feedback, accept=True)
        services.feedback_assign(acting_user=self.clerk, feedback=feedback, agency=self.agency_a)
        services.feedback_answer(
            acting_user=self.officer_a, feedback=feedback, answer="Đã xử lý xong việc này."
        )
        services.feedback_rate(code=feedback.code, rating=4)
        page = self.client.get(reverse("feedback:public_stats", args=[self.commune.code]))
        figures = page.context["figures"]
        self.assertEqual(
            (figures["total"], figures["answered"], figures["on_time_rate"]), (1, 1, 1.0)
        )
        self.assertEqual(figures["satisfaction"], 4)
        self.assertEqual(figures["by_topic"], [("Giao thông, đường sá, chiếu sáng", 1)])
        self.assertNotContains(page, SECRET_PHONE)
        self.login(self.supervisor)
        staff = self.client.get(reverse("feedback:stats", args=[self.commune.pk]))
        self.assertEqual(staff.status_code, 200)
        self.login(self.outsider)
        self.assertEqual(
            self.client.get(reverse("feedback:stats", args=[self.commune.pk])).status_code, 404
        )


class SuggestionTest(BaseTestCase):
    def test_the_clerk_sees_the_area_the_text_resembles(self):
        feedback = services.feedback_submit(
            commune=self.commune,
            kind="phan_anh",
            title="Thu ngân sách",
            text="Đề nghị minh bạch việc thu ngân sách và phát triển kinh tế của xã.",
        )
        self.login(self.clerk)
        page = self.client.get(reverse("feedback:handle", args=[feedback.pk]))
        self.assertEqual(page.context["suggestion"]["areas"][0].path, "II.2")


class HandlingPageTest(BaseTestCase):
    def test_its_query_count_is_pinned_and_the_routing_model_is_kept(self):
        from hanhdong.feedback import selectors

        selectors._routers.clear()
        selectors._bases.clear()
        feedback = submit(
            self.commune, title="Chợ", text="Chợ họp lấn đường, thu phí kinh doanh cao"
        )
        self.login(self.clerk)
        url = reverse("feedback:handle", args=[feedback.pk])
        # (three of them the header's counts: unread notifications, the clerk's queue)
        with self.assertNumQueries(26) as first:  # the routing model is built
            self.client.get(url)
        with self.assertNumQueries(21) as again:  # and kept for the program's revision
            page = self.client.get(url)
        self.assertLess(len(again.captured_queries), len(first.captured_queries))
        self.assertEqual(page.context["suggestion"]["areas"][0].path, "II.2")
        for n in range(20):  # more submissions in the commune: the same page, as many reads
            submit(self.commune, title=f"Đèn {n}")
        with self.assertNumQueries(len(again.captured_queries)):
            self.client.get(url)


class ProxyTest(BaseTestCase):
    """Behind the commune's reverse proxy, the hourly limit counts the address the proxy saw,
    whatever the sender writes in X-Forwarded-For."""

    data = {"kind": "phan_anh", "title": "Tin", "text": "Nội dung đủ dài để gửi.", "website": ""}

    def test_spoofed_addresses_do_not_lift_the_hourly_limit(self):
        url = reverse("feedback:submit", args=[self.commune.code])
        with self.settings(HANHDONG_TRUSTED_PROXIES=1, HANHDONG_SUBMISSIONS_PER_HOUR=10):
            accepted = sum(
                self.client.post(
                    url,
                    self.data,
                    REMOTE_ADDR="10.0.0.1",  # the proxy
                    HTTP_X_FORWARDED_FOR=f"198.51.100.{n}, 203.0.113.9",
                ).status_code
                == 302
                for n in range(25)
            )
            self.assertEqual(accepted, 10)
            # another person behind the same proxy has a count of their own
            other = self.client.post(
                url, self.data, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.10"
            )
            self.assertEqual(other.status_code, 302)

    def test_open311_counts_each_client_behind_the_proxy_apart(self):
        from hanhdong.feedback.models import FeedbackSettings

        FeedbackSettings.objects.create(commune=self.commune, open311_key_required=False)
        body = {
            "jurisdiction_id": self.commune.code,
            "service_code": "phan_anh",
            "description": "Cống thoát nước đầu thôn 4 bị tắc.",
        }
        with self.settings(HANHDONG_TRUSTED_PROXIES=1, HANHDONG_SUBMISSIONS_PER_HOUR=2):
            statuses = [
                self.client.post(
                    "/open311/v2/requests.json",
                    body,
                    REMOTE_ADDR="10.0.0.1",
                    HTTP_X_FORWARDED_FOR=f"spoof, 203.0.113.{client}",
                ).status_code
                for client in (1, 1, 1, 2, 2)
            ]
        self.assertEqual(statuses, [200, 200, 429, 200, 200])

    def test_without_a_proxy_the_header_is_ignored(self):
        from hanhdong.lib.http import client_address

        class Request:
            META = {"REMOTE_ADDR": "203.0.113.5", "HTTP_X_FORWARDED_FOR": "1.2.3.4"}

        with self.settings(HANHDONG_TRUSTED_PROXIES=0):
            self.assertEqual(client_address(Request()), "203.0.113.5")
        with self.settings(HANHDONG_TRUSTED_PROXIES=2):  # fewer entries than proxies
            self.assertEqual(client_address(Request()), "203.0.113.5")
