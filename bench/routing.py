"""Routing accuracy: top-1 and top-3 area accuracy of the suggestion engine on the labelled
submissions in hanhdong/feedback/tests/data/routing.jsonl, routed against the seed program
(goals: top-1 >= 75 %, top-3 >= 90 %). Last line: JSON."""

import json
import sys

from _setup import ROOT, SHARED, setup

setup()

from hanhdong.feedback.routing import Router  # noqa: E402
from hanhdong.imports.reader import read_document  # noqa: E402


def main() -> int:
    seed = SHARED / "seeds" / "000_9f14aadca8c603d6.txt"
    if not seed.exists():
        print(f"seed not found at {seed}")
        return 1
    router = Router(read_document(seed.read_bytes(), seed.name).data)
    rows = [
        json.loads(line)
        for line in (ROOT / "hanhdong/feedback/tests/data/routing.jsonl").read_text().splitlines()
        if line.strip()
    ]
    top1 = top3 = agency3 = 0
    misses = []
    for row in rows:
        got = router.suggest(row["text"])
        top1 += got["areas"][:1] == [row["area"]]
        top3 += row["area"] in got["areas"][:3]
        agency3 += row["agency"] in got["agencies"][:3]
        if got["areas"][:1] != [row["area"]]:
            misses.append((row["area"], got["areas"], row["text"][:90]))
    if "-v" in sys.argv:
        for miss in misses:
            print("miss", *miss)
    result = {
        "submissions": len(rows),
        "top1": round(top1 / len(rows), 3),
        "top3": round(top3 / len(rows), 3),
        "agency_top3": round(agency3 / len(rows), 3),
    }
    print(
        f"{len(rows)} submissions: area top-1 {result['top1']:.1%}, top-3 {result['top3']:.1%};"
        f" agency in top-3 {result['agency_top3']:.1%}"
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
