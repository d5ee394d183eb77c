from django.urls import reverse

from hanhdong.audit.models import AuditEntry
from hanhdong.test import PERSONAS, BaseTestCase

READERS = [name for name in PERSONAS if name != "outsider"]


class ReadPagesTest(BaseTestCase):
    def pages(self):
        p = self.program.pk
        return [
            reverse("programs:overview", args=[p]),
            reverse("programs:sections", args=[p]),
            reverse("programs:tasks", args=[p]),
            reverse("programs:history", args=[p]),
            reverse("programs:task", args=[self.tasks[1].pk]),
        ]

    def test_it_shows_every_page_to_every_reader_of_the_commune(self):
        for name in READERS:
            self.login(getattr(self, name))
            for url in self.pages():
                with self.subTest(user=name, url=url):
                    self.assertEqual(self.client.get(url).status_code, 200)

    def test_it_hides_the_program_from_another_commune(self):
        self.login(self.outsider)
        for url in self.pages():
            self.assertEqual(self.client.get(url).status_code, 404)

    def test_it_sends_anonymous_visitors_to_log_in(self):
        response = self.client.get(self.pages()[0])
        self.assertRedirects(response, reverse("login") + "?next=" + self.pages()[0])

    def test_it_refuses_to_post_to_read_pages(self):
        self.login(self.clerk)
        for url in self.pages():
            self.assertEqual(self.client.post(url).status_code, 405)

    def test_the_overview_counts_areas_items_tasks_and_targets(self):
        self.login(self.standing)
        response = self.client.get(self.pages()[0])
        self.assertEqual(
            response.context["totals"],
            {
                "areas": 3,
                "items": 4,
                "tasks": 4,
                "targets": 2,
            },
        )
        rows = {r["area"].path: (r["items"], r["tasks"]) for r in response.context["rows"]}
        self.assertEqual(rows, {"II.1": (2, 1), "II.2": (1, 1), "II.3": (0, 1)})

    def test_the_overview_s_query_count_does_not_grow_with_the_program(self):
        self.login(self.standing)
        url = reverse("programs:overview", args=[self.program.pk])
        self.client.get(url)
        with self.assertNumQueries(13) as first:  # one of them the header's unread count
            self.client.get(url)
        area = self.program.sections.get(path="II.2")
        for n in range(5, 30):
            task = self.program.key_tasks.create(number=n, name=f"Việc {n}")
            task.sections.add(area)
            area.items.create(position=n, text=f"Việc {n}")
        with self.assertNumQueries(len(first.captured_queries)):
            response = self.client.get(url)
        self.assertEqual(response.context["totals"]["tasks"], 29)

    def test_it_is_in_vietnamese_by_default_and_english_on_request(self):
        self.login(self.standing)
        url = self.pages()[2]
        response = self.client.get(url, headers={"accept-language": "en-US"})
        self.assertContains(response, "Cơ quan chủ trì")
        self.client.post(reverse("set_language"), {"language": "en", "next": url})
        self.assertContains(self.client.get(url), "Lead agency")

    def test_home_goes_straight_to_the_only_commune_program(self):
        self.login(self.officer_a)
        response = self.client.get(reverse("programs:home"), follow=True)
        self.assertEqual(response.redirect_chain[-1][0], self.pages()[0])

    def test_home_lists_the_communes_of_a_city_viewer(self):
        self.login(self.city)
        response = self.client.get(reverse("programs:home"))
        self.assertEqual([c.name for c, _ in response.context["rows"]], ["Xã A", "Xã B"])


class TaskTableTest(BaseTestCase):
    def get(self, **params):
        self.login(self.standing)
        response = self.client.get(reverse("programs:tasks", args=[self.program.pk]), params)
        self.assertEqual(response.status_code, 200)
        return [t.number for t in response.context["rows"]]

    def test_it_lists_every_key_task(self):
        self.assertEqual(self.get(), [1, 2, 3, 4])

    def test_it_filters_by_agency_lead_or_partner(self):
        self.assertEqual(self.get(agency=self.agency_b.pk), [1, 3])

    def test_it_filters_by_area_including_sub_areas(self):
        self.assertEqual(self.get(area="II.1"), [1])
        self.assertEqual(self.get(area="II.3"), [3])

    def test_it_filters_by_period(self):
        self.assertEqual(self.get(period="annual"), [2])
        self.assertEqual(self.get(period="as_directed"), [4])
        self.assertEqual(self.get(period="2027"), [1, 2])
        self.assertEqual(self.get(period="2025"), [1, 2, 3])

    def test_search_ignores_diacritics(self):
        self.assertEqual(self.get(q="giai ngan"), [2])
        self.assertEqual(self.get(q="GIẢI NGÂN"), [2])
        self.assertEqual(self.get(q="dang vien"), [1])

    def test_htmx_gets_only_the_table(self):
        self.login(self.standing)
        response = self.client.get(
            reverse("programs:tasks", args=[self.program.pk]),
            {"q": "bầu cử"},
            headers={"hx-request": "true"},
        )
        self.assertNotContains(response, "<html")
        self.assertContains(response, "Bầu cử đại biểu HĐND")

    def test_its_query_count_does_not_grow_with_the_tasks(self):
        self.login(self.standing)
        url = reverse("programs:tasks", args=[self.program.pk])
        self.client.get(url)  # warm the content-type and session caches
        with self.assertNumQueries(10):  # one of them the header's unread count
            self.client.get(url, {"agency": self.agency_a.pk})
        for n in range(5, 40):
            self.program.key_tasks.create(number=n, name=f"Việc {n}", lead=self.agency_a)
        with self.assertNumQueries(10):
            response = self.client.get(url, {"agency": self.agency_a.pk})
        self.assertEqual(len(response.context["rows"]), 38)


class TaskEditTest(BaseTestCase):
    def url(self, number=1):
        return reverse("programs:task_edit", args=[self.tasks[number].pk])

    def form(self, **changes):
        data = {
            "name": "Kết nạp đảng viên mới (sửa)",
            "lead": self.agency_b.pk,
            "partners_text": "Các chi bộ",
            "start_text": "Năm 2026",
            "end_text": "Năm 2030",
            "resources": "Ngân sách xã",
        }
        data.update(changes)
        return data

    def test_the_clerk_edits_any_task(self):
        self.login(self.clerk)
        response = self.client.post(self.url(2), self.form())
        self.assertRedirects(response, reverse("programs:task", args=[self.tasks[2].pk]))
        self.tasks[2].refresh_from_db()
        self.assertEqual(self.tasks[2].name, "Kết nạp đảng viên mới (sửa)")

    def test_an_officer_edits_a_task_their_agency_leads(self):
        self.login(self.officer_b)
        self.assertEqual(self.client.get(self.url(1)).status_code, 200)
        self.assertEqual(self.client.post(self.url(1), self.form()).status_code, 302)
        self.assertEqual(AuditEntry.objects.for_object(self.tasks[1]).get().actor, self.officer_b)

    def test_an_officer_may_not_edit_another_agency_task(self):
        self.login(self.officer_b)
        self.assertEqual(self.client.get(self.url(2)).status_code, 403)
        self.assertEqual(self.client.post(self.url(2), self.form()).status_code, 403)
        self.tasks[2].refresh_from_db()
        self.assertEqual(self.tasks[2].name, "Chỉ đạo giải ngân vốn đầu tư công")

    def test_readers_may_not_edit(self):
        for user in (self.standing, self.inspector, self.supervisor, self.city):
            self.login(user)
            self.assertEqual(self.client.post(self.url(), self.form()).status_code, 403)

    def test_another_commune_gets_not_found(self):
        self.login(self.outsider)
        self.assertEqual(self.client.post(self.url(), self.form()).status_code, 404)

    def test_anonymous_is_sent_to_log_in(self):
        response = self.client.post(self.url(), self.form())
        self.assertEqual(response.status_code, 302)
        self.assertIn(reverse("login"), response["Location"])

    def test_it_refuses_other_methods(self):
        self.login(self.clerk)
        self.assertEqual(self.client.put(self.url()).status_code, 405)
        self.assertEqual(self.client.delete(self.url()).status_code, 405)

    def test_a_bad_period_comes_back_with_a_vietnamese_message(self):
        self.login(self.clerk)
        response = self.client.post(self.url(), self.form(start_text="đầu nhiệm kỳ"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Ghi thời gian theo dạng")
        self.assertContains(response, "Kết nạp đảng viên mới (sửa)")  # what was typed stays
        self.tasks[1].refresh_from_db()
        self.assertEqual(self.tasks[1].start_text, "Năm 2025")

    def test_the_task_page_shows_its_history(self):
        self.login(self.clerk)
        self.client.post(self.url(), self.form())
        response = self.client.get(reverse("programs:task", args=[self.tasks[1].pk]))
        self.assertContains(response, "Năm 2026")
        self.assertEqual(len(response.context["history"]), 1)
