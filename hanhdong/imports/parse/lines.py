"""Lines of a document, cleaned of PDF extraction residue."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$")
_SENTENCE_END = re.compile(r"[.;:!?…”\"»)]\s*$")


@dataclass
class Line:
    text: str
    number: int  # 1-based line number in the source (page number for PDF, paragraph for DOCX)
    blank_before: bool = False  # a paragraph boundary precedes it
    page_break_before: bool = False  # a page boundary precedes it (page number dropped)
    list_marker: str | None = None  # a marker Word numbering would print (automatic lists)


def clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\xa0", " ").replace("\u200b", "")
    return re.sub(r"[ \t]+", " ", text).strip()


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


def from_text(text: str) -> list[Line]:
    """Non-blank lines, each marked with whether a blank line or a page break came before.

    A number alone on a line between blank lines is a page number: it is dropped and
    the next line is marked as following a page break; so is a run of blank lines.
    """
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[Line] = []
    blank = False
    blanks = 0  # two or more blank lines in a row are what a page break leaves behind
    page_break = False
    for index, source in enumerate(raw):
        if "\f" in source:
            page_break = True
            source = source.replace("\f", " ")
        line = clean(source)
        if not line:
            blank = True
            blanks += 1
            page_break = page_break or blanks >= 2
            continue
        blanks = 0
        if _PAGE_NUMBER.match(line) and _is_isolated(raw, index):
            page_break = True
            blank = True
            continue
        out.append(Line(line, index + 1, blank_before=blank, page_break_before=page_break))
        blank = page_break = False
    return out


def _is_isolated(raw: list[str], index: int) -> bool:
    before = raw[index - 1].strip() if index > 0 else ""
    after = raw[index + 1].strip() if index + 1 < len(raw) else ""
    return not before and not after


def join(parts: list[str]) -> str:
    """Join wrapped lines with single spaces, mending words torn at a hyphen ("2026-" + "2031")."""
    text = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if not text:
            text = part
        elif re.search(r"\d-$", text) and re.match(r"\d", part):
            text += part
        else:
            text += " " + part
    return re.sub(r"\s+", " ", text).strip()
