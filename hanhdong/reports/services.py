"""State changes of reporting: calendars and periods, reports and their review.

Each public function is one thing a user means to do, in one durable transaction that also
writes its audit record and queues its notifications.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hanhdong.audit.models import AuditAction
from hanhdong.audit.services import audit_changes, audit_record, snapshot
from hanhdong.lib import periods
from hanhdong.lib.files import FileKind, Upload, prepare_upload, stored
from hanhdong.lib.text import clean_text
from hanhdong.lib.transactions import service
from hanhdong.notifications.outbox import enqueue
from hanhdong.orgs.models import Membership, Role
from hanhdong.orgs.workdays import calendar_of
from hanhdong.reports import calendar, summaries
from hanhdong.reports.models import (
    Attachment,
    Contribution,
    IndicatorSheet,
    ProgressReport,
    ReportingCalendar,
    ReportingKind,
    ReportingPeriod,
    ReportState,
    ReportVersion,
    TargetValue,
    TaskStatus,
)

REPORT_FIELDS = ["status", "percent", "results", "difficulties", "proposals"]
ATTACHMENT_KINDS = set(FileKind.values)
ATTACHMENT_REFUSED = gettext_lazy(
    "“%(name)s” is not a PDF, a PNG or JPEG image, a Word or an Excel file."
)


def _users(commune, role, organization=None):
    return Membership.objects.in_commune(commune).holding(role, organization).users()


@service
def calendar_setup(*, acting_user, program, **settings) -> ReportingCalendar:
    """Create or change a program's reporting calendar and the periods of its whole term."""
    cal, created = ReportingCalendar.objects.get_or_create(program=program)
    for name, value in settings.items():
        setattr(cal, name, value)
    if not 1 <= cal.cutoff_day <= 28:
        raise ValidationError(_("The cut-off day must be between 1 and 28."))
    cal.save()
    # periods still to come follow the new cut-off and deadline rules
    today = timezone.localdate()
    workdays = calendar_of(program.commune)
    for period in ReportingPeriod.objects.filter(
        program=program, due_on__gte=today, closed=False
    ).exclude(kind=ReportingKind.ADHOC):
        opens, cutoff = calendar.window(period.kind, period.year, period.number, cal.cutoff_day)
        period.starts_on, period.cutoff_on = opens, cutoff
        period.due_on = workdays.add(cutoff, cal.submit_days)
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
                due = workdays.add(cutoff, cal.submit_days)
                new.append(
                    ReportingPeriod(
                        program=program,
                        kind=kind,
                        year=year,
                        number=number,
                        title=calendar.title(kind, year, number),
                        starts_on=opens,
                        cutoff_on=cutoff,
                        due_on=due,
                        # a deadline that passed before anyone was asked is not chased: a
                        # commune that starts mid-term is not flooded with reminders and
                        # escalations about its past (the reports may still be filed)
                        closed=due < today,
                    )
                )
    ReportingPeriod.objects.bulk_create(new)
    summaries.refresh(ReportingPeriod.objects.filter(program=program))
    audit_record(
        actor=acting_user,
        obj=cal,
        action=AuditAction.CREATE if created else AuditAction.UPDATE,
        commune=program.commune,
        changes={"kinds": cal.kinds, "periods_created": len(new)},
    )
    return cal


@service
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
        kind=ReportingKind.ADHOC,
        year=due_on.year,
        title=periods.normal_title(title),  # "quý iv/2026" is "Quý IV/2026", as everywhere
        starts_on=today,
        cutoff_on=due_on,
        due_on=due_on,
        requested_by=acting_user,
        note=note,
    )
    period.tasks.set(tasks)
    summaries.refresh([period])
    for task in calendar.period_tasks(period):
        enqueue(
            key=f"adhoc:{period.pk}:{task.pk}",
            recipients=_users(program.commune, Role.OFFICER, task.lead) if task.lead else [],
            subject=_("Report requested: %(t)s") % {"t": period.title},
            body=_("Key task %(n)s: report by %(d)s.")
            % {"n": task.number, "d": due_on.strftime("%d/%m/%Y")},
            url=reverse("reports:report", args=[task.pk, period.pk]),
            fresh=True,
        )
    audit_record(
        actor=acting_user,
        obj=period,
        action=AuditAction.CREATE,
        commune=program.commune,
        changes={"title": period.title, "due": str(due_on)},
    )
    return period


def _snapshot(report: ProgressReport) -> dict:
    out = snapshot(report, REPORT_FIELDS)
    out["values"] = {
        str(v.target_id): str(v.value) for v in TargetValue.objects.filter(report=report)
    }
    return out


# the statuses a finished task cannot have, and those an unfinished one cannot
DONE = (TaskStatus.COMPLETED, TaskStatus.COMPLETED_LATE)
UNDER_WAY = (TaskStatus.ON_TRACK, TaskStatus.AT_RISK, TaskStatus.BEHIND, TaskStatus.BLOCKED)


def progress_question(status: str, percent: int) -> str | None:
    """The question to ask when a report's progress contradicts its percent complete —
    "completed" at 20 %, "not started" at 80 %, under way at 100 % — before the report is
    accepted; None when they agree. The report form asks it and wants a confirmation."""
    if status not in TaskStatus.values:
        return None
    label = TaskStatus(status).label
    if status in DONE and percent < 100:
        return _(
            "The progress is “%(status)s” but the task is only %(percent)s%% complete. "
            "Is that right? If it is, tick the confirmation; if not, correct the progress or "
            "the percent."
        ) % {"status": label, "percent": percent}
    if status == TaskStatus.NOT_STARTED and percent > 0:
        return _(
            "The progress is “%(status)s” but the task is already %(percent)s%% complete. "
            "Is that right? If it is, tick the confirmation; if not, correct the progress or "
            "the percent."
        ) % {"status": label, "percent": percent}
    if status in UNDER_WAY and percent >= 100:
        return _(
            "The task is 100%% complete but the progress is “%(status)s”, not completed. "
            "Is that right? If it is, tick the confirmation; if not, correct the progress or "
            "the percent."
        ) % {"status": label}
    return None


def _check_fields(task, period, status, percent, values) -> dict:
    """The report's fields checked before anything is written; returns the target values
    by target."""
    if period.program_id != task.program_id:
        raise ValidationError(_("The period belongs to another program."))
    if status not in TaskStatus.values:
        raise ValidationError(_("Unknown progress status."))
    if not 0 <= int(percent) <= 100:
        raise ValidationError(_("Percent complete is between 0 and 100."))
    targets = {t.pk: t for t in task.targets.current()}
    checked = {}
    for target_id, value in (values or {}).items():
        target = targets.get(int(target_id))
        if target is None:
            raise ValidationError(_("That target is not one of this task's."))
        try:
            checked[target] = None if value in (None, "") else Decimal(value)
        except (InvalidOperation, TypeError, ValueError):
            raise ValidationError(_("A target value is a number.")) from None
    return checked


def _file(
    *, acting_user, task, period, fields: dict, values: dict, files=(), submit: bool
) -> ProgressReport:
    """Write the lead agency's report (and submit it), inside the caller's transaction."""
    checked = _check_fields(task, period, fields["status"], fields["percent"], values)
    report, created = ProgressReport.objects.select_for_update().get_or_create(
        task=task, period=period, defaults={"agency": task.lead}
    )
    if report.is_handed_in:
        raise ValidationError(_("This report has been submitted; it can no longer be changed."))
    before = {**_snapshot(report), "state": report.state}
    for name in REPORT_FIELDS:
        value = fields.get(name, "")
        setattr(report, name, clean_text(value) if isinstance(value, str) else value)
    report.percent = int(report.percent)
    report.save()
    for target, value in checked.items():
        if value is None:
            TargetValue.objects.filter(target=target, period=period).delete()
        else:
            TargetValue.objects.update_or_create(
                target=target,
                period=period,
                defaults={"value": value, "report": report, "source": "", "noted_on": None},
            )
    attached = [
        Attachment(
            report=report,
            file=name,
            name=upload.name,
            kind=upload.kind,
            size=len(upload.data),
            uploaded_by=acting_user,
        )
        for upload, name in files
    ]
    Attachment.objects.bulk_create(attached)
    if submit:
        _submit(report, acting_user)
    after = {**_snapshot(report), "state": report.state}
    if attached:
        after["files"] = [a.name for a in attached]
    commune = task.program.commune
    if created:
        audit_record(
            actor=acting_user, obj=report, action=AuditAction.CREATE, changes=after, commune=commune
        )
    else:
        audit_changes(actor=acting_user, obj=report, before=before, after=after, commune=commune)
    return report


def report_file(
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
    files: list[Upload] = (),
    submit: bool = False,
) -> ProgressReport:
    """The lead agency writes its report on ``task`` for ``period`` — fields, target
    values and files (checked beforehand by ``lib.files.prepare_upload``) — and, with
    ``submit``, hands it in. A submitted or accepted report is locked.

    The files are written before the transaction and removed again if it fails.
    """
    fields = {
        "status": status,
        "percent": percent,
        "results": results,
        "difficulties": difficulties,
        "proposals": proposals,
    }
    with stored(files, "reports") as names:
        return _file_in_transaction(
            acting_user=acting_user,
            task=task,
            period=period,
            fields=fields,
            values=values or {},
            files=list(zip(files, names, strict=True)),
            submit=submit,
        )


@service
def _file_in_transaction(**kwargs) -> ProgressReport:
    return _file(**kwargs)


@service
def report_file_batch(*, acting_user, period, rows: list[dict], submit: bool) -> int:
    """Several of an agency's reports at once (its filled-in Excel template): every row is
    saved, or none. ``rows``: {"task", "status", "percent", "results", …}."""
    for row in rows:
        fields = {name: row.get(name, "") for name in REPORT_FIELDS}
        _file(
            acting_user=acting_user,
            task=row["task"],
            period=period,
            fields=fields,
            values={},
            submit=submit,
        )
    return len(rows)


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


def _submit(report: ProgressReport, acting_user) -> None:
    if report.state not in (ReportState.DRAFT, ReportState.RETURNED):
        raise ValidationError(_("Only a draft or a returned report can be submitted."))
    if not report.results.strip():
        raise ValidationError(_("Write the results before submitting."))
    report.state = ReportState.SUBMITTED
    report.submitted_at, report.submitted_by = timezone.now(), acting_user
    _version(report, acting_user)
    report.save()
    summaries.refresh([report.period])
    enqueue(
        key=f"submitted:{report.pk}:{report.version}",
        recipients=_users(report.task.program.commune, Role.CLERK),
        subject=_("Report submitted: key task %(n)s, %(p)s")
        % {"n": report.task.number, "p": report.period.title},
        body=report.results[:500],
        url=reverse("reports:report", args=[report.task_id, report.period_id]),
    )


def _locked(report: ProgressReport) -> ProgressReport:
    return (
        ProgressReport.objects.select_for_update(of=("self",))
        .select_related("task__program__commune", "task__lead", "period")
        .get(pk=report.pk)
    )


@service
def report_submit(*, acting_user, report: ProgressReport) -> ProgressReport:
    """Hand in the report as it stands."""
    report = _locked(report)
    before = report.state
    _submit(report, acting_user)
    audit_record(
        actor=acting_user,
        obj=report,
        action=AuditAction.UPDATE,
        commune=report.task.program.commune,
        changes={"state": [before, report.state]},
    )
    return report


@service
def report_review(
    *, acting_user, report: ProgressReport, accept: bool, comment: str = ""
) -> ProgressReport:
    """Accept a submitted report, or return it to the agency with a comment."""
    report = _locked(report)
    if report.state != ReportState.SUBMITTED:
        raise ValidationError(_("Only a submitted report can be accepted or returned."))
    comment = clean_text(comment)
    if not accept and not comment.strip():
        raise ValidationError(_("Say what must change when returning a report."))
    before = report.state
    report.state = ReportState.ACCEPTED if accept else ReportState.RETURNED
    report.reviewed_at, report.reviewed_by = timezone.now(), acting_user
    report.review_comment = comment.strip()
    _version(report, acting_user, comment)
    report.save()
    summaries.refresh([report.period])
    commune = report.task.program.commune
    subject = (
        _("Report accepted: key task %(n)s, %(p)s")
        if accept
        else _("Report returned: key task %(n)s, %(p)s")
    )
    enqueue(
        key=f"reviewed:{report.pk}:{report.version}",
        recipients=_users(commune, Role.OFFICER, report.task.lead) if report.task.lead else [],
        subject=subject % {"n": report.task.number, "p": report.period.title},
        body=comment,
        url=reverse("reports:report", args=[report.task_id, report.period_id]),
    )
    audit_record(
        actor=acting_user,
        obj=report,
        action=AuditAction.UPDATE,
        commune=commune,
        changes={"state": [before, report.state], "comment": report.review_comment},
    )
    return report


@service
def target_value_record(
    *, acting_user, target, period, value, source: str, noted_on: dt.date | None = None
) -> TargetValue:
    """Record a target's value for a period that no report states: measured from the app's
    own records or taken in from another system. It counts as accepted, names its source and
    the day it stands for; a value an agency's report stated is never overwritten."""
    if period.program_id != target.program_id:
        raise ValidationError(_("That period is not one of this target's program."))
    if target.is_withdrawn:
        raise ValidationError(_("This target has been withdrawn from the program."))
    source = clean_text(source or "").strip()[:200]
    if not source:
        raise ValidationError(_("Say where the figure comes from."))
    try:
        value = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, TypeError, ValueError):
        raise ValidationError(_("A target value is a number.")) from None
    if not value.is_finite() or abs(value) >= Decimal(10) ** 14:
        raise ValidationError(_("A target value is a number."))
    existing = TargetValue.objects.select_for_update().filter(target=target, period=period).first()
    if existing is not None and existing.report_id is not None:
        raise ValidationError(
            _("An agency's report already states this target's value for %(period)s.")
            % {"period": period.title}
        )
    before = snapshot(existing, ["value", "source", "noted_on"]) if existing else {}
    row, created = TargetValue.objects.update_or_create(
        target=target,
        period=period,
        defaults={"value": value, "source": source, "noted_on": noted_on, "report": None},
    )
    after = snapshot(row, ["value", "source", "noted_on"])
    commune = target.program.commune
    if created:
        audit_record(
            actor=acting_user, obj=row, action=AuditAction.CREATE, changes=after, commune=commune
        )
    else:
        audit_changes(actor=acting_user, obj=row, before=before, after=after, commune=commune)
    return row


SHEET_FIELDS = [
    "name",
    "source",
    "sheet_name",
    "header_row",
    "period_column",
    "period",
    "date_column",
    "columns",
]
MAX_MAPPED = 50  # columns one sheet maps to targets


@service
def indicator_sheet_save(*, acting_user, program, sheet=None, **fields) -> IndicatorSheet:
    """Create or change how a sheet of figures from another system is read: which sheet,
    header row, period (a column or a fixed one), date column, and which column gives which
    of the program's targets (``columns``: [{"column", "target"}])."""
    if sheet is not None and sheet.program_id != program.pk:
        raise ValidationError(_("That sheet belongs to another program."))
    text = {
        name: clean_text(str(fields.get(name) or "")).strip()[:limit]
        for name, limit in (
            ("name", 200),
            ("source", 200),
            ("sheet_name", 100),
            ("period_column", 100),
            ("date_column", 100),
        )
    }
    if not text["name"] or not text["source"]:
        raise ValidationError(_("Name the sheet and say where its figures come from."))
    header_row = fields.get("header_row") or 1
    if not isinstance(header_row, int) or not 1 <= header_row <= 100:
        raise ValidationError(_("The header row is a number from 1 to 100."))
    period = fields.get("period")
    if period is not None and period.program_id != program.pk:
        raise ValidationError(_("That period is not one of this program's."))
    if bool(text["period_column"]) == (period is not None):
        raise ValidationError(_("Give either the column that names the period or a fixed period."))
    targets = set(program.targets.current().values_list("pk", flat=True))
    columns = []
    for mapped in fields.get("columns") or []:
        column = clean_text(str(mapped.get("column") or "")).strip()[:100]
        if not column:
            continue
        if mapped.get("target") not in targets:
            raise ValidationError(_("Map the columns to the program's targets in force."))
        columns.append({"column": column, "target": mapped["target"]})
    if not columns:
        raise ValidationError(_("Map at least one column to a target."))
    if len(columns) > MAX_MAPPED:
        raise ValidationError(_("A sheet maps at most %(n)s columns.") % {"n": MAX_MAPPED})
    created = sheet is None
    sheet = sheet or IndicatorSheet(program=program)
    before = {} if created else snapshot(sheet, SHEET_FIELDS)
    for name, value in text.items():
        setattr(sheet, name, value)
    sheet.header_row, sheet.period, sheet.columns = header_row, period, columns
    sheet.save()
    commune = program.commune
    if created:
        audit_record(
            actor=acting_user,
            obj=sheet,
            action=AuditAction.CREATE,
            changes=snapshot(sheet, SHEET_FIELDS),
            commune=commune,
        )
    else:
        audit_changes(actor=acting_user, obj=sheet, before=before, commune=commune)
    return sheet


@service
def indicator_values_import(*, acting_user, sheet, values: list[dict], file_name: str = "") -> int:
    """Record every value read from a sheet (``indicators.read_sheet``, checked and shown
    beforehand): {"target", "period", "value", "noted_on"}. All or nothing: a value an
    agency's report states, or any value refused, leaves none written."""
    if not values:
        raise ValidationError(_("There is no figure to take in."))
    program = sheet.program
    targets = {t.pk: t for t in program.targets.select_related("program__commune")}
    periods = {p.pk: p for p in program.reporting_periods.all()}
    for row in values:
        target, period = targets.get(row["target"]), periods.get(row["period"])
        if target is None or period is None:
            raise ValidationError(
                _("The figures no longer match the program: read the sheet again.")
            )
        target_value_record.within(
            acting_user=acting_user,
            target=target,
            period=period,
            value=row["value"],
            source=sheet.source,
            noted_on=row["noted_on"],
        )
    sheet.last_imported_at = timezone.now()
    sheet.save(update_fields=["last_imported_at"])
    audit_record(
        actor=acting_user,
        obj=sheet,
        action=AuditAction.IMPORT,
        changes={"values": len(values), "file": clean_text(file_name)[:200]},
        commune=program.commune,
    )
    return len(values)


@service
def contribution_add(*, acting_user, task, period, agency, text: str) -> Contribution:
    """A partner agency's part in the task's report for the period."""
    text = clean_text(text)
    if not text.strip():
        raise ValidationError(_("Write the contribution."))
    if period.program_id != task.program_id:
        raise ValidationError(_("The period belongs to another program."))
    contribution = Contribution.objects.create(
        task=task, period=period, agency=agency, text=text.strip(), author=acting_user
    )
    audit_record(
        actor=acting_user,
        obj=contribution,
        action=AuditAction.CREATE,
        commune=task.program.commune,
        changes={"agency": str(agency), "task": task.number, "period": period.title},
    )
    return contribution


def prepare_attachment(name: str, data: bytes) -> Upload:
    """A report's file checked by its content and size before the report is filed."""
    return prepare_upload(name, data, allowed=ATTACHMENT_KINDS, refusal=ATTACHMENT_REFUSED)
