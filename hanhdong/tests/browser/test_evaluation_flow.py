"""The yearly evaluation in the browser: the Party-building board opens the round, the head
of the People's Committee self-assesses the committee and himself on a phone, the board
proposes and sends the proposal, the Standing Committee decides; the rating sheet comes
down as Word. Each page fits a phone and a desktop; with HANHDONG_SCREENSHOTS set, each is
photographed there at 1366 and 390 px."""

from __future__ import annotations

import io
import os
from pathlib import Path

from django.urls import reverse
from docx import Document

from hanhdong.evaluations import services
from hanhdong.evaluations.models import Rating, RatingState, Round, RoundState
from hanhdong.orgs.models import Membership, Role
from hanhdong.tests.browser.base import DESKTOP, PHONE, SIDEWAYS, BrowserTestCase
from hanhdong.tests.browser.test_flows import vi


class EvaluationFlowTest(BrowserTestCase):
    def open(self, page, path):
        response = page.goto(self.url(path))
        self.assertEqual(response.status, 200, path)

    def check(self, page, name):
        """The page fits its window; photographed at both widths when asked."""
        phone = page.viewport_size["width"] <= PHONE["width"]
        wrong, boxes, _links = self.look(page, allowed=SIDEWAYS if phone else "")
        self.assertEqual((wrong, boxes), (None, []), page.url)
        folder = os.environ.get("HANHDONG_SCREENSHOTS")
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            for size in (DESKTOP, PHONE):
                page.set_viewport_size(size)
                page.screenshot(path=f"{folder}/{name}-{size['width']}.png", full_page=True)
            page.set_viewport_size(PHONE if phone else DESKTOP)

    def fill_manual(self, page, rating, step):
        """Each criterion the assessor enters, at one point below its most."""
        for score in rating.scores.select_related("criterion"):
            c = score.criterion
            if c.source == "manual" and c.group in ("general", "results"):
                page.fill(f"input[name={step}_{c.pk}]", str(int(c.points) - 1))

    def test_the_yearly_round(self):
        services.criteria_sets_start(acting_user=self.officer_b, commune=self.commune)
        Membership.objects.filter(user=self.officer_a, role=Role.OFFICER).update(
            title="Chủ tịch UBND xã"
        )
        # the board opens the round: the People's Committee and its chairman
        board = self.context(self.officer_b, viewport=DESKTOP).new_page()
        self.open(board, reverse("evaluations:home", args=[self.commune.pk]))
        self.check(board, "01-home-board")
        board.click(f"text={vi('Open the year' + chr(39) + 's evaluation')}")
        board.wait_for_url("**/rounds/new/")
        for box in board.locator("input[name=units]").all():
            if box.get_attribute("value") != str(self.agency_a.pk):
                box.uncheck()
        self.check(board, "02-round-new")
        board.click("form.card button.primary")
        board.wait_for_url("**/rounds/*/")
        round_ = Round.objects.get()
        self.assertEqual(
            sorted(round_.ratings.values_list("kind", "organization")),
            [("collective", self.agency_a.pk), ("individual", self.agency_a.pk)],
        )
        self.assertIn(vi("Self-assessment under way"), board.locator("main").inner_text())

        # the chairman self-assesses on his phone: the committee, then himself
        head = self.context(self.officer_a, viewport=PHONE).new_page()
        self.open(head, reverse("evaluations:home", args=[self.commune.pk]))
        self.check(head, "03-home-head")
        for rating in round_.ratings.order_by("kind"):
            self.open(head, reverse("evaluations:rating", args=[rating.pk]))
            self.fill_manual(head, rating, "self")
            deduction = rating.scores.get(criterion__text__startswith="Để nhiệm vụ quá hạn")
            head.fill(f"input[name=self_{deduction.criterion_id}]", "1")
            head.fill(f"input[name=reason_self_{deduction.criterion_id}]", "Một nhiệm vụ trễ hạn")
            head.fill("#id_comment", "Hoàn thành cơ bản các nhiệm vụ; còn một nhiệm vụ trễ hạn.")
            if rating.kind == "collective":
                self.check(head, "04-self-assessment")
            head.click("#score-sheet button.primary")
            head.wait_for_url(f"**/ratings/{rating.pk}/")
            self.assertIn(
                vi("Your self-assessment was recorded; the board was told."),
                head.locator(".messages").inner_text(),
            )
        self.assertEqual(
            set(round_.ratings.values_list("state", flat=True)), {RatingState.SELF_DONE}
        )

        # the board proposes for each, then sends the proposal
        for rating in round_.ratings.all():
            self.open(board, reverse("evaluations:rating", args=[rating.pk]))
            board.click("#score-sheet button.primary")
            board.wait_for_url(f"**/ratings/{rating.pk}/")
        self.open(board, reverse("evaluations:round", args=[round_.pk]))
        board.fill("#propose #id_note", "Đề nghị Ban Thường vụ xem xét, quyết định.")
        board.click("#propose button.primary")
        board.wait_for_url(f"**/rounds/{round_.pk}/")
        self.assertIn(
            vi("The proposal was sent to the Standing Committee."),
            board.locator(".messages").inner_text(),
        )
        round_.refresh_from_db()
        self.assertEqual(round_.state, RoundState.PROPOSED)
        with board.expect_download() as download:
            board.click(f"text={vi('The board' + chr(39) + 's submission (Word)')}")
        text = "\n".join(p.text for p in Document(download.value.path()).paragraphs)
        self.assertIn("TỜ TRÌNH", text.upper())

        # the Standing Committee decides
        committee = self.context(self.standing, viewport=DESKTOP).new_page()
        self.open(committee, reverse("evaluations:round", args=[round_.pk]))
        self.check(committee, "05-round-decide")
        committee.fill("#decide #id_note", "Thống nhất đề xuất của Ban Xây dựng Đảng.")
        committee.click("#decide button.primary")
        committee.wait_for_url(f"**/rounds/{round_.pk}/")
        round_.refresh_from_db()
        self.assertEqual(round_.state, RoundState.DECIDED)
        self.assertIn(
            vi("Decided by the Standing Committee"), committee.locator("main").inner_text()
        )
        self.check(committee, "06-round-decided")
        decided = Rating.objects.get(round=round_, kind="collective")
        self.assertEqual(decided.decided_band, decided.proposed_band)

        # the chairman reads his decided rating and takes the sheet
        self.open(head, reverse("evaluations:rating", args=[decided.pk]))
        self.assertIn(vi(decided.decided_band_label), head.locator("main").inner_text())
        self.check(head, "07-rating-decided")
        with head.expect_download() as download:
            head.click(f"text={vi('Rating sheet (Word)')}")
        sheet = Document(io.BytesIO(Path(download.value.path()).read_bytes()))
        self.assertIn("PHIẾU ĐÁNH GIÁ", "\n".join(p.text for p in sheet.paragraphs).upper())
        score = decided.scores.get(criterion__source="tasks")
        self.open(head, reverse("evaluations:evidence", args=[decided.pk, score.criterion_id]))
        self.check(head, "08-evidence")
