"""Vietnamese text helpers that barely touch Django."""

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case ``text`` and strip Vietnamese diacritics, for search and matching.

    "Giải ngân Đầu tư" -> "giai ngan dau tu". "đ"/"Đ" is not a combining mark in
    Unicode, so it is mapped by hand.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    stripped = stripped.replace("đ", "d").replace("Đ", "D")
    return _SPACES.sub(" ", stripped.lower()).strip()


def normalize(text: str) -> str:
    """NFC-normalise and collapse white space, keeping diacritics."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text or "")).strip()


# a phone number (0… or +84…, digits possibly grouped by spaces, dots or dashes), an email
# address, or a run of 9 or 12 digits (identity card numbers)
_PERSONAL = re.compile(
    r"(?:\+84|\b0)(?:[\s.\-]?\d){8,10}\b"
    r"|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
    r"|\b\d{12}\b|\b\d{9}\b"
)
MASK = "***"


def mask_personal(text: str) -> str:
    """``text`` with phone numbers, email addresses and identity numbers blotted out, for
    what a citizen wrote to be shown in public. Names cannot be found this way: the form
    asks citizens to keep them out of the text."""
    return _PERSONAL.sub(MASK, text or "")
