"""Files progress reports, each with a file, through the services, one after another, until
the file named on the command line appears: the load a backup is taken under in
``test_production``. Run in an installation of its own (HANHDONG_VAR_DIR, DATABASE_URL).

After each report's transaction has committed it prints ``<report id> <stored file>
<sha256 of the file>``, so the test knows what was committed, and in what order.
"""

import hashlib
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hanhdong.settings")

import django  # noqa: E402

django.setup()

from hanhdong.lib.files import Upload  # noqa: E402
from hanhdong.orgs.models import OrgKind, Role  # noqa: E402
from hanhdong.reports.models import Attachment  # noqa: E402
from hanhdong.reports.services import calendar_setup, report_file  # noqa: E402
from hanhdong.test import make_org, make_program, make_user  # noqa: E402

TASKS = 30


def main(stop: Path) -> None:
    city = make_org("Thành phố Hải Phòng", OrgKind.CITY, code="hp")
    commune = make_org("Xã A", OrgKind.COMMUNE, city, code="hp-a")
    party = make_org("Đảng ủy xã A", OrgKind.PARTY_COMMITTEE, commune)
    board = make_org("Ban Xây dựng Đảng", OrgKind.PARTY_BOARD, party)
    officer = make_user("officer", (board, Role.OFFICER))
    tasks = [
        {"number": n, "name": f"Nhiệm vụ {n}", "lead": "Ban Xây dựng Đảng", "partners": "",
         "start": "Năm 2025", "end": "Năm 2030", "resources": "", "sections": []}
        for n in range(1, TASKS + 1)
    ]  # fmt: skip
    program = make_program(commune, key_tasks=tasks, targets=[])
    calendar_setup(
        acting_user=None, program=program, quarterly=True, half_yearly=False, annual=False
    )
    periods = list(program.reporting_periods.order_by("starts_on", "id"))
    print("ready", flush=True)
    for period in periods:
        for task in program.key_tasks.order_by("number"):
            if stop.exists():
                return
            data = f"%PDF-1.4 report of task {task.number}, {period.title}".encode()
            report = report_file(
                acting_user=officer,
                task=task,
                period=period,
                status="on_track",
                percent=task.number,
                results=f"Kết quả {task.number}, {period.title}",
                files=[Upload(name="bien-ban.pdf", kind="pdf", data=data)],
            )
            stored = Attachment.objects.get(report=report).file.name
            print(report.pk, stored, hashlib.sha256(data).hexdigest(), flush=True)
            time.sleep(0.01)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
