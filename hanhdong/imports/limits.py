"""The limits of the importer, in two kinds.

What a file may be: its size, pages, paragraphs, lines, nesting, and how much it may unpack
to. These are checked before the costly work, so that any file, however made, ends within
seconds and a few hundred megabytes, in a result or a message saying where it went wrong.
A real program has a few dozen pages; each limit is some ten times what one needs.

What a program document may hold for the columns it is saved into: a text too long for its
column is cut (and the clerk warned), a number out of range or an outline too deep refuses
the document, so that saving a draft never fails in the database.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from hanhdong.imports.parse.document import DocumentError
from hanhdong.programs.formats import section_path
from hanhdong.programs.models import KeyTask, Program, Section
from hanhdong.targets.models import Target

MB = 1024 * 1024
# -- what a file may be ------------------------------------------------------------------------
MAX_BYTES = 20 * MB  # the file as uploaded
MAX_PAGES = 1_000  # of a PDF, counted from its page tree before any page is read
MAX_PARAGRAPHS = 20_000  # of a Word file, counted in its XML before it is parsed
MAX_CELLS = 20_000  # table cells of a Word file, likewise
MAX_COLUMNS = 64  # grid columns a row of a Word table may cover
MAX_LINES = 60_000  # of a text file
MAX_LINE = 100_000  # characters on one line of a text file
MAX_JSON_BYTES = 5 * MB  # a program as JSON is some 100 KB
MAX_JSON_DEPTH = 64  # a program nests a dozen levels at most
MAX_PARTS = 1_000  # members of a Word file's zip package
MAX_XML_PART = 16 * MB  # what one XML part of a Word file may unpack to
MAX_UNPACKED = 64 * MB  # what a whole Word file may unpack to
MAX_STREAM = 16 * MB  # what one stream of a PDF may unpack to
MAX_PDF_UNPACKED = 96 * MB  # what all the streams of a PDF may unpack to
# drawing instructions a PDF may run (a page runs some 10 KB), each form each time it is drawn
# and counted as at least FORM_COST: pdfminer runs some 400 KB a second
MAX_PAGE_CONTENT = 1 * MB
MAX_PDF_CONTENT = 8 * MB
FORM_COST = 2048
MAX_PAGE_GLYPHS = 20_000  # characters on one PDF page (a dense page holds some 3,000)
MAX_PDF_GLYPHS = 400_000  # characters in a whole PDF (a 130-page program holds 250,000)
MAX_PAGE_PATHS = 5_000  # lines and boxes on one PDF page kept to find tables


def shown(n: int) -> str:
    """A limit as the messages print it: 20.000."""
    return f"{n:,}".replace(",", ".")


# -- what a program document may hold ----------------------------------------------------------
MAX_DEPTH = 8  # I → 1 → 1.1 → (1) → a → …: deeper than this is not an outline
MAX_TASK_NUMBER = 10_000
YEARS = (1900, 2200)
# the integer digits a target's value may have (its column: 18 digits, 4 of them decimals)
MAX_VALUE = Decimal(10) ** (Target._meta.get_field("value").max_digits - 4)


def _limit(model, name: str) -> int:
    return model._meta.get_field(name).max_length


def _texts(data: dict):
    """(where, holder, key, limit) for every text bound for a column of limited length."""
    yield "$.issuer", data, "issuer", _limit(Program, "issuer_name")
    yield "$.source", data, "source", _limit(Program, "source_name")
    signed = data.get("signed_by")
    if isinstance(signed, dict):
        for key, column in (
            ("on_behalf_of", "signed_on_behalf_of"),
            ("role", "signer_role"),
            ("name", "signer_name"),
        ):
            yield f"$.signed_by.{key}", signed, key, _limit(Program, column)
    for index, task in enumerate(_list(data, "key_tasks")):
        if isinstance(task, dict):
            where = f"$.key_tasks[{index}]"
            yield f"{where}.lead", task, "lead", _limit(KeyTask, "lead_text")
            yield f"{where}.start", task, "start", _limit(KeyTask, "start_text")
            yield f"{where}.end", task, "end", _limit(KeyTask, "end_text")
    for index, target in enumerate(_list(data, "targets")):
        if isinstance(target, dict):
            yield f"$.targets[{index}].unit", target, "unit", _limit(Target, "unit")


def _list(data: dict, key: str) -> list:
    value = data.get(key)
    return value if isinstance(value, list) else []


def fit(data: dict, warnings: list[str]) -> None:
    """Make ``data`` fit the columns it is saved into, in place: over-long texts are cut,
    with a warning; raises DocumentError naming the place of what cannot be cut."""
    for where, holder, key, limit in _texts(data):
        value = holder.get(key)
        if isinstance(value, str) and len(value) > limit:
            holder[key] = value[:limit].rstrip()
            warnings.append(
                _("%(where)s: the text was longer than %(n)s characters and was cut")
                % {"where": where, "n": limit}
            )
    term = data.get("term")
    if isinstance(term, dict):
        for key in ("start", "end"):
            _year(term.get(key), f"$.term.{key}")
    for index, task in enumerate(_list(data, "key_tasks")):
        number = task.get("number") if isinstance(task, dict) else None
        if isinstance(number, int) and not 1 <= number <= MAX_TASK_NUMBER:
            raise DocumentError(
                f"$.key_tasks[{index}].number",
                _("a key task is numbered from 1 to %(n)s") % {"n": MAX_TASK_NUMBER},
            )
    for index, target in enumerate(_list(data, "targets")):
        if not isinstance(target, dict):
            continue
        where = f"$.targets[{index}]"
        for key in ("year", "baseline_year"):
            _year(target.get(key), f"{where}.{key}")
        for key in ("value", "baseline_value"):
            _value(target.get(key), f"{where}.{key}")
        if isinstance(target.get("where"), str) and len(target["where"]) > _limit(Target, "where"):
            raise DocumentError(f"{where}.where", _("no section has so long an address"))
    _outline(_list(data, "parts"))


def _year(value, where: str) -> None:
    is_year = isinstance(value, int) and not isinstance(value, bool)
    if is_year and not YEARS[0] <= value <= YEARS[1]:
        raise DocumentError(where, _("the year %(y)s is not a year of a program") % {"y": value})


def _value(value, where: str) -> None:
    if value is None or isinstance(value, bool) or not isinstance(value, int | float | str):
        return  # not a number at all: the format's own check names it
    try:
        number = Decimal(str(value).replace(",", "."))
    except InvalidOperation:
        return
    if number.is_finite() and abs(number) < MAX_VALUE:
        return
    raise DocumentError(where, _("the number is too large for a target"))


def _outline(parts: list) -> None:
    """Every section within MAX_DEPTH levels, its number and address short enough."""
    number_limit, path_limit = _limit(Section, "number"), _limit(Section, "path")
    stack = [(node, f"$.parts[{i}]", "", "", 1) for i, node in enumerate(parts)]
    while stack:
        node, where, parent_path, parent_number, depth = stack.pop()
        if not isinstance(node, dict):
            continue
        if depth > MAX_DEPTH:
            raise DocumentError(
                where, _("the outline is deeper than %(n)s levels") % {"n": MAX_DEPTH}
            )
        number = node.get("number")
        if not isinstance(number, str):
            continue  # the format's own check names it
        number = number.strip()
        path = section_path(parent_path, parent_number, number)
        if len(number) > number_limit:
            raise DocumentError(
                f"{where}.number",
                _("a section number is at most %(n)s characters") % {"n": number_limit},
            )
        if len(path) > path_limit:
            raise DocumentError(
                f"{where}.number",
                _("a section's address (such as II.1.9) is at most %(n)s characters")
                % {"n": path_limit},
            )
        children = node.get("children")
        if isinstance(children, list):
            stack.extend(
                (child, f"{where}.children[{i}]", path, number, depth + 1)
                for i, child in enumerate(children)
            )
