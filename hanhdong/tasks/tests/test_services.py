import datetime as dt
from unittest import mock

from django.core.exceptions import ValidationError

from hanhdong.audit.models import AuditEntry
from hanhdong.notifications.models import OutboxMessage
from hanhdong.orgs.services import calendar_day_set
from hanhdong.tasks import services
from hanhdong.tasks.models import AssignedTask, Status, TaskState, TaskUpdate, UpdateKind
from hanhdong.tasks.tests.base import ISSUED, TasksTestCase

D = dt.date


def on(day):
    return mock.patch("django.utils.timezone.localdate", return_value=day)


class IssueTest(TasksTestCase):
    def test_it_refuses_to_issue_a_task_without_its_five_clear_points(self):
        self.make_task(responsible="", product="")
        with self.assertRaises(ValidationError) as raised:
            services.directive_issue(acting_user=self.clerk, directive=self.directive)
        text = " ".join(raised.exception.messages)
        self.assertIn("lãnh đạo chịu trách nhiệm", text)
        self.assertIn("sản phẩm", text)
        self.assertFalse(AssignedTask.objects.issued().exists())
        self.assertFalse(OutboxMessage.objects.exists())

    def test_it_issues_the_tasks_and_tells_their_agencies(self):
        task = self.make_task(partners=[self.agency_b], due_text="10 ngày làm việc")
        with on(ISSUED):
            services.directive_issue(acting_user=self.clerk, directive=self.directive)
        task.refresh_from_db()
        self.assertEqual(task.state, TaskState.NOT_STARTED)
        # 10 working days from Monday 27/4/2026: 30/4 and 1/5 are holidays
        self.assertEqual(task.due_on, D(2026, 5, 13))
        told = set(OutboxMessage.objects.values_list("recipient__username", flat=True))
        self.assertEqual(told, {"officer_a", "officer_b"})
        self.assertTrue(self.directive.tasks.get().updates.filter(kind=UpdateKind.ISSUED))

    def test_a_day_the_commune_records_off_moves_a_working_day_deadline(self):
        # Friday 8/5/2026 off in the commune: 10 working days from 27/4 end on 14/5
        calendar_day_set(
            acting_user=self.clerk, commune=self.commune, day=D(2026, 5, 8), kind="off"
        )
        task = self.make_task(due_text="10 ngày làm việc")
        with on(ISSUED):
            services.directive_issue(acting_user=self.clerk, directive=self.directive)
        task.refresh_from_db()
        self.assertEqual(task.due_on, D(2026, 5, 14))

    def test_a_task_added_to_an_issued_document_is_issued_at_once(self):
        self.make_task()
        services.directive_issue(acting_user=self.clerk, directive=self.directive)
        later = self.make_task(title="Việc thêm")
        self.assertEqual(later.state, TaskState.NOT_STARTED)
        with self.assertRaises(ValidationError):
            self.make_task(title="Thiếu sản phẩm", product="")
        self.assertEqual(self.directive.tasks.count(), 2)

    def test_it_refuses_a_deadline_it_cannot_read(self):
        with self.assertRaises(ValidationError) as raised:
            self.make_task(due_text="sớm nhất có thể")
        self.assertIn("sớm nhất có thể", raised.exception.messages[0])

    def test_it_refuses_an_agency_of_another_commune(self):
        with self.assertRaises(ValidationError):
            self.make_task(lead=self.office_c)


class LifeTest(TasksTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.task = cls.make_task()
        with on(ISSUED):
            services.directive_issue(acting_user=cls.clerk, directive=cls.directive)

    def test_the_lead_agency_reports_progress(self):
        services.task_progress(
            acting_user=self.officer_a, task=self.task, percent=40, text="Đã dự thảo."
        )
        self.task.refresh_from_db()
        self.assertEqual((self.task.state, self.task.percent), (TaskState.IN_PROGRESS, 40))
        self.assertEqual(self.task.status(D(2026, 5, 1)), Status.ON_TIME)
        with self.assertRaises(ValidationError):
            services.task_progress(acting_user=self.officer_a, task=self.task, percent=50, text="")

    def test_it_closes_a_task_only_with_its_product(self):
        with on(D(2026, 6, 20)), self.assertRaises(ValidationError) as raised:
            services.task_close(acting_user=self.officer_a, task=self.task, done_on=D(2026, 6, 20))
        self.assertIn("sản phẩm", raised.exception.messages[0])
        self.assertEqual(AssignedTask.objects.get(pk=self.task.pk).state, TaskState.NOT_STARTED)
        with on(D(2026, 6, 20)):
            services.task_close(
                acting_user=self.officer_a,
                task=self.task,
                done_on=D(2026, 6, 20),
                result="Kế hoạch số 45/KH-UBND ngày 20/6/2026",
            )
        self.task.refresh_from_db()
        self.assertEqual(self.task.state, TaskState.DONE)
        self.assertEqual(self.task.status(D(2026, 8, 1)), Status.DONE_ON_TIME)
        self.assertTrue(OutboxMessage.objects.filter(recipient=self.clerk, body__contains="45/KH"))

    def test_the_issuer_confirms_or_sends_it_back(self):
        with on(D(2026, 7, 3)):
            services.task_close(
                acting_user=self.officer_a,
                task=self.task,
                done_on=D(2026, 7, 3),
                result_link="https://example.org/kh45.pdf",
            )
        with self.assertRaises(ValidationError):  # saying why is required
            services.task_confirm(acting_user=self.clerk, task=self.task, accept=False)
        services.task_confirm(
            acting_user=self.clerk, task=self.task, accept=False, comment="Thiếu phụ lục."
        )
        self.task.refresh_from_db()
        self.assertEqual((self.task.state, self.task.done_on), (TaskState.IN_PROGRESS, None))
        self.assertEqual(self.task.status(D(2026, 7, 4)), Status.OVERDUE)
        with on(D(2026, 7, 6)):
            services.task_close(
                acting_user=self.officer_a, task=self.task, done_on=D(2026, 7, 6), result="Đủ."
            )
        services.task_confirm(acting_user=self.standing, task=self.task, accept=True)
        self.task.refresh_from_db()
        self.assertEqual(self.task.state, TaskState.CONFIRMED)
        self.assertEqual(self.task.status(D(2026, 8, 1)), Status.DONE_LATE)
        kinds = list(TaskUpdate.objects.filter(task=self.task).values_list("kind", flat=True))
        self.assertEqual(kinds[:3], [UpdateKind.CONFIRMED, UpdateKind.DONE, UpdateKind.RETURNED])

    def test_it_cannot_complete_on_a_day_to_come(self):
        with on(D(2026, 6, 1)), self.assertRaises(ValidationError):
            services.task_close(
                acting_user=self.officer_a, task=self.task, done_on=D(2026, 6, 2), result="X"
            )

    def test_the_issuer_pauses_resumes_and_cancels(self):
        services.task_hold(acting_user=self.clerk, task=self.task, action="pause", reason="Chờ.")
        self.assertEqual(self.task.__class__.objects.get(pk=self.task.pk).state, "paused")
        with self.assertRaises(ValidationError):
            services.task_progress(acting_user=self.officer_a, task=self.task, percent=5, text="x")
        services.task_hold(acting_user=self.clerk, task=self.task, action="resume", reason="Tiếp.")
        services.task_hold(acting_user=self.clerk, task=self.task, action="cancel", reason="Bỏ.")
        self.task.refresh_from_db()
        self.assertEqual(self.task.status(D(2026, 8, 1)), Status.CANCELLED)
        self.assertEqual(AuditEntry.objects.for_object(self.task).count(), 4)

    def test_a_new_deadline_is_read_again(self):
        services.task_update(acting_user=self.clerk, task=self.task, due_text="Quý III/2026")
        self.task.refresh_from_db()
        self.assertEqual(self.task.due_on, D(2026, 9, 30))
        with self.assertRaises(ValidationError):  # an issued task keeps its five points
            services.task_update(acting_user=self.clerk, task=self.task, product="")
