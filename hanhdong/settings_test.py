"""Settings of the test suite: the application's own, with what keeps the suite fast.

Loaded by pytest (``pyproject.toml``) after ``hanhdong.pytest_env`` has set the
environment; nothing here changes what a test checks.
"""

from hanhdong.settings import *  # noqa: F403 — the application's settings, then the changes

# Hashing every persona's password with PBKDF2 cost most of the suite's time; the hasher is
# not what the tests are about (production keeps Django's default).
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
