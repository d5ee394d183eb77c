import datetime as dt
import json
from io import StringIO
from unittest import mock

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone

from hanhdong.demo.management.commands import demo
from hanhdong.demo.setup import demo_setup
from hanhdong.feedback.models import Feedback
from hanhdong.imports.services import draft_changes, import_draft_create, import_draft_save
from hanhdong.notifications.models import Notification, OutboxMessage
from hanhdong.notifications.worker import run_once
from hanhdong.orgs.models import Membership, Organization
from hanhdong.programs.formats import program_to_data
from hanhdong.programs.models import KeyTask, Program
from hanhdong.reports.models import ReportingPeriod, TargetValue
from hanhdong.targets.models import Target
from hanhdong.tasks.coverage import city_coverage


class DemoSetupTest(TestCase):
    def counts(self):
        models = (Organization, Membership, Program, KeyTask, Target, get_user_model())
        return [m.objects.count() for m in models]

    def test_it_sets_up_the_demo_twice_without_duplicates_and_serves_it_where_told(self):
        out = StringIO()
        call_command("demo", "--setup-only", stdout=out)
        first = self.counts()
        served = []

        def commands(name, *args, **options):
            if name == "runserver":
                served.append(args)
                return None
            return call_command(name, *args, **options)

        # again, and served (``make demo PORT=8101``): the server's start is only recorded
        with mock.patch.object(demo, "call_command", commands):
            call_command("demo", "--addrport", "127.0.0.1:8101", stdout=StringIO())
        self.assertEqual(served, [("127.0.0.1:8101",)])
        self.assertEqual(self.counts(), first)
        program = Program.objects.get(commune__code="hp-nghiduong")
        self.assertEqual(program.key_tasks.count(), 27)
        # the city's program, which the demo commune's areas carry out
        found = city_coverage(Organization.objects.get(code="hp"), timezone.localdate())
        self.assertEqual((found.program.number, found.linked), ("05-CTr/TU", 1))
        self.assertEqual(found.uncovered, 3)
        self.assertEqual(program.targets.count(), 16)
        self.assertIn("vanphong", out.getvalue())
        self.assertIn("hanhdong-demo", out.getvalue())
        # every demo task has a lead unit and an area
        for task in KeyTask.objects.prefetch_related("sections"):
            self.assertIsNotNone(task.lead, task)
            self.assertTrue(task.sections.all(), task)


# a day of the demo's term: its latest period (9 months of 2026, due 15/09) escalated long
# ago, the next deadlines (15/12) beyond the reminders' three days
DEMO_DAY = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


class DemoWorkerTest(TestCase):
    """After the demo loads its history, the worker's first pass sends only what today
    calls for — not the reports the history submitted and reviewed, nor the deadlines of
    periods that history closed long ago."""

    @classmethod
    def setUpTestData(cls):
        with mock.patch("django.utils.timezone.now", return_value=DEMO_DAY):
            demo_setup()
            cls.closed = set(
                ReportingPeriod.objects.filter(closed=True).values_list("pk", flat=True)
            )
            cls.open_before = set(
                ReportingPeriod.objects.filter(
                    closed=False, due_on__lt=timezone.localdate()
                ).values_list("pk", flat=True)
            )
            cls.queued, cls.delivered = run_once()

    def test_the_first_pass_sends_little(self):
        self.assertLessEqual(Notification.objects.count(), 5)
        self.assertEqual(self.delivered, Notification.objects.count())
        self.assertFalse(OutboxMessage.objects.filter(sent_at__isnull=True).exists())

    def test_nothing_is_about_a_closed_period_or_the_history(self):
        self.assertTrue(self.closed)  # the periods the history escalated long ago
        self.assertEqual(self.open_before, set())
        for note in Notification.objects.select_related("source"):
            kind, about = note.source.key.split(":")[:2]
            with self.subTest(key=note.source.key):
                self.assertNotIn(kind, {"submitted", "reviewed", "feedback", "feedback-assign"})
                if kind in {"remind", "overdue", "escalate"}:
                    self.assertNotIn(int(about), self.closed)

    def test_the_history_s_own_messages_count_as_delivered_then(self):
        history = OutboxMessage.objects.filter(key__startswith="submitted:")
        self.assertGreater(history.count(), 100)
        self.assertFalse(history.filter(sent_at__isnull=True).exists())
        self.assertFalse(Feedback.objects.filter(notified=False).exists())


class DemoRevisionTest(TestCase):
    """The demo's program revised with a target's indicator reworded, as a clerk would:
    upload, preview, save. Every value its agencies reported stays (a revision used to
    drop a reworded target's values with it)."""

    @classmethod
    def setUpTestData(cls):
        with mock.patch("django.utils.timezone.now", return_value=DEMO_DAY):
            cls.program = demo_setup()["program"]
        cls.clerk = get_user_model().objects.get(username="vanphong")

    def test_it_keeps_every_reported_value(self):
        values = TargetValue.objects.filter(target__program=self.program)
        before = values.count()
        self.assertGreater(before, 12)
        poor = self.program.targets.get(indicator="hộ nghèo theo chuẩn nghèo đa chiều")
        reported = list(poor.values.values_list("value", flat=True).order_by("period__cutoff_on"))
        doc = program_to_data(self.program)
        for target in doc["targets"]:
            if target["indicator"] == poor.indicator:
                target["indicator"] = "số hộ nghèo theo chuẩn nghèo đa chiều còn lại trên địa bàn"
        draft = import_draft_create(
            acting_user=self.clerk,
            commune=self.program.commune,
            content=json.dumps(doc).encode(),
            name="ctr-dieu-chinh.json",
            program=self.program,
        )
        kept = draft_changes(draft)["kept"]
        self.assertEqual(
            [(k["change"], k["id"], k["count"]) for k in kept],
            [("reworded", poor.pk, len(reported))],
        )
        import_draft_save(acting_user=self.clerk, draft=draft, chosen={})
        self.assertEqual(values.count(), before)
        poor.refresh_from_db()
        self.assertEqual(
            poor.indicator, "số hộ nghèo theo chuẩn nghèo đa chiều còn lại trên địa bàn"
        )
        self.assertFalse(poor.is_withdrawn)
        self.assertEqual(
            list(poor.values.values_list("value", flat=True).order_by("period__cutoff_on")),
            reported,
        )
        self.assertEqual(self.program.targets.current().count(), 16)
