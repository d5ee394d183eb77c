"""What a citizen's submission and tracking page cost the database: they are the public
pages under load (bench/load.py), so their queries are pinned; and the tracking page kept
rendered while what it shows is unchanged, with each citizen's own CSRF token."""

import datetime as dt
from unittest import mock

from django.db import connection, transaction
from django.http import QueryDict
from django.test import Client, TransactionTestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from hanhdong.feedback import selectors, services
from hanhdong.feedback.forms import SubmitForm
from hanhdong.feedback.models import (
    Feedback,
    FeedbackAttachment,
    FeedbackEvent,
    State,
    SubmissionCount,
)
from hanhdong.feedback.schedule import past_hours_counts
from hanhdong.feedback.tests.test_address import answered
from hanhdong.feedback.tests.test_feedback import submit
from hanhdong.feedback.tests.test_files_and_links import photo
from hanhdong.lib.transactions import inserted
from hanhdong.lib.views import checked_quickly
from hanhdong.orgs.models import Organization, OrgKind
from hanhdong.test import BaseTestCase, make_org


class TrackCostTest(BaseTestCase):
    def track(self, feedback):
        return self.client.get(reverse("feedback:track") + f"?code={feedback.code}")

    def test_a_new_submission_is_tracked_in_two_queries_and_looked_at_again_in_one(self):
        feedback = submit(self.commune)
        # the stamp of what the page shows; then, to render it, the item, its public steps
        # and its files counted
        with self.assertNumQueries(2):
            page = self.track(feedback)
        self.assertContains(page, feedback.code)
        self.assertEqual([e.state for e in page.context["events"]], [State.RECEIVED])
        with self.assertNumQueries(1):  # the stamp alone: the page is kept
            again = self.track(feedback)
        self.assertIsNone(again.context)
        self.assertEqual(again.content, page.content)

    def test_its_public_steps_cost_nothing_more_and_private_ones_stay_hidden(self):
        feedback = submit(self.commune)
        FeedbackEvent.objects.create(feedback=feedback, state=State.ACCEPTED, note="Đã nhận.")
        FeedbackEvent.objects.create(
            feedback=feedback, state=State.ASSIGNED, note="Nội bộ.", public=False
        )
        with self.assertNumQueries(2):
            page = self.track(feedback)
        self.assertEqual(
            [e.state for e in page.context["events"]], [State.RECEIVED, State.ACCEPTED]
        )
        self.assertEqual(page.context["feedback"].files, 0)
        self.assertContains(page, "Đã nhận.")
        self.assertNotContains(page, "Nội bộ.")

    def test_it_tells_how_many_files_came_with_it(self):
        feedback = submit(self.commune)
        for n in range(2):
            FeedbackAttachment.objects.create(
                feedback=feedback, file=f"feedback/x{n}.pdf", name=f"x{n}.pdf", kind="pdf", size=9
            )
        FeedbackEvent.objects.create(feedback=feedback, state=State.ACCEPTED)
        page = self.track(feedback)
        self.assertContains(page, "Có 2 tệp gửi kèm")
        self.assertEqual(len(page.context["events"]), 2)

    def test_an_unknown_code_finds_nothing(self):
        page = self.client.get(reverse("feedback:track") + "?code=XXXXXXXX")
        self.assertIsNone(page.context["feedback"])
        self.assertContains(page, "Không có")


class KeptTrackingPageTest(BaseTestCase):
    url = staticmethod(lambda feedback: reverse("feedback:track") + f"?code={feedback.code}")

    def test_a_second_look_is_the_kept_page_which_sets_no_cookie(self):
        feedback = answered(self)
        first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
        page = first.get(self.url(feedback))
        self.assertIsNotNone(page.context)  # rendered
        again = second.get(self.url(feedback))
        self.assertIsNone(again.context)  # served as kept: no template rendered
        self.assertEqual(again.content, page.content)
        self.assertContains(again, reverse("feedback:rate"))  # its forms are there
        self.assertNotContains(again, "csrf")
        self.assertEqual(dict(again.cookies), {})  # nothing set in the citizen's browser
        # the rating carries the tracking code, which is what lets it act: no token needed
        answer = second.post(reverse("feedback:rate"), {"code": feedback.code, "rating": "4"})
        self.assertEqual(answer.status_code, 302)
        feedback.refresh_from_db()
        self.assertEqual(feedback.rating, 4)
        # and without the code nothing happens, whoever's browser sends it
        self.assertEqual(second.post(reverse("feedback:rate"), {"rating": "1"}).status_code, 404)
        state = feedback.state
        second.post(reverse("feedback:reopen"), {"code": "KHONGCO1", "reason": "Sai."})
        feedback.refresh_from_db()
        self.assertEqual((feedback.rating, feedback.state), (4, state))

    def test_a_change_shows_at_once_and_the_thanks_is_not_kept(self):
        feedback = submit(self.commune)
        self.client.get(self.url(feedback))
        services.feedback_accept(acting_user=self.clerk, feedback=feedback, accept=True)
        page = self.client.get(self.url(feedback))
        self.assertIsNotNone(page.context)  # a new stamp: rendered again
        self.assertContains(page, "Đã tiếp nhận")
        feedback = answered(self)
        self.client.get(self.url(feedback))
        thanks = self.client.post(
            reverse("feedback:rate"), {"code": feedback.code, "rating": "5"}, follow=True
        )
        self.assertContains(thanks, "Cảm ơn ông/bà")
        self.assertNotContains(self.client.get(self.url(feedback)), "Cảm ơn ông/bà")

    def test_each_thing_the_page_shows_is_in_its_stamp_and_a_private_step_is_not(self):
        feedback = submit(self.commune)
        stamps = [selectors.tracking_stamp(feedback.code)]
        changes = [
            lambda: FeedbackEvent.objects.create(feedback=feedback, state=State.ACCEPTED),
            lambda: FeedbackAttachment.objects.create(
                feedback=feedback, file="feedback/a.pdf", name="a.pdf", kind="pdf", size=9
            ),
            lambda: Organization.objects.filter(pk=self.commune.pk).update(name="Xã Mới"),
            lambda: Feedback.objects.filter(pk=feedback.pk).update(answer="Đã sửa đèn."),
        ]
        for change in changes:
            change()
            stamps.append(selectors.tracking_stamp(feedback.code))
        self.assertEqual(len(set(stamps)), len(stamps))
        FeedbackEvent.objects.create(feedback=feedback, state=State.ASSIGNED, public=False)
        self.assertEqual(selectors.tracking_stamp(feedback.code), stamps[-1])
        page = self.client.get(self.url(feedback))
        self.assertContains(page, "Xã Mới")
        self.assertIsNone(selectors.tracking_stamp("KHONGCO1"))
        self.assertIsNone(selectors.tracking_stamp(""))

    def test_the_kept_page_follows_the_language(self):
        feedback = submit(self.commune)
        self.assertContains(self.client.get(self.url(feedback)), "Tra cứu")
        self.client.cookies["django_language"] = "en"
        self.assertContains(self.client.get(self.url(feedback)), "Track a submission")


class SubmitCostTest(BaseTestCase):
    def test_a_public_submission_is_one_count_then_one_row_without_a_savepoint(self):
        url = reverse("feedback:submit", args=[self.commune.code])
        body = {"kind": "phan_anh", "title": "Đèn", "text": "Đèn đường thôn 2 tắt.", "website": ""}
        self.client.post(url, body)  # the hour's counter made, by the same statement
        self.assertEqual(SubmissionCount.objects.get().count, 1)
        # inside a transaction (the test's own), the count is a statement of its own; then
        # the service's transaction (a savepoint inside the test's) writing the row: no
        # savepoint of its own around the row
        with self.assertNumQueries(4) as queries:
            self.assertEqual(self.client.post(url, body).status_code, 302)
        sql = [q["sql"].split()[0] for q in queries.captured_queries]
        self.assertEqual(sql, ["INSERT", "SAVEPOINT", "INSERT", "RELEASE"])
        self.assertEqual(SubmissionCount.objects.get().count, 2)
        self.assertEqual(Feedback.objects.count(), 2)

    def test_past_the_limit_nothing_is_written(self):
        url = reverse("feedback:submit", args=[self.commune.code])
        body = {"kind": "phan_anh", "title": "Đèn", "text": "Đèn đường thôn 2 tắt.", "website": ""}
        with self.settings(HANHDONG_SUBMISSIONS_PER_HOUR=1):
            self.client.post(url, body)
            # the count refused, in its one statement: no row, and the count stays
            with self.assertNumQueries(1):
                page = self.client.post(url, body)
        self.assertContains(page, "Quá nhiều")
        self.assertEqual(Feedback.objects.count(), 1)
        self.assertEqual(SubmissionCount.objects.get().count, 1)

    def test_a_tracking_code_drawn_twice_is_drawn_again(self):
        first = submit(self.commune)
        codes = iter([first.code, "NEWCODE1"])
        with mock.patch.object(services, "_code", side_effect=lambda: next(codes)):
            second = submit(self.commune, address="10.0.0.9")
        self.assertEqual(second.code, "NEWCODE1")
        self.assertEqual(Feedback.objects.count(), 2)
        self.assertEqual(Feedback.objects.get(pk=second.pk).code, "NEWCODE1")


class CountOutsideTransactionTest(TransactionTestCase):
    """As served: no transaction around the request, so the count is a statement of its
    own (on PostgreSQL its commit does not wait for the disk, and the session's setting is
    left as it was)."""

    def test_the_limit_holds_and_the_session_keeps_its_durable_commits(self):
        commune = make_org("Xã Đ", OrgKind.COMMUNE, code="x-d")
        picture = services.prepare_file("a.jpg", photo())
        with self.settings(HANHDONG_SUBMISSIONS_PER_HOUR=2):
            submit(commune, address="10.0.0.7")
            submit(commune, address="10.0.0.7", files=[picture])  # counted on its own
            for files in ([], [picture]):
                with self.assertRaises(services.RateLimited):
                    submit(commune, address="10.0.0.7", files=files)
            submit(commune, address="10.0.0.8")  # another address has its own count
        self.assertEqual(Feedback.objects.count(), 3)
        self.assertEqual(FeedbackAttachment.objects.count(), 1)
        self.assertEqual(sorted(SubmissionCount.objects.values_list("count", flat=True)), [1, 2])
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SHOW synchronous_commit")
                self.assertEqual(cursor.fetchone()[0], "on")

    def test_as_served_a_submission_is_one_statement_that_writes_what_the_orm_would(self):
        commune = make_org("Xã Đ", OrgKind.COMMUNE, code="x-d")
        submit(commune, address="10.0.0.7")  # the hour's counter made
        with CaptureQueriesContext(connection) as queries:
            alone = submit(commune, address="10.0.0.7")
        # the count and the row: one statement on PostgreSQL, two elsewhere; no BEGIN, no
        # COMMIT, no savepoint
        self.assertEqual(
            [q["sql"].split()[0] for q in queries.captured_queries],
            ["WITH"] if connection.vendor == "postgresql" else ["INSERT", "INSERT"],
        )
        self.assertEqual(SubmissionCount.objects.get().count, 2)
        # the same submission through the service that saves it by the ORM
        made = services._new_submission(
            commune=commune,
            **{k: getattr(alone, k) for k in ("kind", "title", "text", "place", "topic")},
            **{k: getattr(alone, k) for k in ("name", "phone", "email", "consent")},
            hide_identity=alone.hide_identity,
            channel=alone.channel,
            received_by=None,
        )
        by_orm = services._submission_store(made, [])
        stored, expected = (
            Feedback.objects.filter(pk=pk).values().get() for pk in (alone.pk, by_orm.pk)
        )
        for varies in ("id", "code", "public_id", "created_at"):
            self.assertTrue(stored.pop(varies))
            expected.pop(varies)
        self.assertEqual(stored, expected)
        self.assertEqual(alone.code, Feedback.objects.get(pk=alone.pk).code)
        self.assertFalse(alone._state.adding)
        # a code drawn twice: drawn again; the first try stored nothing and counted nothing
        codes = iter([alone.code, "NEWCODE2"])
        with mock.patch.object(services, "_code", side_effect=lambda: next(codes)):
            again = submit(commune, address="10.0.0.7")
        self.assertEqual(Feedback.objects.get(pk=again.pk).code, "NEWCODE2")
        self.assertEqual(Feedback.objects.count(), 4)
        self.assertEqual(SubmissionCount.objects.get().count, 3)

    def test_the_hours_gone_by_are_forgotten_at_the_workers_pass(self):
        commune = make_org("Xã Đ", OrgKind.COMMUNE, code="x-d")
        submit(commune, address="10.0.0.7")
        now = timezone.now()
        hour = now.replace(minute=0, second=0, microsecond=0)
        SubmissionCount.objects.create(address_hash="old", hour=hour - dt.timedelta(hours=1))
        past_hours_counts(now.date())
        self.assertEqual(list(SubmissionCount.objects.values_list("count", flat=True)), [1])

    def test_a_row_inserted_alone_refuses_to_join_a_transaction(self):
        commune = make_org("Xã Đ", OrgKind.COMMUNE, code="x-d")
        with transaction.atomic(), self.assertRaises(RuntimeError):
            inserted(Feedback(commune=commune, code="ABCDEFGH", kind="phan_anh", title="t"))
        self.assertFalse(Feedback.objects.exists())


class DrawnCodeTest(BaseTestCase):
    def test_codes_use_every_letter_of_their_alphabet_and_nothing_else(self):
        for alphabet, draw, length in (
            (services.CODE_ALPHABET, services._code, 8),
            (services.REF_ALPHABET, services._ref, 10),
        ):
            drawn = [draw() for _ in range(400)]
            self.assertEqual({len(code) for code in drawn}, {length})
            self.assertEqual(set("".join(drawn)), set(alphabet))
            self.assertEqual(len(set(drawn)), len(drawn))


class QuickCheckTest(BaseTestCase):
    """The citizen's post is checked by the form's fields alone, as the form would."""

    cases = [
        {"kind": "phan_anh", "title": "Đèn", "text": "Đèn đường thôn 2 tắt.", "website": ""},
        {"kind": "phan_anh", "title": "", "text": "Đèn đường thôn 2 tắt."},
        {"kind": "khong_co", "title": "Đèn", "text": "Đèn đường thôn 2 tắt."},
        {"kind": "to_cao", "title": "T" * 201, "text": "Nội dung."},
        {"kind": "kien_nghi", "title": "Đèn", "text": "Đèn.", "email": "khong-phai-email"},
        {"kind": "kien_nghi", "title": "Đèn", "text": "Đèn.", "consent": "on", "topic": "x"},
        {
            "kind": "kien_nghi",
            "title": " Đèn ",
            "text": "Đèn.",
            "consent": "on",
            "hide_identity": "",
            "email": "a@b.vn",
            "files-clear": "on",
        },
    ]

    def test_it_agrees_with_the_form_on_every_case(self):
        for data in self.cases:
            with self.subTest(data=data):
                posted = QueryDict(mutable=True)
                posted.update(data)
                form = SubmitForm(posted)
                quick = checked_quickly(SubmitForm, posted)
                self.assertEqual(quick is not None, form.is_valid())
                if quick is not None:
                    self.assertEqual(quick, form.cleaned_data)

    def test_a_form_with_clean_methods_of_its_own_is_not_checked_quickly(self):
        class Checked(SubmitForm):
            def clean_title(self):
                return self.cleaned_data["title"]

        with self.assertRaises(TypeError):
            checked_quickly(Checked, QueryDict("kind=phan_anh&title=x&text=y"))

    def test_a_refused_post_shows_the_form_with_its_errors_and_what_was_written(self):
        url = reverse("feedback:submit", args=[self.commune.code])
        page = self.client.post(url, {"kind": "phan_anh", "title": "", "text": "Đèn thôn 9 tắt."})
        self.assertEqual(page.status_code, 200)
        self.assertTrue(page.context["form"].errors["title"])
        self.assertContains(page, "Đèn thôn 9 tắt.")
        self.assertFalse(Feedback.objects.exists())
