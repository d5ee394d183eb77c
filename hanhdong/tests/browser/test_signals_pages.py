"""Supervision on data and figures taken in, in the browser at a desktop's and a phone's
width: the inspector reads the signals (a denunciation's sender nowhere on the page) and
reminds an agency; the clerk maps a sheet of the one-stop desk's figures, reads the preview,
takes them in and finds them on the dashboard with their source. With
HANHDONG_SCREENSHOTS=<folder> each page is also saved as a PNG, to be looked at."""

from __future__ import annotations

import os
from pathlib import Path

from django.urls import reverse

from hanhdong.feedback.models import Kind
from hanhdong.feedback.services import feedback_submit
from hanhdong.reports.services import calendar_setup
from hanhdong.reports.tests.test_indicators import workbook
from hanhdong.signals.models import SignalReminder
from hanhdong.targets.models import Target
from hanhdong.tests.browser.base import DESKTOP, PHONE, SIDEWAYS, BrowserTestCase
from hanhdong.tests.browser.test_flows import vi


class SignalsPagesTest(BrowserTestCase):
    def shot(self, page, name):
        folder = os.environ.get("HANHDONG_SCREENSHOTS")
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            width = page.viewport_size["width"]
            page.screenshot(path=str(Path(folder) / f"{name}-{width}.png"), full_page=True)

    def assert_fits(self, page):
        phone = page.viewport_size["width"] <= PHONE["width"]
        wrong, boxes, _links = self.look(page, allowed=SIDEWAYS if phone else "")
        self.assertEqual((wrong, boxes), (None, []), page.url)

    def test_the_inspector_reads_the_signals_and_reminds_an_agency(self):
        calendar_setup(acting_user=None, program=self.program, quarterly=True)
        for sender, phone in (("Nguyễn Văn Tố", "0912345678"), ("Lê Thị Cáo", "0987654321")):
            feedback_submit(
                commune=self.commune,
                kind=Kind.DENUNCIATION,
                title=f"Tôi là {sender} tố cáo cán bộ địa chính nhận tiền làm sổ đỏ",
                text=f"Tôi là {sender}, điện thoại {phone}. Cán bộ địa chính xã nhận tiền "
                "để làm sổ đỏ sai quy định cho nhiều hộ ở khu tái định cư.",
                name=sender,
                phone=phone,
                consent=True,
            )
        feedback_submit(
            commune=self.commune,
            kind=Kind.REPORT,
            title="Cán bộ địa chính nhận tiền làm sổ đỏ",
            text="Cán bộ địa chính xã nhận tiền để làm sổ đỏ sai quy định cho nhiều hộ ở khu "
            "tái định cư, đề nghị kiểm tra.",
        )
        path = reverse("signals:list", args=[self.commune.pk])
        for viewport in (DESKTOP, PHONE):
            page = self.context(self.inspector, viewport=viewport).new_page()
            self.assertEqual(page.goto(self.url(path)).status, 200)
            text = page.locator("main").inner_text()
            self.assertIn(vi("Agency late with its reports several periods running"), text)
            for secret in ("Nguyễn Văn Tố", "Lê Thị Cáo", "0912345678", "0987654321"):
                self.assertNotIn(secret, page.content())
            self.assert_fits(page)
            self.shot(page, "signals")
        thresholds = self.context(self.clerk, viewport=PHONE).new_page()
        thresholds.goto(self.url(reverse("signals:thresholds", args=[self.commune.pk])))
        thresholds.fill("#id_periods_late", "3")
        thresholds.locator("main form button").click()
        thresholds.wait_for_url(f"**{path}")
        self.assertIn("3", thresholds.locator("main p.muted").nth(1).inner_text())
        thresholds.goto(self.url(reverse("signals:thresholds", args=[self.commune.pk])))
        self.assert_fits(thresholds)
        self.shot(thresholds, "thresholds")
        page.locator("#late_agency details.remind summary").first.click()
        page.locator("#late_agency details.remind button").first.click()
        page.wait_for_url(f"**{path}")
        self.assertIn(vi("The reminder was sent to %(agency)s.").split("%")[0], page.content())
        self.assertEqual(SignalReminder.objects.count(), 1)

    def test_the_clerk_takes_in_the_one_stop_figures(self):
        calendar_setup(acting_user=None, program=self.program, monthly=True)
        target = Target.objects.create(
            program=self.program,
            position=10,
            indicator="tỷ lệ hồ sơ trực tuyến",
            unit="%",
            value=80,
            year=2030,
            where="II.2",
        )
        clerk = self.context(self.clerk, viewport=DESKTOP).new_page()
        clerk.goto(self.url(reverse("reports:indicator_new", args=[self.program.pk])))
        clerk.fill("#id_name", "Chỉ số phục vụ (QĐ 766)")
        clerk.fill("#id_source", "Hệ thống một cửa thành phố")
        clerk.fill("#id_sheet_name", "Chỉ số 766")
        clerk.fill("#id_header_row", "2")
        clerk.fill("#id_period_column", "Kỳ báo cáo")
        clerk.fill("#id_date_column", "Ngày số liệu")
        clerk.fill(f"#id_target_{target.pk}", "Hồ sơ trực tuyến")
        self.assert_fits(clerk)
        self.shot(clerk, "indicators-mapping")
        clerk.locator("main form button").click()
        clerk.wait_for_url("**/upload/")
        data = workbook(
            [
                ["Tháng 10/2026", "31/10/2026", "85,5%", "", ""],
                ["Tháng 11/2026", "30/11/2026", "1.234,5", "", ""],
                ["Tháng 13/2026", "30/11/2026", "khoảng 90", "", ""],
            ]
        )
        upload = clerk.url
        for viewport in (DESKTOP, PHONE):
            clerk.set_viewport_size(viewport)
            clerk.goto(upload)
            clerk.set_input_files(
                "#id_file",
                {"name": "chi-so-766.xlsx", "mimeType": "application/octet-stream", "buffer": data},
            )
            clerk.locator("main form button").first.click()
            clerk.wait_for_selector("#preview")
            self.assertIn("Tháng 13/2026", clerk.locator("#preview").inner_text())
            self.assert_fits(clerk)
            self.shot(clerk, "indicators-refused")
        good = workbook(
            [
                ["Tháng 10/2026", "31/10/2026", "85,5%", "", ""],
                ["Tháng 11/2026", "30/11/2026", "88", "", ""],
            ]
        )
        for viewport in (PHONE, DESKTOP):
            clerk.set_viewport_size(viewport)
            clerk.goto(upload)
            clerk.set_input_files(
                "#id_file",
                {"name": "chi-so-766.xlsx", "mimeType": "application/octet-stream", "buffer": good},
            )
            clerk.locator("main form button").first.click()
            clerk.wait_for_selector("#preview")
            self.assert_fits(clerk)
            self.shot(clerk, "indicators-preview")
        clerk.locator("#preview form button").click()
        clerk.wait_for_url("**/dashboard/**")
        self.assertIn("Hệ thống một cửa thành phố", clerk.locator("#targets").inner_text())
        self.assert_fits(clerk)
        self.shot(clerk, "dashboard-targets")
