"""The points computed from the demo commune's year (built by ``hanhdong demo`` through the
services): the same figures as the agencies' ranking, with their evidence; a deduction, the
band, the quota."""

import datetime as dt
from decimal import Decimal
from unittest import mock

from django.core.exceptions import ValidationError
from django.test import TestCase
from django.urls import reverse

from hanhdong.demo.setup import demo_setup
from hanhdong.evaluations import evidence, services
from hanhdong.evaluations.models import Band, CriteriaSet, RoundState, SetKind
from hanhdong.orgs.models import Organization
from hanhdong.tasks import ranking

DEMO_DAY = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
TODAY = DEMO_DAY.date()


class DemoYearTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        with mock.patch("django.utils.timezone.now", return_value=DEMO_DAY):
            cls.commune = demo_setup()["commune"]
        cls.ubnd = Organization.objects.get(commune=cls.commune, name="Ủy ban nhân dân xã")
        cls.board = Organization.objects.get(commune=cls.commune, name="Ban Xây dựng Đảng")
        from django.contrib.auth import get_user_model

        users = get_user_model().objects
        cls.xdd, cls.bithu = users.get(username="xaydungdang"), users.get(username="bithu")
        cls.ubnd_user = users.get(username="ubnd")

    def test_the_demo_s_year_gives_points_evidence_band_and_quota(self):
        sets = CriteriaSet.objects.filter(commune=self.commune, is_current=True)
        self.assertEqual(
            set(sets.values_list("kind", flat=True)),
            {SetKind.COLLECTIVE, SetKind.INDIVIDUAL, SetKind.COMMUNE},
        )
        collective = sets.get(kind=SetKind.COLLECTIVE)
        with mock.patch("django.utils.timezone.now", return_value=DEMO_DAY):
            round_ = services.round_open(
                acting_user=self.xdd,
                commune=self.commune,
                year=2026,
                self_due_on=dt.date(2026, 12, 15),
                collective_set=collective,
                units=services.rated_units(self.commune),
            )
        rating = round_.ratings.get(organization=self.ubnd)
        # the tasks on time as the ranking counts them over the year
        window = evidence._year_window(2026)
        row = next(r for r in ranking.ranking(self.commune, window, TODAY) if r.agency == self.ubnd)
        self.assertGreater(row.tasks, 0)
        figure = evidence.tasks_on_time(self.commune, self.ubnd.pk, 2026, TODAY)
        self.assertEqual((figure.counted, figure.hits), (row.tasks, row.on_time))
        self.assertEqual(len(figure.rows), row.tasks)
        score = rating.scores.get(criterion__source="tasks")
        self.assertEqual(
            score.computed,
            (Decimal(25) * row.on_time / row.tasks).quantize(Decimal("0.01")),
        )
        # the evidence page lists those rows
        self.client.force_login(self.bithu)
        page = self.client.get(
            reverse("evaluations:evidence", args=[rating.pk, score.criterion_id])
        )
        self.assertContains(page, f"{row.on_time}/{row.tasks}")
        self.assertEqual(page.content.decode().count("<tr"), row.tasks + 1)
        # a deduction, the total, its band
        entries = {}
        for s in rating.scores.select_related("criterion"):
            c = s.criterion
            if c.source == "manual" and c.group in ("general", "results"):
                entries[c.pk] = (c.points, "")
            if c.text.startswith("Để nhiệm vụ quá hạn"):
                entries[c.pk] = (Decimal(3), "Nhiệm vụ quá hạn chưa có lý do")
        with mock.patch("django.utils.timezone.now", return_value=DEMO_DAY):
            rating = services.rating_self_assess(
                acting_user=self.ubnd_user, rating=rating, entries=entries, comment="Tự đánh giá"
            )
        computed = sum(
            (s.computed if s.computed is not None else s.criterion.points)
            for s in rating.scores.select_related("criterion")
            if s.criterion.source != "manual"
        )
        self.assertEqual(rating.self_total, Decimal(30) + computed - 3)
        self.assertEqual(rating.self_band, collective.band_of(rating.self_total))
        # the board proposes every unit excellent: the quota trips
        full = {}
        after_due = DEMO_DAY + dt.timedelta(days=20)
        with mock.patch("django.utils.timezone.now", return_value=after_due):
            for r in round_.ratings.all():
                full = {
                    s.criterion_id: (s.criterion.points, "Đủ điểm theo thẩm định")
                    for s in r.scores.select_related("criterion")
                    if s.criterion.group in ("general", "results")
                }
                services.rating_review(acting_user=self.xdd, rating=r, entries=full, comment="")
        self.assertEqual(
            set(round_.ratings.values_list("proposed_band", flat=True)), {Band.EXCELLENT}
        )
        with self.assertRaises(ValidationError):
            services.round_propose(acting_user=self.xdd, round=round_, note="")
        round_.refresh_from_db()
        self.assertEqual(round_.state, RoundState.OPEN)


class DemoHistoryTest(TestCase):
    """Every change the demo's year records is told in words by the history panels."""

    @classmethod
    def setUpTestData(cls):
        with mock.patch("django.utils.timezone.now", return_value=DEMO_DAY):
            demo_setup()

    def test_every_row_of_every_history_is_labelled_in_vietnamese(self):
        from django.utils import translation

        from hanhdong.audit.history import tell
        from hanhdong.audit.models import AuditEntry

        entries = AuditEntry.objects.order_by("pk")
        self.assertGreater(entries.count(), 100)
        with translation.override("vi"):
            labels = {
                (e.entry.content_type.model, row.label) for e in tell(entries) for row in e.rows
            }
        # a field's name, or its English label: no Vietnamese label is plain ASCII
        self.assertEqual(sorted(pair for pair in labels if pair[1].isascii()), [])
