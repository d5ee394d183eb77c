"""Search without diacritics over submissions, key tasks, reports and the program, on the
database the tests run on (SQLite's FTS5, or PostgreSQL's unaccent and trigrams)."""

from unittest import mock, skipUnless

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from hanhdong.feedback import services
from hanhdong.feedback.models import Feedback, Kind
from hanhdong.feedback.schedule import new_submissions
from hanhdong.orgs.access import reach_of
from hanhdong.orgs.models import OrgKind, Role
from hanhdong.programs.models import Item, KeyTask
from hanhdong.search import index
from hanhdong.search.index import words
from hanhdong.search.selectors import search
from hanhdong.test import BaseTestCase, make_org, make_program, make_user


def submit(commune, title, text, kind=Kind.REPORT):
    return services.feedback_submit(commune=commune, kind=kind, title=title, text=text)


def announce():
    """The worker's pass over new submissions: the clerks are told, and on PostgreSQL the
    submissions go into the index (until then a search reads them from their table)."""
    new_submissions(timezone.localdate())


def indexed(source, row) -> bool:
    """Whether ``row`` is in ``source``'s index (PostgreSQL)."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT 1 FROM search_{source} WHERE id = %s", [row.pk])
        return cursor.fetchone() is not None


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

    def test_a_title_is_masked_for_whoever_may_not_know_who_sent_it(self):
        named = submit(self.commune, "Tôi là Lê Thị Kín, mương tắc", "Mương thôn 3 tắc.")
        self.assertEqual(
            self.titles(self.clerk, "muong tac", "feedback"), [f"{named.public_id} · {named.title}"]
        )
        self.assertEqual(
            self.titles(self.supervisor, "muong tac", "feedback"),
            [f"{named.public_id} · Tôi là ***, mương tắc"],
        )
        # a search for the sender finds it only for those who may know who wrote in
        self.assertEqual(len(self.titles(self.clerk, "le thi kin", "feedback")), 1)
        self.assertEqual(self.titles(self.supervisor, "le thi kin", "feedback"), [])
        self.assertEqual(len(self.titles(self.supervisor, "tac", "feedback")), 1)

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

    def test_a_submission_is_found_before_the_workers_pass_and_after_it_once(self):
        fresh = submit(self.commune, "Cống tắc", "Cống thoát nước xóm 5 tắc nghẽn.")
        listed = f"{fresh.public_id} · {fresh.title}"
        self.assertEqual(self.titles(self.clerk, "cong tac", "feedback"), [listed])
        self.assertEqual(self.titles(self.outsider, "cong tac", "feedback"), [])
        if connection.vendor == "postgresql":  # not written by the citizen's request
            self.assertFalse(indexed("feedback", fresh))
        announce()
        if connection.vendor == "postgresql":
            self.assertTrue(indexed("feedback", fresh))
        self.assertEqual(self.titles(self.clerk, "cong tac", "feedback"), [listed])
        self.assertEqual(self.titles(self.outsider, "cong tac", "feedback"), [])


class AnnouncedSearchTest(SearchTest):
    """The same, once the worker has passed on the submissions: found through the index."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        announce()
        if connection.vendor == "postgresql":
            assert all(indexed("feedback", row) for row in Feedback.objects.all())


@skipUnless(connection.vendor == "postgresql", "the triggers of PostgreSQL's index")
class LayingTest(BaseTestCase):
    def triggers(self):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = 'feedback_feedback'::regclass "
                "AND tgname LIKE 'search%'"
            )
            return {row[0] for row in cursor.fetchall()}

    def test_an_index_laid_by_an_earlier_version_is_laid_again_and_filled(self):
        kept = submit(self.commune, "Đèn tắt", "Đèn chiếu sáng ngõ 4 tắt cả tuần.")
        with connection.cursor() as cursor:  # as it was laid before: on every insert
            cursor.execute("DROP TRIGGER search_feedback_announced ON feedback_feedback")
            cursor.execute(
                "CREATE OR REPLACE TRIGGER search_feedback_sync AFTER INSERT OR DELETE OR "
                "UPDATE OF title, text, place, commune_id ON feedback_feedback "
                "FOR EACH ROW EXECUTE FUNCTION search_feedback_sync()"
            )
            cursor.execute("TRUNCATE search_feedback")
        index.ensure()
        self.assertEqual(self.triggers(), {"search_feedback_sync", "search_feedback_announced"})
        self.assertTrue(indexed("feedback", kept))
        fresh = submit(self.commune, "Cống tắc", "Cống thoát nước xóm 5 tắc nghẽn.")
        self.assertFalse(indexed("feedback", fresh))
        index.ensure()  # as laid: left alone
        self.assertFalse(indexed("feedback", fresh))


@mock.patch.object(index, "RANKED", 3)
@mock.patch.object(index, "WALKED", 2)
@mock.patch.object(index, "AREAS", 1)
class LatestTest(BaseTestCase):
    """With RANKED, WALKED and AREAS made small: a search reads the newest rows of the
    user's communes first, and finds what they do not hold in the index of the rows' words
    — by commune for one commune, by city for a city's, by the words alone for more."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.karaoke = submit(cls.commune, "Karaoke ồn", "Hát karaoke quá khuya ở xóm 3.")
        cls.road = submit(cls.commune, "Đường lún", "Đường trục thôn 2 lún sau mưa.")
        services.feedback_accept(acting_user=cls.clerk, feedback=cls.road, accept=True)
        services.feedback_assign(acting_user=cls.clerk, feedback=cls.road, agency=cls.agency_a)
        cls.rubbish = [
            submit(cls.commune, f"Rác thải đường {n}", f"Rác thải đổ ra đường số {n}.")
            for n in range(6)
        ]
        announce()  # what is read below is the index

    def found(self, user, query):
        return [
            row["url"] for row in dict(search(reach_of(user), query)["groups"]).get("feedback", [])
        ]

    def url(self, item):
        return reverse("feedback:handle", args=[item.pk])

    def test_it_finds_a_rare_word_behind_the_newest_rows(self):
        self.assertEqual(self.found(self.clerk, "karaoke"), [self.url(self.karaoke)])

    def test_it_finds_what_an_agency_was_given_behind_newer_rows(self):
        self.assertEqual(self.found(self.officer_a, "duong"), [self.url(self.road)])

    @skipUnless(connection.vendor == "postgresql", "SQLite ranks by bm25 among every row")
    def test_a_common_word_finds_the_latest_rows(self):
        latest = {self.url(item) for item in self.rubbish[-3:]}
        self.assertEqual(set(self.found(self.clerk, "rac thai")), latest)
        self.assertEqual(set(self.found(self.clerk, "duong")), latest)

    def test_a_reader_of_several_communes_finds_the_rows_of_each(self):
        make_program(self.commune_b)
        found = dict(search(reach_of(self.city), "ket nap dang vien")["groups"])["task"]
        self.assertEqual({row["commune"] for row in found}, {"Xã A", "Xã B"})

    def test_the_index_follows_a_submission_to_another_commune(self):
        office_b = make_org("Văn phòng Đảng ủy", OrgKind.PARTY_OFFICE, self.commune_b)
        clerk_b = make_user("clerk_b", (office_b, Role.CLERK))
        Feedback.objects.filter(pk=self.karaoke.pk).update(commune=self.commune_b)
        self.assertEqual(self.found(clerk_b, "karaoke"), [self.url(self.karaoke)])
        self.assertEqual(self.found(self.clerk, "karaoke"), [])

    def test_a_city_viewer_finds_the_rows_of_its_communes_and_no_other_citys(self):
        for commune in (self.commune_b, self.commune_c):
            make_program(commune)
        found = dict(search(reach_of(self.city), "ket nap dang vien")["groups"])["task"]
        self.assertEqual({row["commune"] for row in found}, {"Xã A", "Xã B"})

    def test_the_index_follows_a_commune_to_another_city(self):
        make_program(self.commune_c)
        self.commune_c.parent = self.hp
        self.commune_c.save()
        found = dict(search(reach_of(self.city), "ket nap dang vien")["groups"])["task"]
        self.assertEqual({row["commune"] for row in found}, {"Xã A", "Xã C"})
        if connection.vendor == "postgresql":  # each index row holds its commune's city
            self.assertEqual(areas("task", self.commune_c), {self.hp.pk})

    def test_a_commune_of_no_city_is_searched_and_later_given_one(self):
        alone = make_org("Xã Mới", OrgKind.COMMUNE, code="moi")
        office = make_org("Văn phòng Đảng ủy", OrgKind.PARTY_OFFICE, alone)
        clerk = make_user("clerk_new", (office, Role.CLERK))
        karaoke = submit(alone, "Karaoke xã mới", "Karaoke ồn ở xã mới.")
        submit(alone, "Đường", "Đường lún.")
        announce()
        make_program(alone)
        self.assertEqual(self.found(clerk, "karaoke"), [self.url(karaoke)])
        if connection.vendor == "postgresql":  # a commune of no city is an area of its own
            self.assertEqual(areas("feedback", alone), {alone.pk})
        alone.parent = self.hp
        alone.save()
        found = dict(search(reach_of(self.city), "ket nap dang vien")["groups"])["task"]
        self.assertIn("Xã Mới", {row["commune"] for row in found})
        if connection.vendor == "postgresql":
            self.assertEqual(areas("feedback", alone), {self.hp.pk})

    @skipUnless(connection.vendor == "postgresql", "the trigram index of PostgreSQL")
    def test_a_citys_search_asks_the_trigram_index_by_city(self):
        make_program(self.commune_b)
        with CaptureQueriesContext(connection) as queries:
            search(reach_of(self.city), "ket nap dang vien")
        asked = [q["sql"] for q in queries if "holding AS MATERIALIZED" in q["sql"]]
        self.assertTrue(asked)
        self.assertTrue(all("r.area_id = " in sql for sql in asked), asked)

    def test_a_site_administrator_finds_the_rows_of_every_city(self):
        in_c = submit(self.commune_c, "Karaoke xã C", "Karaoke ồn ở xã C.")
        submit(self.commune_c, "Đường", "Đường lún.")
        announce()
        admin = make_user("site_admin", superuser=True)
        self.assertEqual(
            set(self.found(admin, "karaoke")), {self.url(self.karaoke), self.url(in_c)}
        )
        for commune in (self.commune_b, self.commune_c):
            make_program(commune)
        found = dict(search(reach_of(admin), "ket nap dang vien")["groups"])["task"]
        self.assertEqual({row["commune"] for row in found}, {"Xã A", "Xã B", "Xã C"})


def areas(source, commune) -> set[int]:
    """The areas the index rows of ``commune`` hold (PostgreSQL)."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT DISTINCT area_id FROM search_{source} WHERE commune_id = %s", [commune.pk]
        )
        return {row[0] for row in cursor.fetchall()}
