"""A meeting's "Thông báo kết luận": numbered in the commune's register of outgoing
documents (``exports.services.document_register``) and written in the Party layout by
``exports.briefs.conclusions_notice``, from the meeting's plain data."""

from __future__ import annotations

import datetime as dt
import re

from hanhdong.exports import briefs
from hanhdong.exports.models import DocumentKind, Layout
from hanhdong.exports.register import city_committee
from hanhdong.exports.services import document_register


def ref_of(meeting) -> str:
    """What the register knows the notice by, so that it is numbered once."""
    return f"meeting:{meeting.pk}"


def register(*, acting_user, meeting, dated: dt.date, title: str) -> str:
    """The notice's number from the register (``"05-TB/ĐU"``), inside the caller's
    transaction."""
    entry = document_register.within(
        acting_user=acting_user,
        commune=meeting.commune,
        issuer=Layout.PARTY,
        kind=DocumentKind.NOTICE,
        dated=dated,
        title=title,
        ref=ref_of(meeting),
    )
    return entry.symbol


def conclusions(meeting, tasks) -> briefs.Conclusions:
    """What the notice says: the meeting, what it heard and concluded, the tasks it gave
    (each with its expected product), to whom it goes."""
    commune = meeting.commune
    heard = _heard(meeting.agenda_lines)
    leads = [t.lead.name for t in tasks if t.lead]
    return briefs.Conclusions(
        commune=commune,
        meeting_date=meeting.held_on,
        chair=f"đồng chí {meeting.chair}",
        chair_role=meeting.chair_role or "chủ trì cuộc họp",
        topic=heard or "báo cáo của Văn phòng Đảng ủy",
        conclusions=meeting.conclusion_lines,
        tasks=[
            briefs.AssignedTask(
                what=f"{t.title.strip().rstrip('.;')}; sản phẩm: {t.product}"
                if t.product
                else t.title,
                lead=t.lead.name if t.lead else t.lead_text,
                deadline=t.due_on or t.due_text,
                partners=", ".join(p.name for p in t.partners.all()) or t.partners_text,
            )
            for t in tasks
        ],
        number=meeting.notice_number,
        dated=meeting.notice_on or meeting.held_on,
        body=meeting.body,
        recipients=[
            f"Thường trực {city_committee(commune)} (để b/c)" if commune.parent else "",
            briefs.body_members(meeting.body, commune),
            *dict.fromkeys(leads),
            "Lưu Văn phòng Đảng ủy",
        ],
    )


def _heard(agenda: list[str]) -> str:
    """What "Sau khi nghe …" names: the first item of the agenda, and the others as such."""
    if not agenda:
        return ""
    first = re.sub(r"^(?:nghe|nghe và cho ý kiến về)\s+", "", agenda[0].strip(), flags=re.I)
    first = first[:1].lower() + first[1:]
    return first + (" cùng các nội dung khác của chương trình họp" if len(agenda) > 1 else "")


def render(meeting, tasks) -> bytes:
    """The notice as a Word file (a draft, its number left blank, until issued)."""
    return briefs.conclusions_notice(conclusions(meeting, tasks))
