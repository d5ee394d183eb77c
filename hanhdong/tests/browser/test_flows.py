"""Whole flows in the browser, as people go through them: a citizen's submission on a phone,
a progress report returned and accepted, the leaders' dashboard, a new commune set up."""

from __future__ import annotations

from django.urls import reverse
from django.utils import translation

from hanhdong.feedback.models import Feedback, State
from hanhdong.orgs.models import FirstLogin, Membership, Organization, Role
from hanhdong.reports.models import ProgressReport, ReportingKind, ReportingPeriod, ReportState
from hanhdong.reports.services import calendar_setup, report_file
from hanhdong.tests.browser.base import DESKTOP, PHONE, SIDEWAYS, BrowserTestCase
from hanhdong.tests.test_commune_setup import sheet

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def vi(text) -> str:
    """``text`` as the Vietnamese interface shows it."""
    with translation.override("vi"):
        return str(translation.gettext(text) if isinstance(text, str) else text)


class FlowsTest(BrowserTestCase):
    """One class, so that the four flows share one browser."""

    def calendar(self):
        """The program's quarterly reporting calendar; its third quarter of 2025."""
        calendar_setup(
            acting_user=None, program=self.program, quarterly=True, half_yearly=False, annual=False
        )
        return ReportingPeriod.objects.get(
            program=self.program, kind=ReportingKind.QUARTER, year=2025, number=3
        )

    def open(self, page, path):
        response = page.goto(self.url(path))
        self.assertEqual(response.status, 200, path)
        return response

    def assert_fits(self, page):
        """Nothing of ``page`` out of sight sideways (on a phone, but what scrolls in its box)."""
        phone = page.viewport_size["width"] <= PHONE["width"]
        wrong, boxes, _links = self.look(page, allowed=SIDEWAYS if phone else "")
        self.assertEqual((wrong, boxes), (None, []), page.url)

    def path_of(self, page) -> str:
        return page.url.removeprefix(self.live_server_url).split("?")[0]

    def test_a_citizen_sends_from_a_phone_and_tracks_the_submission(self):
        page = self.context(viewport=PHONE).new_page()
        self.open(page, reverse("feedback:submit", args=[self.commune.code]))
        self.assert_fits(page)
        page.fill("#id_title", "Đèn đường thôn Đông không sáng")
        page.fill("#id_text", "Từ đầu tháng, cả đoạn đường trước nhà văn hóa thôn tối om.")
        page.fill("#id_place", "Thôn Đông")
        page.click("button.primary")
        # the tracking code, shown once the submission is received
        page.wait_for_url("**/gop-y/theo-doi/**")
        code = page.locator(".messages b").inner_text()
        self.assert_fits(page)
        feedback = Feedback.objects.get(code=code)
        self.assertEqual(
            (feedback.commune, feedback.title), (self.commune, "Đèn đường thôn Đông không sáng")
        )
        # coming back later, on another phone, with only the code
        later = self.context(viewport=PHONE).new_page()
        self.open(later, reverse("feedback:track"))
        later.fill("#code", code)
        later.click("button.primary")
        later.wait_for_url(f"**code={code}**")
        section = later.locator("section.card")
        self.assertIn("Đèn đường thôn Đông không sáng", section.locator("h2").inner_text())
        self.assertIn(vi(State.RECEIVED.label), section.inner_text())
        self.assert_fits(later)

    def test_the_officer_submits_the_clerk_returns_then_accepts_the_resubmission(self):
        q3 = self.calendar()
        url = reverse("reports:report", args=[self.tasks[1].pk, q3.pk])

        def report() -> ProgressReport:
            return ProgressReport.objects.get(task=self.tasks[1], period=q3)

        officer = self.context(self.officer_b, viewport=PHONE).new_page()
        self.open(officer, url)
        officer.select_option("#id_status", "on_track")
        officer.fill("#id_percent", "30")
        officer.fill("#id_results", "Đã kết nạp 5 đảng viên mới.")
        officer.click("button[name=submit]")
        self.assertIn(vi("The report was submitted."), officer.locator(".messages").inner_text())
        self.assertEqual(report().state, ReportState.SUBMITTED)
        self.assert_fits(officer)

        clerk = self.context(self.clerk, viewport=DESKTOP).new_page()
        self.open(clerk, url)
        clerk.fill("#id_comment", "Thiếu số liệu chi bộ thôn Tây.")
        clerk.click("button[name=return]")
        self.assertIn(vi("The review was recorded."), clerk.locator(".messages").inner_text())
        current = report()
        self.assertEqual(
            (current.state, current.review_comment),
            (ReportState.RETURNED, "Thiếu số liệu chi bộ thôn Tây."),
        )

        # the officer finds it among what was returned, with the note, and hands it in again
        self.open(officer, reverse("reports:mine"))
        returned = officer.locator("#returned tbody tr")
        self.assertEqual(returned.count(), 1)
        self.assertIn("Thiếu số liệu chi bộ thôn Tây.", returned.inner_text())
        returned.locator("a.button").click()
        officer.wait_for_url(f"**{url}")
        self.assertIn(
            "Thiếu số liệu chi bộ thôn Tây.", officer.locator("[role=alert]").inner_text()
        )
        officer.fill("#id_percent", "45")
        officer.fill("#id_results", "Đã kết nạp 5 đảng viên mới; chi bộ thôn Tây kết nạp 2.")
        officer.click("button[name=submit]")
        current = report()
        self.assertEqual((current.state, current.percent), (ReportState.SUBMITTED, 45))

        self.open(clerk, url)
        clerk.click("button[name=accept]")
        self.assertIn(vi(ReportState.ACCEPTED.label), clerk.locator("main").inner_text())
        current = report()
        self.assertEqual((current.state, current.versions.count()), (ReportState.ACCEPTED, 4))

    def test_the_standing_committee_s_dashboard_shows_its_charts_and_tables(self):
        self.calendar()
        periods = ReportingPeriod.objects.filter(
            program=self.program, kind=ReportingKind.QUARTER, year=2025
        ).order_by("number")
        target = self.program.targets.get(where="appendix:2")
        for period, value in zip(periods, (40, 65, 80, 90), strict=True):
            report_file(
                acting_user=self.officer_a,
                task=self.tasks[2],
                period=period,
                status="on_track",
                percent=value,
                results="Giải ngân theo kế hoạch.",
                values={target.pk: value},
                submit=True,
            )
        page = self.context(self.standing, viewport=PHONE).new_page()
        self.open(page, reverse("reports:dashboard", args=[self.program.pk]))
        self.assertIn(vi("Dashboard"), page.locator("h1").inner_text())
        self.assertGreater(page.locator("main table").count(), 0)
        self.assertGreater(page.locator("main svg").count(), 0)
        self.assert_fits(page)
        page.set_viewport_size(DESKTOP)
        self.assert_fits(page)

    def test_the_administrator_sets_up_a_commune_whose_new_user_then_logs_in(self):
        page = self.context(self.admin, viewport=DESKTOP).new_page()
        self.open(page, reverse("orgs:communes"))
        form = page.locator("form", has=page.locator("select[name=level]"))
        form.locator("select[name=city]").select_option(str(self.hp.pk))
        form.locator("select[name=level]").select_option("xa")
        form.locator("input[name=name]").fill("Tiên Lãng")
        form.locator("input[name=code]").fill("hp-tienlang")
        form.locator("button.primary").click()
        commune = Organization.objects.get(code="hp-tienlang")
        page.wait_for_url(f"**{reverse('orgs:units', args=[commune.pk])}")
        self.assertIn("Ủy ban nhân dân xã", page.locator("main").inner_text())

        page.click(f"a[href='{reverse('orgs:users', args=[commune.pk])}']")
        page.wait_for_url(f"**{reverse('orgs:users', args=[commune.pk])}")
        page.click(f"a[href='{reverse('orgs:users_import', args=[commune.pk])}']")
        row = ["Nguyễn Thị Lan", "lan.tienlang", "", "Ủy ban nhân dân xã", "Cán bộ cơ quan, đơn vị"]
        upload = {"name": "nguoi-dung.xlsx", "mimeType": XLSX, "buffer": sheet(row)}
        page.set_input_files("input[type=file]", files=[upload])
        page.click("button.primary")
        password = page.locator("table code").inner_text()
        membership = Membership.objects.get(user__username="lan.tienlang")
        self.assertEqual(membership.organization.commune, commune)
        self.assertEqual(membership.role, Role.OFFICER)
        self.assertTrue(FirstLogin.objects.filter(user=membership.user).exists())

        # the new user, on her own phone: her own password first, then her commune
        lan = self.context(viewport=PHONE).new_page()
        self.open(lan, reverse("login"))
        lan.fill("input[name=username]", "lan.tienlang")
        lan.fill("input[name=password]", password)
        lan.click("button.primary")
        lan.wait_for_url(f"**{reverse('password_change')}")
        new = "Mat-khau-rieng-cua-Lan-2026"
        lan.fill("#id_old_password", password)
        lan.fill("#id_new_password1", new)
        lan.fill("#id_new_password2", new)
        lan.click("button.primary")
        lan.wait_for_url(f"**{reverse('password_change_done')}")
        self.assertFalse(FirstLogin.objects.filter(user=membership.user).exists())
        self.open(lan, reverse("programs:home"))
        self.assertEqual(self.path_of(lan), reverse("programs:commune", args=[commune.pk]))
        self.assertEqual(lan.locator("h1").inner_text(), "Xã Tiên Lãng")
        self.assert_fits(lan)
