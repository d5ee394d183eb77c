"""What changed between two versions of a program (as ``hanhdong.program/1`` dictionaries)."""

from __future__ import annotations

from collections import Counter

from hanhdong.lib.text import fold

TASK_FIELDS = ["name", "lead", "partners", "start", "end", "resources"]
TARGET_FIELDS = ["value", "unit", "comparison", "year", "recurrence"]


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
