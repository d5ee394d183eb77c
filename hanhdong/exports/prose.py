"""The report's narrative, drafted only from what the agencies reported — the results,
figures, difficulties and proposals of their accepted reports — and from the program's own
tasks and targets. Nothing is added: each sentence that carries an agency's words says whose
they are ("Theo báo cáo của Ủy ban nhân dân xã, …"). The Party Office rewrites the draft.

Units are named as the Hướng dẫn asks of a document's text: in full the first time, with
the abbreviation used after in brackets ("Ủy ban nhân dân xã (UBND xã)"), then abbreviated.
"""

from __future__ import annotations

import re
from decimal import Decimal

from hanhdong.exports.content import (
    MISSING,
    PENDING,
    RETURNED,
    PeriodContent,
    Remark,
    TargetRow,
    TaskRow,
)
from hanhdong.exports.models import Layout
from hanhdong.lib.periods import Period
from hanhdong.reports.models import TROUBLE, TaskStatus
from hanhdong.targets.models import Recurrence, number_display

_ACRONYM = re.compile(r"\b[A-ZĐ]{2,}")
_SPACES = re.compile(r"\s+")
TROUBLE_WORDS = {
    TaskStatus.AT_RISK: "có nguy cơ chậm tiến độ",
    TaskStatus.BEHIND: "chậm tiến độ",
    TaskStatus.BLOCKED: "đang vướng mắc, chưa triển khai được",
}
NAMED_TASKS = 4  # an area's opening sentence names this many tasks, then counts the rest


class Names:
    """Units named in running text: the first time in full with the abbreviation that
    follows in brackets, after that the abbreviation."""

    def __init__(self):
        self.seen: set = set()

    def __call__(self, org, text: str = "") -> str:
        if org is None:
            return text
        full, short = org.name, org.short_name
        if not short or short == full or not _ACRONYM.search(short):
            return full
        if org.pk in self.seen:
            return short
        self.seen.add(org.pk)
        return f"{full} ({short})"


def plain(text: str) -> str:
    """An agency's text as one clause: white space collapsed, its closing stop taken off."""
    return _SPACES.sub(" ", text or "").strip().rstrip(" .;,:")


def lower_first(text: str) -> str:
    """The text as it goes on mid-sentence: its first word lower-cased unless it is an
    abbreviation ("UBND"), a number or a name ("Nghi Dương", whose next word is capitalised
    too)."""
    words = text.split(" ", 2)
    first = words[0] if words else ""
    if not first or not first[0].isupper() or first.isupper() and len(first) > 1:
        return text
    second = words[1] if len(words) > 1 else ""
    if second[:1].isupper():
        return text
    return first[0].lower() + text[1:]


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def sentence(text: str) -> str:
    text = plain(text)
    return upper_first(text) + "." if text else ""


def task_phrase(task) -> str:
    """The task named mid-sentence: its first sentence, or, when that runs past 24 words,
    its first clause up to a comma, semicolon or colon — never cut inside a phrase."""
    name = plain(re.split(r"(?<=[^\d])[.;](?:\s|$)", task.name.strip(), maxsplit=1)[0])
    words = name.split()
    if len(words) > 24:
        head = " ".join(words[:24])
        cut = max(head.rfind(","), head.rfind(":"))
        if cut > 0 and len(head[:cut].split()) >= 6:
            name = head[:cut]
    return lower_first(plain(name))


def numbers(values) -> str:
    values = [str(v) for v in values]
    return ", ".join(values[:-1]) + " và " + values[-1] if len(values) > 1 else "".join(values)


def quantity(value: Decimal, unit: str) -> str:
    """ "13,5%", "101 doanh nghiệp"."""
    shown = number_display(value)
    unit = (unit or "").strip()
    return f"{shown}{unit}" if unit == "%" or not unit else f"{shown} {unit}"


# -- the parts of an area's paragraph ---------------------------------------------------------
def _opening(rows: list[TaskRow], title: str) -> str:
    named = [f"{task_phrase(r.task)} (nhiệm vụ {r.task.number})" for r in rows[:NAMED_TASKS]]
    rest = len(rows) - len(named)
    if rest:
        named.append(f"{rest} nhiệm vụ khác")
    return (
        f"Trong {title}, lĩnh vực có {len(rows)} nhiệm vụ trọng tâm phải báo cáo: {numbers(named)}."
    )


def _results(rows: list[TaskRow], names: Names) -> str:
    """What the agencies reported they did, agency by agency, each result with its task."""
    by_agency: dict = {}
    for row in rows:
        if row.accepted and plain(row.accepted.results):
            key = row.task.lead_id or row.agency
            by_agency.setdefault(key, []).append(row)
    if not by_agency:
        return ""
    parts = []
    for agency_rows in by_agency.values():
        first = agency_rows[0]
        name = names(first.task.lead, first.agency)
        clauses = [
            f"{lower_first(plain(r.accepted.results))} (nhiệm vụ {r.task.number})"
            for r in agency_rows
        ]
        if len(by_agency) == 1:
            return f"Theo báo cáo của {name}: " + "; ".join(clauses) + "."
        parts.append(f"{name} báo cáo: " + "; ".join(clauses))
    return "Theo báo cáo của các cơ quan chủ trì, " + "; ".join(parts) + "."


def target_words(row: TargetRow) -> str:
    """A target's latest accepted figure against the target, in words: "tăng thu ngân sách
    … đạt 13,5%, vượt chỉ tiêu 12%"."""
    target = row.target
    goal = quantity(target.value, target.unit)
    value = quantity(row.value, target.unit)
    deadline = (
        f" đến năm {target.year}" if target.year and target.recurrence != Recurrence.ANNUAL else ""
    )
    if target.comparison in ("<=", "<"):
        within = row.value < target.value or (
            target.comparison == "<=" and row.value == target.value
        )
        limit = f"là {goal}" if target.value == 0 else f"là không quá {goal}"
        verdict = f"đạt chỉ tiêu{deadline}" if within else f"chỉ tiêu{deadline} {limit}"
        text = f"{lower_first(target.indicator)}: {value}, {verdict}"
    else:
        if row.value > target.value:
            verdict = f"vượt chỉ tiêu{deadline} {goal}"
        elif row.value == target.value:
            verdict = f"bằng chỉ tiêu{deadline} {goal}"
        elif deadline:
            verdict = f"chỉ tiêu{deadline} là {goal}"
        else:
            verdict = f"chưa đạt chỉ tiêu {goal}"
        text = f"{lower_first(target.indicator)} đạt {value}, {verdict}"
    return text


def _targets(rows: list[TargetRow], title: str) -> str:
    parts = []
    for row in rows:
        if row.value is None:
            continue
        text = target_words(row)
        if row.value_period != title:
            text += f" (số liệu {row.value_period})"
        if row.pending is not None:
            text += (
                f"; số liệu {row.pending_period} ({quantity(row.pending, row.target.unit)}) "
                "đã nộp, đang chờ duyệt"
            )
        parts.append(text)
    waiting = [r for r in rows if r.value is None and r.pending is not None]
    for row in waiting:
        parts.append(
            f"số liệu {lower_first(row.target.indicator)} {row.pending_period} "
            f"({quantity(row.pending, row.target.unit)}) đã nộp, đang chờ duyệt"
        )
    if not parts:
        return ""
    return "Về chỉ tiêu, theo số liệu được duyệt: " + "; ".join(parts) + "."


def _late(rows: list[TaskRow], names: Names, content: PeriodContent) -> str:
    """The tasks in trouble or past their end, and why, as their agency wrote it."""
    period_end = content.period.cutoff_on
    parts = []
    for row in rows:
        report = row.accepted
        if report is None:
            continue
        end = Period.from_dict(row.task.end_period) if row.task.end_period else None
        last = end.last_day() if end is not None and end.is_dated else None
        overdue = (
            last is not None
            and last < period_end
            and report.status not in (TaskStatus.COMPLETED, TaskStatus.COMPLETED_LATE)
        )
        if report.status not in TROUBLE and not overdue:
            continue
        words = TROUBLE_WORDS.get(report.status, "chưa hoàn thành")
        text = f"{upper_first(task_phrase(row.task))} (nhiệm vụ {row.task.number}) {words}"
        if overdue:
            text += f", đã quá thời hạn hoàn thành ({row.task.end_text})"
        text += f", đạt {report.percent}%"
        why = plain(report.difficulties)
        agency = names(row.task.lead, row.agency)
        if why:
            text += f"; theo {agency}, nguyên nhân: {lower_first(why)}"
        else:
            text += f"; {agency} chưa nêu nguyên nhân"
        parts.append(text + ".")
    return " ".join(parts)


def _unreported(rows: list[TaskRow]) -> str:
    groups = {
        MISSING: [r.task.number for r in rows if r.standing == MISSING],
        PENDING: [r.task.number for r in rows if r.standing == PENDING],
        RETURNED: [r.task.number for r in rows if r.standing == RETURNED],
    }
    parts = []
    if groups[MISSING]:
        parts.append(f"nhiệm vụ {numbers(groups[MISSING])} chưa có báo cáo")
    if groups[PENDING]:
        parts.append(f"nhiệm vụ {numbers(groups[PENDING])} đã nộp báo cáo, đang chờ duyệt")
    if groups[RETURNED]:
        parts.append(f"báo cáo nhiệm vụ {numbers(groups[RETURNED])} đã trả lại để bổ sung")
    return upper_first("; ".join(parts)) + "." if parts else ""


def area_text(content: PeriodContent, area, names: Names) -> str:
    rows = content.rows_of(area)
    parts = [
        _opening(rows, content.title) if rows else "",
        _results(rows, names),
        _targets(content.targets_of(area), content.title),
        _late(rows, names, content),
        _unreported(rows),
    ]
    return "\n".join(p for p in parts if p)  # each part a paragraph of its own


# -- the whole draft --------------------------------------------------------------------------
def overall_text(content: PeriodContent) -> str:
    c = content.counts
    text = f"Trong {content.title}, {c['due']} nhiệm vụ trọng tâm của Chương trình phải báo cáo"
    if c["accepted"]:
        details = [
            (c["completed"], "hoàn thành"),
            (c["on_track"], "đúng tiến độ"),
            (c["trouble"], "có nguy cơ chậm hoặc chậm tiến độ"),
            (c["not_started"], "chưa triển khai"),
        ]
        said = ", ".join(f"{n} nhiệm vụ {words}" for n, words in details if n)
        text += f"; {c['accepted']} nhiệm vụ có báo cáo đã được duyệt" + (
            f", trong đó {said}" if said else ""
        )
    if c["pending"]:
        text += f"; {c['pending']} nhiệm vụ đã nộp báo cáo, đang chờ duyệt"
    if c["returned"]:
        text += f"; {c['returned']} báo cáo đã trả lại để bổ sung"
    if c["missing"]:
        text += f"; {c['missing']} nhiệm vụ chưa có báo cáo"
    text += "."
    counted = [t for t in content.targets if t.value is not None]
    if counted:
        reached = sum(t.verdict == "achieved" for t in counted)
        text += (
            f" Trong {len(content.targets)} chỉ tiêu của Chương trình, {len(counted)} chỉ tiêu "
            f"có số liệu được duyệt, {reached} chỉ tiêu đạt hoặc vượt."
        )
    return text


def remark_lines(remarks: list[Remark], names: Names) -> str:
    """One line per agency and text: "- Ủy ban nhân dân xã: thiếu kinh phí … (nhiệm vụ 3,
    7)."."""
    lines = []
    for remark in remarks:
        name = names(remark.agency, remark.agency_text)
        tasks = numbers(sorted(set(remark.tasks)))
        lines.append(f"- {name}: {lower_first(plain(remark.text))} (nhiệm vụ {tasks}).")
    return "\n".join(lines)


def next_tasks_text(content: PeriodContent) -> str:
    lines = ["Tiếp tục chỉ đạo triển khai các nhiệm vụ trọng tâm theo Chương trình."]
    trouble = [r for r in content.rows if r.accepted and r.accepted.status in TROUBLE]
    if trouble:
        named = numbers(
            f"{task_phrase(r.task)} (nhiệm vụ {r.task.number})" for r in trouble[:NAMED_TASKS]
        )
        more = len(trouble) - NAMED_TASKS
        lines.append(
            f"Tập trung tháo gỡ khó khăn, vướng mắc, đẩy nhanh tiến độ các nhiệm vụ: {named}"
            + (f" và {more} nhiệm vụ khác" if more > 0 else "")
            + "."
        )
    owing = [r.task.number for r in content.rows if r.standing in (MISSING, RETURNED)]
    if owing:
        lines.append(f"Đôn đốc các cơ quan chủ trì hoàn thành báo cáo nhiệm vụ {numbers(owing)}.")
    if content.proposals:
        lines.append(
            "Xem xét, giải quyết các đề xuất, kiến nghị của các cơ quan, đơn vị nêu tại mục III."
        )
    return "\n".join(lines)


def draft(content: PeriodContent, layout: str = Layout.PARTY) -> dict:
    """The texts of a new report: overall assessment, one paragraph per area, difficulties,
    proposals and the tasks for the next period."""
    names = Names()
    areas = {}
    for area in content.areas_with_work:
        areas[area.path if area else ""] = area_text(content, area, names)
    return {
        "overall": overall_text(content),
        "areas": areas,
        "difficulties": remark_lines(content.difficulties, names),
        "proposals": remark_lines(content.proposals, names),
        "next_tasks": next_tasks_text(content),
    }


def feedback_sentence(summary: dict, areas: dict) -> str:
    """The citizens' feedback of the period in one paragraph of the report."""
    if not summary.get("received"):
        return "Trong kỳ, không tiếp nhận phản ánh, kiến nghị nào của người dân."
    text = (
        f"Trong kỳ, tiếp nhận {summary['received']} phản ánh, kiến nghị của người dân; "
        f"đã trả lời {summary['answered']}"
    )
    if summary["with_deadline"]:
        share = round(100 * summary["on_time"] / summary["with_deadline"])
        text += f" ({share}% đúng hạn)"
    text += f"; đang xử lý {summary['open']}."
    if summary["ratings"]:
        score = f"{summary['satisfaction']:.1f}".replace(".", ",")
        text += f" Mức độ hài lòng bình quân {score}/5 ({summary['ratings']} lượt đánh giá)."
    if summary["top_areas"]:
        named = "; ".join(
            f"{areas.get(path, path)} ({n} ý kiến)" for path, n in summary["top_areas"]
        )
        text += f" Lĩnh vực được phản ánh nhiều nhất: {named}."
    return text
