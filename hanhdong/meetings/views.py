from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_GET

from hanhdong.meetings.models import Meeting
from hanhdong.orgs.access import get_commune_for_user, get_meeting_for_user


@login_required
@require_GET
def meetings(request, pk):
    commune = get_commune_for_user(request, pk)
    found = Meeting.objects.filter(commune=commune)
    return render(request, "meetings/list.html", {"commune": commune, "meetings": found})


@login_required
@require_GET
def meeting(request, pk):
    found = get_meeting_for_user(request, pk)
    return render(request, "meetings/meeting.html", {"meeting": found, "commune": found.commune})
