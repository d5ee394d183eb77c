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


# what documents add after a body's name and a unit's name may leave out: "Ban Xây dựng
# Đảng đảng ủy", "Ủy ban nhân dân xã Nghi Dương" name the same units as "Ban Xây dựng Đảng"
# and "Ủy ban nhân dân xã" do
_QUALIFIERS = ("dang uy", "xa", "phuong", "dac khu")


def _variants(key: str, place: str = "") -> set[str]:
    """``key`` and ``key`` without the trailing qualifiers: the commune's own name
    (``place``, folded), its level word, "đảng ủy"."""
    found, frontier = {key}, [key]
    tails = [t for t in (place, *_QUALIFIERS) if t]
    while frontier:
        current = frontier.pop()
        for tail in tails:
            if current.endswith(" " + tail):
                shorter = current[: -len(tail) - 1].strip()
                if shorter and shorter not in found:
                    found.add(shorter)
                    frontier.append(shorter)
    return found


def match_organization(text: str, units, place: str = "") -> object | None:
    """The unit among ``units`` that ``text`` names, by name, short name or alias: the same
    words, or the same once the commune's name (``place``), its level word or "đảng ủy" is
    left off the end of either. An exact match wins over one found that way."""
    wanted = match_key(text)
    if not wanted:
        return None
    units = list(units)
    names = [(unit, match_key(n)) for unit in units for n in _names(unit)]
    for unit, key in names:
        if key == wanted:
            return unit
    place = match_key(place)
    loose = _variants(wanted, place)
    for unit, key in names:
        if key and loose & _variants(key, place):
            return unit
    return None


def _names(unit) -> list[str]:
    return [n for n in (unit.name, unit.short_name, *unit.aliases.splitlines()) if n.strip()]


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
