"""The work queues — My work (what an officer's agencies owe) and Awaiting review (what the
Party Office reviews and routes) — and their counts in every page's header.

The periods here are ad-hoc requests dated from today, each naming the key tasks it asks
about, so what is due or overdue does not depend on the day the tests run.
"""

import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from hanhdong.feedback import services as feedback_services
from hanhdong.feedback.tests.test_feedback import submit
from hanhdong.orgs.access import reach_of
from hanhdong.orgs.models import OrgKind, Role
from hanhdong.reports import selectors
from hanhdong.reports.models import ReportingKind, ReportingPeriod
from hanhdong.reports.services import report_file, report_review
from hanhdong.test import BaseTestCase, make_org, make_program, make_user


def make_request(program, title, *, opened, due, tasks, closed=False) -> ReportingPeriod:
    """A reporting period (an ad-hoc request) open since ``opened`` days, due in ``due``
    days (negative: past), asking about ``tasks``."""
    today = timezone.localdate()
    period = ReportingPeriod.objects.create(
        program=program,
        kind=ReportingKind.ADHOC,
        year=today.year,
        title=title,
        starts_on=today - dt.timedelta(days=opened),
        cutoff_on=today + dt.timedelta(days=due),
        due_on=today + dt.timedelta(days=due),
        closed=closed,
    )
    period.tasks.set(tasks)
    return period


def file(task, period, by, *, submit=False):
    return report_file(
        acting_user=by,
        task=task,
        period=period,
        status="on_track",
        percent=30,
        results="Đã triển khai.",
        submit=submit,
    )


class QueueTestCase(BaseTestCase):
    """Agency A (officer_a) leads key tasks 2, 3 and 4; agency B (officer_b) task 1.

    What officer_a owes: overdue — task 2 for "past" and for "long past" (closed by the
    worker, still owed); due — tasks 2 (a draft) and 3 for "current"; returned — task 4 for
    "reviewed". Not owed: task 3 for "past" (handed in), anything of "later" (due beyond a
    month) or "future" (its window not open). For the clerk: task 3's report for "past"
    and task 1's for "current" await review; two submissions to accept, one to assign, one
    to close — and commune B has a submitted report and a new submission of its own.
    """

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        t = cls.tasks
        cls.past = make_request(cls.program, "Past", opened=60, due=-10, tasks=[t[1], t[2], t[3]])
        cls.long_past = make_request(
            cls.program, "Long past", opened=200, due=-100, tasks=[t[2]], closed=True
        )
        cls.reviewed = make_request(cls.program, "Reviewed", opened=60, due=-30, tasks=[t[4]])
        cls.current = make_request(
            cls.program, "Current", opened=5, due=10, tasks=[t[1], t[2], t[3]]
        )
        cls.later = make_request(cls.program, "Later", opened=5, due=60, tasks=[t[2]])
        cls.future = make_request(cls.program, "Future", opened=-5, due=20, tasks=[t[2]])
        file(t[3], cls.past, cls.officer_a, submit=True)
        file(t[2], cls.current, cls.officer_a)  # a draft: still owed
        file(t[1], cls.current, cls.officer_b, submit=True)
        returned = file(t[4], cls.reviewed, cls.officer_a, submit=True)
        report_review(
            acting_user=cls.clerk, report=returned, accept=False, comment="Thiếu số liệu."
        )
        file(t[1], cls.past, cls.officer_b, submit=True)
        report_review(acting_user=cls.clerk, report=t[1].reports.get(period=cls.past), accept=True)
        clerk = cls.clerk
        submit(cls.commune, title="Mới một")
        submit(cls.commune, title="Mới hai")
        accepted = submit(cls.commune, title="Đã nhận")
        feedback_services.feedback_accept(acting_user=clerk, feedback=accepted, accept=True)
        for title in ("Đang giao", "Đã trả lời"):
            item = submit(cls.commune, title=title)
            feedback_services.feedback_accept(acting_user=clerk, feedback=item, accept=True)
            feedback_services.feedback_assign(acting_user=clerk, feedback=item, agency=cls.agency_a)
        feedback_services.feedback_answer(
            acting_user=cls.officer_a, feedback=item, answer="Đã sửa xong đèn đường."
        )
        # commune B: its own Party Office, agency, report and submission
        cls.office_b = make_org("Văn phòng Đảng ủy", OrgKind.PARTY_OFFICE, cls.commune_b)
        cls.agency_b2 = make_org("Ủy ban nhân dân xã", OrgKind.PEOPLES_COMMITTEE, cls.commune_b)
        cls.clerk_b = make_user("clerk_b", (cls.office_b, Role.CLERK))
        cls.officer_b2 = make_user("officer_b2", (cls.agency_b2, Role.OFFICER))
        program_b = make_program(cls.commune_b)
        task_b = program_b.key_tasks.get(number=2)
        period_b = make_request(program_b, "B", opened=60, due=-10, tasks=[task_b])
        file(task_b, period_b, cls.officer_b2, submit=True)
        make_request(program_b, "B now", opened=5, due=5, tasks=[task_b])
        submit(cls.commune_b, title="Ở xã B")

    def counts(self, user):
        return selectors.work_counts(user, reach_of(user), timezone.localdate())


class MyWorkTest(QueueTestCase):
    def test_it_groups_what_officer_a_owes(self):
        work = selectors.officer_work({self.agency_a.pk}, timezone.localdate())
        rows = {
            name: [(o.task.number, o.period.title) for o in found] for name, found in work.items()
        }
        self.assertEqual(rows["overdue"], [(2, "Past"), (2, "Long past")])  # latest first
        self.assertEqual(rows["due"], [(2, "Current"), (3, "Current")])
        self.assertEqual(rows["returned"], [(4, "Reviewed")])
        draft = work["due"][0].report
        self.assertEqual(draft.state, "draft")
        self.assertEqual(self.counts(self.officer_a).mine, 5)

    def test_officer_b_s_count_is_his_agency_s(self):
        # task 1: handed in for "past" and "current"
        self.assertEqual(self.counts(self.officer_b).mine, 0)
        self.assertEqual(self.counts(self.officer_b2).mine, 1)  # commune B's "B now"

    def test_the_page_shows_the_groups_with_links_to_the_report_form(self):
        self.login(self.officer_a)
        page = self.client.get(reverse("reports:mine"))
        counts = page.context["counts"]
        self.assertEqual((counts["returned"], counts["overdue"], counts["due"]), (1, 2, 2))
        self.assertEqual(counts["partners"], 0)
        for task, period in ((2, self.past), (3, self.current), (4, self.reviewed)):
            url = reverse("reports:report", args=[self.tasks[task].pk, period.pk])
            self.assertContains(page, f'href="{url}"')
        self.assertContains(page, "Thiếu số liệu.")  # what the Party Office asked for
        later = reverse("reports:report", args=[self.tasks[2].pk, self.later.pk])
        self.assertNotContains(page, later)

    def test_a_long_group_is_capped_and_seen_whole_page_by_page(self):
        from hanhdong.reports.views import PER_PAGE, SHOWN

        many = PER_PAGE + 5
        for n in range(many):
            make_request(self.program, f"Cũ {n}", opened=400, due=-300 + n, tasks=[self.tasks[3]])
        self.login(self.officer_a)
        page = self.client.get(reverse("reports:mine"))
        overdue = next(s for s in page.context["sections"] if s["name"] == "overdue")
        self.assertEqual((overdue["count"], len(overdue["rows"])), (many + 2, SHOWN))
        self.assertContains(page, 'href="?show=overdue"')
        whole = self.client.get(reverse("reports:mine"), {"show": "overdue"})
        self.assertEqual([s["name"] for s in whole.context["sections"]], ["overdue"])
        self.assertEqual(len(whole.context["sections"][0]["rows"]), PER_PAGE)
        second = self.client.get(reverse("reports:mine"), {"show": "overdue", "page": "2"})
        self.assertEqual(len(second.context["sections"][0]["rows"]), many + 2 - PER_PAGE)
        odd = self.client.get(reverse("reports:mine"), {"show": "x", "page": "abc"})
        self.assertEqual(odd.status_code, 200)
        self.assertEqual(len(odd.context["sections"]), 4)

    def test_its_query_count_does_not_grow_with_the_term(self):
        self.login(self.officer_a)
        url = reverse("reports:mine")
        self.client.get(url)
        # the session, the user, their roles; the tasks, periods, the tasks requests name,
        # the reports handed in and the others; the partners' tasks; the unread count
        with self.assertNumQueries(10):
            self.client.get(url)
        for n in range(20):
            self.program.key_tasks.create(number=10 + n, name=f"Việc {n}", lead=self.agency_a)
            make_request(self.program, f"Thêm {n}", opened=30, due=-n, tasks=[self.tasks[2]])
        with self.assertNumQueries(10):
            self.client.get(url)

    def test_someone_who_reports_for_no_agency_owes_nothing(self):
        self.login(self.standing)
        page = self.client.get(reverse("reports:mine"))
        self.assertEqual(page.status_code, 200)
        self.assertFalse(page.context["reports_for"])


class AwaitingReviewTest(QueueTestCase):
    def test_the_clerk_counts_reports_and_submissions_of_his_commune_only(self):
        counts = selectors.review_counts(reach_of(self.clerk).review_commune_ids())
        self.assertEqual(
            counts, {"reports": 2, "received": 2, "accepted": 1, "answered": 1}
        )  # task 1's report for "past" was accepted already; one item is being handled
        self.assertEqual(self.counts(self.clerk).review, 6)
        self.assertIsNone(self.counts(self.clerk).mine)
        self.assertEqual(self.counts(self.clerk_b).review, 2)  # commune B's report and item
        self.assertEqual(self.counts(self.outsider).review, 0)  # commune C: nothing

    def test_the_page_links_each_to_its_next_step(self):
        self.login(self.clerk)
        page = self.client.get(reverse("reports:review_queue"))
        self.assertEqual(page.status_code, 200)
        review = reverse("reports:report", args=[self.tasks[3].pk, self.past.pk])
        self.assertContains(page, f'href="{review}"')
        received = page.context["sections"][1]
        self.assertEqual(received["name"], "received")
        self.assertEqual([f.title for f in received["rows"]], ["Mới một", "Mới hai"])
        for item in received["rows"]:
            self.assertContains(page, reverse("feedback:handle", args=[item.pk]))
        self.assertNotContains(page, "Ở xã B")

    def test_a_denunciation_s_title_is_masked_in_the_queue(self):
        submit(self.commune, kind="to_cao", title="Ông Tư 0987654321 thu tiền")
        self.login(self.clerk)
        page = self.client.get(reverse("reports:review_queue"))
        self.assertNotContains(page, "0987654321")
        whole = self.client.get(reverse("reports:review_queue"), {"show": "received"})
        self.assertNotContains(whole, "0987654321")
        self.assertEqual(len(whole.context["sections"][0]["rows"]), 3)

    def test_only_the_party_office_has_the_page(self):
        for user in (self.standing, self.officer_a, self.inspector, self.admin):
            self.login(user)
            with self.subTest(user=user.username):
                self.assertEqual(self.client.get(reverse("reports:review_queue")).status_code, 403)

    def test_its_query_count_does_not_grow_with_the_queue(self):
        self.login(self.clerk)
        url = reverse("reports:review_queue")
        self.client.get(url)
        # the session, the user, their roles; the two counts; the four groups; the unread
        with self.assertNumQueries(10):
            self.client.get(url)
        for n in range(15):
            submit(self.commune, title=f"Thêm {n}")
            file(
                self.tasks[2],
                make_request(self.program, f"Thêm {n}", opened=30, due=-n, tasks=[self.tasks[2]]),
                self.officer_a,
                submit=True,
            )
        with self.assertNumQueries(10):
            self.client.get(url)


class HeaderTest(QueueTestCase):
    def header(self, user):
        self.login(user)
        return self.client.get(reverse("orgs:notifications"))

    def test_each_role_sees_the_links_and_counts_of_its_queues(self):
        officer = self.header(self.officer_a)
        self.assertContains(officer, f'href="{reverse("reports:mine")}"')
        self.assertContains(officer, '<b class="pill">5</b>', html=False)
        self.assertNotContains(officer, reverse("reports:review_queue"))
        clerk = self.header(self.clerk)
        self.assertContains(clerk, f'href="{reverse("reports:review_queue")}"')
        self.assertContains(clerk, '<b class="pill">6</b>', html=False)
        self.assertNotContains(clerk, f'href="{reverse("reports:mine")}"')

    def test_a_role_with_no_such_work_sees_no_link_and_no_badge(self):
        for user in (self.standing, self.inspector, self.supervisor, self.city, self.admin):
            with self.subTest(user=user.username):
                page = self.header(user)
                self.assertNotContains(page, f'href="{reverse("reports:mine")}"')
                self.assertNotContains(page, reverse("reports:review_queue"))
                self.assertNotContains(page, 'class="pill"')

    def test_an_officer_with_nothing_owed_has_the_link_without_a_badge(self):
        page = self.header(self.officer_b)
        self.assertContains(page, f'href="{reverse("reports:mine")}"')
        self.assertNotContains(page, 'class="pill"')

    def test_the_counts_cost_a_fixed_number_of_queries(self):
        today = timezone.localdate()
        for user, expected in ((self.officer_a, 6), (self.clerk, 3), (self.standing, 1)):
            reach = reach_of(user)
            reach.review_commune_ids()
            with self.subTest(user=user.username), self.assertNumQueries(expected):
                selectors.work_counts(user, reach, today)
        for n in range(10):
            self.program.key_tasks.create(number=20 + n, name=f"Việc {n}", lead=self.agency_a)
            make_request(self.program, f"Thêm {n}", opened=30, due=-n, tasks=[self.tasks[2]])
            submit(self.commune, title=f"Thêm {n}")
        for user, expected in ((self.officer_a, 6), (self.clerk, 3), (self.standing, 1)):
            with self.subTest(user=user.username), self.assertNumQueries(expected):
                selectors.work_counts(user, reach_of(user), today)
        self.assertEqual(self.counts(self.officer_a).mine, 5 + 10)
        self.assertEqual(self.counts(self.clerk).review, 6 + 10)

    def test_a_page_without_the_header_reads_no_count(self):
        self.login(self.officer_a)
        url = reverse("programs:tasks", args=[self.program.pk])
        self.client.get(url)
        with CaptureQueriesContext(connection) as whole:
            self.client.get(url)
        with CaptureQueriesContext(connection) as fragment:  # what htmx swaps in
            page = self.client.get(url, headers={"hx-request": "true"})
        self.assertNotContains(page, 'class="pill"')

        def counted(queries):  # the header's reads: the unread count, the officer's queue
            return [
                q["sql"]
                for q in queries
                if "notifications_notification" in q["sql"] or "reportingperiod" in q["sql"]
            ]

        self.assertEqual(len(counted(whole.captured_queries)), 4)
        self.assertEqual(counted(fragment.captured_queries), [])
