"""How the history panel tells the entries of programs, key tasks and sections
(``audit.history``): an import and a revision in a sentence, a task's periods as written."""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from hanhdong.audit.history import register
from hanhdong.audit.models import AuditAction
from hanhdong.lib import periods
from hanhdong.programs.models import KeyTask, Program, ProgramRevision, Section
from hanhdong.programs.revisions import describe, describe_counts, move_phrase
from hanhdong.targets.history import revision_sentence


def _period(value) -> str:
    try:
        period = periods.Period.from_dict(value)
    except periods.PeriodError:
        return str(value)
    return period.label if period is not None else ""


def _loaded(changes: dict) -> str:
    counts = [
        ngettext("%(n)s section", "%(n)s sections", changes.get("sections") or 0),
        ngettext("%(n)s task or measure", "%(n)s tasks and measures", changes.get("items") or 0),
        ngettext("%(n)s key task", "%(n)s key tasks", changes.get("key_tasks") or 0),
        ngettext("%(n)s target", "%(n)s targets", changes.get("targets") or 0),
    ]
    keys = ["sections", "items", "key_tasks", "targets"]
    what = "; ".join(c % {"n": changes.get(k) or 0} for c, k in zip(counts, keys, strict=True))
    if changes.get("source"):
        return _("Program imported from “%(source)s”: %(what)s") % {
            "source": changes["source"],
            "what": what,
        }
    return _("Program imported: %(what)s") % {"what": what}


def _revised(number, changes: dict | None, counts: dict) -> str:
    phrases = describe(changes) if changes is not None else describe_counts(counts)
    return _("Program revised (version %(n)s): %(what)s") % {
        "n": number,
        "what": "; ".join(phrases) or _("the content did not change"),
    }


def describe_programs(entries) -> dict[int, str]:
    """An import or a revision of a program in one sentence; a revision from the changes
    its ProgramRevision keeps (one query for all the entries)."""
    imports = [e for e in entries if e.action == AuditAction.IMPORT]
    wanted = {
        (int(e.object_id), e.changes["revision"] - 1) for e in imports if "revision" in e.changes
    }
    kept = {}
    if wanted:
        query = Q()
        for program_id, revision in wanted:
            query |= Q(program_id=program_id, revision=revision)
        kept = {
            (r.program_id, r.revision): r.changes
            for r in ProgramRevision.objects.filter(query).only("program_id", "revision", "changes")
        }
    texts = {}
    for entry in imports:
        number = entry.changes.get("revision")
        if number is None:
            texts[entry.pk] = _loaded(entry.changes)
        else:
            changes = kept.get((int(entry.object_id), number - 1))
            texts[entry.pk] = _revised(number, changes, entry.changes)
    return texts


# what a task's entry written by a revision of the program tells in its sentence
REVISION_KEYS = ("revision", "kept", "sections", "is_withdrawn")


def describe_tasks(entries) -> dict[int, str]:
    """A key task's entries written by a revision of the program: "Điều chỉnh, bổ sung
    chương trình (lần 2): chuyển từ mục II.1 sang II.3"; the fields it changed in rows."""
    texts = {}
    for entry in entries:
        changes = entry.changes
        if "revision" not in changes:
            continue
        sections = changes.get("sections")
        moved = ""
        if isinstance(sections, list) and len(sections) == 2:
            moved = move_phrase(*sections)
        count = changes.get("kept")
        kept = (
            ngettext(
                "its %(n)s progress report is kept", "its %(n)s progress reports are kept", count
            )
            % {"n": count}
            if count
            else ""
        )
        texts[entry.pk] = revision_sentence(entry, moved=moved, kept=kept)
    return texts


register(Program, describe=describe_programs)
register(
    KeyTask,
    values={"start_period": _period, "end_period": _period},
    describe=describe_tasks,
    told=REVISION_KEYS,
)
register(Section, labels={"items": gettext_lazy("Tasks and measures")})
