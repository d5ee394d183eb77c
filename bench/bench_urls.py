"""hanhdong's URLs and a trivial view that inserts one row (see bench_settings.py)."""

import secrets

from django.http import HttpResponse
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


urlpatterns = [path("bench/insert/", insert), path("", include("hanhdong.urls"))]
