"""What goes into a period's consolidated report: gathered once, written out as Word or
Excel by the modules beside this one."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.utils import timezone

from hanhdong.feedback.stats import period_summary
from hanhdong.reports.dashboard import commune_figures, target_figures
from hanhdong.reports.models import ReportState, TaskStatus


@dataclass
class PeriodContent:
    period: object
    program: object
    commune: object
    higher_body: str
    rows: list  # (task, report or None, area), every task due in the period
    by_area: list  # (area, [(task, report)]) with accepted reports
    targets: list
    difficulties: list = field(default_factory=list)  # (agency label, task number, text)
    proposals: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    feedback: dict = field(default_factory=dict)  # citizens' submissions in the period


def gather(period) -> PeriodContent:
    program = period.program
    areas = program.areas()
    figures = commune_figures(program, period, areas)
    accepted = [
        (task, report, area)
        for task, report, area in figures["rows"]
        if report is not None and report.state == ReportState.ACCEPTED
    ]
    full = {r.pk: r for r in period.reports.filter(state=ReportState.ACCEPTED)}
    grouped = defaultdict(list)
    difficulties, proposals = [], []
    for task, report, area in accepted:
        report = full.get(report.pk, report)
        grouped[area.pk if area else None].append((task, report))
        agency = task.lead.label if task.lead else task.lead_text
        if report.difficulties.strip():
            difficulties.append((agency, task.number, report.difficulties.strip()))
        if report.proposals.strip():
            proposals.append((agency, task.number, report.proposals.strip()))
    by_area = [(a, grouped[a.pk]) for a in areas if grouped.get(a.pk)]
    if grouped.get(None):
        by_area.append((None, grouped[None]))
    statuses = [r.status for _, r, _ in accepted]
    city = program.commune.parent
    return PeriodContent(
        period=period,
        program=program,
        commune=program.commune,
        higher_body=f"Đảng bộ {city.name[0].lower()}{city.name[1:]}" if city else "",
        rows=[(t, full.get(r.pk, r) if r is not None else None, a) for t, r, a in figures["rows"]],
        by_area=by_area,
        targets=target_figures(program),
        feedback=period_summary(program.commune, period.starts_on, period.cutoff_on),
        difficulties=difficulties,
        proposals=proposals,
        counts={
            "due": figures["due_count"],
            "accepted": len(accepted),
            "missing": figures["due_count"] - figures["handed_in"],
            "completed": sum(
                s in (TaskStatus.COMPLETED, TaskStatus.COMPLETED_LATE) for s in statuses
            ),
            "on_track": statuses.count(TaskStatus.ON_TRACK),
            "trouble": sum(
                s in (TaskStatus.AT_RISK, TaskStatus.BEHIND, TaskStatus.BLOCKED) for s in statuses
            ),
        },
    )


def draft_texts(content: PeriodContent) -> dict:
    """A first draft of the narrative, written from the figures, for the clerk to rework."""
    c = content.counts
    period = content.period.title  # in its one form, mid-sentence too: "Trong Quý IV/2026"
    overall = (
        f"Trong {period}, các cơ quan, đơn vị đã triển khai {c['due']} nhiệm vụ trọng tâm "
        f"của Chương trình; {c['accepted']} nhiệm vụ có báo cáo được duyệt, trong đó "
        f"{c['completed']} nhiệm vụ hoàn thành, {c['on_track']} nhiệm vụ đúng tiến độ, "
        f"{c['trouble']} nhiệm vụ có nguy cơ chậm hoặc chậm tiến độ. "
        f"{c['missing']} nhiệm vụ chưa có báo cáo."
    )
    behind = [
        t
        for t, r, _ in content.rows
        if r is not None and r.status in (TaskStatus.AT_RISK, TaskStatus.BEHIND, TaskStatus.BLOCKED)
    ]
    next_tasks = "Tiếp tục chỉ đạo triển khai các nhiệm vụ trọng tâm theo Chương trình."
    if behind:
        numbers = ", ".join(str(t.number) for t in behind)
        next_tasks += f" Tập trung tháo gỡ khó khăn đối với các nhiệm vụ số {numbers}."
    today = timezone.localdate()
    return {"overall": overall, "next_tasks": next_tasks, "dated": today}


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
