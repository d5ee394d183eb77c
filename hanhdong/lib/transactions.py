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
