"""The worker's daily pass: each linked coverage target measured again for the periods open
today (a party cell added or retired changes the share), written only when it changed."""

from __future__ import annotations

import datetime as dt

from hanhdong.notifications.schedule import check
from hanhdong.orgs.models import Organization
from hanhdong.oversight.models import CoverageLink
from hanhdong.oversight.services import coverage_refresh


@check
def coverage_values(today: dt.date) -> int:
    """Bounded by the communes with a linked target, and their periods open today; it sends
    nothing."""
    communes = CoverageLink.objects.filter(target__is_withdrawn=False).values_list(
        "target__program__commune", flat=True
    )
    for commune in Organization.objects.filter(pk__in=communes):
        coverage_refresh(acting_user=None, commune=commune, on=today)
    return 0
