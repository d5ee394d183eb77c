"""Search without diacritics over submissions, key tasks, reports and the program, on the
database the tests run on (SQLite's FTS5, or PostgreSQL's unaccent and trigrams)."""

from django.urls import reverse

from hanhdong.feedback import services
from hanhdong.feedback.models import Kind
from hanhdong.orgs.access import reach_of
from hanhdong.programs.models import Item, KeyTask
from hanhdong.search.index import words
from hanhdong.search.selectors import search
from hanhdong.test import BaseTestCase


def submit(commune, title, text, kind=Kind.REPORT):
    return services.feedback_submit(commune=commune, kind=kind, title=title, text=text)


class SearchTest(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.road = submit(
            cls.commune, "Đường trục thôn 2 ngập", "ĐƯỜNG ngập sâu sau mưa, xe chết máy."
        )
        cls.light = submit(cls.commune, "Đèn tắt", "Đèn chiếu sáng ngõ 4 tắt cả tuần.")
        cls.other = submit(cls.commune_b, "Đường xã B", "Đường liên thôn xã B lún.")
        cls.denounced = submit(
            cls.commune, "Cán bộ nhận tiền", "Cán bộ đường giao thông nhận tiền.", Kind.DENUNCIATION
        )

    def titles(self, user, query, group):
        found = dict(search(reach_of(user), query)["groups"])
        return [row["title"] for row in found.get(group, [])]

    def test_it_folds_the_query_like_the_text(self):
        self.assertEqual(words("  Đường NGẬP!! ở "), ["duong", "ngap", "o"])

    def test_duong_finds_duong_with_its_diacritics_and_capital_d(self):
        for query in ("duong ngap", "ĐƯỜNG ngập", "đuong NGAP"):
            titles = self.titles(self.clerk, query, "feedback")
            self.assertEqual(titles, [f"{self.road.public_id} · {self.road.title}"], query)

    def test_it_finds_the_program_and_its_key_tasks(self):
        self.assertTrue(self.titles(self.clerk, "ket nap dang vien", "task"))
        KeyTask.objects.filter(name__contains="Kết nạp").update(is_withdrawn=True)
        self.assertEqual(self.titles(self.clerk, "ket nap dang vien", "task"), [])
        Item.objects.filter(text="Tăng thu ngân sách").update(text="Tăng thu ngân sách bền vững")
        self.assertTrue(self.titles(self.clerk, "ngan sach ben vung", "section"))

    def test_each_user_finds_only_what_they_may_see(self):
        # a denunciation only by those who may know its author; another commune's not at all
        self.assertEqual(len(self.titles(self.clerk, "duong", "feedback")), 1)
        self.assertEqual(len(self.titles(self.standing, "duong", "feedback")), 2)
        self.assertEqual(self.titles(self.officer_a, "duong", "feedback"), [])
        services.feedback_accept(acting_user=self.clerk, feedback=self.road, accept=True)
        services.feedback_assign(acting_user=self.clerk, feedback=self.road, agency=self.agency_a)
        self.assertEqual(len(self.titles(self.officer_a, "duong", "feedback")), 1)
        self.assertEqual(self.titles(self.outsider, "duong", "feedback"), [])
        self.assertEqual(len(self.titles(self.city, "duong", "task")), 0)

    def test_the_index_follows_changes(self):
        self.road.title, self.road.text = "Cống vỡ", "Cống thoát nước vỡ."
        self.road.save()
        self.assertEqual(self.titles(self.clerk, "duong ngap", "feedback"), [])
        self.assertEqual(len(self.titles(self.clerk, "cong vo", "feedback")), 1)
        self.light.delete()
        self.assertEqual(self.titles(self.clerk, "den chieu sang", "feedback"), [])

    def test_the_page(self):
        url = reverse("search:results")
        self.assertEqual(self.client.get(url + "?q=duong").status_code, 302)  # log in first
        self.login(self.clerk)
        page = self.client.get(url + "?q=duong+ngap")
        self.assertContains(page, self.road.public_id)
        self.assertNotContains(page, self.denounced.public_id)
        # the query language of neither database reaches it: quotes, stars, percent signs
        for query in ("%25%27%22*", "%22duong%22+OR+*", "NEAR(duong"):
            self.assertEqual(self.client.get(f"{url}?q={query}").status_code, 200)
        self.assertEqual(self.client.post(url).status_code, 405)
