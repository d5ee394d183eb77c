"""Reads of imports: a draft and an upload being read, by id (for ``orgs.access``)."""

from __future__ import annotations

from hanhdong.imports.models import ImportDraft, ImportJob
from hanhdong.orgs.access import finder


@finder("draft")
def draft_by_id(pk: int) -> ImportDraft | None:
    return ImportDraft.objects.select_related("commune", "program").filter(pk=pk).first()


@finder("import_job")
def import_job_by_id(pk: int) -> ImportJob | None:
    return ImportJob.objects.select_related("commune").defer("content").filter(pk=pk).first()
