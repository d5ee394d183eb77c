"""Quantitative targets (chỉ tiêu) stated in the program's prose and in its key tasks.

A target is a number the program commits to: a percentage ("100% hồ sơ …", "đạt 90% trở
lên"), a count after a commitment word ("có ít nhất 05 mô hình", "có 120 doanh nghiệp"),
or an elimination ("không còn hộ nghèo" = at most 0). Its deadline comes from the clause
("đến năm 2030", "hằng năm", "trong nhiệm kỳ"), else from the sentence, else from the key
task that states it. A target stated both in the prose and in the key-task table is kept
once, where the prose states it, with the table's timing if the prose gave none.
"""

from __future__ import annotations

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
    "tuyến",
    "căn",
    "chợ",
    "phòng học",
    "xã",
    "khu",
    "cụm",
    "ngôi",
    "cây",
    "con",
    "lớp",
    "buổi",
    "cuộc",
    "vụ",
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
    r"|duy trì|phát triển)\b",
    re.IGNORECASE,
)
_ELIMINATE = re.compile(r"\bkhông còn\s+(?!đủ\b|phù hợp\b|là\b|nữa\b)([^,;.]+)", re.IGNORECASE)
_AT_MOST = re.compile(r"(không quá|tối đa|dưới|xuống còn|xuống dưới|giảm còn)\s*$", re.IGNORECASE)
_YEAR = re.compile(r"(?:đến|trước|vào|trong|cuối)?\s*(?:cuối\s+)?năm\s+(20\d\d)\b", re.IGNORECASE)
_ANNUAL = re.compile(r"\b(hằng năm|hàng năm|mỗi năm|bình quân|thường niên)\b", re.IGNORECASE)
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


def _timing(clause: str, sentence: str, source: Source, term_end: int, eliminate: bool):
    for scope in (clause, sentence):
        if m := _YEAR.search(scope):
            return int(m.group(1)), None
        if _ANNUAL.search(scope):
            return None, "annual"
        if _TERM.search(scope):
            return term_end, None
    if source.appendix_recurrence or source.appendix_year:
        return source.appendix_year, source.appendix_recurrence
    return (term_end, None) if eliminate else (None, None)


def _indicator(clause: str, start: int, end: int, unit: str) -> str:
    """Words before and after the number, within its comma phrase (widened when too short)."""
    left = clause[:start]
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
        comparison = "<=" if _AT_MOST.search(before) else ">="
        year, recurrence = _timing(clause, sentence, source, term_end, eliminate=False)
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
    if not percents:
        for m in _COUNT.finditer(clause):
            rest = clause[m.end() :]
            unit_m = _UNIT_RE.match(rest)
            if unit_m is None or re.fullmatch(r"(19|20)\d\d", m.group(1)):
                continue
            head = clause[max(0, m.start() - 40) : m.start()]
            unit = unit_m.group(1).lower()
            measured = unit in MEASURES  # "12,5 km" commits to something on its own
            if not measured and not _COUNT_CUE.search(head) and "trở lên" not in rest[:60]:
                continue
            comparison = "<=" if _AT_MOST.search(clause[: m.start()]) else ">="
            year, recurrence = _timing(clause, sentence, source, term_end, eliminate=False)
            indicator = _indicator(clause, m.start(), m.end() + unit_m.end(), unit)
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
