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
