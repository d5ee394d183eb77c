"""Building blocks for the generated import corpus (see scripts/make_corpus_fixtures.py).

A document is written once as a list of blocks (numbered headings, numbered paragraphs, body
paragraphs, bullets and the sub-points of a bullet), a key-task table and a list of targets.
From that one description come both the rendered file (plain text laid out as a PDF
extraction or a web-portal copy would give it, a Word file, a PDF through LibreOffice) and the
outline part of its gold file, so the two cannot drift apart. Key tasks and targets are
written by hand next to the text they describe.

Content-agnostic: nothing here belongs to one document. Needs python-docx.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

try:
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
except ImportError:  # pragma: no cover - a helper script, not part of the app
    sys.exit("python-docx is needed: pip install python-docx")

FONT = "Times New Roman"
FORMAT = "hanhdong.program/1"
COUNT_NOTE = (
    "A gold annotation: where the importer prints lists (a node's `items`, the `recipients`), "
    "this file holds only their counts (`items`, `recipients_count`)."
)


# -- the document description -----------------------------------------------------------------
@dataclass
class Block:
    kind: str  # "node" (numbered heading or paragraph), "para" (body text), "item", "sub"
    text: str
    level: int = 0
    number: str = ""
    label: str = ""  # the node as printed, number included (may hold "\n")
    marker: str = "-"
    opts: dict = field(default_factory=dict)


def head(level: int, number: str, title: str, label: str | None = None, **opts) -> Block:
    """A numbered heading; ``label`` is how it is printed (default "N. title")."""
    return Block("node", title, level, number, label or f"{number}. {title}", opts=opts)


def npara(level: int, number: str, text: str, label: str | None = None, **opts) -> Block:
    """A numbered paragraph: its title is its whole text."""
    opts.setdefault("para_node", True)
    return Block("node", text, level, number, label or f"{number}. {text}", opts=opts)


def para(text: str, **opts) -> Block:
    return Block("para", text, opts=opts)


def item(text: str, marker: str = "-", **opts) -> Block:
    return Block("item", text, marker=marker, opts=opts)


def sub(text: str, marker: str = "+", **opts) -> Block:
    return Block("sub", text, marker=marker, opts=opts)


def flat(text: str) -> str:
    """A title as the gold holds it: line breaks and runs of spaces become one space."""
    return re.sub(r"\s+", " ", text).strip()


# -- gold ---------------------------------------------------------------------------------
def section_path(parent_path: str, parent_number: str, number: str) -> str:
    if not parent_path:
        return number
    if parent_number and number.startswith(parent_number + "."):
        grand = parent_path[: -len(parent_number)].rstrip(".")
        return f"{grand}.{number}" if grand else number
    return f"{parent_path}.{number}"


def outline(blocks: list[Block]) -> tuple[list[dict], dict[str, str]]:
    """The gold `parts` (items as counts) and every node's path -> its text (for checks)."""
    parts: list[dict] = []
    stack: list[tuple[int, dict, str]] = []  # (level, node, path)
    texts: dict[str, str] = {}
    for block in blocks:
        if block.kind == "node":
            while stack and stack[-1][0] >= block.level:
                stack.pop()
            if block.level > 0 and (not stack or stack[-1][0] != block.level - 1):
                raise ValueError(f"node {block.number} at level {block.level} has no parent")
            node = {"number": block.number, "title": flat(block.text)}
            if block.level > 0:
                node["items"] = 0
            node["children"] = []
            if stack:
                parent = stack[-1]
                path = section_path(parent[2], parent[1]["number"], block.number)
                if any(c["number"] == block.number for c in parent[1]["children"]):
                    raise ValueError(f"two children numbered {block.number} under {parent[2]}")
                parent[1]["children"].append(node)
            else:
                path = block.number
                parts.append(node)
            stack.append((block.level, node, path))
            texts[path] = block.text
        elif stack:
            node, path = stack[-1][1], stack[-1][2]
            texts[path] += " " + block.text
            if block.kind == "item":
                node["items"] = node.get("items", 0) + 1
        elif block.kind == "item":
            raise ValueError(f"an item before any node: {block.text[:40]}")
    return parts, texts


def all_paths(parts: list[dict]) -> set[str]:
    out = set()

    def walk(nodes, parent_path="", parent_number=""):
        for n in nodes:
            path = section_path(parent_path, parent_number, n["number"])
            out.add(path)
            walk(n["children"], path, n["number"])

    walk(parts)
    return out


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def period(text: str) -> dict | None:
    """What a time as written means (the forms this corpus uses), or None when blank."""
    t = text.strip().rstrip(".;,")
    if not t:
        return None
    low = t.lower()
    if low in ("hằng năm", "hàng năm", "mỗi năm"):
        return {"kind": "annual"}
    if low in ("thường xuyên", "liên tục"):
        return {"kind": "open"}
    if low.startswith("theo chỉ đạo"):
        return {"kind": "as_directed"}
    if m := re.fullmatch(r"quý (IV|III|II|I)\s*/\s*(\d{4})", t, re.IGNORECASE):
        return {"kind": "quarter", "year": int(m[2]), "quarter": _ROMAN[m[1].upper()]}
    if m := re.fullmatch(r"tháng (\d{1,2})\s*/\s*(\d{4})", t, re.IGNORECASE):
        return {"kind": "month", "year": int(m[2]), "month": int(m[1])}
    if m := re.fullmatch(r"(?:trước )?(?:ngày )?(\d{1,2})/(\d{1,2})/(\d{4})", t, re.IGNORECASE):
        return {"kind": "date", "date": f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"}
    if m := re.fullmatch(r"(?:năm )?(\d{4})", t, re.IGNORECASE):
        return {"kind": "year", "year": int(m[1])}
    raise ValueError(f"no period for {text!r}")


def task(number: int, name, lead, partners, start, end, resources="", **over) -> dict:
    """A gold key task; the periods are read from start/end unless given in ``over``."""
    start, end = flat(start), flat(end)
    out = {
        "number": number,
        "name": flat(name),
        "lead": flat(lead),
        "partners": flat(partners),
        "start": flat(start),
        "start_period": over.pop("start_period") if "start_period" in over else period(start),
        "end": flat(end),
        "end_period": over.pop("end_period") if "end_period" in over else period(end),
        "resources": flat(resources),
    }
    if over:
        raise ValueError(f"unknown task fields {over}")
    return out


def target(where, indicator, value, unit, comparison=">=", year=None, recurrence=None) -> dict:
    return {
        "where": where,
        "indicator": indicator,
        "value": value,
        "unit": unit,
        "comparison": comparison,
        "year": year,
        "recurrence": recurrence,
    }


def gold(
    *,
    source,
    note,
    issuer,
    number,
    date,
    term,
    signed_by,
    recipients,
    blocks,
    key_tasks,
    targets,
    value_text=None,
) -> dict:
    """The gold file, checked against the document description."""
    parts, texts = outline(blocks)
    paths = all_paths(parts)
    numbers = [t["number"] for t in key_tasks]
    if numbers != list(range(1, len(numbers) + 1)):
        raise ValueError(f"{source}: key tasks must be numbered 1..n, got {numbers}")
    for t in targets:
        where = t["where"]
        if where.startswith("appendix:"):
            if int(where.split(":")[1]) not in numbers:
                raise ValueError(f"{source}: target at {where}: no such key task")
            continue
        if where not in paths:
            raise ValueError(f"{source}: target at {where}: no such section")
        shown = (value_text or {}).get((where, t["indicator"])) or _number_text(t["value"])
        if shown not in texts[where]:
            raise ValueError(f"{source}: {shown!r} is not written at {where}")
    return {
        "format": FORMAT,
        "_note": f"{COUNT_NOTE} {note}",
        "source": source,
        "issuer": issuer,
        "number": number,
        "date": date,
        "term": {"start": term[0], "end": term[1]},
        "signed_by": dict(zip(("on_behalf_of", "role", "name"), signed_by, strict=True)),
        "recipients_count": len(recipients),
        "parts": parts,
        "key_tasks": key_tasks,
        "targets": targets,
    }


def _number_text(value) -> str:
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    if value >= 1000:
        return f"{value:,}".replace(",", ".")
    return str(value)


def write_gold(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def validate_gold(data: dict) -> None:
    """Load the gold file with the app's own reader when it is importable (counts -> lists)."""
    try:
        from hanhdong.programs.formats import read_program
    except ImportError:
        return

    def expand(nodes):
        out = []
        for n in nodes:
            n = dict(n)
            n["items"] = ["x"] * n.get("items", 0)
            n["children"] = expand(n["children"])
            out.append(n)
        return out

    doc = dict(data)
    doc["parts"] = expand(data["parts"])
    doc["recipients"] = ["x"] * data["recipients_count"]
    read_program(doc)


# -- plain text -------------------------------------------------------------------------------
def block_lines(block: Block) -> str:
    """The text of a block as one paragraph (the printed number or bullet included)."""
    if block.kind == "node":
        return block.label
    if block.kind in ("item", "sub"):
        return f"{block.marker} {block.text}"
    return block.text


def wrap(text: str, width: int, indent: str = "", subsequent: str = "") -> list[str]:
    out = []
    for i, piece in enumerate(text.split("\n")):
        out += textwrap.wrap(
            piece,
            width=width,
            initial_indent=indent if i == 0 else subsequent,
            subsequent_indent=subsequent,
            break_long_words=False,
            break_on_hyphens=False,
        ) or [""]
    return out


def justify(line: str, width: int, rng) -> str:
    """Spread a wrapped line to ``width`` with extra spaces, as pdftotext -layout shows it."""
    lead = len(line) - len(line.lstrip(" "))
    words = line.strip().split(" ")
    gaps = len(words) - 1
    missing = width - len(line)
    if gaps < 1 or missing <= 0:
        return line
    extra = [0] * gaps
    for _ in range(missing):
        extra[rng.randrange(gaps)] += 1
    out = words[0]
    for w, e in zip(words[1:], extra, strict=True):
        out += " " * (1 + e) + w
    return " " * lead + out


# -- Word ------------------------------------------------------------------------------------
def set_font(run, size=None, bold=None, italic=None, underline=None) -> None:
    run.font.name = FONT
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic
    if underline is not None:
        run.underline = underline


def new_document(size=14, after=6, line=1.15, margins=(2.0, 2.0, 3.0, 1.5)) -> Document:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(size)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(after)
    normal.paragraph_format.line_spacing = line
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    top, bottom, left, right = margins
    section.top_margin, section.bottom_margin = Cm(top), Cm(bottom)
    section.left_margin, section.right_margin = Cm(left), Cm(right)
    return doc


def paragraph(
    doc_or_cell,
    text="",
    *,
    size=None,
    bold=None,
    italic=None,
    align=None,
    first_line=None,
    left=None,
    after=None,
    before=None,
    keep_next=None,
):
    """A paragraph; ``text`` may be a list of (text, {bold, italic, ...}) runs; "\n" is a
    manual line break."""
    p = doc_or_cell.add_paragraph()
    runs = text if isinstance(text, list) else [(text, {})]
    for chunk, fmt in runs:
        pieces = chunk.split("\n")
        for i, piece in enumerate(pieces):
            run = p.add_run(piece)
            set_font(
                run,
                fmt.get("size", size),
                fmt.get("bold", bold),
                fmt.get("italic", italic),
                fmt.get("underline"),
            )
            if i < len(pieces) - 1:
                run.add_break()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_line is not None:
        pf.first_line_indent = Cm(first_line)
    if left is not None:
        pf.left_indent = Cm(left)
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if keep_next is not None:
        pf.keep_with_next = keep_next
    return p


def cell_text(cell, text, *, size=12, bold=None, italic=None, align=None, after=0):
    """Fill a table cell: "\n\n" separates paragraphs, "\n" is a line break inside one."""
    first = True
    for chunk in text.split("\n\n"):
        if first:
            p = cell.paragraphs[0]
            pieces = chunk.split("\n")
            for i, piece in enumerate(pieces):
                run = p.add_run(piece)
                set_font(run, size, bold, italic)
                if i < len(pieces) - 1:
                    run.add_break()
            if align is not None:
                p.alignment = align
            p.paragraph_format.space_after = Pt(after)
            first = False
        else:
            paragraph(cell, chunk, size=size, bold=bold, italic=italic, align=align, after=after)


def page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def page_numbers_top(section) -> None:
    """Page number at the top centre from page 2 on."""
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    fonts = OxmlElement("w:rFonts")
    for attr in ("w:ascii", "w:hAnsi"):
        fonts.set(qn(attr), FONT)
    rpr.append(fonts)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = "2"
    run.append(t)
    fld.append(run)
    p._p.append(fld)


def landscape_section(doc):
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin, section.right_margin = Cm(2.0), Cm(1.5)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(1.5)
    return section


def set_widths(table, widths_cm) -> None:
    table.autofit = False
    grid = table._tbl.tblGrid
    for col, w in zip(grid.gridCol_lst, widths_cm, strict=True):
        col.w = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm, strict=False):
            cell.width = Cm(w)


def row_flag(row, tag: str, value: str | None = None) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement(tag)
    if value is not None:
        el.set(qn("w:val"), value)
    trpr.append(el)


def no_borders(table) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def grid_borders(table) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblpr.append(borders)


def layout_table(doc, left: list, right: list, widths=(7.0, 9.5), size=13):
    """A borderless two-column table; each side is a list of (text, {fmt}) lines."""
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(table)
    set_widths(table, list(widths))
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        for i, (text, fmt) in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            p.alignment = fmt.get("align", WD_ALIGN_PARAGRAPH.CENTER)
            run = p.add_run(text)
            set_font(run, fmt.get("size", size), fmt.get("bold"), fmt.get("italic"))
            if fmt.get("underline"):
                run.underline = True
    return table


def save_docx(doc, path: Path, author: str, title: str) -> Path:
    """Save with fixed metadata and zip timestamps, so the bytes do not change between runs."""
    core = doc.core_properties
    core.author, core.last_modified_by, core.title = author, author, title
    import datetime as dt

    stamp = dt.datetime(2025, 12, 1, 8, 0, 0, tzinfo=dt.UTC)
    core.created = core.modified = stamp
    core.revision = 1
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.docx"
        doc.save(raw)
        with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w") as dst:
            for info in src.infolist():
                fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 1, 8, 0, 0))
                fixed.compress_type = zipfile.ZIP_DEFLATED
                dst.writestr(fixed, src.read(info.filename))
    return path


def to_pdf(docx_path: Path, out_dir: Path) -> Path | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print(f"soffice not found: {docx_path.stem}.pdf not made", file=sys.stderr)
        return None
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless"]
        cmd += ["--convert-to", "pdf", "--outdir", tmp, str(docx_path)]
        subprocess.run(cmd, check=True, capture_output=True)
        target = out_dir / (docx_path.stem + ".pdf")
        shutil.move(Path(tmp) / (docx_path.stem + ".pdf"), target)
    return target


def add_blocks_docx(doc, blocks: list[Block], styles: dict) -> None:
    """Write blocks as typed text (numbers and bullets are part of the paragraph text).

    ``styles`` maps a node level (or "para", "item", "sub") to paragraph options
    ({"bold", "italic", "align", "first_line", "upper"}).
    """
    for block in blocks:
        key = block.level if block.kind == "node" else block.kind
        opts = dict(styles.get(key, {}))
        opts.update(block.opts.get("docx", {}))
        text = block_lines(block)
        if block.kind == "node" and block.opts.get("para_node"):
            # a numbered paragraph: only its number is bold
            number, _, rest = text.partition(" ")
            runs = [(number + " ", {"bold": True}), (rest, {})]
            paragraph(doc, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_line=1.0)
            continue
        paragraph(
            doc,
            text,
            bold=opts.get("bold"),
            italic=opts.get("italic"),
            align=opts.get("align", WD_ALIGN_PARAGRAPH.JUSTIFY),
            first_line=opts.get("first_line", 1.0),
            keep_next=True if block.kind == "node" else None,
        )
