"""Try the demo as an attacker would — a curious official of another commune, a spammer, an
angry neighbour — and print what held. Talks only to 127.0.0.1; every loop is bounded.

Serve the demo first, with its data folder known:
    HANHDONG_VAR_DIR=/tmp/demo DEBUG=1 .venv/bin/hanhdong demo &
    HANHDONG_VAR_DIR=/tmp/demo .venv/bin/python scripts/attack.py

It adds a second commune (xã Thử Hai) with its clerk, and a user who works in both; then
tries: reading commune A's pages as commune B's clerk, id by id; taking over an account;
learning a denouncer's name as the Party Office; acting on items through Open311's ids;
guessing a password; breaking pages with junk. Last line: a JSON object of the counts.
"""

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hanhdong.settings")
BASE = os.environ.get("HANHDONG_URL", "http://127.0.0.1:8000")
assert BASE.startswith("http://127.0.0.1"), "this script talks to 127.0.0.1 only"
PASSWORD = "hanhdong-demo"
SECRET_NAME, SECRET_PHONE = "Nguyễn Văn Tố", "0912 777 888"


def setup() -> dict:
    """The second commune, its clerk, and someone working in both (through the services)."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model

    from hanhdong.orgs.models import Organization, OrgKind, Role
    from hanhdong.orgs.services import organization_create, user_create

    users = get_user_model().objects
    city = Organization.objects.get(code="hp")
    first = Organization.objects.get(code="hp-nghiduong")
    second = Organization.objects.filter(code="hp-thuhai").first() or organization_create(
        acting_user=None, kind=OrgKind.COMMUNE, name="Xã Thử Hai", parent=city, code="hp-thuhai"
    )
    office = Organization.objects.filter(commune=second, kind=OrgKind.PARTY_OFFICE).first()
    office = office or organization_create(
        acting_user=None, kind=OrgKind.PARTY_OFFICE, name="Văn phòng Đảng ủy", parent=second
    )
    ubnd = Organization.objects.get(commune=first, kind=OrgKind.PEOPLES_COMMITTEE)
    for username, roles in (
        ("vanphong2", [(office, Role.CLERK)]),
        ("hai_noi", [(ubnd, Role.OFFICER), (office, Role.CLERK)]),
    ):
        if not users.filter(username=username).exists():
            user_create(
                acting_user=None,
                username=username,
                password=PASSWORD,
                validate=False,
                temporary=False,
                memberships=roles,
            )
    return {
        "first": first,
        "second": second,
        "hai_noi": users.get(username="hai_noi"),
    }


def session(username: str) -> requests.Session:
    s = requests.Session()
    s.get(f"{BASE}/login/", timeout=10)
    s.post(
        f"{BASE}/login/",
        {
            "username": username,
            "password": PASSWORD,
            "csrfmiddlewaretoken": s.cookies["csrftoken"],
        },
        headers={"Referer": f"{BASE}/login/"},
        timeout=10,
    )
    return s


def commune_a_urls(first) -> list[str]:
    """Every page of commune A an id names: its program, tasks, periods, reports' files,
    submissions and their files, units and users."""
    from hanhdong.feedback.models import Feedback, FeedbackAttachment
    from hanhdong.orgs.models import Organization
    from hanhdong.programs.models import Program
    from hanhdong.reports.models import Attachment, ReportingPeriod

    program = Program.objects.current_of(first)
    urls = [
        f"/communes/{first.pk}/",
        f"/communes/{first.pk}/feedback/",
        f"/communes/{first.pk}/feedback/settings/",
        f"/orgs/communes/{first.pk}/units/",
        f"/orgs/communes/{first.pk}/users/",
        f"/programs/{program.pk}/",
        f"/programs/{program.pk}/dashboard/",
        f"/api/v1/programs/{program.pk}",
    ]
    urls += [f"/tasks/{t.pk}/" for t in program.key_tasks.all()]
    urls += [f"/tasks/{t.pk}/reports/" for t in program.key_tasks.all()]
    for period in ReportingPeriod.objects.filter(program=program)[:20]:
        urls += [f"/periods/{period.pk}/report.docx", f"/periods/{period.pk}/workbook.xlsx"]
    urls += [f"/attachments/{a.pk}/" for a in Attachment.objects.all()[:50]]
    urls += [f"/feedback/{f.pk}/" for f in Feedback.objects.filter(commune=first)]
    urls += [f"/feedback/files/{a.pk}/" for a in FeedbackAttachment.objects.all()[:50]]
    urls += [f"/units/{u.pk}/edit/" for u in Organization.objects.filter(commune=first)[:30]]
    return urls


def main() -> int:
    made = setup()
    first, second = made["first"], made["second"]
    result = {}

    # 1. commune B's clerk reads commune A, id by id
    outsider = session("vanphong2")
    statuses = Counter(
        outsider.get(BASE + url, timeout=10, allow_redirects=False).status_code
        for url in commune_a_urls(first)
    )
    result["cross_commune_reads"] = dict(statuses)

    # 2. take over the account of someone who works in both communes
    edit = f"{BASE}/orgs/communes/{{}}/users/{made['hai_noi'].pk}/edit/"
    clerk_a = session("vanphong")
    takeover = [
        s.post(
            edit.format(commune.pk),
            {
                "username": "hai_noi",
                "password": "chiem-tai-khoan-2026",
                "csrfmiddlewaretoken": s.cookies["csrftoken"],
            },
            headers={"Referer": BASE},
            timeout=10,
            allow_redirects=False,
        ).status_code
        for s, commune in ((outsider, second), (clerk_a, first))
    ]
    result["account_takeover"] = takeover
    result["account_still_safe"] = (
        session("hai_noi").get(f"{BASE}/my-tasks/", timeout=10, allow_redirects=False).status_code
        == 200
    )

    # 3. a denunciation that names its author; the Party Office looks
    citizen = requests.Session()
    form = citizen.get(f"{BASE}/gop-y/hp-nghiduong/", timeout=10)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    citizen.post(
        f"{BASE}/gop-y/hp-nghiduong/",
        {
            "csrfmiddlewaretoken": token,
            "kind": "to_cao",
            "title": f"Tôi là {SECRET_NAME}, tố cáo cán bộ thôn",
            "text": f"Tôi là {SECRET_NAME}, số {SECRET_PHONE}. Cán bộ thôn thu tiền sai quy định.",
            "website": "",
        },
        headers={"Referer": f"{BASE}/gop-y/hp-nghiduong/"},
        timeout=10,
    )
    listing = clerk_a.get(f"{BASE}/communes/{first.pk}/feedback/", timeout=10).text
    item = re.search(r'href="(/feedback/\d+/)">[^<]+</a></td><td[^>]*>Tôi là \*\*\*', listing)
    page = clerk_a.get(BASE + item.group(1), timeout=10).text if item else ""
    os.system(f"{ROOT / '.venv/bin/hanhdong'} worker --once > /dev/null 2>&1")
    from hanhdong.notifications.models import OutboxMessage

    told = " ".join(
        m.subject + m.body for m in OutboxMessage.objects.filter(key__startswith="feedback:")
    )
    result["denunciation_opened_by_the_party_office"] = bool(page)
    result["denouncer_seen_by_the_party_office"] = any(
        secret in text for secret in (SECRET_NAME, SECRET_PHONE) for text in (listing, page)
    )
    result["denouncer_in_notifications"] = SECRET_NAME in told

    # 4. Open311: what it lists, and whether its ids let a stranger act
    listed = requests.get(
        f"{BASE}/open311/v2/requests.json?jurisdiction_id=hp-nghiduong", timeout=10
    ).json()
    from hanhdong.feedback.models import Feedback

    codes = set(Feedback.objects.values_list("code", flat=True))
    result["open311_listed"] = len(listed)
    result["open311_unpublished_listed"] = sum(
        not Feedback.objects.filter(
            public_id=r["service_request_id"], published_at__isnull=False
        ).exists()
        for r in listed
    )
    result["open311_ids_that_are_tracking_codes"] = sum(
        r["service_request_id"] in codes for r in listed
    )
    acted = [
        requests.get(f"{BASE}/gop-y/theo-doi/?code={r['service_request_id']}", timeout=10)
        for r in listed[:5]
    ]
    result["open311_ids_opening_an_item"] = sum("Trạng thái" in a.text for a in acted)

    # 5. guessing a password: bounded to 10 tries
    guesser = requests.Session()
    guesser.get(f"{BASE}/login/", timeout=10)
    tries = []
    for guess in [f"sai-{n}" for n in range(8)] + [PASSWORD]:
        tries.append(
            guesser.post(
                f"{BASE}/login/",
                {
                    "username": "bithu",
                    "password": guess,
                    "csrfmiddlewaretoken": guesser.cookies["csrftoken"],
                },
                headers={"Referer": f"{BASE}/login/"},
                timeout=10,
                allow_redirects=False,
            ).status_code
        )
    result["login_tries"] = tries

    # 6. junk in ids and parameters, as commune A's clerk and as nobody
    junk = [
        "/cities/1/dashboard/?year=abc&number=x",
        f"/programs/{first.programs.first().pk}/dashboard/?period=abc",
        f"/programs/{first.programs.first().pk}/dashboard/?period=99999999999999999999",
        "/tasks/99999999999999999999/",
        "/open311/v2/requests.json?jurisdiction_id=hp-nghiduong&start_date=2026-02-30T00:00:00Z",
        "/open311/v2/requests.xml?jurisdiction_id=hp-nghiduong",
        "/gop-y/theo-doi/?code=%00",
        f"/communes/{first.pk}/feedback/?area=%00&task=99999999999999999999",
        "/api/v1/programs?commune=99999999999999999999",
    ]
    result["server_errors"] = sum(
        s.get(BASE + url, timeout=10).status_code >= 500
        for s in (clerk_a, requests.Session())
        for url in junk
    )
    huge = citizen.post(
        "/".join([BASE, "open311/v2/requests.json"]),
        {
            "jurisdiction_id": "hp-nghiduong",
            "service_code": "phan_anh",
            "description": "x" * 3_000_000,
        },
        timeout=30,
    )
    result["huge_description_status"] = huge.status_code

    # 7. headers
    staff_page = clerk_a.get(f"{BASE}/communes/{first.pk}/feedback/", timeout=10)
    result["csp"] = "script-src 'self'" in staff_page.headers.get("Content-Security-Policy", "")
    result["staff_pages_no_store"] = "no-store" in staff_page.headers.get("Cache-Control", "")

    for name, value in result.items():
        print(f"{name}: {value}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
