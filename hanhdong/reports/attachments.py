"""What an uploaded file really is, from its first bytes, not from its name."""

from __future__ import annotations

import io
import zipfile

from django.http import FileResponse

from hanhdong.reports.models import AttachmentKind

CONTENT_TYPES = {
    AttachmentKind.PDF: "application/pdf",
    AttachmentKind.PNG: "image/png",
    AttachmentKind.JPEG: "image/jpeg",
    AttachmentKind.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    AttachmentKind.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def sniff(data: bytes) -> str | None:
    if data.startswith(b"%PDF-"):
        return AttachmentKind.PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return AttachmentKind.PNG
    if data.startswith(b"\xff\xd8\xff"):
        return AttachmentKind.JPEG
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            return None
        if "word/document.xml" in names:
            return AttachmentKind.DOCX
        if "xl/workbook.xml" in names:
            return AttachmentKind.XLSX
    return None


def file_response(stored, name: str, kind: str) -> FileResponse:
    """A stored file under its own name: photos and PDFs open in the browser, Word and
    Excel files are downloaded."""
    return FileResponse(
        stored.open("rb"),
        as_attachment=kind not in (AttachmentKind.PNG, AttachmentKind.JPEG, AttachmentKind.PDF),
        filename=name,
        content_type=CONTENT_TYPES[kind],
    )
