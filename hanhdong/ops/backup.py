"""Backups that restore: one archive with the database, the uploaded files and the generated
secret key, every member's checksum in its manifest; and its restore into an empty
installation.

The archive is a gzipped tar, ``hanhdong-<UTC time>.tar.gz``, with beside it the same name
and ``.sha256`` (the whole archive's checksum, as ``sha256sum -c`` reads it). It holds:

  database.sqlite3 | database.pgdump   SQLite's online backup, or pg_dump's custom format
  media/…                              every file under MEDIA_ROOT
  secret_key                           the key settings generated (absent when SECRET_KEY
                                       is set in the environment: keep that yourself)
  manifest.json                        last: the format, the app's version, when, the
                                       database's vendor, the migrations applied per app,
                                       and the sha256 and size of every other member

Consistency while people work: the database is copied first, as one snapshot (the online
backup API reads the database in one step; pg_dump reads it in one transaction), then the
files. A change's files are written before its transaction commits and never removed after
(``lib.files.stored``), so every file a copied row names is on disk when the files are
read; the file of a change that committed after the snapshot may come along, unnamed and
harmless.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import importlib.metadata
import io
import json
import logging
import os
import pwd
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from hanhdong.ops.models import Backup, BackupKind

log = logging.getLogger(__name__)

FORMAT = "hanhdong.backup/1"
ARCHIVE_NAME = re.compile(r"^hanhdong-(\d{8}T\d{6}Z)(?:-(\d+))?\.tar\.gz$")
MANIFEST = "manifest.json"
SECRET_KEY_FILE = "secret_key"
MEDIA = "media"
DUMPS = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
# the worker takes a backup when its last is a day old (less a few minutes, so that the
# hour does not creep later by one pass every day)
NIGHTLY_DUE = dt.timedelta(days=1) - dt.timedelta(minutes=5)
CHUNK = 1024 * 1024
SQLITE_PATIENCE = 600  # seconds a SQLite backup waits for a lock before it gives up


class BackupError(Exception):
    """Why a backup or a restore cannot go on, in words for the administrator."""


@dataclass(frozen=True)
class Written:
    path: Path
    size: int
    sha256: str
    manifest: dict


# --- taking a backup ---------------------------------------------------------------------


def create(folder: Path, *, kind: str = BackupKind.COMMAND) -> Written:
    """Write one archive of this installation into ``folder``; record it and return it.

    It runs outside any transaction: the snapshot is of what is committed."""
    if connection.in_atomic_block:
        raise RuntimeError("a backup is taken outside any transaction")
    folder = Path(folder)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    created = timezone.now()
    path = _free_name(folder, created)
    partial = folder / f".{path.name}.partial"  # never mistaken for a backup, nor pruned
    try:
        with tempfile.TemporaryDirectory(dir=folder, prefix=".hanhdong-backup-") as scratch:
            migrations = applied_migrations()
            dump, database = _dump_database(Path(scratch))
            members: dict[str, dict] = {}
            # the archive holds personal data and the secret key: its owner's alone
            os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
                _add_file(tar, dump, dump.name, members)
                for file, name in _media_files():
                    _add_file(tar, file, name, members)
                secret = _generated_secret_key()
                if secret is not None:
                    _add_bytes(tar, SECRET_KEY_FILE, secret, members)
                manifest = {
                    "format": FORMAT,
                    "app_version": importlib.metadata.version("hanhdong"),
                    "created_at": created.isoformat(),
                    "database": database,
                    "migrations": migrations,
                    "secret_key": "included" if secret is not None else "environment",
                    "members": members,
                }
                _add_bytes(tar, MANIFEST, json.dumps(manifest, indent=1).encode(), None)
        digest = file_sha256(partial)
        size = partial.stat().st_size
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    # readable by its owner alone, as the archive, whatever umask the command ran under
    sidecar = path.with_name(path.name + ".sha256")
    with os.fdopen(os.open(sidecar, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as out:
        out.write(f"{digest}  {path.name}\n")
    Backup.objects.create(taken_at=created, kind=kind, path=str(path), size=size, sha256=digest)
    log.info(
        "backup written: %s (%d bytes, %d uploaded files)",
        path,
        size,
        sum(1 for name in members if name.startswith(f"{MEDIA}/")),
        extra={"path": str(path), "size": size, "sha256": digest, "kind": str(kind)},
    )
    return Written(path=path, size=size, sha256=digest, manifest=manifest)


def _free_name(folder: Path, moment: dt.datetime) -> Path:
    stem = f"hanhdong-{moment.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}"
    path, n = folder / f"{stem}.tar.gz", 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}.tar.gz"
    return path


def applied_migrations() -> dict[str, list[str]]:
    applied: dict[str, list[str]] = {}
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app, []).append(name)
    return applied


def _dump_database(scratch: Path) -> tuple[Path, dict]:
    vendor = connection.vendor
    if vendor == "sqlite":
        target = scratch / DUMPS["sqlite"]
        connection.ensure_connection()
        copy = sqlite3.connect(target)
        deadline = time.monotonic() + SQLITE_PATIENCE

        def patience(status, remaining, total):
            if time.monotonic() > deadline:  # the database stayed locked: give up, say so
                raise BackupError("the SQLite database stayed locked; no backup was written")

        try:
            # one step: the whole database read under one read lock, writers carrying on (WAL)
            connection.connection.backup(copy, progress=patience, sleep=0.1)
            copy.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        finally:
            copy.close()
        return target, {"vendor": vendor, "file": target.name}
    if vendor == "postgresql":
        target = scratch / DUMPS["postgresql"]
        program = _pg_program("pg_dump")
        client, server = _major(program), connection.pg_version // 10000
        if client < server:
            raise BackupError(
                f"pg_dump {client} cannot dump a PostgreSQL {server} server: "
                f"install postgresql-client-{server}"
            )
        _run([program, "--format=custom", "--no-owner", "--no-privileges", f"--file={target}"])
        return target, {
            "vendor": vendor,
            "file": target.name,
            "server_major": server,
            "pg_dump_major": client,
        }
    raise BackupError(f"no backup for a {vendor} database")


def _media_files():
    root = Path(settings.MEDIA_ROOT)
    if not root.is_dir():
        return
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            path = Path(folder, name)
            if path.is_file() and not path.is_symlink():
                yield path, f"{MEDIA}/{path.relative_to(root).as_posix()}"


def _generated_secret_key() -> bytes | None:
    """The key file settings generated, when it is the key in use (not SECRET_KEY)."""
    path = Path(settings.VAR_DIR) / SECRET_KEY_FILE
    if path.is_file() and path.read_text().strip() == settings.SECRET_KEY:
        return path.read_bytes()
    return None


class _Hashing(io.RawIOBase):
    """Reads a file for tarfile, hashing what passes."""

    def __init__(self, raw):
        self.raw, self.hash = raw, hashlib.sha256()

    def read(self, size=-1):
        data = self.raw.read(size)
        self.hash.update(data)
        return data


def _tar_info(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = size, 0o600, int(timezone.now().timestamp())
    return info


def _add_file(tar: tarfile.TarFile, path: Path, name: str, members: dict) -> None:
    with open(path, "rb") as raw:
        info = _tar_info(name, os.fstat(raw.fileno()).st_size)
        reader = _Hashing(raw)
        tar.addfile(info, reader)  # exactly info.size bytes: a file growing meanwhile is cut
    members[name] = {"sha256": reader.hash.hexdigest(), "size": info.size}


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes, members: dict | None) -> None:
    tar.addfile(_tar_info(name, len(data)), io.BytesIO(data))
    if members is not None:
        members[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# --- the worker's nightly backup ---------------------------------------------------------


def nightly(now: dt.datetime | None = None) -> Written | None:
    """Take a backup into HANHDONG_BACKUP_DIR when the last the worker took is a day old,
    and keep the newest HANHDONG_BACKUP_KEEP archives there; None when none was due (or
    backups are off, or another worker is taking one)."""
    if not settings.HANHDONG_BACKUP_DIR:
        return None
    folder = Path(settings.HANHDONG_BACKUP_DIR)

    def due() -> bool:
        last = Backup.objects.filter(kind=BackupKind.NIGHTLY).values_list("taken_at", flat=True)
        latest = last.first()
        return latest is None or (now or timezone.now()) - latest >= NIGHTLY_DUE

    if not due():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    with _lock(folder / ".lock") as held:
        if not held or not due():
            return None
        written = create(folder, kind=BackupKind.NIGHTLY)
        for gone in prune(folder, settings.HANHDONG_BACKUP_KEEP):
            log.info("old backup removed: %s", gone, extra={"path": str(gone)})
        return written


@contextlib.contextmanager
def _lock(path: Path):
    with open(path, "a") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def prune(folder: Path, keep: int) -> list[Path]:
    """Remove all but the newest ``keep`` archives in ``folder`` (their names tell when they
    were taken); the removed ones, oldest first."""
    taken = {p: ARCHIVE_NAME.match(p.name) for p in Path(folder).iterdir()}
    archives = sorted(
        (p for p, name in taken.items() if name),
        key=lambda p: (taken[p][1], int(taken[p][2] or 1)),
    )
    doomed = archives[: max(0, len(archives) - max(1, keep))]
    for path in doomed:
        path.unlink(missing_ok=True)
        path.with_name(path.name + ".sha256").unlink(missing_ok=True)
    return doomed


# --- reading and restoring ---------------------------------------------------------------


def _safe_name(info: tarfile.TarInfo) -> str:
    name = PurePosixPath(info.name)
    if (
        not info.isfile()
        or name.is_absolute()
        or ".." in name.parts
        or not name.parts
        or (name.parts[0] == MEDIA and len(name.parts) < 2)
    ):
        raise BackupError(f"the archive holds an unexpected member: {info.name!r}")
    return name.as_posix()


def verify(archive: Path) -> dict:
    """The archive's manifest, once every member matches its checksum (and the archive its
    .sha256 beside it, when there is one); BackupError otherwise."""
    archive = Path(archive)
    if not archive.is_file():
        raise BackupError(f"no such archive: {archive}")
    sidecar = archive.with_name(archive.name + ".sha256")
    _check_readable(archive)
    if sidecar.is_file():
        _check_readable(sidecar)
        expected = sidecar.read_text().split()[:1]
        if expected != [file_sha256(archive)]:
            raise BackupError(f"{archive.name} does not match its checksum in {sidecar.name}")
    seen: dict[str, dict] = {}
    manifest = None
    try:
        with tarfile.open(archive, "r:gz") as tar:
            for info in tar:
                name = _safe_name(info)
                digest, data = hashlib.sha256(), bytearray()
                source = tar.extractfile(info)
                while chunk := source.read(CHUNK):
                    digest.update(chunk)
                    if name == MANIFEST:
                        data += chunk
                if name == MANIFEST:
                    manifest = json.loads(data)
                else:
                    seen[name] = {"sha256": digest.hexdigest(), "size": info.size}
    except (tarfile.TarError, EOFError, OSError, ValueError) as error:
        raise BackupError(f"{archive.name} is not a readable backup: {error}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{archive.name} has no {FORMAT} manifest")
    listed = manifest.get("members", {})
    wrong = sorted(n for n in set(seen) | set(listed) if seen.get(n) != listed.get(n))
    if wrong:
        raise BackupError(
            f"{archive.name} is damaged: {len(wrong)} member(s) do not match the manifest "
            f"({', '.join(wrong[:5])})"
        )
    return manifest


def _check_readable(path: Path) -> None:
    """BackupError, saying what to do, when this process may not read ``path`` — an archive
    copied by root is root's, and the command runs as the service's user."""
    try:
        with open(path, "rb"):
            pass
    except OSError as error:
        user = pwd.getpwuid(os.geteuid()).pw_name
        raise BackupError(
            f"cannot read {path}: {error.strerror}. This command runs as {user}: give the "
            f"file to that user (chown {user} {path}) and run it again"
        ) from None


@dataclass(frozen=True)
class Restored:
    manifest: dict
    files: int
    migrated: bool


def restore(archive: Path, *, force: bool = False) -> Restored:
    """Restore ``archive`` into this installation: its database (which must be empty unless
    ``force``), MEDIA_ROOT (likewise) and the generated secret key; then migrate when the
    archive is older than the code. Every checksum is verified before anything is written."""
    manifest = verify(archive)
    vendor = manifest["database"]["vendor"]
    if vendor != connection.vendor:
        raise BackupError(
            f"the archive holds a {vendor} database; this installation uses {connection.vendor}"
        )
    known = set(MigrationLoader(None, ignore_no_migrations=True).graph.nodes)
    archived = {(app, name) for app, names in manifest["migrations"].items() for name in names}
    if archived - known:
        raise BackupError(
            f"the archive comes from a newer hanhdong ({manifest['app_version']}, migrations "
            f"this one does not know: {', '.join(sorted(map('.'.join, archived - known))[:5])}"
            "): install that version first"
        )
    media_root = Path(settings.MEDIA_ROOT)
    if not force:
        tables = connection.introspection.table_names()
        if tables:
            raise BackupError(
                f"the database is not empty ({len(tables)} tables): restore into an empty "
                "one, or give --force to replace what it holds"
            )
        if media_root.is_dir() and any(p.is_file() for p in media_root.rglob("*")):
            raise BackupError(
                f"{media_root} is not empty: restore into an empty installation, or give "
                "--force to replace its files"
            )
    if vendor == "postgresql":
        dump_major, client = (
            manifest["database"]["pg_dump_major"],
            _major(_pg_program("pg_restore")),
        )
        if client < dump_major:
            raise BackupError(
                f"pg_restore {client} cannot read a dump of pg_dump {dump_major}: "
                f"install postgresql-client-{dump_major}"
            )
    files = 0
    with tempfile.TemporaryDirectory(dir=settings.VAR_DIR, prefix=".restore-") as scratch:
        dump = Path(scratch) / manifest["database"]["file"]
        with tarfile.open(archive, "r:gz") as tar:
            for info in tar:
                name = _safe_name(info)
                if name == dump.name:
                    _extract(tar, info, dump)
            _restore_database(dump, force=force)
            if force and media_root.is_dir():
                shutil.rmtree(media_root)
            for info in tar:  # the members are cached from the first pass
                name = _safe_name(info)
                if name.startswith(f"{MEDIA}/"):
                    _extract(tar, info, media_root.joinpath(*PurePosixPath(name).parts[1:]))
                    files += 1
                elif name == SECRET_KEY_FILE:
                    key = Path(settings.VAR_DIR) / SECRET_KEY_FILE
                    _extract(tar, info, key)
                    key.chmod(0o600)
    migrated = bool(known - archived)
    if migrated:
        call_command("migrate", interactive=False, verbosity=0)
    # the archive's records of backups are of the archives its installation took, in its own
    # folder: here they would stand for backups this installation does not have (/healthz
    # would report them, and the first nightly backup would wait a day after the last one)
    Backup.objects.all().delete()
    log.info(
        "backup restored: %s (%d files)",
        archive,
        files,
        extra={"path": str(archive), "files": files, "migrated": migrated},
    )
    return Restored(manifest=manifest, files=files, migrated=migrated)


def _extract(tar: tarfile.TarFile, info: tarfile.TarInfo, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with tar.extractfile(info) as source, open(target, "wb") as out:
        shutil.copyfileobj(source, out, CHUNK)


def _restore_database(dump: Path, *, force: bool) -> None:
    if connection.vendor == "sqlite":
        connection.close()
        source = sqlite3.connect(dump)
        target = sqlite3.connect(settings.DATABASES["default"]["NAME"])
        try:
            source.backup(target)  # replaces every page of the target, its WAL included
        finally:
            source.close()
            target.close()
        return
    if force:
        quote = connection.ops.quote_name
        with connection.cursor() as cursor:
            for table in connection.introspection.table_names(cursor):
                cursor.execute(f"DROP TABLE IF EXISTS {quote(table)} CASCADE")
    connection.close()
    _run(
        [
            _pg_program("pg_restore"),
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={connection.settings_dict['NAME']}",
            str(dump),
        ]
    )


# --- PostgreSQL's client programs ------------------------------------------------------


def _pg_program(name: str) -> str:
    program = shutil.which(name)
    if program is None:
        raise BackupError(f"{name} is not installed: apt-get install postgresql-client")
    return program


def _major(program: str) -> int:
    """The major version of a PostgreSQL client program ("pg_dump (PostgreSQL) 15.4" → 15)."""
    found = re.search(r"\)\s*(\d+)", _run([program, "--version"], env=os.environ).stdout)
    if found is None:
        raise BackupError(f"cannot tell the version of {program}")
    return int(found.group(1))


def _pg_env() -> dict:
    """The environment that points libpq's programs at the database Django uses; the
    password goes through it, never on a command line."""
    db = connection.settings_dict
    env = dict(os.environ)
    for key, variable in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
        ("NAME", "PGDATABASE"),
    ):
        if db.get(key):
            env[variable] = str(db[key])
    for option, variable in (("sslmode", "PGSSLMODE"), ("sslrootcert", "PGSSLROOTCERT")):
        if db.get("OPTIONS", {}).get(option):
            env[variable] = str(db["OPTIONS"][option])
    return env


def _run(argv: list[str], env: dict | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run(
        argv, env=env if env is not None else _pg_env(), capture_output=True, text=True
    )
    if result.returncode != 0:
        raise BackupError(f"{Path(argv[0]).name} failed: {result.stderr.strip()[-2000:]}")
    return result
