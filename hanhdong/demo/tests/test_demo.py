from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase

from hanhdong.orgs.models import Membership, Organization
from hanhdong.programs.models import KeyTask, Program
from hanhdong.targets.models import Target


class DemoSetupTest(TestCase):
    def counts(self):
        models = (Organization, Membership, Program, KeyTask, Target, get_user_model())
        return [m.objects.count() for m in models]

    def test_it_sets_up_the_demo_twice_without_duplicates(self):
        out = StringIO()
        call_command("demo", "--setup-only", stdout=out)
        first = self.counts()
        call_command("demo", "--setup-only", stdout=StringIO())
        self.assertEqual(self.counts(), first)
        program = Program.objects.get()
        self.assertEqual(program.key_tasks.count(), 27)
        self.assertEqual(program.targets.count(), 16)
        self.assertIn("vanphong", out.getvalue())
        self.assertIn("hanhdong-demo", out.getvalue())

    def test_every_demo_task_has_a_lead_unit_and_an_area(self):
        call_command("demo", "--setup-only", stdout=StringIO())
        for task in KeyTask.objects.prefetch_related("sections"):
            self.assertIsNotNone(task.lead, task)
            self.assertTrue(task.sections.all(), task)
