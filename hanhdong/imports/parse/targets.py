"""Quantitative targets (chỉ tiêu) stated in the program's prose and in its key tasks.

A target is a number the program commits to: a percentage ("100% hồ sơ …", "đạt 90% trở
lên"), a count after a commitment word ("có ít nhất 05 mô hình", "có 120 doanh nghiệp"),
or an elimination ("không còn hộ nghèo" = at most 0). Its deadline comes from the clause
("đến năm 2030", "hằng năm", "trong nhiệm kỳ"), else from the sentence, else from the key
task that states it. A target stated both in the prose and in the key-task table is kept
once, where the prose states it, with the table's timing if the prose gave none.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from hanhdong.lib.text import fold

UNITS = [
    "doanh nghiệp",
    "hợp tác xã",
    "tổ hợp tác",
    "mô hình",
    "tổ chức",
    "giáo viên",
    "học sinh",
    "đảng viên",
    "lao động",
    "việc làm",
    "công trình",
    "dự án",
    "sản phẩm",
    "câu lạc bộ",
    "nhà văn hóa",
    "nhà văn hoá",
    "trường",
    "thôn",
    "tổ dân phố",
    "hộ",
    "người",
    "lượt",
    "km",
    "ha",
    "tỷ đồng",
    "triệu đồng",
    "tấn",
    "cơ sở",
    "điểm",
    "chợ",
    "phòng học",
    "xã",
    "khu",
    "cụm",
    "cây",
    "con",
    "lớp",
    "buổi",
    "cuộc",
    "vụ",
    "camera",
]
MEASURES = {"km", "ha", "tấn", "tỷ đồng", "triệu đồng"}
_UNIT_RE = re.compile(
    r"^(" + "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_NUMBER = r"(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)"
_PERCENT = re.compile(_NUMBER + r"\s*%")
_COUNT = re.compile(r"(?<![\d/.,-])" + _NUMBER + r"(?![\d/-])\s+(?=[^\W\d_])", re.UNICODE)
_COUNT_CUE = re.compile(
    r"\b(phấn đấu|ít nhất|tối thiểu|trở lên|có|đạt|thành lập|xây dựng|hoàn thành|tăng|giảm"
    r"|duy trì|phát triển|giải quyết việc làm(?: mới)? cho|kết nạp|trồng mới|chỉnh trang thêm"
    r"|hỗ trợ|nâng cấp|cải tạo|tổ chức|lắp đặt|xây mới|đào tạo|bồi dưỡng|tập huấn|mở rộng"
    r"|tạo việc làm(?: mới)? cho|thu hút)\b",
    re.IGNORECASE,
)
_ELIMINATE = re.compile(r"\bkhông còn\s+(?!đủ\b|phù hợp\b|là\b|nữa\b)([^,;.]+)", re.IGNORECASE)
_AT_MOST = re.compile(
    r"(không quá|tối đa|(?<!không )dưới|xuống còn|xuống dưới|giảm còn)\s*$", re.IGNORECASE
)
# "đạt trên 95%", "trên 50 doanh nghiệp": more than the number ("trên" right before it)
_MORE_THAN = re.compile(r"(?<!\w)trên\s*$", re.IGNORECASE)
_YEAR = re.compile(r"(?:đến|trước|vào|trong|cuối)?\s*(?:cuối\s+)?năm\s+(20\d\d)\b", re.IGNORECASE)
_ANNUAL = re.compile(r"\b(hằng năm|hàng năm|mỗi năm|thường niên)\b", re.IGNORECASE)
# "tăng bình quân 12%", "10%/năm": a rate, every year
_RATE = re.compile(r"\bbình quân\b|%\s*/\s*năm", re.IGNORECASE)
_SPAN = re.compile(r"\bgiai đoạn\s+20\d\d\s*[-–]\s*(20\d\d)\b", re.IGNORECASE)
_BASELINE = re.compile(r"\bso với\s+(?:cùng kỳ\s+)?(?:năm\s+)?20\d\d\b", re.IGNORECASE)
_LABEL_BEFORE = re.compile(r"\b(?:mức độ|mức|cấp độ|hạng|loại|lần thứ|khóa|khoá|số)\s*$", re.I)
_SHARE = re.compile(r"\bchiếm(?:\s+khoảng)?\s*$", re.IGNORECASE)
# what follows a number without being what it counts: time, order, a "per" denominator
_NOT_UNIT_WORDS = (
    "năm tháng ngày quý tuần giờ phút lần lượt khóa khoá kỳ nhiệm điều khoản mục chương "
    "phần số vạn nghìn ngàn trăm chục các và của cho trên dưới được đã là thì những từ "
    "đến với tại ở trong theo về sao mức độ"
)
_NOT_UNITS = {fold(w) for w in _NOT_UNIT_WORDS.split()}
_STOPS = _NOT_UNITS | {fold(w) for w in ("mới", "trở", "lên", "có", "đạt", "thêm")}
_WORD = re.compile(r"^\s*([^\W\d_][^\W\d_/]*)(?:\s+([^\W\d_][^\W\d_/]*))?")
_TERM = re.compile(r"\b(trong nhiệm kỳ|cuối nhiệm kỳ|hết nhiệm kỳ)\b", re.IGNORECASE)
_CUE_WORDS = re.compile(
    r"\b(phấn đấu|đến năm 20\d\d|năm 20\d\d|đạt từ|đạt|từ|trở lên|ít nhất|tối thiểu|có|"
    r"hằng năm|hàng năm|trong đó|hướng tới mục tiêu|mục tiêu|chỉ tiêu về|là|cho|các|số|"
    r"bảo đảm|đảm bảo)\b",
    re.IGNORECASE,
)


@dataclass
class Source:
    where: str
    text: str
    appendix_recurrence: str | None = None  # from the key task's period, for table targets
    appendix_year: int | None = None
    heading_year: int | None = None  # the year its section's heading sets
    of_targets: bool = False  # its section's heading names targets ("Các chỉ tiêu chủ yếu")


def _value(text: str) -> Decimal:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        text = text.replace(".", "")
    return Decimal(text.replace(",", "."))


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ\-])", text) if s.strip()]


def _clean(phrase: str) -> str:
    phrase = _CUE_WORDS.sub(" ", phrase)
    phrase = re.sub(r"[\d%]+", " ", phrase) if len(phrase) < 4 else phrase
    phrase = re.sub(r"\s+", " ", phrase).strip(' ,;:.-–()“”"')
    return phrase


def _timing(clause: str, sentence: str, source: Source, term_end: int, eliminate: bool, **value):
    """(year, recurrence) of a target: from its clause, its sentence, the span before its
    value, its section's heading, its key task's time; ``value``: its ``unit`` and the
    clause ``before`` it."""
    unit, before = value.get("unit", ""), value.get("before", "")
    for own, scope in ((True, clause), (False, sentence)):
        scope = _BASELINE.sub(" ", scope)  # "tăng 10% so với năm 2025": a baseline, no deadline
        if m := _YEAR.search(scope):
            return int(m.group(1)), None
        # an average is a rate of its own clause's figure ("…; thu nhập bình quân …" says
        # nothing of the clause before it)
        if _ANNUAL.search(scope) or (own and unit == "%" and _RATE.search(scope)):
            return None, "annual"
        if _TERM.search(scope):
            return term_end, None
    if m := _SPAN.search(before):  # "tổng vốn … giai đoạn 2026 - 2030 đạt …": by its end
        return int(m.group(1)), None
    if source.heading_year:  # "a) Giai đoạn 2026 - 2027", "II. CHỈ TIÊU ĐẾN NĂM 2030"
        return source.heading_year, None
    if source.appendix_recurrence or source.appendix_year:
        return source.appendix_year, source.appendix_recurrence
    return (term_end, None) if eliminate else (None, None)


def unit_after(rest: str) -> tuple[str, int] | None:
    """What a number counts, from the words after it, and how long that is: a unit we know
    ("hợp tác xã", "ha", "tấn" — "tấn/ha" with its area), else the noun that follows
    ("10 tuyến hẻm", "38 giường bệnh", "8.500 USD", "1,5 tỷ USD")."""
    if m := _UNIT_RE.match(rest):
        end = m.end()
        if per := re.match(r"/(ha|m2|m²|km2|km²)\b", rest[end:]):
            end += per.end()
        return rest[:end].lower(), end
    m = _WORD.match(rest)
    if m is None or rest[:1] in "/-" or fold(m.group(1)) in _NOT_UNITS:
        return None
    first, second = m.group(1), m.group(2)
    acronym = len(first) > 1 and first.isupper()
    if first[:1].isupper() and not acronym:
        return None  # a name ("Khu A"), not a unit
    if (
        second
        and not acronym
        and fold(second) not in _STOPS
        and (second.islower() or (len(second) > 1 and second.isupper() and not _roman(second)))
    ):
        return f"{first} {second}", m.end()
    return first, m.start(1) + len(first)


def _roman(word: str) -> bool:
    return bool(re.fullmatch(r"[IVXLC]+", word))


def _indicator(clause: str, start: int, end: int, unit: str) -> str:
    """Words before and after the number, within its comma phrase (widened when too short)."""
    left = _MORE_THAN.sub("", clause[:start])  # "… y tế trên 95%": the word is the comparison
    right = clause[end:]
    right_phrase = re.split(r"[,;:(]", right, maxsplit=1)[0]
    pieces = re.split(r"(?<=[,;:])", left)
    before = ""
    while pieces and len(_clean(before).split()) < 3:
        before = pieces.pop() + before
    before = _clean(re.sub(r"^[,;:\s]+", "", before))
    after = _clean(right_phrase)
    if unit != "%":
        after = _clean(f"{unit} {after}")
    if len(after.split()) >= 3 or not before:
        if before and unit == "%" and len(after.split()) < 5 and before.split()[0] == "tỷ":
            return f"{before} {after}".strip()
        return after or before
    return f"{before} {after}".strip() if after and unit == "%" else before or after


# Each number found costs the length of its sentence, and telling twins apart the square of
# their count: a program states a few dozen targets in sentences of a few hundred characters.
MAX_FOUND = 500
MAX_SENTENCE = 5_000  # longer is not a sentence (a text without full stops): no target in it


class TooMany(ValueError):
    """More than MAX_FOUND numbers read as targets."""


def extract(sources: list[Source], term_end: int) -> list[dict]:
    found: list[dict] = []
    for source in sources:
        for sentence in _sentences(source.text):
            if len(sentence) > MAX_SENTENCE:
                continue
            for clause in re.split(r";", sentence):
                found.extend(_from_clause(clause, sentence, source, term_end))
            if len(found) > MAX_FOUND:
                raise TooMany(MAX_FOUND)
    return _merge(found)


def _from_clause(clause: str, sentence: str, source: Source, term_end: int) -> list[dict]:
    out = []
    percents = list(_PERCENT.finditer(clause))
    for m in percents:
        before = clause[: m.start()]
        comparison = _comparison(before, clause[m.end() :])
        year, recurrence = _timing(
            clause, sentence, source, term_end, False, unit="%", before=before
        )
        out.append(
            _target(
                source,
                _indicator(clause, m.start(), m.end(), "%"),
                m.group(1),
                "%",
                comparison,
                year,
                recurrence,
            )
        )
    starts = [p.start() for p in percents]
    commas = [i for i, char in enumerate(clause) if char == ","]
    for m in _COUNT.finditer(clause):
        last = bisect.bisect_right(starts, m.start()) - 1  # the percentage before the count
        if re.fullmatch(r"(19|20)\d\d", m.group(1)) or (
            last >= 0 and _in_percent_phrase(percents[last], m, commas)
        ):
            continue
        if m.group(1) == "1" and re.search(r"\b(?:trên|mỗi|cho)\s*$", clause[: m.start()]):
            continue  # "… trên 1 ha đất trồng trọt": per hectare, no count of its own
        if _LABEL_BEFORE.search(clause[: m.start()]):
            continue  # "mức độ 2", "hạng 3", "lần thứ 2": a grade or an order, no count
        rest = clause[m.end() :]
        found = unit_after(rest)
        if found is None:
            continue
        unit, length = found
        head = clause[max(0, m.start() - 40) : m.start()]
        measured = unit.split("/")[0] in MEASURES  # "12,5 km" commits to something on its own
        known = bool(_UNIT_RE.match(rest))  # "2.000.000 lượt khách" under "Chỉ tiêu"
        cued = _COUNT_CUE.search(head) or "trở lên" in rest[:60] or (source.of_targets and known)
        if not measured and not cued:
            continue
        comparison = _comparison(clause[: m.start()], rest, share=False)
        year, recurrence = _timing(
            clause, sentence, source, term_end, False, unit=unit, before=clause[: m.start()]
        )
        indicator = _indicator(clause, m.start(), m.end() + length, unit)
        out.append(_target(source, indicator, m.group(1), unit, comparison, year, recurrence))
    for m in _ELIMINATE.finditer(clause):
        what = m.group(1).strip()
        unit_m = _UNIT_RE.match(what)
        if unit_m is None:
            continue
        year, recurrence = _timing(clause, sentence, source, term_end, eliminate=True)
        out.append(
            _target(source, _clean(what), "0", unit_m.group(1).lower(), "<=", year, recurrence)
        )
    return out


def _comparison(before: str, after: str, share: bool = True) -> str:
    """ "giảm còn 2%" at most, "chiếm 30%" exactly, "trên 95%" more than (unless "trở lên"
    follows: then at least), else at least."""
    if _AT_MOST.search(before):
        return "<="
    if share and _SHARE.search(before):
        return "="
    if _MORE_THAN.search(before) and "trở lên" not in after[:40]:
        return ">"
    return ">="


def _in_percent_phrase(percent: re.Match, count: re.Match, commas: list[int]) -> bool:
    """ "100% trường học có 01 phòng học …": a count inside a percentage's own phrase (no
    comma between them) says what is counted, it is no target of its own."""
    comma = bisect.bisect_left(commas, percent.end())
    return comma == len(commas) or commas[comma] > count.start()


def _target(source, indicator, value, unit, comparison, year, recurrence) -> dict:
    return {
        "where": source.where,
        "indicator": indicator[:1].lower() + indicator[1:] if indicator else "",
        "value": _value(value),
        "unit": unit,
        "comparison": comparison,
        "year": year,
        "recurrence": recurrence,
    }


def similarity(a: str, b: str) -> float:
    """The share of ``a``'s words found in ``b`` (folded)."""
    words_a, words_b = _words(a), _words(b)
    return len(words_a & words_b) / len(words_a) if words_a else 0.0


@functools.lru_cache(maxsize=2048)
def _words(text: str) -> frozenset[str]:
    return frozenset(fold(text).split())


def _merge(found: list[dict]) -> list[dict]:
    prose = [t for t in found if not t["where"].startswith("appendix:")]
    table = [t for t in found if t["where"].startswith("appendix:")]
    kept = []
    alike: dict[tuple, list[dict]] = {}  # kept targets by value, unit and comparison
    for target in prose:
        if any(_same(target, k) for k in alike.get(_key(target), [])):
            continue
        kept.append(target)
        alike.setdefault(_key(target), []).append(target)
    for target in table:
        twin = next((k for k in alike.get(_key(target), []) if _same(k, target, loose=True)), None)
        if twin is None:
            kept.append(target)
            alike.setdefault(_key(target), []).append(target)
        elif twin["year"] is None and twin["recurrence"] is None:
            twin["year"], twin["recurrence"] = target["year"], target["recurrence"]
    return kept


def _key(target: dict) -> tuple:
    return target["value"], target["unit"], target["comparison"]


def _same(a: dict, b: dict, loose: bool = False) -> bool:
    if (a["value"], a["unit"], a["comparison"]) != (b["value"], b["unit"], b["comparison"]):
        return False
    if not loose and a["where"] != b["where"]:
        return False
    overlap = max(
        similarity(a["indicator"], b["indicator"]), similarity(b["indicator"], a["indicator"])
    )
    return overlap >= 0.4
