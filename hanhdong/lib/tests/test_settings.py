"""Settings from the environment, checked in a fresh interpreter per case."""

import os
import secrets
import subprocess
import sys

import pytest

from hanhdong.test import REPO_ROOT


def run(args, **env):
    full_env = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "HANHDONG_HTTPS")}
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "hanhdong.cli", *args],
        env=full_env,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_check():
    result = run(
        ["check", "--deploy"],
        SECRET_KEY=secrets.token_urlsafe(50)[:50],
        DEBUG="0",
        ALLOWED_HOSTS="example.org",
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNING" not in result.stderr + result.stdout


def test_a_malformed_value_fails_loudly():
    result = run(["check"], DEBUG="maybe")
    assert result.returncode != 0
    assert "DEBUG='maybe' is not a boolean" in result.stderr


@pytest.mark.parametrize("value", ["0", "false"])
def test_debug_is_off_unless_asked(value):
    result = run(
        ["shell", "-c", "from django.conf import settings; print(settings.DEBUG)"], DEBUG=value
    )
    assert result.stdout.strip().endswith("False")


@pytest.mark.parametrize("prepared, options", [("", "True 5"), ("0", "None None")])
def test_postgresql_prepares_repeated_statements_unless_told_not_to(prepared, options):
    """A pooler in transaction mode cannot keep a connection's prepared statements:
    DB_PREPARED=0 turns them off. Nothing here connects to the database."""
    shown = (
        "from django.conf import settings; o = settings.DATABASES['default'].get('OPTIONS', {});"
        " print(o.get('server_side_binding'), o.get('prepare_threshold'))"
    )
    env = {"DATABASE_URL": "postgres://u@db.invalid:5432/x", "DB_PREPARED": prepared}
    result = run(["shell", "-c", shown], **{k: v for k, v in env.items() if v})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(options)
