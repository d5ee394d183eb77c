"""Which kind a citizen's submission most likely is — a report or proposal (phản ánh, kiến
nghị), a complaint (khiếu nại: asks to reconsider an administrative decision or act that
touches the sender's rights) or a denunciation (tố cáo: reports someone's violation of the
law) —, which carry different laws and deadlines, with the reason in words, for the clerk
to confirm.

Two kinds of evidence, added up per kind: a linear classifier over the folded text (the
features of feedback/routing.py), trained on the shipped labelled submissions, and cues a
person can check — "đề nghị xem xét lại quyết định", "nhận tiền", "tố cáo" … —, which
also give the reason shown. bench/routing.py measures it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from django.utils.translation import gettext_lazy as _

from hanhdong.feedback.models import Kind
from hanhdong.feedback.routing import LABELLED_SETS, labelled, vectorizer
from hanhdong.lib.text import fold

GENERAL, COMPLAINT, DENUNCIATION = "phan_anh_kien_nghi", Kind.COMPLAINT, Kind.DENUNCIATION
GROUPS = (GENERAL, COMPLAINT, DENUNCIATION)
CUE_WEIGHT = 0.6  # what one cue adds to the classifier's margin for its kind


def group(kind: str) -> str:
    """The triage's kind of a submission's kind: complaint, denunciation, or the rest."""
    return kind if kind in (COMPLAINT, DENUNCIATION) else GENERAL


def _cue(pattern: str) -> re.Pattern:
    return re.compile(pattern)


# (pattern on the folded text, kind, reason): the first cue found for the suggested kind is
# the reason shown
_DECISION = r"(quyet dinh|van ban|thong bao|phuong an boi thuong|bien ban)"
CUES = [
    (
        _cue(
            rf"(xem xet lai|huy|thu hoi|khong dong y voi|khong dong y)\s+(cac |viec |lai )?"
            rf"{_DECISION}"
        ),
        COMPLAINT,
        _("asks to reconsider an administrative decision: may be a complaint (khiếu nại)"),
    ),
    (
        _cue(r"\bkhieu nai\b"),
        COMPLAINT,
        _("the sender calls it a complaint (khiếu nại): check that it contests a decision"),
    ),
    (
        _cue(
            r"quyet dinh (so|xu phat|thu hoi|cuong che|phe duyet|buoc)|phuong an boi thuong"
            r"|xu phat \d"
        ),
        COMPLAINT,
        _("names an administrative decision that touches the sender: may be a complaint"),
    ),
    (
        _cue(
            r"tu choi (cap|chung thuc|dang ky|giai quyet)|tra lai ho so|cat (tro cap|che do)"
            r"|thoi huong|(dua|loai) (ra )?khoi danh sach|khong (duoc )?cong nhan"
        ),
        COMPLAINT,
        _("an administrative act refused or ended the sender's right: may be a complaint"),
    ),
    (
        _cue(r"\bto cao\b"),
        DENUNCIATION,
        _("the sender calls it a denunciation (tố cáo): its author must stay confidential"),
    ),
    (
        _cue(
            r"nhan (tien|hoi lo|phong bi)|doi (tien|\d+ (trieu|nghin))|an chan|bo tui|bien thu"
            r"|tham o|gia mao|gia chu ky|ky khong|(lap|ke) (ho so |danh sach )?khong"
            r"|rut ruot|nhung nhieu|vu loi|loi dung chuc vu|thong dong|chay (an|viec)"
        ),
        DENUNCIATION,
        _(
            "reports a violation of the law by an official or a person (money taken, "
            "embezzlement, forgery): may be a denunciation (tố cáo)"
        ),
    ),
    (
        _cue(r"\b(sai pham|vi pham phap luat|xu ly nghiem|ky luat)\b"),
        DENUNCIATION,
        _("asks for someone's wrongdoing to be dealt with: may be a denunciation (tố cáo)"),
    ),
]
GENERAL_REASON = _(
    "it tells of a problem or asks for something, and names no administrative decision and "
    "no wrongdoing"
)
MODEL_REASON = {
    GENERAL: GENERAL_REASON,
    COMPLAINT: _("reads like the complaints the router has learnt from"),
    DENUNCIATION: _("reads like the denunciations the router has learnt from"),
}


@dataclass
class Suggestion:
    kind: str  # GENERAL, COMPLAINT or DENUNCIATION
    reason: str

    def __getitem__(self, key):  # bench/routing.py and templates read it like a dict
        return getattr(self, key)


class Triage:
    def __init__(self, rows=None):
        """``rows``: {"text", "kind"} to learn from; the shipped labelled sets by default."""
        if rows is None:
            rows = [row for name in LABELLED_SETS for row in labelled(name)]
        rows = [row for row in rows if row.get("kind")]
        self.features = vectorizer().fit([row["text"] for row in rows])
        from sklearn.svm import LinearSVC

        self.model = LinearSVC(C=1.0, class_weight="balanced").fit(
            self.features.transform([row["text"] for row in rows]),
            [group(row["kind"]) for row in rows],
        )

    def suggest(self, text: str) -> Suggestion:
        margins = self.model.decision_function(self.features.transform([text]))[0]
        scores = dict(zip(self.model.classes_, map(float, margins), strict=True))
        folded = fold(text)
        found = {}
        for pattern, kind, reason in CUES:
            if pattern.search(folded):
                scores[kind] = scores.get(kind, 0.0) + CUE_WEIGHT
                found.setdefault(kind, reason)
        best = max(GROUPS, key=lambda kind: scores.get(kind, float("-inf")))
        return Suggestion(best, str(found.get(best, MODEL_REASON[best])))


@cache
def triage() -> Triage:
    """The triage learnt from the shipped sets, once per process."""
    return Triage()
