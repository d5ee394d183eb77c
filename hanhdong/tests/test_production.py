"""The production commands end to end, each in installations of their own (a var folder and
a database: SQLite, or PostgreSQL when the suite runs on it), driven as an administrator
drives them: `hanhdong serve` answers /healthz under gunicorn and stops on TERM; a backup
taken while reports are being filed restores into an empty installation with every report
committed before it began, and every report it holds has its file."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.db import connection

from hanhdong.test import REPO_ROOT


class Installation:
    """A var folder and a database of its own, and how to run `hanhdong` in it."""

    def __init__(self, var: Path, database_url: str | None):
        self.var, self.database_url = var, database_url

    def env(self, **extra) -> dict:
        env = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "HANHDONG_HTTPS")}
        env.pop("DATABASE_URL", None)
        env.pop("DATABASE_REPLICA_URL", None)  # an installation of its own, replica-less
        env.update(HANHDONG_VAR_DIR=str(self.var), DJANGO_SETTINGS_MODULE="hanhdong.settings")
        if self.database_url:
            env["DATABASE_URL"] = self.database_url
        env.update(extra)
        return env

    def run(self, *args, **extra) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [sys.executable, "-m", "hanhdong.cli", *args],
            env=self.env(**extra),
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        return result

    def query(self, sql: str) -> list[tuple]:
        if self.database_url is None:
            with contextlib.closing(sqlite3.connect(self.var / "hanhdong.sqlite3")) as db:
                return db.execute(sql).fetchall()
        import psycopg

        with psycopg.connect(self.database_url) as db:
            return db.execute(sql).fetchall()


class Installations:
    """Makes installations from one migrated template: a copy of its SQLite file, or a
    PostgreSQL database created from it, so that the suite migrates once."""

    def __init__(self, root: Path):
        self.root, self.made = root, []
        self.postgres = connection.vendor == "postgresql"
        if self.postgres:
            self.base = connection.settings_dict["NAME"]
            url = urlsplit(os.environ["DATABASE_URL"])
            self.url = lambda name: urlunsplit(url._replace(path=f"/{name}"))
            self.admin = lambda: __import__("psycopg").connect(
                self.url("postgres"), autocommit=True
            )
        self.template = self._new("template", empty=True)
        self.template.run("migrate", "-v0")

    def _new(self, name: str, *, empty: bool) -> Installation:
        var = self.root / name
        var.mkdir()
        url = None
        if self.postgres:
            database = f"{self.base}_{name}"
            template = "" if empty else f" TEMPLATE {self.base}_template"
            with self.admin() as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
                admin.execute(f'CREATE DATABASE "{database}"{template}')
            self.made.append(database)
            url = self.url(database)
        elif not empty:
            shutil.copy(self.template.var / "hanhdong.sqlite3", var / "hanhdong.sqlite3")
        return Installation(var, url)

    def migrated(self, name: str) -> Installation:
        return self._new(name, empty=False)

    def empty(self, name: str) -> Installation:
        return self._new(name, empty=True)

    def drop(self):
        if self.postgres:
            with self.admin() as admin:
                for database in self.made:
                    admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


@pytest.fixture(scope="module")
def installations(tmp_path_factory, django_db_setup, django_db_blocker):
    # django_db_setup: the suite's database is made, and named, first (the copies' names
    # start with its name)
    with django_db_blocker.unblock():
        made = Installations(tmp_path_factory.mktemp("installations"))
    yield made
    made.drop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def test_it_serves_healthz_under_gunicorn_and_stops_on_term(installations):
    site = installations.migrated("serve")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "hanhdong.cli", "serve", f"--bind=127.0.0.1:{port}", "--workers=2"],
        env=site.env(ALLOWED_HOSTS="hanhdong.example.org", HANHDONG_LOG_FORMAT="json"),
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines = []
    reader = threading.Thread(target=lambda: lines.extend(server.stdout), daemon=True)
    reader.start()
    try:
        url = f"http://127.0.0.1:{port}/healthz"
        deadline = time.monotonic() + 30
        while True:
            try:
                status, body = get_json(url)
                break
            except OSError:
                assert server.poll() is None, "".join(lines)
                assert time.monotonic() < deadline, "gunicorn did not answer in 30 s"
                time.sleep(0.2)
        # production settings: HTTPS on and another host name, yet the check by address
        # over plain HTTP is answered; no worker has passed yet
        assert (status, body["database"], body["status"]) == (200, "ok", "degraded")
        assert body["worker"] == {"last_pass": None, "age_s": None}
        site.run("worker", "--once")
        status, body = get_json(url)
        assert (status, body["status"]) == (200, "ok")
        assert 0 <= body["worker"]["age_s"] < 60
        request = urllib.request.Request(f"http://127.0.0.1:{port}/login/")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=5)
        assert refused.value.code == 400  # any other page: not a host of ours
    finally:
        server.send_signal(signal.SIGTERM)
        returncode = server.wait(timeout=20)
        reader.join(timeout=5)
    assert returncode == 0
    log = "".join(lines)
    assert "Booting worker" in log and "Shutting down" in log
    # every line a JSON object: the command's own, gunicorn's and the worker's alike
    records = [json.loads(line) for line in lines]
    assert records[0]["message"] == f"serving on http://127.0.0.1:{port}/ with 2 workers"
    passes = site.run("worker", "--once", HANHDONG_LOG_FORMAT="json")
    assert json.loads(passes.stderr.strip().splitlines()[-1])["message"].startswith("queued")
    access = [json.loads(line) for line in lines if '"logger": "access"' in line]
    assert {(a["path"], a["status"]) for a in access} == {("/healthz", 200), ("/login/", 400)}


def test_a_backup_taken_while_reports_are_filed_restores_every_committed_one(installations):
    source = installations.migrated("source")
    # an earlier backup, in its own folder: the archive below holds its record
    source.run("backup", "--to", str(source.var / "earlier"))
    stop = source.var / "stop"
    writer = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("backup_writer.py")), str(stop)],
        env=source.env(),
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    committed: list[tuple[int, str, str, float]] = []  # id, file, sha256, when it was read

    def read():
        for line in writer.stdout:
            if line.strip() != "ready":
                report, name, digest = line.split()
                committed.append((int(report), name, digest, time.monotonic()))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 60
        while len(committed) < 20:
            assert writer.poll() is None, writer.stderr.read()
            assert time.monotonic() < deadline, "the writer filed no reports"
            time.sleep(0.05)
        before = list(committed)  # every one of these had committed when the backup began
        began = time.monotonic()
        source.run("backup", "--to", str(source.var / "backups"))
        ended = time.monotonic()
    finally:
        stop.touch()
        writer.wait(timeout=30)
        reader.join(timeout=10)
    assert writer.returncode == 0, writer.stderr.read()
    during = [c for c in committed if began < c[3] < ended]
    assert during, "no report was filed while the backup ran: the test proves nothing"

    (archive,) = (source.var / "backups").glob("hanhdong-*.tar.gz")
    target = installations.empty("target")
    restored = target.run("restore", str(archive))
    assert "restored" in restored.stdout and "SECRET_KEY" not in restored.stdout

    reports = [r for (r,) in target.query("SELECT id FROM reports_progressreport ORDER BY id")]
    order = [c[0] for c in committed]
    # a snapshot: exactly the reports committed up to one moment, none skipped
    assert reports == order[: len(reports)]
    assert set(order[: len(before)]) <= set(reports)
    files = dict(target.query("SELECT report_id, file FROM reports_attachment"))
    assert set(files) == set(reports)  # every report with its file, no file without its report
    expected = {c[0]: (c[1], c[2]) for c in committed}
    media = target.var / "media"
    for report, name in files.items():
        assert (name, hashlib.sha256((media / name).read_bytes()).hexdigest()) == expected[report]
    audited = target.query(
        "SELECT COUNT(*) FROM audit_auditentry a JOIN django_content_type t "
        "ON a.content_type_id = t.id WHERE t.model = 'progressreport'"
    )
    assert audited == [(len(reports),)]  # and its audit row, of the same transaction
    assert (target.var / "secret_key").read_text() == (source.var / "secret_key").read_text()
    # the source's records of its backups are not this installation's: none is restored, so
    # /healthz reports none and the worker takes the first nightly backup at its first pass
    assert source.query("SELECT COUNT(*) FROM ops_backup") == [(2,)]
    assert target.query("SELECT COUNT(*) FROM ops_backup") == [(0,)]

    # the restored installation answers, and refuses to be restored over
    assert "No planned migration" in target.run("migrate", "--plan").stdout
    again = subprocess.run(
        [sys.executable, "-m", "hanhdong.cli", "restore", str(archive)],
        env=target.env(),
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert again.returncode != 0 and "not empty" in again.stderr


def test_the_deploy_files_name_only_settings_and_commands_that_exist():
    from django.core.management import get_commands

    deploy = REPO_ROOT / "deploy"
    settings_source = (REPO_ROOT / "hanhdong" / "settings.py").read_text()
    names = re.findall(r"^#?([A-Z][A-Z_]+)=", (deploy / "env.example").read_text(), re.M)
    assert "DATABASE_URL" in names and "HANHDONG_BACKUP_DIR" in names
    unknown = [n for n in names if not re.search(rf'env_\w+\(\s*"{n}"', settings_source)]
    assert unknown == []
    commands = set(get_commands())
    exec_start = re.compile(r"^ExecStart=\S+/hanhdong (\w+)", re.M)
    used = [
        *exec_start.findall((deploy / "hanhdong.service").read_text()),
        *exec_start.findall((deploy / "hanhdong-worker.service").read_text()),
        *re.findall(r'command: \["(\w+)"', (deploy / "compose.yaml").read_text()),
    ]
    assert sorted(used) == ["migrate", "serve", "serve", "worker", "worker"]
    assert set(used) <= commands


def test_production_logs_emails_without_a_mail_server_and_links_them_to_its_address(tmp_path):
    show = "from django.conf import settings as s; print(s.EMAIL_BACKEND, s.HANHDONG_SITE_URL)"
    site = Installation(tmp_path, None)
    origins = "https://hanhdong.example.gov.vn/,https://other.example"
    printed = site.run("shell", "-v", "0", "-c", show, CSRF_TRUSTED_ORIGINS=origins).stdout.split()
    assert printed == ["hanhdong.notifications.mail.LoggedBackend", origins.split("/,")[0]]
    printed = site.run(
        "shell", "-v", "0", "-c", show, DEBUG="1", HANHDONG_SITE_URL="http://x.test/"
    )
    assert printed.stdout.split() == [
        "django.core.mail.backends.console.EmailBackend",
        "http://x.test",
    ]
    printed = site.run("shell", "-v", "0", "-c", show, EMAIL_HOST="smtp.example.org").stdout.split()
    assert printed == ["django.core.mail.backends.smtp.EmailBackend"]
