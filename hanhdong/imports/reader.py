"""Any program file in, a ``hanhdong.program/1`` dictionary out: the format is found from the
content (not the file name), and every refusal says where and why.

Whatever the file, reading it ends in a result or a DocumentError: ``survey`` first checks
what is cheap to check (size, pages, paragraphs, lines, nesting, what a package unpacks
to) against ``limits``, before the costly work; the readers keep to the limits as they
go; and anything a library raises on a damaged file becomes a DocumentError too.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO

from django.utils.translation import gettext as _

from hanhdong.imports import limits
from hanhdong.imports.limits import MAX_BYTES, fit
from hanhdong.imports.parse.document import MAX_CHARACTERS, DocumentError, Parsed, parse, place
from hanhdong.imports.parse.lines import from_text
from hanhdong.programs.formats import FORMAT, ProgramFormatError, read_program

__all__ = ["MAX_BYTES", "Survey", "read_document", "sniff", "survey"]
log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]


def sniff(data: bytes) -> str:
    """ "pdf", "docx", "zip", "doc", "json", "text" or "unknown"."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(BytesIO(data)) as archive:
                return "docx" if "word/document.xml" in archive.namelist() else "unknown"
        except Exception:  # zipfile raises many kinds on a damaged directory
            return "zip"
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


@dataclass(frozen=True)
class Survey:
    """What a file is and how much there is to read in it: pages of a PDF, paragraphs of
    a Word file, lines of a text, bytes of JSON."""

    kind: str
    units: int
    unit: str


def survey(data: bytes) -> Survey:
    """The file's kind and size, found without reading it as a program; a file over any
    limit is refused here (DocumentError), before the costly work."""
    if len(data) > MAX_BYTES:
        raise DocumentError(
            _("file"), _("the file is larger than %(n)s MB") % {"n": MAX_BYTES // limits.MB}
        )
    try:
        kind = sniff(data)
        if kind == "pdf":
            from hanhdong.imports.parse import pdf

            return Survey(kind, pdf.count_pages(data), "page")
        if kind == "docx":
            from hanhdong.imports.parse import docx

            return Survey(kind, docx.unpack(data).paragraphs, "paragraph")
        if kind == "json":
            _check_json(data)
            return Survey(kind, len(data), "byte")
        if kind == "text":
            return Survey(kind, _check_text(_decode(data)), "line")
    except DocumentError:
        raise
    except Exception as exc:
        raise _unexpected(exc) from None
    if kind == "zip":
        raise DocumentError(_("file"), _("the Word file is damaged and cannot be opened"))
    if kind == "doc":
        raise DocumentError(
            _("file"), _("old Word 97-2003 (.doc) files are not read: save as .docx")
        )
    raise DocumentError(
        _("file"), _("unsupported file: give a PDF, a Word .docx, text or JSON file")
    )


def read_document(data: bytes, name: str = "", progress: Progress | None = None) -> Parsed:
    """Parse a program file of any supported kind; raises DocumentError naming the place.

    What comes out fits the program format and the columns it is saved into, so a draft
    made of it can be saved. ``progress(done, total)`` is told, now and then, how far the
    reading is (pages of a PDF, paragraphs of a Word file)."""
    try:
        parsed = _read(data, name, progress)
        fit(parsed.data, parsed.warnings)
        read_program(parsed.data)
    except DocumentError:
        raise
    except ProgramFormatError as exc:
        raise DocumentError(
            exc.where, _("this does not fit a program document (%(e)s)") % {"e": exc.message}
        ) from None
    except RecursionError:
        raise DocumentError(_("file"), _("the document is nested too deeply")) from None
    except Exception as exc:
        raise _unexpected(exc) from None
    return parsed


def _unexpected(exc: Exception) -> DocumentError:
    """What a library raised on a file it could not read: logged for the developers, a
    plain message for the clerk."""
    if isinstance(exc, MemoryError):
        return DocumentError(_("file"), _("the file needs more memory to read than is allowed"))
    log.warning("a program file could not be read", exc_info=exc)
    return DocumentError(_("file"), _("the file is damaged and cannot be read"))


def _read(data: bytes, name: str, progress: Progress | None) -> Parsed:
    kind = survey(data).kind
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

        lines, tables = docx.read(data, progress)
        return parse(lines, source=name, tables=tables, where_unit="paragraph")
    from hanhdong.imports.parse import pdf

    lines, tables, warnings = pdf.read(data, progress)
    parsed = parse(lines, source=name, tables=tables, where_unit="page")
    parsed.warnings[:0] = warnings
    return parsed


# -- text ------------------------------------------------------------------------------------
def _check_text(text: str) -> int:
    """The lines of a text, refused when it has too many, or a line too long, or far too
    many characters (a bound that never refuses what the parser would take: a character
    decomposed as NFD takes at most three)."""
    if len(text) - sum(text.count(space) for space in " \t\n\r\f\v\u200b") > 3 * MAX_CHARACTERS:
        raise DocumentError(
            _("document"),
            _("more than %(n)s characters of text: this is not one action program")
            % {"n": limits.shown(MAX_CHARACTERS)},
        )
    count = text.count("\n") + text.count("\r") - text.count("\r\n") + 1
    if count > limits.MAX_LINES:
        raise DocumentError(
            _("file"),
            _("more than %(n)s lines: this is not one action program")
            % {"n": limits.shown(limits.MAX_LINES)},
        )
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    longest = max(range(len(lines)), key=lambda index: len(lines[index]))
    if len(lines[longest]) > limits.MAX_LINE:
        raise DocumentError(
            place("line", longest + 1),
            _("the line is longer than %(n)s characters") % {"n": limits.shown(limits.MAX_LINE)},
        )
    return count


# -- JSON ------------------------------------------------------------------------------------
_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+(?:"|\Z)', re.DOTALL)  # an unclosed one runs to the end
_NOT_BRACKET = re.compile(r"[^\[\]{}]++")
_PAIR = re.compile(r"\[\]|\{\}")
_TOKEN = re.compile(r'"(?:[^"\\]++|\\.)*+(?:"|\Z)|[\[\]{},:]', re.DOTALL)


def _check_json(data: bytes) -> None:
    """A JSON file within its size, and nested no deeper than MAX_JSON_DEPTH, checked
    before it is parsed (the parser itself would recurse into any depth it is given)."""
    if len(data) > limits.MAX_JSON_BYTES:
        raise DocumentError(
            _("file"),
            _("a JSON program is at most %(n)s MB") % {"n": limits.MAX_JSON_BYTES // limits.MB},
        )
    text = _decode(data)
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    for _level in range(limits.MAX_JSON_DEPTH):  # each pass takes the innermost pairs away
        if not brackets:
            return
        fewer = _PAIR.sub("", brackets)
        if len(fewer) == len(brackets):
            break  # no pair left to take
        brackets = fewer
    if brackets:  # deeper than the limit, or brackets that do not pair: which, and where?
        _find_too_deep(text)


def _find_too_deep(text: str) -> None:
    """Raise DocumentError at the JSON path where nesting passes the limit, if it does."""
    stack: list[list] = []  # per open bracket: "[" and the index, or "{" and the key
    key = None
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token[0] == '"':
            key = token
        elif token in "[{":
            if len(stack) >= limits.MAX_JSON_DEPTH:
                raise DocumentError(
                    _json_path(stack),
                    _("the JSON is nested deeper than %(n)s levels") % {"n": limits.MAX_JSON_DEPTH},
                )
            stack.append([token, 0 if token == "[" else None])
        elif token in "]}":
            if not stack:
                return  # does not pair: the parser says where
            stack.pop()
        elif token == "," and stack and stack[-1][0] == "[":
            stack[-1][1] += 1
        elif token == ":" and stack and stack[-1][0] == "{":
            stack[-1][1] = key


def _json_path(stack: list[list], shown: int = 6) -> str:
    steps = []
    for kind, at in stack[:shown]:
        if kind == "[":
            steps.append(f"[{at}]")
        else:
            try:
                name = json.loads(at) if at else "?"
            except ValueError:
                name = "?"
            steps.append(f".{str(name)[:40]}")
    return "$" + "".join(steps) + ("…" if len(stack) > shown else "")
