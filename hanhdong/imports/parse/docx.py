"""Word (.docx) documents: paragraphs in order, automatic numbering printed as text, tables."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from django.utils.translation import gettext as _
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tc
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

from hanhdong.imports import limits
from hanhdong.imports.parse.document import DocumentError, Table
from hanhdong.imports.parse.lines import Line, clean

_MARKER = re.compile(r"^(?:[-+•*–]|\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zđ]\)|\(\d{1,2}\)|[IVX]+\.)$")
ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _roman(n: int) -> str:
    out = ""
    for value, letters in ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def _format(n: int, fmt: str) -> str:
    if n > 3999:  # no Roman numeral; a list of Word starts at most at 32,767
        return str(n)
    match fmt:
        case "upperRoman":
            return _roman(n)
        case "lowerRoman":
            return _roman(n).lower()
        case "lowerLetter":
            return "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
        case "upperLetter":
            return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[(n - 1) % 26]
    return str(n)


class Numbering:
    """Prints the markers Word would show for automatically numbered paragraphs.

    A paragraph's style is looked up once per style (python-docx scans every style for each
    paragraph), so a long document reads in time proportional to its length."""

    def __init__(self, document):
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self._styles(document)
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract = {}
        for node in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in node.findall(qn("w:lvl")):
                fmt = lvl.find(qn("w:numFmt"))
                text = lvl.find(qn("w:lvlText"))
                start = lvl.find(qn("w:start"))
                ilvl = int(lvl.get(qn("w:ilvl")))
                if not 0 <= ilvl <= MAX_LEVEL:
                    continue  # Word numbers nine levels, 0 to 8
                levels[ilvl] = (
                    fmt.get(qn("w:val")) if fmt is not None else "decimal",
                    (text.get(qn("w:val")) if text is not None else "%1.")[:MAX_MARKER],
                    min(max(int(start.get(qn("w:val"))), 0), MAX_START) if start is not None else 1,
                )
            abstract[node.get(qn("w:abstractNumId"))] = levels
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            for ilvl, spec in abstract.get(ref.get(qn("w:val")), {}).items():
                self.levels[(num.get(qn("w:numId")), ilvl)] = spec

    def _styles(self, document) -> None:
        """Paragraph styles by id (the first of an id, as python-docx finds it) and the
        default paragraph style (the last marked default)."""
        self.by_id: dict[str, object] = {}
        self.default = None
        self.style_numbering: dict[str | None, object] = {}
        for style in document.styles.element.findall(qn("w:style")):
            style_id = style.styleId
            if style_id is not None and style_id not in self.by_id:
                self.by_id[style_id] = style
            if style.type == WD_STYLE_TYPE.PARAGRAPH and style.default:
                self.default = style

    def _style_num_pr(self, style_id: str | None):
        if style_id in self.style_numbering:
            return self.style_numbering[style_id]
        style = self.by_id.get(style_id) if style_id is not None else None
        if style is None or style.type != WD_STYLE_TYPE.PARAGRAPH:
            style = self.default
        found = None
        for _step in range(MAX_STYLE_CHAIN):  # a style based on itself must not loop
            if style is None:
                break
            spr = style.pPr
            if spr is not None and spr.numPr is not None:
                found = spr.numPr
                break
            based = style.basedOn
            style = self.by_id.get(based.val) if based is not None else None
        self.style_numbering[style_id] = found
        return found

    def _num_pr(self, paragraph: Paragraph):
        ppr = paragraph._p.pPr
        if ppr is not None and ppr.numPr is not None:
            return ppr.numPr
        return self._style_num_pr(paragraph._p.style)

    def marker(self, paragraph: Paragraph) -> str | None:
        num_pr = self._num_pr(paragraph)
        if num_pr is None or num_pr.numId is None:
            return None
        num_id = str(num_pr.numId.val)
        ilvl = int(num_pr.ilvl.val) if num_pr.ilvl is not None else 0
        spec = self.levels.get((num_id, ilvl))
        if spec is None or num_id == "0":
            return None
        fmt, text, start = spec
        if fmt == "bullet" or fmt == "none":
            return "-"
        counters = self.counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [level for level in counters if level > ilvl]:
            del counters[deeper]
        marker = text
        for level in range(ilvl, -1, -1):
            level_fmt, _text, level_start = self.levels.get((num_id, level), ("decimal", "", 1))
            count = counters.get(level, level_start)
            marker = marker.replace(f"%{level + 1}", _format(count, level_fmt))
        return marker.strip()


MAX_LEVEL = 8
MAX_START = 32_767  # the largest number Word starts a list at
MAX_MARKER = 255
MAX_STYLE_CHAIN = 64
_XML_NAME = (".xml", ".rels", ".vml")
# how the XML parser recognises a part in UTF-16 (the rest of _xml_text)
_UTF16 = (b"\xff\xfe", b"\xfe\xff", b"\x00<\x00?", b"<\x00?\x00")
# how it recognises XML in encodings refused here: UCS-4 (with or without its mark), EBCDIC
_OTHER_XML = (
    b"\x00\x00\xfe\xff",
    b"\xff\xfe\x00\x00",
    b"\x00\x00\x00<",
    b"<\x00\x00\x00",
    b"\x00\x00<\x00",
    b"\x00<\x00\x00",
    b"\x4c\x6f\xa7\x94",
)
# encodings that write "<!DOCTYPE" in ASCII, or are decoded before the search
_ENCODINGS = re.compile(rb"(?i)utf-?8|utf-?16|(?:us-)?ascii|iso-8859-\d+|windows-125\d|latin-?1")
_DECLARED = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_PARAGRAPH = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?p[\s/>]")
_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?tc[\s/>]")
CHUNK = 1024 * 1024


@dataclass
class Package:
    """A Word file's zip package, checked: its XML parts unpacked (no more than the limits
    allow, each read in chunks), every other part left empty (pictures are not read)."""

    parts: dict[str, bytes]
    paragraphs: int

    def repacked(self) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
            for name, data in self.parts.items():
                archive.writestr(name, data)
        return buffer.getvalue()


def _damaged(where: str | None = None) -> DocumentError:
    return DocumentError(where or _("file"), _("the Word file is damaged and cannot be opened"))


def _part(name: str, line: int | None = None) -> str:
    if line:
        return _("part %(part)s, line %(n)s") % {"part": name, "n": line}
    return _("part %(part)s") % {"part": name}


def unpack(data: bytes) -> Package:
    """Check a Word file before anything parses it: the zip's directory (how many parts,
    how they are packed, what each says it unpacks to), then each XML part as it unpacks
    (its size; no DOCTYPE or entity, which a Word file never has), then how many paragraphs
    and table cells it holds. Raises DocumentError naming the part."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except Exception:  # zipfile raises many kinds on a damaged directory
        raise _damaged() from None
    if len(entries) > limits.MAX_PARTS:
        raise DocumentError(
            _("file"),
            _("the Word file has more than %(n)s parts: this is not a program document")
            % {"n": limits.shown(limits.MAX_PARTS)},
        )
    too_large = DocumentError(
        _("file"),
        _("the Word file unpacks to more than %(n)s MB: this is not a program document")
        % {"n": limits.MAX_UNPACKED // limits.MB},
    )
    if sum(entry.file_size for entry in entries) > limits.MAX_UNPACKED:
        raise too_large
    parts: dict[str, bytes] = {}
    unpacked = paragraphs = cells = 0
    for entry in entries:
        if entry.is_dir():
            continue
        if entry.flag_bits & 1 or entry.compress_type not in (
            zipfile.ZIP_STORED,
            zipfile.ZIP_DEFLATED,
        ):
            raise DocumentError(
                _part(entry.filename),
                _("the Word file is encrypted or packed in a way Word does not use"),
            )
        content = _unpack_part(archive, entry)
        unpacked += len(content)
        if unpacked > limits.MAX_UNPACKED:
            raise too_large
        if content:
            paragraphs += len(_PARAGRAPH.findall(content))
            cells += len(_CELL.findall(content))
        parts[entry.filename] = content
    if paragraphs > limits.MAX_PARAGRAPHS:
        raise DocumentError(
            _("file"),
            _("more than %(n)s paragraphs: this is not one action program")
            % {"n": limits.shown(limits.MAX_PARAGRAPHS)},
        )
    if cells > limits.MAX_CELLS:
        raise DocumentError(
            _("file"),
            _("more than %(n)s table cells: this is not one action program")
            % {"n": limits.shown(limits.MAX_CELLS)},
        )
    return Package(parts=parts, paragraphs=paragraphs)


def _unpack_part(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bytes:
    """An XML part's bytes, unpacked a chunk at a time up to the limit; b"" for any other
    part (a picture, a font)."""
    name = entry.filename
    if entry.file_size > limits.MAX_XML_PART and name.lower().endswith(_XML_NAME):
        raise DocumentError(
            _part(name),
            _("the part unpacks to more than %(n)s MB: this is not a program document")
            % {"n": limits.MAX_XML_PART // limits.MB},
        )
    chunks = []
    size = 0
    try:
        with archive.open(entry) as member:
            while chunk := member.read(CHUNK):
                if not chunks and not _is_xml(name, chunk):
                    return b""
                size += len(chunk)
                if size > limits.MAX_XML_PART:
                    raise DocumentError(
                        _part(name),
                        _("the part unpacks to more than %(n)s MB: this is not a program document")
                        % {"n": limits.MAX_XML_PART // limits.MB},
                    )
                chunks.append(chunk)
    except DocumentError:
        raise
    except Exception:  # a bad CRC, damaged deflate data, a size that lies
        raise _damaged(_part(name)) from None
    content = b"".join(chunks)
    _refuse_declarations(name, content)
    return content


def _is_xml(name: str, head: bytes) -> bool:
    if name.lower().endswith(_XML_NAME) or head.startswith(_UTF16 + _OTHER_XML):
        return True
    return head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<"


def _refuse_declarations(name: str, content: bytes) -> None:
    """No DOCTYPE and no entity in any XML part: they are how an XML file grows to
    gigabytes as it is read, or reads the server's own files. The search is made in the
    encoding the parser would read (UTF-8, or UTF-16 as Word may write it); a part in any
    other encoding is refused, so that the search cannot be dodged."""
    text = _xml_text(name, content)
    head = text[:200].encode("utf-8", "replace") if isinstance(text, str) else text[:200]
    declared = _DECLARED.match(head.removeprefix("\ufeff".encode()))
    if declared and not _ENCODINGS.fullmatch(declared.group(1)):
        raise DocumentError(_part(name), _("the part is not encoded in UTF-8 or UTF-16"))
    marks = ("<!DOCTYPE", "<!ENTITY") if isinstance(text, str) else (b"<!DOCTYPE", b"<!ENTITY")
    if any(mark in text for mark in marks):
        raise DocumentError(
            _part(name),
            _("the part declares a DOCTYPE or entities, which a Word file never has"),
        )


def _xml_text(name: str, content: bytes) -> bytes | str:
    """The part as the XML parser will read it: bytes when they are UTF-8 (or another
    encoding that writes "<!DOCTYPE" as ASCII does), text decoded from UTF-16."""
    if content.startswith(_OTHER_XML):
        raise DocumentError(_part(name), _("the part is not encoded in UTF-8 or UTF-16"))
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif content.startswith(b"\x00<\x00?"):
        encoding = "utf-16-be"
    elif content.startswith(b"<\x00?\x00"):
        encoding = "utf-16-le"
    elif b"\x00" in content[:4]:
        raise _damaged(_part(name))
    else:
        return content
    try:
        return content.decode(encoding)
    except UnicodeDecodeError:
        raise _damaged(_part(name)) from None


def read(data: bytes, progress=None) -> tuple[list[Line], list[Table]]:
    """The lines and tables of a Word file; a damaged or outsized one raises DocumentError.

    ``progress(done, total)`` is told the paragraphs read now and then."""
    package = unpack(data)
    try:
        document = Document(io.BytesIO(package.repacked()))
    except Exception:  # python-docx and lxml raise many kinds on a damaged package
        raise _broken_part(package) from None
    try:
        return _read(document, progress, package.paragraphs)
    except DocumentError:
        raise
    except Exception:  # python-docx raises many kinds on damaged content
        raise _damaged() from None


def _broken_part(package: Package) -> DocumentError:
    """The error of the first XML part that does not parse, with its line."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    for name, content in package.parts.items():
        if not content:
            continue
        try:
            etree.fromstring(content, parser)
        except etree.XMLSyntaxError as exc:
            return DocumentError(
                _part(name, exc.lineno), _("the Word file is damaged: this part cannot be read")
            )
    return _damaged()


def _read(document, progress=None, total: int = 0) -> tuple[list[Line], list[Table]]:
    numbering = Numbering(document)
    lines: list[Line] = []
    tables: list[Table] = []
    right: list[Line] = []  # the right column of a tab-separated two-column block
    index = 0
    for block in document.iter_inner_content():
        if progress is not None and index % PROGRESS_EVERY == 0:
            progress(index, total)
        if isinstance(block, Paragraph):
            index += 1
            text = block.text.lstrip("\t")
            if not text.strip():
                lines.extend(right)  # an empty paragraph ends a two-column block
                right.clear()
                continue
            parts = [part for part in text.split("\t") if part.strip()]
            if len(parts) > 1 and _MARKER.match(parts[0].strip()):
                parts[:2] = [f"{parts[0].strip()} {parts[1]}"]  # "-<tab>text", "1.<tab>text"
            if len(parts) > 1:
                for part in parts[1:]:
                    right.append(Line(clean(part), index, blank_before=True))
                lines.append(Line(clean(parts[0]), index, blank_before=True))
                continue
            _add_paragraph(lines, block, index, numbering)
        elif isinstance(block, DocxTable):
            lines.extend(right)
            right.clear()
            where = _("table %(n)s") % {"n": len(tables) + 1}
            grid = _grid(block, where)
            # merged cells repeat in every grid column they cover, so columns stay aligned
            texts = {id(c._tc): _cell_text(c, numbering) for row in grid for c in row}
            rows = [[texts[id(cell._tc)] for cell in row] for row in grid]
            tables.append(Table(rows=rows, where=where, line=index))
            # cells read as lines too: the header block (issuer, number, date) is often a table;
            # a table of three columns or more is a table of data (tasks, targets), not text
            data = max((len(row) for row in grid), default=0) >= 3
            for row in grid:
                for cell in _unique_cells(row):
                    for paragraph in cell.paragraphs:
                        index += 1
                        _add_paragraph(lines, paragraph, index, numbering, in_table=True, data=data)
    lines.extend(right)
    return lines, tables


PROGRESS_EVERY = 500


def _grid(table: DocxTable, where: str) -> list[list[_Cell]]:
    """The cells of each row as python-docx's ``row.cells`` gives them — a cell repeated
    for each grid column it spans, a cell merged down read from the one it continues —
    found in one pass over the rows (python-docx walks up the rows for each merged cell)."""
    grid = []
    above: dict[int, CT_Tc] = {}  # grid column → the cell that starts there in the row above
    for tr in table._tbl.tr_lst:
        row: list[_Cell] = []
        here: dict[int, CT_Tc] = {}
        offset = tr.grid_before
        for tc in tr.tc_lst:
            span = tc.grid_span
            if tc.vMerge == "continue":
                if offset not in above:
                    raise _damaged(where)  # python-docx: no cell above to continue
                tc = above[offset]
            here[offset] = tc
            offset += span
            if tc.grid_span > limits.MAX_COLUMNS or len(row) + tc.grid_span > limits.MAX_COLUMNS:
                raise DocumentError(
                    where,
                    _("a row of the table spans more than %(n)s columns")
                    % {"n": limits.MAX_COLUMNS},
                )
            row.extend([_Cell(tc, table)] * tc.grid_span)
        grid.append(row)
        above = here
    return grid


def _cell_text(cell: _Cell, numbering: Numbering) -> str:
    """A cell's text with the numbers Word prints for its numbered paragraphs: a column
    "STT" numbered automatically shows "1.", "2." that are in no paragraph's text."""
    out = []
    for paragraph in cell.paragraphs:
        text = paragraph.text
        marker = numbering.marker(paragraph)
        if marker and marker != "-":
            text = f"{marker} {text}".strip()
        out.append(text)
    return "\n".join(out)


def _unique_cells(row: list[_Cell]) -> list[_Cell]:
    seen: set[int] = set()
    unique = []
    for cell in row:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            unique.append(cell)
    return unique


def _add_paragraph(lines, paragraph, index, numbering, in_table=False, data=False):
    marker = None if in_table else numbering.marker(paragraph)
    first = True
    for piece in paragraph.text.split("\n"):  # manual line breaks within one paragraph
        text = clean(piece)
        if not text:
            continue
        if marker:
            text = f"{marker} {text}"
        lines.append(Line(text, index, blank_before=first, list_marker=marker, cell=data))
        marker = None
        first = False
