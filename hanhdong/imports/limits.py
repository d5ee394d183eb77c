"""What a program document may hold for the columns it is saved into: a text too long for
its column is cut (and the clerk warned), a number out of range or an outline too deep
refuses the document, so that saving a draft never fails in the database."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from hanhdong.imports.parse.document import DocumentError
from hanhdong.programs.formats import section_path
from hanhdong.programs.models import KeyTask, Program, Section
from hanhdong.targets.models import Target

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
