"""Where the demo is served: 127.0.0.1:8000 unless told (``make demo PORT=8101``)."""

import os
import shutil
import subprocess

from django.test import SimpleTestCase

from hanhdong.test import REPO_ROOT


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
