import secrets

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hanhdong.feedback import services, stats
from hanhdong.feedback.communes import commune_by_code
from hanhdong.feedback.forms import (
    ActionForm,
    IntakeForm,
    LinkForm,
    RateForm,
    SettingsForm,
    SubmitForm,
    TrackForm,
)
from hanhdong.feedback.models import (
    OPEN_STATES,
    Feedback,
    FeedbackAttachment,
    Open311Key,
    State,
    SubmissionCount,
)
from hanhdong.feedback.routing import Router
from hanhdong.feedback.uploads import CappedUploadHandler
from hanhdong.orgs.access import get_commune_for_user, reach_of
from hanhdong.orgs.matching import match_organization
from hanhdong.orgs.models import Organization, Role
from hanhdong.programs.formats import program_to_data
from hanhdong.programs.models import Program
from hanhdong.reports.attachments import file_response


def client_address(request) -> str:
    if settings.SECURE_PROXY_SSL_HEADER:  # behind the commune's reverse proxy
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


@require_http_methods(["GET", "POST"])
@csrf_exempt  # checked below, once the upload handlers are in place
def submit(request, commune_code):
    request.upload_handlers.insert(0, CappedUploadHandler(request))
    return _submit(request, commune_code)


@csrf_protect
def _submit(request, commune_code):
    commune = commune_by_code(commune_code)
    form = SubmitForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data["website"]:
            raise Http404  # the honeypot was filled in: a robot
        data = _submission(form)
        try:
            data["files"] = _uploads(request)
            with transaction.atomic():  # one commit for the count and the submission
                if not services.allow_submission(client_address(request)):
                    raise ValidationError(services.RATE_LIMITED)
                feedback = services.feedback_submit(commune=commune, **data)
        except ValidationError as exc:
            _refused(request, form, exc)
        else:
            return redirect(f"{_track_url()}?code={feedback.code}&new=1")
    return render(request, "feedback/submit.html", {"commune": commune, "form": form})


def _refused(request, form, exc) -> None:
    form.add_error(None, exc)
    if request.FILES:  # a browser never fills a file field in again
        form.add_error(
            None, _("Please choose your files again; everything else you wrote is kept.")
        )


def _submission(form) -> dict:
    return {k: v for k, v in form.cleaned_data.items() if k not in ("website", "files")}


def _uploads(request) -> list[services.Upload]:
    """The files sent with the form, checked before anything is written."""
    files = request.FILES.getlist("files")
    services.check_file_count(len(files))  # before any photo is re-encoded
    limit = settings.HANHDONG_MAX_ATTACHMENT_MB * 1024 * 1024
    # read at most one byte past the limit, so an oversized file is refused unread
    return [services.prepare_upload(f.name, f.read(limit + 1)) for f in files]


def _track_url():
    return reverse("feedback:track")


@require_http_methods(["GET", "POST"])
def track(request):
    code = (request.GET.get("code") or request.POST.get("code") or "").strip().upper()
    feedback = (
        Feedback.objects.filter(code=code).select_related("agency", "commune").first()
        if code
        else None
    )
    rate_form = RateForm(request.POST or None) if feedback else None
    if request.method == "POST":
        if feedback is None:
            raise Http404
        try:
            if "reopen" in request.POST:
                services.feedback_reopen(code=code, reason=request.POST.get("reason", ""))
                messages.success(request, _("Your objection was recorded; the item is reopened."))
            elif rate_form.is_valid():
                services.feedback_rate(
                    code=code,
                    rating=rate_form.cleaned_data["rating"],
                    comment=rate_form.cleaned_data["comment"],
                )
                messages.success(request, _("Thank you for your rating."))
            else:
                raise ValidationError(_("Choose a rating from 1 to 5."))
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        return redirect(f"{_track_url()}?code={code}")
    events = feedback.history(public_only=True) if feedback else []
    return render(
        request,
        "feedback/track.html",
        {
            "feedback": feedback,
            "commune": feedback.commune if feedback else None,
            "events": events,
            "form": TrackForm(initial={"code": code}),
            "rate_form": rate_form,
            "searched": bool(code),
            "new": request.GET.get("new"),
        },
    )


@require_GET
def public_list(request, commune_code):
    commune = commune_by_code(commune_code)
    items = (
        Feedback.objects.public()
        .filter(commune=commune)
        .exclude(kind="to_cao")
        .only("code", "kind", "title", "text", "place", "answer", "answered_at", "state")[:50]
    )
    return render(request, "feedback/public_list.html", {"commune": commune, "items": items})


def _staff_reach(request, commune):
    reach = reach_of(request.user)
    if not reach.can_read(commune.pk):
        raise Http404
    return reach


@login_required
@require_GET
def staff_list(request, commune_pk):
    commune = get_commune_for_user(request, commune_pk)
    reach = reach_of(request.user)
    items = Feedback.objects.filter(commune=commune).select_related("agency")
    if not (
        reach.is_admin
        or reach.roles(commune.pk) & {Role.CLERK, Role.STANDING, Role.SUPERVISOR, Role.INSPECTOR}
    ):
        items = items.filter(agency_id__in=reach.agency_ids)
    state = request.GET.get("state")
    if state in State.values:
        items = items.filter(state=state)
    area = request.GET.get("area", "")
    if area == "-":  # not tied to an area of the program yet
        items = items.filter(area_path="")
    elif area:
        items = items.filter(area_path=area)
    task = request.GET.get("task", "")
    if task.isdigit():
        items = items.filter(key_task_id=int(task))
    overdue = request.GET.get("overdue") == "1"
    if overdue:
        items = items.filter(state__in=OPEN_STATES, deadline__lt=timezone.localdate())
    return render(
        request,
        "feedback/staff_list.html",
        {
            "commune": commune,
            "items": items[:200],
            "states": State.choices,
            "state": state,
            "overdue": overdue,
            "area": area,
            "task": task,
            "tab": "feedback",
        },
    )


def _get_for_staff(request, pk):
    feedback = Feedback.objects.select_related("commune", "agency").filter(pk=pk).first()
    if feedback is None:
        raise Http404
    reach = _staff_reach(request, feedback.commune)
    roles = reach.roles(feedback.commune_id)
    sees_all = reach.is_admin or roles & {
        Role.CLERK,
        Role.STANDING,
        Role.SUPERVISOR,
        Role.INSPECTOR,
    }
    if not sees_all and feedback.agency_id not in reach.agency_ids:
        raise Http404
    return feedback, reach


# the steps of the handling: who takes them (the clerk, or the handling agency or the
# clerk), from which states, and what they ask for (fields of ActionForm); the services
# check the states again
STEPS = {
    "accept": ("clerk", {State.RECEIVED}, []),
    "reject": ("clerk", {State.RECEIVED}, ["note"]),
    "assign": ("clerk", {State.ACCEPTED, State.ASSIGNED, State.IN_PROGRESS}, ["agency", "note"]),
    "extend": ("clerk", {State.ASSIGNED, State.IN_PROGRESS}, ["days", "note"]),
    "start": ("handler", {State.ASSIGNED}, []),
    "answer": ("handler", {State.ASSIGNED, State.IN_PROGRESS}, ["answer", "note"]),
    "close": ("clerk", {State.ANSWERED}, []),
}


@login_required
@require_http_methods(["GET", "POST"])
def handle(request, pk):
    feedback, reach = _get_for_staff(request, pk)
    commune_id = feedback.commune_id
    clerk = reach.can_edit_program(commune_id)
    handler = feedback.agency_id in reach.agency_ids or clerk
    units = Organization.objects.in_commune(feedback.commune).filter(is_active=True)
    roles = {"clerk": clerk, "handler": handler}
    program = Program.objects.current_of(feedback.commune)
    if request.method == "POST" and request.POST.get("action") == "link":
        return _link(request, feedback, program, allowed=clerk or handler)
    if request.method == "POST":
        action = request.POST.get("action")
        if action not in STEPS or not roles[STEPS[action][0]]:
            raise PermissionDenied
        form = ActionForm(request.POST, units=units, keep=set(STEPS[action][2]))
        form.is_valid()
        data = form.cleaned_data
        try:
            if action in ("accept", "reject"):
                services.feedback_accept(
                    acting_user=request.user,
                    feedback=feedback,
                    accept=action == "accept",
                    reason=data.get("note", ""),
                )
            elif action == "assign":
                services.feedback_assign(
                    acting_user=request.user,
                    feedback=feedback,
                    agency=data.get("agency"),
                    note=data.get("note", ""),
                )
            elif action == "extend":
                services.feedback_extend(
                    acting_user=request.user,
                    feedback=feedback,
                    days=data.get("days") or 0,
                    reason=data.get("note", ""),
                )
            elif action == "start":
                services.feedback_start(acting_user=request.user, feedback=feedback)
            elif action == "answer":
                services.feedback_answer(
                    acting_user=request.user,
                    feedback=feedback,
                    answer=data.get("answer", ""),
                    internal_note=data.get("note", ""),
                )
            elif action == "close":
                services.feedback_close(acting_user=request.user, feedback=feedback)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Recorded."))
        return redirect("feedback:handle", pk=feedback.pk)
    steps = [
        name
        for name, (role, states, _fields) in STEPS.items()
        if roles[role] and feedback.state in states
    ]
    form = ActionForm(units=units, keep={field for name in steps for field in STEPS[name][2]})
    if "reject" in steps:
        form.fields["note"].help_text = _("If it is not accepted, the citizen reads this reason.")
    areas = program.areas() if program else []
    suggestion = None
    if (clerk or handler) and program and (not feedback.area_path or not feedback.agency_id):
        suggestion = _suggest(feedback, program, areas, units)
        if "agency" in form.fields and suggestion["agencies"] and not feedback.agency_id:
            form.fields["agency"].initial = suggestion["agencies"][0]
    link_form = LinkForm(
        program=program,
        areas=areas,
        initial={
            "area_path": feedback.area_path
            or (suggestion["areas"][0].path if suggestion and suggestion["areas"] else ""),
            "key_task": feedback.key_task_id,
        },
    )
    identity = services.may_see_identity(request.user, feedback, reach)
    attachments = list(feedback.attachments.all()) if identity else []
    if identity and (feedback.name or feedback.phone or feedback.email or attachments):
        services.personal_data_viewed(user=request.user, feedback=feedback)
    return render(
        request,
        "feedback/handle.html",
        {
            "feedback": feedback,
            "commune": feedback.commune,
            "form": form,
            "identity": identity,
            "clerk": clerk,
            "handler": handler,
            "events": feedback.history(),
            "suggestion": suggestion,
            "link_form": link_form,
            "steps": steps,
            "area": _area_title(areas, feedback.area_path),
            "attachments": attachments,
            "tab": "feedback",
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
@csrf_exempt  # checked below, once the upload handlers are in place
def intake(request, commune_pk):
    request.upload_handlers.insert(0, CappedUploadHandler(request))
    return _intake(request, commune_pk)


@csrf_protect
def _intake(request, commune_pk):
    commune = get_commune_for_user(request, commune_pk)
    if not reach_of(request.user).can_edit_program(commune.pk):
        raise PermissionDenied
    form = IntakeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = _submission(form)
        try:
            data["files"] = _uploads(request)
            feedback = services.feedback_submit(commune=commune, received_by=request.user, **data)
        except ValidationError as exc:
            _refused(request, form, exc)
        else:
            messages.success(
                request, _("Recorded with tracking code %(code)s.") % {"code": feedback.code}
            )
            return redirect("feedback:handle", pk=feedback.pk)
    return render(
        request, "feedback/intake.html", {"commune": commune, "form": form, "tab": "feedback"}
    )


@login_required
@require_http_methods(["GET", "POST"])
def settings_edit(request, commune_pk):
    """The commune's rules, and the keys of Open311 applications (issued, shown once,
    revoked)."""
    commune = get_commune_for_user(request, commune_pk)
    if not reach_of(request.user).can_edit_program(commune.pk):
        raise PermissionDenied
    action = request.POST.get("action", "settings")
    form = SettingsForm(
        request.POST if request.method == "POST" and action == "settings" else None,
        instance=services.settings_of(commune),
    )
    if request.method == "POST":
        try:
            if action == "issue_key":
                _issued, key = services.open311_key_issue(
                    acting_user=request.user, commune=commune, name=request.POST.get("name", "")
                )
                messages.success(
                    request,
                    _("The key, shown this once only; give it to the application: %(key)s")
                    % {"key": key},
                )
            elif action == "revoke_key":
                key = get_object_or_404(Open311Key, pk=request.POST.get("key"), commune=commune)
                services.open311_key_revoke(acting_user=request.user, key=key)
                messages.success(request, _("The key was revoked."))
            elif form.is_valid():
                values = {name: form.cleaned_data[name] for name in services.SETTING_FIELDS}
                services.settings_update(acting_user=request.user, commune=commune, **values)
                messages.success(request, _("Recorded."))
            else:
                raise ValidationError(_("Please correct the values marked below."))
        except ValidationError as exc:
            if action == "settings":
                form.add_error(None, exc)
            else:
                messages.error(request, " ".join(exc.messages))
        else:
            return redirect("feedback:settings", commune_pk=commune.pk)
    return render(
        request,
        "feedback/settings.html",
        {
            "commune": commune,
            "form": form,
            "keys": Open311Key.objects.filter(commune=commune).order_by("-created_at"),
            "tab": "feedback",
        },
    )


@require_GET
def public_stats(request, commune_code):
    commune = commune_by_code(commune_code)
    return render(
        request,
        "feedback/stats.html",
        {
            "commune": commune,
            "figures": stats.figures(commune),
            "public": True,
        },
    )


@login_required
@require_GET
def staff_stats(request, commune_pk):
    commune = get_commune_for_user(request, commune_pk)
    return render(
        request,
        "feedback/stats.html",
        {
            "commune": commune,
            "figures": stats.figures(commune),
            "tab": "feedback",
        },
    )


def _suggest(feedback, program, areas, units) -> dict:
    """The program areas and the commune's agencies the text resembles, for the clerk to
    confirm; the router also learns from the commune's submissions already tied to an area
    (and the agency each went to)."""
    confirmed = (
        Feedback.objects.filter(commune=feedback.commune_id)
        .exclude(area_path="")
        .exclude(pk=feedback.pk)
        .order_by("-id")
        .values_list("title", "text", "area_path", "agency__name")[:500]
    )
    router = Router(
        program_to_data(program),
        examples=[(f"{t}. {text}", path, agency or "") for t, text, path, agency in confirmed],
    )
    found = router.suggest(f"{feedback.title}. {feedback.text}", top=5)
    by_path = {area.path: area for area in areas}
    agencies = []
    for name in found["agencies"]:
        unit = match_organization(name, units)
        if unit is not None and unit not in agencies:
            agencies.append(unit)
    return {
        "areas": [by_path[p] for p in found["areas"][:3] if p in by_path],
        "agencies": agencies[:3],
    }


def _area_title(areas, path: str) -> str:
    area = next((a for a in areas if a.path == path), None) if path else None
    return f"{path}. {area.title}" if area else path


def _link(request, feedback, program, allowed: bool):
    if not allowed:
        raise PermissionDenied
    form = LinkForm(request.POST, program=program, areas=program.areas() if program else [])
    if form.is_valid():
        try:
            services.feedback_link(
                acting_user=request.user,
                feedback=feedback,
                area_path=form.cleaned_data["area_path"],
                key_task=form.cleaned_data["key_task"],
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Recorded."))
    else:
        messages.error(request, _("Choose an area and a key task from the lists."))
    return redirect("feedback:handle", pk=feedback.pk)


@login_required
@require_GET
def attachment(request, pk):
    found = FeedbackAttachment.objects.select_related("feedback").filter(pk=pk).first()
    if found is None:
        raise Http404
    feedback, reach = _get_for_staff(request, found.feedback_id)
    if not services.may_see_identity(request.user, feedback, reach):
        raise Http404
    services.personal_data_viewed(user=request.user, feedback=feedback)
    return file_response(found.file, found.name, found.kind)


@csrf_exempt
@require_POST
def bench_insert(request):
    """The yardstick of bench/feedback.py (mounted only with HANHDONG_BENCH=1): one row in."""
    SubmissionCount.objects.create(address_hash=secrets.token_hex(16), hour=timezone.now())
    return HttpResponse("ok")
