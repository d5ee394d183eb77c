"""A year of results for commune A (2025), built through the services, and the default
criteria sets; the evaluation is run early in 2026."""

import datetime as dt
from unittest import mock

from django.utils import timezone

from hanhdong.evaluations import services
from hanhdong.evaluations.models import CriteriaSet, SetKind
from hanhdong.feedback import services as feedback_services
from hanhdong.feedback.models import Feedback, State
from hanhdong.orgs.models import Membership, Role
from hanhdong.reports.tests.base import ReportsTestCase
from hanhdong.tasks import services as task_services
from hanhdong.tasks.models import AssignedTask, DocKind, Origin, TaskState
from hanhdong.test import make_user

D = dt.date
YEAR = 2025
TODAY = D(2026, 1, 12)


def at(day):
    return mock.patch(
        "django.utils.timezone.now",
        return_value=timezone.make_aware(dt.datetime.combine(day, dt.time(9))),
    )


def on(day):
    return mock.patch("django.utils.timezone.localdate", return_value=day)


class EvaluationsTestCase(ReportsTestCase):
    """The personas (officer_b works for the Party-building board), a head of agency A, and
    agency A's 2025: four assigned tasks (three on time, one overdue), two citizens'
    submissions (one answered on time and rated 4, one late and rated 2), two
    recommendations of an inspection (one remedied), the quarter's reports."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.head_a = make_user("head_a")
        cls.head_a.first_name, cls.head_a.last_name = "Lê Văn", "Hùng"
        cls.head_a.save()
        cls.head_membership = Membership.objects.create(
            user=cls.head_a, organization=cls.agency_a, role=Role.OFFICER, title="Chủ tịch UBND xã"
        )
        plan = task_services.directive_create(
            acting_user=cls.clerk,
            commune=cls.commune,
            origin=Origin.COMMUNE,
            kind=DocKind.PLAN,
            title="Kế hoạch năm 2025",
            issued_on=D(2025, 1, 10),
        )
        cls.plan = plan
        for due, state, done in [
            (D(2025, 3, 31), TaskState.CONFIRMED, D(2025, 3, 20)),
            (D(2025, 6, 30), TaskState.CONFIRMED, D(2025, 6, 30)),
            (D(2025, 9, 30), TaskState.DONE, D(2025, 9, 1)),
            (D(2025, 11, 28), TaskState.IN_PROGRESS, None),  # overdue
            (D(2026, 3, 31), TaskState.IN_PROGRESS, None),  # next year's
        ]:
            cls.add_task(plan, due, state, done)
        cls.add_task(plan, D(2025, 5, 29), TaskState.CONFIRMED, D(2025, 5, 20), lead=cls.agency_b)
        inspection = task_services.directive_create(
            acting_user=cls.clerk,
            commune=cls.commune,
            origin=Origin.INSPECTION,
            kind=DocKind.CONCLUSION,
            title="Kết luận kiểm tra việc thực hiện quy chế dân chủ",
            issued_on=D(2025, 4, 2),
        )
        cls.add_task(inspection, D(2025, 8, 29), TaskState.CONFIRMED, D(2025, 8, 1))
        cls.add_task(inspection, D(2025, 10, 31), TaskState.IN_PROGRESS, None)
        cls.add_feedback(D(2025, 5, 15), D(2025, 5, 10), 4)
        cls.add_feedback(D(2025, 7, 15), D(2025, 7, 30), 2)
        with at(D(2025, 9, 12)):
            cls.hand_in(1)  # agency B, on time
        with at(D(2025, 9, 20)):
            cls.hand_in(2, by=cls.officer_a)  # agency A, late
        with on(D(2025, 12, 1)):
            services.criteria_sets_start(acting_user=cls.officer_b, commune=cls.commune)
        cls.collective_set = CriteriaSet.objects.get(
            commune=cls.commune, kind=SetKind.COLLECTIVE, is_current=True
        )
        cls.individual_set = CriteriaSet.objects.get(
            commune=cls.commune, kind=SetKind.INDIVIDUAL, is_current=True
        )
        cls.commune_set = CriteriaSet.objects.get(
            commune=cls.commune, kind=SetKind.COMMUNE, is_current=True
        )

    @classmethod
    def add_task(cls, directive, due, state, done, lead=None):
        task = task_services.task_add(
            acting_user=cls.clerk,
            directive=directive,
            title=f"Nhiệm vụ hạn {due:%d/%m/%Y}",
            lead=lead or cls.agency_a,
            due_text=due.strftime("%d/%m/%Y"),
            responsible="Lãnh đạo",
            product="Báo cáo",
        )
        AssignedTask.objects.filter(pk=task.pk).update(state=state, done_on=done)
        return task

    @classmethod
    def add_feedback(cls, deadline, answered, rating):
        with at(deadline - dt.timedelta(days=20)):
            item = feedback_services.feedback_submit(
                commune=cls.commune,
                kind="phan_anh",
                title="Đèn đường hỏng",
                text="Đèn đường thôn 2 tắt cả tháng.",
                consent=True,
            )
        answered_at = timezone.make_aware(dt.datetime.combine(answered, dt.time(10)))
        Feedback.objects.filter(pk=item.pk).update(
            agency=cls.agency_a,
            deadline=deadline,
            answered_at=answered_at,
            state=State.CLOSED,
            rating=rating,
        )
        return item

    def open_round(self, units=None, heads=None, **fields):
        with on(TODAY):
            return services.round_open(
                acting_user=self.officer_b,
                commune=self.commune,
                year=YEAR,
                self_due_on=D(2026, 1, 31),
                collective_set=self.collective_set,
                individual_set=self.individual_set,
                units=units if units is not None else [self.agency_a, self.agency_b],
                heads=heads if heads is not None else [self.head_membership],
                **fields,
            )

    @staticmethod
    def full(rating, step="self", **changes):
        """Entries for ``rating``: every manual general and results criterion at its full
        points; ``changes`` by criterion text prefix → (points, reason)."""
        entries = {}
        for score in rating.scores.select_related("criterion"):
            c = score.criterion
            if c.source == "manual" and c.group in ("general", "results"):
                entries[c.pk] = (c.points, "")
            for prefix, value in changes.items():
                if c.text.startswith(prefix):
                    entries[c.pk] = value
        return entries
