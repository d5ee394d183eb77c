import datetime as dt

from hanhdong.reports.models import TaskStatus
from hanhdong.tasks.models import AssignedTask, Status, TaskState, status_of
from hanhdong.tasks.selectors import key_task_status
from hanhdong.tasks.tests.base import TasksTestCase

D = dt.date
DUE = D(2026, 6, 30)


class StatusTest(TasksTestCase):
    CASES = [
        # (state, due, done, today, status)
        (TaskState.NOT_STARTED, DUE, None, D(2026, 6, 1), Status.NOT_STARTED),
        (TaskState.NOT_STARTED, DUE, None, D(2026, 7, 1), Status.OVERDUE),
        (TaskState.IN_PROGRESS, DUE, None, D(2026, 6, 30), Status.ON_TIME),
        (TaskState.IN_PROGRESS, DUE, None, D(2026, 7, 1), Status.OVERDUE),
        (TaskState.IN_PROGRESS, None, None, D(2030, 1, 1), Status.ON_TIME),
        (TaskState.DONE, DUE, D(2026, 6, 30), D(2026, 8, 1), Status.DONE_ON_TIME),
        (TaskState.CONFIRMED, DUE, D(2026, 7, 2), D(2026, 8, 1), Status.DONE_LATE),
        (TaskState.CONFIRMED, None, D(2026, 7, 2), D(2026, 8, 1), Status.DONE_ON_TIME),
        (TaskState.PAUSED, DUE, None, D(2026, 8, 1), Status.PAUSED),
        (TaskState.CANCELLED, DUE, None, D(2026, 8, 1), Status.CANCELLED),
        (TaskState.DRAFT, DUE, None, D(2026, 8, 1), Status.DRAFT),
    ]

    def test_it_works_out_the_status_from_deadline_day_and_completion(self):
        for state, due, done, today, expected in self.CASES:
            with self.subTest(state=state, today=today):
                self.assertEqual(status_of(state, due, done, today), expected)

    def test_it_filters_by_status_in_the_database_as_it_works_it_out(self):
        task = self.make_task()
        for state, due, done, today, expected in self.CASES:
            AssignedTask.objects.filter(pk=task.pk).update(state=state, due_on=due, done_on=done)
            found = {s for s in Status.values if AssignedTask.objects.with_status(s, today)}
            with self.subTest(state=state, today=today):
                self.assertEqual(found, {expected})

    def test_it_reads_a_key_tasks_status_from_its_latest_accepted_report(self):
        today = D(2026, 7, 1)
        self.assertEqual(key_task_status(None, DUE, D(2026, 6, 1)), Status.NOT_STARTED)
        self.assertEqual(key_task_status(None, DUE, today), Status.OVERDUE)
        self.assertEqual(key_task_status(TaskStatus.ON_TRACK, None, today), Status.ON_TIME)
        self.assertEqual(key_task_status(TaskStatus.BEHIND, DUE, today), Status.OVERDUE)
        self.assertEqual(key_task_status(TaskStatus.COMPLETED, DUE, today), Status.DONE_ON_TIME)
        self.assertEqual(key_task_status(TaskStatus.COMPLETED_LATE, DUE, today), Status.DONE_LATE)
        self.assertEqual(key_task_status(TaskStatus.CANCELLED, DUE, today), Status.CANCELLED)
