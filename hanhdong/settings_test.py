"""Settings of the test suite: the application's own, with what keeps the suite fast.

Loaded by pytest (``pyproject.toml``) after ``hanhdong.pytest_env`` has set the
environment; nothing here changes what a test checks.
"""

import atexit
import shutil
import tempfile
from pathlib import Path

from hanhdong.settings import *  # noqa: F403 — the application's settings, then the changes

# Hashing every persona's password with PBKDF2 cost most of the suite's time; the hasher is
# not what the tests are about (production keeps Django's default).
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# files the tests upload go to a folder of the run's own, not to ./var/media
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="hanhdong-test-media-"))
atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)

# tests read queued uploads themselves (a test's transaction is not seen by another thread)
HANHDONG_IMPORT_THREAD = False
