"""What changed between two versions of a program (as ``hanhdong.program/1`` dictionaries),
and which key task and target of the new version is which of the old.

A revision must never lose what was reported, so rows are matched by what they are, not by
exact wording: key tasks by number and name (a renumbered appendix, a reworded task), with
their lead and sections for support; targets by indicator and place
(``targets.matching``). Pairs are taken best first. The diff says what each revision
withdraws, moves or rewords (``kept``), and ``count_kept`` how much is reported against
each — what the preview shows before saving and the revision page after.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.db.models import Count
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from hanhdong.audit.history import show_value
from hanhdong.lib.text import fold, likeness, words
from hanhdong.programs.formats import data_to_dict, program_to_data, section_path
from hanhdong.programs.models import KeyTask
from hanhdong.targets.matching import best_first, pair_targets
from hanhdong.targets.models import Target, where_label

TASK_FIELDS = ["name", "lead", "partners", "start", "end", "resources"]
TARGET_FIELDS = ["indicator", "where", "value", "unit", "comparison", "year", "recurrence"]
# the model field a document's key-task column is stored in, whose verbose name labels it
TASK_COLUMNS = {
    "name": "name",
    "lead": "lead",
    "partners": "partners",
    "start": "start_period",
    "end": "end_period",
    "resources": "resources",
    "number": "number",
}


def _nodes(parts: list[dict]) -> dict[str, dict]:
    out: dict[str, dict] = {}

    def walk(node, parent_path, parent_number):
        path = section_path(parent_path, parent_number, node["number"])
        items = node.get("items") or []
        out[path] = {
            "title": node.get("title", ""),
            "items": items if isinstance(items, list) else [],
        }
        for child in node.get("children") or []:
            walk(child, path, node["number"])

    for part in parts:
        walk(part, "", "")
    return out


def _same_paths(a, b) -> bool:
    return sorted(a or []) == sorted(b or [])


TASK_SAME_NUMBER = 0.4  # the appendix row keeps its number
TASK_SAME_LEAD = 0.15
TASK_SAME_PLACE = 0.15  # carries out the same sections
TASK_MIN_OVERLAP = 0.7  # the name's words a task renumbered or brought back keeps
TASK_THRESHOLD = 0.7
TASK_WITHDRAWN = 0.1


def _task_key(task: dict) -> tuple[set, str, list]:
    """What a task is compared by, read once: its name's words, its lead, its sections."""
    return (
        words(task.get("name") or ""),
        fold(task.get("lead") or ""),
        sorted(task.get("sections") or []),
    )


def _task_score(old: dict, old_key: tuple, new: dict, new_key: tuple) -> float | None:
    """How surely ``new`` is ``old`` revised: a task keeps its number, or its name mostly,
    and its lead agency and sections count for it; None when it is another task."""
    similar = likeness(old_key[0], new_key[0])
    same_number = old.get("number") == new.get("number") and not old.get("withdrawn")
    if not same_number and similar < TASK_MIN_OVERLAP:
        return None
    total = similar + (TASK_SAME_NUMBER if same_number else 0.0)
    if old_key[1] == new_key[1]:
        total += TASK_SAME_LEAD
    if old_key[2] == new_key[2]:
        total += TASK_SAME_PLACE
    if old.get("withdrawn"):
        total -= TASK_WITHDRAWN
    return total if total >= TASK_THRESHOLD else None


def pair_tasks(old: list[dict], new: list[dict]) -> dict[int, int]:
    """Which of ``new`` each of ``old`` became (by index): a key task is matched by its
    number and name, so a renumbered appendix or a reworded task keeps its rows."""
    old_keys, new_keys = [_task_key(t) for t in old], [_task_key(t) for t in new]
    candidates = []
    for i, before in enumerate(old):
        for j, after in enumerate(new):
            found = _task_score(before, old_keys[i], after, new_keys[j])
            if found is not None:
                candidates.append((found, i, j))
    return best_first(candidates)


@dataclass
class Pairing:
    """How a revised document's key tasks and targets stand to the program's: index of
    the old row → index of the new one; what is in neither map was dropped or added."""

    tasks: dict[int, int]
    targets: dict[int, int]


def pair_programs(old: dict, new: dict) -> Pairing:
    old_tasks, new_tasks = old.get("key_tasks", []), new.get("key_tasks", [])
    tasks = pair_tasks(old_tasks, new_tasks)
    old_number = {new_tasks[j]["number"]: old_tasks[i]["number"] for i, j in tasks.items()}
    targets = pair_targets(old.get("targets", []), new.get("targets", []), old_number)
    return Pairing(tasks=tasks, targets=targets)


def diff_programs(old: dict, new: dict, pairing: Pairing | None = None) -> dict:
    """Sections, items, key tasks and targets added, removed or changed, the key tasks
    moved to other sections, and ``kept``: each key task and target the revision withdraws,
    moves or rewords, which keeps what was reported against it (``count_kept`` counts it).

    ``old`` may hold the rows earlier revisions withdrew (``"withdrawn": true``): they are
    no change unless the revision brings them back. With the rows' ``id``s in ``old``, the
    entries of ``kept`` name their rows."""
    pairing = pairing or pair_programs(old, new)
    old_nodes, new_nodes = _nodes(old.get("parts", [])), _nodes(new.get("parts", []))
    sections = {
        "added": sorted(set(new_nodes) - set(old_nodes)),
        "removed": sorted(set(old_nodes) - set(new_nodes)),
        "retitled": sorted(
            p
            for p in set(old_nodes) & set(new_nodes)
            if old_nodes[p]["title"] != new_nodes[p]["title"]
        ),
    }
    items_added, items_removed = [], []
    for path in sorted(set(old_nodes) | set(new_nodes)):
        before = Counter(old_nodes.get(path, {}).get("items", []))
        after = Counter(new_nodes.get(path, {}).get("items", []))
        items_added += [{"where": path, "text": t} for t in (after - before).elements()]
        items_removed += [{"where": path, "text": t} for t in (before - after).elements()]
    tasks, kept = _task_changes(old.get("key_tasks", []), new.get("key_tasks", []), pairing)
    targets, kept_targets = _target_changes(old.get("targets", []), new.get("targets", []), pairing)
    return {
        "sections": sections,
        "items": {"added": items_added, "removed": items_removed},
        "key_tasks": tasks,
        "targets": targets,
        "kept": kept + kept_targets,
    }


def _task_changes(old: list[dict], new: list[dict], pairing: Pairing) -> tuple[dict, list]:
    paired = pairing.tasks
    became = set(paired.values())
    changed, moved, restored, kept = [], [], [], []
    for i, j in sorted(paired.items(), key=lambda p: p[1]):
        before, after = old[i], new[j]
        if before.get("withdrawn"):
            restored.append(after["number"])
            continue
        fields = {
            f: [before.get(f) or "", after.get(f) or ""]
            for f in TASK_FIELDS
            if (before.get(f) or "") != (after.get(f) or "")
        }
        if before["number"] != after["number"]:
            fields = {"number": [before["number"], after["number"]], **fields}
        if fields:
            changed.append({"number": after["number"], "fields": fields})
        if not _same_paths(before.get("sections"), after.get("sections")):
            move = {
                "number": after["number"],
                "from": list(before.get("sections") or []),
                "to": list(after.get("sections") or []),
            }
            moved.append(move)
            kept.append(
                {
                    "kind": "key_task",
                    "change": "moved",
                    "id": before.get("id"),
                    "name": after.get("name") or "",
                    **move,
                }
            )
    removed = []
    for i, before in enumerate(old):
        if i in paired or before.get("withdrawn"):
            continue
        removed.append(before["number"])
        kept.append(
            {
                "kind": "key_task",
                "change": "withdrawn",
                "id": before.get("id"),
                "number": before["number"],
                "name": before.get("name") or "",
            }
        )
    return {
        "added": sorted(t["number"] for j, t in enumerate(new) if j not in became),
        "removed": sorted(removed),
        "changed": changed,
        "moved": moved,
        "restored": sorted(restored),
    }, kept


def _target_changes(old: list[dict], new: list[dict], pairing: Pairing) -> tuple[dict, list]:
    paired = pairing.targets
    became = set(paired.values())
    changed, restored, kept = [], [], []
    for i, j in sorted(paired.items(), key=lambda p: p[1]):
        before, after = old[i], new[j]
        if before.get("withdrawn"):
            restored.append(after["indicator"])
            continue
        fields = {
            f: [before.get(f), after.get(f)]
            for f in TARGET_FIELDS
            if _target_field(before, f) != _target_field(after, f)
        }
        if fields:
            changed.append({"indicator": after["indicator"], "fields": fields})
        if "indicator" in fields or "where" in fields:
            kept.append(
                {
                    "kind": "target",
                    "change": "reworded" if "indicator" in fields else "moved",
                    "id": before.get("id"),
                    "indicator": after["indicator"],
                    "was": before["indicator"],
                    "from": before.get("where") or "",
                    "to": after.get("where") or "",
                }
            )
    removed = []
    for i, before in enumerate(old):
        if i in paired or before.get("withdrawn"):
            continue
        removed.append(before["indicator"])
        kept.append(
            {
                "kind": "target",
                "change": "withdrawn",
                "id": before.get("id"),
                "indicator": before["indicator"],
                "from": before.get("where") or "",
            }
        )
    return {
        "added": [t["indicator"] for j, t in enumerate(new) if j not in became],
        "removed": removed,
        "changed": changed,
        "restored": restored,
    }, kept


def _target_field(target: dict, name: str):
    value = target.get(name)
    if name == "indicator":
        return " ".join((value or "").split())
    if name in ("where", "unit", "recurrence"):
        return value or ""
    return value


def revision_changes(program, doc) -> dict:
    """What revising ``program`` with ``doc`` (a ``ProgramData``) would change, matched as
    ``program_revise`` matches it, with what is attached to each key task and target it
    withdraws, moves or rewords counted: the preview before saving."""
    state = program_to_data(program, withdrawn=True)
    return count_kept(diff_programs(state, data_to_dict(doc)))


def count_kept(changes: dict) -> dict:
    """``changes`` with each entry of ``kept`` counting what is attached to its row: a key
    task's progress reports, a target's reported values (two queries)."""
    kept = changes.get("kept") or []
    ids = {
        kind: [k["id"] for k in kept if k["kind"] == kind and k.get("id")]
        for kind in ("key_task", "target")
    }
    counts = {
        "key_task": dict(
            KeyTask.objects.filter(pk__in=ids["key_task"])
            .annotate(n=Count("reports"))
            .values_list("pk", "n")
        )
        if ids["key_task"]
        else {},
        "target": dict(
            Target.objects.filter(pk__in=ids["target"])
            .annotate(n=Count("values"))
            .values_list("pk", "n")
        )
        if ids["target"]
        else {},
    }
    for entry in kept:
        entry["count"] = counts[entry["kind"]].get(entry.get("id"), 0)
    return changes


def is_empty(changes: dict) -> bool:
    return not any(
        any(group.values()) if isinstance(group, dict) else group for group in changes.values()
    )


def summary(changes: dict) -> dict[str, int]:
    """Counts for a one-line description of a revision."""
    return {
        "sections_added": len(changes["sections"]["added"]),
        "sections_removed": len(changes["sections"]["removed"]),
        "items_added": len(changes["items"]["added"]),
        "items_removed": len(changes["items"]["removed"]),
        "key_tasks_added": len(changes["key_tasks"]["added"]),
        "key_tasks_removed": len(changes["key_tasks"]["removed"]),
        "key_tasks_changed": len(changes["key_tasks"]["changed"]),
        "key_tasks_moved": len(changes["key_tasks"].get("moved", [])),
        "key_tasks_restored": len(changes["key_tasks"].get("restored", [])),
        "targets_added": len(changes["targets"]["added"]),
        "targets_removed": len(changes["targets"]["removed"]),
        "targets_changed": len(changes["targets"]["changed"]),
        "targets_restored": len(changes["targets"].get("restored", [])),
    }


def task_field_label(name: str) -> str:
    """A key-task column of the document by its name on the page ("lead agency")."""
    if name not in TASK_COLUMNS:
        return name
    return str(KeyTask._meta.get_field(TASK_COLUMNS[name]).verbose_name)


def target_field_label(name: str) -> str:
    if name not in TARGET_FIELDS:
        return name
    return str(Target._meta.get_field(name).verbose_name)


def _target_value(name: str, value) -> str:
    """A target's stored value as the page shows it: "at least", "every year", 1,5."""
    if name == "where":
        return where_label(value or "")
    model_field = Target._meta.get_field(name) if name in TARGET_FIELDS else None
    return show_value(value, model_field)


def _listed(values) -> str:
    return ", ".join(str(v) for v in values)


def describe(changes: dict) -> list[str]:
    """What a revision changed, in words, one phrase per kind of change: "thêm 3 mục
    (II.4, II.5, II.6)", "sửa nhiệm vụ trọng tâm 5 (cơ quan chủ trì)" …"""
    sections, items = changes.get("sections", {}), changes.get("items", {})
    tasks, targets = changes.get("key_tasks", {}), changes.get("targets", {})
    out = []
    if added := sections.get("added"):
        out.append(
            ngettext(
                "added %(n)s section (%(paths)s)", "added %(n)s sections (%(paths)s)", len(added)
            )
            % {"n": len(added), "paths": _listed(added)}
        )
    if removed := sections.get("removed"):
        out.append(
            ngettext(
                "removed %(n)s section (%(paths)s)",
                "removed %(n)s sections (%(paths)s)",
                len(removed),
            )
            % {"n": len(removed), "paths": _listed(removed)}
        )
    if retitled := sections.get("retitled"):
        out.append(
            ngettext("renamed section %(paths)s", "renamed sections %(paths)s", len(retitled))
            % {"paths": _listed(retitled)}
        )
    if added := items.get("added"):
        out.append(
            ngettext("added %(n)s task or measure", "added %(n)s tasks and measures", len(added))
            % {"n": len(added)}
        )
    if removed := items.get("removed"):
        out.append(
            ngettext(
                "removed %(n)s task or measure", "removed %(n)s tasks and measures", len(removed)
            )
            % {"n": len(removed)}
        )
    if added := tasks.get("added"):
        out.append(
            ngettext("added key task %(numbers)s", "added key tasks %(numbers)s", len(added))
            % {"numbers": _listed(added)}
        )
    if removed := tasks.get("removed"):
        out.append(
            ngettext(
                "withdrew key task %(numbers)s", "withdrew key tasks %(numbers)s", len(removed)
            )
            % {"numbers": _listed(removed)}
        )
    if restored := tasks.get("restored"):
        out.append(
            ngettext(
                "brought back key task %(numbers)s",
                "brought back key tasks %(numbers)s",
                len(restored),
            )
            % {"numbers": _listed(restored)}
        )
    out += [moved_phrase(move) for move in tasks.get("moved", [])]
    for changed in tasks.get("changed", []):
        out.append(
            _("changed key task %(n)s (%(fields)s)")
            % {
                "n": changed["number"],
                "fields": _listed(task_field_label(f) for f in changed["fields"]),
            }
        )
    if added := targets.get("added"):
        out.append(
            ngettext("added the target “%(names)s”", "added the targets “%(names)s”", len(added))
            % {"names": "”, “".join(added)}
        )
    if removed := targets.get("removed"):
        out.append(
            ngettext(
                "withdrew the target “%(names)s”",
                "withdrew the targets “%(names)s”",
                len(removed),
            )
            % {"names": "”, “".join(removed)}
        )
    if restored := targets.get("restored"):
        out.append(
            ngettext(
                "brought back the target “%(names)s”",
                "brought back the targets “%(names)s”",
                len(restored),
            )
            % {"names": "”, “".join(restored)}
        )
    for changed in targets.get("changed", []):
        out.append(
            _("changed the target “%(name)s” (%(fields)s)")
            % {
                "name": changed["indicator"],
                "fields": _listed(target_field_label(f) for f in changed["fields"]),
            }
        )
    return out


def moved_phrase(move: dict) -> str:
    """A key task moved by a revision: "chuyển nhiệm vụ trọng tâm 3 từ mục II.1 sang II.3"."""
    places = {"n": move["number"], "from": _listed(move["from"]), "to": _listed(move["to"])}
    if not move["from"]:
        return _("placed key task %(n)s in section %(to)s") % places
    if not move["to"]:
        return _("took key task %(n)s out of section %(from)s") % places
    return _("moved key task %(n)s from section %(from)s to %(to)s") % places


def move_phrase(before: list[str], after: list[str]) -> str:
    """The same in the task's own history: "chuyển từ mục II.1 sang II.3"."""
    places = {"from": _listed(before), "to": _listed(after)}
    if not before:
        return _("placed in section %(to)s") % places
    if not after:
        return _("taken out of section %(from)s") % places
    return _("moved from section %(from)s to %(to)s") % places


def kept_rows(changes: dict) -> list[dict]:
    """What a revision withdraws, moves or rewords, and what stays attached to each, in
    words: {"what", "change", "count", "id", "kind"} ("3 giá trị đã báo cáo — được giữ
    lại")."""
    rows = []
    for entry in changes.get("kept") or []:
        count = entry.get("count") or 0
        if entry["kind"] == "key_task":
            what = _("Key task %(n)s: %(name)s") % {"n": entry["number"], "name": entry["name"]}
            if entry["change"] == "withdrawn":
                change = _("withdrawn from the program")
            else:
                change = move_phrase(entry["from"], entry["to"])
            attached = ngettext(
                "%(n)s progress report — kept", "%(n)s progress reports — kept", count
            )
        else:
            what = _("Target “%(name)s”") % {"name": entry["indicator"]}
            if entry["change"] == "withdrawn":
                change = _("withdrawn from the program")
            elif entry["change"] == "reworded":
                change = _("reworded, was “%(was)s”") % {"was": entry["was"]}
            else:
                change = _("moved from %(from)s to %(to)s") % {
                    "from": where_label(entry["from"]) or "—",
                    "to": where_label(entry["to"]) or "—",
                }
            attached = ngettext(
                "%(n)s reported value — kept", "%(n)s reported values — kept", count
            )
        rows.append(
            {
                "kind": entry["kind"],
                "id": entry.get("id"),
                "what": what,
                "change": change,
                "count": count,
                "attached": attached % {"n": count} if count else _("nothing reported yet"),
            }
        )
    return rows


def field_changes(changes: dict) -> dict[str, list]:
    """The key tasks and targets a revision changed, each with its changed fields labelled:
    {"key_tasks": [(number, [(label, old, new)])], "targets": [(indicator, [...])]}."""
    return {
        "key_tasks": [
            (
                c["number"],
                [(task_field_label(f), old, new) for f, (old, new) in c["fields"].items()],
            )
            for c in changes.get("key_tasks", {}).get("changed", [])
        ],
        "targets": [
            (
                c["indicator"],
                [
                    (target_field_label(f), _target_value(f, old), _target_value(f, new))
                    for f, (old, new) in c["fields"].items()
                ],
            )
            for c in changes.get("targets", {}).get("changed", [])
        ],
    }


def describe_counts(counts: dict) -> list[str]:
    """The same from the counts alone (``summary``), when the changes themselves are gone."""
    phrases = {
        "sections_added": lambda n: ngettext("added %(n)s section", "added %(n)s sections", n),
        "sections_removed": lambda n: ngettext(
            "removed %(n)s section", "removed %(n)s sections", n
        ),
        "items_added": lambda n: ngettext(
            "added %(n)s task or measure", "added %(n)s tasks and measures", n
        ),
        "items_removed": lambda n: ngettext(
            "removed %(n)s task or measure", "removed %(n)s tasks and measures", n
        ),
        "key_tasks_added": lambda n: ngettext("added %(n)s key task", "added %(n)s key tasks", n),
        "key_tasks_removed": lambda n: ngettext(
            "withdrew %(n)s key task", "withdrew %(n)s key tasks", n
        ),
        "key_tasks_changed": lambda n: ngettext(
            "changed %(n)s key task", "changed %(n)s key tasks", n
        ),
        "key_tasks_moved": lambda n: ngettext(
            "moved %(n)s key task to other sections", "moved %(n)s key tasks to other sections", n
        ),
        "key_tasks_restored": lambda n: ngettext(
            "brought back %(n)s key task", "brought back %(n)s key tasks", n
        ),
        "targets_added": lambda n: ngettext("added %(n)s target", "added %(n)s targets", n),
        "targets_removed": lambda n: ngettext("withdrew %(n)s target", "withdrew %(n)s targets", n),
        "targets_changed": lambda n: ngettext("changed %(n)s target", "changed %(n)s targets", n),
        "targets_restored": lambda n: ngettext(
            "brought back %(n)s target", "brought back %(n)s targets", n
        ),
    }
    return [
        phrase(counts[key]) % {"n": counts[key]}
        for key, phrase in phrases.items()
        if counts.get(key)
    ]
