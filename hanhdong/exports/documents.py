"""Each document of a period as a file — its bytes, its name and its type — made the same
way for the page's download links and for ``hanhdong report`` on the command line."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from hanhdong.exports import briefs, excel, services, word
from hanhdong.exports.content import gather
from hanhdong.exports.models import DocumentKind
from hanhdong.exports.register import place_of

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"
FORMATS = ("docx", "pdf", "xlsx")


@dataclass
class File:
    data: bytes
    name: str
    content_type: str


def ascii_words(text: str) -> str:
    """ "9 tháng năm 2026" → "9-thang-nam-2026": letters without their marks, "Đ" as "D",
    every run of other characters one dash; the case kept."""
    text = unicodedata.normalize("NFD", text or "").replace("Đ", "D").replace("đ", "d")
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")


def period_words(title: str) -> str:
    """A period's title in a file name: "9-thang-2026", "Quy-IV-2026", "Nam-2026"."""
    words = ascii_words(title).split("-")
    kept = [w for w in words if w.lower() != "nam"]
    return "-".join(kept if len(kept) > 1 else words)


def file_name(stem: str, period, ext: str) -> str:
    """ "BC-25-BCDU" + the period + the commune: "BC-25-BCDU-9-thang-2026-Nghi-Duong.docx"."""
    commune = period.program.commune
    parts = [stem, period_words(period.title), ascii_words(place_of(commune))]
    return "-".join(p for p in parts if p) + f".{ext}"


def symbol_stem(kind: str, symbol: str) -> str:
    """ "BC" and "25-BC/ĐU" → "BC-25-BCDU"; "25/BC-UBND" → "BC-25-BCUBND"."""
    parts = re.split(r"[-/]", symbol, maxsplit=1)
    if len(parts) < 2:
        return f"{kind}-{ascii_words(symbol)}"
    return f"{kind}-{parts[0].strip()}-{ascii_words(parts[1]).replace('-', '')}"


def _pdf(docx: File) -> File:
    return File(services.to_pdf(docx.data), docx.name[:-4] + "pdf", PDF)


def report_file(period, layout: str, fmt: str, content=None) -> File:
    """The consolidated report (``docx`` or ``pdf``, in ``layout``) or the workbook
    (``xlsx``) of ``period``. PDF raises RuntimeError where LibreOffice is missing."""
    if fmt == "xlsx":
        number = period.program.number
        stem = "So-lieu-" + (symbol_stem("CTr", number) if number[:1].isdigit() else "CTr")
        return File(
            excel.program_workbook(period.program, period), file_name(stem, period, "xlsx"), XLSX
        )
    content = content or gather(period)
    report = services.consolidated_for(period, layout, content)
    symbol = report.number
    stem = symbol_stem(DocumentKind.REPORT, symbol) if symbol else "Du-thao-BC"
    docx = File(word.build(report, content), file_name(stem, period, "docx"), DOCX)
    return _pdf(docx) if fmt == "pdf" else docx


def brief_file(period, fmt: str, content=None) -> File:
    """The Standing Committee's one-page brief of ``period``."""
    content = content or gather(period)
    docx = File(briefs.meeting_brief(content), file_name("Tom-tat", period, "docx"), DOCX)
    return _pdf(docx) if fmt == "pdf" else docx
