"""Reading the commune's register of outgoing documents and its document settings: the next
number of a kind, a typed number read back, and the header and signature a document of the
commune carries. The numbers are handed out by ``services.document_register``."""

from __future__ import annotations

import re

from django.db.models import Max

from hanhdong.exports.layout import Letterhead, Signature
from hanhdong.exports.models import DocumentSettings, Layout, RegisteredDocument
from hanhdong.orgs.models import CommuneLevel
from hanhdong.programs.models import Program

SIGNERS = {
    Layout.PARTY: ("T/M Ban Thường vụ", "Bí thư"),
    Layout.STATE: ("TM. Ủy ban nhân dân", "Chủ tịch"),
}
_NUMBER = re.compile(r"^\s*(?:số\s*:?\s*)?0*(\d{1,6})(?:\s*[-/].*)?\s*$", re.IGNORECASE)


def series_of(commune, issuer: str, year: int) -> int:
    """Where the numbering of ``year``'s documents started: the first year of the Party
    Committee's term (the term of the commune's current program) for Party documents, the
    year itself for the People's Committee's."""
    if issuer == Layout.PARTY:
        program = Program.objects.current_of(commune)
        if program is not None and program.term_start <= year <= program.term_end:
            return program.term_start
    return year


def register_next(commune, kind: str, year: int, issuer: str = Layout.PARTY) -> int:
    """The number the next document of ``kind`` issued in ``year`` would take."""
    found = RegisteredDocument.objects.filter(
        commune=commune, issuer=issuer, kind=kind, series=series_of(commune, issuer, year)
    ).aggregate(last=Max("number"))["last"]
    return (found or 0) + 1


def parse_number(text: str) -> int | None:
    """The number in what a clerk typed: "25", "25-BC/ĐU", "Số 25/BC-UBND", "05" → 25, 5;
    None for a blank or for words without a number first."""
    found = _NUMBER.match(text or "")
    return int(found.group(1)) if found and int(found.group(1)) > 0 else None


def settings_of(commune) -> DocumentSettings:
    """The commune's document settings (unsaved defaults when it never set them)."""
    found = DocumentSettings.objects.filter(commune=commune).first()
    return found or DocumentSettings(commune=commune)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def commune_words(commune) -> str:
    """ "xã Nghi Dương", as the commune is named inside a sentence or a body's name."""
    return _lower_first(commune.name)


def place_of(commune, settings=None) -> str:
    """The place of the dateline: "Nghi Dương"."""
    settings = settings or settings_of(commune)
    if settings.place:
        return settings.place
    if commune.short_name:
        return commune.short_name
    words = commune.name.split()
    for prefix in (["Đặc", "khu"], ["Phường"], ["Xã"]):
        if [w.capitalize() for w in words[: len(prefix)]] == [p.capitalize() for p in prefix]:
            return " ".join(words[len(prefix) :]) or commune.name
    return commune.name


def higher_body_of(commune, settings=None) -> str:
    """ "Đảng bộ thành phố Hải Phòng": the Party organisation of the commune's city."""
    settings = settings or settings_of(commune)
    if settings.higher_body:
        return settings.higher_body
    city = commune.parent
    return f"Đảng bộ {_lower_first(city.name)}" if city else ""


def city_committee(commune) -> str:
    """ "Thành ủy" or "Tỉnh ủy": the Party Committee above the commune's."""
    city = commune.parent
    return "Tỉnh ủy" if city and city.name.lower().startswith("tỉnh") else "Thành ủy"


def letterhead_for(commune, layout: str, *, number: str | None, dated, settings=None):
    settings = settings or settings_of(commune)
    body = ("Đảng ủy " if layout == Layout.PARTY else "Ủy ban nhân dân ") + commune_words(commune)
    return Letterhead(
        layout=layout,
        body=body,
        place=place_of(commune, settings),
        dated=dated,
        higher_body=higher_body_of(commune, settings) if layout == Layout.PARTY else "",
        number=number,
    )


def signature_for(commune, layout: str, program=None, settings=None) -> Signature:
    """Who signs: the commune's settings, else (Party) the signer of its program."""
    settings = settings or settings_of(commune)
    on_behalf, role = SIGNERS[layout]
    if layout == Layout.PARTY:
        program = program or Program.objects.current_of(commune)
        return Signature(
            on_behalf,
            settings.party_signer_role or (program.signer_role if program else "") or role,
            settings.party_signer_name or (program.signer_name if program else ""),
        )
    return Signature(
        on_behalf, settings.state_signer_role or role, settings.state_signer_name or ""
    )


def level_word(commune) -> str:
    """ "xã", "phường" or "đặc khu"."""
    return CommuneLevel(commune.level).word if commune.level else "xã"


def default_recipients(commune, layout: str, program=None) -> list[str]:
    """Where a report of the commune goes: as the program went (Party), or the usual list."""
    level = level_word(commune)
    if layout == Layout.PARTY:
        if program is not None and program.recipients:
            return list(program.recipients)
        return [
            f"Thường trực {city_committee(commune)} (để b/c)",
            f"Các đồng chí Ủy viên Ban Chấp hành Đảng bộ {level}",
            "Các cơ quan tham mưu, giúp việc của Đảng ủy",
            "Các chi bộ, đảng bộ trực thuộc",
            "Lưu Văn phòng Đảng ủy",
        ]
    return [
        "Thường trực Đảng ủy (để b/c)",
        f"Thường trực HĐND {level}",
        "Các phòng, ban, đơn vị",
        "Lưu: VT",
    ]
