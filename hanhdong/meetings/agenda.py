"""The agenda of a Standing Committee meeting, proposed from the data — the brief: the
reports of the period, what is overdue, what is at risk, what awaits the Committee's decision,
the citizens' hot issues. Each proposal is a line the clerk keeps, edits or drops; the
details say where it comes from. Written in Vietnamese: it is the meeting's own text.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from django.utils import translation

from hanhdong.feedback.models import OPEN_STATES, Feedback, Kind, Topic
from hanhdong.lib.text import clip
from hanhdong.programs.models import Program
from hanhdong.reports.calendar import period_tasks
from hanhdong.reports.models import (
    TROUBLE,
    ProgressReport,
    ReportingKind,
    ReportingPeriod,
    ReportState,
)
from hanhdong.tasks.models import AssignedTask, Status, TaskState

SHOWN = 6  # details listed under a proposal, then counted
HOT_DAYS = 90  # the citizens' issues of the last three months


@dataclass
class Proposal:
    source: str  # "reports", "overdue", "risk", "decision", "citizens"
    line: str  # the agenda line, as the clerk will edit it
    details: list[str] = field(default_factory=list)


def period_heard(program: Program | None, today: dt.date) -> ReportingPeriod | None:
    """The period whose reports the meeting hears: the latest whose deadline has passed."""
    if program is None:
        return None
    return (
        ReportingPeriod.objects.filter(program=program, due_on__lte=today)
        .exclude(kind=ReportingKind.ADHOC)
        .order_by("-due_on", "kind")
        .first()
    )


def _few(lines: list[str]) -> list[str]:
    if len(lines) > SHOWN:
        return [*lines[:SHOWN], f"và {len(lines) - SHOWN} nội dung khác"]
    return lines


def _agency(task) -> str:
    return task.lead.label if task.lead else (task.lead_text or "chưa rõ cơ quan")


def propose(commune, today: dt.date) -> tuple[ReportingPeriod | None, list[Proposal]]:
    """(the period heard, the proposals) for a meeting of ``commune`` held on ``today``."""
    program = Program.objects.current_of(commune)
    period = period_heard(program, today)
    proposals: list[Proposal] = []
    reports: dict[int, ProgressReport] = {}
    tasks = []
    if period is not None:
        tasks = period_tasks(period)
        reports = {
            r.task_id: r
            for r in ProgressReport.objects.filter(period=period).select_related("task")
        }
        handed = [r for r in reports.values() if r.is_handed_in]
        accepted = [r for r in handed if r.state == ReportState.ACCEPTED]
        proposals.append(
            Proposal(
                "reports",
                f"Nghe báo cáo kết quả thực hiện Chương trình hành động số {program.number}, "
                f"{period.title}",
                [
                    f"{len(tasks)} nhiệm vụ phải báo cáo; {len(handed)} đã nộp, "
                    f"{len(accepted)} đã được duyệt (hạn nộp {period.due_on:%d/%m/%Y})."
                ],
            )
        )
    # what is overdue: reports not handed in, assigned tasks past their deadline
    missing = [t for t in tasks if t.pk not in reports or not reports[t.pk].is_handed_in]
    late_tasks = list(
        AssignedTask.objects.filter(commune=commune)
        .with_status(Status.OVERDUE, today)
        .select_related("lead")
        .order_by("due_on")
    )
    overdue = [
        f"Nhiệm vụ trọng tâm {t.number} ({_agency(t)}): chưa nộp báo cáo" for t in missing
    ] + [f"{t.title[:100]} ({_agency(t)}): hạn {t.due_on:%d/%m/%Y}" for t in late_tasks]
    if overdue:
        what = [
            f"{len(missing)} báo cáo chưa nộp" if missing else "",
            f"{len(late_tasks)} nhiệm vụ được giao quá hạn" if late_tasks else "",
        ]
        line = f"Xem xét {' và '.join(w for w in what if w)}; chỉ đạo khắc phục"
        proposals.append(Proposal("overdue", line, _few(overdue)))
    # at risk: reports of the period that say so
    risky = [r for r in reports.values() if r.is_handed_in and r.status in TROUBLE]
    if risky:
        proposals.append(
            Proposal(
                "risk",
                f"Cho ý kiến về {len(risky)} nhiệm vụ có nguy cơ chậm, chậm tiến độ",
                _few(
                    [
                        f"Nhiệm vụ {r.task.number} ({_agency(r.task)}): {r.percent}%"
                        + (
                            f" — {clip(r.difficulties.strip(), 120)}"
                            if r.difficulties.strip()
                            else ""
                        )
                        for r in sorted(risky, key=lambda r: r.task.number)
                    ]
                ),
            )
        )
    # awaiting the Committee's decision: proposals in the reports, completions to confirm
    asked = [r for r in reports.values() if r.is_handed_in and r.proposals.strip()]
    to_confirm = list(
        AssignedTask.objects.filter(commune=commune, state=TaskState.DONE).select_related("lead")
    )
    if asked or to_confirm:
        proposals.append(
            Proposal(
                "decision",
                "Cho ý kiến về các đề xuất, kiến nghị của các cơ quan, đơn vị"
                + (f" và xác nhận {len(to_confirm)} nhiệm vụ đã hoàn thành" if to_confirm else ""),
                _few(
                    [
                        f"{_agency(r.task)} (nhiệm vụ {r.task.number}): "
                        + clip(r.proposals.strip(), 140)
                        for r in sorted(asked, key=lambda r: r.task.number)
                    ]
                    + [f"Hoàn thành, chờ xác nhận: {clip(t.title, 100)}" for t in to_confirm]
                ),
            )
        )
    citizens = _citizens(commune, today)
    if citizens is not None:
        proposals.append(citizens)
    return period, proposals


def _citizens(commune, today: dt.date) -> Proposal | None:
    """Counts only: no one's words, name or place reach the agenda."""
    since = today - dt.timedelta(days=HOT_DAYS)
    items = Feedback.objects.filter(commune=commune, created_at__date__gte=since).exclude(
        kind=Kind.DENUNCIATION
    )
    received = items.count()
    if not received:
        return None
    overdue = items.filter(state__in=OPEN_STATES, deadline__lt=today).count()
    with translation.override("vi"):
        topics = Counter(items.values_list("topic", flat=True)).most_common(3)
        named = [f"{Topic(t).label} ({n})" for t, n in topics if t in Topic.values]
    details = [f"{received} phản ánh, kiến nghị trong {HOT_DAYS} ngày qua; {overdue} quá hạn."]
    if named:
        details.append("Nhiều nhất về: " + "; ".join(named) + ".")
    return Proposal(
        "citizens",
        "Nghe tình hình tiếp nhận, xử lý phản ánh, kiến nghị của Nhân dân"
        + (f"; chỉ đạo giải quyết {overdue} vụ việc quá hạn" if overdue else ""),
        details,
    )
