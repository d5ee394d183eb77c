"""Key tasks read from the wording of a document that has no key-task table (a notice of
conclusions, a directive, a program that assigns its tasks in the text): an item that names
a lead agency and a time is a key task, for the clerk to confirm.

The shapes a task's assignment takes:

- "Giao X chủ trì, phối hợp với Y <task>; hoàn thành trước ngày 31/01/2026."
- "Giao X phối hợp với Y <task>; thời gian: thường xuyên." (X leads)
- "Giao X <task>; thời gian thực hiện: quý II/2026."
- "<Task>. X chủ trì, phối hợp với Y thực hiện; hoàn thành trong quý II/2021."
- "<Task> (X chủ trì, Y phối hợp; thực hiện từ năm 2021 đến năm 2023)."
- "X lãnh đạo <task>; thực hiện hằng năm."

Where the words do not mark where an agency's name ends ("Giao Ủy ban nhân dân phường
hoàn thành …"), the name is read by how Vietnamese bodies are named: each word capitalised
("Hội Liên hiệp Phụ nữ"), with "nhân dân", "cán sự đảng", "và", the level of government
("xã", "phường", "huyện", "tỉnh") and few others in small letters.

Every pattern is anchored or bounded, so an item costs time in proportion to its length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hanhdong.lib.text import fold

_P = (
    r"(?:quý\s+(?:IV|I{1,3}|[1-4])\s*(?:/|\s+năm\s+)\s*\d{4}"
    r"|tháng\s+\d{1,2}\s*(?:/|\s+năm\s+)\s*\d{4}"
    r"|(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}|năm\s+\d{4}|h[ằà]ng\s+năm|thường\s+xuyên)"
)
_RANGE = rf"từ\s+(?P<a>{_P})\s+đến\s+(?P<b>{_P})"
# (pattern, what it gives): a deadline, or a time of execution (start = end, or a range)
_TIMES = [
    (
        re.compile(
            rf"\b(?:hoàn thành|xong|kết thúc)(?:\s+(?:trước|trong|chậm nhất|vào))?\s+(?P<x>{_P})",
            re.I,
        ),
        "deadline",
    ),
    (re.compile(rf"\b(?:trước|chậm nhất)\s+(?P<x>{_P})", re.I), "deadline"),
    (
        re.compile(
            rf"\b(?:thời hạn|thời gian hoàn thành)(?:\s+hoàn thành)?\s*:\s*(?P<x>{_P})", re.I
        ),
        "deadline",
    ),
    (
        re.compile(
            rf"\b(?:thời gian|tiến độ)(?:\s+thực hiện)?\s*:\s*(?:{_RANGE}|(?P<x>{_P}))", re.I
        ),
        "run",
    ),
    (re.compile(rf"\bthực hiện\s+(?:trong\s+)?(?:{_RANGE}|(?P<x>{_P}))", re.I), "run"),
    (re.compile(rf"\btrong\s+(?P<x>{_P})\s*[.;)]?\s*$", re.I), "run"),  # "… trong năm 2026."
]
_OPENERS = re.compile(r"^(?:giao|đề nghị|yêu cầu)\s+", re.I)
_GIVER = re.compile(r"^(\S[^,;.]{0,80}?)\s+(?:giao|đề nghị|yêu cầu)\s+", re.I)
_LEADS = re.compile(r"\s+chủ trì\b", re.I)
_PARTNERS_WITH = re.compile(r"^,?\s*phối hợp với\s+", re.I)
_BRACKET_PARTNERS = re.compile(
    r"^\s*,\s*(?:phối hợp với\s+(?P<w>[^;]+?)|(?P<y>[^;]+?)\s+phối hợp)\s*[;,]", re.I
)
_SENTENCE_PARTNERS = re.compile(
    r"^\s*,\s*(?:phối hợp với\s+(.+?)(?:\s+thực hiện\b|\s*[;.]|$)|([^;.]+?)\s+phối hợp\b)",
    re.I,
)

# the words of a body's name that stay in small letters
_FILLERS = [
    "nhân dân",
    "cán sự đảng",
    "chỉ huy quân sự",
    "quân sự",
    "chính trị - xã hội",
    "đô thị",
    "ủy",
    "uỷ",
    "và",
    "các",
    "của",
]
_LEVELS = ["thành phố", "thị trấn", "thị xã", "đặc khu", "xã", "phường", "huyện", "quận", "tỉnh"]
# verbs a task's wording opens with: where a name could take one more small word ("Tân An
# bố trí …"), one of these ends it instead
_VERBS = {
    fold(v)
    for v in (
        "bố trí",
        "xây dựng",
        "tổ chức",
        "triển khai",
        "thực hiện",
        "hướng dẫn",
        "rà soát",
        "kiểm tra",
        "tham mưu",
        "chỉ đạo",
        "lãnh đạo",
        "theo dõi",
        "đôn đốc",
        "nghiên cứu",
        "tuyên truyền",
        "vận động",
        "đẩy mạnh",
        "tăng cường",
        "nâng cao",
        "nâng cấp",
        "hoàn thành",
        "hoàn thiện",
        "ban hành",
        "tập trung",
        "quản lý",
        "đầu tư",
        "phát triển",
        "đánh giá",
        "sơ kết",
        "tổng kết",
        "tổng hợp",
        "giải quyết",
        "xử lý",
        "cập nhật",
        "duy trì",
        "đề xuất",
        "báo cáo",
        "trình",
        "mở",
        "lập",
        "làm",
        "cấp",
        "chủ trì",
        "phối hợp",
    )
}
_SMALL = sorted((fold(w).split() for w in _FILLERS + _LEVELS), key=len, reverse=True)
# what a body's name starts with (folded): a lead at the very start of an item
_BODY_HEADS = re.compile(
    r"^(uy ban|ubnd|hdnd|mttq|ban|dang uy|dang doan|van phong|phong|so|hoi|doan|cong an"
    r"|trung tam|chi bo|mat tran|huyen uy|tinh uy|thanh uy|bo|cuc|chi cuc|tram|truong"
    r"|cong ty|ngan hang|lien minh|hiep hoi|thanh tra|bao hiem|kho bac|hoi dong)\b"
)


@dataclass
class Worded:
    name: str
    lead: str
    partners: str
    start: str
    end: str


def _cap(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;.:")
    return text[:1].upper() + text[1:]


def _period_text(text: str) -> str:
    """ "quý II/2026" -> "Quý II/2026"; "ngày 31/01/2026" -> "31/01/2026": as a cell prints it."""
    text = re.sub(r"^ngày\s+", "", " ".join(text.split()), flags=re.I)
    text = re.sub(r"\s*/\s*", "/", text)
    text = re.sub(r"^((?:quý|tháng)\s+\S+)\s+năm\s+", r"\1/", text, flags=re.I)
    return text[:1].upper() + text[1:]


def _time(text: str) -> tuple[re.Match, str, str] | None:
    """The last time clause of ``text`` (the longest where two end at the same period):
    its match, start and end."""
    found = None
    for pattern, kind in _TIMES:
        for m in pattern.finditer(text):
            key = (m.end("x") if m.group("x") else m.end("b"), -m.start())
            if found is None or key > found[2]:
                found = (m, kind, key)
    if found is None:
        return None
    m, kind, _ = found
    if m.groupdict().get("a"):
        return m, _period_text(m.group("a")), _period_text(m.group("b"))
    value = _period_text(m.group("x"))
    return m, ("" if kind == "deadline" else value), value


def _is_capital(word: str) -> bool:
    return word[:1].isupper()


def _acronym(word: str) -> bool:
    letters = word.strip(",;.:()")
    return len(letters) > 1 and letters.isupper()


def body_name(words: list[str], start: int = 0) -> int:
    """How many of ``words`` from ``start`` make a body's name (0 when none starts there)."""
    i, n, end = start, len(words), start
    while i < n:
        word = words[i]
        if _is_capital(word):  # "Ủy ban", "Phụ nữ": a capital and its second syllable
            i += 1
            if (
                i < n
                and not _acronym(word)
                and word[-1:] not in ",;:.)"
                and words[i][:1].islower()
                and not _small_at(words, i)
                and not _verb_at(words, i)
                # "Ban hành …" opens no body; "Sở Xây dựng" goes on with its second syllable
                and (i - 1 > start or fold(f"{word} {words[i]}") not in _VERBS)
            ):
                i += 1
            end = i
        elif word in ("-", "–") and i + 1 < n and _is_capital(words[i + 1]):
            i += 1
            continue
        elif length := _small_at(words, i):
            joining = fold(words[i].strip(",;")) in ("va", "cac", "cua")
            i += length
            if joining and not (i < n and (_is_capital(words[i]) or _small_at(words, i))):
                break
            if not joining:
                end = i
        else:
            break
        if i == start or words[i - 1][-1:] in ",;:.)":
            break
    return end - start


def _small_at(words: list[str], i: int) -> int:
    """The length of the small-letter name words ("nhân dân", "phường") at ``words[i]``."""
    folded = [fold(w.strip(",;.:)")) for w in words[i : i + 4]]
    for phrase in _SMALL:
        if folded[: len(phrase)] == phrase and all(
            w[:1].islower() for w in words[i : i + len(phrase)]
        ):
            return len(phrase)
    return 0


def _verb_at(words: list[str], i: int) -> bool:
    one = fold(words[i].strip(",;.:"))
    two = f"{one} {fold(words[i + 1].strip(',;.:'))}" if i + 1 < len(words) else one
    return one in _VERBS or two in _VERBS


def _split_body(text: str) -> tuple[str, str]:
    """ "Ủy ban nhân dân phường hoàn thành việc …" -> the body, the rest."""
    words = text.split()
    count = body_name(words)
    return " ".join(words[:count]), " ".join(words[count:])


def _partners_then_task(text: str) -> tuple[str, str]:
    """After "phối hợp với": the partners ("Sở Tài chính, Sở Xây dựng", "các cơ quan liên
    quan"), then the task."""
    words = text.split()
    count = body_name(words)
    while count and count < len(words) and words[count - 1].endswith(","):
        more = body_name(words, count)
        if not more:
            break
        count += more
    if count == 0 and words[:1] and fold(words[0]) == "cac":
        m = re.match(r"^(các\s+(?:\S+\s+){0,4}?(?:có\s+)?liên quan)\s+(.*)$", text, re.I)
        if m:
            return m.group(1), m.group(2)
    return " ".join(words[:count]), " ".join(words[count:])


# "Cơ quan chủ trì: Phòng Kinh tế.", "Đơn vị phối hợp: …", "Thời gian hoàn thành: quý II/2026":
# a task's particulars given one a line (or one a clause) under its name
_LABEL = re.compile(
    r"^\s*(?P<label>(?:(?:cơ quan|đơn vị|bộ phận)\s+)?(?:chủ trì|phối hợp)(?:\s+thực hiện)?"
    r"|(?:thời gian|thời hạn|tiến độ)(?:\s+(?:thực hiện|hoàn thành))?)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)


def from_labels(name: str, texts: list[str]) -> Worded | None:
    """The task named ``name`` whose particulars ``texts`` give by their labels ("Cơ quan
    chủ trì: …", "Cơ quan phối hợp: …", "Thời gian hoàn thành: …"); None without a lead and
    a time. A time labelled "hoàn thành" or "thời hạn" is a deadline; any other is when it
    is done (a range "A - B" from A to B)."""
    lead = partners = ""
    start = end = None
    for text in texts:
        m = _LABEL.match(" ".join(text.split()))
        if m is None:
            continue
        label, value = fold(m.group("label")), _cap(m.group("value").rstrip(" .;,"))
        if "chu tri" in label:
            lead = lead or value
        elif "phoi hop" in label:
            partners = partners or value
        elif end is None and value:
            if "hoan thanh" in label or "thoi han" in label:
                start, end = "", _period_text(value)
            else:
                pair = re.match(r"^(.+?)\s+[-–]\s+(.+)$", value)
                start, end = (pair.group(1), pair.group(2)) if pair else (value, value)
                start, end = _period_text(start), _period_text(end)
    name = name.strip(" .;:")
    if not lead or end is None or not name:
        return None
    return Worded(_cap(name), lead, partners, start, end)


def read(text: str) -> Worded | None:
    """The key task an item's wording assigns, or None when it names no lead or no time."""
    text = " ".join(text.split())
    clauses = re.split(r"(?<=[.;])\s+", text)
    if len(clauses) > 1 and any(_LABEL.match(c) for c in clauses[1:]):  # "<task>. Chủ trì: X; …"
        labelled = from_labels(clauses[0], clauses[1:])
        if labelled is not None:
            return labelled
    timed = _time(text)
    if timed is None:
        return None
    clause, start, end = timed
    before = text[: clause.start()]
    assigned = (
        _in_brackets(before, text)
        or _given(before)
        or _led_sentence(before)
        or _led_from_start(before)
    )
    if assigned is None:
        return None
    name, lead, partners = assigned
    name = name.rstrip(" ;,(")
    if not name or not lead:
        return None
    return Worded(_cap(name), _cap(lead), _cap(partners), start, end)


def _in_brackets(before: str, text: str) -> tuple[str, str, str] | None:
    """ "<task> (X chủ trì, Y phối hợp; thực hiện …)"."""
    opening = before.rfind("(")
    if opening < 0 or ")" in before[opening:]:
        return None
    inside = before[opening + 1 :]
    m = re.match(r"^(?P<lead>[^;()]+?)\s+chủ trì\b(?P<rest>[^()]*)$", inside, re.I)
    if m is None:
        return None
    rest = m.group("rest")
    partners = ""
    if p := _BRACKET_PARTNERS.match(rest + ";"):
        partners = p.group("w") or p.group("y")
    return before[:opening], _OPENERS.sub("", m.group("lead")), partners


def _given(before: str) -> tuple[str, str, str] | None:
    """ "[Đảng ủy] giao X [chủ trì,] [phối hợp với Y] <task>"."""
    opener = _OPENERS.match(before)
    if opener is None and (by := _GIVER.match(before)) and _names_a_body(by.group(1)):
        words = by.group(1).split()
        if body_name(words) == len(words):  # "Đảng ủy giao …": who gives the task
            opener = by
    if opener is None:
        return None
    rest = before[opener.end() :]
    if (m := _LEADS.search(rest)) and _names_a_body(rest[: m.start()]):
        return _partners_and_task(rest[m.end() :], rest[: m.start()])
    with_at = re.search(r"\s+phối hợp với\s+", rest, re.I)
    lead, after = _split_body(rest if with_at is None else rest[: with_at.start()])
    if not lead or (with_at is not None and after):
        return None  # a verb between the lead and "phối hợp": not this shape
    return _partners_and_task(after if with_at is None else rest[with_at.start() :], lead)


def _partners_and_task(after: str, lead: str) -> tuple[str, str, str]:
    """What follows the lead: ", phối hợp với Y <task>" or "<task>"."""
    after = after.strip()
    partners = ""
    if w := _PARTNERS_WITH.match(after):
        partners, after = _partners_then_task(after[w.end() :])
    return after.lstrip(" ,"), lead, partners


def _led_sentence(before: str) -> tuple[str, str, str] | None:
    """ "<task>. X chủ trì[, phối hợp với Y] thực hiện; …"."""
    leads = list(_LEADS.finditer(before))
    if not leads:
        return None
    m = leads[-1]
    boundary = before.rfind(". ", 0, m.start())
    lead = before[boundary + 2 : m.start()]
    if boundary < 0 or not _names_a_body(lead):
        return None
    after = before[m.end() :]
    w = _SENTENCE_PARTNERS.match(after)
    partners = (w.group(1) or w.group(2)) if w else ""
    return before[: boundary + 1], lead, partners


def _names_a_body(text: str) -> bool:
    """ "Ủy ban nhân dân các xã, phường" before "chủ trì": a name, not a sentence with a
    verb in it ("UBND xã tổ chức hội nghị do Chủ tịch chủ trì")."""
    words = text.split()
    return (
        0 < len(words) <= 12
        and words[0][:1].isupper()
        and not any(w[:1].islower() and _verb_at(words, i) for i, w in enumerate(words))
    )


def _named(lead: str) -> bool:
    """A body's full name: two capitalised words ("Phòng Kinh tế"), an acronym ("UBND xã")
    or a level of government ("Công an xã") — not a verb that happens to start with one."""
    words = lead.split()
    capitals = sum(1 for w in words if w[:1].isupper())
    level = bool(words) and fold(words[-1].strip(",;.")) in {fold(w) for w in _LEVELS}
    return capitals >= 2 or any(_acronym(w) for w in words) or (len(words) >= 2 and level)


def _led_from_start(before: str) -> tuple[str, str, str] | None:
    """ "X [chủ trì, phối hợp với Y] lãnh đạo <task>": a body's name opens the item."""
    if not _BODY_HEADS.match(fold(before)):
        return None
    lead, rest = _split_body(before)
    if not _named(lead):
        return None
    if m := re.match(r"^chủ trì\b", rest, re.I):
        return _partners_and_task(rest[m.end() :], lead)
    return (rest, lead, "") if rest[:1].islower() else None
