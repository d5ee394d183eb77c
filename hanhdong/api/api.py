"""The read API under /api/v1/, with its OpenAPI document at /api/v1/openapi.json.

Session (the logged-in browser) or bearer-token authentication; the same access helpers
as the web pages decide what each user sees.
"""

import datetime as dt
from typing import Annotated

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import Field, NinjaAPI, Path, Query, Schema
from ninja.responses import Status
from ninja.security import HttpBearer, django_auth

from hanhdong.lib.tokens import token_hash
from hanhdong.orgs.access import (
    MAX_ID,
    get_commune_for_user,
    get_program_for_user,
    get_report_for_user,
    get_task_for_user,
    reach_of,
)
from hanhdong.orgs.models import ApiToken
from hanhdong.programs.models import Item, KeyTask, Program, ProgramStatus, Section
from hanhdong.reports.dashboard import commune_figures, target_figures
from hanhdong.reports.models import ReportingKind, ReportingPeriod, ReportState, TaskStatus
from hanhdong.reports.services import report_file
from hanhdong.targets.models import Comparison, Target


class TokenAuth(HttpBearer):
    """``Authorization: Bearer hd_…`` with a token made by ``hanhdong api-token``."""

    def authenticate(self, request, token):
        found = (
            ApiToken.objects.select_related("user")
            .filter(key_hash=token_hash(token), user__is_active=True)
            .first()
        )
        if found is None:
            return None
        request.user = found.user
        return found.user


api = NinjaAPI(
    title="hanhdong API",
    version="1",
    description=str(
        gettext_lazy(
            "Read access to communes, action programs, sections, key tasks and targets; "
            "reporting periods, progress reports and dashboard figures."
        )
    ),
    docs_url=None,  # the interactive docs page would load assets we do not vendor
    urls_namespace="api",
    auth=[TokenAuth(), django_auth],
)


NO_NUL = r"^[^\x00]*$"  # no text may carry a NUL (refused before the API: 400)
# an id in a path: what the database can hold
Id = Annotated[int, Path(..., ge=1, le=MAX_ID)]


class Message(Schema):
    detail: str


class Invalid(Schema):
    """What was wrong with the request, field by field."""

    detail: list[dict]


# what every operation may answer besides its own result
REFUSALS = {400: Message, 401: Message, 403: Message, 404: Message, 422: Invalid}


def answers(result) -> dict:
    return {200: result, **REFUSALS}


class CommuneOut(Schema):
    id: int
    code: str
    name: str
    city: str | None


class ProgramOut(Schema):
    id: int
    commune_id: int
    number: str
    title: str
    issuer: str
    term_start: int
    term_end: int
    issued_on: dt.date | None
    status: ProgramStatus
    revision: int


class SectionOut(Schema):
    id: int
    parent_id: int | None
    number: str
    path: str
    depth: int
    title: str
    body: str
    items: list[str]


class KeyTaskOut(Schema):
    id: int
    program_id: int
    number: int
    name: str
    lead_id: int | None
    lead: str
    partner_ids: list[int]
    partners: str
    start: str
    start_period: dict | None
    end: str
    end_period: dict | None
    resources: str
    sections: list[str]


class TargetOut(Schema):
    id: int
    indicator: str
    unit: str
    comparison: Comparison
    value: float
    year: int | None
    recurrence: str | None
    baseline_value: float | None
    baseline_year: int | None
    where: str
    key_task_id: int | None


def _program_out(p: Program) -> dict:
    return {
        "id": p.pk,
        "commune_id": p.commune_id,
        "number": p.number,
        "title": p.title,
        "issuer": p.issuer_name,
        "term_start": p.term_start,
        "term_end": p.term_end,
        "issued_on": p.issued_on,
        "status": p.status,
        "revision": p.revision,
    }


def _task_out(t: KeyTask) -> dict:
    return {
        "id": t.pk,
        "program_id": t.program_id,
        "number": t.number,
        "name": t.name,
        "lead_id": t.lead_id,
        "lead": t.lead_text,
        "partner_ids": [p.pk for p in t.partners.all()],
        "partners": t.partners_text,
        "start": t.start_text,
        "start_period": t.start_period,
        "end": t.end_text,
        "end_period": t.end_period,
        "resources": t.resources,
        "sections": [s.path for s in t.sections.all()],
    }


@api.get("/communes", response=answers(list[CommuneOut]), tags=["communes"])
def list_communes(request):
    communes = reach_of(request.user).communes().select_related("parent").order_by("name")
    return [
        {"id": c.pk, "code": c.code, "name": c.name, "city": c.parent.name if c.parent else None}
        for c in communes
    ]


@api.get("/programs", response=answers(list[ProgramOut]), tags=["programs"])
def list_programs(request, commune: int | None = Query(None, ge=1, le=MAX_ID)):
    communes = reach_of(request.user).communes()
    if commune is not None:
        communes = [get_commune_for_user(request, commune)]
    return [_program_out(p) for p in Program.objects.filter(commune__in=communes)]


@api.get("/programs/{program_id}", response=answers(ProgramOut), tags=["programs"])
def get_program(request, program_id: Id):
    return _program_out(get_program_for_user(request, program_id))


@api.get("/programs/{program_id}/sections", response=answers(list[SectionOut]), tags=["programs"])
def list_sections(request, program_id: Id):
    program = get_program_for_user(request, program_id)
    items: dict[int, list[str]] = {}
    for section_id, text in Item.objects.filter(section__program=program).values_list(
        "section_id", "text"
    ):
        items.setdefault(section_id, []).append(text)
    return [
        {
            "id": s.pk,
            "parent_id": s.parent_id,
            "number": s.number,
            "path": s.path,
            "depth": s.depth,
            "title": s.title,
            "body": s.body,
            "items": items.get(s.pk, []),
        }
        for s in Section.objects.filter(program=program).order_by("position")
    ]


@api.get("/programs/{program_id}/key-tasks", response=answers(list[KeyTaskOut]), tags=["key tasks"])
def list_key_tasks(
    request,
    program_id: Id,
    agency: int | None = Query(None, ge=1, le=MAX_ID),
    area: str | None = Query(None, max_length=120, pattern=NO_NUL),
    year: int | None = Query(None, ge=1900, le=2200),
    q: str | None = Query(None, max_length=200, pattern=NO_NUL),
):
    program = get_program_for_user(request, program_id)
    tasks = (
        KeyTask.objects.filter(program=program).current().prefetch_related("partners", "sections")
    )
    if agency is not None:
        tasks = tasks.filter(lead_id=agency) | tasks.filter(partners__id=agency)
        tasks = tasks.distinct()
    if area:
        tasks = tasks.in_area(area)
    if year is not None:
        tasks = tasks.for_year(year)
    if q:
        tasks = tasks.search(q)
    return [_task_out(t) for t in tasks.order_by("number")]


@api.get("/key-tasks/{task_id}", response=answers(KeyTaskOut), tags=["key tasks"])
def get_key_task(request, task_id: Id):
    return _task_out(get_task_for_user(request, task_id))


@api.get("/programs/{program_id}/targets", response=answers(list[TargetOut]), tags=["targets"])
def list_targets(request, program_id: Id):
    program = get_program_for_user(request, program_id)
    return [
        {
            "id": t.pk,
            "indicator": t.indicator,
            "unit": t.unit,
            "comparison": t.comparison,
            "value": float(t.value),
            "year": t.year,
            "recurrence": t.recurrence or None,
            "baseline_value": None if t.baseline_value is None else float(t.baseline_value),
            "baseline_year": t.baseline_year,
            "where": t.where,
            "key_task_id": t.key_task_id,
        }
        for t in Target.objects.filter(program=program).current().order_by("position")
    ]


class PeriodOut(Schema):
    id: int
    kind: ReportingKind
    year: int
    number: int
    title: str
    starts_on: dt.date
    cutoff_on: dt.date
    due_on: dt.date


# a target's value as the database keeps it (18 digits, 4 after the point)
TargetValueIn = Annotated[float, Field(ge=-1e13, le=1e13, allow_inf_nan=False)]
ReportText = Annotated[str, Field(max_length=20000)]


class ReportIn(Schema):
    status: TaskStatus
    percent: Annotated[int, Field(ge=0, le=100)]
    results: ReportText = ""
    difficulties: ReportText = ""
    proposals: ReportText = ""
    # target id (as JSON object keys are: text of digits) → value (null: none this period)
    values: dict[Annotated[str, Field(pattern=r"^[1-9][0-9]{0,17}$")], TargetValueIn | None] = (
        Field(default={}, json_schema_extra={"additionalProperties": False})
    )
    submit: bool = False


class ReportOut(Schema):
    id: int
    task_id: int
    period_id: int
    state: ReportState
    status: TaskStatus
    percent: int
    results: str
    difficulties: str
    proposals: str
    version: int
    review_comment: str


def _report_out(r) -> dict:
    return {f: getattr(r, f) for f in ReportOut.model_fields}


@api.get("/programs/{program_id}/periods", response=answers(list[PeriodOut]), tags=["reporting"])
def list_periods(request, program_id: Id):
    program = get_program_for_user(request, program_id)
    return list(ReportingPeriod.objects.filter(program=program).order_by("due_on"))


def _task_and_period(request, task_id, period_id):
    task, period, _report = get_report_for_user(request, task_id, period_id)
    return task, period


@api.get(
    "/key-tasks/{task_id}/reports/{period_id}", response=answers(ReportOut), tags=["reporting"]
)
def get_report(request, task_id: Id, period_id: Id):
    _task, _period, report = get_report_for_user(request, task_id, period_id)
    if report is None:
        raise Http404
    return _report_out(report)


@api.post(
    "/key-tasks/{task_id}/reports/{period_id}",
    response=answers(ReportOut),
    tags=["reporting"],
)
def submit_report(request, task_id: Id, period_id: Id, payload: ReportIn):
    """Save the lead agency's report for a period (and submit it with ``submit: true``)."""
    task, period = _task_and_period(request, task_id, period_id)
    if not reach_of(request.user).can_write_task(task):
        return Status(403, {"detail": str(_("Only the lead agency reports on this task."))})
    try:
        report = report_file(
            acting_user=request.user,
            task=task,
            period=period,
            status=payload.status,
            percent=payload.percent,
            results=payload.results,
            difficulties=payload.difficulties,
            proposals=payload.proposals,
            values={int(k): ("" if v is None else str(v)) for k, v in payload.values.items()},
            submit=payload.submit,
        )
    except ValidationError as exc:
        return Status(400, {"detail": " ".join(exc.messages)})
    return Status(200, _report_out(report))


class DashboardOut(Schema):
    period: PeriodOut
    due: int
    handed_in: int
    by_status: dict[str, int]
    missing: list[int]
    trouble: list[int]
    targets: list[dict]


@api.get(
    "/programs/{program_id}/dashboard",
    response=answers(DashboardOut),
    tags=["reporting"],
)
def dashboard_figures(request, program_id: Id, period: int | None = Query(None, ge=1, le=MAX_ID)):
    program = get_program_for_user(request, program_id)
    if not reach_of(request.user).can_see_dashboard(program.commune_id):
        return Status(403, {"detail": str(_("The dashboard is for the commune's leaders."))})
    periods = ReportingPeriod.objects.filter(program=program)
    chosen = (
        periods.filter(pk=period).first()
        if period
        else periods.filter(due_on__lte=timezone.localdate()).order_by("-due_on").first()
    )
    if chosen is None:
        raise Http404
    figures = commune_figures(program, chosen, program.areas())
    by_status = figures["by_status"]
    return Status(
        200,
        {
            "period": chosen,
            "due": figures["due_count"],
            "handed_in": figures["handed_in"],
            "by_status": by_status,
            "missing": [t.number for t, _r in figures["missing"]],
            "trouble": sorted(t.number for t, _r in figures["trouble"]),
            "targets": [
                {
                    "id": t["target"].pk,
                    "indicator": t["target"].indicator,
                    "latest": t["latest"],
                    "forecast": t["expected"],
                    "verdict": t["verdict"],
                }
                for t in target_figures(program)
            ],
        },
    )


@api.exception_handler(Http404)
def not_found(request, exc):
    return api.create_response(request, {"detail": str(_("Not found."))}, status=404)


@api.exception_handler(PermissionDenied)
def forbidden(request, exc):
    return api.create_response(request, {"detail": str(_("You may not do this."))}, status=403)
