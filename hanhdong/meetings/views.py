"""The meetings' pages: the list, a new meeting with its agenda proposed from the data, the
meeting with its conclusions and tasks, the notice of conclusions issued and downloaded."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hanhdong.audit.models import AuditEntry
from hanhdong.lib.views import form_page, form_post
from hanhdong.meetings import agenda, services
from hanhdong.meetings.forms import ConclusionsForm, IssueForm, MeetingForm
from hanhdong.meetings.models import Meeting, MeetingState
from hanhdong.orgs.access import (
    Reach,
    get_commune_for_user,
    get_meeting_for_edit,
    get_meeting_for_user,
    reach_of,
)
from hanhdong.programs.models import Program
from hanhdong.tasks.selectors import directive_tasks

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@login_required
@require_GET
def meetings(request, pk):
    commune = get_commune_for_user(request, pk)
    context = {
        "commune": commune,
        "program": Program.objects.current_of(commune),
        "tab": "meetings",
        "meetings": Meeting.objects.filter(commune=commune).select_related("directive"),
        "can_hold": reach_of(request.user).can_issue_tasks(commune.pk),
    }
    return render(request, "meetings/list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def meeting_new(request, pk):
    """A new meeting: its agenda proposed from the brief of the data, which the clerk edits."""
    commune = get_commune_for_user(request, pk, may=Reach.can_issue_tasks)
    today = timezone.localdate()
    period, proposals = agenda.propose(commune, today)
    program = Program.objects.current_of(commune)
    initial = {
        "held_on": today,
        "chair": program.signer_name if program else "",
        "chair_role": f"{program.signer_role} Đảng ủy" if program and program.signer_role else "",
        "agenda": "\n".join(p.line for p in proposals),
    }

    def save(data):
        return services.meeting_create(
            acting_user=request.user, commune=commune, period=period, **data
        )

    return form_page(
        request,
        MeetingForm(request.POST or None, initial=initial),
        save=save,
        message=_("The meeting was planned."),
        done=lambda meeting: reverse("meetings:meeting", args=[meeting.pk]),
        template="meetings/meeting_form.html",
        context={
            "commune": commune,
            "program": program,
            "tab": "meetings",
            "proposals": proposals,
            "period": period,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def meeting_edit(request, pk):
    meeting = get_meeting_for_edit(request, pk)
    names = ["body", "kind", "held_on", "place", "chair", "chair_role", "attendees", "agenda"]
    _period, proposals = agenda.propose(meeting.commune, meeting.held_on)
    return form_page(
        request,
        MeetingForm(request.POST or None, initial={n: getattr(meeting, n) for n in names}),
        save=lambda data: services.meeting_update(
            acting_user=request.user, meeting=meeting, **data
        ),
        message=_("Saved."),
        done=reverse("meetings:meeting", args=[meeting.pk]),
        template="meetings/meeting_form.html",
        context={
            "commune": meeting.commune,
            "meeting": meeting,
            "tab": "meetings",
            "proposals": proposals,
        },
    )


def _page(request, meeting, status=200, **forms):
    today = timezone.localdate()
    reach = reach_of(request.user)
    tasks = directive_tasks(meeting.directive, reach, today)
    may_edit = reach.can_issue_tasks(meeting.commune_id) and meeting.state != MeetingState.ISSUED
    context = {
        "meeting": meeting,
        "commune": meeting.commune,
        "program": Program.objects.current_of(meeting.commune),
        "tab": "meetings",
        "tasks": tasks,
        "may_edit": may_edit,
        "conclusions_form": forms.get("conclusions")
        or ConclusionsForm(initial={"conclusions": meeting.conclusions}),
        "issue_form": forms.get("issue") or IssueForm(initial={"dated": today}),
        "history": AuditEntry.objects.for_object(meeting).select_related("actor")[:50],
    }
    return render(request, "meetings/meeting.html", context, status=status)


@login_required
@require_GET
def meeting(request, pk):
    return _page(request, get_meeting_for_user(request, pk))


@login_required
@require_POST
def conclude(request, pk):
    meeting = get_meeting_for_edit(request, pk)
    return form_post(
        request,
        ConclusionsForm(request.POST),
        save=lambda data: services.meeting_conclude(
            acting_user=request.user, meeting=meeting, **data
        ),
        message=_("The conclusions were recorded."),
        done=reverse("meetings:meeting", args=[meeting.pk]),
        failed=lambda form: _page(request, meeting, status=400, conclusions=form),
    )


@login_required
@require_POST
def issue(request, pk):
    meeting = get_meeting_for_edit(request, pk)
    return form_post(
        request,
        IssueForm(request.POST),
        save=lambda data: services.meeting_issue(acting_user=request.user, meeting=meeting, **data),
        message=_("The notice was issued; the agencies concerned were told."),
        done=reverse("meetings:meeting", args=[meeting.pk]),
        failed=lambda form: _page(request, meeting, status=400, issue=form),
    )


@login_required
@require_GET
def notice_file(request, pk):
    """The notice of conclusions as a Word file (a draft, unnumbered, until issued)."""
    meeting = get_meeting_for_user(request, pk)
    data = services.notice_file(meeting)
    stem = (meeting.notice_number or "du-thao").replace("/", "-").replace("Đ", "D")
    response = HttpResponse(data, content_type=DOCX)
    name = f"TB-{stem}-{meeting.held_on:%Y%m%d}.docx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
