"""The assigned tasks in the API: read, with their status, by whoever sees them on the
pages; progress, and completion with its product, posted by the lead agency as its reports
are — reported once, it serves the pages, the meeting's agenda and the ranking alike. What
the task's state or the dates refuse is answered 409 with the reason."""

import datetime as dt
from typing import Annotated

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Query, Schema
from ninja.responses import Status

from hanhdong.api.api import MAX_ID, Id, Message, answers, api
from hanhdong.orgs.access import (
    get_assigned_for_user,
    get_commune_for_user,
    reach_of,
)
from hanhdong.tasks import services
from hanhdong.tasks.models import AssignedTask, DocKind, Origin, TaskState
from hanhdong.tasks.models import Status as TaskStatus


class DirectiveOut(Schema):
    id: int
    origin: Origin
    kind: DocKind
    number: str
    issued_on: dt.date | None
    issuer: str
    title: str


class AssignedTaskOut(Schema):
    id: int
    commune_id: int
    directive: DirectiveOut
    title: str
    lead_id: int | None
    lead: str
    partner_ids: list[int]
    responsible: str
    due: str
    due_on: dt.date | None
    product: str
    key_task_id: int | None
    serves: list[str]
    state: TaskState
    status: TaskStatus
    percent: int
    issued_on: dt.date | None
    done_on: dt.date | None
    result: str
    result_link: str


def _out(task: AssignedTask, today: dt.date) -> dict:
    d = task.directive
    return {
        "id": task.pk,
        "commune_id": task.commune_id,
        "directive": {
            "id": d.pk,
            "origin": d.origin,
            "kind": d.kind,
            "number": d.number,
            "issued_on": d.issued_on,
            "issuer": d.issuer_name,
            "title": d.title,
        },
        "title": task.title,
        "lead_id": task.lead_id,
        "lead": task.lead.name if task.lead else task.lead_text,
        "partner_ids": [p.pk for p in task.partners.all()],
        "responsible": task.responsible,
        "due": task.due_text,
        "due_on": task.due_on,
        "product": task.product,
        "key_task_id": task.key_task_id,
        "serves": list(task.serves or []),
        "state": task.state,
        "status": task.status(today),
        "percent": task.percent,
        "issued_on": task.issued_on,
        "done_on": task.done_on,
        "result": task.result,
        "result_link": task.result_link,
    }


@api.get(
    "/communes/{commune_id}/assigned-tasks",
    response=answers(list[AssignedTaskOut]),
    tags=["assigned tasks"],
)
def list_assigned(
    request,
    commune_id: Id,
    status: TaskStatus | None = None,
    lead: int | None = Query(None, ge=1, le=MAX_ID),
):
    """The commune's issued tasks the user sees (an agency: those it leads or supports)."""
    commune = get_commune_for_user(request, commune_id)
    reach, today = reach_of(request.user), timezone.localdate()
    tasks = AssignedTask.objects.filter(commune=commune).issued()
    if not reach.sees_all_tasks(commune.pk):
        tasks = tasks.for_agency(reach.agencies_in(commune.pk))
    if status is not None:
        tasks = tasks.with_status(status, today)
    if lead is not None:
        tasks = tasks.filter(lead=lead)
    tasks = tasks.select_related("lead", "directive").prefetch_related("partners")
    return [_out(t, today) for t in tasks]


@api.get("/assigned-tasks/{task_id}", response=answers(AssignedTaskOut), tags=["assigned tasks"])
def get_assigned(request, task_id: Id):
    return _out(get_assigned_for_user(request, task_id), timezone.localdate())


# some text other than spaces, and no NUL
Said = Annotated[str, Field(min_length=1, max_length=20000, pattern=r"^[^\x00]*[^\x00\s][^\x00]*$")]
REFUSED = 409  # the task's state or the dates refuse it: the detail says why


def answers_or_refused(result) -> dict:
    return {**answers(result), REFUSED: Message}


class ProgressIn(Schema):
    percent: Annotated[int, Field(ge=0, le=99)]
    text: Said


class CompletionIn(Schema):
    """The task done, with its product: what it is (a document's number, a figure …) and,
    if there is one, a link to it."""

    done_on: dt.date
    result: Said
    result_link: Annotated[str, Field(max_length=500, pattern=r"^(https?://[^\s\x00]+)?$")] = ""


def _reporting(request, task_id):
    task = get_assigned_for_user(request, task_id)
    if not reach_of(request.user).can_report_on(task):
        return None
    return task


@api.post(
    "/assigned-tasks/{task_id}/progress",
    response=answers_or_refused(AssignedTaskOut),
    tags=["assigned tasks"],
)
def post_progress(request, task_id: Id, payload: ProgressIn):
    """The lead agency reports how far a task under way has come."""
    task = _reporting(request, task_id)
    if task is None:
        return Status(403, {"detail": str(_("Only the lead agency reports on this task."))})
    try:
        services.task_progress(
            acting_user=request.user, task=task, percent=payload.percent, text=payload.text
        )
    except ValidationError as exc:
        return Status(REFUSED, {"detail": " ".join(exc.messages)})
    return Status(200, _out(get_assigned_for_user(request, task_id), timezone.localdate()))


@api.post(
    "/assigned-tasks/{task_id}/completion",
    response=answers_or_refused(AssignedTaskOut),
    tags=["assigned tasks"],
)
def post_completion(request, task_id: Id, payload: CompletionIn):
    """The lead agency closes a task with its product, for the issuer to confirm."""
    task = _reporting(request, task_id)
    if task is None:
        return Status(403, {"detail": str(_("Only the lead agency reports on this task."))})
    try:
        services.task_close(
            acting_user=request.user,
            task=task,
            done_on=payload.done_on,
            result=payload.result,
            result_link=payload.result_link,
        )
    except ValidationError as exc:
        return Status(REFUSED, {"detail": " ".join(exc.messages)})
    return Status(200, _out(get_assigned_for_user(request, task_id), timezone.localdate()))
