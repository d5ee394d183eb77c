"""How close an import comes to a gold file: the figures ``bench/import_accuracy.py`` prints
and the import tests check. Measurement, not product: it lives with the tests.

- key tasks: every field of every task, compared exactly;
- outline: every node's path and item count;
- header: the issuer, number, date, term, signer and number of recipients (not a figure,
  a list of differences);
- targets: a predicted target matches a gold one when value, unit, comparison, deadline
  year and recurrence are equal and it is stated in the same place (the same section, or
  a section inside it or around it: "II.1.9.(1)" for "II.1.9"); among several candidates
  the one whose indicator shares most words with the gold indicator wins.
"""

from __future__ import annotations

from hanhdong.imports.parse.targets import similarity

TASK_FIELDS = [
    "number",
    "name",
    "lead",
    "partners",
    "start",
    "start_period",
    "end",
    "end_period",
    "resources",
]


def _paths(nodes, prefix="") -> dict[str, int]:
    out = {}
    for node in nodes:
        number = node["number"]
        if prefix and "." in number and number.startswith(prefix.split(".")[-1] + "."):
            path = prefix[: len(prefix) - len(prefix.split(".")[-1])] + number
        else:
            path = f"{prefix}.{number}" if prefix else number
        items = node.get("items")
        out[path] = len(items) if isinstance(items, list) else (items or 0)
        out.update(_paths(node.get("children", []), path))
    return out


def _near(a: str, b: str) -> bool:
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def compare(predicted: dict, gold: dict) -> dict:
    # key tasks
    gold_tasks = {t["number"]: t for t in gold.get("key_tasks", [])}
    pred_tasks = {t["number"]: t for t in predicted.get("key_tasks", [])}
    field_total = len(gold_tasks) * len(TASK_FIELDS)
    field_ok = 0
    task_errors = []
    for number, want in gold_tasks.items():
        got = pred_tasks.get(number, {})
        for name in TASK_FIELDS:
            if got.get(name) == want.get(name):
                field_ok += 1
            else:
                task_errors.append((number, name, got.get(name), want.get(name)))
    # outline
    gold_nodes = _paths(gold.get("parts", []))
    pred_nodes = _paths(predicted.get("parts", []))
    node_ok = sum(1 for path, n in gold_nodes.items() if pred_nodes.get(path) == n)
    node_total = max(len(gold_nodes), len(pred_nodes))
    # targets
    unmatched = list(predicted.get("targets", []))
    matched, misses = 0, []
    for want in gold.get("targets", []):
        candidates = [
            t
            for t in unmatched
            if float(t["value"]) == float(want["value"])
            and t["unit"].lower() == want["unit"].lower()
            and t["comparison"] == want["comparison"]
            and t.get("year") == want.get("year")
            and t.get("recurrence") == want.get("recurrence")
            and _near(t.get("where", ""), want.get("where", ""))
        ]
        if candidates:
            best = max(candidates, key=lambda t: similarity(want["indicator"], t["indicator"]))
            unmatched.remove(best)
            matched += 1
        else:
            misses.append(want)
    n_gold, n_pred = len(gold.get("targets", [])), len(predicted.get("targets", []))
    header_errors = [
        (name, got, want)
        for name, got, want in _header(predicted, gold)
        if (got or None) != (want or None)
    ]
    return {
        "key_task_fields": field_ok / field_total if field_total else 1.0,
        "key_tasks": f"{len(pred_tasks)}/{len(gold_tasks)}",
        "outline_nodes": node_ok / node_total if node_total else 1.0,
        "outline": f"{node_ok}/{node_total}",
        "targets_recall": matched / n_gold if n_gold else 1.0,
        "targets_precision": matched / n_pred if n_pred else 1.0,
        "targets": f"{matched} matched, {n_gold} gold, {n_pred} found",
        "task_errors": task_errors,
        "node_errors": sorted(
            (p, pred_nodes.get(p), n) for p, n in gold_nodes.items() if pred_nodes.get(p) != n
        )
        + sorted((p, n, None) for p, n in pred_nodes.items() if p not in gold_nodes),
        "target_misses": misses,
        "target_extras": unmatched,
        "header_errors": header_errors,
    }


def _header(predicted: dict, gold: dict):
    """(field, read, gold) for what the preview shows of the document itself; the term by
    its years (a proposed term carries a flag the gold does not)."""
    for name in ("issuer", "number", "date", "signed_by"):
        yield name, predicted.get(name), gold.get(name)
    term = predicted.get("term") or {}
    yield "term", (term.get("start"), term.get("end")), tuple((gold.get("term") or {}).values())
    if "recipients_count" in gold:
        yield "recipients", len(predicted.get("recipients", [])), gold["recipients_count"]
