"""Matching the agency names a document uses to a commune's organizations."""

import re

from hanhdong.lib.text import fold

# Abbreviations documents use for commune bodies, folded (no diacritics).
ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "mttq": "mat tran to quoc",
    "ubmttq": "uy ban mat tran to quoc",
    "ubkt": "uy ban kiem tra",
    "btv": "ban thuong vu",
    "bch": "ban chap hanh",
    "vp": "van phong",
    "du": "dang uy",
    "tp": "thanh pho",
    "ct-xh": "chinh tri - xa hoi",
}
_WORD = re.compile(r"[a-z0-9-]+")


def match_key(text: str) -> str:
    """A folded name with abbreviations expanded and filler words trimmed."""
    words = [ABBREVIATIONS.get(w, w) for w in _WORD.findall(fold(text))]
    key = " ".join(words)
    key = re.sub(r"\bviet nam\b", "", key)
    return re.sub(r"\s+", " ", key).strip()


def match_organization(text: str, units) -> object | None:
    """The unit among ``units`` that ``text`` names, by name, short name or alias."""
    wanted = match_key(text)
    if not wanted:
        return None
    for unit in units:
        names = [unit.name, unit.short_name, *unit.aliases.splitlines()]
        if any(name.strip() and match_key(name) == wanted for name in names):
            return unit
    return None


def match_organizations(text: str, units) -> list:
    """Every unit a partners cell names: the whole text first, else each comma-separated part."""
    whole = match_organization(text, units)
    if whole is not None:
        return [whole]
    found = []
    for part in re.split(r"[,;]", text):
        unit = match_organization(part, units)
        if unit is not None and unit not in found:
            found.append(unit)
    return found
