from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hanhdong.feedback import stats as feedback_stats
from hanhdong.feedback.selectors import shown_titles as feedback_shown_titles
from hanhdong.lib.files import CappedUploadHandler, file_response, read_capped
from hanhdong.lib.replica import replica_reads
from hanhdong.lib.views import form_page
from hanhdong.orgs.access import (
    Reach,
    get_city_for_user,
    get_program_for_edit,
    get_program_for_user,
    get_report_file_for_user,
    get_report_for_review,
    get_report_for_user,
    get_task_for_user,
    reach_of,
    require_nation,
)
from hanhdong.reports import calendar, selectors, services
from hanhdong.reports import dashboard as figures
from hanhdong.reports.forms import (
    AdhocForm,
    CalendarForm,
    CityPeriodForm,
    ContributionForm,
    ReportForm,
    ReviewForm,
)
from hanhdong.reports.models import (
    Contribution,
    ProgressReport,
    ReportingCalendar,
    ReportingKind,
    ReportingPeriod,
    ReportState,
    TargetValue,
    TaskStatus,
)
from hanhdong.targets.models import number_display


def _current_period(program, chosen=None):
    periods = ReportingPeriod.objects.filter(program=program)
    if chosen:
        period = periods.filter(pk=chosen).first() if str(chosen).isdigit() else None
        if period is None:
            raise Http404
        return period
    today = timezone.localdate()
    # the latest period whose deadline has passed: the one whose picture is complete
    return (
        periods.filter(due_on__lte=today)
        .exclude(kind=ReportingKind.ADHOC)
        .order_by("-due_on", "kind")
        .first()
        or periods.order_by("due_on").first()
    )


@login_required
@require_GET
@replica_reads
def dashboard(request, pk):
    program = get_program_for_user(request, pk, may=Reach.can_see_dashboard)
    period = _current_period(program, request.GET.get("period"))
    show = request.GET.get("show", "")
    areas = program.areas()
    context = {
        "program": program,
        "commune": program.commune,
        "tab": "dashboard",
        "period": period,
        **figures.commune_panels(
            program, period, areas, show=show if show in ("missing", "trouble") else ""
        ),
    }
    context["feedback_rows"] = feedback_stats.by_area(program.commune, areas)
    context["feedback_overdue"] = sum(row["overdue"] for row in context["feedback_rows"])
    return render(request, "reports/dashboard.html", context)


SHOWN = 10  # rows of each group on a queue page, before "see all"
PER_PAGE = 50  # rows of the one group seen in full, per page


def _sections(request, groups: dict, counts: dict) -> dict:
    """A queue page's groups (``groups``: each name's rows, a list or a queryset, in the
    order shown): each with its count and first SHOWN rows — or, ``?show=<group>``, that
    group alone, PER_PAGE rows a page."""
    show = request.GET.get("show", "")
    page = None
    if show in groups:
        page = Paginator(groups[show], PER_PAGE).get_page(request.GET.get("page"))
        groups = {show: page.object_list}
    else:
        show = ""
    sections = [
        {"name": name, "rows": list(rows[:SHOWN] if page is None else rows), "count": counts[name]}
        for name, rows in groups.items()
    ]
    return {"sections": sections, "counts": counts, "page": page, "show": show}


def _header(request, reach, today, **known):
    """The header's counts (the context processor's ``work``), with the queue ``known``
    that the page has read already, so it is not read twice."""
    return SimpleLazyObject(lambda: selectors.work_counts(request.user, reach, today, **known))


@login_required
@require_GET
def mine(request):
    """My work: what the user's agencies owe — returned, overdue, due soon — and the tasks
    they support as partners."""
    reach, today = reach_of(request.user), timezone.localdate()
    work = selectors.officer_work(reach.agency_ids, today)
    groups = {name: work[name] for name in ("returned", "overdue", "due")}
    groups["partners"] = selectors.partner_tasks(reach.agency_ids) if reach.agency_ids else []
    counts = {name: len(rows) for name, rows in groups.items()}
    context = _sections(request, groups, counts)
    # the header counts what this page has read already
    context["work"] = _header(request, reach, today, officer=work)
    context |= {"reports_for": reach.owes_reports(), "tab": "mine"}
    return render(request, "reports/mine.html", context)


@login_required
@require_GET
def review_queue(request):
    """Awaiting review: the reports to accept or return, and the citizens' submissions to
    accept, assign or close, in the communes where the user works in the Party Office (403
    for anyone else)."""
    reach = reach_of(request.user)
    communes = reach.review_commune_ids()
    if not communes:
        raise PermissionDenied
    groups = {"reports": selectors.awaiting_review(communes)}
    groups |= {state: selectors.to_route(communes, state) for state in selectors.TO_ROUTE}
    counts = selectors.review_counts(communes)
    context = _sections(request, groups, counts)
    for section in context["sections"]:
        if section["name"] != "reports":  # a title may name its sender
            section["rows"] = feedback_shown_titles(section["rows"], reach)
    context["work"] = _header(request, reach, timezone.localdate(), review=counts)
    context |= {"several": len(communes) > 1, "tab": "review"}
    return render(request, "reports/review_queue.html", context)


@login_required
@require_http_methods(["GET", "POST"])
@csrf_exempt  # checked below, once the upload handlers are in place
def report(request, task_pk, period_pk):
    request.upload_handlers.insert(0, CappedUploadHandler(request))
    return _report(request, task_pk, period_pk)


@csrf_protect
def _report(request, task_pk, period_pk):
    task, period, current = get_report_for_user(request, task_pk, period_pk)
    reach = reach_of(request.user)
    can_write = reach.can_write_task(task) and (
        current is None or current.state in (ReportState.DRAFT, ReportState.RETURNED)
    )
    targets = list(task.targets.all())
    values = {
        v.target_id: v.value for v in TargetValue.objects.filter(period=period, target__in=targets)
    }
    # a target a revision withdrew is no longer reported on; what was reported stays shown
    shown = [t for t in targets if not t.is_withdrawn or t.pk in values]
    targets = [t for t in targets if not t.is_withdrawn]
    # a first report starts from the task's last one handed in, if any: its progress and
    # percent, for the officer to move on; else from nothing chosen
    initial = selectors.carried_over(task, period)
    since = initial.pop("since", "")
    if current is not None:
        initial = {k: getattr(current, k) for k in services.REPORT_FIELDS}
        initial.update({f"target_{pk}": value for pk, value in values.items()})
        since = ""
    form = ReportForm(request.POST or None, initial=initial, targets=targets)
    if since:
        form.fields["status"].help_text = _(
            "As the report for %(period)s said: bring it up to date."
        ) % {"period": since}
    if request.method == "POST":
        if not can_write:
            raise PermissionDenied
        if form.is_valid():
            submit = "submit" in request.POST
            try:
                files = [
                    services.prepare_attachment(f.name, read_capped(f))
                    for f in request.FILES.getlist("attachments")
                ]
                services.report_file(
                    acting_user=request.user,
                    task=task,
                    period=period,
                    values=form.values(),
                    files=files,
                    submit=submit,
                    **form.report_fields(),
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(
                    request,
                    _("The report was submitted.") if submit else _("The draft was saved."),
                )
                return redirect("reports:report", task_pk=task.pk, period_pk=period.pk)
    return render(
        request,
        "reports/report.html",
        {
            "task": task,
            "period": period,
            "report": current,
            # what the report states of each of the task's targets, as the reviewer reads it
            "target_values": [(t, number_display(values.get(t.pk))) for t in shown],
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
    task, period, current = get_report_for_review(request, task_pk, period_pk)
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
    task, period, _current = get_report_for_user(request, task_pk, period_pk)
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
@replica_reads
def city(request, pk):
    city = get_city_for_user(request, pk)
    today = timezone.localdate()
    key = CityPeriodForm(request.GET, today=today).key() or figures.latest_complete(today, city)
    rows = figures.city_figures(city, *key)
    return render(
        request,
        "reports/city.html",
        {
            "city": city,
            "rows": rows,
            "anywhere": any(row["period"] for row in rows),
            **_period_choice(*key),
        },
    )


@login_required
@require_GET
@replica_reads
def nation(request):
    require_nation(request)
    today = timezone.localdate()
    key = CityPeriodForm(request.GET, today=today).key() or figures.latest_complete(today)
    rows = figures.nation_figures(*key)
    return render(
        request,
        "reports/nation.html",
        {"rows": rows, "anywhere": any(row["reporting"] for row in rows), **_period_choice(*key)},
    )


def _period_choice(kind: str, year: int, number: int) -> dict:
    """The period a roll-up shows, and the choice of another, for its template."""
    return {
        "kind": kind,
        "year": year,
        "number": number,
        "chosen": f"{kind}:{number}",
        "title": calendar.title(kind, year, number),
        "choices": CityPeriodForm.choices(year),
        "statuses": TaskStatus.choices,
    }


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
    return form_page(
        request,
        form,
        save=lambda data: services.calendar_setup(
            acting_user=request.user, program=program, **data
        ),
        message=_("The reporting calendar was saved."),
        done=reverse("reports:calendar", args=[program.pk]),
        template="reports/calendar.html",
        context={
            "program": program,
            "commune": program.commune,
            "periods": ReportingPeriod.objects.filter(program=program).order_by("due_on"),
            "tab": "dashboard",
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def adhoc(request, pk):
    program = get_program_for_user(request, pk, may=Reach.can_ask_reports)
    dashboard_url = reverse("reports:dashboard", args=[program.pk])
    return form_page(
        request,
        AdhocForm(request.POST or None, program=program),
        save=lambda data: services.adhoc_request(acting_user=request.user, program=program, **data),
        message=_("The agencies were asked to report."),
        done=lambda period: f"{dashboard_url}?period={period.pk}",
        template="reports/adhoc.html",
        context={"program": program, "commune": program.commune, "tab": "dashboard"},
    )


@login_required
@require_GET
def attachment(request, pk):
    found = get_report_file_for_user(request, pk)
    return file_response(found.file, found.name, found.kind)
