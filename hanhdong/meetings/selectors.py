"""Reads of meetings: by id, for ``orgs.access``."""

from __future__ import annotations

from hanhdong.meetings.models import Meeting
from hanhdong.orgs.access import finder


@finder("meeting")
def meeting_by_id(pk: int) -> Meeting | None:
    return Meeting.objects.select_related("commune", "directive", "period").filter(pk=pk).first()
