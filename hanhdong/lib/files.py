"""Files people send: what they really are (from their first bytes, not their names), read
no further than the size limit, photos re-encoded without their metadata, stored so that a
failed change leaves none behind, and sent back under their own names.

Shared by every app that takes files (reports' attachments, citizens' submissions).
"""

from __future__ import annotations

import contextlib
import io
import secrets
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadhandler import FileUploadHandler
from django.db import models
from django.http import FileResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image, ImageOps


class FileKind(models.TextChoices):
    PDF = "pdf", "PDF"
    PNG = "png", "PNG"
    JPEG = "jpeg", "JPEG"
    DOCX = "docx", "Word"
    XLSX = "xlsx", "Excel"


CONTENT_TYPES = {
    FileKind.PDF: "application/pdf",
    FileKind.PNG: "image/png",
    FileKind.JPEG: "image/jpeg",
    FileKind.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    FileKind.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
PHOTOS = {FileKind.JPEG, FileKind.PNG}
PHOTO_MAX_SIDE = 2048  # pixels: plenty to see a pothole, a fraction of a phone's photo
# a picture larger than this is refused before it is decoded: a small file can describe a
# huge picture, and decoding a 156-megapixel PNG takes 350 MB; phones take 12-50 MP
PHOTO_MAX_PIXELS = 50_000_000


def sniff(data: bytes) -> str | None:
    """The kind of file ``data`` is, or None when it is none of FileKind."""
    if data.startswith(b"%PDF-"):
        return FileKind.PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return FileKind.PNG
    if data.startswith(b"\xff\xd8\xff"):
        return FileKind.JPEG
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            return None
        if "word/document.xml" in names:
            return FileKind.DOCX
        if "xl/workbook.xml" in names:
            return FileKind.XLSX
    return None


def max_bytes() -> int:
    return settings.HANHDONG_MAX_ATTACHMENT_MB * 1024 * 1024


def read_capped(uploaded) -> bytes:
    """An uploaded file's bytes, read to at most one byte past the size limit, so an
    oversized file is refused without being read whole."""
    return uploaded.read(max_bytes() + 1)


@dataclass(frozen=True)
class Upload:
    """A file checked (and a photo cleaned) before any transaction begins."""

    name: str
    kind: str
    data: bytes


def prepare_upload(name: str, data: bytes, *, allowed, refusal: str) -> Upload:
    """Check a file's size and kind (from its content) and strip a photo of its metadata.

    ``refusal`` is the message for a kind not in ``allowed``, with ``%(name)s``. Runs
    outside any transaction: re-encoding a photo takes a moment.
    """
    limit = settings.HANHDONG_MAX_ATTACHMENT_MB
    if len(data) > max_bytes():
        raise ValidationError(_("“%(name)s” is larger than %(n)s MB.") % {"name": name, "n": limit})
    kind = sniff(data)
    if kind not in allowed:
        raise ValidationError(refusal % {"name": name})
    if kind in PHOTOS:
        data = clean_photo(name, data, kind)
    return Upload(name=name[-255:], kind=kind, data=data)


def clean_photo(name: str, data: bytes, kind: str) -> bytes:
    """The photo again, upright, at most PHOTO_MAX_SIDE pixels a side, without EXIF (the
    place it was taken, the device, the owner)."""
    out = io.BytesIO()
    try:
        with Image.open(io.BytesIO(data)) as image:  # reads the header only
            if image.width * image.height > PHOTO_MAX_PIXELS:
                raise ValidationError(
                    _("“%(name)s” is too large a picture (%(mp)s megapixels); send a smaller one.")
                    % {"name": name, "mp": image.width * image.height // 1_000_000}
                )
            image.load()
            upright = ImageOps.exif_transpose(image)
            upright.thumbnail((PHOTO_MAX_SIDE, PHOTO_MAX_SIDE))
            if kind == FileKind.JPEG:
                upright.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
            else:
                upright.save(out, "PNG", optimize=True)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise ValidationError(
            _("“%(name)s” could not be read as a picture.") % {"name": name}
        ) from exc
    return out.getvalue()


@contextlib.contextmanager
def stored(uploads, folder: str) -> Iterator[list[str]]:
    """Write ``uploads`` to storage before the change that records them, and remove them
    again if that change fails: so no transaction waits on the disk, and a rolled-back
    change leaves no file behind. Yields the stored names, in order."""
    names: list[str] = []
    month = timezone.now().strftime("%Y/%m")
    try:
        for upload in uploads:
            path = f"{folder}/{month}/{secrets.token_hex(8)}.{upload.kind}"
            names.append(default_storage.save(path, ContentFile(upload.data)))
        yield names
    except BaseException:
        for name in names:
            default_storage.delete(name)
        raise


def file_response(stored_file, name: str, kind: str) -> FileResponse:
    """A stored file under its own name: photos and PDFs open in the browser, Word and
    Excel files are downloaded."""
    return FileResponse(
        stored_file.open("rb"),
        as_attachment=kind not in (FileKind.PNG, FileKind.JPEG, FileKind.PDF),
        filename=name,
        content_type=CONTENT_TYPES[kind],
    )


class MultipleFileInput(forms.ClearableFileInput):
    """A file field that takes several files; the view reads them from request.FILES."""

    allow_multiple_selected = True


class CappedUploadHandler(FileUploadHandler):
    """Keeps at most the size limit of each uploaded file.

    Django streams an upload to a temporary file whatever its size. Put first in the chain
    (``request.upload_handlers.insert(0, …)``), this handler passes each file's chunks on
    only up to HANHDONG_MAX_ATTACHMENT_MB (plus one byte, so the view can tell it was too
    large) and drops the rest, so a huge file costs no disk, while the form's other fields
    are still read and what the person wrote comes back.
    """

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.limit = max_bytes() + 1
        self.seen = 0

    def receive_data_chunk(self, raw_data, start):
        kept = max(0, min(len(raw_data), self.limit - self.seen))
        self.seen += len(raw_data)
        return raw_data[:kept] or None  # None: later handlers do not see the chunk

    def file_complete(self, file_size):
        return None  # the next handler (memory or temporary file) builds the file
