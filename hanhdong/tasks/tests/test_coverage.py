import datetime as dt

from django.urls import reverse

from hanhdong.tasks import services
from hanhdong.tasks.coverage import coverage
from hanhdong.tasks.models import DocKind, Origin
from hanhdong.tasks.tests.base import TasksTestCase


class CoverageTest(TasksTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.plan = cls.make_directive(
            origin=Origin.PLAN,
            kind=DocKind.PLAN,
            number="12-KH/UBND",
            owner=cls.agency_a,
            title="Kế hoạch 5 năm 2026 - 2030 của UBND xã",
            first_year=2026,
            last_year=2030,
        )
        cls.first_item = cls.make_task(cls.plan, title="Việc a cụ thể", serves=["II.1.1:1"])
        cls.budget = cls.make_task(cls.plan, title="Thu ngân sách", serves=["II.2"])
        services.directive_issue(acting_user=cls.clerk, directive=cls.plan)
        # a draft elsewhere carries nothing out until issued
        cls.make_task(title="Việc b nháp", serves=["II.1.1:2"])

    def test_it_shows_what_carries_out_each_item_and_flags_the_rest(self):
        rows = {r.area.path: r for r in coverage(self.program, dt.date(2026, 5, 1))}
        self.assertEqual(list(rows), ["II.1", "II.2", "II.3"])
        items = {i.address: i for r in rows.values() for i in r.items}
        self.assertEqual(list(items), ["II.1.1:1", "II.1.1:2", "II.2:1"])
        self.assertEqual([c.title for c in items["II.1.1:1"].carriers], ["Việc a cụ thể"])
        self.assertFalse(items["II.1.1:2"].covered)  # only a draft says it carries it out
        self.assertEqual(rows["II.1"].uncovered, 1)
        # a task tied to the area II.2 carries out the area, and so its item
        self.assertEqual([c.title for c in rows["II.2"].carriers], ["Thu ngân sách"])
        self.assertTrue(items["II.2:1"].covered)
        self.assertEqual([(s, n) for s, _label, n in rows["II.1"].statuses], [("not_started", 1)])
        self.assertEqual(rows["II.1"].key_tasks, 1)

    def test_the_page_shows_it_in_a_fixed_number_of_queries(self):
        self.login(self.supervisor)
        url = reverse("tasks:coverage", args=[self.program.pk])
        response = self.client.get(url)
        self.assertContains(response, "Việc a cụ thể")
        self.assertContains(response, 'class="alert"')
        with self.assertNumQueries(13) as first:
            self.client.get(url)
        self.make_task(self.plan, title="Thêm", serves=["II.1.1:2", "II.2:1"])
        with self.assertNumQueries(len(first.captured_queries)):
            self.client.get(url + "?show=uncovered")

    def test_a_task_the_reader_may_not_open_is_named_without_a_link(self):
        url = reverse("tasks:coverage", args=[self.program.pk])
        task_url = reverse("tasks:task", args=[self.first_item.pk])
        for user, opens in ((self.officer_a, True), (self.officer_b, False)):
            self.login(user)
            page = self.client.get(url)
            with self.subTest(user=user.username):
                self.assertContains(page, "Việc a cụ thể")
                self.assertEqual(f'href="{task_url}"' in page.content.decode(), opens)
                self.assertEqual(self.client.get(task_url).status_code, 200 if opens else 404)
