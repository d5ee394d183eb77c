"""Open311 GeoReport v2 under /open311/v2/: discovery, services, and service requests (read,
and POST with the commune's API key when the commune requires one). ``jurisdiction_id`` is
the commune's code.

Only what the public list shows is served — the items the Party Office published, masked —
and each under its public reference, never the tracking code that lets the citizen act
on it; denunciations are never listed."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from django.core.exceptions import ValidationError
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from hanhdong.feedback import selectors, services
from hanhdong.feedback.models import OPEN_STATES, Channel, Feedback, Kind
from hanhdong.lib.http import client_address
from hanhdong.lib.replica import replica_reads
from hanhdong.lib.text import clean_text
from hanhdong.orgs.models import Organization, OrgKind

PUBLIC_KINDS = [k for k in Kind.values if k != Kind.DENUNCIATION]


def _render(data, fmt: str, root: str, item: str, status=200):
    if fmt == "json":
        return JsonResponse(
            data, safe=False, status=status, json_dumps_params={"ensure_ascii": False}
        )
    element = ET.Element(root)
    for entry in data if isinstance(data, list) else [data]:
        child = ET.SubElement(element, item)
        for key, value in entry.items():
            ET.SubElement(child, key).text = "" if value is None else clean_text(str(value))
    body = ET.tostring(element, encoding="utf-8", xml_declaration=True)
    return HttpResponse(body, content_type="text/xml; charset=utf-8", status=status)


def _error(fmt, code, description):
    return _render(
        [{"code": code, "description": description}], fmt, "errors", "error", status=code
    )


def _commune(request):
    code = clean_text(request.GET.get("jurisdiction_id") or request.POST.get("jurisdiction_id"))
    communes = Organization.objects.filter(kind=OrgKind.COMMUNE)
    if code:
        return communes.filter(code=code).first()
    return communes.first() if communes.count() == 1 else None


@require_GET
@replica_reads
def discovery(request, fmt):
    base = request.build_absolute_uri("/open311/v2/")
    data = {
        "changeset": "2026-01-01T00:00:00Z",
        "contact": "Văn phòng Đảng ủy xã",
        "key_service": "Văn phòng Đảng ủy xã cấp khóa API",
        "endpoints": [
            {
                "specification": "http://wiki.open311.org/GeoReport_v2",
                "url": base,
                "changeset": "2026-01-01T00:00:00Z",
                "type": "production",
                "formats": "application/json,text/xml",
            }
        ],
    }
    if fmt == "json":
        return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    return _render(
        [
            {
                "changeset": data["changeset"],
                "contact": data["contact"],
                "key_service": data["key_service"],
                "url": base,
            }
        ],
        fmt,
        "discovery",
        "endpoint",
    )


def _service(kind):
    return {
        "service_code": kind,
        "service_name": str(Kind(kind).label),
        "description": str(Kind(kind).label),
        "metadata": False,
        "type": "realtime",
        "keywords": "",
        "group": "phản ánh, kiến nghị",
    }


@require_GET
@replica_reads
def service_list(request, fmt):
    if _commune(request) is None:
        return _error(fmt, 404, _("No commune has this jurisdiction_id."))
    return _render([_service(k) for k in PUBLIC_KINDS], fmt, "services", "service")


@require_GET
@replica_reads
def service_definition(request, code, fmt):
    if code not in PUBLIC_KINDS:
        return _error(fmt, 404, _("No service has this service_code."))
    data = {"service_code": code, "attributes": []}
    if fmt == "json":
        return JsonResponse(data)
    return _render([{"service_code": code}], fmt, "service_definition", "service")


def _request_out(f: Feedback) -> dict:
    shown = services.public_view(f)
    return {
        "service_request_id": f.public_id,
        "status": "open" if f.state in OPEN_STATES else "closed",
        "status_notes": f.get_state_display(),
        "service_name": str(Kind(f.kind).label),
        "service_code": f.kind,
        "description": shown["text"],
        "agency_responsible": f.agency.name if f.agency else "",
        "service_notice": shown["answer"],
        "requested_datetime": f.created_at.isoformat(),
        "updated_datetime": (f.answered_at or f.created_at).isoformat(),
        "expected_datetime": f.deadline.isoformat() if f.deadline else None,
        "address": shown["place"],
        "address_id": None,
        "zipcode": None,
        "lat": None,
        "long": None,
        "media_url": None,
    }


@csrf_exempt
@require_http_methods(["GET", "POST"])
def request_list(request, fmt):
    if request.method == "POST":
        commune = _commune(request)
        if commune is None:
            return _error(fmt, 404, _("No commune has this jurisdiction_id."))
        return _create(request, commune, fmt)
    return _request_list(request, fmt)


@replica_reads
def _request_list(request, fmt):
    commune = _commune(request)
    if commune is None:
        return _error(fmt, 404, _("No commune has this jurisdiction_id."))
    items = selectors.public_items(commune)
    if ids := request.GET.get("service_request_id"):
        items = items.filter(public_id__in=[i.strip() for i in ids.split(",")])
    else:
        if codes := request.GET.get("service_code"):
            items = items.filter(kind__in=codes.split(","))
        try:
            end = parse_datetime(request.GET.get("end_date") or "") or timezone.now()
            start = parse_datetime(request.GET.get("start_date") or "")
        except ValueError:  # well written, but no such day: 30 February
            return _error(
                fmt, 400, _("start_date and end_date are dates such as 2026-03-01T00:00:00Z.")
            )
        start = start or end - dt.timedelta(days=90)
        items = items.filter(created_at__gte=start, created_at__lte=end)
        status = request.GET.get("status")
        if status == "open":
            items = items.filter(state__in=OPEN_STATES)
        elif status == "closed":
            items = items.exclude(state__in=OPEN_STATES)
    return _render([_request_out(f) for f in items[:1000]], fmt, "service_requests", "request")


def _create(request, commune, fmt):
    key = request.POST.get("api_key", "")
    if services.settings_of(commune).open311_key_required and not services.open311_key_valid(
        commune, key
    ):
        return _error(
            fmt,
            403,
            _("The api_key is missing or not valid; ask the commune's Party Office for one."),
        )
    code = request.POST.get("service_code", "")
    description = clean_text(request.POST.get("description", "")).strip()
    if code not in PUBLIC_KINDS:
        return _error(fmt, 400, _("No service has this service_code."))
    try:
        feedback = services.feedback_submit(
            commune=commune,
            kind=code,
            title=description[:80] or code,
            text=description,
            place=request.POST.get("address_string", ""),
            channel=Channel.OPEN311,
            address=client_address(request),
        )
    except services.RateLimited:
        return _error(fmt, 429, str(services.RATE_LIMITED))
    except ValidationError as exc:
        return _error(fmt, 400, " ".join(exc.messages))
    # the reply goes to the application that sent it, which gives the citizen the code
    notice = _("Tracking code for the sender: %(code)s") % {"code": feedback.code}
    return _render(
        [{"service_request_id": feedback.public_id, "service_notice": notice, "account_id": None}],
        fmt,
        "service_requests",
        "request",
    )


@require_GET
@replica_reads
def request_detail(request, code, fmt):
    feedback = Feedback.objects.public().filter(public_id=code).select_related("agency").first()
    if feedback is None:
        return _error(fmt, 404, _("No published submission has this reference."))
    return _render([_request_out(feedback)], fmt, "service_requests", "request")
