import datetime as dt
from unittest import mock

from django.urls import reverse
from django.utils import timezone

from hanhdong.reports.tests.base import ReportsTestCase
from hanhdong.tasks import services
from hanhdong.tasks.models import AssignedTask, DocKind, Origin, TaskState
from hanhdong.tasks.ranking import ranking, totals

D = dt.date
TODAY = D(2025, 10, 1)  # the third quarter of 2025 is over; its reports were due 15/9


def at(day):
    return mock.patch(
        "django.utils.timezone.now",
        return_value=timezone.make_aware(dt.datetime.combine(day, dt.time(9))),
    )


class RankingTest(ReportsTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        directive = services.directive_create(
            acting_user=cls.clerk,
            commune=cls.commune,
            origin=Origin.COMMUNE,
            kind=DocKind.PLAN,
            title="Kế hoạch quý III",
            issued_on=D(2025, 6, 20),
        )
        rows = [
            # lead, deadline, state, done on
            (cls.agency_a, D(2025, 7, 15), TaskState.CONFIRMED, D(2025, 7, 10)),  # on time
            (cls.agency_a, D(2025, 8, 20), TaskState.DONE, D(2025, 8, 25)),  # late
            (cls.agency_a, D(2025, 9, 30), TaskState.IN_PROGRESS, None),  # overdue
            (cls.agency_a, D(2025, 10, 15), TaskState.IN_PROGRESS, None),  # the next quarter
            (cls.agency_b, D(2025, 8, 31), TaskState.CONFIRMED, D(2025, 8, 31)),  # on time
            (cls.agency_b, D(2025, 9, 1), TaskState.PAUSED, None),  # not counted
            (cls.agency_b, D(2025, 9, 2), TaskState.CANCELLED, None),  # not counted
        ]
        for lead, due, state, done in rows:
            task = services.task_add(
                acting_user=cls.clerk,
                directive=directive,
                title="Việc",
                lead=lead,
                due_text=due.strftime("%d/%m/%Y"),
                responsible="Lãnh đạo",
                product="Báo cáo",
            )
            AssignedTask.objects.filter(pk=task.pk).update(state=state, done_on=done)
        # the quarter's reports: agency B (key task 1) on time, agency A (task 2) late,
        # agency A (task 3) never
        with at(D(2025, 9, 12)):
            cls.hand_in(1)
        with at(D(2025, 9, 20)):
            cls.hand_in(2, by=cls.officer_a)

    def test_it_ranks_the_agencies_by_their_on_time_rate(self):
        rows = ranking(self.commune, self.q3, TODAY)
        got = [
            (r.rank, r.agency, r.tasks, r.on_time, r.late, r.overdue, r.reports,
             r.reports_on_time, r.rate)
            for r in rows
        ]  # fmt: skip
        self.assertEqual(
            got,
            [
                (1, self.agency_b, 1, 1, 0, 0, 1, 1, 100.0),
                (2, self.agency_a, 3, 1, 1, 1, 2, 0, 20.0),
            ],
        )
        total = totals(rows)
        self.assertEqual((total.tasks, total.on_time, total.reports, total.rate), (4, 2, 3, 42.9))

    def test_a_task_not_yet_due_is_not_counted(self):
        rows = ranking(self.commune, self.q3, D(2025, 9, 16))  # before 30/9
        agency_a = next(r for r in rows if r.agency == self.agency_a)
        self.assertEqual((agency_a.tasks, agency_a.overdue), (2, 0))

    def test_the_public_ranking_shows_only_when_the_commune_publishes_it(self):
        url = reverse("tasks:public_ranking", args=[self.commune.code])
        self.assertEqual(self.client.get(url).status_code, 404)
        services.task_settings_save(
            acting_user=self.clerk,
            commune=self.commune,
            remind_days=3,
            escalate_days=5,
            public_ranking=True,
        )
        with mock.patch("django.utils.timezone.localdate", return_value=TODAY):
            page = self.client.get(url)
        self.assertContains(page, "Ban Xây dựng Đảng")
        self.assertContains(page, "100%")
        self.assertContains(page, "20%")
        self.assertNotContains(page, "Việc")  # figures only, no task's words

    def test_the_staff_page_picks_a_period(self):
        self.login(self.standing)
        url = reverse("tasks:ranking", args=[self.commune.pk])
        with mock.patch("django.utils.timezone.localdate", return_value=TODAY):
            page = self.client.get(url, {"period": self.q3.pk}).content.decode()
        self.assertIn("Quý III/2025", page)
        self.assertLess(page.index("Ban Xây dựng Đảng"), page.index("Ủy ban nhân dân xã"))
