"""What every page's header shows of the user's work: the counts of "My work", "Awaiting
review" and the unread notifications."""

from __future__ import annotations

from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from hanhdong.orgs.access import reach_of
from hanhdong.reports.selectors import WorkCounts, work_counts


def work(request) -> dict:
    """``work``, read only when a template uses it (the header of base.html): a page that
    does not show the header costs no query. Nobody logged in has no counts."""

    def counts() -> WorkCounts | None:
        user = request.user
        if not user.is_authenticated:
            return None
        return work_counts(user, reach_of(user), timezone.localdate())

    return {"work": SimpleLazyObject(counts)}
