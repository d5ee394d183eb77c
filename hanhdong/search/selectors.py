"""What a member of staff finds: the submissions they may see (a denunciation only by those
who may know its author), the key tasks, handed-in progress reports and the program's
sections and items of the communes they read — each group ranked, diacritics ignored."""

from __future__ import annotations

import unicodedata

from django.urls import reverse

from hanhdong.feedback.models import Feedback, Kind
from hanhdong.lib.text import clip, fold, mask_personal
from hanhdong.orgs.access import Reach
from hanhdong.programs.models import Item, KeyTask, Section
from hanhdong.reports.models import ProgressReport
from hanhdong.search.index import asking, find, sources, words

SHOWN = 20  # results per group
SNIPPET = 160  # characters of text around the first word found


def search(reach: Reach, query: str) -> dict:
    """The groups of results for ``query``: {"words", "groups": [(name, results)]}, each
    result {"title", "url", "snippet", "commune"}."""
    found = words(query)
    by_name = {source.name: source for source in sources()}
    communes = {c.pk: c for c in reach.communes()}
    groups = []
    if found and communes:
        with asking():
            groups = [
                ("feedback", _feedback(reach, by_name["feedback"], found, communes)),
                ("task", _tasks(by_name["task"], found, communes)),
                ("report", _reports(by_name["report"], found, communes)),
                ("section", _sections(by_name["section"], by_name["item"], found, communes)),
            ]
    return {"words": found, "groups": [(name, rows) for name, rows in groups if rows]}


def _in_order(model, ids, related=()):
    rows = model.objects.select_related(*related).in_bulk(ids)
    return [rows[i] for i in ids if i in rows]


def _feedback(reach, source, found, communes) -> list[dict]:
    listed = [pk for pk in communes if reach.can_see_feedback_list(pk)]
    whole = [pk for pk in listed if reach.sees_all_feedback(pk)]
    agencies = sorted(reach.agency_ids)
    denouncers = [pk for pk in listed if reach.may_know_denouncers(pk)]
    conditions, params = [], []
    # the commune's every submission, or those assigned to the user's agency
    conditions.append(
        "(t.commune_id IN ({}) OR t.agency_id IN ({}))".format(
            ", ".join(["%s"] * len(whole)) or "NULL", ", ".join(["%s"] * len(agencies)) or "NULL"
        )
    )
    params += [*whole, *agencies]
    # a denunciation, only where the user may know its author
    conditions.append(
        "(t.kind <> %s OR t.commune_id IN ({}))".format(
            ", ".join(["%s"] * len(denouncers)) or "NULL"
        )
    )
    params += [Kind.DENUNCIATION, *denouncers]
    ids = find(source, found, listed, SHOWN, (" AND ".join(conditions), params))
    return [
        {
            "title": f"{item.public_id} · {_title_for(reach, item)}",
            "url": reverse("feedback:handle", args=[item.pk]),
            "snippet": snippet(mask_personal(item.text), found),
            "commune": communes[item.commune_id].name,
            "state": item.get_state_display(),
        }
        for item in _in_order(Feedback, ids)
        # found by what is masked for this user (a sender's name or number): not found, or
        # a search for a person would tell who wrote in
        if reach.may_see_identity(item) or _found_unmasked(item, found)
    ]


def _found_unmasked(item, found: list[str]) -> bool:
    """Whether every word searched for stands in what ``item`` shows masked."""
    shown = fold(" ".join(mask_personal(text) for text in (item.title, item.text, item.place)))
    return all(word in shown for word in found)


def _title_for(reach, item) -> str:
    """The title as written for whoever may know who sent it; masked for anyone else."""
    return item.title if reach.may_see_identity(item) else mask_personal(item.title)


def _tasks(source, found, communes) -> list[dict]:
    ids = find(source, found, list(communes), SHOWN)
    return [
        {
            "title": f"{task.number}. {task.name}",
            "url": reverse("programs:task", args=[task.pk]),
            "snippet": snippet(
                " · ".join(x for x in (task.lead_text, task.partners_text) if x), found
            ),
            "commune": communes[task.program.commune_id].name,
        }
        for task in _in_order(KeyTask, ids, ("program",))
    ]


def _reports(source, found, communes) -> list[dict]:
    ids = find(source, found, list(communes), SHOWN)
    return [
        {
            "title": f"{report.task.number}. {clip(report.task.name, 90)} — {report.period}",
            "url": reverse("reports:report", args=[report.task_id, report.period_id]),
            "snippet": snippet(
                " · ".join(x for x in (report.results, report.difficulties, report.proposals) if x),
                found,
            ),
            "commune": communes[report.task.program.commune_id].name,
        }
        for report in _in_order(ProgressReport, ids, ("task__program", "period"))
    ]


def _sections(sections, items, found, communes) -> list[dict]:
    """The program's sections and items, a section first where both are found."""
    rows = []
    for section in _in_order(Section, find(sections, found, list(communes), SHOWN), ("program",)):
        rows.append((section, section.title, section.body))
    for item in _in_order(Item, find(items, found, list(communes), SHOWN), ("section__program",)):
        rows.append((item.section, item.section.title, item.text))
    shown, seen = [], set()
    for section, title, text in rows:
        if (section.pk, text) in seen:
            continue
        seen.add((section.pk, text))
        shown.append(
            {
                "title": f"{section.path}. {title}",
                "url": reverse("programs:sections", args=[section.program_id]),
                "snippet": snippet(text, found),
                "commune": communes[section.program.commune_id].name,
            }
        )
    return shown[:SHOWN]


def snippet(text: str, found: list[str]) -> str:
    """Some words of ``text`` around the first query word it holds, diacritics ignored."""
    text = " ".join(unicodedata.normalize("NFC", text or "").split())
    folded = fold(text)
    if len(folded) != len(text):  # a letter whose lower case is longer: fold one by one
        folded = "".join(fold(ch)[:1] or " " for ch in text)
    at = min((i for i in (folded.find(w) for w in found) if i >= 0), default=0)
    start = max(0, at - SNIPPET // 3)
    piece = text[start : start + SNIPPET]
    return ("…" if start else "") + piece + ("…" if start + SNIPPET < len(text) else "")
