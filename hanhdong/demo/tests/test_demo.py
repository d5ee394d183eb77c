import os
import shutil
import subprocess
from io import StringIO
from unittest import mock

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import SimpleTestCase, TestCase

from hanhdong.demo.management.commands import demo
from hanhdong.orgs.models import Membership, Organization
from hanhdong.programs.models import KeyTask, Program
from hanhdong.targets.models import Target
from hanhdong.test import REPO_ROOT


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


class DemoServeTest(TestCase):
    def test_the_demo_is_served_where_it_is_told(self):
        served = []

        def commands(name, *args, **options):
            if name == "runserver":
                served.append(args)
                return None
            return call_command(name, *args, **options)

        with mock.patch.object(demo, "call_command", commands):
            call_command("demo", "--addrport", "127.0.0.1:8101", stdout=StringIO())
        self.assertEqual(served, [("127.0.0.1:8101",)])


class MakeDemoTest(SimpleTestCase):
    def make_demo(self, *args) -> str:
        make = shutil.which("make")
        if make is None:
            self.skipTest("make is not installed")
        env = {k: v for k, v in os.environ.items() if k != "PORT"}
        run = subprocess.run(
            [make, "--dry-run", "demo", *args],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        return run.stdout

    def test_make_demo_serves_on_8000_or_on_the_port_given(self):
        self.assertIn("hanhdong demo --addrport 127.0.0.1:8000", self.make_demo())
        self.assertIn("hanhdong demo --addrport 127.0.0.1:8101", self.make_demo("PORT=8101"))
