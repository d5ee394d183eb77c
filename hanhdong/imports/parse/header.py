"""What a document says of itself: its issuer, number, date, title and term (or the term
proposed when it states none), the signature and the recipients — in the Party layout
("ĐẢNG ỦY XÃ …", "Số 12-CTr/ĐU", "T/M BAN CHẤP HÀNH") and in the State one ("ỦY BAN NHÂN
DÂN" over "XÃ …", "Số: 214/KH-UBND", "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH")."""

from __future__ import annotations

import collections
import re

from django.utils import timezone

from hanhdong.imports.parse.lines import Line, ends_sentence, join
from hanhdong.lib import periods
from hanhdong.lib.text import fold

_NUMBER = re.compile(r"(?:^|\s)Số\s*:?\s*(\d+\s*[-/][\w/\-–.Đđ]*)", re.IGNORECASE)
_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_TERM = re.compile(r"nhiệm kỳ\s+(20\d\d)\s*[-–]\s*(20\d\d)", re.IGNORECASE)
# what a title states of its span: "nhiệm kỳ 2025 - 2030", "giai đoạn 2026 - 2030", "năm 2026"
_SPAN = re.compile(r"(?:(?:nhiệm kỳ|giai đoạn)\s+)?\b(20\d\d)\s*[-–—]\s*(20\d\d)\b", re.IGNORECASE)
_ONE_YEAR = re.compile(r"(?<!đến )(?<!tầm nhìn )\bnăm\s+(20\d\d)\b", re.IGNORECASE)
_DATE_BEFORE = re.compile(r"\btháng\s+\d{1,2}\s*$", re.IGNORECASE)
_YEARS = re.compile(r"(?<![\d/.-])(20\d\d)(?![\d/.-])|/(20\d\d)\b")
MAX_TERM = 10  # years: a longer span is not a plan's term
# the kinds of document whose tasks are followed: the word that heads the title
_KIND = re.compile(
    r"^(chuong trinh hanh dong|chuong trinh|ke hoach|de an|thong bao|chi thi|ket luan"
    r"|nghi quyet|phuong an|quyet dinh)\b"
)
_RECIPIENT = re.compile(r"^[-+•]\s*")
_SIGN = re.compile(r"^(T/M|TM\.?|THAY MẶT|T/L|TL\.|K/T|KT\.?)\s+(.+)$", re.IGNORECASE)
_SIGN_PREFIX = {"t/m": "T/M", "thay mat": "T/M", "tm": "TM.", "t/l": "T/L", "tl": "TL."}
_SIGN_PREFIX |= {"k/t": "K/T", "kt": "KT."}
# the issuing body in a document's header, in capitals: Party ("ĐẢNG ỦY XÃ …", "HUYỆN ỦY …")
# and State ("ỦY BAN NHÂN DÂN" over "XÃ …", "BỘ …", "SỞ …")
_LEVELS = {
    "xa": "xã",
    "phuong": "phường",
    "dac khu": "đặc khu",
    "thi tran": "thị trấn",
    "huyen": "huyện",
    "quan": "quận",
    "thi xa": "thị xã",
    "thanh pho": "thành phố",
    "tinh": "tỉnh",
}
_LEVEL = r"(dac khu|thi tran|thi xa|thanh pho|xa|phuong|huyen|quan|tinh)"
_PARTY_UNIT = re.compile(rf"^dang (?:uy|bo) {_LEVEL} (.+)$")
_PARTY_COMMITTEE = re.compile(r"^(huyen|tinh|thanh|quan|thi) uy (.+)$")
_COMMITTEE_LEVEL = {"huyen": "huyện", "tinh": "tỉnh", "thanh": "thành phố", "quan": "quận"}
_COMMITTEE_LEVEL["thi"] = "thị xã"
# what the committee of a province, a district, a city is called (a commune's is "Đảng ủy")
_COMMITTEE_OF = {
    "tinh": "Tỉnh ủy",
    "huyen": "Huyện ủy",
    "quan": "Quận ủy",
    "thi xa": "Thị ủy",
    "thanh pho": "Thành ủy",
}
_STATE_BODY = re.compile(
    r"^(uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)(?: {_LEVEL} (.+))?$".replace(
        "{_LEVEL}", _LEVEL
    )
)
_PLACE_LINE = re.compile(rf"^{_LEVEL} (.+)$")
_AGENCY = re.compile(r"^(bo|so|ban|van phong|tong cuc|cuc) \S")
_ISSUER = re.compile(r"Ban Chấp hành Đảng bộ\s+(xã|phường|đặc khu|thị trấn)\s+", re.IGNORECASE)
_COMMUNE_LINE = re.compile(r"^Đảng (?:ủy|uỷ|bộ)\s+(xã|phường|đặc khu|thị trấn)\s+", re.IGNORECASE)
BODY_NAMES = {
    "ban chap hanh": "Ban Chấp hành",
    "ban thuong vu": "Ban Thường vụ",
    "dang uy": "Đảng ủy",
    "thuong truc dang uy": "Thường trực Đảng ủy",
}
ROLE_NAMES = {"bi thu": "Bí thư", "pho bi thu": "Phó Bí thư"}
_RANKS = ("pho", "chanh", "tong")  # "Phó Chủ tịch", "Chánh Văn phòng": the office after it


def term(title: str, text: str) -> tuple[int, int] | None:
    """The span the document states: the one its title names ("nhiệm kỳ 2025 - 2030",
    "giai đoạn 2026 - 2030", "năm 2026"), else the term most often named in the text."""
    # the last span the title names: "… Nghị quyết Đại hội … nhiệm kỳ 2025 - 2030, giai đoạn
    # 2026 - 2030" carries out the term's resolution over a stage of its own
    spans = [(int(a), int(b)) for a, b in _SPAN.findall(title) if 0 <= int(b) - int(a) <= MAX_TERM]
    if spans:
        return spans[-1]
    for m in _ONE_YEAR.finditer(title):
        if _DATE_BEFORE.search(title, 0, m.start()):
            continue  # "Chỉ thị số 19/CT-TTg ngày 12 tháng 8 năm 2025": a date, not a span
        return int(m.group(1)), int(m.group(1))
    counts = collections.Counter(
        (int(a), int(b)) for a, b in _TERM.findall(text) if 0 < int(b) - int(a) <= MAX_TERM
    )
    return counts.most_common(1)[0][0] if counts else None


def proposed_term(data: dict, parts) -> tuple[int, int]:
    """For a document that states no term (a notice of conclusions, a directive): from the
    year it was issued to the year of its last deadline, for the clerk to confirm."""
    task_years = [
        year
        for task in data["key_tasks"]
        for period in (task.get("start_period"), task.get("end_period"))
        if (year := periods.year_span(periods.Period.from_dict(period), None)[0])
    ]
    texts = [n.title for p in parts for n in p.walk()]
    texts += [join(t) for p in parts for n in p.walk() for t in (*n.body, *n.items)]
    text_years = [int(a or b) for t in texts for a, b in _YEARS.findall(t)]
    issued = int(data["date"][:4]) if data.get("date") else None
    start = issued or min(text_years + task_years, default=None)
    if start is None:
        return (timezone.localdate().year,) * 2
    later = [y for y in task_years or text_years if start <= y <= start + MAX_TERM]
    return start, max(later, default=start)


def issuer(text: str, preamble: list[Line], signed_by: dict) -> str:
    """The body that issues the document: the last body its header names before the number
    ("ĐẢNG BỘ TỈNH …" over "HUYỆN ỦY …": the district committee). A Party committee issues
    through its Executive Committee (Ban Chấp hành) unless the Standing Committee signs
    ("T/M Ban Thường vụ", "T/L Ban Thường vụ")."""
    standing = fold(signed_by.get("on_behalf_of", "")).endswith("ban thuong vu")
    found = ""
    for index, line in enumerate(preamble[:40]):
        if _NUMBER.search(line.text) or _KIND.match(fold(line.text)):
            break
        if _uppercase_share(line.text) < 0.8:
            continue
        following = preamble[index + 1].text if index + 1 < len(preamble) else ""
        found = _header_body(line.text, following, standing) or found
    if found:
        return found
    unit = ""
    for line in preamble:  # "Đảng ủy xã Nghi Dương", not in capitals
        if unit := _commune_after(_COMMUNE_LINE.match(line.text), line.text):
            break
    unit = unit or _commune_after(_ISSUER.search(text), text)
    if not unit:
        return ""
    return f"Ban Thường vụ Đảng ủy {unit}" if standing else f"Ban Chấp hành Đảng bộ {unit}"


def _header_body(text: str, following: str, standing: bool) -> str:
    folded = " ".join(fold(text).split())
    if m := _PARTY_UNIT.match(folded):
        unit = f"{_LEVELS[m.group(1)]} {_name_of(text, m.start(2))}"
        if standing and m.group(1) in _COMMITTEE_OF:  # "ĐẢNG BỘ TỈNH …": the Tỉnh ủy's
            return f"Ban Thường vụ {_COMMITTEE_OF[m.group(1)]} {_name_of(text, m.start(2))}"
        return f"Ban Thường vụ Đảng ủy {unit}" if standing else f"Ban Chấp hành Đảng bộ {unit}"
    if m := _PARTY_COMMITTEE.match(folded):
        name = _name_of(text, m.start(2))
        if standing:
            return f"Ban Thường vụ {text.split()[0].capitalize()} ủy {name}"
        return f"Ban Chấp hành Đảng bộ {_COMMITTEE_LEVEL[m.group(1)]} {name}"
    if m := _STATE_BODY.match(folded):
        body = (
            "Ủy ban nhân dân" if m.group(1) in ("uy ban nhan dan", "ubnd") else "Hội đồng nhân dân"
        )
        if m.group(2):
            return f"{body} {_LEVELS[m.group(2)]} {_name_of(text, m.start(3))}"
        place = _PLACE_LINE.match(" ".join(fold(following).split()))
        if place and _uppercase_share(following) >= 0.8:
            return f"{body} {_LEVELS[place.group(1)]} {_name_of(following, place.start(2))}"
        return body
    if _AGENCY.match(folded) and not folded.startswith(("ban chap hanh", "ban thuong vu")):
        return _agency_name(text)
    return ""


def _name_of(text: str, start: int) -> str:
    """ "PHÚ THẠNH ĐÔNG" -> "Phú Thạnh Đông": a place's name from ``start`` (counted in the
    folded text, which keeps every character's place)."""
    return " ".join(text[start:].split()).title()


def _agency_name(text: str) -> str:
    """ "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" -> "Bộ Nông nghiệp và Môi trường": the first word and
    the first word of each name joined by "và", a comma or a dash take a capital."""
    words = " ".join(text.split()).lower().split(" ")
    out = []
    for index, word in enumerate(words):
        joined = index > 0 and (words[index - 1] in ("và", "-", "–") or words[index - 1][-1] == ",")
        after_head = index == 1 or (index == 2 and words[0] in ("văn", "tổng"))
        out.append(word.capitalize() if index == 0 or joined or after_head else word)
    return " ".join(out)


def _commune_after(found: re.Match | None, text: str) -> str:
    """ "xã Nghi Dương": the level word ``found`` and the name that follows it in ``text``."""
    name = _place_name(text[found.end() :]) if found else ""
    return f"{found.group(1).lower()} {name}" if name else ""


def _place_name(text: str) -> str:
    """The capitalised words that begin ``text`` (at most four, up to a comma or a full
    stop): the name in "Nghi Dương, nhiệm kỳ …", "Nghi Dương nhiệm kỳ …"."""
    words = []
    for raw in text.split():
        word = raw.strip(',.;:()“”"')
        if not word or not word[0].isupper() or fold(word) == "nhiem":
            break
        words.append(word)
        if len(words) == 4 or raw[-1] in ',.;:)”"':
            break
    return " ".join(words)


def number(preamble: list[Line]) -> str:
    for line in preamble:
        if m := _NUMBER.search(line.text):
            return m.group(1).rstrip(".,")
    return ""


def date(preamble: list[Line]) -> str | None:
    for line in preamble:
        if m := _DATE.search(line.text):
            day, month, year = (int(g) for g in m.groups())
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def title(preamble: list[Line], text: str) -> str:
    """ "Kế hoạch thực hiện nhiệm vụ …": the kind of document in capitals ("KẾ HOẠCH",
    "CHƯƠNG TRÌNH HÀNH ĐỘNG", "ĐỀ ÁN", "THÔNG BÁO") and the subject printed under it."""
    for index, line in enumerate(preamble):
        kind = _KIND.match(fold(line.text))
        if kind is None or _uppercase_share(line.text[: len(kind.group(1))]) < 0.8:
            continue
        parts = [line.text]
        bare = len(fold(line.text)) == kind.end()  # "KẾ HOẠCH" alone: its subject follows
        for follow in preamble[index + 1 : index + 6]:
            folded = fold(follow.text)
            if re.match(r"^[-*_=.–—]{1,}$", follow.text) or not folded:
                break
            starts = ("can cu", "thuc hien nghi quyet so", "kinh gui", "so ")
            if folded.startswith(starts) and not follow.text[:1].islower():
                break  # a sentence of the preamble ("Thực hiện Nghị quyết số …, Đảng ủy …")
            wrapped = bool(re.match(r"^[-–]\s*\w", follow.text)) and not follow.text[2:3].isupper()
            continuing = (
                follow.text[:1].islower()
                or follow.text.isupper()
                or wrapped
                or (bare and len(parts) == 1 and len(follow.text) < 200)
                # the same paragraph after a line break, the sentence not yet over
                or (len(parts) > 1 and not follow.blank_before and not ends_sentence(parts[-1]))
            )
            if not continuing:
                break
            parts.append(follow.text)
        head = line.text[: len(kind.group(1))]
        rest = join([line.text[len(head) :], *parts[1:]])
        head = head[:1].upper() + head[1:].lower()
        if rest.isupper():
            rest = rest.lower()
        elif rest[:1].isupper() and not rest[1:2].isupper():
            rest = rest[:1].lower() + rest[1:]
        return f"{head} {rest}".strip()
    if m := re.search(r"Căn cứ\s+(Nghị quyết[^,]+,\s+nhiệm kỳ\s+20\d\d\s*-\s*20\d\d)", text):
        return "Chương trình hành động thực hiện " + " ".join(m.group(1).split())
    return "Chương trình hành động"


def _uppercase_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def _proper(text: str, names: dict[str, str]) -> str:
    key = fold(text)
    return names.get(key, text[:1].upper() + text[1:].lower())


def _role(text: str) -> str:
    """ "PHÓ CHỦ TỊCH" -> "Phó Chủ tịch", "CHÁNH VĂN PHÒNG" -> "Chánh Văn phòng",
    "PHÓ BÍ THƯ THƯỜNG TRỰC" -> "Phó Bí thư Thường trực" (the standing deputy: a title of
    its own, capitalised as the State's rules on capitals write "Phó Thủ tướng Thường trực")."""
    if fold(text) in ROLE_NAMES:
        return ROLE_NAMES[fold(text)]
    words = text.lower().split()
    for index, word in enumerate(words):
        standing = fold(" ".join(words[index : index + 2])) == "thuong truc"
        if index == 0 or fold(words[index - 1]) in _RANKS or standing:
            words[index] = word.capitalize()
    return " ".join(words)


# "(Đã ký)", "[đã ký và đóng dấu]": a web portal's copy says where the signature stood
_SIGNED_MARK = re.compile(r"^[(\[]\s*(?:đã|da)\s+k[ýy]\b.*[)\]]$", re.IGNORECASE)


def signature(closing: list[Line]) -> dict:
    for index, line in enumerate(closing):
        if m := _SIGN.match(line.text):
            # the lines under it, but for the recipients a page break may have put between
            after = [ln.text for ln in closing[index + 1 :] if not _RECIPIENT.match(ln.text)][:7]
            while after and re.match(r"^(K/T|KT\.?)\s", after[0], re.IGNORECASE):
                after.pop(0)  # "KT. BÍ THƯ" / "PHÓ BÍ THƯ": a deputy signs
            role = after[0] if after else ""
            name = next(
                (
                    t
                    for t in after[1:]
                    if len(t.split()) >= 2
                    and not t.isupper()
                    and not fold(t).startswith("phu luc")
                    and not _SIGNED_MARK.match(t)
                ),
                "",
            )
            prefix = _SIGN_PREFIX.get(fold(m.group(1)).rstrip("."), m.group(1))
            return {
                "on_behalf_of": f"{prefix} {_proper(m.group(2), BODY_NAMES)}",
                "role": _role(role),
                "name": name,
            }
    return {}


def recipients(closing: list[Line]) -> list[str]:
    """The list under "Nơi nhận:"; the signature printed beside it (read before the list
    ends, as a page break may put it) is passed over."""
    out: list[list[str]] = []
    reading = False
    for line in closing:
        folded = fold(line.text)
        if folded.startswith("noi nhan"):
            reading = True
            continue
        if not reading:
            continue
        if folded.startswith("phu luc"):
            break
        if _SIGN.match(line.text) or (line.text.isupper() and not _RECIPIENT.match(line.text)):
            continue  # "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"
        if _RECIPIENT.match(line.text):
            out.append([_RECIPIENT.sub("", line.text)])
        elif out and not line.blank_before:
            out[-1].append(line.text)
        elif out:
            break
    return [join(r).rstrip(",;. ") for r in out]
