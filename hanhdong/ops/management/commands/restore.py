import os
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from hanhdong.ops.backup import BackupError, restore, verify


class Command(BaseCommand):
    help = (
        "Restore an archive of `hanhdong backup` into this installation, whose database and "
        "uploaded files must be empty (--force replaces them). Every checksum is verified "
        "first; an archive older than the code is migrated after."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)
        parser.add_argument(
            "--force", action="store_true", help="replace a database and files that hold data"
        )
        parser.add_argument(
            "--check", action="store_true", help="only verify the archive; change nothing"
        )

    def handle(self, *args, archive, force=False, check=False, **options):
        try:
            if check:
                manifest = verify(archive)
                self.stdout.write(
                    f"{archive}: every checksum matches ({len(manifest['members'])} members, "
                    f"taken {manifest['created_at']} by hanhdong {manifest['app_version']})"
                )
                return
            restored = restore(archive, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from None
        manifest = restored.manifest
        self.stdout.write(
            f"restored {archive} (taken {manifest['created_at']} by hanhdong "
            f"{manifest['app_version']}): the database, {restored.files} uploaded files"
            + (", migrated to this version" if restored.migrated else "")
        )
        if manifest["secret_key"] == "included" and os.environ.get("SECRET_KEY"):
            self.stdout.write(
                f"The secret key was restored into {Path(settings.VAR_DIR) / 'secret_key'}, but "
                "this installation sets SECRET_KEY in its environment, which wins: unset it to "
                "use the restored key."
            )
        if manifest["secret_key"] == "environment":
            self.stdout.write(
                "The archive holds no secret key: the installation it came from set SECRET_KEY "
                "in its environment. Set the same SECRET_KEY here, or sessions, password-reset "
                "links and signed values of the old installation will not be recognised."
            )
