import datetime as dt
from unittest import mock

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from hanhdong.tasks import services
from hanhdong.tasks.models import AssignedTask, TaskState
from hanhdong.tasks.tests.base import ISSUED, TasksTestCase

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


class ListTest(TasksTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.mine = cls.make_task(title="Việc của UBND")
        cls.theirs = cls.make_task(title="Việc của Ban Xây dựng Đảng", lead=cls.agency_b)
        cls.draft = cls.make_task(title="Việc còn nháp", directive=cls.make_directive(number="X"))
        with mock.patch("django.utils.timezone.localdate", return_value=ISSUED):
            services.directive_issue(acting_user=cls.clerk, directive=cls.directive)

    def url(self, **query):
        base = reverse("tasks:list", args=[self.commune.pk])
        return base + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")

    def test_it_lists_assigned_and_key_tasks_in_one_list(self):
        self.login(self.standing)
        response = self.client.get(self.url())
        self.assertContains(response, "Việc của UBND")
        self.assertContains(response, "Việc của Ban Xây dựng Đảng")
        self.assertContains(response, "Kết nạp đảng viên mới")  # key task 1 of the program
        self.assertNotContains(response, "Việc còn nháp")

    def test_an_officer_sees_the_tasks_of_his_agency(self):
        self.login(self.officer_b)
        response = self.client.get(self.url())
        self.assertContains(response, "Việc của Ban Xây dựng Đảng")
        self.assertContains(response, "Kết nạp đảng viên mới")  # agency B leads key task 1
        self.assertNotContains(response, "Việc của UBND")
        self.assertNotContains(response, "Chỉ đạo giải ngân")  # key task 2: UBND's

    def test_it_filters_by_status_and_source(self):
        self.login(self.clerk)
        with mock.patch("django.utils.timezone.localdate", return_value=dt.date(2026, 7, 1)):
            overdue = self.client.get(self.url(status="overdue")).content.decode()
        self.assertIn("Việc của UBND", overdue)
        key_only = self.client.get(self.url(origin="program")).content.decode()
        self.assertNotIn("Việc của UBND", key_only)
        self.assertIn("Kết nạp đảng viên mới", key_only)

    def test_its_queries_do_not_grow_with_the_tasks(self):
        self.login(self.clerk)
        self.client.get(self.url())
        with self.assertNumQueries(12) as first:
            self.client.get(self.url())
        for n in range(5):
            self.make_task(title=f"Thêm {n}")
        with self.assertNumQueries(len(first.captured_queries)):
            self.client.get(self.url())


class TaskPageTest(TasksTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.task = cls.make_task()
        services.directive_issue(acting_user=cls.clerk, directive=cls.directive)

    def test_the_directive_links_only_the_tasks_the_reader_may_open(self):
        url = reverse("tasks:directive", args=[self.directive.pk])
        task_url = reverse("tasks:task", args=[self.task.pk])
        for user, opens in ((self.clerk, True), (self.officer_a, True), (self.officer_b, False)):
            self.login(user)
            page = self.client.get(url)
            with self.subTest(user=user.username):
                self.assertContains(page, self.task.title)
                self.assertEqual(f'href="{task_url}"' in page.content.decode(), opens)
                self.assertEqual(self.client.get(task_url).status_code, 200 if opens else 404)

    def test_the_lead_agency_closes_it_with_a_file_and_the_clerk_confirms(self):
        self.login(self.officer_a)
        page = self.client.get(reverse("tasks:task", args=[self.task.pk]))
        self.assertContains(page, "Kết thúc nhiệm vụ")
        self.assertNotContains(page, "Xác nhận: đã hoàn thành")
        response = self.client.post(
            reverse("tasks:close", args=[self.task.pk]),
            {
                "done_on": dt.date.today().strftime("%d/%m/%Y"),  # noqa: DTZ011
                "result_file": SimpleUploadedFile("kh.pdf", PDF),
            },
        )
        self.assertRedirects(response, reverse("tasks:task", args=[self.task.pk]))
        self.task.refresh_from_db()
        self.assertEqual((self.task.state, self.task.result_file_name), (TaskState.DONE, "kh.pdf"))
        file = self.client.get(reverse("tasks:product", args=[self.task.pk]))
        self.assertEqual(b"".join(file.streaming_content), PDF)
        self.login(self.clerk)
        self.client.post(reverse("tasks:confirm", args=[self.task.pk]), {"accept": "1"})
        self.assertEqual(AssignedTask.objects.get(pk=self.task.pk).state, TaskState.CONFIRMED)

    def test_closing_without_a_product_says_why_and_changes_nothing(self):
        self.login(self.officer_a)
        response = self.client.post(
            reverse("tasks:close", args=[self.task.pk]),
            {"done_on": dt.date.today().strftime("%d/%m/%Y")},  # noqa: DTZ011
        )
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, 'role="alert"', status_code=400)
        self.assertEqual(AssignedTask.objects.get(pk=self.task.pk).state, TaskState.NOT_STARTED)

    def test_another_agency_neither_sees_nor_reports(self):
        self.login(self.officer_b)
        self.assertEqual(
            self.client.get(reverse("tasks:task", args=[self.task.pk])).status_code, 404
        )
        response = self.client.post(
            reverse("tasks:progress", args=[self.task.pk]), {"percent": 10, "text": "x"}
        )
        self.assertEqual(response.status_code, 404)
