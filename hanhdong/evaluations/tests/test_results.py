"""Points from the year's results: figures reused from the tasks' ranking and the app's
data, the evidence behind each, a deduction, the band and the quota."""

from decimal import Decimal

from django.core.exceptions import ValidationError

from hanhdong.audit.models import AuditEntry
from hanhdong.evaluations import evidence, services
from hanhdong.evaluations.models import Band, Rating, RatingState, RoundState, Source
from hanhdong.evaluations.tests.base import TODAY, YEAR, EvaluationsTestCase, at, on
from hanhdong.notifications.models import OutboxMessage
from hanhdong.tasks import ranking
from hanhdong.tasks.models import AssignedTask


def score_of(rating, text):
    return rating.scores.select_related("criterion").get(criterion__text__startswith=text)


class ResultsTest(EvaluationsTestCase):
    def test_it_counts_tasks_on_time_as_the_ranking_does(self):
        figure = evidence.tasks_on_time(self.commune, self.agency_a.pk, YEAR, TODAY)
        # the plan's four and the inspection's two are all tasks the agency was given
        self.assertEqual((figure.counted, figure.hits), (6, 4))
        window = evidence._year_window(YEAR)
        row = next(
            r for r in ranking.ranking(self.commune, window, TODAY) if r.agency == self.agency_a
        )
        self.assertEqual((row.tasks, row.on_time), (6, 4))
        # the evidence lists exactly the rows counted
        self.assertEqual(len(figure.rows), 6)
        self.assertEqual(sum(r.ok for r in figure.rows), 4)
        self.assertIn("quá hạn", next(r.detail for r in figure.rows if not r.ok))

    def test_it_counts_the_other_results(self):
        feedback = evidence.feedback_on_time(self.commune, self.agency_a.pk, YEAR, TODAY)
        self.assertEqual((feedback.counted, feedback.hits), (2, 1))
        rated = evidence.satisfaction(self.commune, self.agency_a.pk, YEAR, TODAY)
        self.assertEqual(rated.rate, 0.6)  # (4 + 2) / 2 of 5
        closed = evidence.recommendations(self.commune, self.agency_a.pk, YEAR, TODAY)
        self.assertEqual((closed.counted, closed.hits), (2, 1))
        reports = evidence.reports_on_time(self.commune, self.agency_a.pk, YEAR, TODAY)
        self.assertGreaterEqual(reports.counted, 1)
        self.assertEqual(len(reports.rows), reports.counted)
        self.assertEqual(sum(r.ok for r in reports.rows), reports.hits)
        self.assertLess(reports.hits, reports.counted)  # task 2's report came in late
        targets = evidence.targets(self.commune, self.agency_a.pk, YEAR, TODAY)
        self.assertEqual(targets.counted, len(targets.rows))

    def test_it_computes_the_points_and_applies_a_deduction_into_a_band(self):
        round_ = self.open_round()
        rating = round_.ratings.get(organization=self.agency_a, kind="collective")
        tasks = score_of(rating, "Nhiệm vụ được giao")
        self.assertEqual(tasks.computed, Decimal("16.67"))  # 25 × 4/6
        self.assertEqual(score_of(rating, "Phản ánh").computed, Decimal("4.00"))  # 8 × 1/2
        self.assertEqual(score_of(rating, "Mức độ hài lòng").computed, Decimal("3.60"))
        self.assertEqual(score_of(rating, "Kiến nghị sau").computed, Decimal("3.00"))
        computed = sum(s.computed for s in rating.scores.all() if s.computed is not None)
        entries = self.full(
            rating, **{"Để nhiệm vụ quá hạn": (Decimal(5), "Một nhiệm vụ quá hạn từ 28/11")}
        )
        with on(TODAY):
            rating = services.rating_self_assess(
                acting_user=self.head_a, rating=rating, entries=entries, comment="Tự đánh giá."
            )
        arisen = {s.criterion_id for s in rating.scores.all() if s.computed is None}
        full_points = sum(
            s.criterion.points
            for s in rating.scores.select_related("criterion")
            if s.criterion_id in arisen
            and s.criterion.group in ("general", "results")
            and s.criterion.source != "manual"
        )
        expected = Decimal(30) + computed + full_points - 5
        self.assertEqual(rating.self_total, expected)
        self.assertEqual(rating.self_band, self.collective_set.band_of(expected))
        self.assertEqual(rating.state, RatingState.SELF_DONE)
        self.assertEqual(self.collective_set.band_of(Decimal(90)), Band.EXCELLENT)
        self.assertEqual(self.collective_set.band_of(Decimal("89.99")), Band.GOOD)
        self.assertEqual(self.collective_set.band_of(Decimal(50)), Band.DONE)
        self.assertEqual(self.collective_set.band_of(Decimal("49.5")), Band.NOT_DONE)
        entry = AuditEntry.objects.for_object(rating).first()
        self.assertEqual(
            entry.changes["overrides"]["Để nhiệm vụ quá hạn không có lý do chính đáng"]["reason"],
            "Một nhiệm vụ quá hạn từ 28/11",
        )
        # the board was told through the outbox
        self.assertTrue(OutboxMessage.objects.filter(recipient=self.officer_b).exists())

    def test_an_override_without_its_reason_is_refused_and_nothing_written(self):
        round_ = self.open_round()
        rating = round_.ratings.get(organization=self.agency_a, kind="collective")
        entries = self.full(rating, **{"Nhiệm vụ được giao": (Decimal(25), "")})
        with on(TODAY), self.assertRaises(ValidationError):
            services.rating_self_assess(
                acting_user=self.head_a, rating=rating, entries=entries, comment="Tự đánh giá."
            )
        rating.refresh_from_db()
        self.assertEqual(rating.state, RatingState.AWAITING)
        self.assertFalse(rating.scores.exclude(self_points=None).exists())
        entries = self.full(
            rating, **{"Nhiệm vụ được giao": (Decimal(25), "Nhiệm vụ quá hạn do cấp trên dừng")}
        )
        with on(TODAY):
            services.rating_self_assess(
                acting_user=self.head_a, rating=rating, entries=entries, comment="Tự đánh giá."
            )
        self.assertEqual(score_of(rating, "Nhiệm vụ được giao").self_points, Decimal(25))

    def test_the_quota_rule_trips_when_too_many_are_excellent(self):
        round_ = self.open_round(heads=[])
        excellent = {
            "Nhiệm vụ được giao": (Decimal(25), "Đủ"),
            "Chỉ tiêu": (Decimal(15), "Đủ"),
            "Báo cáo": (Decimal(10), "Đủ"),
            "Phản ánh": (Decimal(8), "Đủ"),
            "Mức độ": (Decimal(6), "Đủ"),
            "Kiến nghị": (Decimal(6), "Đủ"),
        }
        with on(TODAY.replace(month=2)):
            for rating in round_.ratings.all():
                services.rating_review(
                    acting_user=self.officer_b,
                    rating=rating,
                    entries=self.full(rating, step="board", **excellent),
                    comment="",
                )
        bands = set(round_.ratings.values_list("proposed_band", flat=True))
        self.assertEqual(bands, {Band.EXCELLENT})
        self.assertEqual(
            len(
                services.quota_problems(
                    round_, {r.pk: r.proposed_band for r in round_.ratings.all()}
                )
            ),
            1,
        )
        with self.assertRaises(ValidationError) as caught:
            services.round_propose(acting_user=self.officer_b, round=round_, note="")
        self.assertIn("20", caught.exception.messages[0])
        round_.refresh_from_db()
        self.assertEqual(round_.state, RoundState.OPEN)
        # with no cap, the proposal goes to the Committee
        self.collective_set.quota_percent = Decimal(100)
        self.collective_set.save()
        round_.refresh_from_db()
        services.round_propose(acting_user=self.officer_b, round=round_, note="")
        round_.refresh_from_db()
        self.assertEqual(round_.state, RoundState.PROPOSED)
        # the Committee cannot decide past the quota either
        self.collective_set.quota_percent = Decimal(20)
        self.collective_set.save()
        round_.refresh_from_db()
        with self.assertRaises(ValidationError):
            services.round_decide(acting_user=self.standing, round=round_, bands={}, note="")
        first, second = round_.ratings.all()
        services.round_decide(
            acting_user=self.standing,
            round=round_,
            bands={second.pk: Band.GOOD, first.pk: Band.GOOD},
            note="Kết luận",
        )
        round_.refresh_from_db()
        self.assertEqual(round_.state, RoundState.DECIDED)
        self.assertEqual(
            set(Rating.objects.filter(round=round_).values_list("decided_band", flat=True)),
            {Band.GOOD},
        )
        self.assertTrue(OutboxMessage.objects.filter(recipient=self.officer_a).exists())

    def test_the_individual_is_rated_on_the_results_of_the_unit_they_lead(self):
        round_ = self.open_round()
        rating = round_.ratings.get(kind="individual")
        self.assertEqual(rating.person, self.head_a)
        self.assertEqual(rating.criteria_set, self.individual_set)
        self.assertEqual(score_of(rating, "Nhiệm vụ của cơ quan").computed, Decimal("13.33"))

    def test_the_evidence_changes_with_the_data_when_refreshed(self):
        round_ = self.open_round()
        rating = round_.ratings.get(organization=self.agency_a, kind="collective")
        late = AssignedTask.objects.get(commune=self.commune, due_on="2025-11-28")
        AssignedTask.objects.filter(pk=late.pk).update(state="confirmed", done_on="2025-11-20")
        with on(TODAY), at(TODAY):
            services.round_refresh(acting_user=self.officer_b, round=round_)
        self.assertEqual(score_of(rating, "Nhiệm vụ được giao").computed, Decimal("20.83"))

    def test_self_managed_models_count_towards_the_commune_criterion(self):
        from hanhdong.orgs.models import OrgKind
        from hanhdong.test import make_org

        village = make_org("Thôn 1", OrgKind.VILLAGE, self.commune)
        for n in range(4):
            services.model_add(
                acting_user=self.officer_b,
                commune=self.commune,
                name=f"Tổ tự quản {n}",
                village=village,
                since=2024,
                maintained=n != 3,
                note="",
            )
        criterion = self.commune_set.criteria.get(source=Source.SELF_MANAGED)
        figure = evidence.figure_for(criterion, self.commune, None, 2027, TODAY)
        self.assertEqual((figure.hits, figure.counted), (3, 4))
        self.assertEqual(evidence.points_of(figure, criterion.points), Decimal("9.00"))  # 15 × 3/5
