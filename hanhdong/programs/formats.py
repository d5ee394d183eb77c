"""The ``hanhdong.program/1`` JSON format: reading it into plain values and writing it back.

``docs/program-format.md`` describes the format. Reading validates everything before the
caller writes a row, so a bad document never leaves half a program behind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from hanhdong.lib import periods

FORMAT = "hanhdong.program/1"
COMPARISONS = {">=", "<=", "=", ">", "<"}


class ProgramFormatError(ValueError):
    """A document that does not fit the format; ``where`` names the place (JSON path)."""

    def __init__(self, where: str, message: str):
        self.where = where
        self.message = message
        super().__init__(f"{where}: {message}")


@dataclass
class SectionData:
    number: str
    title: str
    path: str
    body: str = ""
    items: list[str] = field(default_factory=list)
    children: list[SectionData] = field(default_factory=list)

    def walk(self, depth=0):
        yield self, depth
        for child in self.children:
            yield from child.walk(depth + 1)


@dataclass
class KeyTaskData:
    number: int
    name: str
    lead: str
    partners: str
    start: str
    start_period: periods.Period | None
    end: str
    end_period: periods.Period | None
    resources: str
    sections: list[str] = field(default_factory=list)


@dataclass
class TargetData:
    indicator: str
    value: Decimal
    unit: str
    comparison: str
    year: int | None
    recurrence: str | None
    where: str
    baseline_value: Decimal | None = None
    baseline_year: int | None = None
    key_task: int | None = None  # the key task that carries it out, when not "appendix:N"


@dataclass
class ProgramData:
    title: str
    issuer: str
    number: str
    term_start: int
    term_end: int
    issued_on: str | None
    signed_by: dict
    recipients: list[str]
    parts: list[SectionData]
    key_tasks: list[KeyTaskData]
    targets: list[TargetData]
    source: str = ""


def _text(obj: dict, key: str, where: str, required=False) -> str:
    value = obj.get(key)
    if value is None:
        if required:
            raise ProgramFormatError(where, f"'{key}' is missing")
        return ""
    if not isinstance(value, str):
        raise ProgramFormatError(f"{where}.{key}", "must be text")
    value = value.strip()
    if required and not value:
        raise ProgramFormatError(f"{where}.{key}", "must not be empty")
    return value


def _int(value, where: str, allow_none=True) -> int | None:
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProgramFormatError(where, "must be a whole number")
    return value


def _decimal(value, where: str) -> Decimal:
    if isinstance(value, bool):
        raise ProgramFormatError(where, "must be a number")
    try:
        return Decimal(str(value).replace(",", "."))
    except InvalidOperation:
        raise ProgramFormatError(where, "must be a number") from None


def _period(obj: dict, key: str, where: str) -> periods.Period | None:
    """A period from its JSON object, or failing that from the document's words."""
    value = obj.get(f"{key}_period")
    try:
        if isinstance(value, dict):
            return periods.Period.from_dict(value)
        if value is not None:
            raise ProgramFormatError(f"{where}.{key}_period", "must be an object or null")
        if f"{key}_period" in obj:
            return None
        return periods.parse(obj.get(key) or "")
    except periods.PeriodError as exc:
        raise ProgramFormatError(f"{where}.{key}_period", str(exc)) from None


def section_path(parent_path: str, parent_number: str, number: str) -> str:
    """A node's address: "II" + "1" -> "II.1"; "II.1" + "1.9" -> "II.1.9" (not "II.1.1.9")."""
    if not parent_path:
        return number
    if parent_number and number.startswith(parent_number + "."):
        grand = parent_path[: -len(parent_number)].rstrip(".")
        return f"{grand}.{number}" if grand else number
    return f"{parent_path}.{number}"


def _section(obj, where: str, parent_path: str, parent_number: str = "") -> SectionData:
    if not isinstance(obj, dict):
        raise ProgramFormatError(where, "must be an object")
    number = _text(obj, "number", where, required=True)
    items = obj.get("items") or []
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise ProgramFormatError(f"{where}.items", "must be a list of texts")
    path = section_path(parent_path, parent_number, number)
    children = obj.get("children") or []
    if not isinstance(children, list):
        raise ProgramFormatError(f"{where}.children", "must be a list")
    section = SectionData(
        number=number,
        title=_text(obj, "title", where),
        body=_text(obj, "body", where),
        path=path,
        items=[i.strip() for i in items if i.strip()],
        children=[
            _section(child, f"{where}.children[{i}]", path, number)
            for i, child in enumerate(children)
        ],
    )
    seen = set()
    for child in section.children:
        if child.number in seen:
            raise ProgramFormatError(where, f"two sections are numbered {child.number!r}")
        seen.add(child.number)
    return section


def _key_task(obj, where: str) -> KeyTaskData:
    if not isinstance(obj, dict):
        raise ProgramFormatError(where, "must be an object")
    sections = obj.get("sections") or []
    if not isinstance(sections, list) or not all(isinstance(s, str) for s in sections):
        raise ProgramFormatError(f"{where}.sections", "must be a list of section paths")
    return KeyTaskData(
        number=_int(obj.get("number"), f"{where}.number", allow_none=False),
        name=_text(obj, "name", where, required=True),
        lead=_text(obj, "lead", where),
        partners=_text(obj, "partners", where),
        start=_text(obj, "start", where),
        start_period=_period(obj, "start", where),
        end=_text(obj, "end", where),
        end_period=_period(obj, "end", where),
        resources=_text(obj, "resources", where),
        sections=sections,
    )


def _target(obj, where: str) -> TargetData:
    if not isinstance(obj, dict):
        raise ProgramFormatError(where, "must be an object")
    comparison = obj.get("comparison") or ">="
    if comparison not in COMPARISONS:
        raise ProgramFormatError(f"{where}.comparison", f"must be one of {sorted(COMPARISONS)}")
    recurrence = obj.get("recurrence")
    if recurrence not in (None, "annual"):
        raise ProgramFormatError(f"{where}.recurrence", "must be 'annual' or null")
    if "value" not in obj:
        raise ProgramFormatError(where, "'value' is missing")
    baseline = obj.get("baseline_value")
    return TargetData(
        indicator=_text(obj, "indicator", where, required=True),
        value=_decimal(obj["value"], f"{where}.value"),
        unit=_text(obj, "unit", where),
        comparison=comparison,
        year=_int(obj.get("year"), f"{where}.year"),
        recurrence=recurrence,
        where=_text(obj, "where", where),
        baseline_value=None if baseline is None else _decimal(baseline, f"{where}.baseline_value"),
        baseline_year=_int(obj.get("baseline_year"), f"{where}.baseline_year"),
        key_task=_int(obj.get("key_task"), f"{where}.key_task"),
    )


def read_program(data) -> ProgramData:
    """Validate a ``hanhdong.program/1`` document and return it as plain values."""
    if not isinstance(data, dict):
        raise ProgramFormatError("$", "a program document is a JSON object")
    if data.get("format") != FORMAT:
        raise ProgramFormatError("$.format", f"must be {FORMAT!r}")
    term = data.get("term") or {}
    if not isinstance(term, dict):
        raise ProgramFormatError("$.term", "must be an object with start and end")
    term_start = _int(term.get("start"), "$.term.start", allow_none=False)
    term_end = _int(term.get("end"), "$.term.end", allow_none=False)
    if term_end < term_start:
        raise ProgramFormatError("$.term", "ends before it starts")
    for key in ("parts", "key_tasks", "targets"):
        if not isinstance(data.get(key, []), list):
            raise ProgramFormatError(f"$.{key}", "must be a list")
    parts = [_section(p, f"$.parts[{i}]", "") for i, p in enumerate(data.get("parts", []))]
    key_tasks = [_key_task(t, f"$.key_tasks[{i}]") for i, t in enumerate(data.get("key_tasks", []))]
    numbers = [t.number for t in key_tasks]
    if len(numbers) != len(set(numbers)):
        raise ProgramFormatError("$.key_tasks", "two key tasks share a number")
    paths = {s.path for part in parts for s, _ in part.walk()}
    for i, task in enumerate(key_tasks):
        for path in task.sections:
            if path not in paths:
                raise ProgramFormatError(f"$.key_tasks[{i}].sections", f"no section {path!r}")
    signed_by = data.get("signed_by") or {}
    recipients = data.get("recipients") or []
    if not isinstance(recipients, list):
        raise ProgramFormatError("$.recipients", "must be a list of texts")
    return ProgramData(
        title=_text(data, "title", "$") or "Chương trình hành động",
        issuer=_text(data, "issuer", "$"),
        number=_text(data, "number", "$"),
        term_start=term_start,
        term_end=term_end,
        issued_on=data.get("date") or None,
        signed_by=signed_by if isinstance(signed_by, dict) else {},
        recipients=[str(r) for r in recipients],
        parts=parts,
        key_tasks=key_tasks,
        targets=[_target(t, f"$.targets[{i}]") for i, t in enumerate(data.get("targets", []))],
        source=_text(data, "source", "$"),
    )


def _number(value: Decimal | None):
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def program_to_data(program, *, withdrawn: bool = False) -> dict:
    """Write a stored program back as a ``hanhdong.program/1`` document: the key tasks and
    targets in force. With ``withdrawn``, for matching a revision against the rows: each
    key task and target carries its row's ``id``, and those earlier revisions dropped come
    too, marked ``"withdrawn": true``."""
    sections = list(program.sections.prefetch_related("items").order_by("depth", "position"))
    children: dict[int | None, list] = {}
    for section in sections:
        children.setdefault(section.parent_id, []).append(section)

    def node(section):
        return {
            "number": section.number,
            "title": section.title,
            **({"body": section.body} if section.body else {}),
            "items": [item.text for item in section.items.all()],
            "children": [node(c) for c in children.get(section.id, [])],
        }

    def row(obj, written: dict) -> dict:
        if withdrawn:
            written["id"] = obj.pk
            if obj.is_withdrawn:
                written["withdrawn"] = True
        return written

    tasks = program.key_tasks.prefetch_related("sections").order_by("is_withdrawn", "number")
    targets = program.targets.select_related("key_task").order_by("is_withdrawn", "position")
    if not withdrawn:
        tasks, targets = tasks.filter(is_withdrawn=False), targets.filter(is_withdrawn=False)
    return {
        "format": FORMAT,
        "source": program.source_name,
        "issuer": program.issuer_name,
        "number": program.number,
        "title": program.title,
        "date": program.issued_on.isoformat() if program.issued_on else None,
        "term": {"start": program.term_start, "end": program.term_end},
        "signed_by": {
            "on_behalf_of": program.signed_on_behalf_of,
            "role": program.signer_role,
            "name": program.signer_name,
        },
        "recipients": program.recipients,
        "parts": [node(s) for s in children.get(None, [])],
        "key_tasks": [
            row(
                t,
                {
                    "number": t.number,
                    "name": t.name,
                    "lead": t.lead_text,
                    "partners": t.partners_text,
                    "start": t.start_text,
                    "start_period": t.start_period,
                    "end": t.end_text,
                    "end_period": t.end_period,
                    "resources": t.resources,
                    "sections": [s.path for s in t.sections.all()],
                },
            )
            for t in tasks
        ],
        "targets": [
            row(
                t,
                {
                    "where": t.where,
                    "indicator": t.indicator,
                    "value": _number(t.value),
                    "unit": t.unit,
                    "comparison": t.comparison,
                    "year": t.year,
                    "recurrence": t.recurrence or None,
                    **(
                        {
                            "baseline_value": _number(t.baseline_value),
                            "baseline_year": t.baseline_year,
                        }
                        if t.baseline_value is not None
                        else {}
                    ),
                    **({"key_task": t.key_task.number} if _carried_out_by(t) is not None else {}),
                },
            )
            for t in targets
        ],
    }


def _carried_out_by(target):
    """The key task a target names apart from its place (not withdrawn, not the appendix
    row it is stated in)."""
    task = target.key_task
    if task is None or task.is_withdrawn or target.where == f"appendix:{task.number}":
        return None
    return task


def data_to_dict(doc: ProgramData) -> dict:
    """A ProgramData back as a dictionary (what ``diff_programs`` compares)."""

    def node(section):
        return {
            "number": section.number,
            "title": section.title,
            "items": section.items,
            "children": [node(c) for c in section.children],
        }

    return {
        "parts": [node(p) for p in doc.parts],
        "key_tasks": [
            {
                "number": t.number,
                "name": t.name,
                "lead": t.lead,
                "partners": t.partners,
                "start": t.start,
                "end": t.end,
                "resources": t.resources,
                "sections": t.sections,
            }
            for t in doc.key_tasks
        ],
        "targets": [
            {
                "where": t.where,
                "indicator": t.indicator,
                "value": _number(t.value),
                "unit": t.unit,
                "comparison": t.comparison,
                "year": t.year,
                "recurrence": t.recurrence,
                **({"key_task": t.key_task} if t.key_task is not None else {}),
            }
            for t in doc.targets
        ],
    }
