"""Every page each persona reaches fits a phone's width (390 px) without scrolling sideways,
and a laptop's (1366 px) without anything cut off.

Each persona's pages are found the way the person finds them: from the main pages, following
every link on every page reached, each kind of page (URL name) once.
"""

from __future__ import annotations

import json
from collections import deque
from urllib.parse import urlsplit

from django.urls import Resolver404, resolve, reverse

from hanhdong.feedback import services as feedback
from hanhdong.imports.services import import_draft_create
from hanhdong.programs.services import program_revise
from hanhdong.reports.models import ReportingKind, ReportingPeriod
from hanhdong.reports.services import calendar_setup, report_file
from hanhdong.test import PERSONAS, program_doc
from hanhdong.tests.browser.base import DESKTOP, PHONE, BrowserTestCase

# a long word of the kind that pushes a page wider: a link pasted into a text
LONG_URL = "https://hanhdong.example.gov.vn/tai_lieu/bao_cao_tien_do_quy_3_nam_2025_ubnd_xa.pdf"
# downloads, not pages
FILES = {
    "exports:docx",
    "exports:pdf",
    "exports:workbook",
    "exports:template",
    "exports:brief",
    "orgs:users_sheet",
    "reports:attachment",
    "feedback:attachment",
}


def page_name(path: str) -> str | None:
    """The URL name of a page to look at, or None for what is not a page of ours."""
    try:
        name = resolve(urlsplit(path).path).view_name
    except Resolver404:
        return None
    outside = name.startswith(("admin:", "api-", "feedback:o311_"))
    if outside or name in FILES or name in ("logout", "set_language"):
        return None
    return name


class PhoneWidthTest(BrowserTestCase):
    def setUp(self):
        super().setUp()
        calendar_setup(
            acting_user=None, program=self.program, quarterly=True, half_yearly=False, annual=False
        )
        self.q3 = ReportingPeriod.objects.get(
            program=self.program, kind=ReportingKind.QUARTER, year=2025, number=3
        )
        task = self.tasks[2]
        task.resources = f"Ngân sách xã theo {LONG_URL}"
        task.save()
        report_file(
            acting_user=self.officer_b,
            task=self.tasks[1],
            period=self.q3,
            status="behind",
            percent=40,
            results=f"Đã kết nạp 12 đảng viên; biên bản tại {LONG_URL}",
            submit=True,
        )
        # a revision that moved task 1 (with its report), withdrew task 4 and reworded a
        # target, and the draft of another that would withdraw a target: the overview's
        # withdrawn list, the revision page and the preview's list of what stays attached
        doc = program_doc()
        doc["key_tasks"][0]["sections"] = ["II.3"]
        del doc["key_tasks"][3]
        doc["targets"][1]["indicator"] = "doanh nghiệp đang hoạt động trên địa bàn xã"
        program_revise(acting_user=self.clerk, program=self.program, data=doc)
        del doc["targets"][0]
        import_draft_create(
            acting_user=self.clerk,
            commune=self.commune,
            content=json.dumps(doc).encode(),
            name="dieu-chinh-lan-3.json",
            program=self.program,
        )
        item = feedback.feedback_submit(
            commune=self.commune,
            kind="phan_anh",
            title="Đường liên thôn Đông–Tây xuống cấp nghiêm trọng sau mùa mưa bão",
            text=f"Đề nghị xã sửa đường; ảnh tại {LONG_URL}",
            place="Thôn Đông",
        )
        feedback.feedback_accept(acting_user=self.clerk, feedback=item, accept=True)
        feedback.feedback_assign(acting_user=self.clerk, feedback=item, agency=self.agency_a)
        self.feedback = item

    def seeds(self, persona: str) -> list[str]:
        """The main pages; a persona who may not see one gets 403 or 404 and it is passed."""
        if persona == "anonymous":
            code = self.commune.code
            return [
                reverse("feedback:submit", args=[code]),
                reverse("feedback:track") + f"?code={self.feedback.code}",
                reverse("feedback:public_list", args=[code]),
                reverse("feedback:public_stats", args=[code]),
                reverse("login"),
            ]
        program, task, commune = self.program.pk, self.tasks[1].pk, self.commune.pk
        return [
            reverse("programs:home"),
            reverse("programs:overview", args=[program]),
            reverse("programs:sections", args=[program]),
            reverse("programs:tasks", args=[program]),
            reverse("programs:task", args=[task]),
            reverse("reports:dashboard", args=[program]) + f"?period={self.q3.pk}",
            reverse("reports:mine"),
            reverse("reports:task_reports", args=[task]),
            reverse("reports:report", args=[task, self.q3.pk]),
            reverse("exports:consolidated", args=[self.q3.pk]),
            reverse("feedback:staff_list", args=[commune]),
            reverse("feedback:handle", args=[self.feedback.pk]),
            reverse("orgs:units", args=[commune]),
            reverse("orgs:users", args=[commune]),
            reverse("orgs:account"),
            reverse("reports:city", args=[self.hp.pk]),
        ]

    def walk(self, persona: str) -> tuple[list[str], list[str]]:
        """Every kind of page ``persona`` reaches: (the pages seen, what is wrong with them)."""
        user = None if persona == "anonymous" else getattr(self, persona)
        page = self.context(user).new_page()
        queue = deque((path, None) for path in self.seeds(persona))
        seen, pages, problems = set(), [], []
        while queue:
            path, linked_from = queue.popleft()
            name = page_name(path)
            if name is None or name in seen:
                continue
            seen.add(name)
            response = page.goto(self.url(path))
            if response.status >= 400:
                if linked_from is not None or response.status not in (403, 404):
                    problems.append(
                        f"{persona} {path}: answered {response.status} (linked from {linked_from})"
                    )
                continue
            arrived = urlsplit(page.url).path
            if arrived != urlsplit(path).path:  # redirected, perhaps to a page seen already
                if page_name(arrived) in seen:
                    continue
                seen.add(page_name(arrived))
            pages.append(arrived)
            wrong, boxes, links = self.look(page)
            if wrong:
                problems.append(f"{persona} {arrived} on a phone: {wrong}")
            for box in boxes:
                problems.append(f"{persona} {arrived} on a phone: cut off in {box}")
            if page_name(arrived) not in self.on_desktop:  # each kind of page once at 1366 px
                self.on_desktop.add(page_name(arrived))
                page.set_viewport_size(DESKTOP)
                wrong, boxes, _links = self.look(page, allowed="")
                if wrong:
                    problems.append(f"{persona} {arrived} at 1366 px: {wrong}")
                for box in boxes:
                    problems.append(f"{persona} {arrived} at 1366 px: cut off in {box}")
                page.set_viewport_size(PHONE)
            for href in links:
                if href.startswith(self.live_server_url):
                    link = urlsplit(href)
                    queue.append((link.path + (f"?{link.query}" if link.query else ""), path))
        return pages, problems

    def test_every_page_of_every_persona_fits_a_phone_and_a_laptop(self):
        problems, reached = [], {}
        self.on_desktop = set()  # the kinds of page already looked at on a laptop's screen
        for persona in (*PERSONAS, "anonymous"):
            pages, wrong = self.walk(persona)
            reached[persona] = pages
            problems.extend(wrong)
        self.assertEqual(problems, [], "\n".join(["out of sight sideways:", *problems]))
        # the walk reached what each kind of person works on
        self.assertIn(reverse("programs:overview", args=[self.program.pk]), reached["officer_a"])
        self.assertIn(reverse("feedback:handle", args=[self.feedback.pk]), reached["clerk"])
        self.assertIn(reverse("orgs:users", args=[self.commune.pk]), reached["clerk"])
        self.assertIn(reverse("orgs:communes"), reached["admin"])
        self.assertIn(reverse("feedback:track"), reached["anonymous"])
        self.assertGreater(len(reached["clerk"]), 20, reached["clerk"])
