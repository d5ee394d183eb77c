import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from hanhdong.imports.parse.document import DocumentError
from hanhdong.imports.reader import read_document
from hanhdong.imports.services import agency_names, issuer_elsewhere, suggestions
from hanhdong.lib.commands import in_clerks_language
from hanhdong.orgs.models import Organization, OrgKind
from hanhdong.programs.models import Program
from hanhdong.programs.services import program_load, program_revise


class Command(BaseCommand):
    help = (
        "Read an action-program document (PDF, Word .docx, text or hanhdong.program/1 JSON) "
        "and store it as a commune's program, or as a revision of the program with the same "
        "number."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--commune", help="the commune's code, e.g. hp-nghiduong (or a city's: hp)"
        )
        parser.add_argument("--dry-run", action="store_true", help="read only, store nothing")
        parser.add_argument(
            "--json", action="store_true", help="print the program as hanhdong.program/1 JSON"
        )

    @in_clerks_language
    def handle(self, *args, file, commune=None, dry_run=False, json=False, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(_("no such file: %(file)s") % {"file": file})
        try:
            parsed = read_document(path.read_bytes(), path.name)
        except DocumentError as exc:
            raise CommandError(f"{path.name}: {exc.where}: {exc.message}") from None
        data = parsed.data
        for warning in parsed.warnings:
            self.stderr.write(_("warning: %(warning)s") % {"warning": warning})
        if json:
            self.stdout.write(_dumps(data))
        else:
            self.stdout.write(_summary(data))
        unit = None
        if commune:
            # a city's program too: the one its communes' programs are linked to
            unit = Organization.objects.filter(
                code=commune, kind__in=[OrgKind.COMMUNE, OrgKind.CITY]
            ).first()
            if unit is None:
                raise CommandError(_("no commune with code “%(code)s”") % {"code": commune})
            elsewhere = issuer_elsewhere(unit, data)
            if elsewhere:
                self.stderr.write(
                    _("warning: the document was issued by %(issuer)s, not %(commune)s")
                    % {"issuer": elsewhere, "commune": unit}
                )
            unmatched = [name for name, u in suggestions(unit, data).items() if u is None]
            if unmatched:
                self.stderr.write(
                    _("agencies not matched to a unit: %(names)s") % {"names": "; ".join(unmatched)}
                )
        if dry_run:
            return
        if unit is None:
            raise CommandError(_("give --commune CODE to store the program (or --dry-run)"))
        existing = (
            Program.objects.filter(commune=unit, number=data.get("number")).first()
            if data.get("number")
            else None
        )
        try:
            if existing is not None:
                revision = program_revise(
                    acting_user=None, program=existing, data=data, source_name=path.name
                )
                tasks, targets = revision.changes["key_tasks"], revision.changes["targets"]
                kept = sum(k["count"] for k in revision.changes["kept"])
                self.stderr.write(
                    _(
                        "revised program %(pk)s (%(number)s) to revision %(revision)s: "
                        "%(changed)s key tasks changed, %(added)s added, %(moved)s moved, "
                        "%(removed)s withdrawn; %(t_changed)s targets changed, %(t_added)s "
                        "added, %(t_removed)s withdrawn; %(kept)s reports and values attached "
                        "to what was withdrawn, moved or reworded, all kept"
                    )
                    % {
                        "pk": existing.pk,
                        "number": existing.number,
                        "revision": revision.revision + 1,
                        "changed": len(tasks["changed"]),
                        "added": len(tasks["added"]),
                        "moved": len(tasks["moved"]),
                        "removed": len(tasks["removed"]),
                        "t_changed": len(targets["changed"]),
                        "t_added": len(targets["added"]),
                        "t_removed": len(targets["removed"]),
                        "kept": kept,
                    }
                )
            else:
                program = program_load(acting_user=None, commune=unit, data=data)
                tasks = list(program.key_tasks.all())
                linked = sum(1 for task in tasks if task.lead_id)
                self.stderr.write(
                    _(
                        "stored program %(pk)s for %(commune)s: %(linked)s of %(total)s key "
                        "tasks linked to their lead unit"
                    )
                    % {"pk": program.pk, "commune": unit, "linked": linked, "total": len(tasks)}
                )
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from None


def _dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)


def _summary(data: dict) -> str:
    nodes = items = 0
    stack = list(data.get("parts", []))
    while stack:
        node = stack.pop()
        nodes += 1
        items += len(node.get("items") or [])
        stack.extend(node.get("children") or [])
    lines = [
        f"{data.get('issuer') or '?'} — {data.get('number') or '(no number)'} — "
        f"term {data['term']['start']}-{data['term']['end']}",
        f"{data.get('title')}",
        f"{len(data.get('parts', []))} parts, {nodes} sections, {items} items, "
        f"{len(data.get('key_tasks', []))} key tasks, {len(data.get('targets', []))} targets",
        "agencies: " + "; ".join(agency_names(data)),
    ]
    return "\n".join(lines)
