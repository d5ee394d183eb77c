"""The public pages' look-up of a commune by its code. Every public request needs it and
communes change rarely, so each process keeps what it found for a minute; saving or
deleting any unit empties this process's copy at once (others follow within the minute).
"""

from __future__ import annotations

import time

from django.http import Http404

from hanhdong.orgs.models import Organization, OrgKind

TTL_SECONDS = 60
_found: dict[str, tuple[float, Organization]] = {}


def commune_by_code(code: str) -> Organization:
    now = time.monotonic()
    hit = _found.get(code)
    if hit and hit[0] > now:
        return hit[1]
    commune = Organization.objects.filter(code=code, kind=OrgKind.COMMUNE, is_active=True).first()
    if commune is None:
        raise Http404
    _found[code] = (now + TTL_SECONDS, commune)
    return commune


def forget(**kwargs) -> None:
    _found.clear()
