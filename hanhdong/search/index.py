"""The full-text index of what staff search — citizens' submissions, key tasks, progress
reports, the program's sections and items —, diacritics ignored ("duong" finds "đường",
"Đ" is a "d"), in the database itself so that it is never stale:

- PostgreSQL: the extensions unaccent, pg_trgm and btree_gin; an immutable
  ``hanhdong_fold(text)`` (lower-case, unaccented: unaccent's rules fold "đ" too) and, per
  source, a table of each row's commune, its area — the commune's city (its parent), or
  the commune itself if it has none — and folded words (its first column apart, to rank
  by), kept by a trigger on the source table, and by one on the communes: a commune moved
  to another city, or given one, takes its rows' area with it. A citizen's submission is
  not folded by the request that writes it, which every citizen waits on (bench/load.py):
  it goes into the index when the worker passes it on to the clerks (``notified``, a
  minute later), and until then a search reads it from its own table, folded there — the
  rows not passed on yet, which a partial index finds. A query asks for every
  word with LIKE — a word of one or two letters as a whole word — in the user's communes
  only, and ranks the latest RANKED rows found by word_similarity to the row's first
  column (its title). Which rows are the latest is found one of two ways
  (``_find_postgresql``): a word that many rows hold, by reading each commune's newest
  rows until enough are found (a b-tree on commune and id; beyond AREAS areas, the newest
  rows of them all, by id); a rarer one, by the trigram index (a GIN on area, commune and
  the words) — reading the newest rows first tells which. The trigram index is asked by
  commune for a clerk's commune, by area for the communes of a city (or of a few): once.
  Asked for ``commune_id = ANY(…)`` a GIN looks each commune up in turn, and each look-up
  reads the posting lists of the query's trigrams, which are the country's: a city's
  search cost up to 1.4 s so. Beyond AREAS areas (a site
  administrator's) it is asked for the words alone, once, and reads the country's rows
  holding them. Partitioning the index by area would shorten each posting list too, but
  a partition key belongs in the primary key the triggers upsert on, a moved commune's
  rows would move between partitions, and a look-up by id alone visits every partition:
  one column keeps a city's search to one look-up without that.
  Folding once when a row is written, not at each search, and asking by commune or area
  first, is what keeps a search within 100 ms in a country of 56 million reports
  (bench/search.py --communes 3321; median / 95th percentile of the whole search): a
  commune's clerk 25 / 39 ms, a city viewer (114 communes) 51 / 89 ms (by commune it was
  127 / 1,367 ms). A site administrator's (every commune) is not: 455 / 1,075 ms, as a
  rarer word's rows are read from the whole country;
- SQLite: an FTS5 table per source with one column, the searched columns joined and their
  "đ"/"Đ" replaced by "d"/"D" (FTS5's remove_diacritics folds every other Vietnamese
  mark, not this letter, which is not a combining one), kept by triggers on the source
  table; ranked by bm25.

The index is laid (again) by this app's migration and after every migrate, since an
app's migration may rebuild a table on SQLite and drop its triggers; what was missing is
filled from the table.
"""

from __future__ import annotations

import math
import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.db import connection, transaction

from hanhdong.feedback.models import Feedback
from hanhdong.lib.text import fold
from hanhdong.orgs.models import Organization, OrgKind
from hanhdong.programs.models import Item, KeyTask, Program, ProgramStatus, Section
from hanhdong.reports.models import HANDED_IN, ProgressReport


@dataclass(frozen=True)
class Source:
    name: str
    model: type
    columns: tuple[str, ...]
    # the rows of the communes "IN ({communes})" (a list of placeholders, or on PostgreSQL
    # "= ANY(%s)" of an array); the table is "t"
    scope: str
    # the commune of the row "{t}", in SQL
    commune: str
    # on PostgreSQL, a boolean column the worker sets once it has passed on a new row: the
    # row goes into the index then, off the request that wrote it, and until then a search
    # reads it from the table itself (a minute's rows); "" if a row is indexed as written
    announced: str = ""

    @property
    def table(self) -> str:
        return self.model._meta.db_table


def _current_programs() -> str:
    program = Program._meta.db_table
    return (
        f"SELECT p.id FROM {program} p WHERE p.commune_id IN ({{communes}}) "
        f"AND p.status <> '{ProgramStatus.SUPERSEDED}'"
    )


def sources() -> list[Source]:
    section, task, program = Section._meta.db_table, KeyTask._meta.db_table, Program._meta.db_table
    handed_in = ", ".join(f"'{state}'" for state in HANDED_IN)
    of_program = f"(SELECT p.commune_id FROM {program} p WHERE p.id = {{t}}.program_id)"
    return [
        Source(
            "feedback",
            Feedback,
            ("title", "text", "place"),
            "t.commune_id IN ({communes})",
            "{t}.commune_id",
            announced="notified",
        ),
        Source(
            "task",
            KeyTask,
            ("name", "lead_text", "partners_text"),
            f"NOT t.is_withdrawn AND t.program_id IN ({_current_programs()})",
            of_program,
        ),
        Source(
            "report",
            ProgressReport,
            ("results", "difficulties", "proposals"),
            f"t.state IN ({handed_in}) AND t.task_id IN "
            f"(SELECT k.id FROM {task} k WHERE k.program_id IN ({_current_programs()}))",
            f"(SELECT p.commune_id FROM {task} k JOIN {program} p ON p.id = k.program_id "
            f"WHERE k.id = {{t}}.task_id)",
        ),
        Source(
            "section",
            Section,
            ("title", "body"),
            f"t.program_id IN ({_current_programs()})",
            of_program,
        ),
        Source(
            "item",
            Item,
            ("text",),
            f"t.section_id IN (SELECT s.id FROM {section} s "
            f"WHERE s.program_id IN ({_current_programs()}))",
            f"(SELECT p.commune_id FROM {section} s JOIN {program} p ON p.id = s.program_id "
            f"WHERE s.id = {{t}}.section_id)",
        ),
    ]


def _document(columns, alias: str) -> str:
    """The searched columns of a row joined with spaces, in SQL."""
    return " || ' ' || ".join(f"coalesce({alias}.{c}, '')" for c in columns)


# -- laying the index ------------------------------------------------------------------
def ensure(schema_connection=None) -> None:
    """Lay whatever of the index is missing (extensions, function, indexes, FTS tables and
    their triggers), filling a new FTS table from its source."""
    conn = schema_connection or connection
    if conn.vendor == "postgresql":
        _ensure_postgresql(conn)
    elif conn.vendor == "sqlite":
        _ensure_sqlite(conn)


def ensure_after_migrate(sender, using="default", **kwargs) -> None:
    from django.db import connections

    if sender.label == "search":
        ensure(connections[using])


FOLD_FUNCTION = """
CREATE OR REPLACE FUNCTION hanhdong_fold(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$
"""


WORDS_FUNCTION = """
CREATE OR REPLACE FUNCTION hanhdong_words(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT ' ' || trim(regexp_replace(hanhdong_fold(coalesce($1, '')), '[^a-z0-9]+', ' ', 'g'))
   || ' ' $$
"""


def trigram_index(source: Source) -> str:
    """The SQL laying ``source``'s trigram index (bench/search.py lays them side by side)."""
    # serves a rare word's search (_find_postgresql): every word LIKE '%word%' on the folded
    # text of the rows of one area (a city's communes: one look-up, whatever their number)
    # or of one commune (a clerk's: its own rows, not its city's)
    index = f"search_{source.name}"
    return (
        f"CREATE INDEX IF NOT EXISTS {index}_trgm ON {index} "
        f"USING gin (area_id, commune_id, doc public.gin_trgm_ops)"
    )


def _area_of(commune: str) -> str:
    """The area of the commune ``commune`` (SQL): its city, or itself if it has none."""
    org = Organization._meta.db_table
    return f"(SELECT coalesce(o.parent_id, o.id) FROM {org} o WHERE o.id = {commune})"


def _ensure_postgresql(conn) -> None:
    org = Organization._meta.db_table
    with conn.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public")
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public")
        cursor.execute("CREATE EXTENSION IF NOT EXISTS btree_gin WITH SCHEMA public")
        cursor.execute(FOLD_FUNCTION)
        cursor.execute(WORDS_FUNCTION)
        for source in sources():
            index, table = f"search_{source.name}", source.table
            cursor.execute(
                f"CREATE TABLE IF NOT EXISTS {index} (id bigint PRIMARY KEY, commune_id bigint, "
                f"area_id bigint, head text NOT NULL, doc text NOT NULL)"
            )
            cursor.execute(trigram_index(source))
            # serves a common word's search: each commune's newest rows first. On an
            # expression ("+ 0") that only that read names, so that a rarer word's search
            # cannot pair it with the trigram index asked for the words alone (which reads
            # the country's rows holding them), but asks the trigram index by area too; and
            # a commune's rows, when it moves to another city
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS {index}_newest ON {index} ((commune_id + 0), id)"
            )
            commune = source.commune.format(t="NEW")
            head = f"hanhdong_words(NEW.{source.columns[0]})"
            doc = f"hanhdong_words({_document(source.columns, 'NEW')})"
            cursor.execute(
                f"CREATE OR REPLACE FUNCTION {index}_sync() RETURNS trigger LANGUAGE plpgsql "
                f"AS $$ DECLARE the_commune bigint; BEGIN "
                f"IF TG_OP = 'DELETE' THEN DELETE FROM {index} WHERE id = OLD.id; RETURN OLD; "
                f"END IF; "
                f"the_commune := {commune}; "
                f"INSERT INTO {index} (id, commune_id, area_id, head, doc) "
                f"VALUES (NEW.id, the_commune, {_area_of('the_commune')}, {head}, {doc}) "
                f"ON CONFLICT (id) DO UPDATE SET commune_id = EXCLUDED.commune_id, "
                f"area_id = EXCLUDED.area_id, head = EXCLUDED.head, doc = EXCLUDED.doc; "
                f"RETURN NEW; END $$"
            )
            triggers = _triggers(source)
            cursor.execute(
                "SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger "
                "WHERE tgrelid = %s::regclass AND tgname LIKE %s",
                [table, f"{index}\\_%"],
            )
            laid = dict(cursor.fetchall())
            if {name: _trigger_head(d) for name, d in laid.items()} == {
                name: _trigger_head(d) for name, d in triggers.items()
            }:
                continue
            # laid anew, and the index filled again, when they are not as written here
            for name in laid:
                cursor.execute(f"DROP TRIGGER {name} ON {table}")
            for definition in triggers.values():
                cursor.execute(definition)
            cursor.execute(f"TRUNCATE {index}")
            cursor.execute(
                f"INSERT INTO {index} (id, commune_id, area_id, head, doc) SELECT t.id, c.id, "
                f"coalesce(o.parent_id, o.id), hanhdong_words(t.{source.columns[0]}), "
                f"hanhdong_words({_document(source.columns, 't')}) FROM {table} t "
                f"CROSS JOIN LATERAL (SELECT {source.commune.format(t='t')} AS id) c "
                f"LEFT JOIN {org} o ON o.id = c.id"
            )
        # a commune moved to another city (or given one): its rows are in the new area
        updates = " ".join(
            f"UPDATE search_{source.name} SET area_id = coalesce(NEW.parent_id, NEW.id) "
            f"WHERE commune_id + 0 = NEW.id; "
            for source in sources()
        )
        cursor.execute(
            f"CREATE OR REPLACE FUNCTION search_area_sync() RETURNS trigger LANGUAGE plpgsql "
            f"AS $$ BEGIN {updates} RETURN NEW; END $$"
        )
        cursor.execute(
            "SELECT 1 FROM pg_trigger WHERE tgname = 'search_area_sync' AND tgrelid = %s::regclass",
            [org],
        )
        if not cursor.fetchone():
            cursor.execute(
                f"CREATE TRIGGER search_area_sync AFTER UPDATE OF parent_id ON {org} FOR EACH ROW "
                f"WHEN (NEW.kind = '{OrgKind.COMMUNE}' AND "
                f"OLD.parent_id IS DISTINCT FROM NEW.parent_id) "
                f"EXECUTE FUNCTION search_area_sync()"
            )


def _triggers(source: Source) -> dict[str, str]:
    """The triggers keeping ``source``'s index on PostgreSQL, by name. A source that is
    ``announced`` is indexed when the worker sets that column, not as a row is inserted."""
    index, table = f"search_{source.name}", source.table
    # the row's commune is found through the column the source names it by
    parent = re.search(r"\{t\}\.(\w+)", source.commune).group(1)
    changes = f"DELETE OR UPDATE OF {', '.join((*source.columns, parent))}"
    run = f"ON {table} FOR EACH ROW EXECUTE FUNCTION {index}_sync()"
    if not source.announced:
        return {f"{index}_sync": f"CREATE TRIGGER {index}_sync AFTER INSERT OR {changes} {run}"}
    flag = source.announced
    return {
        f"{index}_sync": f"CREATE TRIGGER {index}_sync AFTER {changes} {run}",
        f"{index}_announced": (
            f"CREATE TRIGGER {index}_announced AFTER INSERT OR UPDATE OF {flag} "
            f"ON {table} FOR EACH ROW WHEN (NEW.{flag}) EXECUTE FUNCTION {index}_sync()"
        ),
    }


def _trigger_head(definition: str) -> str:
    """What a trigger does, as PostgreSQL writes it back or as it is written here: its
    events, in lower case and without quotes (pg_get_triggerdef adds its own)."""
    head = definition.split(" FOR EACH ROW")[0]
    return re.sub(r"\s+", " ", head.replace('"', "").replace("public.", "")).lower()


def _sqlite_fold(columns, alias: str) -> str:
    return f"replace(replace({_document(columns, alias)}, 'đ', 'd'), 'Đ', 'D')"


def _ensure_sqlite(conn) -> None:
    with conn.cursor() as cursor:
        for source in sources():
            fts, table = f"search_{source.name}", source.table
            names = {f"{fts}_ai", f"{fts}_au", f"{fts}_ad"}
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN "
                f"({', '.join('%s' for _ in names)})",
                list(names),
            )
            if {row[0] for row in cursor.fetchall()} == names:
                continue
            cursor.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5(doc, "
                f"tokenize = 'unicode61 remove_diacritics 2')"
            )
            columns = ", ".join(source.columns)
            new, old = _sqlite_fold(source.columns, "new"), "old.id"
            for statement in (
                f"CREATE TRIGGER IF NOT EXISTS {fts}_ai AFTER INSERT ON {table} BEGIN "
                f"INSERT INTO {fts}(rowid, doc) VALUES (new.id, {new}); END",
                f"CREATE TRIGGER IF NOT EXISTS {fts}_au AFTER UPDATE OF {columns} ON {table} "
                f"BEGIN DELETE FROM {fts} WHERE rowid = {old}; "
                f"INSERT INTO {fts}(rowid, doc) VALUES (new.id, {new}); END",
                f"CREATE TRIGGER IF NOT EXISTS {fts}_ad AFTER DELETE ON {table} BEGIN "
                f"DELETE FROM {fts} WHERE rowid = {old}; END",
                f"DELETE FROM {fts}",
                f"INSERT INTO {fts}(rowid, doc) SELECT t.id, {_sqlite_fold(source.columns, 't')} "
                f"FROM {table} t",
            ):
                cursor.execute(statement)


def drop(schema_connection=None) -> None:
    """Take the index away (the migration's reverse)."""
    conn = schema_connection or connection
    with conn.cursor() as cursor:
        if conn.vendor == "postgresql":
            cursor.execute(
                f"DROP TRIGGER IF EXISTS search_area_sync ON {Organization._meta.db_table}"
            )
            cursor.execute("DROP FUNCTION IF EXISTS search_area_sync()")
        for source in sources():
            if conn.vendor == "postgresql":
                for name in _triggers(source):
                    cursor.execute(f"DROP TRIGGER IF EXISTS {name} ON {source.table}")
                cursor.execute(f"DROP FUNCTION IF EXISTS search_{source.name}_sync()")
                cursor.execute(f"DROP TABLE IF EXISTS search_{source.name}")
            elif conn.vendor == "sqlite":
                for suffix in ("ai", "au", "ad"):
                    cursor.execute(f"DROP TRIGGER IF EXISTS search_{source.name}_{suffix}")
                cursor.execute(f"DROP TABLE IF EXISTS search_{source.name}")


# -- asking it -------------------------------------------------------------------------
_WORD = re.compile(r"[a-z0-9]+")
MAX_WORDS = 8
# PostgreSQL: the latest RANKED rows found are ranked; WALKED of the communes' newest rows
# are read first; then, of reading on and asking the trigram index, whichever should read
# fewer rows — a commune's look-up in the trigram index costing about PROBE rows
RANKED = 100
WALKED = 1000
PROBE = 100
# the trigram index is asked once per area of the user's communes up to this many areas,
# and for the words alone beyond (the country's, to a site administrator)
AREAS = 4


# the areas of the communes searched, read once for the groups of one search (``asking``)
_known_areas: ContextVar[dict | None] = ContextVar("search_areas", default=None)


@contextmanager
def asking():
    """Around the queries of one search, whose groups share the areas of their communes. On
    PostgreSQL, without JIT compilation: the planner costs a read of each commune's newest
    rows as if it read all of them, and would spend longer compiling the query than running
    it."""
    known = _known_areas.set({})
    try:
        if connection.vendor != "postgresql":
            yield
            return
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL jit = off")
            yield
    finally:
        _known_areas.reset(known)


def words(query: str) -> list[str]:
    """The words of a query, folded: "Đường  ngập!" -> ["duong", "ngap"]."""
    return _WORD.findall(fold(query))[:MAX_WORDS]


def find(
    source: Source, query_words: list[str], commune_ids, limit: int, also=("", ())
) -> list[int]:
    """The ids of ``source``'s rows in ``commune_ids`` holding every word, best first;
    ``also``: a further condition on the row "t" and its parameters."""
    if not query_words or not commune_ids:
        return []
    commune_ids = sorted(commune_ids)
    if connection.vendor == "postgresql":  # one array, not a placeholder per commune
        scope = source.scope.replace("IN ({communes})", "= ANY(%s::bigint[])")
        scope_params = [commune_ids] * source.scope.count("{communes}")
    else:
        scope = source.scope.replace("{communes}", ", ".join(["%s"] * len(commune_ids)))
        scope_params = commune_ids * source.scope.count("{communes}")
    if also[0]:
        scope, scope_params = f"{scope} AND {also[0]}", [*scope_params, *also[1]]
    if connection.vendor == "postgresql":
        return _find_postgresql(source, query_words, commune_ids, limit, scope, scope_params)
    if connection.vendor == "sqlite":
        fts = f"search_{source.name}"
        sql = (
            f"SELECT t.id FROM {fts} JOIN {source.table} t ON t.id = {fts}.rowid "
            f"WHERE {fts} MATCH %s AND {scope} ORDER BY bm25({fts}), t.id DESC LIMIT %s"
        )
        # a word of three letters or more also finds the longer words it begins
        match = " AND ".join(f'"{w}"' + ("*" if len(w) > 2 else "") for w in query_words)
        with connection.cursor() as cursor:
            cursor.execute(sql, [match, *scope_params, limit])
            return [row[0] for row in cursor.fetchall()]
    return []  # pragma: no cover - the two databases hanhdong runs on


def _find_postgresql(source, query_words, commune_ids, limit, scope, scope_params) -> list[int]:
    """The latest RANKED rows of the communes holding every word and in ``scope``, ranked by
    the likeness of their first column (a title) to the query; the ``limit`` first.

    A common word is found by reading each commune's newest rows (the index's b-tree on
    commune and id) until about RANKED are found; a rarer one by the trigram index of the
    communes' rows, which reads only the rows holding it, but all of them. Which: the share
    of the WALKED newest rows holding the words tells how many rows each way would read."""
    index = f"search_{source.name}"
    likes, like_params = _likes(query_words)
    # the trigram index is asked for the words of three letters or more; a shorter word's
    # trigrams are in most rows (a Vietnamese syllable is short), so it is only checked
    # on the rows found ("|| ''": not the indexed column)
    longer = [w for w in query_words if len(w) > 2]
    indexed, indexed_params = _likes(longer) if longer else ("TRUE", [])
    checked, checked_params = _likes([w for w in query_words if len(w) <= 2], "r.doc || ''")
    communes = len(commune_ids)
    areas = _areas(commune_ids) if communes > AREAS else []
    # beyond AREAS areas (a site administrator's country), the newest rows of them all, not
    # of each commune (thousands of look-ups)
    wide = len(areas) > AREAS
    walk = WALKED if wide else -(-WALKED // communes)
    newest = _newest(
        source,
        commune_ids,
        walk,
        (likes, like_params),
        scope,
        scope_params,
        (indexed, indexed_params),
        areas if wide else None,
    )
    read, found, whole = newest.read, newest.found, newest.whole
    keys, reached = _keys(commune_ids, areas, newest)
    if len(found) < RANKED and not whole:
        share = len(found) / read
        reading_on = 1.25 * RANKED / share if share else math.inf
        per_commune = newest.rows if wide else max(newest.rows, walk)
        holding = reached * newest.in_index / read * per_commune
        if reading_on < len(keys) * PROBE + holding:
            more = math.ceil(reading_on if wide else reading_on / communes)
            newer = _newest(
                source,
                commune_ids,
                more,
                (likes, like_params),
                scope,
                scope_params,
                areas=areas if wide else None,
            )
            found, whole = newer.found, newer.whole
        else:
            found = []
        if len(found) < min(RANKED, limit) and not whole:
            found = None
    if found is None:  # rarer: every row holding the words, from the trigram index (asked
        # by area or commune, as bigint, which btree_gin's operators take); the newest of
        # them asked one by one whether they are in scope, until RANKED are
        arms, params = [], []
        for key, key_params in keys:
            arms.append(
                f"SELECT r.id, r.head FROM {index} r WHERE {key} AND {indexed} AND {checked}"
            )
            params += [*key_params, *indexed_params, *checked_params]
        latest = (
            f"WITH holding AS MATERIALIZED ({' UNION ALL '.join(arms)}), "
            f"latest AS (SELECT r.id, r.head FROM (SELECT * FROM holding ORDER BY id DESC) r "
            f"CROSS JOIN LATERAL ({_in_scope(source, scope)}) AS ok ORDER BY r.id DESC "
            f"LIMIT %s)"
        )
        params += [*scope_params, RANKED]
    else:
        latest = f"WITH latest AS (SELECT id, head FROM {index} WHERE id = ANY(%s::bigint[]))"
        params = [found[:RANKED]]
    ranked = "latest"
    if source.announced:  # and the rows the worker has not passed on yet, read as they are
        pending, pending_params = _pending(source, query_words, scope, scope_params)
        ranked = f"(SELECT id, head FROM latest UNION {pending}) AS found"
        params += pending_params
    with connection.cursor() as cursor:
        cursor.execute(
            f"{latest} SELECT id FROM {ranked} "
            f"ORDER BY public.word_similarity(%s, head) DESC, id DESC LIMIT %s",
            [*params, " ".join(query_words), limit],
        )
        return [row[0] for row in cursor.fetchall()]


def _pending(source, query_words, scope, scope_params) -> tuple[str, list]:
    """The rows of ``source`` in ``scope`` holding every word that are not in its index yet
    (not ``announced``: the partial index on them finds them), folded as the index would."""
    likes, like_params = _likes(query_words, f"hanhdong_words({_document(source.columns, 't')})")
    sql = (
        f"SELECT t.id, hanhdong_words(t.{source.columns[0]}) FROM {source.table} t "
        f"WHERE NOT t.{source.announced} AND {scope} AND {likes}"
    )
    return sql, [*scope_params, *like_params]


def _keys(commune_ids, areas, newest) -> tuple[list[tuple[str, list]], int]:
    """How the trigram index is asked for the rows of ``commune_ids``: one condition on the
    index row "r" (and its parameters) per look-up — each reads the posting lists of the
    words' trigrams, which are the country's —, and of how many communes the look-ups read
    the rows holding the words.

    At most AREAS communes (a clerk's): by commune. The communes of at most AREAS areas
    (a city's, or a few): by area, one look-up each, the communes checked on the rows found
    ("+ 0": not a look-up each). More (the country's): by the words alone, the areas
    checked on the rows found, and the scope on the newest of them. Never "= ANY(…)" of
    the key: the planner may then leave the key out of the look-up and read the country's
    rows holding the words (0.3 s for a city's "thu tuc khai sinh" in the national bench)."""
    if len(commune_ids) <= AREAS:
        return [("r.commune_id = %s::bigint", [c]) for c in commune_ids], len(commune_ids)
    if len(areas) <= AREAS:
        key = "r.area_id = %s::bigint AND r.commune_id + 0 = ANY(%s::bigint[])"
        return [(key, [area, list(commune_ids)]) for area in areas], len(commune_ids)
    return [("r.area_id + 0 = ANY(%s::bigint[])", [areas])], newest.communes


@dataclass(frozen=True)
class Newest:
    """What reading the communes' newest rows tells (``_newest``)."""

    read: int  # rows read
    found: list[int]  # those holding the words and in scope, newest first
    whole: bool  # whether they were every row of the communes
    rows: float  # rows a commune has in the index (its statistics; 0 if it has none)
    in_index: int  # of those read, how many hold the words the trigram index is asked
    communes: int  # communes the index holds rows of (its statistics)


def _areas(commune_ids) -> list[int]:
    """The areas of the communes: their cities, or themselves if they have none (once for
    all the groups of a search)."""
    known, key = _known_areas.get(), tuple(commune_ids)
    if known is not None and key in known:
        return known[key]
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT array_agg(DISTINCT coalesce(o.parent_id, o.id)) "
            f"FROM {Organization._meta.db_table} o WHERE o.id = ANY(%s::bigint[])",
            [list(commune_ids)],
        )
        areas = cursor.fetchone()[0] or []
    if known is not None:
        known[key] = areas
    return areas


def _likes(query_words, column="r.doc") -> tuple[str, list[str]]:
    """``column`` holds every word: a word of three letters or more, inside longer ones; a
    shorter one, whole."""
    sql = " AND ".join(f"{column} LIKE %s" for _ in query_words) or "TRUE"
    return sql, [f"%{w}%" if len(w) > 2 else f"% {w} %" for w in query_words]


def _in_scope(source, scope: str) -> str:
    """The row "r" is in ``scope`` — asked of it alone (LIMIT: the planner neither flattens
    it nor reads the whole scope to join it)."""
    return f"SELECT 1 FROM {source.table} t WHERE t.id = r.id AND {scope} LIMIT 1"


def _newest(
    source, commune_ids, walk, likes, scope, scope_params, indexed=None, areas=None
) -> Newest:
    """Of the ``walk`` newest rows of each commune — or, ``areas`` given, of them all (the
    primary key read backwards) —: what they tell (``Newest``); ``likes``: the words (SQL
    and parameters) the rows found hold, ``indexed``: those the trigram index would be
    asked."""
    index = f"search_{source.name}"
    indexed = indexed or ("FALSE", [])
    if areas is None:
        rows = (
            f"unnest(%s::bigint[]) AS c(id) CROSS JOIN LATERAL (SELECT r.id, r.doc, "
            f"row_number() OVER (ORDER BY r.id DESC) AS nth FROM {index} r "
            f"WHERE r.commune_id + 0 = c.id ORDER BY r.id DESC LIMIT %s) AS r"
        )
        rows_params = [list(commune_ids), walk]
    else:
        rows = (
            f"(SELECT r.id, r.doc, row_number() OVER (ORDER BY r.id DESC) AS nth "
            f"FROM {index} r WHERE r.area_id + 0 = ANY(%s::bigint[]) "
            f"ORDER BY r.id DESC LIMIT %s) AS r"
        )
        rows_params = [list(areas), walk]
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT count(*), bool_or(r.nth = %s), array_agg(r.id ORDER BY r.id DESC) "
            f"FILTER (WHERE {likes[0]} AND EXISTS ({_in_scope(source, scope)})), "
            f"count(*) FILTER (WHERE {indexed[0]}), "
            f"(SELECT reltuples FROM pg_class WHERE oid = '{index}'::regclass), "
            f"(SELECT n_distinct FROM pg_stats WHERE schemaname = current_schema() "
            f"AND tablename = '{index}' AND attname = 'commune_id') "
            f"FROM {rows}",
            [walk, *likes[1], *scope_params, *indexed[1], *rows_params],
        )
        read, cut_short, found, in_index, rows, communes = cursor.fetchone()
    if communes and rows and rows > 0:  # n_distinct: a count, or minus a share of the rows
        communes = communes if communes > 0 else -communes * rows
    else:
        communes = len(commune_ids)
    rows = rows / communes if rows and rows > 0 else 0
    return Newest(read, found or [], not cut_short, rows, in_index, round(communes))
