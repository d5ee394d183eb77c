"""Reads of imports: a draft by id (for ``orgs.access``)."""

from __future__ import annotations

from hanhdong.imports.models import ImportDraft
from hanhdong.orgs.access import finder


@finder("draft")
def draft_by_id(pk: int) -> ImportDraft | None:
    return ImportDraft.objects.select_related("commune", "program").filter(pk=pk).first()
