"""The "Kết luận kiểm tra" / "Kết luận giám sát" of an inspection, in the Party layout, from
plain data: numbered in the commune's register (``exports.services.document_register``), laid
out with ``exports.layout`` as ``exports.briefs`` writes the notice of conclusions."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

from docx import Document

from hanhdong.exports import layout as lay
from hanhdong.exports.models import DocumentKind, Layout
from hanhdong.exports.prose import lower_first, plain, upper_first
from hanhdong.exports.register import commune_words, letterhead_for, signature_for
from hanhdong.exports.services import document_register
from hanhdong.oversight.models import Body, Kind

# the issuing body as the header and the signature name it
BODY_HEAD = {Body.INSPECTION: "Ủy ban Kiểm tra", Body.STANDING: "Ban Thường vụ"}
SIGNS = {Body.INSPECTION: ("T/M Ủy ban Kiểm tra", "Chủ nhiệm")}
SUPERVISING = (Kind.THEMATIC, Kind.IMPLEMENTATION)


def word(kind: str) -> str:
    """ "kiểm tra" or "giám sát"."""
    return "giám sát" if kind in SUPERVISING else "kiểm tra"


def symbol(body: str, number: int) -> str:
    """ "03-KL/UBKT" for the Inspection Committee, "03-KL/ĐU" for the Standing Committee."""
    return f"{number:02d}-KL/{'UBKT' if body == Body.INSPECTION else 'ĐU'}"


def blank_symbol(body: str) -> str:
    """The number left for the clerk to fill in by hand, on a draft."""
    return "     " + symbol(body, 1)[2:]


def decision_symbol(body: str, number: int) -> str:
    return f"{number:02d}-QĐ/{'UBKT' if body == Body.INSPECTION else 'ĐU'}"


def register(*, acting_user, inspection, kind: str, dated: dt.date, title: str, ref: str) -> int:
    """The number of the inspection's decision or conclusion from the commune's register,
    inside the caller's transaction."""
    entry = document_register.within(
        acting_user=acting_user,
        commune=inspection.commune,
        issuer=Layout.PARTY,
        kind=kind,
        dated=dated,
        title=title,
        ref=ref,
    )
    return entry.number


DECISION = DocumentKind.DECISION
CONCLUSION = DocumentKind.CONCLUSION


@dataclass
class Recommendation:
    what: str
    lead: str
    deadline: dt.date | str = ""


@dataclass
class Conclusion:
    """What the conclusion says."""

    commune: object
    body: str
    kind: str  # Kind
    subject: str  # "Chi bộ thôn 1" or "đồng chí Nguyễn Văn A, Bí thư Chi bộ thôn 1"
    content: str
    decision: str  # "02-QĐ/UBKT"
    decision_on: dt.date
    period: str  # "từ ngày … đến ngày …"
    findings: list[str]
    conclusions: list[str]
    discipline: str = ""  # the outcome in words
    recommendations: list[Recommendation] = field(default_factory=list)
    number: str = ""
    dated: dt.date | None = None
    signer_role: str = ""
    signer_name: str = ""
    recipients: list[str] = field(default_factory=list)


def _deadline(value) -> str:
    return f"{value:%d/%m/%Y}" if isinstance(value, dt.date) else str(value or "")


def render(data: Conclusion) -> bytes:
    """The conclusion as a Word file (a draft, its number left blank, until concluded)."""
    commune = data.commune
    what = word(data.kind)
    document = Document()
    lay.setup(document)
    head = letterhead_for(
        commune,
        Layout.PARTY,
        number=data.number or blank_symbol(data.body),
        dated=data.dated or data.decision_on,
    )
    head.higher_body = f"Đảng ủy {commune_words(commune)}"
    head.body = BODY_HEAD[data.body]
    lay.letterhead(document, head)
    lay.title(
        document,
        "Kết luận",
        [f"{upper_first(what)} đối với {plain(data.subject)}"],
    )
    body = BODY_HEAD[data.body]
    lay.para(
        document,
        f"Thực hiện Quyết định số {data.decision} ngày {data.decision_on:%d/%m/%Y} của "
        f"{body} Đảng ủy {commune_words(commune)} về {what} đối với {plain(data.subject)}"
        + (f" về {lower_first(plain(data.content))}" if data.content else "")
        + (f", Đoàn {what} đã tiến hành {what} {data.period}." if data.period else "."),
        indent=True,
    )
    lay.para(
        document,
        f"Trên cơ sở báo cáo của Đoàn {what}, {body} Đảng ủy kết luận như sau:",
        indent=True,
    )
    lay.heading(document, "I", "Kết quả " + what)
    for line in data.findings or ["Không có nội dung."]:
        lay.para(document, f"- {upper_first(plain(line))}.", indent=True)
    lay.heading(document, "II", "Kết luận")
    for index, text in enumerate([plain(t) for t in data.conclusions if plain(t)], 1):
        lay.para(document, f"{index}. {upper_first(text)}.", indent=True)
    if data.discipline:
        lay.para(document, f"Hình thức xử lý: {plain(data.discipline)}.", indent=True, bold=True)
    lay.heading(document, "III", "Kiến nghị")
    if data.recommendations:
        for item in data.recommendations:
            text = f"- {plain(item.lead)}: {lower_first(plain(item.what))}"
            if item.deadline:
                text += f"; thời hạn hoàn thành: {_deadline(item.deadline)}"
            lay.para(document, text + ".", indent=True)
    else:
        lay.para(document, "- Không có kiến nghị.", indent=True)
    lay.para(
        document,
        f"Đề nghị các tổ chức, cá nhân liên quan nghiêm túc thực hiện và báo cáo kết quả về "
        f"{body} Đảng ủy.",
        indent=True,
        keep_next=True,
    )
    if data.body == Body.INSPECTION:
        on_behalf, role = SIGNS[Body.INSPECTION]
        signature = lay.Signature(on_behalf, data.signer_role or role, data.signer_name)
    else:
        signature = signature_for(commune, Layout.PARTY)
        if data.signer_name:
            signature = lay.Signature(
                signature.on_behalf, data.signer_role or signature.role, data.signer_name
            )
    seen, recipients = set(), []
    for line in data.recipients:
        if line and line not in seen:
            seen.add(line)
            recipients.append(line)
    lay.closing(document, Layout.PARTY, recipients, signature)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
