"""Test-run environment, loaded as a pytest plugin (-p) before pytest-django reads settings.

Tests speak plain HTTP through Django's test client, so the HTTPS hardening that is on
whenever DEBUG is off must be off here (its effect is checked by ``check --deploy`` tests).
"""

import os

os.environ["HANHDONG_HTTPS"] = "0"
os.environ.pop("DEBUG", None)
