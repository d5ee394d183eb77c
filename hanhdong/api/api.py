"""The read API under /api/v1/, with its OpenAPI document at /api/v1/openapi.json.

Session (the logged-in browser) or bearer-token authentication; the same access helpers
as the web pages decide what each user sees.
"""

import datetime as dt

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI, Schema
from ninja.security import HttpBearer, django_auth

from hanhdong.orgs.access import (
    get_commune_for_user,
    get_program_for_user,
    get_task_for_user,
    reach_of,
)
from hanhdong.orgs.models import ApiToken
from hanhdong.programs.models import Item, KeyTask, Program, Section
from hanhdong.targets.models import Target


class TokenAuth(HttpBearer):
    """``Authorization: Bearer hd_…`` with a token made by ``hanhdong api-token``."""

    def authenticate(self, request, token):
        found = (
            ApiToken.objects.select_related("user")
            .filter(key_hash=ApiToken.hash(token), user__is_active=True)
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
        _("Read access to communes, action programs, sections, key tasks and targets.")
    ),
    docs_url=None,  # the interactive docs page would load assets we do not vendor
    urls_namespace="api",
    auth=[TokenAuth(), django_auth],
)


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
    status: str
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
    comparison: str
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


@api.get("/communes", response=list[CommuneOut], tags=["communes"])
def list_communes(request):
    communes = reach_of(request.user).communes().select_related("parent").order_by("name")
    return [
        {"id": c.pk, "code": c.code, "name": c.name, "city": c.parent.name if c.parent else None}
        for c in communes
    ]


@api.get("/programs", response=list[ProgramOut], tags=["programs"])
def list_programs(request, commune: int | None = None):
    communes = reach_of(request.user).communes()
    if commune is not None:
        communes = [get_commune_for_user(request, commune)]
    return [_program_out(p) for p in Program.objects.filter(commune__in=communes)]


@api.get("/programs/{program_id}", response=ProgramOut, tags=["programs"])
def get_program(request, program_id: int):
    return _program_out(get_program_for_user(request, program_id))


@api.get("/programs/{program_id}/sections", response=list[SectionOut], tags=["programs"])
def list_sections(request, program_id: int):
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


@api.get("/programs/{program_id}/key-tasks", response=list[KeyTaskOut], tags=["key tasks"])
def list_key_tasks(
    request,
    program_id: int,
    agency: int | None = None,
    area: str | None = None,
    year: int | None = None,
    q: str | None = None,
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


@api.get("/key-tasks/{task_id}", response=KeyTaskOut, tags=["key tasks"])
def get_key_task(request, task_id: int):
    return _task_out(get_task_for_user(request, task_id))


@api.get("/programs/{program_id}/targets", response=list[TargetOut], tags=["targets"])
def list_targets(request, program_id: int):
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
        for t in Target.objects.filter(program=program).order_by("position")
    ]


@api.exception_handler(Http404)
def not_found(request, exc):
    return api.create_response(request, {"detail": "Not found"}, status=404)
