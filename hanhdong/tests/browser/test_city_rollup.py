"""The city's roll-up in the browser: the commune's clerk links an area of its program to
items of the city's program from a phone; the city viewer reads, on a phone and a laptop,
which communes carry out each item and which item no commune carries out."""

from __future__ import annotations

from django.urls import reverse

from hanhdong.tasks.models import CityLink
from hanhdong.test import make_program
from hanhdong.tests.browser.base import DESKTOP, PHONE, SIDEWAYS, BrowserTestCase
from hanhdong.tests.browser.test_flows import vi


class CityRollUpTest(BrowserTestCase):
    def test_a_commune_links_its_program_and_the_city_sees_the_roll_up(self):
        make_program(self.hp, number="10-CTr/TU", title="Chương trình hành động của Thành ủy")
        clerk = self.context(self.clerk, viewport=PHONE).new_page()
        coverage = reverse("tasks:coverage", args=[self.program.pk])
        self.assertEqual(clerk.goto(self.url(coverage)).status, 200)
        clerk.click("#area-ii2 a[href*='place=II.2']")
        clerk.check("input[name=serves][value='II.2:1']")
        clerk.click("form.card button.primary")
        clerk.wait_for_url("**/carried-out/#area-ii2")
        self.assertEqual(
            CityLink.objects.get(commune=self.commune, place="II.2").serves, ["II.2:1"]
        )
        self.assertIn("II.2:1", clerk.locator("#area-ii2").inner_text())
        self.assertEqual(self.look(clerk, SIDEWAYS)[:2], (None, []))

        for viewport in (PHONE, DESKTOP):
            city = self.context(self.city, viewport=viewport).new_page()
            self.assertEqual(
                city.goto(self.url(reverse("reports:city", args=[self.hp.pk]))).status, 200
            )
            city.click(
                f"text={vi('What the communes carry out of the city' + chr(39) + 's program')}"
            )
            main = city.locator("main").inner_text()
            self.assertIn("Xã A", city.locator("#area-ii2").inner_text())
            self.assertIn(vi("No commune carries this item out yet."), main)  # II.1.1:1 and :2
            phone = viewport == PHONE
            self.assertEqual(self.look(city, SIDEWAYS if phone else "")[:2], (None, []))
