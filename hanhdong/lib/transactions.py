"""Top-level services: one durable transaction per thing a user means to do."""

from __future__ import annotations

import functools

from django.db import transaction


def service(function):
    """Make ``function`` a top-level service: it runs in a durable transaction of its own,
    so no caller can wrap it in a transaction that outlives it.

    ``function.within`` is the same work done as part of another service, inside the
    transaction that service already holds; it refuses to run outside one.
    """
    durable = transaction.atomic(durable=True)(function)

    @functools.wraps(function)
    def within(*args, **kwargs):
        if not transaction.get_connection().in_atomic_block:
            raise RuntimeError(f"{function.__name__}.within runs inside a service's transaction")
        return function(*args, **kwargs)

    durable.within = within
    return durable


def inserted(instance, guard: tuple[str, list] | None = None):
    """``instance`` saved as a new row by one INSERT in autocommit — a single statement is a
    durable transaction of its own, without the BEGIN and COMMIT a ``service`` sends — for a
    write that is one row and nothing else, on a path every citizen takes. The statement is
    written once per model and database; the values are prepared as the ORM's save would
    (``auto_now_add`` filled in). Refuses to run inside a transaction, as a service does.

    ``guard``: on PostgreSQL, a statement and its parameters that may write too (a counter's
    upsert) and return a row when the insert may go ahead; it is sent with the insert as
    one statement, ``WITH guard AS (…) INSERT … SELECT … FROM guard``, so both are written
    or neither. None, and nothing written, when the guard returns no row."""
    connection = transaction.get_connection()
    if connection.in_atomic_block:
        raise RuntimeError(f"{type(instance).__name__} inserted alone runs outside a transaction")
    if guard is not None and connection.vendor != "postgresql":
        raise RuntimeError("a guarded insert is one statement on PostgreSQL only")
    sql, guarded, fields = _insert_statement(type(instance), connection.vendor)
    values = [f.get_db_prep_save(f.pre_save(instance, True), connection) for f in fields]
    if guard is not None:
        sql, values = f"WITH guard AS ({guard[0]}) {guarded}", [*guard[1], *values]
    with connection.cursor() as cursor:
        cursor.execute(sql, values)
        row = cursor.fetchone()
    if row is None:
        return None
    instance.pk = row[0]
    instance._state.adding = False
    instance._state.db = connection.alias
    return instance


@functools.cache
def _insert_statement(model, vendor: str) -> tuple[str, str, list]:
    """The model's INSERT of one row, alone and as the tail of a guarded statement."""
    connection = transaction.get_connection()
    quote, meta = connection.ops.quote_name, model._meta
    fields = [f for f in meta.concrete_fields if not f.primary_key]
    into = f"INSERT INTO {quote(meta.db_table)} ({', '.join(quote(f.column) for f in fields)})"
    values, returning = ", ".join(["%s"] * len(fields)), f"RETURNING {quote(meta.pk.column)}"
    alone = f"{into} VALUES ({values}) {returning}"
    guarded = f"{into} SELECT {values} FROM guard {returning}"
    return alone, guarded, fields
