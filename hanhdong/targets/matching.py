"""Which target of a revised program is which target of the program as it stood.

A revision rewords indicators ("hộ nghèo" becomes "số hộ nghèo theo chuẩn đa chiều"), moves
a target to another section or key task, changes its value. A target is the same target
when it measures the same thing in the same place: its indicator's words mostly shared, its
place (section or key-task row), unit and comparison the same. Every pair that passes a
threshold is scored, and pairs are taken best first, each target once, so an exact match
is never displaced by a looser one. What stays unpaired was dropped or added.

Targets here are ``hanhdong.program/1`` dictionaries; an old one may carry
``"withdrawn": True`` (a target an earlier revision dropped, which a later one may bring
back).
"""

from __future__ import annotations

from collections.abc import Iterable

from hanhdong.lib.text import fold, likeness
from hanhdong.targets.models import APPENDIX

# below this share of words two indicators measure different things, wherever they stand
MIN_OVERLAP = 0.6
# the score a pair needs: an indicator's words, plus what else it shares
THRESHOLD = 0.9
SAME_WHERE = 0.3  # stated in the same section or the same key-task row
SAME_TASK = 0.2  # carried out by the same key task, stated elsewhere
SAME_UNIT = 0.1
SAME_COMPARISON = 0.05
SAME_VALUE = 0.05
WITHDRAWN = 0.1  # a target dropped earlier gives way to one in force


def best_first(candidates: Iterable[tuple[float, int, int]]) -> dict[int, int]:
    """Pairs (old index → new index) from scored candidates (score, old, new): the best
    first, each side used once; equal scores in the order of the documents."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _score, old, new in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if old in pairs or new in taken:
            continue
        pairs[old] = new
        taken.add(new)
    return pairs


def task_row(target: dict) -> int | None:
    """The key-task row that carries a target out: its ``key_task``, or the row of the
    appendix it is stated in."""
    if isinstance(target.get("key_task"), int):
        return target["key_task"]
    where = target.get("where") or ""
    if where.startswith(APPENDIX) and where[len(APPENDIX) :].isdigit():
        return int(where[len(APPENDIX) :])
    return None


def _where(target: dict, old_number: dict[int, int]) -> str:
    """Where a new target is stated, its appendix row in the old numbering."""
    where = target.get("where") or ""
    if where.startswith(APPENDIX) and where[len(APPENDIX) :].isdigit():
        row = int(where[len(APPENDIX) :])
        return f"{APPENDIX}{old_number.get(row, row)}"
    return where


def score(old: dict, new: dict, old_number: dict[int, int] | None = None) -> float | None:
    """How surely ``new`` is ``old`` revised; None when it is not. ``old_number`` maps the
    revision's key-task numbers to the numbers the same tasks had (a renumbered appendix)."""
    old_number = old_number or {}
    similar = likeness(old.get("indicator") or "", new.get("indicator") or "")
    if similar < MIN_OVERLAP:
        return None
    total = similar
    new_row = task_row(new)
    if (old.get("where") or "") == _where(new, old_number):
        total += SAME_WHERE
    elif new_row is not None and task_row(old) == old_number.get(new_row, new_row):
        total += SAME_TASK
    if fold(old.get("unit") or "") == fold(new.get("unit") or ""):
        total += SAME_UNIT
    if (old.get("comparison") or ">=") == (new.get("comparison") or ">="):
        total += SAME_COMPARISON
    if _number(old.get("value")) == _number(new.get("value")):
        total += SAME_VALUE
    if old.get("withdrawn"):
        total -= WITHDRAWN
    return total if total >= THRESHOLD else None


def _number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return value


def pair_targets(
    old: list[dict], new: list[dict], old_number: dict[int, int] | None = None
) -> dict[int, int]:
    """Which of ``new`` each of ``old`` became (by index); the old ones left out were
    dropped, the new ones left out are new."""
    candidates = []
    for i, before in enumerate(old):
        for j, after in enumerate(new):
            found = score(before, after, old_number)
            if found is not None:
                candidates.append((found, i, j))
    return best_first(candidates)
