"""Reads of citizens' feedback: objects by id (for ``orgs.access``), the staff list, the
handling page, and the routing model of a program."""

from __future__ import annotations

import functools
import hashlib
import time
from collections import OrderedDict

from django.db import connections, router
from django.utils import timezone
from django.utils.translation import gettext as _

from hanhdong.feedback.models import (
    OPEN_STATES,
    PUBLISHABLE,
    Feedback,
    FeedbackAttachment,
    FeedbackEvent,
    Kind,
    Open311Key,
    State,
)
from hanhdong.feedback.routing import Base, Router
from hanhdong.feedback.services import public_view
from hanhdong.feedback.triage import GENERAL, group, triage
from hanhdong.lib.text import fold, mask_personal
from hanhdong.orgs.access import finder
from hanhdong.orgs.matching import match_organization
from hanhdong.orgs.models import Organization, OrgKind
from hanhdong.programs.formats import program_to_data
from hanhdong.programs.models import Program


@finder("feedback")
def feedback_by_id(pk: int) -> Feedback | None:
    return (
        Feedback.objects.select_related("commune", "agency", "key_task", "primary")
        .filter(pk=pk)
        .first()
    )


@finder("feedback_file")
def feedback_file_by_id(pk: int) -> FeedbackAttachment | None:
    return FeedbackAttachment.objects.filter(pk=pk).first()


@finder("open311_key")
def open311_key_by_id(pk: int) -> Open311Key | None:
    return Open311Key.objects.filter(pk=pk).first()


def public_items(commune):
    """What anyone may read of the commune's submissions — the public list and Open311
    alike: those the Party Office published, the latest first."""
    return (
        Feedback.objects.public()
        .filter(commune=commune)
        .select_related("agency")
        .order_by("-published_at", "-pk")
    )


def staff_items(commune, reach, *, state="", area="", task="", overdue=False):
    """The commune's submissions a member of staff sees (an agency: those assigned to it),
    filtered as the staff list asks."""
    items = Feedback.objects.filter(commune=commune).select_related("agency")
    if not reach.sees_all_feedback(commune.pk):
        items = items.filter(agency_id__in=reach.agency_ids)
    if state in State.values:
        items = items.filter(state=state)
    if area == "-":  # not tied to an area of the program yet
        items = items.filter(area_path="")
    elif area:
        items = items.filter(area_path=area)
    if task.isdigit() and len(task) < 19:
        items = items.filter(key_task_id=int(task))
    if overdue:
        items = items.still_open().filter(deadline__lt=timezone.localdate())
    return items


LISTED_WHOLE = 60  # communes listed without a search; past that, a citizen types a name
SEARCH_SHOWN = 50


def public_communes(query: str) -> dict:
    """The communes a citizen may send feedback to: every one, by city, while there are few
    (``LISTED_WHOLE``); else those whose name (or city's) has a word beginning with each
    word of ``query`` (diacritics and case aside), at most ``SEARCH_SHOWN``."""
    rows = list(
        Organization.objects.filter(kind=OrgKind.COMMUNE, is_active=True)
        .order_by("parent__name", "name")
        .values_list("code", "name", "parent__name")
    )
    if not query and len(rows) <= LISTED_WHOLE:
        chosen = rows
    elif query:
        words = fold(query).split()
        chosen = [r for r in rows if _named(words, fold(f"{r[1]} {r[2] or ''}").split())]
    else:
        chosen = []
    groups: dict[str, list] = {}
    for code, name, city in chosen[:SEARCH_SHOWN] if query else chosen:
        groups.setdefault(city or "", []).append({"code": code, "name": name})
    return {
        "groups": list(groups.items()),
        "total": len(rows),
        "matches": len(chosen),
        "searchable": len(rows) > LISTED_WHOLE or bool(query),
        "limit": SEARCH_SHOWN,
    }


def _named(words: list[str], name: list[str]) -> bool:
    return all(any(part.startswith(word) for part in name) for word in words)


def shown_titles(items, reach) -> list:
    """``items`` with ``shown_title``: masked for whoever may not know its sender, and a
    denunciation's for everyone — the list is not logged as a look; opening the item is,
    and shows what the user may see."""
    items = list(items)
    for item in items:
        unmasked = not item.is_denunciation and reach.may_see_identity(item)
        item.shown_title = item.title if unmasked else mask_personal(item.title)
    return items


# the steps of the handling: who takes them (``route``: the Party Office; ``answer``: the
# handling agency or the Party Office), from which states, and what they ask for (fields
# of ActionForm); the services check the states again
STEPS = {
    "accept": ("route", {State.RECEIVED}, []),
    "reject": ("route", {State.RECEIVED}, ["note"]),
    "assign": ("route", {State.ACCEPTED, State.ASSIGNED, State.IN_PROGRESS}, ["agency", "note"]),
    "extend": ("route", {State.ASSIGNED, State.IN_PROGRESS}, ["days", "note"]),
    "start": ("answer", {State.ASSIGNED}, []),
    "answer": ("answer", {State.ASSIGNED, State.IN_PROGRESS}, ["answer", "note"]),
    "close": ("route", {State.ANSWERED}, []),
    "publish": ("route", PUBLISHABLE, []),
    "unpublish": ("route", PUBLISHABLE, []),
}
PUBLISHING = {"publish", "unpublish"}


def handling_page(feedback, reach) -> dict:
    """What the handling page of ``feedback`` shows the member of staff ``reach`` is: the
    steps they may take now, the program areas and units to choose from, the router's
    suggestion while the item has no area or agency, and — only for those who may know
    the submitter — their files."""
    may = {
        "route": reach.can_route_feedback(feedback.commune_id),
        "answer": reach.can_answer_feedback(feedback),
    }
    published = feedback.published_at is not None
    offered = {
        "publish": not feedback.is_denunciation and not published,
        "unpublish": published,
    }
    joined_to = feedback.primary  # handled there: no step of its own
    steps = [
        name
        for name, (who, states, _fields) in STEPS.items()
        if may[who] and feedback.state in states and offered.get(name, True) and not joined_to
    ]
    is_open = feedback.state in OPEN_STATES and not joined_to
    may_set_kind = is_open and reach.can_set_feedback_kind(feedback)
    may_join = reach.can_join_feedback(feedback)
    units = Organization.objects.in_commune(feedback.commune).filter(is_active=True)
    program = Program.objects.current_of(feedback.commune)
    areas = program.areas() if program else []
    suggestion = None
    if (
        (may["route"] or may["answer"])
        and program
        and not (feedback.area_path and feedback.agency_id)
    ):
        suggestion = _suggest(feedback, program, areas, list(units))
    identity = reach.may_see_identity(feedback)
    area = next((a for a in areas if a.path == feedback.area_path), None)
    # what the sender wrote may name them: masked for those who may not know who they are
    masked = not identity
    return {
        "steps": steps,
        "handling_steps": [name for name in steps if name not in PUBLISHING],
        "fields": {field for name in steps for field in STEPS[name][2]},
        "clerk": may["route"],
        "handler": may["answer"],
        "units": units,
        "program": program,
        "areas": areas,
        "suggestion": suggestion,
        "identity": identity,
        "attachments": list(feedback.attachments.all()) if identity else [],
        "has_files": identity or feedback.attachments.exists(),
        "area": f"{area.path}. {area.title}" if area else feedback.area_path,
        "events": feedback.history(),
        # what the public list and Open311 would show, for the clerk to read first
        "public_view": public_view(feedback) if PUBLISHING & set(steps) else None,
        "shown": public_view(feedback) if masked else _as_written(feedback),
        "may_set_kind": may_set_kind,
        "kind_suggestion": _kind_suggestion(feedback) if may_set_kind else None,
        "joined_to": joined_to,
        "may_join": may_join,
        "joined": list(feedback.joined.order_by("id")) if not joined_to else [],
        # while the clerk decides what to do with a new item (a few hundredths of a second)
        "duplicates": duplicates_of(feedback) if may_join and feedback.state in NEW else [],
    }


LOOKS_READ = 500  # the latest looks read for the handling page, grouped


def looks_of(feedback) -> list[dict]:
    """Who opened the item, the latest first: one line for one person's looks in a row on
    one day (the same kind of look), with how many and from when to when."""
    lines: list[dict] = []
    for look in feedback.looks.select_related("user")[:LOOKS_READ]:
        day = timezone.localtime(look.at).date()
        line = lines[-1] if lines else None
        if line and (line["user"].pk, line["identity"], line["day"]) == (
            look.user_id,
            look.identity,
            day,
        ):
            line["first"], line["count"] = look.at, line["count"] + 1
            continue
        lines.append(
            {
                "user": look.user,
                "identity": look.identity,
                "day": day,
                "first": look.at,
                "last": look.at,
                "count": 1,
            }
        )
    return lines


def _kind_suggestion(feedback) -> dict:
    """The kind the triage reads in the text, the reason in words, and the kind the clerk
    would set to follow it (``differs``: it is not the kind the item has)."""
    found = triage().suggest(f"{feedback.title}. {feedback.text}")
    differs = group(feedback.kind) != found.kind
    to = (Kind.REPORT if differs else feedback.kind) if found.kind == GENERAL else found.kind
    label = _("Report or proposal") if found.kind == GENERAL else Kind(found.kind).label
    return {
        "kind": found.kind,
        "label": label,
        "reason": found.reason,
        "differs": differs,
        "to": to,
    }


NEW = {State.RECEIVED, State.ACCEPTED}  # not yet assigned: where a duplicate is joined
DUPLICATE_CANDIDATES = 300  # the commune's latest open submissions compared
DUPLICATE_LIKENESS = 0.45  # the likeness of two texts from which they are shown side by side
SAME_PLACE, SAME_AREA = 0.1, 0.05  # what the same place, the same program area add


def duplicates_of(feedback, limit: int = 3) -> list:
    """The commune's open submissions most like ``feedback`` — the same problem in the same
    place, told in other words —, for the clerk to see beside it and maybe join: the
    likeness of their folded texts (character n-grams, TF-IDF, cosine), more for the same
    place and area. Denunciations are never compared. One query."""
    if feedback.is_denunciation:
        return []
    candidates = list(
        Feedback.objects.still_open()
        .filter(commune=feedback.commune_id, primary__isnull=True)
        .exclude(pk=feedback.pk)
        .exclude(kind=Kind.DENUNCIATION)
        .only("pk", "public_id", "title", "text", "place", "area_path", "state", "created_at")
        .order_by("-id")[:DUPLICATE_CANDIDATES]
    )
    if not candidates:
        return []
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [_matter(item) for item in [feedback, *candidates]]
    matrix = TfidfVectorizer(
        preprocessor=fold, analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True
    ).fit_transform(texts)
    likeness = (matrix[1:] @ matrix[0].T).toarray().ravel()
    place = fold(feedback.place)
    found = []
    for item, alike in zip(candidates, likeness, strict=True):
        score = float(alike)
        score += SAME_PLACE if place and fold(item.place) == place else 0.0
        score += SAME_AREA if feedback.area_path and item.area_path == feedback.area_path else 0.0
        if score >= DUPLICATE_LIKENESS:
            item.likeness = round(min(score, 1.0) * 100)
            found.append(item)
    return sorted(found, key=lambda item: -item.likeness)[:limit]


def _matter(item) -> str:
    return f"{item.title}. {item.text} {item.place}"


def _as_written(feedback) -> dict:
    return {k: getattr(feedback, k) for k in ("title", "text", "place", "answer")}


def _suggest(feedback, program, areas, units) -> dict:
    """The program areas and the commune's agencies the text resembles, for the clerk to
    confirm; the router also learns from the commune's submissions already tied to an area
    (and the agency each went to)."""
    confirmed = list(
        Feedback.objects.filter(commune=feedback.commune_id)
        .exclude(area_path="")
        .exclude(pk=feedback.pk)
        .order_by("-id")
        .values_list("title", "text", "area_path", "agency__name")[:500]
    )
    examples = [(f"{t}. {text}", path, agency or "") for t, text, path, agency in confirmed]
    found = router_for(program, examples).suggest(f"{feedback.title}. {feedback.text}", top=5)
    by_path = {area.path: area for area in areas}
    agencies = []
    for name in found["agencies"]:
        unit = match_organization(name, units)
        if unit is not None and unit not in agencies:
            agencies.append(unit)
    return {
        "areas": [by_path[p] for p in found["areas"][:3] if p in by_path],
        "agencies": agencies[:3],
    }


ROUTERS_KEPT = 16
ROUTER_SECONDS = 600  # a section retitled without a new revision is seen within this time
_bases: OrderedDict = OrderedDict()
_routers: OrderedDict = OrderedDict()


def _kept(cache: OrderedDict, key, build):
    """``cache[key]``, built again once ROUTER_SECONDS old; the ROUTERS_KEPT last used."""
    now = time.monotonic()
    hit = cache.get(key)
    if hit is not None and hit[0] > now:
        cache.move_to_end(key)
        return hit[1]
    value = build()
    cache[key] = (now + ROUTER_SECONDS, value)
    while len(cache) > ROUTERS_KEPT:
        cache.popitem(last=False)
    return value


def router_for(program: Program, examples: list[tuple[str, str, str]]) -> Router:
    """The routing model of ``program`` with ``examples``, kept per process: what it learns
    from the program and the shipped submissions (about a second's work) once per program
    revision, and the classifier refitted with the commune's own routed submissions (a few
    tenths of a second) only when they change."""
    base = _kept(_bases, (program.pk, program.revision), lambda: Base(program_to_data(program)))
    digest = hashlib.sha256(repr(examples).encode()).hexdigest()
    return _kept(
        _routers,
        (program.pk, program.revision, digest),
        lambda: Router(base=base, examples=examples),
    )


@functools.cache
def _tracking_sql() -> tuple[str, tuple[int, int, int]]:
    """The one statement of ``tracked``, written once per process from the models' own
    columns: a row per public step of the item (one row if it has none), each with the
    item, its commune, its agency and the number of its files."""
    feedback, org = Feedback._meta, Organization._meta
    event, attachment = FeedbackEvent._meta, FeedbackAttachment._meta

    def columns(meta, alias):
        return ", ".join(f"{alias}.{f.column}" for f in meta.concrete_fields)

    sql = (
        f"SELECT {columns(feedback, 'f')}, {columns(org, 'c')}, {columns(org, 'a')}, "
        f"{columns(event, 'e')}, "
        f"(SELECT COUNT(*) FROM {attachment.db_table} x WHERE x.feedback_id = f.id) "
        f"FROM {feedback.db_table} f JOIN {org.db_table} c ON c.id = f.commune_id "
        f"LEFT JOIN {org.db_table} a ON a.id = f.agency_id "
        f"LEFT JOIN {event.db_table} e ON e.feedback_id = f.id AND e.public = %s "
        f"WHERE f.code = %s ORDER BY e.at, e.id"
    )
    sizes = (len(feedback.concrete_fields), len(org.concrete_fields), len(event.concrete_fields))
    return sql, sizes


def _from_row(model, alias: str, values):
    return model.from_db(alias, [f.attname for f in model._meta.concrete_fields], values)


@functools.cache
def _converters(alias: str, models: tuple) -> list:
    """For each column of a row of ``models``' fields, the conversions the ORM would apply
    to it on this database (SQLite hands back dates as text and booleans as integers)."""
    connection = connections[alias]
    found = []
    for model in models:
        for field in model._meta.concrete_fields:
            col = field.get_col(model._meta.db_table)
            found.append(
                (col, connection.ops.get_db_converters(col) + col.get_db_converters(connection))
            )
    return found


def _converted(alias: str, models: tuple, row) -> list:
    connection = connections[alias]
    values = list(row)
    for index, (col, converters) in enumerate(_converters(alias, models)):
        for converter in converters:
            values[index] = converter(values[index], col, connection)
    return values


def tracking_stamp(code: str) -> str | None:
    """A digest of every row the tracking page shows for ``code`` — the item, its commune,
    its agency, its public steps, the number of its files — or None if no item has it. The
    page is kept rendered under it (``render_kept``), so a citizen's look at an item that has
    not changed since reads this one value and builds nothing: on PostgreSQL the database
    writes the digest itself (bench/load.py: a quarter of the processor time of building the
    item); elsewhere the rows are read and digested here."""
    if not code:
        return None
    alias = router.db_for_read(Feedback)
    if connections[alias].vendor == "postgresql":
        with connections[alias].cursor() as cursor:
            sql, _sizes = _tracking_sql()
            cursor.execute(f"SELECT md5(array_agg(t)::text) FROM ({sql}) t", [True, code])
            return cursor.fetchone()[0]
    rows = _tracking_rows(alias, code)
    return hashlib.blake2b(repr(rows).encode(), digest_size=16).hexdigest() if rows else None


def _tracking_rows(alias: str, code: str) -> list:
    sql, _sizes = _tracking_sql()
    with connections[alias].cursor() as cursor:
        cursor.execute(sql, [True, code])
        return cursor.fetchall()


def tracked(code: str) -> tuple[Feedback | None, list]:
    """The submission a tracking code opens and the steps the citizen may read (the
    receipt first), with the number of its files (``files``), in one statement. The
    statement is written in SQL once per process (``_tracking_sql``): building it through
    the ORM on each look cost more than the database spends answering it (bench/load.py)."""
    if not code:
        return None, []
    _sql, (n_item, n_org, n_event) = _tracking_sql()
    alias = router.db_for_read(Feedback)
    rows = _tracking_rows(alias, code)
    if not rows:
        return None, []
    models = (Feedback, Organization, Organization, FeedbackEvent)
    first = _converted(alias, models, rows[0])
    feedback = _from_row(Feedback, alias, first[:n_item])
    feedback.commune = _from_row(Organization, alias, first[n_item : n_item + n_org])
    agency = first[n_item + n_org : n_item + 2 * n_org]
    feedback.agency = _from_row(Organization, alias, agency) if agency[0] else None
    feedback.files = first[-1]
    at = n_item + 2 * n_org
    steps = []
    for index, row in enumerate(rows):
        # the item's columns repeat on every row: only the first row's are read
        values = (
            first[at : at + n_event]
            if index == 0
            else _converted(alias, (FeedbackEvent,), row[at : at + n_event])
        )
        if values[0] is None:  # no public step: the item's row alone
            continue
        step = _from_row(FeedbackEvent, alias, values)
        step.feedback = feedback
        steps.append(step)
    return feedback, [*feedback.history(steps=False), *steps]
