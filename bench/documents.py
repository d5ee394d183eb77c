"""Time to build the consolidated Word report of a commune with 300 key tasks (goal < 2 s),
against python-docx writing the same two tables bare in the same run (the ratio says what
the layout, the prose and the period's figures cost beyond the library itself); its PDF
where LibreOffice is installed; the Excel workbook. Synthetic data in a scratch test
database. Last line: JSON."""

import io
import json
import os
import statistics
import sys
import time

os.environ.setdefault("HANHDONG_HTTPS", "0")
from _setup import scratch_database, setup  # noqa: E402

setup()

from dashboard import build_commune  # noqa: E402
from django.db import connection  # noqa: E402


def timed(function, runs=5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bare(task_rows, target_rows) -> bytes:
    """The report's two tables, as python-docx writes them with nothing else."""
    from docx import Document

    document = Document()
    for rows, columns in ((task_rows, 5), (target_rows, 6)):
        table = document.add_table(rows=0, cols=columns)
        for values in rows:
            for cell, value in zip(table.add_row().cells, values, strict=True):
                cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def main() -> int:
    with scratch_database():
        from django.contrib.auth import get_user_model

        from hanhdong.exports import documents, excel, services, word
        from hanhdong.exports.content import gather
        from hanhdong.orgs.models import Organization, OrgKind

        city = Organization.objects.create(kind=OrgKind.CITY, name="Thành phố thử", code="bc")
        user = get_user_model().objects.create_user("clerk")
        program, periods, reports = build_commune(city, 1, user)
        period = periods[-1]

        def report():
            content = gather(period)
            draft = services.consolidated_for(period, "party", content)
            return word.build(draft, content)

        size = len(report())
        content = gather(period)
        tasks, targets = word.task_rows(content), word.target_rows(content)
        result = {
            "report_s": round(timed(report), 3),
            "report_kb": size // 1024,
            "baseline_s": round(timed(lambda: bare(tasks, targets)), 3),
        }
        result["ratio"] = round(result["report_s"] / max(result["baseline_s"], 1e-6), 1)
        if services.soffice() is not None:
            result["pdf_s"] = round(
                timed(lambda: documents.report_file(period, "party", "pdf"), runs=3), 3
            )
        result |= {
            "workbook_s": round(timed(lambda: excel.program_workbook(program, period)), 3),
            "tasks": program.key_tasks.count(),
            "db": connection.vendor,
        }
        pdf = f"; PDF {result['pdf_s']} s" if "pdf_s" in result else "; no LibreOffice, no PDF"
        print(
            f"[{result['db']}] consolidated report, {result['tasks']} key tasks: "
            f"{result['report_s']} s ({result['report_kb']} KB), {result['ratio']}× python-docx "
            f"writing its tables bare ({result['baseline_s']} s){pdf}; "
            f"Excel workbook: {result['workbook_s']} s"
        )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
