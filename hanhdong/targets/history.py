"""How the history panel tells a target's entries (``audit.history``): where it is stated
in words, and what a revision of the program did to it in a sentence."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from hanhdong.audit.history import register
from hanhdong.audit.models import AuditAction
from hanhdong.targets.models import Target, where_label

# what a target's entry written by a revision of the program tells in its sentence
REVISION_KEYS = ("revision", "kept", "is_withdrawn")


def revision_sentence(entry, *, moved: str = "", kept: str = "") -> str:
    """What a revision of the program did to a target or a key task, from the entry it
    wrote: added, withdrawn, brought back, ``moved``, or "changed" when only its fields
    did (those are told in rows); then what ``kept`` says stays attached."""
    changes, phrases = entry.changes, []
    if entry.action == AuditAction.CREATE:
        phrases.append(_("added to the program"))
    if changes.get("is_withdrawn") == [False, True]:
        phrases.append(_("withdrawn from the program"))
    elif changes.get("is_withdrawn") == [True, False]:
        phrases.append(_("brought back into the program"))
    if moved:
        phrases.append(moved)
    if not phrases:
        phrases.append(_("changed as the revised document has it"))
    if kept:
        phrases.append(kept)
    return _("Program revised (version %(n)s): %(what)s") % {
        "n": changes["revision"],
        "what": "; ".join(phrases),
    }


def describe_targets(entries) -> dict[int, str]:
    """A target's entries written by a revision of the program: "Điều chỉnh, bổ sung
    chương trình (lần 2): rút khỏi chương trình; giữ lại 3 giá trị đã báo cáo"; the fields
    it changed (a reworded indicator, a new value) in rows."""
    texts = {}
    for entry in entries:
        if "revision" not in entry.changes:
            continue
        count = entry.changes.get("kept")
        kept = (
            ngettext(
                "its %(n)s reported value is kept", "its %(n)s reported values are kept", count
            )
            % {"n": count}
            if count
            else ""
        )
        texts[entry.pk] = revision_sentence(entry, kept=kept)
    return texts


register(
    Target,
    values={"where": lambda where: where_label(where or "")},
    describe=describe_targets,
    told=REVISION_KEYS,
)
