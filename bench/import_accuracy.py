"""Import accuracy against gold files: the seed (from ../shared) and our own documents.

Prints one line per document, then a JSON object with the seed's figures and the worst
figures over all documents. Goals (issue 3): key-task fields 100 %, outline 100 %, targets
recall >= 90 % and precision >= 80 %.
"""

import json
import sys

from _setup import OWN_DATA, SHARED, setup

setup()

from hanhdong.imports.parse.document import DocumentError  # noqa: E402
from hanhdong.imports.reader import read_document  # noqa: E402
from hanhdong.imports.tests.accuracy import compare  # noqa: E402


def documents():
    seed = SHARED / "seeds" / "000_9f14aadca8c603d6.txt"
    if seed.exists():
        yield seed, seed.with_name(seed.stem + ".gold.json")
    else:
        print(f"seed not found at {seed}: skipped", file=sys.stderr)
    for gold in sorted(OWN_DATA.glob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        for candidate in sorted(OWN_DATA.glob(stem + ".*")):
            if candidate != gold and not candidate.name.endswith(".json"):
                yield candidate, gold


def main() -> int:
    rows = {}
    for path, gold_path in documents():
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        try:
            parsed = read_document(path.read_bytes(), path.name).data
        except DocumentError as exc:  # a refused document scores nothing, and says why
            print(f"{path.name:32} refused: {exc}")
            parsed = {}
        result = compare(parsed, gold)
        rows[path.name] = result
        print(
            f"{path.name:32} key-task fields {result['key_task_fields']:7.1%}"
            f" ({result['key_tasks']})"
            f"  outline {result['outline_nodes']:7.1%} ({result['outline']})"
            f"  targets recall {result['targets_recall']:6.1%} precision "
            f"{result['targets_precision']:6.1%} ({result['targets']})"
        )
        if "-v" in sys.argv:
            keys = ("task_errors", "node_errors", "target_misses", "target_extras", "header_errors")
            for key in keys:
                for entry in result[key]:
                    print(f"    {key}: {entry}")
    if not rows:
        print("no documents found")
        return 1
    keys = ["key_task_fields", "outline_nodes", "targets_recall", "targets_precision"]
    summary = {"documents": len(rows)}
    seed = next((r for name, r in rows.items() if name.startswith("000_")), None)
    if seed:
        summary.update({f"seed_{k}": round(seed[k], 4) for k in keys})
    summary.update({f"min_{k}": round(min(r[k] for r in rows.values()), 4) for k in keys})
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
