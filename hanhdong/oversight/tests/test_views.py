"""The pages by role: who reads what names a party member or a discipline (and that each
look is logged), and every view that changes data refused to the wrong persona and the
wrong method, with nothing written."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils import timezone

from hanhdong.feedback.models import Channel, Feedback
from hanhdong.orgs.models import Membership, Role
from hanhdong.oversight import services
from hanhdong.oversight.models import (
    CoverageLink,
    Inspection,
    OversightLook,
    OversightProgram,
    PlannedItem,
    State,
    Supervision,
)
from hanhdong.oversight.tests.base import OversightTestCase
from hanhdong.oversight.tests.factory import make_inspection
from hanhdong.tasks.models import AssignedTask, TaskState

MEMBER = "Nguyễn Văn Hùng"
HOME_QUERIES = 22


class RoleTest(OversightTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        today = timezone.localdate()
        cls.named = make_inspection(
            cls.inspector, cls.commune, org=cls.cells[0], member=MEMBER, head=True, kind="violation"
        )
        services.inspection_conclude(
            acting_user=cls.inspector,
            inspection=cls.named,
            conclusions="Vi phạm quy định về quản lý đất đai",
            concluded_on=today,
            discipline="canh_cao",
        )
        cls.open = make_inspection(cls.inspector, cls.commune, org=cls.cells[1])
        cls.oprogram = services.oversight_program_create(
            acting_user=cls.inspector,
            commune=cls.commune,
            body="ubkt",
            scope="year",
            year=today.year,
            title="Chương trình kiểm tra năm",
        )
        services.planned_item_add(
            acting_user=cls.inspector,
            program=cls.oprogram,
            kind="thematic",
            focus="land",
            subject_org=cls.cells[2],
            member_name=MEMBER,
            member_is_head=True,
        )
        cls.dialogue = services.supervision_create(
            acting_user=cls.supervisor,
            commune=cls.commune,
            body=cls.hdnd,
            kind="dialogue",
            held_on=today - dt.timedelta(days=3),
            title="Đối thoại về giải phóng mặt bằng",
        )

    # -- who sees named members and disciplinary outcomes ------------------------------------
    def test_it_shows_named_members_and_discipline_to_inspectors_and_standing_logged(self):
        url = reverse("oversight:inspection", args=[self.named.pk])
        for user in (self.inspector, self.standing):
            before = OversightLook.objects.filter(inspection=self.named, user=user).count()
            self.login(user)
            response = self.client.get(url)
            self.assertContains(response, MEMBER)
            self.assertContains(response, "Cảnh cáo")
            self.assertEqual(
                OversightLook.objects.filter(inspection=self.named, user=user).count(), before + 1
            )
            home = self.client.get(reverse("oversight:home", args=[self.commune.pk]))
            self.assertContains(home, MEMBER)
            self.assertContains(home, "Cảnh cáo")
            program = self.client.get(reverse("oversight:program", args=[self.oprogram.pk]))
            self.assertContains(program, MEMBER)
            self.assertTrue(OversightLook.objects.filter(program=self.oprogram, user=user))

    def test_it_hides_named_members_and_discipline_from_everyone_else(self):
        url = reverse("oversight:inspection", args=[self.named.pk])
        docx = reverse("oversight:conclusion", args=[self.named.pk])
        for user in (self.clerk, self.supervisor, self.city):
            self.login(user)
            self.assertEqual(self.client.get(url).status_code, 404, user)
            self.assertEqual(self.client.get(docx).status_code, 404, user)
            home = self.client.get(reverse("oversight:home", args=[self.commune.pk]))
            self.assertEqual(home.status_code, 200)
            self.assertNotContains(home, MEMBER)
            self.assertNotContains(home, "Cảnh cáo")
            self.assertContains(home, "Đảng viên (hạn chế)")
            self.assertContains(home, self.named.decision_number)  # the decision, unnamed
            program = self.client.get(reverse("oversight:program", args=[self.oprogram.pk]))
            self.assertNotContains(program, MEMBER)
            # what names no member they do read
            opened = self.client.get(reverse("oversight:inspection", args=[self.open.pk]))
            self.assertContains(opened, self.cells[1].name)
        # the officer of an agency has no inspection pages at all
        self.login(self.officer_a)
        self.assertEqual(self.client.get(url).status_code, 403)
        home = self.client.get(reverse("oversight:home", args=[self.commune.pk]))
        self.assertEqual(home.status_code, 403)
        self.assertFalse(
            OversightLook.objects.exclude(user__in=[self.inspector, self.standing]).exists()
        )
        # another commune's clerk does not even learn it exists
        self.login(self.outsider)
        self.assertEqual(self.client.get(url).status_code, 404)

    def test_it_shows_the_tab_to_those_who_may_see_it(self):
        page = reverse("tasks:list", args=[self.commune.pk])
        link = reverse("oversight:home", args=[self.commune.pk])
        for user, shown in (
            (self.inspector, True),
            (self.supervisor, True),
            (self.officer_a, False),
        ):
            self.login(user)
            self.assertEqual(link in self.client.get(page).content.decode(), shown, user)

    # -- the wrong persona, the wrong method --------------------------------------------------
    def assert_refused(self, url, users, data=None, expected=(403, 404)):
        for user in users:
            self.login(user)
            response = self.client.post(url, data or {})
            self.assertIn(response.status_code, expected, (url, user))

    def counts(self):
        return (
            OversightProgram.objects.count(),
            PlannedItem.objects.count(),
            Inspection.objects.filter(state=State.CONCLUDED).count(),
            Inspection.objects.count(),
            CoverageLink.objects.count(),
            Supervision.objects.count(),
            Feedback.objects.count(),
            AssignedTask.objects.count(),
        )

    def test_it_refuses_changes_to_the_wrong_persona(self):
        today = timezone.localdate().strftime("%d/%m/%Y")
        before = self.counts()
        c = self.commune.pk
        non_inspectors = [self.clerk, self.officer_a, self.supervisor, self.city, self.outsider]
        self.assert_refused(
            reverse("oversight:program_new", args=[c]),
            non_inspectors,
            {"body": "ubkt", "scope": "term", "title": "X"},
        )
        self.assert_refused(
            reverse("oversight:item_new", args=[self.oprogram.pk]),
            non_inspectors,
            {"kind": "regular", "focus": "land", "subject_org": self.cells[3].pk},
        )
        self.assert_refused(
            reverse("oversight:item_edit", args=[PlannedItem.objects.get().pk]),
            non_inspectors,
            {"kind": "regular", "focus": "budget", "subject_org": self.cells[3].pk},
        )
        self.assert_refused(
            reverse("oversight:inspection_new", args=[c]),
            non_inspectors,
            {
                "body": "ubkt",
                "kind": "regular",
                "focus": "land",
                "subject_org": self.cells[3].pk,
                "decision_on": today,
            },
        )
        self.assert_refused(
            reverse("oversight:inspection_edit", args=[self.open.pk]),
            non_inspectors,
            {"kind": "regular", "focus": "land", "subject_org": self.cells[3].pk},
        )
        self.assert_refused(
            reverse("oversight:work", args=[self.open.pk]), non_inspectors, {"findings": "x"}
        )
        self.assert_refused(
            reverse("oversight:conclude", args=[self.open.pk]),
            non_inspectors,
            {"conclusions": "x", "concluded_on": today},
        )
        self.assert_refused(
            reverse("oversight:link_new", args=[c]),
            [self.officer_a, self.supervisor, self.city, self.outsider],
            {"target": self.orgs_target.pk, "measure": "orgs_term"},
        )
        self.assert_refused(
            reverse("tasks:task_new", args=[self.open.directive.pk]),
            [self.officer_a, self.supervisor, self.city, self.outsider],
            {"title": "x", "lead": self.agency_a.pk},
        )
        others = [
            self.inspector,
            self.clerk,
            self.standing,
            self.officer_a,
            self.city,
            self.outsider,
        ]
        self.assert_refused(
            reverse("oversight:supervision_new", args=[c]),
            others,
            {"body": self.hdnd.pk, "kind": "session", "held_on": today, "title": "x"},
        )
        self.assert_refused(
            reverse("oversight:supervision_issue", args=[self.dialogue.pk]),
            others,
            {"issued_on": today},
        )
        self.assert_refused(
            reverse("oversight:petition_new", args=[self.dialogue.pk]),
            others,
            {"kind": "kien_nghi", "title": "Đường", "text": "Đường hỏng nặng"},
        )
        self.assertEqual(self.counts(), before)
        self.assertEqual(PlannedItem.objects.get().focus, "land")
        self.assertEqual(self.open.findings, "")
        self.open.refresh_from_db()
        self.assertEqual(self.open.findings, "")

    def test_it_refuses_the_wrong_method(self):
        self.login(self.inspector)
        for name, pk in (
            ("work", self.open.pk),
            ("conclude", self.open.pk),
            ("supervision_issue", self.dialogue.pk),
            ("petition_new", self.dialogue.pk),
        ):
            self.assertEqual(
                self.client.get(reverse(f"oversight:{name}", args=[pk])).status_code, 405, name
            )
        link = services.coverage_link_set(
            acting_user=self.clerk, target=self.orgs_target, measure="orgs_term"
        )
        self.assertEqual(
            self.client.get(reverse("oversight:link_remove", args=[link.pk])).status_code, 405
        )
        for name, pk in (
            ("program_new", self.commune.pk),
            ("item_edit", PlannedItem.objects.get().pk),
            ("item_new", self.oprogram.pk),
            ("inspection_new", self.commune.pk),
            ("link_new", self.commune.pk),
            ("supervision_new", self.commune.pk),
        ):
            self.assertEqual(
                self.client.put(reverse(f"oversight:{name}", args=[pk])).status_code, 405, name
            )

    # -- the pages at work ---------------------------------------------------------------------
    def test_it_prefills_an_inspection_opened_from_a_signal(self):
        self.login(self.inspector)
        url = reverse("oversight:inspection_new", args=[self.commune.pk])
        response = self.client.get(url, {"subject": self.cells[3].pk, "note": "Chi vượt dự toán"})
        self.assertContains(response, "Chi vượt dự toán")
        self.assertContains(response, f'<option value="{self.cells[3].pk}" selected>')
        for junk in ("x", "99999999999999999999", str(self.commune_b.pk)):
            self.assertEqual(self.client.get(url, {"subject": junk}).status_code, 200)
        response = self.client.post(
            url,
            {
                "body": "ubkt",
                "kind": "violation",
                "focus": "budget",
                "subject_org": self.cells[3].pk,
                "reason": "Chi vượt dự toán",
                "decision_on": timezone.localdate().strftime("%d/%m/%Y"),
            },
        )
        created = Inspection.objects.latest("pk")
        self.assertRedirects(response, reverse("oversight:inspection", args=[created.pk]))
        self.assertEqual((created.subject_org, created.reason), (self.cells[3], "Chi vượt dự toán"))

    def test_an_inspector_corrects_a_decision_until_it_is_concluded(self):
        from hanhdong.audit.models import AuditEntry
        from hanhdong.exports.models import RegisteredDocument

        url = reverse("oversight:inspection_edit", args=[self.open.pk])
        entry = RegisteredDocument.objects.get(ref=f"inspection-decision:{self.open.pk}")
        self.login(self.inspector)
        page = self.client.get(url)
        self.assertContains(page, self.open.decision_number)
        self.assertNotIn("body", page.context["form"].fields)  # its number stands on it
        self.assertNotIn("decision_on", page.context["form"].fields)
        data = {
            "kind": "regular",
            "focus": "land",
            "subject_org": self.cells[3].pk,
            "reason": "Đơn thư",
        }
        response = self.client.post(url, data)
        self.assertRedirects(response, reverse("oversight:inspection", args=[self.open.pk]))
        self.open.refresh_from_db()
        entry.refresh_from_db()
        self.assertEqual((self.open.focus, self.open.subject_org), ("land", self.cells[3]))
        self.assertIn(self.cells[3].name, self.open.directive.title)
        self.assertIn(self.cells[3].name, entry.title)
        self.assertEqual(entry.number, int(self.open.decision_number.split("-")[0]))
        change = AuditEntry.objects.for_object(self.open).latest("pk")
        self.assertEqual(change.changes["focus"], ["budget", "land"])
        # refused without a subject, in Vietnamese, nothing written
        refused = self.client.post(url, {**data, "subject_org": "", "focus": "budget"})
        self.assertContains(refused, "Cần ghi rõ đối tượng kiểm tra, giám sát")
        self.open.refresh_from_db()
        self.assertEqual(self.open.focus, "land")
        # the page offers it while the inspection is open; once concluded, it is closed
        inspection = reverse("oversight:inspection", args=[self.open.pk])
        self.assertContains(self.client.get(inspection), f'href="{url}"')
        services.inspection_conclude(
            acting_user=self.inspector,
            inspection=self.open,
            conclusions="Thực hiện tốt",
            discipline="",
            concluded_on=timezone.localdate(),
        )
        self.assertNotContains(self.client.get(inspection), f'href="{url}"')
        self.assertRedirects(self.client.post(url, data), inspection)
        self.open.refresh_from_db()
        self.assertEqual(self.open.reason, "Đơn thư")  # unchanged

    def test_correcting_a_decision_that_names_a_member_is_a_logged_look(self):
        named = make_inspection(self.inspector, self.commune, org=self.cells[1], member=MEMBER)
        self.login(self.inspector)
        page = self.client.get(reverse("oversight:inspection_edit", args=[named.pk]))
        self.assertContains(page, MEMBER)
        self.assertTrue(OversightLook.objects.filter(inspection=named, user=self.inspector))

    def test_it_concludes_through_the_page_and_measures_a_linked_target(self):
        self.login(self.clerk)
        response = self.client.post(
            reverse("oversight:link_new", args=[self.commune.pk]),
            {"target": self.orgs_target.pk, "measure": "orgs_term"},
        )
        self.assertEqual(response.status_code, 302)
        self.login(self.inspector)
        response = self.client.post(
            reverse("oversight:conclude", args=[self.open.pk]),
            {
                "conclusions": "Thực hiện tốt",
                "discipline": "",
                "concluded_on": timezone.localdate().strftime("%d/%m/%Y"),
            },
        )
        self.assertEqual(response.status_code, 302)
        self.open.refresh_from_db()
        self.assertEqual(self.open.state, State.CONCLUDED)
        value = self.orgs_target.values.latest("period__cutoff_on")
        # cell 2 of 4: inspecting a member of cell 1 is not inspecting the cell
        self.assertEqual(float(value.value), 25.0)
        # a bad date comes back on the form, in Vietnamese, nothing written
        again = make_inspection(self.inspector, self.commune, org=self.cells[2])
        response = self.client.post(
            reverse("oversight:conclude", args=[again.pk]),
            {"conclusions": "x", "concluded_on": "01/01/2001"},
        )
        self.assertContains(response, "trước ngày quyết định", status_code=400)

    def test_a_supervisor_records_a_dialogue_its_petitions_and_recommendations(self):
        self.login(self.supervisor)
        page = reverse("oversight:supervision", args=[self.dialogue.pk])
        response = self.client.post(
            reverse("oversight:petition_new", args=[self.dialogue.pk]),
            {
                "kind": "kien_nghi",
                "title": "Đường thôn 3 xuống cấp",
                "text": "Đề nghị sửa đường thôn 3 trước mùa mưa",
                "name": "Lê Văn Ba",
                "consent": "on",
            },
        )
        self.assertRedirects(response, page + "#petitions")
        feedback = Feedback.objects.get(title="Đường thôn 3 xuống cấp")
        self.assertEqual(
            (feedback.channel, feedback.received_by), (Channel.IN_PERSON, self.supervisor)
        )
        self.assertEqual(feedback.dialogue_petition.supervision, self.dialogue)
        response = self.client.post(
            reverse("tasks:task_new", args=[self.dialogue.directive.pk]),
            {
                "title": "Sửa đường thôn 3",
                "lead": self.agency_a.pk,
                "responsible": "Chủ tịch UBND",
                "due_text": "30 ngày làm việc",
                "product": "Đường được sửa",
            },
        )
        self.assertEqual(response.status_code, 302)
        response = self.client.post(
            reverse("oversight:supervision_issue", args=[self.dialogue.pk]),
            {"number": "05/BC-HĐND", "issued_on": timezone.localdate().strftime("%d/%m/%Y")},
        )
        self.assertRedirects(response, page)
        task = AssignedTask.objects.get(title="Sửa đường thôn 3")
        self.assertEqual((task.state, task.directive.origin), (TaskState.NOT_STARTED, "supervis"))
        # the Front's supervisor is not the People's Council's
        front = self.make_front_supervisor()
        self.login(front)
        self.assertEqual(
            self.client.post(
                reverse("oversight:petition_new", args=[self.dialogue.pk]), {}
            ).status_code,
            403,
        )

    def test_a_supervisor_corrects_the_record_until_the_recommendations_are_sent(self):
        url = reverse("oversight:supervision_edit", args=[self.dialogue.pk])
        page = reverse("oversight:supervision", args=[self.dialogue.pk])
        data = {
            "kind": self.dialogue.kind,
            "held_on": self.dialogue.held_on.strftime("%d/%m/%Y"),
            "title": "Đối thoại về đất đai và môi trường",
            "participants": "Đại diện 5 thôn",
        }
        for user in (self.clerk, self.officer_a, self.inspector, self.make_front_supervisor()):
            self.login(user)
            self.assertIn(self.client.post(url, data).status_code, (403, 404), user)
        self.login(self.supervisor)
        self.assertContains(self.client.get(page), f'href="{url}"')
        self.assertRedirects(self.client.post(url, data), page)
        self.dialogue.refresh_from_db()
        self.assertEqual(self.dialogue.title, "Đối thoại về đất đai và môi trường")
        self.assertTrue(self.dialogue.directive.title.endswith(self.dialogue.title))
        refused = self.client.post(url, {**data, "title": "  "})
        self.assertEqual(refused.status_code, 200)  # the form again, nothing written
        self.client.post(
            reverse("tasks:task_new", args=[self.dialogue.directive.pk]),
            {
                "title": "Rà soát đất công",
                "lead": self.agency_a.pk,
                "responsible": "Chủ tịch UBND",
                "due_text": "30 ngày",
                "product": "Báo cáo rà soát",
            },
        )
        services.supervision_issue(acting_user=self.supervisor, supervision=self.dialogue)
        self.assertNotContains(self.client.get(page), f'href="{url}"')
        self.assertRedirects(self.client.post(url, {**data, "title": "Khác"}), page)
        self.dialogue.refresh_from_db()
        self.assertEqual(self.dialogue.title, "Đối thoại về đất đai và môi trường")

    def make_front_supervisor(self):
        from hanhdong.orgs.models import OrgKind
        from hanhdong.test import make_org, make_user

        front = make_org("Ủy ban MTTQ xã", OrgKind.FATHERLAND_FRONT, self.commune)
        user = make_user("front", (front, Role.SUPERVISOR))
        self.assertTrue(Membership.objects.filter(user=user).exists())
        return user

    def test_it_pins_the_home_page_queries(self):
        """A fixed few, however many inspections: the coverage costs a few per year."""
        self.login(self.inspector)
        url = reverse("oversight:home", args=[self.commune.pk])
        self.client.get(url)
        for n in range(3):
            make_inspection(self.inspector, self.commune, org=self.cells[n % 4], member=f"A {n}")
        with self.assertNumQueries(HOME_QUERIES):
            self.client.get(url)

    def test_an_inspector_corrects_a_planned_item(self):
        item = PlannedItem.objects.get()
        self.login(self.inspector)
        url = reverse("oversight:item_edit", args=[item.pk])
        self.assertContains(self.client.get(url), MEMBER)
        response = self.client.post(
            url,
            {
                "kind": "thematic",
                "focus": "budget",
                "subject_org": self.cells[2].pk,
                "member_name": MEMBER,
                "member_is_head": "on",
                "quarter": "3",
            },
        )
        self.assertRedirects(response, reverse("oversight:program", args=[self.oprogram.pk]))
        item.refresh_from_db()
        self.assertEqual((item.focus, item.quarter, item.year), ("budget", 3, self.oprogram.year))
