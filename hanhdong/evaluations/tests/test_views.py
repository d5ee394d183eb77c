"""The round walked through the pages by each persona, and what each may not do: the
rows changed or not, not only the status codes."""

import io
from decimal import Decimal

from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

from hanhdong.evaluations import services
from hanhdong.evaluations.models import (
    AssessmentState,
    CommuneAssessment,
    RatingState,
    Round,
    RoundState,
    SelfManagedModel,
)
from hanhdong.evaluations.tests.base import TODAY, YEAR, EvaluationsTestCase, on
from hanhdong.notifications.models import OutboxMessage
from hanhdong.orgs.models import OrgKind
from hanhdong.test import make_org


def sheet_post(rating, step, **changes):
    """The score sheet as posted: each manual criterion at full points."""
    data = {"comment": "Hoàn thành các nhiệm vụ chính; còn một nhiệm vụ quá hạn."}
    for s in rating.scores.select_related("criterion"):
        c = s.criterion
        if c.source == "manual" and c.group in ("general", "results"):
            data[f"{step}_{c.pk}"] = str(c.points)
        for prefix, (points, reason) in changes.items():
            if c.text.startswith(prefix):
                data[f"{step}_{c.pk}"] = points
                data[f"reason_{step}_{c.pk}"] = reason
    return data


class RoundViewsTest(EvaluationsTestCase):
    def open_through_the_page(self):
        self.login(self.officer_b)
        with on(TODAY):
            response = self.client.post(
                reverse("evaluations:round_new", args=[self.commune.pk]),
                {
                    "year": YEAR,
                    "self_due_on": "31/01/2026",
                    "collective_set": self.collective_set.pk,
                    "individual_set": self.individual_set.pk,
                    "units": [self.agency_a.pk],
                    "heads": [self.head_membership.pk],
                },
            )
        round_ = Round.objects.get(commune=self.commune, year=YEAR)
        self.assertRedirects(response, reverse("evaluations:round", args=[round_.pk]))
        return round_

    def test_the_round_through_the_pages_as_board_head_and_committee(self):
        round_ = self.open_through_the_page()
        collective = round_.ratings.get(kind="collective")
        individual = round_.ratings.get(kind="individual")
        # those rated were asked
        self.assertTrue(OutboxMessage.objects.filter(recipient=self.officer_a).exists())
        self.assertTrue(OutboxMessage.objects.filter(recipient=self.head_a).exists())
        # the agency's officer self-assesses the agency, with a deduction and its reason
        self.login(self.officer_a)
        home = self.client.get(reverse("evaluations:home", args=[self.commune.pk]))
        self.assertContains(home, reverse("evaluations:rating", args=[collective.pk]))
        self.assertNotContains(home, reverse("evaluations:round", args=[round_.pk]))
        with on(TODAY):
            response = self.client.post(
                reverse("evaluations:self", args=[collective.pk]),
                sheet_post(
                    collective, "self", **{"Để nhiệm vụ quá hạn": ("2,5", "Một việc quá hạn")}
                ),
            )
        self.assertRedirects(response, reverse("evaluations:rating", args=[collective.pk]))
        collective.refresh_from_db()
        self.assertEqual(collective.state, RatingState.SELF_DONE)
        self.assertEqual(
            collective.scores.get(criterion__text__startswith="Để nhiệm vụ").self_points,
            Decimal("2.5"),
        )
        # the officer may not self-assess the head, nor the head the agency's officer...
        with on(TODAY):
            response = self.client.post(
                reverse("evaluations:self", args=[individual.pk]), sheet_post(individual, "self")
            )
        self.assertEqual(response.status_code, 404)
        # the head self-assesses
        self.login(self.head_a)
        with on(TODAY):
            response = self.client.post(
                reverse("evaluations:self", args=[individual.pk]), sheet_post(individual, "self")
            )
        self.assertEqual(response.status_code, 302)
        # a bad number comes back on the page, nothing written
        with on(TODAY):
            response = self.client.post(
                reverse("evaluations:self", args=[individual.pk]),
                {
                    **sheet_post(individual, "self"),
                    f"self_{individual.scores.first().criterion_id}": "abc",
                },
            )
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "7,5", status_code=400)  # "a number, e.g. 7,5"
        # the agency's officer may not propose, nor send the proposal
        self.login(self.officer_a)
        self.assertEqual(
            self.client.post(
                reverse("evaluations:review", args=[collective.pk]), sheet_post(collective, "board")
            ).status_code,
            403,
        )
        self.assertEqual(
            self.client.post(reverse("evaluations:propose", args=[round_.pk])).status_code, 403
        )
        # the evidence of a computed score is one click away
        score = collective.scores.get(criterion__text__startswith="Nhiệm vụ được giao")
        page = self.client.get(reverse("evaluations:rating", args=[collective.pk]))
        evidence_url = reverse("evaluations:evidence", args=[collective.pk, score.criterion_id])
        self.assertContains(page, evidence_url)
        page = self.client.get(evidence_url)
        self.assertContains(page, "quá hạn chưa hoàn thành")
        self.assertContains(page, "4/6")
        # the board proposes for each and sends the proposal
        self.login(self.officer_b)
        for rating in (collective, individual):
            with on(TODAY):
                response = self.client.post(
                    reverse("evaluations:review", args=[rating.pk]),
                    sheet_post(rating, "board", **{"Để nhiệm vụ quá hạn": ("5", "Quá hạn 28/11")}),
                )
            self.assertEqual(response.status_code, 302, response.content[:3000])
        # the Committee may not decide before the proposal
        self.login(self.standing)
        self.assertEqual(
            self.client.post(reverse("evaluations:decide", args=[round_.pk])).status_code, 400
        )
        self.login(self.officer_b)
        response = self.client.post(
            reverse("evaluations:propose", args=[round_.pk]), {"note": "Đề nghị xem xét."}
        )
        self.assertEqual(response.status_code, 302)
        round_.refresh_from_db()
        self.assertEqual(round_.state, RoundState.PROPOSED)
        self.assertTrue(
            OutboxMessage.objects.filter(
                recipient=self.standing, url__contains=f"/rounds/{round_.pk}/"
            ).exists()
        )
        # the board may not decide
        self.assertEqual(
            self.client.post(reverse("evaluations:decide", args=[round_.pk])).status_code, 403
        )
        # the Standing Committee decides, changing one band
        self.login(self.standing)
        response = self.client.post(
            reverse("evaluations:decide", args=[round_.pk]),
            {
                f"band_{collective.pk}": "done",
                f"band_{individual.pk}": individual.__class__.objects.get(
                    pk=individual.pk
                ).proposed_band,
                "note": "Thống nhất.",
            },
        )
        self.assertEqual(response.status_code, 302)
        round_.refresh_from_db()
        collective.refresh_from_db()
        self.assertEqual(round_.state, RoundState.DECIDED)
        self.assertEqual(collective.decided_band, "done")
        # once decided, nothing changes any more
        self.login(self.head_a)
        with on(TODAY):
            response = self.client.post(
                reverse("evaluations:self", args=[individual.pk]), sheet_post(individual, "self")
            )
        self.assertEqual(response.status_code, 400)
        # the documents
        self.login(self.clerk)
        for url, check in [
            (reverse("evaluations:sheet", args=[collective.pk, "docx"]), "PHIẾU ĐÁNH GIÁ"),
            (reverse("evaluations:summary", args=[round_.pk, "docx"]), "BẢNG TỔNG HỢP"),
            (reverse("evaluations:proposal", args=[round_.pk]), "TỜ TRÌNH"),
        ]:
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200, url)
            text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
            self.assertIn(check, text.upper())
        book = load_workbook(
            io.BytesIO(
                self.client.get(reverse("evaluations:summary", args=[round_.pk, "xlsx"])).content
            )
        )
        values = [c.value for row in book.active.iter_rows() for c in row if c.value]
        self.assertIn(self.agency_a.name, values)
        self.assertIn("Hoàn thành nhiệm vụ", values)
        self.assertEqual(
            self.client.get(reverse("evaluations:sheet", args=[collective.pk, "pdf"])).status_code,
            404,
        )

    def test_who_sees_what(self):
        round_ = self.open_round()
        collective = round_.ratings.get(organization=self.agency_a, kind="collective")
        board_rating = round_.ratings.get(organization=self.agency_b)
        round_url = reverse("evaluations:round", args=[round_.pk])
        # the Committee and the Party Office see every rating
        for user in (self.standing, self.clerk, self.officer_b):
            self.login(user)
            page = self.client.get(round_url)
            self.assertContains(page, reverse("evaluations:rating", args=[board_rating.pk]))
        # an agency's officer: only their own
        self.login(self.officer_a)
        page = self.client.get(round_url)
        self.assertNotContains(page, reverse("evaluations:rating", args=[board_rating.pk]))
        self.assertEqual(
            self.client.get(reverse("evaluations:rating", args=[board_rating.pk])).status_code, 404
        )
        self.assertEqual(
            self.client.get(reverse("evaluations:summary", args=[round_.pk, "docx"])).status_code,
            404,
        )
        # the city, the supervisor, the outsider: no rating
        for user in (self.city, self.supervisor, self.outsider, self.inspector):
            self.login(user)
            self.assertEqual(
                self.client.get(reverse("evaluations:rating", args=[collective.pk])).status_code,
                404,
                user,
            )
        self.login(self.outsider)
        self.assertEqual(self.client.get(round_url).status_code, 404)
        self.assertEqual(
            self.client.get(reverse("evaluations:home", args=[self.commune.pk])).status_code, 404
        )
        self.login(self.supervisor)
        self.assertEqual(
            self.client.get(reverse("evaluations:home", args=[self.commune.pk])).status_code, 403
        )

    def test_wrong_personas_change_nothing(self):
        round_ = self.open_round()
        collective = round_.ratings.get(organization=self.agency_a, kind="collective")
        for user in (self.clerk, self.standing, self.officer_a, self.city, self.inspector):
            self.login(user)
            with on(TODAY):
                self.assertIn(
                    self.client.post(
                        reverse("evaluations:round_new", args=[self.commune.pk]), {"year": 2024}
                    ).status_code,
                    (403, 404),
                )
                self.assertIn(
                    self.client.post(reverse("evaluations:refresh", args=[round_.pk])).status_code,
                    (403, 404),
                )
                self.assertIn(
                    self.client.post(
                        reverse("evaluations:review", args=[collective.pk]),
                        sheet_post(collective, "board"),
                    ).status_code,
                    (403, 404),
                )
        for user in (self.clerk, self.standing, self.officer_b, self.city, self.supervisor):
            self.login(user)
            with on(TODAY):
                self.assertIn(
                    self.client.post(
                        reverse("evaluations:self", args=[collective.pk]),
                        sheet_post(collective, "self"),
                    ).status_code,
                    (403, 404),
                    user,
                )
        collective.refresh_from_db()
        self.assertEqual(collective.state, RatingState.AWAITING)
        self.assertFalse(collective.scores.exclude(self_points=None).exists())
        self.assertFalse(collective.scores.exclude(board_points=None).exists())
        self.assertEqual(Round.objects.count(), 1)

    def test_wrong_methods_are_refused(self):
        round_ = self.open_round()
        rating = round_.ratings.first()
        self.login(self.officer_b)
        for url in [
            reverse("evaluations:refresh", args=[round_.pk]),
            reverse("evaluations:propose", args=[round_.pk]),
            reverse("evaluations:decide", args=[round_.pk]),
            reverse("evaluations:self", args=[rating.pk]),
            reverse("evaluations:review", args=[rating.pk]),
        ]:
            self.assertEqual(self.client.get(url).status_code, 405, url)
        for url in [
            reverse("evaluations:round", args=[round_.pk]),
            reverse("evaluations:rating", args=[rating.pk]),
            reverse("evaluations:summary", args=[round_.pk, "docx"]),
            reverse("evaluations:proposal", args=[round_.pk]),
        ]:
            self.assertEqual(self.client.post(url).status_code, 405, url)
        self.assertEqual(
            self.client.put(reverse("evaluations:round_new", args=[self.commune.pk])).status_code,
            405,
        )


class CommuneScoringTest(EvaluationsTestCase):
    def test_the_commune_scores_itself_and_the_city_verifies(self):
        village = make_org("Thôn Đông", OrgKind.VILLAGE, self.commune)
        self.login(self.officer_b)
        for n in range(5):
            response = self.client.post(
                reverse("evaluations:models", args=[self.commune.pk]),
                {
                    "name": f"Tổ tự quản an ninh {n}",
                    "village": village.pk,
                    "since": "2024",
                    "maintained": "on",
                },
            )
            self.assertEqual(response.status_code, 302)
        self.assertEqual(
            SelfManagedModel.objects.filter(commune=self.commune, maintained=True).count(), 5
        )
        # too early: the criteria apply from 2027
        response = self.client.post(
            reverse("evaluations:assessment_new", args=[self.commune.pk]),
            {"year": "2026", "criteria_set": self.commune_set.pk},
        )
        self.assertContains(response, "2027")
        self.assertFalse(CommuneAssessment.objects.exists())
        response = self.client.post(
            reverse("evaluations:assessment_new", args=[self.commune.pk]),
            {"year": "2027", "criteria_set": self.commune_set.pk},
        )
        found = CommuneAssessment.objects.get()
        models_score = found.scores.get(criterion__source="models")
        self.assertEqual(models_score.computed, Decimal(15))
        manual = found.scores.get(criterion__source="manual")
        # the city may not verify a draft; a stranger may not score
        self.login(self.city)
        self.assertEqual(
            self.client.post(
                reverse("evaluations:assessment_score", args=[found.pk]), {}
            ).status_code,
            403,
        )
        self.login(self.officer_a)
        self.assertEqual(
            self.client.post(
                reverse("evaluations:assessment_score", args=[found.pk]), {}
            ).status_code,
            404,
        )
        self.login(self.officer_b)
        data = {
            f"points_{manual.criterion_id}": "20",
            f"evidence_{manual.criterion_id}": "Biên bản kiểm tra của xã",
            "submit": "1",
        }
        response = self.client.post(reverse("evaluations:assessment_score", args=[found.pk]), data)
        self.assertEqual(
            response.status_code, 302, response.content.decode().split('role="alert"')[-1][:300]
        )
        found.refresh_from_db()
        self.assertEqual(found.state, AssessmentState.SUBMITTED)
        self.assertTrue(OutboxMessage.objects.filter(recipient=self.city).exists())
        # the board may not verify its own scoring
        self.assertEqual(
            self.client.post(
                reverse("evaluations:assessment_verify", args=[found.pk]), {"accept": "1"}
            ).status_code,
            403,
        )
        self.login(self.city)
        page = self.client.get(reverse("evaluations:assessment", args=[found.pk]))
        self.assertContains(page, "Biên bản kiểm tra của xã")
        response = self.client.post(
            reverse("evaluations:assessment_verify", args=[found.pk]), {"accept": "0", "note": ""}
        )
        self.assertEqual(response.status_code, 400)
        response = self.client.post(
            reverse("evaluations:assessment_verify", args=[found.pk]),
            {"accept": "1", "note": "Đạt"},
        )
        self.assertEqual(response.status_code, 302)
        found.refresh_from_db()
        self.assertEqual((found.state, found.verified_by), (AssessmentState.VERIFIED, self.city))
        self.assertEqual(
            self.client.get(reverse("evaluations:assessment_verify", args=[found.pk])).status_code,
            405,
        )

    def test_only_the_board_keeps_the_register(self):
        model = services.model_add(
            acting_user=self.officer_b,
            commune=self.commune,
            name="Tổ hòa giải",
            village=None,
            since=2023,
            maintained=True,
            note="",
        )
        for user in (self.clerk, self.standing, self.city):
            self.login(user)
            self.assertEqual(
                self.client.post(
                    reverse("evaluations:models", args=[self.commune.pk]),
                    {"name": "X", "since": "2024"},
                ).status_code,
                403,
            )
            self.assertEqual(
                self.client.post(
                    reverse("evaluations:model_edit", args=[model.pk]),
                    {"name": "X", "since": "2024"},
                ).status_code,
                403,
            )
        self.login(self.officer_a)
        self.assertEqual(
            self.client.get(reverse("evaluations:models", args=[self.commune.pk])).status_code, 403
        )
        model.refresh_from_db()
        self.assertEqual(model.name, "Tổ hòa giải")
        self.assertEqual(SelfManagedModel.objects.count(), 1)


class QueryCountTest(EvaluationsTestCase):
    def count(self, url):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(url).status_code, 200)
        return len(queries)

    def test_the_round_and_rating_pages_do_not_grow_with_the_ratings(self):
        small = self.open_round(units=[self.agency_a], heads=[])
        self.login(self.clerk)
        few = self.count(reverse("evaluations:round", args=[small.pk]))
        rating_few = self.count(reverse("evaluations:rating", args=[small.ratings.get().pk]))
        small.delete()
        big = self.open_round(
            units=[self.agency_a, self.agency_b, self.office, self.ubkt, self.hdnd]
        )
        many = self.count(reverse("evaluations:round", args=[big.pk]))
        self.assertEqual(few, many)
        rating = big.ratings.get(kind="individual")
        self.assertLessEqual(
            self.count(reverse("evaluations:rating", args=[rating.pk])), rating_few
        )
        self.assertLess(many, 25)


class ScoringMethodsTest(EvaluationsTestCase):
    def test_wrong_methods_on_the_commune_s_scoring_and_register(self):
        found = services.assessment_open(
            acting_user=self.officer_b,
            commune=self.commune,
            year=2027,
            criteria_set=self.commune_set,
        )
        model = services.model_add(
            acting_user=self.officer_b,
            commune=self.commune,
            name="Tổ tự quản",
            village=None,
            since=2024,
            maintained=True,
            note="",
        )
        self.login(self.officer_b)
        for url in [
            reverse("evaluations:assessment_score", args=[found.pk]),
            reverse("evaluations:assessment_verify", args=[found.pk]),
        ]:
            self.assertEqual(self.client.get(url).status_code, 405, url)
        for url in [
            reverse("evaluations:assessment", args=[found.pk]),
            reverse("evaluations:evidence", args=[1, 1]),
        ]:
            self.assertEqual(self.client.post(url).status_code, 405, url)
        for url in [
            reverse("evaluations:assessment_new", args=[self.commune.pk]),
            reverse("evaluations:models", args=[self.commune.pk]),
            reverse("evaluations:model_edit", args=[model.pk]),
        ]:
            self.assertEqual(self.client.delete(url).status_code, 405, url)
        self.assertEqual(CommuneAssessment.objects.count(), 1)
        self.assertEqual(SelfManagedModel.objects.count(), 1)
