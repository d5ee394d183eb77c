from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hanhdong.feedback import selectors, services, stats
from hanhdong.feedback.communes import commune_by_code
from hanhdong.feedback.forms import (
    ActionForm,
    IntakeForm,
    JoinForm,
    KeyForm,
    KindForm,
    LinkForm,
    RateForm,
    ReopenForm,
    SettingsForm,
    SubmitForm,
)
from hanhdong.feedback.models import Open311Key, State
from hanhdong.lib.files import CappedUploadHandler, file_response, read_capped
from hanhdong.lib.http import client_address
from hanhdong.lib.replica import replica_reads
from hanhdong.lib.views import checked_quickly, render_kept
from hanhdong.orgs.access import (
    Reach,
    get_commune_for_user,
    get_feedback_file_for_user,
    get_feedback_for_answer,
    get_feedback_for_join,
    get_feedback_for_kind,
    get_feedback_for_routing,
    get_feedback_for_user,
    get_open311_key_for_edit,
    reach_of,
)
from hanhdong.orgs.models import Organization
from hanhdong.programs.models import Program


# -- the citizen's side ------------------------------------------------------------------
@require_http_methods(["GET", "POST"])
@csrf_exempt  # checked below, once the upload handlers are in place
def submit(request, commune_code):
    request.upload_handlers.insert(0, CappedUploadHandler(request))
    return _submit(request, commune_code)


@csrf_protect
def _submit(request, commune_code):
    commune = commune_by_code(commune_code)
    # every citizen's post is checked by the form's fields alone; the form is made only
    # to show the page again (bench/load.py)
    cleaned = checked_quickly(SubmitForm, request.POST) if request.method == "POST" else None
    if cleaned is None:
        form = SubmitForm(request.POST or None)
    else:
        if cleaned["website"]:
            raise Http404  # the honeypot was filled in: a robot
        try:
            feedback = services.feedback_submit(
                commune=commune,
                files=_uploads(request),
                address=client_address(request),
                **_submission(cleaned),
            )
        except ValidationError as exc:
            form = SubmitForm(request.POST)
            form.is_valid()
            _refused(request, form, exc)
        else:
            # a URL already: redirect() would first try it as a view's name
            return HttpResponseRedirect(f"{_track_url()}?code={feedback.code}&new=1")
    return render(request, "feedback/submit.html", {"commune": commune, "form": form})


def _refused(request, form, exc) -> None:
    form.add_error(None, exc)
    if request.FILES:  # a browser never fills a file field in again
        form.add_error(
            None, _("Please choose your files again; everything else you wrote is kept.")
        )


def _submission(cleaned: dict) -> dict:
    return {k: v for k, v in cleaned.items() if k not in ("website", "files")}


def _uploads(request) -> list:
    """The files sent with the form, checked before anything is written."""
    files = request.FILES.getlist("files")
    services.check_file_count(len(files))  # before any photo is re-encoded
    return [services.prepare_file(f.name, read_capped(f)) for f in files]


def _track_url(code: str = "") -> str:
    url = reverse("feedback:track")
    return f"{url}?code={code}" if code else url


def _code_of(request) -> str:
    return (request.GET.get("code") or request.POST.get("code") or "").strip().upper()[:12]


@never_cache  # what the tracking code opens stays out of every cache
@require_GET
@replica_reads
def track(request):
    code = _code_of(request)
    new = request.GET.get("new")
    stamp = selectors.tracking_stamp(code)

    def context():
        # read after the stamp: a change made in between shows here, newer than the stamp,
        # never older, and the next look has a new stamp
        feedback, events = selectors.tracked(code)
        return {
            "feedback": feedback,
            "commune": feedback.commune if feedback else None,
            "events": events,
            "code": code,
            # made only if the template shows it (an answered item's rating)
            "rate_form": SimpleLazyObject(RateForm) if feedback else None,
            "searched": bool(code),
            "public_ref": not feedback and services.looks_like_public_ref(code),
            "new": new,
        }

    # an unknown code's page is rendered each time: nothing to key it by
    kept = f"{stamp}:{code}:{bool(new)}" if stamp else None
    return render_kept(request, "feedback/track.html", context, stamp=kept)


def _citizen_step(request, form, run, done: str, invalid: str):
    code = _code_of(request)
    if not code:
        raise Http404
    try:
        if not form.is_valid():
            raise ValidationError(invalid)
        run(code, form.cleaned_data)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, done)
    return redirect(_track_url(code))


# The citizen's steps on the tracking page are posted with no CSRF token: what lets a post
# act on an item is the tracking code it carries, never the browser's cookies or session
# (these views read neither), so a page elsewhere that could forge one would need the code,
# with which it could post itself. The tracking page, kept rendered, then sets no cookie and
# needs no token of its own per look (bench/load.py).
@csrf_exempt
@require_POST
def rate(request):
    """The submitter rates the answer, through the tracking code."""
    return _citizen_step(
        request,
        RateForm(request.POST),
        lambda code, data: services.feedback_rate(
            code=code, rating=data["rating"], comment=data["comment"]
        ),
        _("Thank you for your rating."),
        _("Choose a rating from 1 to 5."),
    )


@csrf_exempt  # as ``rate``: the tracking code is what authorizes it
@require_POST
def reopen(request):
    """The submitter disputes the answer, through the tracking code."""
    return _citizen_step(
        request,
        ReopenForm(request.POST),
        lambda code, data: services.feedback_reopen(code=code, reason=data["reason"]),
        _("Your objection was recorded; the item is reopened."),
        _("Say what is wrong with the answer."),
    )


@require_GET
@replica_reads
def public_home(request):
    """Where a citizen starts: find their commune (to send feedback, read the answers and
    the figures) or track a submission by its code."""
    query = (request.GET.get("q") or "").strip()[:100]
    found = selectors.public_communes(query)
    return render(request, "feedback/public_home.html", {"query": query, **found})


@require_GET
@replica_reads
def public_list(request, commune_code):
    commune = commune_by_code(commune_code)
    items = [(f, services.public_view(f)) for f in selectors.public_items(commune)[:50]]
    return render(request, "feedback/public_list.html", {"commune": commune, "items": items})


@require_GET
@replica_reads
def public_stats(request, commune_code):
    commune = commune_by_code(commune_code)
    return render(
        request,
        "feedback/stats.html",
        {"commune": commune, "figures": stats.figures(commune), "public": True},
    )


# -- the staff's side ----------------------------------------------------------------------
@login_required
@require_GET
def staff_list(request, commune_pk):
    commune = get_commune_for_user(request, commune_pk)
    state = request.GET.get("state", "")
    area = request.GET.get("area", "")
    task = request.GET.get("task", "")
    overdue = request.GET.get("overdue") == "1"
    reach = reach_of(request.user)
    items = selectors.staff_items(
        commune, reach, state=state, area=area, task=task, overdue=overdue
    )
    return render(
        request,
        "feedback/staff_list.html",
        {
            "commune": commune,
            "items": selectors.shown_titles(items[:200], reach),
            "states": State.choices,
            "state": state,
            "overdue": overdue,
            "area": area,
            "task": task,
            "tab": "feedback",
        },
    )


@login_required
@require_GET
def handle(request, pk):
    """An item's page: what it says, who sent it (for those who may know), the steps the
    user may take now (each posts to its own URL), and its history."""
    feedback = get_feedback_for_user(request, pk)
    page = selectors.handling_page(feedback, reach_of(request.user))
    form = ActionForm(units=page["units"], keep=page["fields"])
    note = form.fields.get("note")
    if note is not None:  # whether the citizen reads it depends on the step
        if "reject" in page["steps"]:
            note.help_text = _("If it is not accepted, the citizen reads this reason.")
        elif "extend" in page["steps"]:
            note.help_text = _(
                "The citizen reads it as the reason when the deadline is extended; with any "
                "other step it stays with the staff."
            )
        else:
            note.help_text = _("Seen by the staff only, not by the citizen.")
    suggestion = page["suggestion"]
    if suggestion and "agency" in form.fields and suggestion["agencies"] and not feedback.agency_id:
        form.fields["agency"].initial = suggestion["agencies"][0]
    link_form = LinkForm(
        program=page["program"],
        areas=page["areas"],
        initial={
            "area_path": feedback.area_path
            or (suggestion["areas"][0].path if suggestion and suggestion["areas"] else ""),
            "key_task": feedback.key_task_id,
        },
    )
    kind_form = None
    if page["may_set_kind"]:
        suggested = page["kind_suggestion"]
        kind_form = KindForm(initial={"kind": suggested["to"] if suggested else feedback.kind})
    services.feedback_looked_at(
        user=request.user,
        feedback=feedback,
        identity=page["identity"]
        and bool(feedback.name or feedback.phone or feedback.email or page["attachments"]),
    )
    # read after this look is logged: it is the first line
    page["looks"] = selectors.looks_of(feedback) if page["identity"] else None
    return render(
        request,
        "feedback/handle.html",
        {
            **page,
            "feedback": feedback,
            "commune": feedback.commune,
            "form": form,
            "link_form": link_form,
            "kind_form": kind_form,
            "tab": "feedback",
        },
    )


def _step(access, fields: list[str], run):
    """The view of one step of the handling: ``access`` fetches the item for the user (404
    or 403), the form takes the step's ``fields``, ``run(user, feedback, data)`` calls its
    service, then back to the item's page, where a refusal is shown."""

    @login_required
    @require_POST
    def view(request, pk):
        feedback = access(request, pk)
        units = Organization.objects.in_commune(feedback.commune).filter(is_active=True)
        form = ActionForm(request.POST, units=units, keep=set(fields))
        form.is_valid()
        try:
            run(request.user, feedback, form.cleaned_data)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Recorded."))
        return redirect("feedback:handle", pk=feedback.pk)

    return view


accept = _step(
    get_feedback_for_routing,
    [],
    lambda user, item, data: services.feedback_accept(acting_user=user, feedback=item, accept=True),
)
reject = _step(
    get_feedback_for_routing,
    ["note"],
    lambda user, item, data: services.feedback_accept(
        acting_user=user, feedback=item, accept=False, reason=data.get("note", "")
    ),
)
assign = _step(
    get_feedback_for_routing,
    ["agency", "note"],
    lambda user, item, data: services.feedback_assign(
        acting_user=user, feedback=item, agency=data.get("agency"), note=data.get("note", "")
    ),
)
extend = _step(
    get_feedback_for_routing,
    ["days", "note"],
    lambda user, item, data: services.feedback_extend(
        acting_user=user, feedback=item, days=data.get("days") or 0, reason=data.get("note", "")
    ),
)
start = _step(
    get_feedback_for_answer,
    [],
    lambda user, item, data: services.feedback_start(acting_user=user, feedback=item),
)
answer = _step(
    get_feedback_for_answer,
    ["answer", "note"],
    lambda user, item, data: services.feedback_answer(
        acting_user=user,
        feedback=item,
        answer=data.get("answer", ""),
        internal_note=data.get("note", ""),
    ),
)
close = _step(
    get_feedback_for_routing,
    [],
    lambda user, item, data: services.feedback_close(acting_user=user, feedback=item),
)
publish = _step(
    get_feedback_for_routing,
    [],
    lambda user, item, data: services.feedback_publish(acting_user=user, feedback=item),
)
unpublish = _step(
    get_feedback_for_routing,
    [],
    lambda user, item, data: services.feedback_publish(
        acting_user=user, feedback=item, publish=False
    ),
)


@login_required
@require_POST
def link(request, pk):
    """Tie the item to an area or key task of the program: its agency or the Party Office."""
    feedback = get_feedback_for_answer(request, pk)
    program = Program.objects.current_of(feedback.commune)
    form = LinkForm(request.POST, program=program, areas=program.areas() if program else [])
    if not form.is_valid():
        messages.error(request, _("Choose an area and a key task from the lists."))
        return redirect("feedback:handle", pk=feedback.pk)
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
    return redirect("feedback:handle", pk=feedback.pk)


def _done(request, feedback, run):
    try:
        run()
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Recorded."))
    return redirect("feedback:handle", pk=feedback.pk)


@login_required
@require_POST
def kind(request, pk):
    """The Party Office confirms or corrects the kind the triage suggested."""
    feedback = get_feedback_for_kind(request, pk)
    form = KindForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose what kind of submission this is."))
        return redirect("feedback:handle", pk=feedback.pk)
    return _done(
        request,
        feedback,
        lambda: services.feedback_kind_set(
            acting_user=request.user,
            feedback=feedback,
            kind=form.cleaned_data["kind"],
            note=form.cleaned_data["note"],
        ),
    )


@login_required
@require_POST
def join(request, pk):
    """Join the item to another about the same matter (``primary``), or let it go (none)."""
    feedback = get_feedback_for_join(request, pk)
    form = JoinForm(request.POST)
    if not form.is_valid():
        raise Http404
    primary = form.cleaned_data["primary"]
    primary = get_feedback_for_user(request, primary) if primary else None
    return _done(
        request,
        feedback,
        lambda: services.feedback_join(
            acting_user=request.user, feedback=feedback, primary=primary
        ),
    )


@login_required
@require_http_methods(["GET", "POST"])
@csrf_exempt  # checked below, once the upload handlers are in place
def intake(request, commune_pk):
    request.upload_handlers.insert(0, CappedUploadHandler(request))
    return _intake(request, commune_pk)


@csrf_protect
def _intake(request, commune_pk):
    commune = get_commune_for_user(request, commune_pk, may=Reach.can_route_feedback)
    form = IntakeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            feedback = services.feedback_submit(
                commune=commune,
                received_by=request.user,
                files=_uploads(request),
                **_submission(form.cleaned_data),
            )
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


def _settings_page(request, commune, form, status=200):
    return render(
        request,
        "feedback/settings.html",
        {
            "commune": commune,
            "form": form,
            "key_form": KeyForm(),
            "keys": Open311Key.objects.filter(commune=commune).order_by("-created_at"),
            "tab": "feedback",
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def settings_edit(request, commune_pk):
    """The commune's rules: deadlines by kind, reminders, and the Open311 key rule; the
    keys of Open311 applications are listed below them."""
    commune = get_commune_for_user(request, commune_pk, may=Reach.can_route_feedback)
    form = SettingsForm(request.POST or None, instance=services.settings_of(commune))
    if request.method == "POST":
        try:
            if not form.is_valid():
                raise ValidationError(_("Please correct the values marked below."))
            values = {name: form.cleaned_data[name] for name in services.SETTING_FIELDS}
            services.settings_update(acting_user=request.user, commune=commune, **values)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Recorded."))
            return redirect("feedback:settings", commune_pk=commune.pk)
    return _settings_page(request, commune, form)


@login_required
@require_POST
def key_issue(request, commune_pk):
    """A key for an Open311 application, shown this once."""
    commune = get_commune_for_user(request, commune_pk, may=Reach.can_route_feedback)
    form = KeyForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(_("Name the application the key is for."))
        _issued, key = services.open311_key_issue(
            acting_user=request.user, commune=commune, name=form.cleaned_data["name"]
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            _("The key, shown this once only; give it to the application: %(key)s") % {"key": key},
        )
    return redirect("feedback:settings", commune_pk=commune.pk)


@login_required
@require_POST
def key_revoke(request, pk):
    key = get_open311_key_for_edit(request, pk)
    services.open311_key_revoke(acting_user=request.user, key=key)
    messages.success(request, _("The key was revoked."))
    return redirect("feedback:settings", commune_pk=key.commune_id)


@login_required
@require_GET
def staff_stats(request, commune_pk):
    commune = get_commune_for_user(request, commune_pk)
    return render(
        request,
        "feedback/stats.html",
        {"commune": commune, "figures": stats.figures(commune), "tab": "feedback"},
    )


@login_required
@require_GET
def attachment(request, pk):
    found = get_feedback_file_for_user(request, pk)
    services.feedback_looked_at(user=request.user, feedback=found.feedback, identity=True)
    return file_response(found.file, found.name, found.kind)
