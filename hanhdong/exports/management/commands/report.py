from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from hanhdong.exports import documents, services
from hanhdong.exports.models import ConsolidatedReport, Layout
from hanhdong.lib.commands import in_clerks_language
from hanhdong.lib.periods import reporting_title
from hanhdong.orgs.models import Organization, OrgKind
from hanhdong.programs.models import Program
from hanhdong.reports.models import ReportingPeriod


class Command(BaseCommand):
    help = (
        "A period's document, as the page makes it: `hanhdong report hp-nghiduong 01-CTr/ĐU "
        '--period "9 tháng năm 2026" --format docx|pdf|xlsx --out FILE`. The report takes its '
        "number from the commune's register the first time (as when the Party Office saves "
        "it), unless --draft."
    )

    def add_arguments(self, parser):
        parser.add_argument("commune", help="the commune's code, e.g. hp-nghiduong")
        parser.add_argument(
            "program",
            nargs="?",
            default="",
            help="the program's number (its current one if left out)",
        )
        parser.add_argument(
            "--period", required=True, help='e.g. "9 tháng năm 2026", "Quý IV/2026"'
        )
        parser.add_argument("--format", choices=documents.FORMATS, default="docx")
        parser.add_argument("--out", help="the file to write (a name of its own if left out)")
        parser.add_argument("--layout", choices=Layout.values, default=Layout.PARTY)
        parser.add_argument(
            "--document",
            choices=("report", "brief"),
            default="report",
            help="the consolidated report, or the Standing Committee's one-page brief",
        )
        parser.add_argument(
            "--draft",
            action="store_true",
            help="leave the report unnumbered (a draft) unless it was saved already",
        )

    @in_clerks_language
    def handle(self, *args, commune, program, period, format, out, layout, document, draft, **o):
        found = Organization.objects.filter(code=commune, kind=OrgKind.COMMUNE).first()
        if found is None:
            raise CommandError(_("no commune with code “%(code)s”") % {"code": commune})
        programs = Program.objects.filter(commune=found).current().order_by("-revision")
        chosen = programs.filter(number=program).first() if program else programs.first()
        if chosen is None:
            raise CommandError(
                (
                    _("%(commune)s has no program %(number)s")
                    % {"commune": found.name, "number": program or ""}
                ).rstrip()
            )
        wanted = self.period(chosen, period)
        if format == "pdf" and services.soffice() is None:
            raise CommandError(
                _("PDF needs LibreOffice (apt-get install libreoffice-writer-nogui)")
            )
        if document == "brief" and format == "xlsx":
            raise CommandError(_("the brief is a Word or PDF document"))
        saved = ConsolidatedReport.objects.filter(period=wanted, layout=layout).exists()
        if document == "report" and format != "xlsx" and not draft and not saved:
            try:  # issued as the Party Office issues it from the page: saved and numbered
                services.consolidated_save(acting_user=None, period=wanted, layout=layout)
            except ValidationError as exc:
                raise CommandError("; ".join(exc.messages)) from None
        try:
            made = (
                documents.brief_file(wanted, format)
                if document == "brief"
                else documents.report_file(wanted, layout, format)
            )
        except RuntimeError as exc:
            raise CommandError(str(exc)) from None
        target = Path(out or made.name)
        target.write_bytes(made.data)
        self.stdout.write(f"{target} ({len(made.data) // 1024} KB): {made.name}")

    def period(self, program, text):
        key = reporting_title(text)
        periods = ReportingPeriod.objects.filter(program=program)
        found = periods.filter(kind=key[0], year=key[1], number=key[2]).first() if key else None
        if found is None:
            found = periods.filter(title__iexact=text.strip()).first()
        if found is None:
            raise CommandError(
                _(
                    "no reporting period “%(text)s” in %(program)s: write it as “Quý IV/2026”, "
                    "“6 tháng đầu năm 2026”, “9 tháng năm 2026”, “Năm 2026” or “Tháng 9/2026”"
                )
                % {"text": text, "program": program.number or program.title}
            )
        return found
