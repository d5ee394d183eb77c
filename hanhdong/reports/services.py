"""State changes of reporting: calendars and periods, reports and their review."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from hanhdong.audit.models import AuditAction
from hanhdong.audit.services import audit_record
from hanhdong.orgs.models import Role
from hanhdong.reports import calendar
from hanhdong.reports.attachments import sniff
from hanhdong.reports.models import (
    Attachment,
    Contribution,
    PeriodKind,
    ProgressReport,
    ReportingCalendar,
    ReportingPeriod,
    ReportState,
    ReportVersion,
    TargetValue,
    TaskStatus,
)
from hanhdong.reports.notify import enqueue

REPORT_FIELDS = ["status", "percent", "results", "difficulties", "proposals"]


def users_with_role(commune, role, organization=None):
    users = get_user_model().objects.filter(
        is_active=True, memberships__role=role, memberships__organization__commune=commune
    )
    if organization is not None:
        users = users.filter(memberships__organization=organization)
    return users.distinct()


@transaction.atomic
def calendar_setup(*, acting_user, program, **settings) -> ReportingCalendar:
    """Create or change a program's reporting calendar and the periods of its whole term."""
    cal, _created = ReportingCalendar.objects.get_or_create(program=program)
    for name, value in settings.items():
        setattr(cal, name, value)
    if not 1 <= cal.cutoff_day <= 28:
        raise ValidationError(_("The cut-off day must be between 1 and 28."))
    cal.save()
    # periods still to come follow the new cut-off and deadline rules
    today = timezone.localdate()
    for period in ReportingPeriod.objects.filter(
        program=program, due_on__gte=today, closed=False
    ).exclude(kind=PeriodKind.ADHOC):
        opens, cutoff = calendar.window(period.kind, period.year, period.number, cal.cutoff_day)
        period.starts_on, period.cutoff_on = opens, cutoff
        period.due_on = calendar.add_working_days(cutoff, cal.submit_days)
        period.save(update_fields=["starts_on", "cutoff_on", "due_on"])
    existing = set(
        ReportingPeriod.objects.filter(program=program).values_list("kind", "year", "number")
    )
    new = []
    for kind in cal.kinds:
        for year in range(program.term_start, program.term_end + 1):
            for number in calendar.numbers(kind):
                if (kind, year, number) in existing:
                    continue
                opens, cutoff = calendar.window(kind, year, number, cal.cutoff_day)
                new.append(
                    ReportingPeriod(
                        program=program,
                        kind=kind,
                        year=year,
                        number=number,
                        title=calendar.title(kind, year, number),
                        starts_on=opens,
                        cutoff_on=cutoff,
                        due_on=calendar.add_working_days(cutoff, cal.submit_days),
                    )
                )
    ReportingPeriod.objects.bulk_create(new)
    audit_record(
        actor=acting_user,
        obj=cal,
        action=AuditAction.UPDATE,
        commune=program.commune,
        changes={"kinds": cal.kinds, "periods_created": len(new)},
    )
    return cal


@transaction.atomic
def adhoc_request(
    *, acting_user, program, title: str, due_on: dt.date, note: str = "", tasks=()
) -> ReportingPeriod:
    """The Standing Committee asks for a report outside the calendar, by ``due_on``."""
    today = timezone.localdate()
    if not title.strip():
        raise ValidationError(_("The request needs a title."))
    if due_on < today:
        raise ValidationError(_("The due date has passed."))
    period = ReportingPeriod.objects.create(
        program=program,
        kind=PeriodKind.ADHOC,
        year=due_on.year,
        title=title.strip(),
        starts_on=today,
        cutoff_on=due_on,
        due_on=due_on,
        requested_by=acting_user,
        note=note,
    )
    period.tasks.set(tasks)
    for task in period_tasks(period):
        enqueue(
            key=f"adhoc:{period.pk}:{task.pk}",
            recipients=users_with_role(program.commune, Role.OFFICER, task.lead),
            subject=_("Report requested: %(t)s") % {"t": period.title},
            body=_("Key task %(n)s: report by %(d)s.")
            % {"n": task.number, "d": due_on.strftime("%d/%m/%Y")},
            url=reverse("reports:report", args=[task.pk, period.pk]),
        )
    audit_record(
        actor=acting_user,
        obj=period,
        action=AuditAction.CREATE,
        commune=program.commune,
        changes={"title": period.title, "due": str(due_on)},
    )
    return period


def owes(task, period) -> bool:
    """Whether ``task`` owes a report for ``period`` (an ad-hoc request may name its tasks)."""
    if period.kind == PeriodKind.ADHOC:
        chosen = set(period.tasks.values_list("pk", flat=True))
        if chosen:
            return task.pk in chosen
    return calendar.owes_report(task, period)


def period_tasks(period) -> list:
    """The key tasks that owe a report for ``period``."""
    chosen = list(period.tasks.all()) if period.kind == PeriodKind.ADHOC else []
    if chosen:
        return chosen
    tasks = period.program.key_tasks.filter(is_withdrawn=False).select_related("lead")
    return [t for t in tasks if calendar.owes_report(t, period)]


def _snapshot(report: ProgressReport) -> dict:
    out = {name: getattr(report, name) for name in REPORT_FIELDS}
    out["values"] = {
        str(v.target_id): str(v.value) for v in TargetValue.objects.filter(report=report)
    }
    return out


@transaction.atomic
def report_save(
    *,
    acting_user,
    task,
    period,
    status: str,
    percent: int,
    results: str = "",
    difficulties: str = "",
    proposals: str = "",
    values: dict | None = None,
) -> ProgressReport:
    """Write the lead agency's draft report; a submitted or accepted one is locked."""
    if period.program_id != task.program_id:
        raise ValidationError(_("The period belongs to another program."))
    if status not in TaskStatus.values:
        raise ValidationError(_("Unknown progress status."))
    if not 0 <= int(percent) <= 100:
        raise ValidationError(_("Percent complete is between 0 and 100."))
    report, _created = ProgressReport.objects.select_for_update().get_or_create(
        task=task, period=period, defaults={"agency": task.lead}
    )
    if report.state in (ReportState.SUBMITTED, ReportState.ACCEPTED):
        raise ValidationError(_("This report has been submitted; it can no longer be changed."))
    report.status, report.percent = status, int(percent)
    report.results, report.difficulties, report.proposals = results, difficulties, proposals
    report.save()
    targets = {t.pk: t for t in task.targets.all()}
    for target_id, value in (values or {}).items():
        target = targets.get(int(target_id))
        if target is None:
            raise ValidationError(_("That target is not one of this task's."))
        if value in (None, ""):
            TargetValue.objects.filter(target=target, period=period).delete()
            continue
        TargetValue.objects.update_or_create(
            target=target, period=period, defaults={"value": Decimal(value), "report": report}
        )
    return report


def _version(report, acting_user, comment=""):
    report.version += 1
    ReportVersion.objects.create(
        report=report,
        number=report.version,
        state=report.state,
        content=_snapshot(report),
        by=acting_user if acting_user and acting_user.is_authenticated else None,
        comment=comment,
    )


@transaction.atomic
def report_submit(*, acting_user, report: ProgressReport) -> ProgressReport:
    report = (
        ProgressReport.objects.select_for_update()
        .select_related("task__program__commune", "period")
        .get(pk=report.pk)
    )
    if report.state not in (ReportState.DRAFT, ReportState.RETURNED):
        raise ValidationError(_("Only a draft or a returned report can be submitted."))
    if not report.results.strip():
        raise ValidationError(_("Write the results before submitting."))
    report.state = ReportState.SUBMITTED
    report.submitted_at, report.submitted_by = timezone.now(), acting_user
    _version(report, acting_user)
    report.save()
    commune = report.task.program.commune
    enqueue(
        key=f"submitted:{report.pk}:{report.version}",
        recipients=users_with_role(commune, Role.CLERK),
        subject=_("Report submitted: key task %(n)s, %(p)s")
        % {"n": report.task.number, "p": report.period.title},
        body=report.results[:500],
        url=reverse("reports:report", args=[report.task_id, report.period_id]),
    )
    return report


@transaction.atomic
def report_review(
    *, acting_user, report: ProgressReport, accept: bool, comment: str = ""
) -> ProgressReport:
    """Accept a submitted report, or return it to the agency with a comment."""
    report = (
        ProgressReport.objects.select_for_update()
        .select_related("task__program__commune", "period")
        .get(pk=report.pk)
    )
    if report.state != ReportState.SUBMITTED:
        raise ValidationError(_("Only a submitted report can be accepted or returned."))
    if not accept and not comment.strip():
        raise ValidationError(_("Say what must change when returning a report."))
    report.state = ReportState.ACCEPTED if accept else ReportState.RETURNED
    report.reviewed_at, report.reviewed_by = timezone.now(), acting_user
    report.review_comment = comment.strip()
    _version(report, acting_user, comment)
    report.save()
    commune = report.task.program.commune
    officers = users_with_role(commune, Role.OFFICER, report.task.lead)
    subject = (
        _("Report accepted: key task %(n)s, %(p)s")
        if accept
        else _("Report returned: key task %(n)s, %(p)s")
    )
    enqueue(
        key=f"reviewed:{report.pk}:{report.version}",
        recipients=officers,
        subject=subject % {"n": report.task.number, "p": report.period.title},
        body=comment,
        url=reverse("reports:report", args=[report.task_id, report.period_id]),
    )
    return report


@transaction.atomic
def contribution_add(*, acting_user, task, period, agency, text: str) -> Contribution:
    if not text.strip():
        raise ValidationError(_("Write the contribution."))
    if period.program_id != task.program_id:
        raise ValidationError(_("The period belongs to another program."))
    return Contribution.objects.create(
        task=task, period=period, agency=agency, text=text.strip(), author=acting_user
    )


@transaction.atomic
def attachment_add(*, acting_user, report: ProgressReport, name: str, data: bytes) -> Attachment:
    """Attach a file to a report still being written; its type is read from its content."""
    limit = settings.HANHDONG_MAX_ATTACHMENT_MB * 1024 * 1024
    if report.state not in (ReportState.DRAFT, ReportState.RETURNED):
        raise ValidationError(_("Files can be attached only while the report is being written."))
    if len(data) > limit:
        raise ValidationError(
            _("“%(name)s” is larger than %(n)s MB.")
            % {"name": name, "n": settings.HANHDONG_MAX_ATTACHMENT_MB}
        )
    kind = sniff(data)
    if kind is None:
        raise ValidationError(
            _("“%(name)s” is not a PDF, a PNG or JPEG image, a Word or an Excel file.")
            % {"name": name}
        )
    attachment = Attachment(
        report=report, name=name[:255], kind=kind, size=len(data), uploaded_by=acting_user
    )
    attachment.file.save(f"{report.pk}-{kind}.{kind}", ContentFile(data), save=False)
    attachment.save()
    return attachment
