"""Two documents of the Standing Committee's meetings, in the Party layout:

- the meeting brief: one page on a period — what is overdue, what is at risk, what awaits
  the Committee's decision, the citizens' hot issues — prepared by the Party Office;
- the "Thông báo kết luận" after the meeting, written from plain data (the meeting's date,
  its chair, the conclusions, the tasks it assigned), so the meetings' pages can fill it.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections import Counter
from dataclasses import dataclass, field, replace

from django.utils import timezone, translation
from docx import Document

from hanhdong.exports import layout as lay
from hanhdong.exports import metrics
from hanhdong.exports.content import MISSING, RETURNED, PeriodContent
from hanhdong.exports.models import DocumentKind, Layout, document_symbol
from hanhdong.exports.prose import (
    TROUBLE_WORDS,
    lower_first,
    numbers,
    plain,
    quantity,
    task_phrase,
    upper_first,
)
from hanhdong.exports.register import commune_words, letterhead_for, level_word, signature_for
from hanhdong.feedback.models import OPEN_STATES, Feedback, Kind, Topic
from hanhdong.reports.models import TROUBLE
from hanhdong.tasks.models import OPEN, Origin, TaskState
from hanhdong.tasks.models import AssignedTask as Assigned  # this module has its own

ITEMS = 5  # each part of the one-page brief lists this many, then counts the rest
SIZE = 13


# How tall the brief's text may be below its title, in points as ``_height`` estimates them:
# an A4 page less its margins, the letterhead, the title and the signature, with a margin
# for what the estimate misses (LibreOffice sets a 13-point line 17.3 points apart).
BUDGET = 470
LINE, GAP, PART = 17.3, 2, 4 + 17.3 + 2


@dataclass
class Part:
    """One numbered part of the brief: its heading and lines, shown up to ``cap``."""

    heading: str
    lines: list[str]
    empty: str = "Không có."
    where: str = "báo cáo tổng hợp"  # where the lines left out are
    cap: int = ITEMS

    def shown(self) -> list[str]:
        lines, cap = self.lines, self.cap
        shown = lines[: cap + 1] if len(lines) == cap + 1 else lines[:cap]
        if len(lines) > len(shown):
            shown = [*shown, f"Và {len(lines) - len(shown)} nội dung khác (xem {self.where})."]
        return shown or [self.empty]


def _height(text: str) -> float:
    """The points a justified paragraph of ``text`` at ``SIZE``, its first line indented,
    takes: its lines, estimated from the font's widths with some room for the breaks."""
    width = metrics.width_cm(text, SIZE) * 1.06 + lay.INDENT.cm
    return math.ceil(width / lay.TEXT_WIDTH) * LINE + GAP


def fit(parts: list[Part], above: str) -> list[Part]:
    """Show fewer lines of the fullest parts — the rest counted in one line — until the
    parts and the paragraph ``above`` them fit on the page."""

    def total() -> float:
        lines = [f"- {line}" for part in parts for line in part.shown()]
        return _height(above) + PART * len(parts) + sum(_height(line) for line in lines)

    while total() > BUDGET:
        fullest = max(
            (p for p in parts if p.cap > 1 and len(p.lines) > 1),
            key=lambda p: sum(_height(f"- {line}") for line in p.shown()),
            default=None,
        )
        if fullest is None:
            break
        fullest.cap = min(fullest.cap, len(fullest.lines)) - 1
    return parts


def _write(document, part: Part) -> None:
    lay.para(document, part.heading, SIZE, bold=True, indent=True, space_after=2, space_before=4)
    for line in part.shown():
        lay.para(document, f"- {line}", SIZE, indent=True, space_after=2)


def overdue_lines(content: PeriodContent, today: dt.date) -> list[str]:
    period = content.period
    lines = []
    owing = [r for r in content.rows if r.standing in (MISSING, RETURNED)]
    if owing and today > period.due_on:
        by_agency = Counter(r.agency for r in owing)
        agencies = "; ".join(f"{name}: {n}" for name, n in by_agency.most_common())
        lines.append(
            f"{len(owing)} nhiệm vụ chưa có báo cáo, quá hạn nộp ngày "
            f"{period.due_on:%d/%m/%Y} ({agencies})."
        )
    for row in content.rows:
        report = row.accepted
        end = row.task.end
        last = end.last_day() if end is not None and end.is_dated else None
        if report and last and last < period.cutoff_on and report.percent < 100:
            lines.append(
                f"Nhiệm vụ {row.task.number} ({row.agency}): {task_phrase(row.task)} — quá "
                f"thời hạn hoàn thành ({row.task.end_text}), đạt {report.percent}%."
            )
    return lines


def risk_lines(content: PeriodContent) -> list[str]:
    lines = []
    for row in content.rows:
        report = row.accepted
        if report is None or report.status not in TROUBLE:
            continue
        why = plain(report.difficulties)
        lines.append(
            f"Nhiệm vụ {row.task.number} ({row.agency}): {task_phrase(row.task)} — "
            f"{TROUBLE_WORDS[report.status]}, đạt {report.percent}%"
            + (f"; nguyên nhân: {lower_first(why)}." if why else ".")
        )
    for row in content.targets:
        if row.value is not None and row.verdict in ("at_risk", "off_track"):
            target = row.target
            lines.append(
                f"Chỉ tiêu {lower_first(target.indicator)}: "
                f"{quantity(row.value, target.unit)} ({row.value_period}), "
                f"chỉ tiêu {target.comparison_symbol}\u00a0{quantity(target.value, target.unit)}."
            )
    return lines


AT_RISK_DAYS = 30  # an assigned task due within this many days may be at risk
TITLE = 90  # an assigned task's title in the brief, in characters at most


def _short(text: str) -> str:
    text = plain(text)
    return text if len(text) <= TITLE else text[: TITLE - 1].rsplit(" ", 1)[0] + "…"


def _behind(task, today: dt.date) -> bool:
    """Whether an open task due soon has done less than the time gone since it was
    issued would ask (not started at all counts as behind)."""
    start = task.issued_on or task.created_at.date()
    span = (task.due_on - start).days
    if task.state == TaskState.NOT_STARTED or span <= 0:
        return True
    return task.percent < 100 * (today - start).days / span


def assigned_lines(commune, today: dt.date) -> list[str]:
    """The assigned tasks — given by meetings, higher bodies' directives, plans,
    inspections and supervisions — that are overdue, then those due within
    ``AT_RISK_DAYS`` whose progress lags the time gone: what, who leads it, from which
    document, the deadline. One query."""
    tasks = (
        Assigned.objects.filter(
            commune=commune,
            state__in=OPEN,
            due_on__isnull=False,
            due_on__lte=today + dt.timedelta(days=AT_RISK_DAYS),
        )
        .select_related("lead", "directive")
        .order_by("due_on", "pk")
    )
    overdue, risky = [], []
    for task in tasks:
        lead = task.lead.label if task.lead else (task.lead_text or "chưa rõ cơ quan")
        source = task.directive.number or lower_first(str(Origin(task.directive.origin).label))
        head = f"{_short(task.title)} ({lead}; theo {source}) — hạn {task.due_on:%d/%m/%Y}"
        if task.due_on < today:
            overdue.append(
                f"{head}, quá hạn {(today - task.due_on).days} ngày, đạt {task.percent}%."
            )
        elif _behind(task, today):
            left = (task.due_on - today).days
            when = "đến hạn hôm nay" if left == 0 else f"còn {left} ngày"
            risky.append(f"{head}, {when}, mới đạt {task.percent}%.")
    return overdue + risky


def decision_lines(content: PeriodContent) -> list[str]:
    return [
        f"{remark.agency_text} (nhiệm vụ {numbers(sorted(set(remark.tasks)))}): "
        f"{upper_first(plain(remark.text))}."
        for remark in content.proposals
    ]


def citizen_lines(content: PeriodContent, today: dt.date) -> list[str]:
    """Aggregates only: no one's words, name or place reach the brief."""
    period = content.period
    items = Feedback.objects.filter(
        commune=content.commune,
        created_at__date__gte=period.starts_on,
        created_at__date__lte=period.cutoff_on,
    )
    summary = content.feedback
    if not summary.get("received"):
        return []
    lines = [
        f"Tiếp nhận {summary['received']} phản ánh, kiến nghị; đã trả lời "
        f"{summary['answered']}; đang xử lý {summary['open']}."
    ]
    late = items.filter(state__in=OPEN_STATES, deadline__lt=today).count()
    if late:
        lines.append(f"{late} phản ánh, kiến nghị quá hạn xử lý.")
    with translation.override("vi"):
        topics = Counter(items.values_list("topic", flat=True)).most_common(3)
        named = [
            f"{lower_first(str(Topic(t).label))} ({n})" for t, n in topics if t in Topic.values
        ]
    if named:
        lines.append("Nội dung được phản ánh nhiều nhất: " + "; ".join(named) + ".")
    denounced = items.filter(kind=Kind.DENUNCIATION).count()
    if denounced:
        lines.append(f"{denounced} đơn tố cáo (Ban Thường vụ xem riêng).")
    return lines


def meeting_brief(content: PeriodContent, today: dt.date | None = None) -> bytes:
    """The one-page brief of ``content``'s period for the Standing Committee's meeting:
    what is overdue or at risk — reports, targets and the assigned tasks of every origin —,
    what awaits a decision, the citizens' issues; the fullest parts shortened to fit."""
    today = today or timezone.localdate()
    commune = content.commune
    document = Document()
    lay.setup(document)
    head = letterhead_for(commune, Layout.PARTY, number=None, dated=today)
    head.higher_body, head.body = f"Đảng ủy {commune_words(commune)}", "Văn phòng"
    lay.letterhead(document, head)
    program = content.program
    number = f" số {program.number}" if program.number else ""
    lay.title(
        document,
        "Tóm tắt",
        [
            f"Tình hình thực hiện Chương trình hành động{number}",
            f"{content.title} (phục vụ cuộc họp Ban Thường vụ Đảng ủy)",
        ],
    )
    c = content.counts
    summary = (
        f"{c['due']} nhiệm vụ phải báo cáo: {c['accepted']} đã được duyệt, {c['pending']} chờ "
        f"duyệt, {c['missing'] + c['returned']} chưa có báo cáo; {c['completed']} hoàn thành, "
        f"{c['trouble']} có nguy cơ chậm hoặc chậm tiến độ (số liệu đến ngày "
        f"{content.period.cutoff_on:%d/%m/%Y})."
    )
    lay.para(document, summary, SIZE, indent=True, space_after=2)
    parts = [
        Part("1. Việc quá hạn", overdue_lines(content, today), "Không có việc quá hạn."),
        Part("2. Việc có nguy cơ chậm, chậm tiến độ", risk_lines(content)),
        Part(
            "3. Nhiệm vụ được giao quá hạn, có nguy cơ chậm",
            assigned_lines(commune, today),
            where="danh sách nhiệm vụ được giao",
        ),
        Part("4. Đề xuất, kiến nghị chờ Ban Thường vụ cho ý kiến", decision_lines(content)),
        Part("5. Phản ánh, kiến nghị của người dân trong kỳ", citizen_lines(content, today)),
    ]
    for part in fit(parts, summary):
        _write(document, part)
    lay.para(document, "", SIZE, space_after=0)
    lay.para(document, "VĂN PHÒNG ĐẢNG ỦY", 14, bold=True, align=lay.CENTER, space_after=0)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# -- the Thông báo kết luận -------------------------------------------------------------------
@dataclass
class AssignedTask:
    """A task the meeting gave: what, to whom, by when ("5 rõ")."""

    what: str
    lead: str
    deadline: dt.date | str = ""
    partners: str = ""


@dataclass
class Conclusions:
    """What a "Thông báo kết luận" says; ``number`` from the register ("30-TB/ĐU")."""

    commune: object
    meeting_date: dt.date
    chair: str  # "đồng chí Phạm Trung Huy"
    chair_role: str  # "Bí thư Đảng ủy"
    topic: str  # what the meeting heard: "báo cáo kết quả … 9 tháng năm 2026"
    conclusions: list[str]
    tasks: list[AssignedTask] = field(default_factory=list)
    number: str = ""
    dated: dt.date | None = None
    recipients: list[str] = field(default_factory=list)
    signature: lay.Signature | None = None
    # which of the Party Committee's bodies met: "standing" (Ban Thường vụ) or "executive"
    # (Ban Chấp hành, whose meetings are conferences, hội nghị)
    body: str = "standing"

    @property
    def body_name(self) -> str:
        """ "Ban Thường vụ" or "Ban Chấp hành"."""
        return BODIES.get(self.body, BODIES["standing"])[0]

    @property
    def gathering(self) -> str:
        """ "cuộc họp" of the Standing Committee, "hội nghị" of the Executive Committee."""
        return BODIES.get(self.body, BODIES["standing"])[1]


# the body's name, what its meetings are called, and its members as a notice addresses them
BODIES = {
    "standing": ("Ban Thường vụ", "cuộc họp", "Các đồng chí Ủy viên Ban Thường vụ Đảng ủy"),
    "executive": ("Ban Chấp hành", "hội nghị", "Các đồng chí Ủy viên Ban Chấp hành Đảng bộ"),
}


def body_members(body: str, commune) -> str:
    """How the notice's "Nơi nhận" names the members of ``body``: "Các đồng chí Ủy viên Ban
    Chấp hành Đảng bộ xã"."""
    words = BODIES.get(body, BODIES["standing"])[2]
    return f"{words} {level_word(commune)}" if body == "executive" else words


def _deadline(value) -> str:
    return f"{value:%d/%m/%Y}" if isinstance(value, dt.date) else str(value or "")


def conclusions_notice(data: Conclusions) -> bytes:
    """The "Thông báo kết luận" of a meeting of the Standing Committee or the Executive
    Committee, in the Party layout: the title, the opening, "Nơi nhận" and who signs on
    behalf of whom follow the body that met."""
    commune = data.commune
    dated = data.dated or timezone.localdate()
    document = Document()
    lay.setup(document)
    number = data.number or document_symbol(Layout.PARTY, DocumentKind.NOTICE, None)
    body = data.body_name
    lay.letterhead(document, letterhead_for(commune, Layout.PARTY, number=number, dated=dated))
    lay.title(
        document,
        "Thông báo",
        [
            f"Kết luận của {body} Đảng ủy",
            f"tại {data.gathering} ngày {data.meeting_date:%d/%m/%Y}",
        ],
    )
    lay.para(
        document,
        f"Ngày {data.meeting_date:%d/%m/%Y}, {body} Đảng ủy {commune_words(commune)} "
        f"họp dưới sự chủ trì của {data.chair}, {data.chair_role}. Sau khi nghe "
        f"{plain(data.topic)} và ý kiến của các đồng chí dự họp, {body} Đảng ủy kết "
        "luận như sau:",
        indent=True,
    )
    for index, text in enumerate([plain(t) for t in data.conclusions if plain(t)], 1):
        lay.para(document, f"{index}. {upper_first(text)}.", indent=True)
    if data.tasks:
        lay.para(
            document, "Giao nhiệm vụ:", bold=True, indent=True, keep_next=True, align=lay.LEFT_ALIGN
        )
        for task in data.tasks:
            text = f"- {plain(task.lead)} chủ trì"
            if task.partners:
                text += f", {plain(task.partners)} phối hợp"
            text += f": {lower_first(plain(task.what))}"
            if task.deadline:
                text += f"; thời hạn hoàn thành: {_deadline(task.deadline)}"
            lay.para(document, text + ".", indent=True)
    lay.para(
        document,
        "Văn phòng Đảng ủy thông báo để các cơ quan, đơn vị liên quan biết, thực hiện.",
        indent=True,
        keep_next=True,  # the signature never alone on its page
    )
    recipients = data.recipients or [
        body_members(data.body, commune),
        *[t.lead for t in data.tasks],
        "Lưu Văn phòng Đảng ủy",
    ]
    seen, unique = set(), []
    for line in recipients:
        if line and line not in seen:
            seen.add(line)
            unique.append(line)
    signature = data.signature or replace(
        signature_for(commune, Layout.PARTY), on_behalf=f"T/M {body}"
    )
    lay.closing(document, Layout.PARTY, unique, signature)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
