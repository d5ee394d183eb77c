"""Criteria sets kept as data by the Party-building board through its pages: added,
changed, versioned, retired — and a closed round keeps the version it used."""

from decimal import Decimal

from django.urls import reverse

from hanhdong.audit.models import AuditEntry
from hanhdong.evaluations import services
from hanhdong.evaluations.models import Band, CriteriaSet, Criterion, RoundState
from hanhdong.evaluations.tests.base import TODAY, EvaluationsTestCase, on

SET_POST = {
    "name": "Tiêu chí đánh giá tập thể (thử)",
    "basis": "Quy định 366-QĐ/TW",
    "total_points": "100",
    "general_points": "30",
    "results_points": "70",
    "excellent_from": "90",
    "good_from": "70",
    "done_from": "50",
    "quota_percent": "20",
}


class CriteriaSetViewsTest(EvaluationsTestCase):
    def test_the_board_adds_a_set_and_its_criteria_through_the_pages(self):
        self.login(self.officer_b)
        response = self.client.post(
            reverse("evaluations:set_new", args=[self.commune.pk]),
            {**SET_POST, "kind": "collective", "code": "thu-nghiem"},
        )
        found = CriteriaSet.objects.get(commune=self.commune, code="thu-nghiem")
        self.assertRedirects(response, reverse("evaluations:set", args=[found.pk]))
        response = self.client.post(
            reverse("evaluations:criterion_new", args=[found.pk]),
            {"group": "results", "text": "Nhiệm vụ đúng hạn", "points": "40", "source": "tasks"},
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(found.criteria.get().source, "tasks")
        # more results points than the set has: refused, nothing written
        response = self.client.post(
            reverse("evaluations:criterion_new", args=[found.pk]),
            {"group": "results", "text": "Thêm", "points": "40", "source": "manual"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "70")
        self.assertEqual(found.criteria.count(), 1)
        page = self.client.get(reverse("evaluations:set", args=[found.pk]))
        self.assertContains(page, "Nhiệm vụ đúng hạn")

    def test_a_change_makes_a_new_version_and_last_years_closed_round_keeps_its_own(self):
        round_ = self.open_round(heads=[])
        with on(TODAY.replace(month=2)):
            for rating in round_.ratings.all():
                services.rating_review(
                    acting_user=self.officer_b,
                    rating=rating,
                    entries=self.full(
                        rating,
                        step="board",
                        **{
                            "Để nhiệm vụ quá hạn": (Decimal(10), "Quá hạn"),
                            "Tập thể hoặc": (Decimal(10), "Kỷ luật"),
                        },
                    ),
                    comment="",
                )
        services.round_propose(acting_user=self.officer_b, round=round_, note="")
        services.round_decide(acting_user=self.standing, round=round_, bands={}, note="")
        round_.refresh_from_db()
        self.assertEqual(round_.state, RoundState.DECIDED)
        before = {
            r.pk: (
                r.proposed_total,
                r.decided_band,
                list(r.scores.values_list("criterion_id", "board_points")),
            )
            for r in round_.ratings.all()
        }
        old_set = round_.collective_set
        criterion = old_set.criteria.get(text__startswith="Nhiệm vụ được giao")
        self.login(self.officer_b)
        # the bands raised and a criterion's points changed, through the pages
        self.client.post(
            reverse("evaluations:set_edit", args=[old_set.pk]), {**SET_POST, "excellent_from": "95"}
        )
        new_set = CriteriaSet.objects.get(commune=self.commune, code=old_set.code, is_current=True)
        self.assertEqual(new_set.version, old_set.version + 1)
        self.assertEqual(new_set.excellent_from, Decimal(95))
        twin = new_set.criteria.get(text=criterion.text)
        response = self.client.post(
            reverse("evaluations:criterion_edit", args=[twin.pk]),
            {"group": "results", "text": criterion.text, "points": "20", "source": "tasks"},
        )
        self.assertEqual(response.status_code, 302)
        self.client.post(
            reverse(
                "evaluations:criterion_retire",
                args=[new_set.criteria.get(text__startswith="Mức độ hài lòng").pk],
            )
        )
        # the closed round still reads the old version, untouched
        round_.refresh_from_db()
        old_set.refresh_from_db()
        criterion.refresh_from_db()
        self.assertEqual(round_.collective_set_id, old_set.pk)
        self.assertEqual(old_set.excellent_from, Decimal(90))
        self.assertEqual(criterion.points, Decimal(25))
        self.assertFalse(old_set.criteria.filter(is_retired=True).exists())
        after = {
            r.pk: (
                r.proposed_total,
                r.decided_band,
                list(r.scores.values_list("criterion_id", "board_points")),
            )
            for r in round_.ratings.all()
        }
        self.assertEqual(before, after)
        self.assertEqual(old_set.band_of(Decimal(92)), Band.EXCELLENT)
        new_set.refresh_from_db()
        self.assertEqual(new_set.band_of(Decimal(92)), Band.GOOD)
        self.assertTrue(new_set.criteria.get(text__startswith="Mức độ hài lòng").is_retired)
        self.assertEqual(new_set.criteria.get(text=criterion.text).points, Decimal(20))
        # each step is in the audit trail
        self.assertTrue(AuditEntry.objects.for_object(new_set).exists())
        # an old version is kept as it was: no way to change it
        page = self.client.get(reverse("evaluations:set", args=[old_set.pk]))
        self.assertNotContains(page, reverse("evaluations:set_edit", args=[old_set.pk]))

    def test_an_unused_version_is_changed_in_place(self):
        criterion = self.collective_set.criteria.first()
        services.criterion_update(
            acting_user=self.officer_b, criterion=criterion, text="Chấp hành (sửa)"
        )
        self.assertEqual(
            CriteriaSet.objects.filter(commune=self.commune, code=self.collective_set.code).count(),
            1,
        )
        criterion.refresh_from_db()
        self.assertEqual(criterion.text, "Chấp hành (sửa)")

    def test_only_the_board_changes_criteria(self):
        criterion = self.collective_set.criteria.first()
        for user in (self.standing, self.clerk, self.officer_a, self.inspector):
            self.login(user)
            for url, data in [
                (
                    reverse("evaluations:set_new", args=[self.commune.pk]),
                    {**SET_POST, "kind": "collective", "code": "x"},
                ),
                (reverse("evaluations:set_edit", args=[self.collective_set.pk]), SET_POST),
                (reverse("evaluations:set_retire", args=[self.collective_set.pk]), {}),
                (
                    reverse("evaluations:criterion_new", args=[self.collective_set.pk]),
                    {"group": "general", "text": "X", "points": "1", "source": "manual"},
                ),
                (
                    reverse("evaluations:criterion_edit", args=[criterion.pk]),
                    {"group": "general", "text": "X", "points": "1", "source": "manual"},
                ),
                (reverse("evaluations:criterion_retire", args=[criterion.pk]), {}),
                (reverse("evaluations:sets_start", args=[self.commune.pk]), {}),
            ]:
                self.assertIn(self.client.post(url, data).status_code, (403, 404), (user, url))
        self.login(self.outsider)
        self.assertEqual(
            self.client.get(reverse("evaluations:set", args=[self.collective_set.pk])).status_code,
            404,
        )
        self.collective_set.refresh_from_db()
        criterion.refresh_from_db()
        self.assertFalse(self.collective_set.is_retired)
        self.assertFalse(criterion.is_retired)
        self.assertEqual(CriteriaSet.objects.filter(code="x").count(), 0)
        self.assertEqual(Criterion.objects.filter(text="X").count(), 0)

    def test_wrong_methods_are_refused(self):
        self.login(self.officer_b)
        criterion = self.collective_set.criteria.first()
        for url in [
            reverse("evaluations:set_retire", args=[self.collective_set.pk]),
            reverse("evaluations:criterion_retire", args=[criterion.pk]),
            reverse("evaluations:sets_start", args=[self.commune.pk]),
        ]:
            self.assertEqual(self.client.get(url).status_code, 405, url)
        for url in [
            reverse("evaluations:set", args=[self.collective_set.pk]),
            reverse("evaluations:home", args=[self.commune.pk]),
        ]:
            self.assertEqual(self.client.post(url).status_code, 405, url)
        for url in [
            reverse("evaluations:set_new", args=[self.commune.pk]),
            reverse("evaluations:set_edit", args=[self.collective_set.pk]),
        ]:
            self.assertEqual(self.client.put(url).status_code, 405, url)
