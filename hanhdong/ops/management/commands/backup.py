from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from hanhdong.ops.backup import BackupError, create


class Command(BaseCommand):
    help = (
        "Write one consistent archive of this installation — the database, the uploaded "
        "files and the generated secret key — with the checksum of each, while people work."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--to",
            type=Path,
            default=None,
            help="folder for the archive (default: HANHDONG_BACKUP_DIR, else var/backups)",
        )

    def handle(self, *args, to=None, **options):
        folder = to or Path(settings.HANHDONG_BACKUP_DIR or settings.VAR_DIR / "backups")
        try:
            written = create(folder)
        except BackupError as error:
            raise CommandError(str(error)) from None
        files = sum(1 for name in written.manifest["members"] if name.startswith("media/"))
        self.stdout.write(
            f"{written.path}\n  {written.size} bytes, sha256 {written.sha256}\n"
            f"  database ({written.manifest['database']['vendor']}), {files} uploaded files, "
            f"secret key: {written.manifest['secret_key']}"
        )
