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


_WORDS = re.compile(r"\w+")


def words(text: str) -> set[str]:
    """The distinct words of ``text``, folded, without punctuation: "Tỷ lệ hộ nghèo (%)"
    -> {"ty", "le", "ho", "ngheo"}."""
    return set(_WORDS.findall(fold(text)))


def overlap(a: str | set[str], b: str | set[str]) -> float:
    """How alike two short texts are by their words, from 0 (none shared) to 1 (the same
    words): twice the shared words over the words of both (folded, in any order). Either
    may be given as its ``words`` already, to compare one text with many."""
    words_a = a if isinstance(a, set) else words(a)
    words_b = b if isinstance(b, set) else words(b)
    if not words_a or not words_b:
        return 0.0
    return 2 * len(words_a & words_b) / (len(words_a) + len(words_b))


CONTAINED = 0.75  # how alike a text is to a longer one that holds all its words
CONTAINED_WORDS = 3  # the fewest words a text needs to count as held in a longer one


def likeness(a: str | set[str], b: str | set[str]) -> float:
    """How alike a short text is to its rewording: their ``overlap``, or, when one holds
    most words of the other (at least three of them: "tỷ lệ giải ngân" in "tỷ lệ giải ngân
    vốn đầu tư công hằng năm"), three quarters of the share held, if that is more. Two
    words held ("doanh nghiệp") say too little to count."""
    words_a = a if isinstance(a, set) else words(a)
    words_b = b if isinstance(b, set) else words(b)
    shorter = min(len(words_a), len(words_b))
    alike = overlap(words_a, words_b)
    if shorter >= CONTAINED_WORDS:
        alike = max(alike, CONTAINED * len(words_a & words_b) / shorter)
    return alike


# control characters other than tab and newline: no one types them, XML cannot hold them,
# PostgreSQL refuses NUL
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
TEXT_LIMIT = 5000  # characters of free text a person may write in one field


def clip(text: str, chars: int) -> str:
    """``text`` in at most ``chars`` characters, for a label or a message: cut after a whole
    word, with "…", rather than in the middle of one."""
    text = text or ""
    if len(text) <= chars:
        return text
    head = text[: chars - 1]
    cut = head.rsplit(None, 1)[0] if " " in head.strip() else head
    return cut.rstrip(" ,;:-–—") + "…"


def clean_text(text: str) -> str:
    """``text`` without control characters (tab and newline stay) and with Windows line
    ends made plain, as every free text is stored."""
    return _CONTROL.sub("", (text or "").replace("\r\n", "\n").replace("\r", "\n"))


def normalize(text: str) -> str:
    """NFC-normalise and collapse white space, keeping diacritics."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text or "")).strip()


MASK = "***"
_GAP = r"[\s.\-]?"  # what people put between the digits of a number: a space, dot or dash
# labels after which a number is someone's papers or account, whatever its length
_PAPERS = (
    r"cmnd|cccd|cmt|căn cước(?: công dân)?|chứng minh(?: nhân dân| thư)?"
    r"|(?:số )?định danh(?: cá nhân)?|hộ chiếu|passport|stk|số tk|tk|số tài khoản|tài khoản"
)
_PERSONAL = [
    # an email address, also spelled out: "ten [at] gmail [dot] com", "ten a còng gmail chấm com"
    re.compile(
        r"[\w.+\-]+\s*(?:@|\[\s*at\s*\]|\(\s*at\s*\)|\s+a\s*còng\s+)\s*[\w\-]+"
        r"(?:\s*(?:\.|\[\s*dot\s*\]|\(\s*dot\s*\)|\s+chấm\s+)\s*[a-z]{2,}\b)+",
        re.IGNORECASE,
    ),
    # a number after a label of papers or accounts ("CMND số 12345678", "STK 0071…"):
    # the label stays
    re.compile(
        rf"(?P<label>\b(?:{_PAPERS})\b[^\d\n]{{0,30}}?)[A-Z]?\d(?:{_GAP}\d){{5,18}}\b",
        re.IGNORECASE,
    ),
    # a phone number: +84, 84 or 0084 and the number without its 0, or 0 and 9–10 digits,
    # the digits grouped by spaces, dots or dashes, an area code in brackets
    re.compile(
        rf"(?:\(?\+84\)?|\b0084|\b84){_GAP}(?:\(0\){_GAP})?[1-9](?:{_GAP}\d){{7,9}}\b"
        rf"|\(0\d{{2,3}}\){_GAP}\d(?:{_GAP}\d){{5,7}}\b"
        rf"|\b0(?:{_GAP}\d){{9,10}}\b"
    ),
    # a bare run of 9 or more digits: identity cards, accounts
    re.compile(r"\b\d{9,19}\b"),
]
# words after which a name follows: "tôi là …", "họ và tên: …", "ông …", "chị …"
_NAMED_BY = re.compile(
    r"\b(?:tên tôi là|tôi tên là|tôi tên|tôi là|họ và tên|họ tên|tên|ông|bà|anh|chị|cô|chú|"
    r"bác|cháu|em)\b\s*:?\s+",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")


def _mask_names(text: str) -> str:
    """Blot out the capitalised words (up to five) that follow a word that introduces a
    person's name; "ông bà ta", "anh em" and "tên đường" go through."""
    out, position = [], 0
    for found in _NAMED_BY.finditer(text):
        if found.start() < position:
            continue
        cursor, words = found.end(), 0
        while words < 5:
            word = _WORD.match(text, cursor)
            if word is None or not word.group()[0].isupper():
                break
            cursor, words = word.end(), words + 1
            gap = re.match(r" +", text[cursor:])
            if gap and _WORD.match(text, cursor + gap.end()):
                following = _WORD.match(text, cursor + gap.end()).group()
                if following[0].isupper():
                    cursor += gap.end()
        if words:
            out += [text[position : found.end()], MASK]
            position = cursor
    return "".join(out) + text[position:]


def mask_personal(text: str) -> str:
    """``text`` with what identifies a person blotted out, for what a citizen wrote (or
    staff answered) to be shown in public: phone numbers and email addresses however they
    are spelled, identity, passport and bank account numbers, and names that follow "tôi
    là", "ông", "bà" …. A name written without such a word cannot be found this way: the
    form asks citizens to keep names out of the text. Full-width digits are read as
    digits (the text is NFKC-normalised)."""
    text = unicodedata.normalize("NFKC", text or "")
    for pattern in _PERSONAL:
        text = pattern.sub(_blot, text)
    return _mask_names(text)


def _blot(found: re.Match) -> str:
    label = found.groupdict().get("label")
    return (label or "") + MASK
