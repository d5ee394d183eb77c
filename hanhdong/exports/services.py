"""Drafting and editing the consolidated report; converting Word to PDF where LibreOffice is."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from hanhdong.audit.models import AuditAction
from hanhdong.audit.services import audit_record
from hanhdong.exports.content import draft_texts, gather
from hanhdong.exports.models import ConsolidatedReport, Layout
from hanhdong.lib.transactions import service

FIELDS = [
    "number",
    "place",
    "dated",
    "overall",
    "next_tasks",
    "recipients",
    "signer_on_behalf",
    "signer_role",
    "signer_name",
]
SIGNERS = {
    Layout.PARTY: ("T/M Ban Thường vụ", "Bí thư", "BC/ĐU"),
    Layout.STATE: ("TM. Ủy ban nhân dân", "Chủ tịch", "BC-UBND"),
}
RECIPIENTS = {
    Layout.PARTY: "Thường trực Thành ủy (để b/c)\nCác đồng chí Ủy viên Ban Thường vụ Đảng ủy\n"
    "Các cơ quan tham mưu, giúp việc của Đảng ủy\nLưu Văn phòng Đảng ủy",
    Layout.STATE: "Thường trực Đảng ủy (để b/c)\nThường trực HĐND xã\n"
    "Các phòng, ban, đơn vị\nLưu: VT",
}


def consolidated_for(period, layout: str) -> ConsolidatedReport:
    """The saved draft for ``period``, or a new unsaved one written from the figures."""
    found = ConsolidatedReport.objects.filter(period=period, layout=layout).first()
    if found is not None:
        return found
    texts = draft_texts(gather(period))
    on_behalf, role, _suffix = SIGNERS[layout]
    commune = period.program.commune
    return ConsolidatedReport(
        period=period,
        layout=layout,
        place=commune.short_name or commune.name,
        recipients=RECIPIENTS[layout],
        signer_on_behalf=on_behalf,
        signer_role=role,
        **texts,
    )


@service
def consolidated_save(*, acting_user, period, layout: str, **fields) -> ConsolidatedReport:
    if layout not in Layout.values:
        raise ValidationError(_("Unknown layout."))
    report = consolidated_for(period, layout)
    for name, value in fields.items():
        if name not in FIELDS:
            raise TypeError(f"unexpected field {name!r}")
        setattr(report, name, value.strip() if isinstance(value, str) else value)
    if not report.overall or not report.place:
        raise ValidationError(_("Write the overall assessment and the place."))
    created = report.pk is None
    report.updated_by = acting_user
    report.save()
    audit_record(
        actor=acting_user,
        obj=report,
        action=AuditAction.CREATE if created else AuditAction.UPDATE,
        commune=period.program.commune,
        changes={"layout": layout},
    )
    return report


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
