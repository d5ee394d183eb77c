"""The units a commune starts from: its bodies as the 2025 reform of local government set
them (two-level local government, no district), for the Party Office to edit — add,
rename, move, retire — and to fill in with its party cells and villages.

Each row: (name, kind, short name, other names, parent's name or None for the commune
itself). ``{level}`` is the commune's word — "xã", "phường" or "đặc khu" — and ``{name}`` its
name: "Đảng ủy {level} {name}" becomes "Đảng ủy xã Nghi Dương".
"""

from __future__ import annotations

from hanhdong.lib.text import fold
from hanhdong.orgs.models import Organization, OrgKind

PARTY = "Đảng ủy {level} {name}"
UBND = "Ủy ban nhân dân {level}"
MTTQ = "Ủy ban Mặt trận Tổ quốc Việt Nam {level}"
CELLS = "Các chi bộ, đảng bộ trực thuộc"
VILLAGES = "Các thôn, tổ dân phố"

UNITS = [
    (
        PARTY,
        OrgKind.PARTY_COMMITTEE,
        "Đảng ủy",
        "Ban Chấp hành Đảng bộ {level} {name}\nĐảng ủy {level}\nĐảng bộ {level}",
        None,
    ),
    ("Ban Thường vụ Đảng ủy", OrgKind.STANDING_COMMITTEE, "BTV Đảng ủy", "", PARTY),
    ("Văn phòng Đảng ủy", OrgKind.PARTY_OFFICE, "VP Đảng ủy", "", PARTY),
    ("Ban Xây dựng Đảng", OrgKind.PARTY_BOARD, "Ban XDĐ", "Ban Xây dựng Đảng Đảng ủy", PARTY),
    ("Ủy ban Kiểm tra Đảng ủy", OrgKind.INSPECTION_COMMITTEE, "UBKT Đảng ủy", "", PARTY),
    # the party cells and subordinate committees go under this one, for the clerk to add
    (
        CELLS,
        OrgKind.PARTY_CELL,
        "Các chi bộ",
        "Các chi bộ, đảng ủy trực thuộc\nCác chi bộ trực thuộc\nChi bộ, đảng bộ trực thuộc",
        PARTY,
    ),
    ("Hội đồng nhân dân {level}", OrgKind.PEOPLES_COUNCIL, "HĐND {level}", "", None),
    (UBND, OrgKind.PEOPLES_COMMITTEE, "UBND {level}", "", None),
    ("Văn phòng HĐND và UBND {level}", OrgKind.DEPARTMENT, "Văn phòng HĐND-UBND", "", UBND),
    ("Phòng Kinh tế", OrgKind.DEPARTMENT, "", "Phòng Kinh tế {level}", UBND),
    ("Phòng Văn hóa - Xã hội", OrgKind.DEPARTMENT, "Phòng VH-XH", "", UBND),
    (
        "Trung tâm Phục vụ hành chính công {level}",
        OrgKind.DEPARTMENT,
        "Trung tâm PVHCC",
        "Bộ phận một cửa",
        UBND,
    ),
    ("Công an {level}", OrgKind.OTHER, "", "", None),
    ("Ban Chỉ huy quân sự {level}", OrgKind.OTHER, "BCHQS {level}", "", None),
    (MTTQ, OrgKind.FATHERLAND_FRONT, "MTTQ {level}", "Mặt trận Tổ quốc {level}", None),
    ("Hội Liên hiệp Phụ nữ {level}", OrgKind.MASS_ORGANIZATION, "Hội Phụ nữ", "", MTTQ),
    (
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh {level}",
        OrgKind.MASS_ORGANIZATION,
        "Đoàn Thanh niên",
        "",
        MTTQ,
    ),
    ("Hội Nông dân {level}", OrgKind.MASS_ORGANIZATION, "", "", MTTQ),
    ("Hội Cựu chiến binh {level}", OrgKind.MASS_ORGANIZATION, "", "", MTTQ),
    # and the villages or residential groups under this one
    (VILLAGES, OrgKind.VILLAGE, "Các thôn, tổ dân phố", "Thôn, tổ dân phố\nCác thôn", None),
]


def units_for(level_word: str, name: str) -> list[tuple]:
    """The rows above for one commune, its level word and name filled in."""

    def fill(text: str) -> str:
        return text.format(level=level_word, name=name) if text else text

    return [
        (fill(unit), kind, fill(short), fill(aliases), fill(parent) if parent else None)
        for unit, kind, short, aliases, parent in UNITS
    ]


# Where a unit a document names stands in the tree, by how its name begins (folded): its
# kind and the kind of the unit above it (None: the commune itself). First match wins.
PLACES = [
    (
        ("phong ", "trung tam ", "bo phan ", "van phong hdnd", "van phong hoi dong nhan dan"),
        OrgKind.DEPARTMENT,
        OrgKind.PEOPLES_COMMITTEE,
    ),
    (("chi bo ", "dang bo ", "dang uy "), OrgKind.PARTY_CELL, OrgKind.PARTY_COMMITTEE),
    (("hoi ", "doan thanh nien", "doan tn"), OrgKind.MASS_ORGANIZATION, OrgKind.FATHERLAND_FRONT),
    (("thon ", "to dan pho", "khu pho", "ap "), OrgKind.VILLAGE, None),
]
PARTY_WORDS = (" dang", " dang uy")  # "Ban Tuyên giáo và Dân vận Đảng ủy": a Party board


def placement(commune: Organization, name: str) -> tuple[str, Organization]:
    """The kind of a new unit called ``name`` and the unit of ``commune`` it goes under:
    "Phòng Nội vụ" under the People's Committee, "Ban Tuyên giáo Đảng ủy" under the Party
    Committee, "Hội Chữ thập đỏ" under the Fatherland Front, anything else under the commune
    itself. A parent the commune does not have (or has retired) gives way to the commune."""
    folded = fold(name)
    kind, above = OrgKind.OTHER, None
    for starts, place_kind, parent_kind in PLACES:
        if folded.startswith(starts):
            kind, above = place_kind, parent_kind
            break
    else:
        if folded.startswith("ban ") and folded.endswith(PARTY_WORDS):
            kind, above = OrgKind.PARTY_BOARD, OrgKind.PARTY_COMMITTEE
    parent = None
    if above is not None:
        parent = (
            Organization.objects.in_commune(commune)
            .filter(kind=above, is_active=True)
            .order_by("position", "pk")
            .first()
        )
    return kind, parent or commune
