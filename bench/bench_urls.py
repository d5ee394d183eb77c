"""hanhdong's URLs and the trivial views the benches measure against: one that inserts one
row, one page that only needs a logged-in user (see bench_settings.py)."""

import secrets

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import include, path
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from hanhdong.feedback.models import SubmissionCount


@csrf_exempt
@require_POST
def insert(request):
    """One row in, through the ORM: the least a write request can do."""
    SubmissionCount.objects.create(address_hash=secrets.token_hex(16), hour=timezone.now())
    return HttpResponse("ok")


def hello(request):
    """The least any page does: the middleware stack, no query, no template."""
    return HttpResponse("ok")


@login_required
def page(request):
    """The least an authenticated page of the app does: the whole middleware stack and the
    common layout (header, tabs, the work-queue counts), with no content of its own."""
    return render(request, "base.html")


urlpatterns = [
    path("bench/insert/", insert),
    path("bench/page/", page),
    path("bench/hello/", hello),
    path("", include("hanhdong.urls")),
]
