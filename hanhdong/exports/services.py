"""The commune's documents: numbers handed out from its register, its document settings, the
consolidated report drafted and edited by the Party Office; Word to PDF where LibreOffice is."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from hanhdong.audit.models import AuditAction
from hanhdong.audit.services import audit_changes, audit_record, snapshot
from hanhdong.exports import prose
from hanhdong.exports.content import gather
from hanhdong.exports.models import (
    ConsolidatedReport,
    DocumentKind,
    DocumentSettings,
    Layout,
    RegisteredDocument,
)
from hanhdong.exports.register import (
    default_recipients,
    parse_number,
    place_of,
    series_of,
    signature_for,
)
from hanhdong.lib.periods import normal_title
from hanhdong.lib.text import clean_text
from hanhdong.lib.transactions import service
from hanhdong.orgs.models import Organization

FIELDS = [
    "number",
    "place",
    "dated",
    "overall",
    "areas",
    "difficulties",
    "proposals",
    "next_tasks",
    "recipients",
    "signer_on_behalf",
    "signer_role",
    "signer_name",
]
SETTINGS_FIELDS = [
    "place",
    "higher_body",
    "party_signer_role",
    "party_signer_name",
    "state_signer_role",
    "state_signer_name",
]
ENTRY_FIELDS = ["number", "dated", "title", "series"]


# -- the register ------------------------------------------------------------------------
def _taken(entry_or_none, number: int, existing) -> None:
    clash = existing.filter(number=number)
    if entry_or_none is not None:
        clash = clash.exclude(pk=entry_or_none.pk)
    clash = clash.first()
    if clash is not None:
        raise ValidationError(
            _("Number %(symbol)s was given to “%(title)s” of %(date)s; choose another.")
            % {
                "symbol": clash.symbol,
                "title": clash.title,
                "date": clash.dated.strftime("%d/%m/%Y"),
            }
        )


@service
def document_register(
    *,
    acting_user,
    commune,
    issuer: str,
    kind: str,
    dated: dt.date,
    title: str,
    number: int | None = None,
    ref: str = "",
) -> RegisteredDocument:
    """Hand out the number of a document the commune issues: the next one of its kind in
    its series, or ``number`` when the clerk chose it and it is free. A document known by
    ``ref`` (what produced it) keeps the number it has unless another is asked for."""
    if issuer not in Layout.values or kind not in DocumentKind.values:
        raise ValidationError(_("Unknown kind of document."))
    title = clean_text(title).strip()[:300]
    if not title:
        raise ValidationError(_("Write what the document is about."))
    if number is not None and not 0 < number < 1_000_000:
        raise ValidationError(_("A document's number is a whole number from 1."))
    # one number at a time per commune: the row lock orders concurrent registrations
    Organization.objects.select_for_update().filter(pk=commune.pk).first()
    series = series_of(commune, issuer, dated.year)
    entry = RegisteredDocument.objects.filter(commune=commune, ref=ref).first() if ref else None
    existing = RegisteredDocument.objects.filter(
        commune=commune, issuer=issuer, kind=kind, series=series
    )
    if entry is not None:
        before = snapshot(entry, ENTRY_FIELDS)
        moved = entry.series != series or entry.issuer != issuer or entry.kind != kind
        if number is None and moved:
            number = _next(existing)
        if number is not None and number != entry.number or moved:
            _taken(entry, number or entry.number, existing)
            entry.number = number or entry.number
        entry.issuer, entry.kind, entry.series = issuer, kind, series
        entry.dated, entry.title = dated, title
        entry.save()
        audit_changes(actor=acting_user, obj=entry, before=before, commune=commune)
        return entry
    if number is None:
        number = _next(existing)
    else:
        _taken(None, number, existing)
    entry = RegisteredDocument.objects.create(
        commune=commune,
        issuer=issuer,
        kind=kind,
        series=series,
        number=number,
        dated=dated,
        title=title,
        ref=ref,
        created_by=acting_user if acting_user and acting_user.is_authenticated else None,
    )
    audit_record(
        actor=acting_user,
        obj=entry,
        action=AuditAction.CREATE,
        commune=commune,
        changes={"symbol": entry.symbol, "title": title, "dated": str(dated)},
    )
    return entry


def _next(existing) -> int:
    last = existing.order_by("-number").values_list("number", flat=True).first()
    return (last or 0) + 1


@service
def document_update(
    *, acting_user, entry: RegisteredDocument, number: int, dated: dt.date, title: str
) -> RegisteredDocument:
    """The clerk corrects a register entry: its number (if free), date or summary."""
    title = clean_text(title).strip()[:300]
    if not title:
        raise ValidationError(_("Write what the document is about."))
    if not 0 < number < 1_000_000:
        raise ValidationError(_("A document's number is a whole number from 1."))
    Organization.objects.select_for_update().filter(pk=entry.commune_id).first()
    before = snapshot(entry, ENTRY_FIELDS)
    series = series_of(entry.commune, entry.issuer, dated.year)
    existing = RegisteredDocument.objects.filter(
        commune=entry.commune, issuer=entry.issuer, kind=entry.kind, series=series
    )
    _taken(entry, number, existing)
    entry.number, entry.dated, entry.title, entry.series = number, dated, title, series
    entry.save()
    # a generated report prints the number it was registered under
    ConsolidatedReport.objects.filter(entry=entry).update(number=entry.symbol, dated=dated)
    audit_changes(actor=acting_user, obj=entry, before=before, commune=entry.commune)
    return entry


@service
def document_settings_save(*, acting_user, commune, **fields) -> DocumentSettings:
    """The commune's place name, higher body and signers, as its documents print them."""
    found, created = DocumentSettings.objects.get_or_create(commune=commune)
    before = snapshot(found, SETTINGS_FIELDS)
    for name, value in fields.items():
        if name not in SETTINGS_FIELDS:
            raise TypeError(f"unexpected field {name!r}")
        setattr(found, name, clean_text(value or "").strip())
    found.updated_by = acting_user
    found.save()
    if created:
        audit_record(
            actor=acting_user,
            obj=found,
            action=AuditAction.CREATE,
            commune=commune,
            changes=snapshot(found, SETTINGS_FIELDS),
        )
    else:
        audit_changes(actor=acting_user, obj=found, before=before, commune=commune)
    return found


# -- the consolidated report ---------------------------------------------------------------
def report_ref(period, layout: str) -> str:
    return f"report:{period.pk}:{layout}"


def report_summary(period) -> str:
    """What the report is about, as the register lists it."""
    program = period.program
    number = f" số {program.number}" if program.number else ""
    return f"Kết quả thực hiện Chương trình hành động{number}, {normal_title(period.title)}"


def consolidated_for(period, layout: str, content=None) -> ConsolidatedReport:
    """The saved draft for ``period``, or a new unsaved one written from the period's
    accepted reports (``content``, when already gathered)."""
    found = ConsolidatedReport.objects.filter(period=period, layout=layout).first()
    if found is not None:
        return found
    content = content or gather(period)
    texts = prose.draft(content, layout)
    commune = period.program.commune
    signature = signature_for(commune, layout, period.program)
    # drafted again after a save: the number it was registered under stays
    entry = RegisteredDocument.objects.filter(
        commune=commune, ref=report_ref(period, layout)
    ).first()
    return ConsolidatedReport(
        period=period,
        layout=layout,
        entry=entry,
        number=entry.symbol if entry else "",
        place=place_of(commune),
        dated=timezone.localdate(),
        recipients="\n".join(default_recipients(commune, layout, period.program)),
        signer_on_behalf=signature.on_behalf,
        signer_role=signature.role,
        signer_name=signature.name,
        **texts,
    )


@service
def consolidated_save(*, acting_user, period, layout: str, **fields) -> ConsolidatedReport:
    """Save the clerk's version of the report and register its number: the one typed when
    it is free, else the next of the register (kept on later saves)."""
    if layout not in Layout.values:
        raise ValidationError(_("Unknown layout."))
    report = consolidated_for(period, layout)
    for name, value in fields.items():
        if name not in FIELDS:
            raise TypeError(f"unexpected field {name!r}")
        if name == "areas":
            value = {str(k): clean_text(str(v)).strip() for k, v in (value or {}).items()}
        elif isinstance(value, str):
            value = clean_text(value).strip()
        setattr(report, name, value)
    if not report.overall or not report.place or not report.dated:
        raise ValidationError(_("Write the overall assessment, the place and the date."))
    typed = (fields.get("number") or "").strip()
    wanted = parse_number(typed)
    if typed and wanted is None:
        raise ValidationError(_("The number starts with digits: 25 or 25-BC/ĐU."))
    commune = period.program.commune
    created = report.pk is None
    entry = document_register.within(
        acting_user=acting_user,
        commune=commune,
        issuer=layout,
        kind=DocumentKind.REPORT,
        dated=report.dated,
        title=report_summary(period),
        number=wanted,
        ref=report_ref(period, layout),
    )
    report.entry, report.number = entry, entry.symbol
    report.updated_by = acting_user
    report.save()
    audit_record(
        actor=acting_user,
        obj=report,
        action=AuditAction.CREATE if created else AuditAction.UPDATE,
        commune=commune,
        changes={"layout": layout, "number": report.number},
    )
    return report


@service
def consolidated_redraft(*, acting_user, period, layout: str) -> None:
    """Drop the clerk's saved texts of the report, so the page drafts them again from the
    reports accepted since; its number stays in the register for the next save."""
    found = ConsolidatedReport.objects.filter(period=period, layout=layout).first()
    if found is None:
        return
    audit_record(
        actor=acting_user,
        obj=found,
        action=AuditAction.DELETE,
        commune=period.program.commune,
        changes={"layout": layout, "number": found.number},
    )
    found.delete()


# -- PDF -----------------------------------------------------------------------------------
def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(docx: bytes, timeout: int = 120) -> bytes:
    """The Word file converted by LibreOffice; raises RuntimeError where it is missing."""
    program = soffice()
    if program is None:
        raise RuntimeError("LibreOffice is not installed")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "report.docx"
        source.write_bytes(docx)
        subprocess.run(
            [
                program,
                "--headless",
                f"-env:UserInstallation=file://{folder}/profile",
                "--convert-to",
                "pdf",
                "--outdir",
                folder,
                str(source),
            ],
            capture_output=True,
            timeout=timeout,
            check=False,
        )
        result = Path(folder) / "report.pdf"
        if not result.exists():
            raise RuntimeError("LibreOffice did not convert the file")
        return result.read_bytes()
