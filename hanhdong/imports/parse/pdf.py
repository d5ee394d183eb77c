"""PDF documents with a text layer: lines with paragraph marks from the page geometry, and
tables rebuilt from their ruling lines (pdfplumber)."""

from __future__ import annotations

import io
import re

import pdfplumber
from django.utils.translation import gettext as _
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfpage import PDFPage
from pdfplumber.utils.exceptions import PdfminerException

from hanhdong.imports import limits
from hanhdong.imports.parse import pdf_layout, pdf_limits
from hanhdong.imports.parse.appendix import columns_from_header
from hanhdong.imports.parse.document import DocumentError, Table, place
from hanhdong.imports.parse.lines import Line, clean, ends_sentence

_PAGE_NUMBER = re.compile(r"^\s*[-–]?\s*\d{1,3}\s*[-–]?\s*$")


def count_pages(data: bytes) -> int:
    """How many pages the PDF has, from its page tree: no page is read."""
    with pdf_limits.guarded() as budget:
        return len(_open(data, budget)[1])


def _open(data: bytes, budget: pdf_limits.Budget) -> tuple[pdfplumber.PDF, list[PDFPage]]:
    """The PDF opened and its pages found, at most MAX_PAGES of them."""
    try:
        pdf = pdfplumber.PDF(io.BytesIO(data))
        pages = []
        for page in PDFPage.create_pages(pdf.doc):
            pages.append(page)
            if len(pages) > limits.MAX_PAGES:
                raise DocumentError(
                    _("file"),
                    _("the document has more than %(n)s pages: this is not one action program")
                    % {"n": limits.shown(limits.MAX_PAGES)},
                )
        if budget.exceeded is not None:  # reached where pdfminer carried on regardless
            raise budget.exceeded
    except DocumentError:
        raise
    except Exception as exc:  # pdfminer raises many kinds on a damaged file
        cause = _cause(exc, budget)
        if isinstance(cause, PDFPasswordIncorrect):
            raise DocumentError(_("file"), _("the PDF is locked with a password")) from None
        raise DocumentError(
            _("file"), _("the PDF file cannot be opened (%(e)s)") % {"e": _said(cause)}
        ) from None
    return pdf, pages


def _cause(exc: BaseException, budget: pdf_limits.Budget) -> BaseException:
    """The limit reached, when one was (pdfminer may have swallowed or wrapped it), else
    what pdfplumber wrapped."""
    if budget.exceeded is not None:
        return budget.exceeded
    if isinstance(exc, PdfminerException) and exc.args and isinstance(exc.args[0], Exception):
        return exc.args[0]
    return exc


def _said(exc: BaseException) -> str:
    if isinstance(exc, pdf_limits.PdfLimit):
        return exc.message
    if isinstance(exc, RecursionError):
        return _("nested too deeply")
    return str(exc)[:200] or type(exc).__name__


def read(data: bytes, progress=None) -> tuple[list[Line], list[Table], list[str]]:
    """Lines, tables and warnings of a PDF; ``progress(done, total)`` is told the pages
    read. Each page is let go once read, so memory does not grow with the pages."""
    warnings: list[str] = []
    lines: list[Line] = []
    tables: list[Table] = []
    empty_pages = []
    with pdf_limits.guarded() as budget:
        pdf, pages = _open(data, budget)
        doctop = 0
        for page_number, page_obj in enumerate(pages, 1):
            if progress is not None:
                progress(page_number - 1, len(pages))
            budget.new_page()
            where = place("page", page_number)
            try:
                page = pdf_limits.Page(pdf, page_obj, page_number, initial_doctop=doctop)
                doctop += page.height
                boxes, text_lines = _read_page(page, budget, tables, warnings, where)
                page.close()
            except DocumentError:
                raise
            except Exception as exc:  # pdfminer raises many kinds on a damaged page
                cause = _cause(exc, budget)
                if isinstance(cause, pdf_limits.PdfLimit):
                    raise DocumentError(where, cause.message) from None
                raise DocumentError(
                    where, _("this page cannot be read (%(e)s)") % {"e": _said(cause)}
                ) from None
            if not text_lines and not boxes:
                empty_pages.append(page_number)
                continue
            _append_lines(lines, text_lines, page_number)
    if len(empty_pages) == len(pages):
        raise DocumentError(
            place("page", 1),
            _(
                "this PDF has no text layer (a scan): convert it with OCR, or upload the "
                "Word file instead"
            ),
        )
    if empty_pages:
        warnings.append(
            _("pages without text (scanned?): %(pages)s")
            % {"pages": ", ".join(map(str, empty_pages))}
        )
    return lines, tables, warnings


def _read_page(page, budget, tables: list[Table], warnings: list[str], where: str):
    """The page's tables (added to ``tables``; ruled, or else one laid out without ruling)
    and its lines of text outside them."""
    page.layout  # noqa: B018 — lay the page out (within the limits) before anything else
    if budget.exceeded is not None:
        raise budget.exceeded
    if budget.too_many_paths:
        warnings.append(
            _("%(where)s: more than %(n)s lines and boxes: tables on it were not looked for")
            % {"where": where, "n": limits.shown(limits.MAX_PAGE_PATHS)}
        )
        found = []
    else:
        found = page.find_tables()
    boxes = [t.bbox for t in found]
    for table in found:
        rows = [list(row) for row in table.extract()]  # None: under a merged cell
        _append_table(tables, rows, where)
    if (
        not found
        and not budget.too_many_paths
        and (box := pdf_layout.add_table(page, tables, where))
    ):
        boxes.append(box)  # a key-task table printed without ruling

    def outside(obj):
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

    return boxes, page.filter(outside).extract_text_lines(return_chars=True)


COLUMN_GAP = 24  # points of empty space that separate two columns on one line
_LIST_MARKER = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*[.\-–)/]?|[a-zđ][).]|\(\d{1,2}\)|[IVX]{1,5}[.\-–]|[A-ZĐ][.\-]"
    r"|[-+•*–])$"
)


def _segments(item: dict) -> list[dict]:
    """A text line cut where a wide gap separates two columns (header and signature blocks)."""
    chars = [c for c in item["chars"] if c["text"].strip() or c is item["chars"][0]]
    if not chars:
        return []
    groups = [[chars[0]]]
    for before, after in zip(chars, chars[1:], strict=False):
        if after["x0"] - before["x1"] > COLUMN_GAP:
            groups.append([])
        groups[-1].append(after)
    if len(groups) > 1 and _LIST_MARKER.match("".join(c["text"] for c in groups[0]).strip()):
        groups[:2] = [groups[0] + groups[1]]  # "3-<tab>Về văn hóa": a number and its heading
    out = []
    for group in groups:
        words = []
        for char in group:
            if words and char["x0"] - words[-1]["x1"] > 1.5:
                words.append({"text": " ", "x1": char["x0"]})
            words.append(char)
        out.append(
            {
                "text": "".join(w["text"] for w in words),
                "x0": group[0]["x0"],
                "x1": group[-1]["x1"],
                "top": item["top"],
                "bottom": item["bottom"],
            }
        )
    return out


def _reading_order(text_lines: list[dict]) -> list[dict]:
    """Lines in reading order: in a two-column block (the header, "Nơi nhận" beside the
    signature) the left column is read to its end before the right one."""
    ordered: list[dict] = []
    right: list[dict] = []
    split_x = None
    for item in text_lines:
        segments = _segments(item)
        if len(segments) > 1:
            split_x = min(split_x or segments[-1]["x0"], segments[-1]["x0"])
            ordered.extend(segments[:-1])
            right.append(segments[-1])
            continue
        if not segments:
            continue
        segment = segments[0]
        if split_x is not None and segment["x0"] >= split_x - 5:
            right.append(segment)
        elif split_x is not None and segment["x1"] < split_x:
            ordered.append(segment)
        else:
            ordered.extend(right)
            right, split_x = [], None
            ordered.append(segment)
    return ordered + right


def _append_lines(lines: list[Line], text_lines: list[dict], page_number: int) -> None:
    text_lines = _reading_order(text_lines)
    gaps = [b["top"] - a["bottom"] for a, b in zip(text_lines, text_lines[1:], strict=False)]
    usual_gap = sorted(g for g in gaps if g >= 0)[len(gaps) // 2] if gaps else 0
    left = min((t["x0"] for t in text_lines), default=0)
    previous = None
    for position, item in enumerate(text_lines):
        text = clean(item["text"])
        at_edge = position in (0, len(text_lines) - 1)
        if not text or (at_edge and _PAGE_NUMBER.match(text)):
            continue
        gap = item["top"] - previous["bottom"] if previous else 0
        blank = previous is None or gap > usual_gap + 3 or gap < -3
        # indented: a paragraph's first line, unless it goes on in small letters from an
        # unfinished line (the text of a bullet hangs to the right of its mark)
        goes_on = previous is not None and text[:1].islower() and not ends_sentence(lines[-1].text)
        indented = item["x0"] - left > 15 and not goes_on
        lines.append(
            Line(
                text,
                page_number,
                blank_before=blank or indented,
                page_break_before=previous is None,
            )
        )
        previous = item


def _append_table(tables: list[Table], rows: list[list[str]], where: str) -> None:
    """A table that goes on from the previous page joins it (its header row dropped)."""
    if tables and rows and len(rows[0]) == len(tables[-1].rows[0]):
        first = " ".join(" ".join((c or "").split()) for c in rows[0])
        if columns_from_header(first) and columns_from_header(
            " ".join(" ".join((c or "").split()) for c in tables[-1].rows[0])
        ):
            rows = rows[1:]
        tables[-1].rows.extend(rows)
        return
    tables.append(Table(rows=rows, where=where))
