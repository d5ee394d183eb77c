"""One's own in-app notifications: the list, newest first; opening one, which marks it read
and goes where it points; marking them all read."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from hanhdong.notifications.models import Notification
from hanhdong.orgs import services
from hanhdong.orgs.access import get_notification_for_user

PER_PAGE = 25


@login_required
@require_GET
def notifications(request):
    """The user's notifications, newest first, a page at a time; whether any is unread the
    header knows already (``work.unread``)."""
    page = Paginator(Notification.objects.of(request.user), PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(request, "orgs/notifications.html", {"page": page, "tab": "notifications"})


@login_required
@require_GET
def notification(request, pk):
    """Open a notification: it is read from now on, and the user goes where it points
    (a page of this site only); one that points nowhere is shown here."""
    found = services.notification_open(
        acting_user=request.user, notification=get_notification_for_user(request, pk)
    )
    if found.url and url_has_allowed_host_and_scheme(
        found.url, {request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(found.url)
    return render(request, "orgs/notification.html", {"notification": found})


@login_required
@require_POST
def notifications_read(request):
    count = services.notifications_read_all(acting_user=request.user)
    if count:
        done = ngettext(
            "%(n)s notification marked read.", "%(n)s notifications marked read.", count
        )
        messages.success(request, done % {"n": count})
    else:
        messages.info(request, _("Nothing was unread."))
    return redirect("orgs:notifications")
