"""Any program file in, a ``hanhdong.program/1`` dictionary out: the format is found from the
content (not the file name), and every refusal says where and why."""

from __future__ import annotations

import codecs
import json
import zipfile
from io import BytesIO

from django.utils.translation import gettext as _

from hanhdong.imports.limits import fit
from hanhdong.imports.parse.document import DocumentError, Parsed, parse, place
from hanhdong.imports.parse.lines import from_text
from hanhdong.programs.formats import FORMAT, ProgramFormatError, read_program

MAX_BYTES = 20 * 1024 * 1024


def sniff(data: bytes) -> str:
    """ "pdf", "docx", "doc", "json", "text" or "unknown"."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(BytesIO(data)) as archive:
                return "docx" if "word/document.xml" in archive.namelist() else "unknown"
        except zipfile.BadZipFile:
            return "unknown"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"
    text = _decode(data)
    if text is None:
        return "unknown"
    if text.lstrip().startswith("{"):
        return "json"
    return "text"


def _decode(data: bytes) -> str | None:
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding, errors="strict")
            except UnicodeDecodeError:
                return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return None if "\x00" in text else text


def read_document(data: bytes, name: str = "") -> Parsed:
    """Parse a program file of any supported kind; raises DocumentError naming the place.

    What comes out fits the program format and the columns it is saved into, so a draft
    made of it can be saved."""
    parsed = _read(data, name)
    try:
        fit(parsed.data, parsed.warnings)
        read_program(parsed.data)
    except ProgramFormatError as exc:
        raise DocumentError(
            exc.where, _("this does not fit a program document (%(e)s)") % {"e": exc.message}
        ) from None
    except RecursionError:
        raise DocumentError(_("file"), _("the document is nested too deeply")) from None
    return parsed


def _read(data: bytes, name: str) -> Parsed:
    if len(data) > MAX_BYTES:
        raise DocumentError(
            _("file"), _("the file is larger than %(n)s MB") % {"n": MAX_BYTES // 1024 // 1024}
        )
    kind = sniff(data)
    if kind == "json":
        try:
            document = json.loads(_decode(data))
        except json.JSONDecodeError as exc:
            raise DocumentError(
                place("line", exc.lineno), _("not valid JSON: %(e)s") % {"e": exc.msg}
            ) from None
        except (ValueError, RecursionError):  # a number of thousands of digits; [[[[…]]]]
            raise DocumentError(_("file"), _("not valid JSON: %(e)s") % {"e": "…"}) from None
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise DocumentError(
                "$.format", _("a JSON program must have format %(f)s") % {"f": FORMAT}
            )
        return Parsed(data=document)
    if kind == "text":
        return parse(from_text(_decode(data)), source=name)
    if kind == "docx":
        from hanhdong.imports.parse import docx

        lines, tables = docx.read(data)
        return parse(lines, source=name, tables=tables, where_unit="paragraph")
    if kind == "pdf":
        from hanhdong.imports.parse import pdf

        lines, tables, warnings = pdf.read(data)
        parsed = parse(lines, source=name, tables=tables, where_unit="page")
        parsed.warnings[:0] = warnings
        return parsed
    if kind == "doc":
        raise DocumentError(
            _("file"), _("old Word 97-2003 (.doc) files are not read: save as .docx")
        )
    raise DocumentError(
        _("file"), _("unsupported file: give a PDF, a Word .docx, text or JSON file")
    )
