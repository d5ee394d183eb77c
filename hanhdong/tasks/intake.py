"""A higher body's directive — a thông báo kết luận, chỉ thị or kế hoạch — read by the
program importer (``imports.reader.read_document``: its parts, sections, items and appendix
rows) and turned into the tasks it gives: for each, as written, the lead agency, the
partners, the deadline and the product, and the commune's unit the lead names. The Party
Office confirms each before any becomes a task.

Rows of an appendix table are tasks as they stand (lead, partners, the end of their time).
Items of the text are read for the words directives use: "X chủ trì, phối hợp với Y …",
"Giao X …", "hoàn thành trước ngày 30/6/2026", "trong Quý III/2026", "thường xuyên",
"trong 30 ngày làm việc", "sản phẩm: …".
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import asdict, dataclass

from hanhdong.lib import deadlines
from hanhdong.lib.text import fold
from hanhdong.lib.workdays import WorkCalendar
from hanhdong.orgs.matching import match_organization, match_organizations
from hanhdong.programs.formats import section_path

# what follows an agency's name in a task: its first verb (folded)
VERBS = (
    "chu tri", "phoi hop", "ra soat", "trien khai", "to chuc", "xay dung", "thuc hien",
    "tuyen truyen", "boi duong", "hoan thien", "hoan thanh", "kiem tra", "chi dao", "ban hanh",
    "tham muu", "day manh", "nang cao", "lanh dao", "bao cao", "van dong", "huong dan",
    "phat trien", "tang cuong", "quan ly", "giai quyet", "don doc", "theo doi", "nghien cuu",
    "de xuat", "cai tao", "sua chua", "dau tu", "thu gom", "xu ly", "tap trung", "cung co",
    "kien toan", "rut kinh nghiem", "danh gia", "so ket", "tong ket", "quan triet", "hoc tap",
    "giam sat", "dam bao", "bo tri", "chuan bi", "thanh lap", "sap xep", "lam tot", "thuc day",
    "co ke hoach", "khan truong", "chu dong", "tiep tuc", "phan dau",
)  # fmt: skip
# how a sentence names an agency at its start
AGENCY_STARTS = (
    "uy ban", "ubnd", "ubmttq", "ubkt", "hoi dong", "hdnd", "van phong", "ban ", "dang uy",
    "mat tran", "mttq", "hoi ", "doan ", "cong an", "chi bo", "cac chi bo", "phong ",
    "trung tam", "cac co quan", "cac to chuc", "thuong truc", "cong doan", "quan su",
    "ban chi huy",
)  # fmt: skip
# the communes a higher body addresses, which the commune reads as itself
_ALL_COMMUNES = re.compile(
    r"\s+(?:của\s+)?(?:các|mỗi)\s+(?:xã|phường|đặc khu)(?:\s*,\s*(?:xã|phường|đặc khu))*"
    r"|\s+cấp xã",
    re.IGNORECASE,
)
_GIVE = re.compile(r"^\s*(?:giao(?:\s+cho)?|đề nghị|yêu cầu)\s+", re.IGNORECASE)
_PRODUCT = re.compile(r"sản phẩm(?:\s+là)?\s*:?\s*([^;.]+)", re.IGNORECASE)
# deadlines, most precise first; matched on the folded text
_DUE = [
    re.compile(r"(\d{1,4}\s+ngay lam viec)"),
    re.compile(r"(?:truoc|cham nhat|den)\s+(?:ngay\s+)?(\d{1,2}/\d{1,2}/\d{4})"),
    re.compile(r"(ngay \d{1,2} thang \d{1,2} nam \d{4})"),
    re.compile(r"(\d{1,2}/\d{1,2}/\d{4})"),
    re.compile(r"(quy\s+(?:iv|iii|ii|i|[1-4])\s*/\s*\d{4})"),
    re.compile(r"(6 thang (?:dau )?nam \d{4})"),
    re.compile(r"(thang\s+\d{1,2}\s*/\s*\d{4})"),
    re.compile(r"(?:trong |truoc |den het )(nam \d{4})"),
    re.compile(r"(thuong xuyen|hang nam)"),
]


def _fold_keeping_length(text: str) -> str:
    """``text`` lower-cased without diacritics, one character for one: positions in it are
    positions in ``text``."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0] if ch.strip() else " "
        out.append({"đ": "d", "Đ": "d"}.get(ch, base.lower()))
    return "".join(out)


@dataclass
class Candidate:
    """A task read from the document, for the clerk to confirm."""

    where: str  # "II.1:2" (the second item of II.1) or "appendix:3"
    title: str
    lead_text: str = ""
    partners_text: str = ""
    due_text: str = ""
    due_on: str = ""  # ISO date, "" when none (recurring, unread)
    product: str = ""
    lead_id: int | None = None
    partner_ids: list[int] | None = None
    suggested: bool = False  # read as a task (a lead or a deadline found)

    def to_dict(self) -> dict:
        return asdict(self)


def read_item(text: str) -> tuple[str, str, str, str]:
    """(lead, partners, deadline, product) as written in an item; "" where not found."""
    text = " ".join(text.split())
    folded = _fold_keeping_length(text)
    lead = partners = ""
    body = _GIVE.sub("", text)
    shift = len(text) - len(body)
    fbody = folded[shift:]
    lead_at = fbody.find(" chu tri")
    if lead_at > 0:
        lead = body[:lead_at]
        rest, frest = body[lead_at + 8 :], fbody[lead_at + 8 :]
        if m := re.match(r"\s*,?\s*phoi hop voi\s+", frest):
            after, fafter = rest[m.end() :], frest[m.end() :]
            end = _first_verb(fafter)
            partners = after[:end].strip(" ,;")
    elif fbody.startswith(AGENCY_STARTS):
        end = _first_verb(fbody)
        if 0 < end < len(fbody):
            lead = body[:end]
    lead = lead.strip(" ,;:")
    due = ""
    for pattern in _DUE:
        if m := pattern.search(folded):
            due = text[m.start(1) : m.end(1)]
            break
    product = m.group(1).strip() if (m := _PRODUCT.search(text)) else ""
    return lead, partners, due, product


def _first_verb(folded: str) -> int:
    """Where the first verb of VERBS starts in ``folded`` (its length when none)."""
    best = len(folded)
    for verb in VERBS:
        found = re.search(rf"(?:^|[\s,]){re.escape(verb)}\b", folded)
        if found and found.start() < best:
            best = found.start()
    return best


def _own(text: str) -> str:
    """An agency a higher body names "of every commune", as the commune's own."""
    return _ALL_COMMUNES.sub("", text).strip(" ,")


def _due_on(text: str, issued_on: dt.date | None, calendar: WorkCalendar | None) -> str:
    if not text:
        return ""
    try:
        found = deadlines.read(text, issued_on, calendar)
    except deadlines.DeadlineError:
        return ""
    return found.due_on.isoformat() if found.due_on else ""


def candidates(data: dict, units=(), place: str = "", calendar=None) -> list[Candidate]:
    """The tasks the document ``data`` (hanhdong.program/1) gives, in its order: its items
    first, then its appendix rows; each agency matched to one of ``units``."""
    issued_on = dt.date.fromisoformat(data["date"]) if data.get("date") else None
    units = list(units)
    found: list[Candidate] = []

    def add(where: str, text: str, leaf: bool = False) -> None:
        lead, partners, due, product = read_item(text)
        if leaf and not (lead or due):
            return  # a heading, not a task
        found.append(
            Candidate(
                where=where,
                title=" ".join(text.split()),
                lead_text=lead,
                partners_text=partners,
                due_text=due,
                product=product,
                suggested=bool(lead or due),
            )
        )

    def walk(node: dict, parent_path: str = "", parent_number: str = "") -> None:
        path = section_path(parent_path, parent_number, str(node.get("number", "")))
        items, children = node.get("items") or [], node.get("children") or []
        if parent_path and not items and not children:  # "1. X chủ trì …" numbered, alone
            add(path, str(node.get("title", "")), leaf=True)
        for n, text in enumerate(items, 1):
            add(f"{path}:{n}", text)
        for child in children:
            walk(child, path, str(node.get("number", "")))

    for part in data.get("parts") or []:
        walk(part)
    # a document without a key-task table has its worded items read as key tasks by the
    # importer as well: those are the items above, not tasks of their own
    worded = [fold(c.title) for c in found if c.suggested]
    for row in data.get("key_tasks") or []:
        name = fold(" ".join(str(row.get("name", "")).split()))
        if name and any(name in title for title in worded):
            continue
        found.append(
            Candidate(
                where=f"appendix:{row.get('number')}",
                title=" ".join(str(row.get("name", "")).split()),
                lead_text=str(row.get("lead") or ""),
                partners_text=str(row.get("partners") or ""),
                due_text=str(row.get("end") or row.get("start") or ""),
                suggested=True,
            )
        )
    for c in found:
        c.due_on = _due_on(c.due_text, issued_on, calendar)
        if c.lead_text:
            unit = match_organization(_own(c.lead_text), units, place)
            c.lead_id = unit.pk if unit else None
        if c.partners_text:
            c.partner_ids = [u.pk for u in match_organizations(_own(c.partners_text), units)]
    return found


KINDS = {"TB": "TB", "CT": "CT", "KH": "KH", "NQ": "NQ", "CTR": "CTr", "CV": "CV"}
ISSUERS = {"TU": "Thành ủy", "TW": "Trung ương", "UBND": "Ủy ban nhân dân thành phố"}


def document_kind(number: str) -> str:
    """The kind of document its number says: "245-TB/TU" → "TB"; "other" when unsaid."""
    if m := re.search(r"-([A-Za-zĐđ]+)/", number or ""):
        return KINDS.get(m.group(1).upper(), "other")
    return "other"


def issuer_of(data: dict) -> str:
    """Who issued it: as the document says, else from its number's body ("…/TU")."""
    if data.get("issuer"):
        return str(data["issuer"])
    if m := re.search(r"/([A-ZĐ]+)\s*$", data.get("number") or ""):
        return ISSUERS.get(m.group(1), m.group(1))
    return ""
