import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from hanhdong.feedback.routing import Router
from hanhdong.feedback.triage import triage
from hanhdong.imports.parse.document import DocumentError
from hanhdong.imports.reader import read_document


class Command(BaseCommand):
    help = (
        "Read a program (any format `hanhdong import` reads), then for each line of standard "
        "input (one citizen's submission) print a JSON object with the ranked program areas "
        "and agencies it most likely concerns, and the kind it most likely is."
    )

    def add_arguments(self, parser):
        parser.add_argument("program_file")
        parser.add_argument("--top", type=int, default=3)

    def handle(self, *args, program_file, top=3, **options):
        path = Path(program_file)
        if not path.is_file():
            raise CommandError(f"no such file: {program_file}")
        try:
            data = read_document(path.read_bytes(), path.name).data
        except DocumentError as exc:
            raise CommandError(f"{path.name}: {exc.where}: {exc.message}") from None
        router, kinds = Router(data), triage()
        for line in sys.stdin:
            text = line.strip()
            if not text:
                continue
            found = kinds.suggest(text)
            answer = {**router.suggest(text, top), "kind": found.kind, "reason": found.reason}
            self.stdout.write(json.dumps(answer, ensure_ascii=False))
