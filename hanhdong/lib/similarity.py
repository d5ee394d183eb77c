"""TF-IDF similarity over Vietnamese text, without diacritics: which section does a sentence
belong to? Used to link key tasks to the areas they carry out and, later, to route citizens'
feedback. Syllable unigrams and bigrams stand in for Vietnamese words."""

from __future__ import annotations

import math
import re
from collections import Counter

from hanhdong.lib.text import fold

STOPWORDS = set(
    [
        "va",
        "cac",
        "cua",
        "cho",
        "trong",
        "voi",
        "la",
        "de",
        "tren",
        "theo",
        "nhung",
        "mot",
        "co",
        "duoc",
        "tai",
        "tu",
        "den",
        "nam",
        "nay",
        "do",
        "ve",
        "khi",
        "da",
        "se",
        "dang",
        "con",
        "thi",
        "ma",
        "nhu",
        "hoac",
        "neu",
        "tung",
        "moi",
        "tat",
        "ca",
        "nham",
        "giua",
        "sau",
        "truoc",
        # words every citizen's message and every area share
        "xa",
        "thon",
        "xom",
        "dan",
        "nha",
        "toi",
        "de",
        "nghi",
        "khong",
        "co",
        "bi",
        "roi",
        "lam",
        "nguoi",
        "dung",
        "ho",
        "cac",
    ]
)
_WORD = re.compile(r"[a-z0-9]+")


def tokens(text: str) -> list[str]:
    words = [w for w in _WORD.findall(fold(text)) if w not in STOPWORDS and not w.isdigit()]
    return words + [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)]


class Index:
    """Documents by key; ``rank`` orders them by cosine similarity to a query text."""

    def __init__(self, documents: dict):
        counts = {key: Counter(tokens(text)) for key, text in documents.items()}
        df = Counter(term for c in counts.values() for term in c)
        n = len(counts)
        self.idf = {term: math.log((1 + n) / (1 + d)) + 1 for term, d in df.items()}
        self.vectors = {key: self._weigh(c) for key, c in counts.items()}

    def _weigh(self, counts: Counter) -> dict[str, float]:
        vector = {t: (1 + math.log(c)) * self.idf.get(t, 0.0) for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        return {t: v / norm for t, v in vector.items() if v}

    def rank(self, text: str) -> list[tuple[object, float]]:
        query = self._weigh(Counter(tokens(text)))
        scores = [
            (key, sum(w * vector.get(t, 0.0) for t, w in query.items()))
            for key, vector in self.vectors.items()
        ]
        return sorted(scores, key=lambda pair: -pair[1])
