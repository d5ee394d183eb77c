import datetime as dt
import hashlib
import io
import json
import os
import shutil
import stat
import tarfile
import tempfile
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.core.management import CommandError, call_command
from django.test import SimpleTestCase, TestCase, TransactionTestCase, override_settings
from django.utils import timezone

from hanhdong.ops import backup
from hanhdong.ops.backup import BackupError
from hanhdong.ops.models import Backup, BackupKind


def members(archive: Path) -> dict[str, bytes]:
    with tarfile.open(archive, "r:gz") as tar:
        return {info.name: tar.extractfile(info).read() for info in tar}


def repack(archive: Path, contents: dict[str, bytes]) -> Path:
    """``contents`` written as a tar.gz beside ``archive``, in that order (no .sha256)."""
    path = archive.with_name("repacked.tar.gz")
    path.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(path, "w:gz") as tar:
        for name, data in contents.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def installation(folder: Path):
    """A var folder with uploads and a generated secret key, as the settings."""
    var, media = folder / "var", folder / "var" / "media"
    (media / "reports" / "2026").mkdir(parents=True)
    (media / "reports" / "2026" / "a.pdf").write_bytes(b"%PDF-1.4 a")
    (media / "feedback").mkdir()
    (media / "feedback" / "b.png").write_bytes(b"\x89PNG b")
    (var / "secret_key").write_text(settings.SECRET_KEY)
    return override_settings(VAR_DIR=var, MEDIA_ROOT=media)


class BackupTest(TransactionTestCase):
    """Outside a transaction, as the commands run: a backup reads what is committed."""

    def setUp(self):
        self.folder = Path(tempfile.mkdtemp(prefix="hanhdong-backup-test-"))
        self.addCleanup(shutil.rmtree, self.folder)
        self.enterContext(installation(self.folder))
        self.out = self.folder / "backups"

    def test_it_writes_one_archive_every_member_of_which_the_manifest_vouches_for(self):
        loose = os.umask(0o022)  # as a command typed in a shell: new files readable by all
        try:
            written = backup.create(self.out)
        finally:
            os.umask(loose)
        self.assertRegex(written.path.name, backup.ARCHIVE_NAME)
        content = members(written.path)
        database = backup.DUMPS[written.manifest["database"]["vendor"]]
        self.assertEqual(
            set(content),
            {database, "media/reports/2026/a.pdf", "media/feedback/b.png", "secret_key",
             "manifest.json"},
        )  # fmt: skip
        self.assertEqual(list(content)[-1], "manifest.json")
        manifest = json.loads(content["manifest.json"])
        self.assertEqual(manifest, backup.verify(written.path))
        self.assertEqual(manifest["format"], "hanhdong.backup/1")
        self.assertEqual(content["secret_key"].decode(), settings.SECRET_KEY)
        self.assertIn("0001_initial", manifest["migrations"]["reports"])
        for name, data in content.items():
            if name != "manifest.json":
                self.assertEqual(
                    manifest["members"][name]["sha256"], hashlib.sha256(data).hexdigest()
                )
        sidecar = written.path.with_name(written.path.name + ".sha256")
        self.assertEqual(sidecar.read_text(), f"{written.sha256}  {written.path.name}\n")
        self.assertEqual(stat.S_IMODE(written.path.stat().st_mode), 0o600)
        self.assertEqual(stat.S_IMODE(sidecar.stat().st_mode), 0o600)
        row = Backup.objects.get()
        self.assertEqual(
            (row.kind, row.path, row.size), ("command", str(written.path), written.size)
        )
        # a key set in the environment is the administrator's to keep: it stays out
        with override_settings(SECRET_KEY="set-in-the-environment-" + "x" * 40):
            written = backup.create(self.out)
        self.assertEqual(written.manifest["secret_key"], "environment")
        self.assertNotIn("secret_key", members(written.path))

    def test_the_command_says_what_it_wrote(self):
        out = io.StringIO()
        call_command("backup", "--to", str(self.out), stdout=out)
        (archive,) = self.out.glob("*.tar.gz")
        self.assertIn(str(archive), out.getvalue())
        self.assertIn("2 uploaded files, secret key: included", out.getvalue())

    def test_the_worker_takes_one_a_day_and_keeps_the_last_n(self):
        self.assertIsNone(backup.nightly())  # off unless a folder is given
        with override_settings(HANHDONG_BACKUP_DIR=str(self.out), HANHDONG_BACKUP_KEEP=1):
            first = backup.nightly()
            self.assertEqual(Backup.objects.get().kind, BackupKind.NIGHTLY)
            self.assertIsNone(backup.nightly())
            self.assertIsNone(backup.nightly(timezone.now() + dt.timedelta(hours=23)))
            # another worker taking one meanwhile: this one leaves it be
            with backup._lock(self.out / ".lock"):
                self.assertIsNone(backup.nightly(timezone.now() + dt.timedelta(days=1)))
            second = backup.nightly(timezone.now() + dt.timedelta(days=1))
        self.assertNotEqual(first.path, second.path)
        self.assertEqual(sorted(self.out.glob("*.tar.gz")), [second.path])
        self.assertEqual(Backup.objects.count(), 2)


class RestoreRefusalTest(TestCase):
    """One archive, taken before the class's transaction opens (its row removed again), and
    every reason to refuse it."""

    @classmethod
    def setUpClass(cls):
        cls.folder = Path(tempfile.mkdtemp(prefix="hanhdong-restore-test-"))
        cls.settings = installation(cls.folder)
        cls.settings.enable()
        cls.written = backup.create(cls.folder / "backups")
        Backup.objects.all().delete()
        super().setUpClass()

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        cls.settings.disable()
        shutil.rmtree(cls.folder)

    def copy(self) -> Path:
        folder = Path(tempfile.mkdtemp(dir=self.folder))
        shutil.copy(self.written.path, folder)
        shutil.copy(f"{self.written.path}.sha256", folder)
        return folder / self.written.path.name

    def test_an_archive_changed_after_it_was_written_is_refused_before_anything_is_written(self):
        archive = self.copy()
        with open(archive, "ab") as f:
            f.write(b"\0")
        with (
            mock.patch.object(backup, "_restore_database") as restore_database,
            self.assertRaisesMessage(BackupError, "does not match its checksum"),
        ):
            backup.restore(archive, force=True)
        restore_database.assert_not_called()

    def test_a_member_that_differs_from_the_manifest_is_named(self):
        content = members(self.written.path)
        content["media/feedback/b.png"] = b"\x89PNG changed"
        with self.assertRaisesMessage(BackupError, "1 member(s) do not match the manifest"):
            backup.verify(repack(self.copy(), content))
        del content["media/feedback/b.png"]
        content["media/extra.pdf"] = b"%PDF"
        with self.assertRaisesMessage(BackupError, "(media/extra.pdf, media/feedback/b.png)"):
            backup.verify(repack(self.copy(), content))

    def test_an_archive_of_a_newer_version_is_refused(self):
        content = members(self.written.path)
        manifest = json.loads(content.pop("manifest.json"))
        manifest["migrations"]["reports"].append("9999_from_the_future")
        archive = repack(self.copy(), {**content, "manifest.json": json.dumps(manifest).encode()})
        with self.assertRaisesMessage(BackupError, "reports.9999_from_the_future"):
            backup.restore(archive)

    def test_it_refuses_an_installation_that_holds_data(self):
        with self.assertRaisesMessage(CommandError, "the database is not empty"):
            call_command("restore", str(self.written.path))
        with (
            mock.patch("django.db.connection.introspection.table_names", return_value=[]),
            self.assertRaisesMessage(BackupError, "media is not empty"),
        ):
            backup.restore(self.written.path)

    def test_check_only_verifies(self):
        out = io.StringIO()
        with mock.patch.object(backup, "_restore_database") as restore_database:
            call_command("restore", str(self.written.path), "--check", stdout=out)
        restore_database.assert_not_called()
        self.assertIn("every checksum matches (4 members", out.getvalue())

    def test_it_is_not_taken_inside_a_transaction(self):
        with self.assertRaisesMessage(RuntimeError, "outside any transaction"):
            backup.create(self.folder / "inside")


class ArchiveTest(SimpleTestCase):
    """What needs no database: reading archives, choosing which to keep."""

    def setUp(self):
        self.out = Path(tempfile.mkdtemp(prefix="hanhdong-archive-test-"))
        self.addCleanup(shutil.rmtree, self.out)

    def test_a_member_outside_its_folders_is_refused(self):
        for name in ("../etc/cron.d/x", "/etc/passwd", "media"):
            with (
                self.subTest(name=name),
                self.assertRaisesMessage(BackupError, "unexpected member"),
            ):
                backup.verify(repack(self.out / "x", {name: b"x"}))

    def test_what_is_not_a_backup_is_refused(self):
        self.out.mkdir(exist_ok=True)
        (self.out / "notes.tar.gz").write_bytes(b"not gzip")
        with self.assertRaisesMessage(BackupError, "is not a readable backup"):
            backup.verify(self.out / "notes.tar.gz")
        with self.assertRaisesMessage(BackupError, "has no hanhdong.backup/1 manifest"):
            backup.verify(repack(self.out / "x", {"media/a": b"a"}))

    def test_an_archive_this_user_may_not_read_is_refused_saying_what_to_do(self):
        archive = repack(self.out / "x", {"media/a": b"a"})
        denied = PermissionError(13, "Permission denied")
        with (
            mock.patch.object(backup, "open", side_effect=denied, create=True),
            self.assertRaisesMessage(CommandError, f"cannot read {archive}: Permission denied"),
        ):
            call_command("restore", str(archive))
        with (
            mock.patch.object(backup, "open", side_effect=denied, create=True),
            self.assertRaisesRegex(BackupError, r"give the file to that user \(chown \w+ "),
        ):
            backup.verify(archive)

    def test_it_keeps_the_newest_archives(self):
        self.out.mkdir(exist_ok=True)
        names = [f"hanhdong-2026110{d}T020000Z.tar.gz" for d in range(1, 6)]
        for name in [*names, "hanhdong-20261105T020000Z-2.tar.gz", "notes.txt"]:
            (self.out / name).write_bytes(b"")
            (self.out / f"{name}.sha256").write_text("")
        (self.out / ".hanhdong-20261106T020000Z.tar.gz.partial").write_bytes(b"")
        removed = backup.prune(self.out, keep=2)
        self.assertEqual([p.name for p in removed], names[:4])
        self.assertEqual(
            sorted(p.name for p in self.out.iterdir() if not p.name.endswith(".sha256")),
            [".hanhdong-20261106T020000Z.tar.gz.partial", "hanhdong-20261105T020000Z-2.tar.gz",
             names[4], "notes.txt"],
        )  # fmt: skip
        self.assertFalse((self.out / f"{names[0]}.sha256").exists())
