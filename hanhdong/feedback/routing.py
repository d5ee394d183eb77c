"""Which area of the program and which agency a citizen's submission most likely concerns,
and how alike two submissions are.

A linear classifier (scikit-learn's LinearSVC) over the text folded without diacritics —
character n-grams, which survive misspellings, missing diacritics and SMS shorthand, and
word unigrams and bigrams — is trained, for each program, on:
- the labelled submissions shipped in feedback/data (written for the Nghi Dương program in
  the ways citizens write: letters, SMS, petitions, no diacritics; carried over to another
  program's areas by the likeness of the area titles);
- the program's own words: the titles and items of each part-II area and the key tasks
  linked to it;
- the commune's own submissions a clerk tied to an area (and assigned to an agency), with
  more weight, so the router learns the commune's words and corrections.
The agencies are ranked by a second classifier trained on the submissions whose agency is
known, with the leads of the likely areas' key tasks as a weak prior. Nothing here is tied
to one program's numbering. bench/routing.py measures it.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from hanhdong.lib.similarity import Index
from hanhdong.lib.text import fold
from hanhdong.programs.formats import section_path


def _areas(data: dict) -> list[tuple[str, str, str]]:
    """(path, title, text) of the main part's areas; the text holds the titles and items of
    the area and all below."""
    parts = data.get("parts", [])
    if not parts:
        return []
    main = max(parts, key=lambda p: len(p.get("children") or []))
    out = []

    def collect(node, parent_path, parent_number, texts):
        path = section_path(parent_path, parent_number, node["number"])
        texts.append(node.get("title", ""))
        texts.extend(i for i in node.get("items") or [] if isinstance(i, str))
        for child in node.get("children") or []:
            collect(child, path, node["number"], texts)
        return path

    for area in main.get("children") or []:
        texts: list[str] = []
        path = collect(area, main["number"], "", texts)
        out.append((path, area.get("title", ""), " ".join(texts)))
    return out


DATA = Path(__file__).parent / "data"
# the training set, then the two sets of the first router (one of them labelled with agencies)
LABELLED_SETS = ("routing_train.jsonl", "routing_tuned.jsonl", "routing_blind.jsonl")
HELD_OUT = "routing_heldout.jsonl"  # never trained on: bench/routing.py measures on it
MIN_TITLE_LIKENESS = 0.5
PROGRAM_WEIGHT = 0.5  # a sentence of the program weighs half a citizen's submission
COMMUNE_WEIGHT = 3.0  # a submission the commune's clerk routed weighs three
LEAD_WEIGHT = 0.1  # the leads of the likely areas' key tasks, against the agency classifier


def labelled(name: str) -> list[dict]:
    """A labelled set: {"text", "area" (as the Nghi Dương program numbers it), ...} per line."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def shipped_examples(titles: dict[str, str], names=LABELLED_SETS) -> list[tuple[str, str]]:
    """The shipped labelled submissions as (text, area path of *this* program, agency or "").

    ``titles``: this program's area titles by path. A Nghi Dương area is carried over to
    the area whose title is most like its own, when the likeness is strong and mutual (the
    same title in another commune's program, or a reworded one); otherwise its
    submissions are left out, so a differently built program learns only from its own.
    """
    theirs = json.loads((DATA / "routing_areas.json").read_text(encoding="utf-8"))
    ours = Index(titles)
    back = Index(theirs)
    to_path = {}
    for number, title in theirs.items():
        ranked = ours.rank(title)
        if not ranked or ranked[0][1] < MIN_TITLE_LIKENESS:
            continue
        path = ranked[0][0]
        if back.rank(titles[path])[0][0] == number:
            to_path[number] = path
    return [
        (row["text"], to_path[row["area"]], row.get("agency", ""))
        for name in names
        for row in labelled(name)
        if row["area"] in to_path
    ]


def _program_sentences(data: dict, titles: dict[str, str]) -> list[tuple[str, str]]:
    """(sentence, area path) for every title and item of each area and each key task linked
    to one: the program's own words."""
    parts = data.get("parts", [])
    out = []
    if parts:
        main = max(parts, key=lambda p: len(p.get("children") or []))

        def walk(node, parent_path, parent_number, area):
            path = section_path(parent_path, parent_number, node["number"])
            area = area or path
            out.append((node.get("title", ""), area))
            out.extend((i, area) for i in node.get("items") or [] if isinstance(i, str))
            for child in node.get("children") or []:
                walk(child, path, node["number"], area)

        for area in main.get("children") or []:
            walk(area, main["number"], "", "")
    for task in data.get("key_tasks", []):
        area = _area_of(task.get("sections") or [], titles)
        if area and task.get("name"):
            out.append((task["name"], area))
    return [(text, area) for text, area in out if text.strip() and area in titles]


def _area_of(paths, titles) -> str | None:
    for path in paths:
        found = next((a for a in titles if path == a or path.startswith(a + ".")), None)
        if found:
            return found
    return None


def vectorizer():
    """Features of a text folded without diacritics ("đường" and "duong" alike): character
    2–5-grams within words and word 1–2-grams, TF-IDF weighted."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_union

    return make_union(
        TfidfVectorizer(
            preprocessor=fold, analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True
        ),
        TfidfVectorizer(
            preprocessor=fold, token_pattern=r"[a-z0-9]+", ngram_range=(1, 2), sublinear_tf=True
        ),
    )


class Ranker:
    """Labels ranked for a text by a linear classifier; with one label or none it ranks by
    nothing and keeps the order it was given."""

    def __init__(self, features, rows, labels: list[str], weights: list[float], order=()):
        self.features = features
        self.labels = sorted(set(labels))
        self.order = [*order, *(x for x in self.labels if x not in order)]
        self.model = None
        if len(self.labels) > 1:
            from sklearn.svm import LinearSVC

            self.model = LinearSVC(C=1.0).fit(rows, labels, sample_weight=weights)

    def scores(self, rows) -> list[dict[str, float]]:
        """Each row's score per label (a margin: higher is likelier)."""
        if self.model is None:
            return [{label: 0.0 for label in self.order} for _ in range(rows.shape[0])]
        margins = self.model.decision_function(rows)
        if margins.ndim == 1:  # two labels: one margin, for the second
            margins = [[-m, m] for m in margins]
        return [dict(zip(self.model.classes_, map(float, row), strict=True)) for row in margins]


class Base:
    """What a program's router learns before any commune's own submissions: the features
    fitted on the shipped submissions and the program's words, and those rows. Built once
    per program revision (feedback/selectors.py keeps it)."""

    def __init__(self, data: dict, labelled_sets=LABELLED_SETS, shipped=None):
        """``shipped``: (text, area path, agency) to learn from instead of the shipped sets
        (bench/routing.py's cross-validation)."""
        areas = _areas(data)
        self.titles = {path: title for path, title, _text in areas}
        self.order = list(self.titles)
        if shipped is None:
            shipped = shipped_examples(self.titles, labelled_sets) if labelled_sets else []
        program = _program_sentences(data, self.titles)
        self.texts = [t for t, _a, _g in shipped] + [t for t, _a in program]
        self.areas = [a for _t, a, _g in shipped] + [a for _t, a in program]
        self.agencies = [g for _t, _a, g in shipped] + [""] * len(program)
        self.weights = [1.0] * len(shipped) + [PROGRAM_WEIGHT] * len(program)
        self.features = vectorizer().fit(self.texts or [" "])
        self.rows = self.features.transform(self.texts) if self.texts else None
        # who leads the key tasks of each area, as shares: a weak prior for the agency
        leads: dict[str, Counter] = defaultdict(Counter)
        for task in data.get("key_tasks", []):
            lead = (task.get("lead") or "").strip()
            area = _area_of(task.get("sections") or [], self.titles)
            if area and lead:
                leads[area][lead] += 1
        self.area_agencies = {
            area: {name: n / sum(names.values()) for name, n in names.items()}
            for area, names in leads.items()
        }


class Router:
    def __init__(
        self,
        data: dict | None = None,
        examples=None,
        labelled_sets=LABELLED_SETS,
        base: Base | None = None,
    ):
        """``examples``: (text, area path[, agency name]) of this program, e.g. the
        commune's own submissions tied to an area and assigned to an agency, weighed
        COMMUNE_WEIGHT; ``labelled_sets``: which shipped sets to learn from; ``base``: the
        program's Base, when already built (then ``data`` is not read)."""
        from scipy.sparse import vstack

        self.base = base or Base(data or {}, labelled_sets)
        known = [
            (example[0], example[1], example[2] if len(example) > 2 else "")
            for example in examples or []
            if example[1] in self.base.titles
        ]
        features = self.base.features
        rows = [self.base.rows] if self.base.rows is not None else []
        if known:
            rows.append(features.transform([text for text, _a, _g in known]))
        areas = self.base.areas + [a for _t, a, _g in known]
        agencies = self.base.agencies + [g for _t, _a, g in known]
        weights = self.base.weights + [COMMUNE_WEIGHT] * len(known)
        matrix = vstack(rows).tocsr() if rows else None
        self.areas = Ranker(features, matrix, areas, weights, self.base.order)
        with_agency = [i for i, agency in enumerate(agencies) if agency]
        self.agencies = Ranker(
            features,
            matrix[with_agency] if with_agency else None,
            [agencies[i] for i in with_agency],
            [weights[i] for i in with_agency],
        )

    def suggest(self, text: str, top: int = 3) -> dict:
        row = self.base.features.transform([text])
        area_scores = self.areas.scores(row)[0]
        areas = sorted(self.areas.order, key=lambda a: -area_scores.get(a, float("-inf")))
        agency_scores = Counter(self.agencies.scores(row)[0] if self.agencies.model else {})
        for rank, path in enumerate(areas[:top]):
            for name, share in self.base.area_agencies.get(path, {}).items():
                agency_scores[name] += LEAD_WEIGHT * share / (rank + 1)
        return {
            "areas": areas[:top],
            "agencies": [name for name, _ in agency_scores.most_common(top)],
        }
