"""Figures another system already holds, taken in rather than retyped: an Excel sheet (the
one-stop desk's figures exported from the provincial system, say) read through the mapping
the clerk made once (``IndicatorSheet``: which sheet, which header row, which column gives
which target, which column or fixed period), every value checked before anything is written.

The file is checked before openpyxl opens it — its size, its zip directory (parts, what
they unpack to, no DOCTYPE or entity in an XML part) — then read in read-only mode, rows and
columns bounded. Vietnamese numbers are read as written: "1.234,5", "85%", "85,5 %".
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from hanhdong.imports.limits import MAX_PARTS, MAX_UNPACKED, MAX_XML_PART, MB
from hanhdong.lib.files import max_bytes
from hanhdong.lib.periods import reporting_title
from hanhdong.lib.text import clean_text, fold
from hanhdong.reports.models import ReportingKind, TargetValue

MAX_ROWS = 2_000  # data rows read under the header
MAX_COLUMNS = 200  # columns of a row read
MAX_VALUE = Decimal(10) ** 14  # what TargetValue.value holds
CHUNK = 1 << 16
_LETTERS = re.compile(r"^[A-Z]{1,3}$")
_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+$")  # "1.234" or "12.345.678": dots group thousands
_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")
_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


@dataclass
class Value:
    """One figure read: the row it stands on, its target and period, the day it stands at."""

    row: int
    target: object
    period: object
    value: Decimal
    noted_on: dt.date | None
    written: str


@dataclass
class Reading:
    values: list[Value] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # "Dòng 5, cột “…”: …"

    @property
    def importable(self) -> bool:
        return bool(self.values) and not self.refused


def parse_number(raw) -> Decimal | None:
    """A figure as the sheet holds it: a number, or Vietnamese text — "1.234,5", "85%",
    "85,5 %", "1 234" —; None for an empty cell; ValueError for anything else."""
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise ValueError
    if isinstance(raw, int | float | Decimal):
        value = Decimal(str(raw))
    else:
        text = clean_text(str(raw)).strip().replace("\u00a0", "").replace(" ", "")
        if not text:
            return None
        text = text.removesuffix("%")
        if "," in text and "." in text:
            # whichever comes last separates the decimals
            if text.rfind(",") > text.rfind("."):
                text = text.replace(".", "").replace(",", ".")
            else:
                text = text.replace(",", "")
        elif "," in text:
            if text.count(",") > 1:
                raise ValueError
            text = text.replace(",", ".")
        elif _GROUPED.match(text.lstrip("+-")):
            text = text.replace(".", "")
        if not _NUMBER.match(text):
            raise ValueError
        value = Decimal(text)
    if not value.is_finite() or abs(value) >= MAX_VALUE:
        raise ValueError
    return value


def parse_day(raw) -> dt.date | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    found = _DATE.match(clean_text(str(raw)).strip())
    if not found:
        raise ValueError
    day, month, year = (int(g) for g in found.groups())
    return dt.date(year, month, day)


def check_workbook(data: bytes) -> None:
    """Refuse, before openpyxl reads it, a file too large, not an .xlsx, or whose zip
    would unpack to too much or declares DTDs or entities."""
    limit = max_bytes()
    if len(data) > limit:
        raise ValidationError(_("The file is larger than %(n)s MB.") % {"n": limit // MB})
    not_xlsx = _("This file is not an Excel workbook (.xlsx).")
    if not data.startswith(b"PK\x03\x04"):
        raise ValidationError(not_xlsx)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_PARTS:
                raise ValidationError(
                    _("The workbook has too many parts to be a sheet of figures.")
                )
            if "xl/workbook.xml" not in {e.filename for e in entries}:
                raise ValidationError(not_xlsx)
            total = sum(e.file_size for e in entries)
            if total > MAX_UNPACKED or any(e.file_size > MAX_XML_PART for e in entries):
                raise ValidationError(
                    _("The workbook unpacks to more than %(n)s MB: it is not read.")
                    % {"n": MAX_UNPACKED // MB}
                )
            for entry in entries:
                if entry.filename.lower().endswith((".xml", ".rels")):
                    _refuse_declarations(archive, entry)
    except ValidationError:
        raise
    except Exception:  # zipfile raises many kinds on a damaged file
        raise ValidationError(not_xlsx) from None


def _refuse_declarations(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> None:
    size, tail = 0, b""
    with archive.open(entry) as member:
        while chunk := member.read(CHUNK):
            size += len(chunk)
            if size > MAX_XML_PART:
                raise ValidationError(_("The workbook unpacks to too much: it is not read."))
            window = tail + chunk
            if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                raise ValidationError(_("The workbook declares a DTD or entities: it is not read."))
            tail = chunk[-16:]


def column_index(header: list[str], wanted: str) -> int | None:
    """The 0-based column ``wanted`` names: a heading of the header row (folded, as
    written), or else a column letter ("C")."""
    key = fold(wanted)
    for index, heading in enumerate(header):
        if heading and heading == key:
            return index
    letters = wanted.strip().upper()
    if _LETTERS.match(letters):
        index = 0
        for letter in letters:
            index = index * 26 + ord(letter) - 64
        return index - 1
    return None


def read_sheet(data: bytes, sheet, targets: dict, periods: list) -> Reading:
    """Every value of the upload ``data`` read through ``sheet`` (an IndicatorSheet):
    ``targets`` by id, ``periods`` the program's reporting periods. A problem with the
    sheet as a whole (no such sheet, a mapped column not found) raises ValidationError;
    a row's problem refuses that row, in words, and the rest is read on."""
    from openpyxl import load_workbook

    check_workbook(data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises several kinds on a file that is not a workbook
        raise ValidationError(_("This file is not an Excel workbook (.xlsx).")) from None
    try:
        return _read(book, sheet, targets, periods)
    except ValidationError:
        raise
    except Exception:  # read-only mode parses each sheet as it is read: a damaged part
        raise ValidationError(_("The workbook is damaged and cannot be read.")) from None
    finally:
        book.close()


def _read(book, sheet, targets: dict, periods: list) -> Reading:
    if sheet.sheet_name:
        names = {fold(name): name for name in book.sheetnames}
        name = names.get(fold(sheet.sheet_name))
        if name is None:
            raise ValidationError(
                _("The workbook has no sheet “%(name)s” (it has: %(names)s).")
                % {"name": sheet.sheet_name, "names": ", ".join(book.sheetnames[:10])}
            )
        page = book[name]
    else:
        page = book.worksheets[0]
    rows = page.iter_rows(
        min_row=sheet.header_row, max_row=sheet.header_row + MAX_ROWS, max_col=MAX_COLUMNS
    )
    header_cells = next(rows, None)
    header = [
        fold(clean_text(str(c.value))) if c.value is not None else "" for c in header_cells or []
    ]
    wanted = [(str(c["column"]), targets.get(c["target"])) for c in sheet.columns]
    missing = [column for column, _target in wanted if column_index(header, column) is None]
    for column in (sheet.period_column, sheet.date_column):
        if column and column_index(header, column) is None:
            missing.append(column)
    if missing:
        raise ValidationError(
            _("Row %(row)s of the sheet has no column “%(columns)s”: check the mapping.")
            % {"row": sheet.header_row, "columns": "”, “".join(missing)}
        )
    gone = [column for column, target in wanted if target is None]
    if gone:
        raise ValidationError(
            _("The column “%(column)s” is mapped to a target no longer in force: map it again.")
            % {"column": gone[0]}
        )
    columns = [(column, column_index(header, column), target) for column, target in wanted]
    period_at = column_index(header, sheet.period_column) if sheet.period_column else None
    date_at = column_index(header, sheet.date_column) if sheet.date_column else None
    by_title = {fold(p.title): p for p in periods}
    by_key = {(p.kind, p.year, p.number): p for p in periods if p.kind != ReportingKind.ADHOC}
    reading = Reading()
    seen: dict = {}
    for number, cells in enumerate(rows, sheet.header_row + 1):
        cells = list(cells)
        cell = _picker(cells)
        figures = [(column, cell(index), target) for column, index, target in columns]
        if all(c is None or c.value in (None, "") for _col, c, _t in figures):
            continue
        where = _("Row %(row)s") % {"row": number}
        if period_at is not None:
            raw = cell(period_at).value if cell(period_at) is not None else None
            period = _period_of(raw, by_title, by_key)
            if period is None:
                reading.refused.append(
                    _("%(where)s: no reporting period “%(period)s” in the program's calendar.")
                    % {"where": where, "period": "" if raw is None else str(raw)[:60]}
                )
                continue
        else:
            period = sheet.period
        noted_on = period.cutoff_on
        if date_at is not None and cell(date_at) is not None:
            try:
                noted_on = parse_day(cell(date_at).value) or noted_on
            except ValueError:
                reading.refused.append(
                    _("%(where)s: “%(value)s” is not a date (dd/mm/yyyy).")
                    % {"where": where, "value": str(cell(date_at).value)[:60]}
                )
                continue
        for column, found, target in figures:
            raw = found.value if found is not None else None
            try:
                value = parse_number(raw)
            except ValueError:
                reading.refused.append(
                    _("%(where)s, column “%(column)s”: “%(value)s” is not a number.")
                    % {"where": where, "column": column, "value": str(raw)[:60]}
                )
                continue
            if value is None:
                continue
            shown_as_percent = "%" in (getattr(found, "number_format", "") or "")
            if shown_as_percent and not isinstance(raw, str):
                value = value * 100  # a cell shown as 85% holds 0.85
            key = (target.pk, period.pk)
            if key in seen:
                reading.refused.append(
                    _("%(where)s, column “%(column)s”: %(period)s is given already on row %(row)s.")
                    % {"where": where, "column": column, "period": period.title, "row": seen[key]}
                )
                continue
            seen[key] = number
            reading.values.append(
                Value(number, target, period, _plain(value), noted_on, str(raw)[:60])
            )
    if not reading.values and not reading.refused:
        raise ValidationError(_("The sheet has no figure under its header row."))
    return reading


def _plain(value: Decimal) -> Decimal:
    """``value`` without trailing zeros, and never in exponent form ("9E+1" is 90)."""
    value = value.normalize()
    return value.quantize(Decimal(1)) if value.as_tuple().exponent > 0 else value


def _picker(cells: list):
    """The cell of a row at a 0-based index, or None past its end (or for no index)."""
    return lambda index: cells[index] if index is not None and index < len(cells) else None


def refuse_reported(reading: Reading) -> None:
    """Refuse the values an agency's report already states for their period: a reported
    value is never overwritten. One query."""
    if not reading.values:
        return
    stated = set(
        TargetValue.objects.filter(
            report__isnull=False,
            target_id__in={v.target.pk for v in reading.values},
            period_id__in={v.period.pk for v in reading.values},
        ).values_list("target_id", "period_id")
    )
    kept = []
    for value in reading.values:
        if (value.target.pk, value.period.pk) in stated:
            reading.refused.append(
                _("Row %(row)s: an agency's report already states “%(target)s” for %(period)s.")
                % {"row": value.row, "target": value.target.indicator, "period": value.period.title}
            )
        else:
            kept.append(value)
    reading.values = kept


def _period_of(raw, by_title: dict, by_key: dict):
    if raw is None:
        return None
    if isinstance(raw, dt.datetime | dt.date):
        return by_key.get(("month", raw.year, raw.month))
    text = clean_text(str(raw)).strip()
    if found := by_title.get(fold(text)):
        return found
    named = reporting_title(text)
    return by_key.get(named) if named else None
