"""What changed between two versions of a program (as ``hanhdong.program/1`` dictionaries)."""

from __future__ import annotations

from collections import Counter

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from hanhdong.audit.history import show_value
from hanhdong.lib.text import fold
from hanhdong.programs.models import KeyTask
from hanhdong.targets.models import Target

TASK_FIELDS = ["name", "lead", "partners", "start", "end", "resources"]
TARGET_FIELDS = ["value", "unit", "comparison", "year", "recurrence"]
# the model field a document's key-task column is stored in, whose verbose name labels it
TASK_COLUMNS = {
    "name": "name",
    "lead": "lead",
    "partners": "partners",
    "start": "start_period",
    "end": "end_period",
    "resources": "resources",
}


def _nodes(parts: list[dict]) -> dict[str, dict]:
    from hanhdong.programs.formats import section_path

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


def target_key(target: dict) -> tuple[str, str]:
    return target.get("where") or "", fold(target.get("indicator") or "")


def diff_programs(old: dict, new: dict) -> dict:
    """Sections, items, key tasks and targets added, removed or changed."""
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

    old_tasks = {t["number"]: t for t in old.get("key_tasks", [])}
    new_tasks = {t["number"]: t for t in new.get("key_tasks", [])}
    tasks_changed = []
    for number in sorted(set(old_tasks) & set(new_tasks)):
        fields = {
            f: [old_tasks[number].get(f, ""), new_tasks[number].get(f, "")]
            for f in TASK_FIELDS
            if (old_tasks[number].get(f) or "") != (new_tasks[number].get(f) or "")
        }
        if fields:
            tasks_changed.append({"number": number, "fields": fields})

    old_targets = {target_key(t): t for t in old.get("targets", [])}
    new_targets = {target_key(t): t for t in new.get("targets", [])}
    targets_changed = []
    for key in sorted(set(old_targets) & set(new_targets)):
        fields = {
            f: [old_targets[key].get(f), new_targets[key].get(f)]
            for f in TARGET_FIELDS
            if old_targets[key].get(f) != new_targets[key].get(f)
        }
        if fields:
            targets_changed.append({"indicator": new_targets[key]["indicator"], "fields": fields})
    return {
        "sections": sections,
        "items": {"added": items_added, "removed": items_removed},
        "key_tasks": {
            "added": sorted(set(new_tasks) - set(old_tasks)),
            "removed": sorted(set(old_tasks) - set(new_tasks)),
            "changed": tasks_changed,
        },
        "targets": {
            "added": [
                new_targets[k]["indicator"] for k in sorted(set(new_targets) - set(old_targets))
            ],
            "removed": [
                old_targets[k]["indicator"] for k in sorted(set(old_targets) - set(new_targets))
            ],
            "changed": targets_changed,
        },
    }


def is_empty(changes: dict) -> bool:
    return not any(value for group in changes.values() for value in group.values())


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
        "targets_added": len(changes["targets"]["added"]),
        "targets_removed": len(changes["targets"]["removed"]),
        "targets_changed": len(changes["targets"]["changed"]),
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
                "removed the target “%(names)s”", "removed the targets “%(names)s”", len(removed)
            )
            % {"names": "”, “".join(removed)}
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
        "targets_added": lambda n: ngettext("added %(n)s target", "added %(n)s targets", n),
        "targets_removed": lambda n: ngettext("removed %(n)s target", "removed %(n)s targets", n),
        "targets_changed": lambda n: ngettext("changed %(n)s target", "changed %(n)s targets", n),
    }
    return [
        phrase(counts[key]) % {"n": counts[key]}
        for key, phrase in phrases.items()
        if counts.get(key)
    ]
