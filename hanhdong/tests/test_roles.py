"""Every role against every URL that changes something, judged by what happened.

Each persona posts to each URL from the same starting state (rolled back after every
try). Those allowed must change something — every change writes an audit row, and a
citizen's submission its own row — and everyone else must be refused (403, 404, or sent to
log in) with nothing written at all.
"""

import datetime as dt
import json

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from hanhdong.audit.models import AuditEntry
from hanhdong.exports.services import consolidated_save, document_register
from hanhdong.feedback import services as feedback_services
from hanhdong.feedback.models import Feedback, FeedbackEvent
from hanhdong.feedback.tests.test_feedback import submit
from hanhdong.imports.models import ImportDraft
from hanhdong.imports.reader import Survey
from hanhdong.imports.services import import_draft_create, import_job_create
from hanhdong.meetings import services as meeting_services
from hanhdong.notifications.models import Notification
from hanhdong.orgs.services import calendar_day_set
from hanhdong.reports.tests.base import ReportsTestCase
from hanhdong.tasks import services as task_services
from hanhdong.test import PERSONAS as BASE_PERSONAS
from hanhdong.test import program_doc
from hanhdong.tests.test_commune_setup import sheet

PERSONAS = [*BASE_PERSONAS, None]  # None: nobody logged in
EVERYONE = set(PERSONAS)
PARTY_OFFICE = {"clerk", "admin"}
LOGGED_IN = EVERYONE - {None}
REVIEWERS = {"clerk", "outsider"}  # a Party Office role: in commune A, in commune C
LEAD_OF_TASK_2 = PARTY_OFFICE | {"officer_a"}  # agency A (UBND) leads key task 2
ISSUERS = PARTY_OFFICE | {"standing"}  # hold meetings, issue and confirm assigned tasks
LEAD_OF_ASSIGNED = ISSUERS | {"officer_a"}  # agency A leads the assigned tasks


class MatrixTestCase(ReportsTestCase):
    """The personas, a submitted report, submissions at each stage of their handling, an
    Open311 key, an import draft and an unread notification for each persona: something
    for every URL to act on."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.task2, cls.task3 = cls.tasks[2], cls.tasks[3]
        cls.submitted = cls.hand_in(1)
        clerk = cls.clerk
        cls.fresh = submit(cls.commune, title="Mới")
        cls.accepted = submit(cls.commune, title="Đã nhận")
        feedback_services.feedback_accept(acting_user=clerk, feedback=cls.accepted, accept=True)
        cls.assigned = submit(cls.commune, title="Đã giao")
        feedback_services.feedback_accept(acting_user=clerk, feedback=cls.assigned, accept=True)
        feedback_services.feedback_assign(
            acting_user=clerk, feedback=cls.assigned, agency=cls.agency_a
        )
        cls.answered = submit(cls.commune, title="Đã trả lời")
        feedback_services.feedback_accept(acting_user=clerk, feedback=cls.answered, accept=True)
        feedback_services.feedback_assign(
            acting_user=clerk, feedback=cls.answered, agency=cls.agency_a
        )
        feedback_services.feedback_answer(
            acting_user=cls.officer_a, feedback=cls.answered, answer="Đã sửa xong đèn đường."
        )
        cls.published = submit(cls.commune, title="Đã công bố")
        feedback_services.feedback_accept(
            acting_user=clerk, feedback=cls.published, accept=False, reason="Trùng lặp."
        )
        feedback_services.feedback_publish(acting_user=clerk, feedback=cls.published)
        cls.key, _shown = feedback_services.open311_key_issue(
            acting_user=clerk, commune=cls.commune, name="Ứng dụng"
        )
        cls.draft = import_draft_create(
            acting_user=clerk,
            commune=cls.commune,
            content=json.dumps(program_doc(number="02-CTr/ĐU")).encode(),
            name="moi.json",
        )
        cls.entry = document_register(
            acting_user=clerk,
            commune=cls.commune,
            issuer="party",
            kind="KH",
            dated=dt.date(2025, 10, 1),
            title="Kế hoạch tuyên truyền",
        )
        consolidated_save(acting_user=clerk, period=cls.q3, layout="party")
        cls.job = import_job_create(  # an upload waiting to be read in the background
            acting_user=clerk,
            commune=cls.commune,
            content=b"%PDF-1.4",
            name="lon.pdf",
            program=None,
            found=Survey("pdf", 40, "page"),
        )
        five = {
            "title": "Rà soát hồ sơ",
            "lead": cls.agency_a,
            "responsible": "Chủ tịch UBND xã",
            "due_text": "Quý IV/2030",
            "product": "Báo cáo",
        }
        cls.draft_directive = task_services.directive_create(
            acting_user=clerk, commune=cls.commune, origin="higher", kind="TB", title="TB 30"
        )
        task_services.task_add(acting_user=clerk, directive=cls.draft_directive, **five)
        issued = task_services.directive_create(
            acting_user=clerk, commune=cls.commune, origin="commune", kind="KH", title="KH 5"
        )
        cls.assigned_task = task_services.task_add(acting_user=clerk, directive=issued, **five)
        cls.done_task = task_services.task_add(acting_user=clerk, directive=issued, **five)
        task_services.directive_issue(acting_user=clerk, directive=issued)
        task_services.task_close(
            acting_user=cls.officer_a,
            task=cls.done_task,
            done_on=timezone.localdate(),
            result="Báo cáo số 1",
        )
        cls.meeting = meeting_services.meeting_create(
            acting_user=clerk, commune=cls.commune, held_on=cls.today, chair="Bình"
        )
        cls.concluded = meeting_services.meeting_create(
            acting_user=clerk, commune=cls.commune, held_on=cls.today, chair="Bình"
        )
        meeting_services.meeting_conclude(
            acting_user=clerk, meeting=cls.concluded, conclusions="Tốt"
        )
        task_services.task_add(acting_user=clerk, directive=cls.concluded.directive, **five)
        cls.imported = task_services.directive_import(
            acting_user=clerk,
            commune=cls.commune,
            data={
                "number": "9-TB/TU",
                "date": "2026-03-01",
                "parts": [
                    {"number": "I", "title": "Nhiệm vụ", "items": ["UBND xã chủ trì, 2026."]}
                ],
            },
        )
        cls.day_off = calendar_day_set(
            acting_user=clerk, commune=cls.commune, day=dt.date(2026, 6, 8), kind="off"
        )
        cls.notes = {
            persona: Notification.objects.create(user=getattr(cls, persona), subject="Tin mới")
            for persona in BASE_PERSONAS
        }


class WriteMatrixTest(MatrixTestCase):
    def writes(self):
        """(name, URL, POST data, who may) for every URL that changes something."""
        p, c, today = self.program, self.commune, timezone.localdate()
        due = (today + dt.timedelta(days=20)).strftime("%d/%m/%Y")
        task_form = {
            "name": "Chỉ đạo giải ngân",
            "lead": self.agency_a.pk,
            "partners_text": "",
            "start_text": "Hằng năm",
            "end_text": "Hằng năm",
            "resources": "",
        }
        report = {"status": "on_track", "percent": 40, "results": "Đã giải ngân 40%."}
        target = {"indicator": "số hộ", "comparison": ">=", "value": "10", "where": "II.2"}
        unit = {"name": "Chi bộ thôn 9", "kind": "party_cell", "parent": c.pk, "position": 0}
        user = {
            "username": "moi",
            "password": "mat-khau-dai-2025",
            "organization": self.agency_a.pk,
            "role": "officer",
        }
        edited_user = {**user, "username": "officer_b", "password": "", "is_active": "on"}
        calendar = {"quarterly": "on", "cutoff_day": 14, "submit_days": 2}
        calendar |= {"remind_days": 3, "escalate_days": 5}
        consolidated = {
            "place": "Xã A",
            "dated": today.strftime("%d/%m/%Y"),
            "overall": "Tình hình chung tốt.",
            "next_tasks": "Tiếp tục.",
            "recipients": "Lưu VP",
            "signer_on_behalf": "T/M Ban Thường vụ",
            "signer_role": "Bí thư",
        }
        task_five = {
            "title": "Rà soát hồ sơ",
            "lead": self.agency_a.pk,
            "responsible": "Chủ tịch UBND xã",
            "due_text": "Quý IV/2030",
            "product": "Báo cáo",
        }
        rules = {f"days_{k}": 15 for k in ("report", "proposal", "complaint", "comment")}
        rules |= {"days_denunciation": 30, "remind_days": 3, "escalate_days": 5}
        intake = {"kind": "kien_nghi", "title": "Xin lắp đèn", "text": "Đề nghị lắp đèn ngõ 5."}
        intake |= {"channel": "hotline", "website": ""}
        public = {"kind": "phan_anh", "title": "Đường ngập", "text": "Đường thôn 3 ngập nước."}
        public |= {"website": ""}
        f = self.fresh, self.accepted, self.assigned, self.answered
        fresh, accepted, assigned, answered = f
        feedback = lambda name, item: reverse(f"feedback:{name}", args=[item.pk])  # noqa: E731
        return [
            ("program", reverse("programs:edit", args=[p.pk]), self.program_form(), PARTY_OFFICE),
            ("section", reverse("programs:section_edit", args=[self.section.pk]), {"title": "Mới"},
             PARTY_OFFICE),
            ("new target", reverse("programs:target_create", args=[p.pk]), target, PARTY_OFFICE),
            ("target", reverse("programs:target_edit", args=[self.target.pk]),
             {**target, "where": "appendix:2"}, PARTY_OFFICE),
            ("task", reverse("programs:task_edit", args=[self.task2.pk]), task_form,
             LEAD_OF_TASK_2),
            ("new unit", reverse("orgs:unit_create", args=[c.pk]), unit, PARTY_OFFICE),
            ("unit", reverse("orgs:unit_edit", args=[self.agency_b.pk]),
             {**unit, "name": "Ban XD Đảng", "kind": "party_board", "is_active": "on"},
             PARTY_OFFICE),
            ("new user", reverse("orgs:user_create", args=[c.pk]), user, PARTY_OFFICE),
            ("user", reverse("orgs:user_edit", args=[c.pk, self.officer_b.pk]),
             {**edited_user, "first_name": "Đổi"}, PARTY_OFFICE),
            ("users from a sheet", reverse("orgs:users_import", args=[c.pk]), self.users_sheet,
             PARTY_OFFICE),
            ("new commune", reverse("orgs:communes"),
             {"city": self.hp.pk, "level": "xa", "name": "Mới", "code": "hp-moi"}, {"admin"}),
            ("new city", reverse("orgs:city_create"), {"code": "qn", "name": "Tỉnh Quảng Ninh"},
             {"admin"}),
            ("calendar", reverse("reports:calendar", args=[p.pk]), calendar, PARTY_OFFICE),
            ("ad-hoc request", reverse("reports:adhoc", args=[p.pk]),
             {"title": "Báo cáo nhanh", "due_on": due}, PARTY_OFFICE | {"standing"}),
            ("report", reverse("reports:report", args=[self.task2.pk, self.q3.pk]), report,
             LEAD_OF_TASK_2),
            ("review", reverse("reports:review", args=[self.tasks[1].pk, self.q3.pk]),
             {"accept": "1"}, PARTY_OFFICE),
            ("contribution", reverse("reports:contribute", args=[self.task3.pk, self.q3.pk]),
             {"text": "Ban phối hợp tuyên truyền."}, {"officer_b"}),
            ("consolidated report", reverse("exports:consolidated", args=[self.q3.pk]),
             consolidated, PARTY_OFFICE),
            ("redraft", reverse("exports:redraft", args=[self.q3.pk]), {}, PARTY_OFFICE),
            ("register", reverse("exports:register", args=[c.pk]),
             {"issuer": "party", "kind": "TB", "dated": today.strftime("%d/%m/%Y"),
              "title": "Thông báo kết luận"}, PARTY_OFFICE),
            ("register entry", reverse("exports:register_entry", args=[self.entry.pk]),
             {"number": 7, "dated": "01/10/2025", "title": "Kế hoạch tuyên truyền"},
             PARTY_OFFICE),
            ("document settings", reverse("exports:document_settings", args=[c.pk]),
             {"party_signer_name": "Nguyễn Văn An"}, PARTY_OFFICE),
            ("import", reverse("imports:upload", args=[c.pk]), self.import_upload, PARTY_OFFICE),
            ("import preview", reverse("imports:preview", args=[self.draft.pk]),
             {"agency_0": "", "number": "02-CTr/ĐU", "issued_on": "15/10/2025",
              "title": "Chương trình hành động thử"}, PARTY_OFFICE),
            ("import discard", reverse("imports:discard", args=[self.draft.pk]), {},
             PARTY_OFFICE),
            ("upload discard", reverse("imports:job_discard", args=[self.job.pk]), {},
             PARTY_OFFICE),
            ("accept", feedback("accept", fresh), {}, PARTY_OFFICE),
            ("reject", feedback("reject", fresh), {"note": "Không thuộc thẩm quyền."},
             PARTY_OFFICE),
            ("assign", feedback("assign", accepted), {"agency": self.agency_a.pk}, PARTY_OFFICE),
            ("extend", feedback("extend", assigned), {"days": 5, "note": "Cần khảo sát."},
             PARTY_OFFICE),
            ("start", feedback("start", assigned), {}, LEAD_OF_TASK_2),
            ("answer", feedback("answer", assigned), {"answer": "Đã xử lý xong việc này."},
             LEAD_OF_TASK_2),
            ("link", feedback("link", assigned), {"area_path": "II.2", "key_task": ""},
             LEAD_OF_TASK_2),
            ("close", feedback("close", answered), {}, PARTY_OFFICE),
            ("publish", feedback("publish", answered), {}, PARTY_OFFICE),
            ("unpublish", feedback("unpublish", self.published), {}, PARTY_OFFICE),
            ("intake", reverse("feedback:intake", args=[c.pk]), intake, PARTY_OFFICE),
            ("feedback rules", reverse("feedback:settings", args=[c.pk]), rules, PARTY_OFFICE),
            ("issue a key", reverse("feedback:key_issue", args=[c.pk]), {"name": "App"},
             PARTY_OFFICE),
            ("revoke a key", reverse("feedback:key_revoke", args=[self.key.pk]), {},
             PARTY_OFFICE),
            ("submit", reverse("feedback:submit", args=[c.code]), public, EVERYONE),
            ("rate", reverse("feedback:rate"), {"code": answered.code, "rating": 4}, EVERYONE),
            ("reopen", reverse("feedback:reopen"),
             {"code": answered.code, "reason": "Đèn vẫn chưa sáng lại."}, EVERYONE),
            ("notifications read", reverse("orgs:notifications_read"), {}, LOGGED_IN),
            ("calendar day", reverse("orgs:calendar_days", args=[c.pk]),
             {"day": "09/06/2026", "kind": "off", "note": "Nghỉ bù"}, PARTY_OFFICE),
            ("calendar day removed", reverse("orgs:calendar_day_remove", args=[self.day_off.pk]),
             {}, PARTY_OFFICE),
            ("directive", reverse("tasks:directive_new", args=[c.pk]),
             {"origin": "higher", "kind": "CT", "title": "Chỉ thị 05"}, ISSUERS),
            ("agency plan", reverse("tasks:directive_new", args=[c.pk]),
             {"origin": "plan", "kind": "KH", "owner": self.agency_a.pk, "title": "KH năm"},
             LEAD_OF_ASSIGNED),
            ("directive edit", reverse("tasks:directive_edit", args=[self.draft_directive.pk]),
             {"origin": "higher", "kind": "TB", "title": "TB 31"}, ISSUERS),
            ("assigned task", reverse("tasks:task_new", args=[self.draft_directive.pk]),
             task_five, ISSUERS),
            ("issue tasks", reverse("tasks:directive_issue", args=[self.draft_directive.pk]),
             {}, ISSUERS),
            ("assigned edit", reverse("tasks:task_edit", args=[self.assigned_task.pk]),
             {**task_five, "title": "Rà soát lại"}, ISSUERS),
            ("assigned progress", reverse("tasks:progress", args=[self.assigned_task.pk]),
             {"percent": 30, "text": "Đã rà soát 3 thôn."}, LEAD_OF_ASSIGNED),
            ("assigned close", reverse("tasks:close", args=[self.assigned_task.pk]),
             {"done_on": today.strftime("%d/%m/%Y"), "result": "Báo cáo số 2"},
             LEAD_OF_ASSIGNED),
            ("assigned confirm", reverse("tasks:confirm", args=[self.done_task.pk]),
             {"accept": "1"}, ISSUERS),
            ("assigned pause", reverse("tasks:hold", args=[self.assigned_task.pk]),
             {"action": "pause", "reason": "Chờ kinh phí."}, ISSUERS),
            ("task settings", reverse("tasks:settings", args=[c.pk]),
             {"remind_days": 2, "escalate_days": 3}, ISSUERS),
            ("directive import", reverse("tasks:import", args=[c.pk]), self.directive_upload,
             ISSUERS),
            ("directive review", reverse("tasks:import_review", args=[self.imported.pk]),
             {"take_0": "on", "title_0": "Việc", "lead_0": self.agency_a.pk, "due_0": "Năm 2026",
              "product_0": ""}, ISSUERS),
            ("meeting", reverse("meetings:new", args=[c.pk]),
             {"body": "standing", "kind": "regular", "held_on": "06/10/2025", "chair": "Bình"},
             ISSUERS),
            ("meeting edit", reverse("meetings:edit", args=[self.meeting.pk]),
             {"body": "standing", "kind": "adhoc", "held_on": "06/10/2025", "chair": "Bình"},
             ISSUERS),
            ("conclusions", reverse("meetings:conclude", args=[self.meeting.pk]),
             {"conclusions": "Hoàn thành tốt."}, ISSUERS),
            ("notice issued", reverse("meetings:issue", args=[self.concluded.pk]),
             {"dated": today.strftime("%d/%m/%Y")}, ISSUERS),
        ]  # fmt: skip

    @property
    def section(self):
        return self.program.sections.get(path="II.2")

    def program_form(self):
        return {
            "title": "Chương trình mới",
            "term_start": 2025,
            "term_end": 2030,
            "status": "active",
        }

    @property
    def import_upload(self):
        document = json.dumps(program_doc(number="03-CTr/ĐU")).encode()
        # a new file for each try: an upload is read once
        return {"file": lambda: SimpleUploadedFile("ctr.json", document, "application/json")}

    @property
    def directive_upload(self):
        text = "Số 9-TB/TU\nnhiệm kỳ 2025 - 2030\nI. NHIỆM VỤ\n- UBND xã chủ trì, quý IV/2026.\n"
        return {"file": lambda: SimpleUploadedFile("tb.txt", text.encode(), "text/plain")}

    @property
    def users_sheet(self):
        content = sheet(["Nguyễn Văn Hùng", "hung", "", "UBND xã", "officer"])
        return {"file": lambda: SimpleUploadedFile("nguoi-dung.xlsx", content)}

    def written(self) -> tuple[int, int, int, int]:
        """What a change leaves behind: audit rows, submissions and their steps, drafts; a
        refused request leaves none of them."""
        return (
            AuditEntry.objects.count(),
            Feedback.objects.count(),
            FeedbackEvent.objects.count(),
            ImportDraft.objects.count(),
        )

    def attempt(self, persona, url, data):
        """(response, whether anything was written) of one try, rolled back afterwards."""
        self.client.logout()
        if persona:
            self.login(getattr(self, persona))
        point = transaction.savepoint()
        try:
            before = self.written()
            response = self.client.post(
                url, {k: v() if callable(v) else v for k, v in data.items()}
            )
            return response, self.written() != before
        finally:
            transaction.savepoint_rollback(point)

    def test_each_role_changes_only_what_it_may(self):
        for name, url, data, allowed in self.writes():
            for persona in PERSONAS:
                with self.subTest(url=name, persona=persona or "anonymous"):
                    response, changed = self.attempt(persona, url, data)
                    if persona in allowed:
                        self.assertTrue(changed, f"{name} by {persona}: nothing changed")
                        self.assertIn(response.status_code, (200, 302))
                    else:
                        self.assertFalse(changed, f"{name} by {persona}: something changed")
                        if persona is None:  # sent to log in
                            self.assertEqual(response.status_code, 302)
                            self.assertTrue(response["Location"].startswith(reverse("login")))
                        else:
                            self.assertIn(response.status_code, (403, 404))


READERS = {"admin", "standing", "clerk", "officer_a", "officer_b", "inspector", "supervisor"}
LEADERS = {"admin", "standing", "clerk", "inspector", "supervisor", "city"}


class ReadMatrixTest(MatrixTestCase):
    """Every role against every page: who sees it (200), and that the others are refused
    without its content (403, 404, or sent to log in)."""

    def pages(self):
        p, c, q3 = self.program, self.commune, self.q3
        task = self.task2
        commune_readers = READERS | {"city"}
        return [
            (reverse("programs:overview", args=[p.pk]), commune_readers),
            (reverse("programs:sections", args=[p.pk]), commune_readers),
            (reverse("programs:tasks", args=[p.pk]), commune_readers),
            (reverse("programs:task", args=[task.pk]), commune_readers),
            (reverse("programs:history", args=[p.pk]), commune_readers),
            (reverse("programs:edit", args=[p.pk]), PARTY_OFFICE),
            (reverse("programs:task_edit", args=[task.pk]), LEAD_OF_TASK_2),
            (reverse("reports:dashboard", args=[p.pk]), LEADERS),
            (reverse("reports:calendar", args=[p.pk]), PARTY_OFFICE),
            (reverse("reports:adhoc", args=[p.pk]), PARTY_OFFICE | {"standing"}),
            (reverse("reports:report", args=[task.pk, q3.pk]), commune_readers),
            (reverse("reports:task_reports", args=[task.pk]), commune_readers),
            (reverse("reports:city", args=[self.hp.pk]), {"admin", "city"}),
            (reverse("exports:consolidated", args=[q3.pk]), PARTY_OFFICE),
            (reverse("exports:workbook", args=[q3.pk]), LEADERS),
            (reverse("exports:brief", args=[q3.pk]), LEADERS),
            (reverse("exports:register", args=[c.pk]), PARTY_OFFICE),
            (reverse("exports:register_entry", args=[self.entry.pk]), PARTY_OFFICE),
            (reverse("exports:document_settings", args=[c.pk]), PARTY_OFFICE),
            (reverse("exports:template", args=[q3.pk]), {"officer_a", "officer_b"}),
            (reverse("imports:upload", args=[c.pk]), PARTY_OFFICE),
            (reverse("imports:preview", args=[self.draft.pk]), PARTY_OFFICE),
            (reverse("imports:job", args=[self.job.pk]), PARTY_OFFICE),
            (reverse("orgs:units", args=[c.pk]), PARTY_OFFICE),
            (reverse("orgs:users", args=[c.pk]), PARTY_OFFICE),
            (reverse("orgs:user_edit", args=[c.pk, self.officer_b.pk]), PARTY_OFFICE),
            (reverse("orgs:users_import", args=[c.pk]), PARTY_OFFICE),
            (reverse("orgs:users_sheet", args=[c.pk]), PARTY_OFFICE),
            (reverse("orgs:communes"), {"admin"}),
            (reverse("feedback:staff_list", args=[c.pk]), commune_readers),
            (
                reverse("feedback:handle", args=[self.fresh.pk]),
                READERS - {"officer_a", "officer_b"},
            ),
            (reverse("feedback:handle", args=[self.assigned.pk]), READERS - {"officer_b"}),
            (reverse("feedback:intake", args=[c.pk]), PARTY_OFFICE),
            (reverse("feedback:settings", args=[c.pk]), PARTY_OFFICE),
            (reverse("feedback:submit", args=[c.code]), EVERYONE),
            (reverse("feedback:track") + f"?code={self.answered.code}", EVERYONE),
            (reverse("reports:mine"), LOGGED_IN),
            (reverse("reports:review_queue"), REVIEWERS),
            (reverse("orgs:notifications"), LOGGED_IN),
            (reverse("orgs:notification", args=[self.notes["officer_a"].pk]), {"officer_a"}),
            (reverse("orgs:calendar_days", args=[c.pk]), PARTY_OFFICE),
            (reverse("tasks:list", args=[c.pk]), commune_readers),
            (reverse("tasks:task", args=[self.assigned_task.pk]), LEADERS | {"officer_a"}),
            (reverse("tasks:directives", args=[c.pk]), commune_readers),
            (reverse("tasks:directive", args=[self.draft_directive.pk]), commune_readers),
            (reverse("tasks:directive_new", args=[c.pk]), ISSUERS | {"officer_a", "officer_b"}),
            (reverse("tasks:task_new", args=[self.draft_directive.pk]), ISSUERS),
            (reverse("tasks:task_edit", args=[self.assigned_task.pk]), ISSUERS),
            (reverse("tasks:settings", args=[c.pk]), ISSUERS),
            (reverse("tasks:import", args=[c.pk]), ISSUERS),
            (reverse("tasks:coverage", args=[p.pk]), commune_readers),
            (reverse("tasks:ranking", args=[c.pk]), commune_readers),
            (reverse("tasks:import_review", args=[self.imported.pk]), ISSUERS),
            (reverse("meetings:list", args=[c.pk]), commune_readers),
            (reverse("meetings:meeting", args=[self.meeting.pk]), commune_readers),
            (reverse("meetings:new", args=[c.pk]), ISSUERS),
            (reverse("meetings:edit", args=[self.meeting.pk]), ISSUERS),
            (reverse("meetings:notice", args=[self.meeting.pk]), commune_readers),
        ]

    def test_each_role_reads_only_what_it_may(self):
        for url, allowed in self.pages():
            for persona in PERSONAS:
                self.client.logout()
                if persona:
                    self.login(getattr(self, persona))
                with self.subTest(url=url, persona=persona or "anonymous"):
                    response = self.client.get(url)
                    if persona in allowed:
                        self.assertEqual(response.status_code, 200)
                    elif persona is None:
                        self.assertEqual(response.status_code, 302)
                        self.assertTrue(response["Location"].startswith(reverse("login")))
                    else:
                        self.assertIn(response.status_code, (403, 404))
                        self.assertNotIn(self.program.title.encode(), response.content)
