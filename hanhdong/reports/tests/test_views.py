from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from hanhdong.reports import dashboard
from hanhdong.reports.models import Contribution, ProgressReport, ReportingPeriod, ReportState
from hanhdong.reports.services import report_file, report_submit
from hanhdong.reports.tests.base import ReportsTestCase

LEADERS = ["standing", "clerk", "inspector", "supervisor", "admin", "city"]


class DashboardTest(ReportsTestCase):
    def url(self, period=None):
        url = reverse("reports:dashboard", args=[self.program.pk])
        return f"{url}?period={period.pk}" if period else url

    def test_leaders_see_the_dashboard(self):
        for name in LEADERS:
            self.login(getattr(self, name))
            with self.subTest(user=name):
                self.assertEqual(self.client.get(self.url(self.q3)).status_code, 200)

    def test_officers_have_their_own_page_instead(self):
        for user in (self.officer_a, self.officer_b):
            self.login(user)
            self.assertEqual(self.client.get(self.url()).status_code, 403)

    def test_another_commune_gets_not_found(self):
        self.login(self.outsider)
        self.assertEqual(self.client.get(self.url()).status_code, 404)

    def test_it_is_read_only(self):
        self.login(self.clerk)
        self.assertEqual(self.client.post(self.url()).status_code, 405)

    def test_it_shows_who_has_not_reported(self):
        self.hand_in(1, status="behind", results="Chậm.")
        self.login(self.standing)
        response = self.client.get(self.url(self.q3))
        self.assertEqual([number for number, _ in response.context["missing"]], [2, 3])
        self.assertEqual([number for number, _ in response.context["trouble"]], [1])
        self.assertEqual(response.context["due_count"], 3)

    def test_its_query_count_does_not_grow_with_the_tasks(self):
        self.login(self.standing)
        self.client.get(self.url(self.q3))
        cache.clear()  # read as just after a change: nothing cached
        with self.assertNumQueries(16) as first:  # one of them the header's unread count
            self.client.get(self.url(self.q3))
        for n in range(5, 60):
            task = self.program.key_tasks.create(
                number=n,
                name=f"Việc {n}",
                lead=self.agency_a,
                start_period={"kind": "annual"},
                end_period={"kind": "annual"},
            )
            report = report_file(
                acting_user=self.officer_a,
                task=task,
                period=self.q3,
                status="on_track",
                percent=50,
                results="x",
            )
            report_submit(acting_user=self.officer_a, report=report)
        with self.assertNumQueries(len(first.captured_queries)):
            response = self.client.get(self.url(self.q3))
        self.assertEqual(response.context["due_count"], 58)

    def test_read_again_it_costs_the_stamp_and_shows_each_change_at_once(self):
        self.login(self.standing)
        self.client.get(self.url(self.q3))
        with self.assertNumQueries(9):  # the figures and the targets come from the cache
            response = self.client.get(self.url(self.q3))
        self.assertEqual(response.context["handed_in"], 0)
        self.hand_in(1, status="blocked", results="Vướng.")
        response = self.client.get(self.url(self.q3))
        self.assertEqual(response.context["handed_in"], 1)
        self.assertEqual([number for number, _ in response.context["trouble"]], [1])
        self.assertContains(
            response, reverse("reports:report", args=[self.tasks[1].pk, self.q3.pk])
        )

    def test_long_lists_show_the_worst_first_then_all_on_asking(self):
        statuses = ["at_risk", "blocked", "behind"]
        for n in range(5, 5 + dashboard.SHOWN + 3):
            task = self.program.key_tasks.create(
                number=n,
                name=f"Việc {n}",
                lead=self.agency_a,
                start_period={"kind": "annual"},
                end_period={"kind": "annual"},
            )
            report = report_file(
                acting_user=self.officer_a,
                task=task,
                period=self.q3,
                status=statuses[n % 3],
                percent=n,
                results="x",
            )
            report_submit(acting_user=self.officer_a, report=report)
        self.login(self.standing)
        response = self.client.get(self.url(self.q3))
        trouble = response.context["trouble"]
        self.assertEqual(len(trouble), dashboard.SHOWN + 3)
        self.assertEqual([status for _, status in trouble[:3]], ["blocked", "blocked", "blocked"])
        self.assertEqual(trouble[-1][1], "at_risk")
        page = response.content.decode()
        section = page[page.index('id="trouble"') :].split("</section>")[0]
        self.assertEqual(section.count("<tr><td"), dashboard.SHOWN)
        self.assertIn(f"Hiện tất cả {dashboard.SHOWN + 3}", section)
        response = self.client.get(self.url(self.q3) + "&show=trouble")
        page = response.content.decode()
        section = page[page.index('id="trouble"') :].split("</section>")[0]
        self.assertEqual(section.count("<tr><td"), dashboard.SHOWN + 3)
        self.assertNotIn("Hiện tất cả", section)


class ReportPageTest(ReportsTestCase):
    def url(self, name="reports:report", task=1, period=None):
        return reverse(name, args=[self.tasks[task].pk, (period or self.q3).pk])

    def form(self, **changes):
        data = {
            "status": "on_track",
            "percent": "30",
            "results": "Đã triển khai.",
            "difficulties": "",
            "proposals": "",
        }
        data.update(changes)
        return data

    def test_the_lead_officer_saves_and_submits(self):
        self.login(self.officer_b)
        self.assertEqual(self.client.post(self.url(), self.form()).status_code, 302)
        self.assertEqual(ProgressReport.objects.get().state, ReportState.DRAFT)
        self.client.post(self.url(), self.form(submit="1"))
        self.assertEqual(ProgressReport.objects.get().state, ReportState.SUBMITTED)

    def test_a_first_report_starts_from_nothing_chosen_and_the_next_from_the_last(self):
        self.login(self.officer_b)
        page = self.client.get(self.url())
        self.assertContains(page, '<option value="" selected>— chọn —</option>', html=True)
        refused = self.client.post(self.url(), self.form(status=""))
        self.assertEqual(refused.status_code, 200)
        self.assertFalse(ProgressReport.objects.exists())
        self.hand_in(status="behind", percent=35)
        q4 = ReportingPeriod.objects.get(program=self.program, kind="quarter", year=2025, number=4)
        form = self.client.get(self.url(period=q4)).context["form"]
        self.assertEqual((form["status"].value(), form["percent"].value()), ("behind", 35))
        page = self.client.get(self.url(period=q4))
        self.assertContains(page, "Cần ghi trước khi gửi")
        self.assertContains(page, "Theo báo cáo kỳ Quý III/2025")

    def test_others_may_not_write_the_report(self):
        for user in (self.officer_a, self.standing, self.supervisor, self.inspector, self.city):
            self.login(user)
            with self.subTest(user=user.username):
                self.assertEqual(self.client.post(self.url(), self.form()).status_code, 403)
        self.assertFalse(ProgressReport.objects.exists())

    def test_the_clerk_returns_and_the_officer_resubmits(self):
        self.login(self.officer_b)
        self.client.post(self.url(), self.form(submit="1"))
        self.login(self.officer_a)
        self.assertEqual(
            self.client.post(self.url("reports:review"), {"accept": "1"}).status_code, 403
        )
        self.login(self.clerk)
        self.client.post(self.url("reports:review"), {"return": "1", "comment": "Thiếu số liệu"})
        self.assertEqual(ProgressReport.objects.get().state, ReportState.RETURNED)
        self.login(self.officer_b)
        page = self.client.get(reverse("reports:mine"))
        self.assertEqual(page.context["counts"]["returned"], 1)
        self.client.post(self.url(), self.form(percent="45", submit="1"))
        report = ProgressReport.objects.get()
        self.assertEqual((report.state, report.percent), (ReportState.SUBMITTED, 45))
        self.assertEqual(report.versions.count(), 3)

    def test_a_partner_adds_its_contribution(self):
        self.login(self.officer_b)  # agency B partners task 3
        response = self.client.post(self.url("reports:contribute", task=3), {"text": "Đã phối hợp"})
        self.assertEqual(response.status_code, 302)
        self.assertEqual(Contribution.objects.get().agency, self.agency_b)
        self.login(self.officer_a)  # agency A leads task 3 but is no partner
        response = self.client.post(self.url("reports:contribute", task=3), {"text": "x"})
        self.assertEqual(response.status_code, 403)

    def test_another_commune_gets_not_found(self):
        self.login(self.outsider)
        for name in ("reports:report", "reports:review", "reports:contribute"):
            self.assertEqual(self.client.post(self.url(name), self.form()).status_code, 404)

    def test_wrong_methods_are_refused(self):
        self.login(self.clerk)
        self.assertEqual(self.client.put(self.url()).status_code, 405)
        self.assertEqual(self.client.get(self.url("reports:review")).status_code, 405)
        self.assertEqual(self.client.get(self.url("reports:contribute")).status_code, 405)

    def test_a_period_of_another_program_is_not_found(self):
        self.login(self.clerk)
        url = reverse("reports:report", args=[self.tasks[1].pk, 999999])
        self.assertEqual(self.client.get(url).status_code, 404)


class CityTest(ReportsTestCase):
    def test_the_city_viewer_sees_its_communes_side_by_side(self):
        self.login(self.city)
        url = reverse("reports:city", args=[self.hp.pk])
        response = self.client.get(url, {"kind": "quarter", "year": 2025, "number": 3})
        rows = {r["commune"].name: r for r in response.context["rows"]}
        self.assertEqual(sorted(rows), ["Xã A", "Xã B"])
        self.assertEqual((rows["Xã A"]["due"], rows["Xã A"]["missing"]), (3, 3))

    def test_a_period_of_one_a_year_is_shown_whatever_number_comes_with_it(self):
        self.login(self.city)
        url = reverse("reports:city", args=[self.hp.pk])
        for query in ({"kind": "year", "number": 4}, {"period": "year:7"}, {"period": "year:0"}):
            response = self.client.get(url, {**query, "year": 2025})
            with self.subTest(query=query):
                shown = (response.context["kind"], response.context["number"])
                self.assertEqual(shown, ("year", 0))
                self.assertContains(response, '<option value="year:0" selected>')

    def test_it_opens_on_the_latest_period_whose_deadline_has_passed(self):
        from hanhdong.reports.models import ReportingKind, ReportingPeriod

        self.login(self.city)
        response = self.client.get(reverse("reports:city", args=[self.hp.pk]))
        shown = next(row["period"] for row in response.context["rows"] if row["period"])
        today = timezone.localdate()
        self.assertLessEqual(shown.due_on, today)
        later = ReportingPeriod.objects.filter(
            program__commune__parent=self.hp, due_on__gt=shown.due_on, due_on__lte=today
        ).exclude(kind=ReportingKind.ADHOC)
        self.assertFalse(later.exists(), list(later))
        self.assertNotContains(response, "Chưa xã nào có kỳ")

    def test_a_period_no_commune_has_says_so(self):
        self.login(self.city)
        url = reverse("reports:city", args=[self.hp.pk])
        response = self.client.get(url, {"period": "quarter:2", "year": 2090})
        self.assertFalse(any(row["due"] for row in response.context["rows"]))
        self.assertContains(response, "Chưa xã nào có kỳ “Quý II/2090”")

    def test_others_do_not_see_the_city(self):
        for user in (self.clerk, self.standing, self.outsider):
            self.login(user)
            self.assertEqual(
                self.client.get(reverse("reports:city", args=[self.hp.pk])).status_code, 404
            )


class CalendarAndRequestTest(ReportsTestCase):
    def test_the_clerk_changes_the_calendar(self):
        from hanhdong.reports.models import ReportingPeriod

        self.login(self.clerk)
        url = reverse("reports:calendar", args=[self.program.pk])
        data = {
            "quarterly": "on",
            "annual": "on",
            "cutoff_day": "20",
            "submit_days": "2",
            "remind_days": "5",
            "escalate_days": "7",
        }
        self.assertEqual(self.client.post(url, data).status_code, 302)
        annual = ReportingPeriod.objects.filter(program=self.program, kind="year")
        self.assertEqual(annual.count(), 6)
        self.assertEqual(annual.get(year=2030).cutoff_on.day, 20)
        for user in (self.standing, self.officer_a, self.supervisor):
            self.login(user)
            self.assertEqual(self.client.post(url, data).status_code, 403)
        self.login(self.outsider)
        self.assertEqual(self.client.post(url, data).status_code, 404)
        self.login(self.clerk)
        self.assertEqual(self.client.delete(url).status_code, 405)

    def test_the_standing_committee_asks_for_an_ad_hoc_report(self):
        from hanhdong.notifications.models import OutboxMessage
        from hanhdong.reports.models import ReportingKind, ReportingPeriod

        url = reverse("reports:adhoc", args=[self.program.pk])
        data = {
            "title": "Báo cáo công tác phòng chống bão",
            "due_on": "31/12/2099",
            "note": "",
            "tasks": [self.tasks[2].pk],
        }
        for user in (self.officer_a, self.supervisor, self.inspector):
            self.login(user)
            self.assertEqual(self.client.post(url, data).status_code, 403)
        self.login(self.standing)
        self.assertEqual(self.client.post(url, data).status_code, 302)
        period = ReportingPeriod.objects.get(kind=ReportingKind.ADHOC)
        self.assertEqual(list(period.tasks.all()), [self.tasks[2]])
        self.assertTrue(
            OutboxMessage.objects.filter(
                recipient=self.officer_a, key__startswith="adhoc:"
            ).exists()
        )
        self.assertEqual(self.client.put(url).status_code, 405)

    def test_a_request_due_in_the_past_is_refused(self):
        self.login(self.clerk)
        url = reverse("reports:adhoc", args=[self.program.pk])
        response = self.client.post(url, {"title": "x", "due_on": "01/01/2020"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Hạn nộp đã qua")


class ReportingApiTest(ReportsTestCase):
    def bearer(self, user):
        from hanhdong.orgs.services import api_token_create

        return {
            "authorization": f"Bearer {api_token_create(acting_user=None, user=user, name='t')[1]}"
        }

    def url(self, task=1):
        return f"/api/v1/key-tasks/{self.tasks[task].pk}/reports/{self.q3.pk}"

    def test_an_agency_submits_its_report_with_a_token(self):
        body = {"status": "on_track", "percent": 35, "results": "Đã triển khai.", "submit": True}
        response = self.client.post(
            self.url(), body, content_type="application/json", headers=self.bearer(self.officer_b)
        )
        self.assertEqual(response.status_code, 200, response.content)
        self.assertEqual(response.json()["state"], "submitted")
        again = self.client.post(
            self.url(), body, content_type="application/json", headers=self.bearer(self.officer_b)
        )
        self.assertEqual(again.status_code, 400)
        self.assertEqual(ProgressReport.objects.get().version, 1)

    def test_another_agency_may_not(self):
        body = {"status": "on_track", "percent": 35, "results": "x"}
        response = self.client.post(
            self.url(), body, content_type="application/json", headers=self.bearer(self.officer_a)
        )
        self.assertEqual(response.status_code, 403)
        response = self.client.post(
            self.url(), body, content_type="application/json", headers=self.bearer(self.outsider)
        )
        self.assertEqual(response.status_code, 404)
        self.assertFalse(ProgressReport.objects.exists())

    def test_periods_and_dashboard_figures(self):
        headers = self.bearer(self.standing)
        periods = self.client.get(
            f"/api/v1/programs/{self.program.pk}/periods", headers=headers
        ).json()
        self.assertEqual(len(periods), 24)
        figures = self.client.get(
            f"/api/v1/programs/{self.program.pk}/dashboard?period={self.q3.pk}", headers=headers
        ).json()
        self.assertEqual((figures["due"], figures["missing"]), (3, [1, 2, 3]))
        officer = self.client.get(
            f"/api/v1/programs/{self.program.pk}/dashboard", headers=self.bearer(self.officer_a)
        )
        self.assertEqual(officer.status_code, 403)

    def test_the_openapi_document_lists_the_reporting_endpoints(self):
        paths = self.client.get("/api/v1/openapi.json").json()["paths"]
        self.assertIn("/api/v1/key-tasks/{task_id}/reports/{period_id}", paths)
        self.assertIn("post", paths["/api/v1/key-tasks/{task_id}/reports/{period_id}"])
        self.assertIn("/api/v1/programs/{program_id}/dashboard", paths)


class AttachmentTest(ReportsTestCase):
    def post(self, upload, **extra):
        url = reverse("reports:report", args=[self.tasks[1].pk, self.q3.pk])
        data = {
            "status": "on_track",
            "percent": "30",
            "results": "Đã triển khai.",
            "attachments": upload,
            **extra,
        }
        return self.client.post(url, data)

    def test_a_pdf_is_attached_and_served_to_readers_only(self):
        from django.core.files.uploadedfile import SimpleUploadedFile

        from hanhdong.reports.models import Attachment

        self.login(self.officer_b)
        self.post(SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4 test", "application/pdf"))
        attachment = Attachment.objects.get()
        self.assertEqual((attachment.kind, attachment.name), ("pdf", "bien-ban.pdf"))
        url = reverse("reports:attachment", args=[attachment.pk])
        self.login(self.supervisor)
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(b"".join(response.streaming_content), b"%PDF-1.4 test")
        self.login(self.outsider)
        self.assertEqual(self.client.get(url).status_code, 404)

    def test_a_file_that_lies_about_its_type_is_refused_and_nothing_is_saved(self):
        from django.core.files.uploadedfile import SimpleUploadedFile

        self.login(self.officer_b)
        fake = SimpleUploadedFile("anh.jpg", b"MZ\x90\x00 an executable", "image/jpeg")
        response = self.post(fake)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "không phải tệp PDF")
        self.assertFalse(ProgressReport.objects.exists())

    def test_a_file_over_the_limit_is_refused(self):
        from django.core.files.uploadedfile import SimpleUploadedFile

        self.login(self.officer_b)
        with self.settings(HANHDONG_MAX_ATTACHMENT_MB=0):
            response = self.post(SimpleUploadedFile("lon.pdf", b"%PDF-1.4 x"))
        self.assertContains(response, "lớn hơn")
        self.assertFalse(ProgressReport.objects.exists())


class PinnedQueriesTest(ReportsTestCase):
    """The officer's page and the city page read what they show in a fixed number of
    queries, however many tasks, periods or communes there are."""

    def more_tasks(self, count):
        for n in range(5, 5 + count):
            self.program.key_tasks.create(
                number=n,
                name=f"Việc {n}",
                lead=self.agency_a,
                start_period={"kind": "annual"},
                end_period={"kind": "annual"},
            )

    def test_the_officer_s_page(self):
        self.login(self.officer_a)
        url = reverse("reports:mine")
        self.client.get(url)
        owed = ("returned", "overdue", "due")
        with self.assertNumQueries(10) as first:  # the header counts what the page read
            counts = self.client.get(url).context["counts"]
            before = sum(counts[name] for name in owed)
        self.more_tasks(30)
        with self.assertNumQueries(len(first.captured_queries)):
            counts = self.client.get(url).context["counts"]
            after = sum(counts[name] for name in owed)
        self.assertGreater(after, before)

    def test_the_city_page(self):
        from hanhdong.test import make_org, make_program

        self.login(self.city)
        url = reverse("reports:city", args=[self.hp.pk]) + "?kind=quarter&year=2025&number=3"
        self.client.get(url)
        with self.assertNumQueries(9) as first:  # one of them the header's unread count
            self.assertEqual(len(self.client.get(url).context["rows"]), 2)
        for n in range(3):
            make_program(make_org(f"Xã mới {n}", "commune", self.hp, code=f"hp-new-{n}"))
        self.more_tasks(20)
        with self.assertNumQueries(len(first.captured_queries)):
            self.assertEqual(len(self.client.get(url).context["rows"]), 5)

    def test_a_malformed_period_on_the_city_page_falls_back(self):
        self.login(self.city)
        url = reverse("reports:city", args=[self.hp.pk])
        response = self.client.get(url, {"kind": "x", "year": "abc", "number": "99"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["kind"], "quarter")


class ReportPhotoTest(ReportsTestCase):
    def test_a_report_photo_is_kept_without_its_location_and_owner(self):
        import io

        from django.core.files.uploadedfile import SimpleUploadedFile
        from PIL import Image

        from hanhdong.reports.models import Attachment

        exif = Image.Exif()
        exif[0x013B] = "Owner: Le Van Nam"  # Artist
        exif[0x8825] = {1: "N", 2: (20.0, 51.0, 0.0)}  # GPS
        out = io.BytesIO()
        Image.new("RGB", (4000, 3000), "green").save(out, "JPEG", exif=exif.tobytes())
        self.login(self.officer_b)
        url = reverse("reports:report", args=[self.tasks[1].pk, self.q3.pk])
        data = {"status": "on_track", "percent": "30", "results": "Đã triển khai."}
        self.client.post(
            url, {**data, "attachments": SimpleUploadedFile("anh.jpg", out.getvalue())}
        )
        stored = Attachment.objects.get().file.read()
        self.assertNotIn(b"Le Van Nam", stored)
        with Image.open(io.BytesIO(stored)) as image:
            self.assertEqual(dict(image.getexif()), {})
            self.assertEqual(max(image.size), 2048)
