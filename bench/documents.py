"""Time to build the consolidated Word report of a commune with 300 key tasks (goal < 2 s),
and its Excel workbook, on synthetic data in a scratch test database. Last line: JSON."""

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


def main() -> int:
    with scratch_database():
        from django.contrib.auth import get_user_model

        from hanhdong.exports import excel, services, word
        from hanhdong.exports.content import gather
        from hanhdong.orgs.models import Organization, OrgKind

        city = Organization.objects.create(kind=OrgKind.CITY, name="Thành phố thử", code="bc")
        user = get_user_model().objects.create_user("clerk")
        program, periods, reports = build_commune(city, 1, user)
        period = periods[-1]

        def report():
            draft = services.consolidated_for(period, "party")
            return word.build(draft, gather(period))

        size = len(report())
        result = {
            "report_s": round(timed(report), 3),
            "report_kb": size // 1024,
            "workbook_s": round(timed(lambda: excel.program_workbook(program, period)), 3),
            "tasks": program.key_tasks.count(),
            "db": connection.vendor,
        }
        print(
            f"[{result['db']}] consolidated report, {result['tasks']} key tasks: "
            f"{result['report_s']} s ({result['report_kb']} KB); "
            f"Excel workbook: {result['workbook_s']} s"
        )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
