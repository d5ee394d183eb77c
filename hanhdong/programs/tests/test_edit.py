from django.urls import reverse

from hanhdong.audit.models import AuditEntry
from hanhdong.targets.models import Target
from hanhdong.test import BaseTestCase

NOT_EDITORS = ["standing", "officer_a", "officer_b", "inspector", "supervisor", "city"]


class ProgramEditTest(BaseTestCase):
    def setUp(self):
        self.section = self.program.sections.get(path="II.1.1")
        self.target = self.program.targets.get(where="II.2")
        self.cases = [
            (
                reverse("programs:edit", args=[self.program.pk]),
                {
                    "number": "02-CTr/ĐU",
                    "title": "Tên mới",
                    "issuer_name": "Đảng ủy",
                    "issued_on": "20/10/2025",
                    "term_start": 2025,
                    "term_end": 2030,
                    "status": "active",
                },
            ),
            (
                reverse("programs:section_edit", args=[self.section.pk]),
                {
                    "title": "Tư tưởng, đạo đức",
                    "body": "",
                    "items": "Việc a\n\nViệc c\n",
                },
            ),
            (
                reverse("programs:target_edit", args=[self.target.pk]),
                {
                    "indicator": "doanh nghiệp hoạt động",
                    "comparison": ">=",
                    "value": "150",
                    "unit": "doanh nghiệp",
                    "year": 2030,
                    "recurrence": "",
                    "where": "II.2",
                },
            ),
            (
                reverse("programs:target_create", args=[self.program.pk]),
                {
                    "indicator": "tăng trưởng",
                    "comparison": ">=",
                    "value": "8,5",
                    "unit": "%",
                    "year": "",
                    "recurrence": "annual",
                    "where": "II.2",
                },
            ),
        ]

    def test_the_clerk_edits_the_program_header(self):
        self.login(self.clerk)
        url, data = self.cases[0]
        self.assertEqual(self.client.post(url, data).status_code, 302)
        self.program.refresh_from_db()
        self.assertEqual((self.program.number, self.program.title), ("02-CTr/ĐU", "Tên mới"))
        self.assertEqual(str(self.program.issued_on), "2025-10-20")
        self.assertTrue(AuditEntry.objects.for_object(self.program).filter(action="update"))

    def test_the_clerk_rewrites_a_section_and_its_items(self):
        self.login(self.clerk)
        url, data = self.cases[1]
        self.assertEqual(self.client.post(url, data).status_code, 302)
        self.assertEqual(
            [i.text for i in self.section.items.order_by("position")], ["Việc a", "Việc c"]
        )
        entry = AuditEntry.objects.for_object(self.section).get()
        self.assertEqual(entry.changes["items"], [["Việc a", "Việc b"], ["Việc a", "Việc c"]])

    def test_the_clerk_edits_and_adds_targets(self):
        self.login(self.clerk)
        for url, data in self.cases[2:]:
            self.assertEqual(self.client.post(url, data).status_code, 302)
        self.target.refresh_from_db()
        self.assertEqual(self.target.value, 150)
        added = Target.objects.get(indicator="tăng trưởng")
        self.assertEqual(str(added.value.normalize()), "8.5")
        self.assertEqual(added.section.path, "II.2")

    def test_a_target_stated_in_the_appendix_is_written_in_words(self):
        task = self.program.key_tasks.order_by("number").first()
        url, data = self.cases[2]
        self.login(self.clerk)
        for written in (f"Phụ lục {task.number}", f"phu luc: {task.number}", f"PL{task.number}"):
            with self.subTest(written=written):
                self.assertEqual(self.client.post(url, dict(data, where=written)).status_code, 302)
                self.target.refresh_from_db()
                self.assertEqual(
                    (self.target.where, self.target.key_task), (f"appendix:{task.number}", task)
                )
        form = self.client.get(url).context["form"]
        self.assertEqual(form["where"].value(), f"phụ lục {task.number}")
        self.assertNotContains(self.client.get(url), "appendix")

    def test_a_target_both_yearly_and_due_by_a_year_is_refused(self):
        self.login(self.clerk)
        url, data = self.cases[3]
        response = self.client.post(url, dict(data, year=2030))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "tăng trưởng")  # the form comes back filled
        self.assertFalse(Target.objects.filter(indicator="tăng trưởng").exists())

    def test_a_program_ending_before_it_starts_is_refused(self):
        self.login(self.clerk)
        url, data = self.cases[0]
        response = self.client.post(url, dict(data, term_end=2020))
        self.assertEqual(response.status_code, 200)
        self.program.refresh_from_db()
        self.assertEqual(self.program.number, "01-CTr/ĐU")

    def test_others_may_not_edit(self):
        for name in NOT_EDITORS:
            self.login(getattr(self, name))
            for url, data in self.cases:
                with self.subTest(user=name, url=url):
                    self.assertEqual(self.client.post(url, data).status_code, 403)
                    self.assertEqual(self.client.get(url).status_code, 403)
        self.assertEqual(self.program.targets.count(), 2)

    def test_another_commune_gets_not_found(self):
        self.login(self.outsider)
        for url, data in self.cases:
            with self.subTest(url=url):
                self.assertEqual(self.client.post(url, data).status_code, 404)

    def test_it_refuses_other_methods(self):
        self.login(self.clerk)
        for url, _data in self.cases:
            with self.subTest(url=url):
                self.assertEqual(self.client.put(url).status_code, 405)
                self.assertEqual(self.client.delete(url).status_code, 405)

    def test_edit_links_show_only_to_editors(self):
        overview = reverse("programs:overview", args=[self.program.pk])
        self.login(self.clerk)
        self.assertContains(self.client.get(overview), self.cases[0][0])
        self.login(self.standing)
        self.assertNotContains(self.client.get(overview), self.cases[0][0])
