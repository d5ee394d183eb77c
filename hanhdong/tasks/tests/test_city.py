"""A commune's program linked to the items of its city's program it carries out, and the
city's roll-up: per area and item, which communes carry it out and how it stands."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.urls import reverse

from hanhdong.audit.models import AuditEntry
from hanhdong.orgs.models import Organization, OrgKind
from hanhdong.tasks import services
from hanhdong.tasks.coverage import city_coverage
from hanhdong.tasks.models import CityLink, DocKind, Origin, Status
from hanhdong.tasks.tests.base import TasksTestCase
from hanhdong.test import make_program

TODAY = dt.date(2026, 7, 15)


class CityTestCase(TasksTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        # the city's own program, stored like a commune's, owned by the city
        cls.city_program = make_program(
            cls.hp, number="10-CTr/TU", title="Chương trình hành động của Thành ủy"
        )
        cls.plan = cls.make_directive(
            origin=Origin.PLAN,
            kind=DocKind.PLAN,
            number="12-KH/UBND",
            owner=cls.agency_a,
            title="Kế hoạch 5 năm của UBND xã",
        )
        # due 30/06/2026: overdue on TODAY
        cls.late = cls.make_task(cls.plan, title="Việc a cụ thể", serves=["II.1.1:1"])
        services.directive_issue(acting_user=cls.clerk, directive=cls.plan)

    def link(self, place, serves, program=None, user=None):
        return services.city_link_set(
            acting_user=user or self.clerk,
            program=program or self.program,
            place=place,
            serves=serves,
        )


class CityLinkTest(CityTestCase):
    def test_it_links_a_place_and_the_city_sees_who_carries_out_each_item(self):
        self.link("II.1.1", ["II.1.1:1", "II.1.1"])  # given twice: kept once, in order
        self.link("II.2", ["II.2"])
        self.assertEqual(
            dict(CityLink.objects.values_list("place", "serves")),
            {"II.1.1": ["II.1.1", "II.1.1:1"], "II.2": ["II.2"]},
        )
        found = city_coverage(self.hp, TODAY)
        self.assertEqual(found.linked, 1)
        self.assertEqual([c.name for c in found.communes], ["Xã A", "Xã B"])
        items = {i.address: i for a in found.areas for i in a.items}
        first = items["II.1.1:1"].shares
        self.assertEqual([s.commune for s in first], [self.commune])
        # the plan's task (overdue) and key task 1 (tied to II.1.1, not reported yet)
        self.assertEqual(dict(first[0].statuses), {Status.OVERDUE: 1, Status.NOT_STARTED: 1})
        # II.1.1 linked as a whole: its second item is carried out too
        self.assertTrue(items["II.1.1:2"].covered)
        self.assertEqual(items["II.1.1:1"].missing, [self.commune_b])
        # the area II.2 linked as a whole carries out its item
        self.assertEqual([s.commune for s in items["II.2:1"].shares], [self.commune])
        self.assertEqual(found.uncovered, 0)
        self.assertEqual(AuditEntry.objects.filter(content_type__model="citylink").count(), 2)

    def test_an_item_no_commune_carries_out_is_flagged(self):
        self.link("II.1.1:1", ["II.1.1:1"])
        found = city_coverage(self.hp, TODAY)
        items = {i.address: i for a in found.areas for i in a.items}
        self.assertTrue(items["II.1.1:1"].covered)
        self.assertEqual([s.places for s in items["II.1.1:1"].shares], [["II.1.1:1"]])
        self.assertEqual([s.labels for s in items["II.1.1:1"].shares], [["II.1.1:1 Tư tưởng"]])
        self.assertFalse(items["II.1.1:2"].covered)
        self.assertEqual(items["II.1.1:2"].missing, [self.commune, self.commune_b])
        self.assertEqual(found.uncovered, 2)  # II.1.1:2 and II.2:1

    def test_a_link_to_nothing_goes_and_what_is_not_there_is_refused(self):
        self.link("II.2", ["II.2"])
        self.assertIsNone(self.link("II.2", []))
        self.assertFalse(CityLink.objects.exists())
        for place, serves in [("II.9", ["II.2"]), ("II.2", ["II.9:1"])]:
            with self.assertRaises(ValidationError):
                self.link(place, serves)
        self.assertFalse(CityLink.objects.exists())

    def test_a_commune_whose_city_has_no_program_cannot_link(self):
        program_c = make_program(self.commune_c)
        with self.assertRaises(ValidationError) as caught:
            self.link("II.2", ["II.2"], program=program_c, user=self.outsider)
        self.assertIn("chưa có chương trình đang có hiệu lực", str(caught.exception))
        self.assertFalse(CityLink.objects.exists())


class CityLinkPageTest(CityTestCase):
    def url(self, place="II.1.1"):
        return reverse("tasks:city_link", args=[self.program.pk]) + f"?place={place}"

    def test_the_clerk_links_in_the_page(self):
        self.login(self.clerk)
        response = self.client.get(self.url())
        self.assertContains(response, "II.2:1")  # the city's items offered
        response = self.client.post(self.url(), {"place": "II.1.1", "serves": ["II.1.1:2"]})
        self.assertRedirects(
            response, reverse("tasks:coverage", args=[self.program.pk]) + "#area-ii1"
        )
        self.assertEqual(CityLink.objects.get().serves, ["II.1.1:2"])
        page = self.client.get(reverse("tasks:coverage", args=[self.program.pk]))
        self.assertContains(page, "II.1.1:2")
        self.assertContains(page, self.url().replace("&", "&amp;"))

    def test_others_may_not_link(self):
        for user, status in [
            (self.officer_a, 403),
            (self.standing, 403),
            (self.city, 403),
            (self.outsider, 404),
        ]:
            self.login(user)
            response = self.client.post(self.url(), {"place": "II.1.1", "serves": ["II.2"]})
            self.assertEqual(response.status_code, status, user)
        self.assertFalse(CityLink.objects.exists())

    def test_a_bad_place_or_method_is_refused(self):
        self.login(self.clerk)
        self.assertEqual(self.client.get(self.url("II.9")).status_code, 404)
        self.assertEqual(self.client.put(self.url()).status_code, 405)
        response = self.client.post(self.url(), {"place": "II.1.1", "serves": ["II.9:9"]})
        self.assertEqual(response.status_code, 200)  # not a choice: back on the form
        self.assertFalse(CityLink.objects.exists())


class CityCoveragePageTest(CityTestCase):
    def url(self, city=None):
        return reverse("tasks:city_coverage", args=[(city or self.hp).pk])

    def test_the_city_viewer_and_the_administrator_see_the_roll_up(self):
        self.link("II.1.1:1", ["II.1.1:1"])
        for user in (self.city, self.admin):
            self.login(user)
            response = self.client.get(self.url())
            self.assertContains(response, "Xã A")
            self.assertContains(response, "Chưa xã nào thực hiện nội dung này.")
        response = self.client.get(self.url() + "?show=uncovered")
        self.assertNotContains(response, "<b>Xã A</b>")

    def test_the_communes_staff_and_others_do_not(self):
        for user in (self.clerk, self.standing, self.outsider):
            self.login(user)
            self.assertEqual(self.client.get(self.url()).status_code, 404, user)
        self.login(self.city)
        self.assertEqual(self.client.get(self.url(self.other_city)).status_code, 404)

    def test_it_reads_114_communes_in_as_many_queries_as_two(self):
        self.link("II.1.1", ["II.1.1:1"])
        self.login(self.city)
        with self.assertNumQueries(18) as first:
            self.client.get(self.url())
        # 112 more communes, each linked, three with a program, tasks and key tasks
        more = Organization.objects.bulk_create(
            Organization(name=f"Xã {n:03}", kind=OrgKind.COMMUNE, parent=self.hp)
            for n in range(112)
        )
        for commune in more:
            commune.commune = commune
        Organization.objects.bulk_update(more, ["commune"])
        CityLink.objects.bulk_create(
            CityLink(commune=c, place="II.2", serves=["II.2", "II.1.1:2"]) for c in more
        )
        for commune in more[:3]:
            make_program(commune)
        found = city_coverage(self.hp, TODAY)
        self.assertEqual((len(found.communes), found.linked), (114, 113))
        with self.assertNumQueries(len(first.captured_queries)):
            response = self.client.get(self.url())
        self.assertContains(response, "Xã 111")
