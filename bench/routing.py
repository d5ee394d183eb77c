"""Routing accuracy: top-1 and top-3 area accuracy of the suggestion engine, routed against
the seed program (goals: top-1 >= 75 %, top-3 >= 90 %). Last line: JSON.

Two labelled sets of 120 submissions ship in hanhdong/feedback/data: `routing_tuned`, on
which the engine's citizens'-words lexicon was tuned, and `routing_blind`, written by
someone who had not seen the engine or the first set. Each set is measured with the
engine learning only from the *other* set, so no figure comes from a submission the
engine learnt from; the blind set's figure is the honest one. Only the tuned set names the
agency that should handle each submission: its agency figure is measured leaving each
submission out in turn.
"""

import json
import sys

from _setup import SHARED, setup

setup()

from hanhdong.feedback.routing import Router, labelled  # noqa: E402
from hanhdong.imports.reader import read_document  # noqa: E402

SETS = {"blind": "routing_blind.jsonl", "tuned": "routing_tuned.jsonl"}


def measure(data: dict, test: str, learn_from: str, verbose: bool) -> dict:
    router = Router(data, labelled_sets=(learn_from,))
    rows = labelled(test)
    top1 = top3 = 0
    for row in rows:
        got = router.suggest(row["text"])
        top1 += got["areas"][:1] == [row["area"]]
        top3 += row["area"] in got["areas"][:3]
        if verbose and got["areas"][:1] != [row["area"]]:
            print("miss", row["area"], got["areas"], row["text"][:90])
    return {
        "submissions": len(rows),
        "top1": round(top1 / len(rows), 3),
        "top3": round(top3 / len(rows), 3),
    }


def agency_leave_one_out(data: dict) -> float:
    """Agency in the top 3 for each submission of the tuned set (the only one labelled with
    agencies), the engine learning from the blind set and the tuned set's other 119."""
    rows = labelled(SETS["tuned"])
    hits = 0
    for index, row in enumerate(rows):
        others = [(r["text"], r["area"], r["agency"]) for i, r in enumerate(rows) if i != index]
        router = Router(data, examples=others, labelled_sets=(SETS["blind"],))
        hits += row["agency"] in router.suggest(row["text"])["agencies"][:3]
    return round(hits / len(rows), 3)


def main() -> int:
    seed = SHARED / "seeds" / "000_9f14aadca8c603d6.txt"
    if not seed.exists():
        print(f"seed not found at {seed}")
        return 1
    data = read_document(seed.read_bytes(), seed.name).data
    blind = measure(data, SETS["blind"], SETS["tuned"], "-v" in sys.argv)
    tuned = measure(data, SETS["tuned"], SETS["blind"], "-v" in sys.argv)
    agency = agency_leave_one_out(data)
    for name, figures in (("blind", blind), ("tuned", tuned)):
        print(
            f"{name} set, {figures['submissions']} submissions (learning from the other set):"
            f" area top-1 {figures['top1']:.1%}, top-3 {figures['top3']:.1%}"
            + (
                f"; agency in top-3 {figures['agency_top3']:.1%}"
                if "agency_top3" in figures
                else ""
            )
        )
    print(
        f"agency in top-3, tuned set, each submission routed learning from all the others:"
        f" {agency:.1%}"
    )
    print(json.dumps({**blind, "agency_top3": agency, "tuned_set": tuned}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
