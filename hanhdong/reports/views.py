import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hanhdong.feedback import stats as feedback_stats
from hanhdong.orgs.access import (
    get_program_for_edit,
    get_program_for_user,
    get_task_for_user,
    reach_of,
)
from hanhdong.orgs.models import Organization, OrgKind, Role
from hanhdong.programs.models import KeyTask
from hanhdong.reports import dashboard as figures
from hanhdong.reports import services
from hanhdong.reports.attachments import file_response
from hanhdong.reports.forms import (
    AdhocForm,
    CalendarForm,
    ContributionForm,
    ReportForm,
    ReviewForm,
)
from hanhdong.reports.models import (
    Attachment,
    Contribution,
    Notification,
    PeriodKind,
    ProgressReport,
    ReportingCalendar,
    ReportingPeriod,
    ReportState,
    TargetValue,
    TaskStatus,
)


def _current_period(program, chosen=None):
    periods = ReportingPeriod.objects.filter(program=program)
    if chosen:
        period = periods.filter(pk=chosen).first()
        if period is None:
            raise Http404
        return period
    today = timezone.localdate()
    # the latest period whose deadline has passed: the one whose picture is complete
    return (
        periods.filter(due_on__lte=today)
        .exclude(kind=PeriodKind.ADHOC)
        .order_by("-due_on", "kind")
        .first()
        or periods.order_by("due_on").first()
    )


@login_required
@require_GET
def dashboard(request, pk):
    program = get_program_for_user(request, pk)
    if not reach_of(request.user).can_see_dashboard(program.commune_id):
        raise PermissionDenied
    period = _current_period(program, request.GET.get("period"))
    context = {
        "program": program,
        "commune": program.commune,
        "tab": "dashboard",
        "period": period,
        "statuses": [*TaskStatus.labels, _("Not reported")],
    }
    areas = program.areas()
    if period is not None:
        context.update(figures.commune_figures(program, period, areas))
        context["periods"] = ReportingPeriod.objects.filter(program=program).order_by("due_on")
    context["targets"] = figures.target_figures(program)
    context["feedback_rows"] = feedback_stats.by_area(program.commune, areas)
    return render(request, "reports/dashboard.html", context)


@login_required
@require_GET
def mine(request):
    reach = reach_of(request.user)
    tasks = (
        KeyTask.objects.filter(is_withdrawn=False, lead_id__in=reach.agency_ids)
        .select_related("program", "lead")
        .order_by("program", "number")
    )
    today = timezone.localdate()
    owed = []
    programs = {t.program_id for t in tasks}
    # the periods open now whose deadline is past or within a month
    periods = ReportingPeriod.objects.filter(
        program_id__in=programs,
        starts_on__lte=today,
        closed=False,
        due_on__lte=today + dt.timedelta(days=31),
    ).order_by("due_on")
    handed_in = set(
        ProgressReport.objects.filter(task__in=tasks, period__in=periods)
        .handed_in()
        .values_list("task_id", "period_id")
    )
    for period in periods:
        for task in tasks:
            if (
                task.program_id == period.program_id
                and (task.pk, period.pk) not in handed_in
                and services.owes(task, period)
            ):
                owed.append((period, task, period.due_on < today))
    returned = ProgressReport.objects.filter(
        task__in=tasks, state=ReportState.RETURNED
    ).select_related("task", "period")
    partner_tasks = (
        KeyTask.objects.filter(is_withdrawn=False, partners__in=reach.agency_ids)
        .select_related("program", "lead")
        .distinct()
    )
    notes = Notification.objects.filter(user=request.user)[:20]
    return render(
        request,
        "reports/mine.html",
        {
            "tasks": tasks,
            "owed": owed,
            "returned": returned,
            "partner_tasks": partner_tasks,
            "notes": notes,
            "tab": "mine",
        },
    )


def _report_page(request, task_pk, period_pk):
    task = get_task_for_user(request, task_pk)
    period = ReportingPeriod.objects.filter(pk=period_pk, program=task.program_id).first()
    if period is None:
        raise Http404
    report = ProgressReport.objects.filter(task=task, period=period).first()
    return task, period, report


@login_required
@require_http_methods(["GET", "POST"])
def report(request, task_pk, period_pk):
    task, period, current = _report_page(request, task_pk, period_pk)
    reach = reach_of(request.user)
    can_write = reach.can_report(task) and (
        current is None or current.state in (ReportState.DRAFT, ReportState.RETURNED)
    )
    targets = list(task.targets.all())
    initial = {"status": TaskStatus.ON_TRACK, "percent": 0}
    if current is not None:
        initial = {
            k: getattr(current, k)
            for k in ("status", "percent", "results", "difficulties", "proposals")
        }
        for value in TargetValue.objects.filter(period=period, target__in=targets):
            initial[f"target_{value.target_id}"] = value.value
    form = ReportForm(request.POST or None, initial=initial, targets=targets)
    if request.method == "POST":
        if not can_write:
            raise PermissionDenied
        if form.is_valid():
            try:
                with transaction.atomic():
                    saved = services.report_save(
                        acting_user=request.user,
                        task=task,
                        period=period,
                        values=form.values(),
                        **form.report_fields(),
                    )
                    for upload in request.FILES.getlist("attachments"):
                        services.attachment_add(
                            acting_user=request.user,
                            report=saved,
                            name=upload.name,
                            data=upload.read(),
                        )
                    if "submit" in request.POST:
                        services.report_submit(acting_user=request.user, report=saved)
                if "submit" in request.POST:
                    messages.success(request, _("The report was submitted."))
                else:
                    messages.success(request, _("The draft was saved."))
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                return redirect("reports:report", task_pk=task.pk, period_pk=period.pk)
    return render(
        request,
        "reports/report.html",
        {
            "task": task,
            "period": period,
            "report": current,
            "form": form,
            "can_write": can_write,
            "program": task.program,
            "commune": task.program.commune,
            "can_review": current is not None
            and current.state == ReportState.SUBMITTED
            and reach.can_edit_program(task.program.commune_id),
            "review_form": ReviewForm(),
            "versions": current.versions.select_related("by") if current else [],
            "contributions": Contribution.objects.filter(task=task, period=period).select_related(
                "agency", "author"
            ),
            "partner": reach.partner_agency(task),
            "contribution_form": ContributionForm(),
            "tab": "tasks",
        },
    )


@login_required
@require_POST
def review(request, task_pk, period_pk):
    task, period, current = _report_page(request, task_pk, period_pk)
    if not reach_of(request.user).can_edit_program(task.program.commune_id):
        raise PermissionDenied
    if current is None:
        raise Http404
    form = ReviewForm(request.POST)
    form.is_valid()
    try:
        services.report_review(
            acting_user=request.user,
            report=current,
            accept="accept" in request.POST,
            comment=form.cleaned_data.get("comment", ""),
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("The review was recorded."))
    return redirect("reports:report", task_pk=task.pk, period_pk=period.pk)


@login_required
@require_POST
def contribute(request, task_pk, period_pk):
    task, period, _current = _report_page(request, task_pk, period_pk)
    agency = reach_of(request.user).partner_agency(task)
    if agency is None:
        raise PermissionDenied
    form = ContributionForm(request.POST)
    if form.is_valid():
        services.contribution_add(
            acting_user=request.user,
            task=task,
            period=period,
            agency=agency,
            text=form.cleaned_data["text"],
        )
        messages.success(request, _("The contribution was added."))
    else:
        messages.error(request, _("Write the contribution."))
    return redirect("reports:report", task_pk=task.pk, period_pk=period.pk)


@login_required
@require_GET
def task_reports(request, task_pk):
    task = get_task_for_user(request, task_pk)
    reports = (
        ProgressReport.objects.filter(task=task)
        .select_related("period")
        .order_by("-period__due_on")
    )
    return render(
        request,
        "reports/task_reports.html",
        {
            "task": task,
            "program": task.program,
            "commune": task.program.commune,
            "reports": reports,
            "tab": "tasks",
            "periods": ReportingPeriod.objects.filter(
                program=task.program_id, starts_on__lte=timezone.localdate()
            ).order_by("-due_on")[:12],
        },
    )


@login_required
@require_GET
def city(request, pk):
    city = Organization.objects.filter(pk=pk, kind=OrgKind.CITY).first()
    reach = reach_of(request.user)
    if city is None or not (reach.is_admin or city.pk in reach.city_ids):
        raise Http404
    kind = request.GET.get("kind") or PeriodKind.QUARTER
    today = timezone.localdate()
    year = int(request.GET.get("year") or today.year)
    number = int(request.GET.get("number") or (today.month - 1) // 3 + 1)
    rows = figures.city_figures(city, kind, year, number)
    return render(
        request,
        "reports/city.html",
        {
            "city": city,
            "rows": rows,
            "kind": kind,
            "year": year,
            "number": number,
            "kinds": PeriodKind.choices[:-1],
            "statuses": TaskStatus.choices,
        },
    )


CALENDAR_FIELDS = [
    "monthly",
    "quarterly",
    "half_yearly",
    "nine_months",
    "annual",
    "cutoff_day",
    "submit_days",
    "remind_days",
    "escalate_days",
]


@login_required
@require_http_methods(["GET", "POST"])
def calendar_edit(request, pk):
    program = get_program_for_edit(request, pk)
    current = ReportingCalendar.objects.filter(program=program).first() or ReportingCalendar()
    form = CalendarForm(
        request.POST or None, initial={f: getattr(current, f) for f in CALENDAR_FIELDS}
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.calendar_setup(acting_user=request.user, program=program, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The reporting calendar was saved."))
            return redirect("reports:calendar", pk=program.pk)
    periods = ReportingPeriod.objects.filter(program=program).order_by("due_on")
    return render(
        request,
        "reports/calendar.html",
        {
            "program": program,
            "commune": program.commune,
            "form": form,
            "periods": periods,
            "tab": "dashboard",
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def adhoc(request, pk):
    program = get_program_for_user(request, pk)
    reach = reach_of(request.user)
    if not (
        reach.can_edit_program(program.commune_id)
        or Role.STANDING in reach.roles(program.commune_id)
    ):
        raise PermissionDenied
    form = AdhocForm(request.POST or None, program=program)
    if request.method == "POST" and form.is_valid():
        try:
            period = services.adhoc_request(
                acting_user=request.user, program=program, **form.cleaned_data
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The agencies were asked to report."))
            return redirect(f"{reverse('reports:dashboard', args=[program.pk])}?period={period.pk}")
    return render(
        request,
        "reports/adhoc.html",
        {
            "program": program,
            "commune": program.commune,
            "form": form,
            "tab": "dashboard",
        },
    )


@login_required
@require_GET
def attachment(request, pk):
    found = Attachment.objects.select_related("report__task").filter(pk=pk).first()
    if found is None:
        raise Http404
    get_task_for_user(request, found.report.task_id)  # 404 unless the user may see the task
    return file_response(found.file, found.name, found.kind)
