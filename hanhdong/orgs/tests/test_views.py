from django.contrib.auth import get_user_model
from django.urls import reverse

from hanhdong.audit.models import AuditEntry
from hanhdong.orgs.models import Membership, Organization, OrgKind, Role
from hanhdong.test import BaseTestCase

NOT_MANAGERS = ["standing", "officer_a", "officer_b", "inspector", "supervisor", "city"]


class UnitViewsTest(BaseTestCase):
    def new_unit(self, **changes):
        data = {
            "name": "Phòng Kinh tế",
            "short_name": "",
            "kind": OrgKind.DEPARTMENT,
            "parent": self.agency_a.pk,
            "aliases": "",
            "position": 3,
            "is_active": "on",
        }
        data.update(changes)
        return data

    def test_the_clerk_lists_the_commune_units_as_a_tree(self):
        self.login(self.clerk)
        response = self.client.get(reverse("orgs:units", args=[self.commune.pk]))
        self.assertEqual(response.status_code, 200)
        depths = {org.name: depth for org, depth in response.context["rows"]}
        self.assertEqual(depths["Xã A"], 0)
        self.assertEqual(depths["Đảng ủy xã A"], 1)
        self.assertEqual(depths["Ban Thường vụ Đảng ủy"], 2)
        self.assertNotIn("Xã B", depths)

    def test_the_clerk_adds_a_unit(self):
        self.login(self.clerk)
        url = reverse("orgs:unit_create", args=[self.commune.pk])
        response = self.client.post(url, self.new_unit())
        self.assertRedirects(response, reverse("orgs:units", args=[self.commune.pk]))
        unit = Organization.objects.get(name="Phòng Kinh tế")
        self.assertEqual(unit.commune, self.commune)
        self.assertEqual(AuditEntry.objects.for_object(unit).get().actor, self.clerk)

    def test_a_unit_with_a_taken_name_is_refused_with_the_form_kept(self):
        self.login(self.clerk)
        url = reverse("orgs:unit_create", args=[self.commune.pk])
        response = self.client.post(url, self.new_unit(name="Hội đồng nhân dân xã"))
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context["form"].errors)
        self.assertEqual(Organization.objects.filter(name="Hội đồng nhân dân xã").count(), 1)

    def test_the_clerk_edits_a_unit_and_its_history_shows(self):
        self.login(self.clerk)
        url = reverse("orgs:unit_edit", args=[self.hdnd.pk])
        data = self.new_unit(name="HĐND xã A", kind=OrgKind.PEOPLES_COUNCIL, parent=self.commune.pk)
        self.assertEqual(self.client.post(url, data).status_code, 302)
        self.hdnd.refresh_from_db()
        self.assertEqual(self.hdnd.name, "HĐND xã A")
        response = self.client.get(url)
        self.assertContains(response, "Hội đồng nhân dân xã")  # the old name, in the history

    def test_a_unit_cannot_be_placed_under_itself(self):
        self.login(self.clerk)
        url = reverse("orgs:unit_edit", args=[self.party.pk])
        data = self.new_unit(name=self.party.name, kind=OrgKind.PARTY_COMMITTEE, parent=self.btv.pk)
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.party.refresh_from_db()
        self.assertEqual(self.party.parent, self.commune)

    def test_others_may_not_manage_units(self):
        urls = [
            reverse("orgs:units", args=[self.commune.pk]),
            reverse("orgs:unit_create", args=[self.commune.pk]),
            reverse("orgs:unit_edit", args=[self.hdnd.pk]),
        ]
        for name in NOT_MANAGERS:
            self.login(getattr(self, name))
            for url in urls:
                with self.subTest(user=name, url=url):
                    self.assertEqual(self.client.get(url).status_code, 403)
            self.assertEqual(self.client.post(urls[1], self.new_unit()).status_code, 403)
        self.assertFalse(Organization.objects.filter(name="Phòng Kinh tế").exists())

    def test_another_commune_gets_not_found(self):
        self.login(self.outsider)
        self.assertEqual(
            self.client.post(reverse("orgs:unit_edit", args=[self.hdnd.pk]), {}).status_code, 404
        )
        self.assertEqual(
            self.client.post(
                reverse("orgs:unit_create", args=[self.commune.pk]), self.new_unit()
            ).status_code,
            404,
        )

    def test_it_refuses_other_methods(self):
        self.login(self.clerk)
        self.assertEqual(
            self.client.post(reverse("orgs:units", args=[self.commune.pk])).status_code, 405
        )
        for url in (
            reverse("orgs:unit_create", args=[self.commune.pk]),
            reverse("orgs:unit_edit", args=[self.hdnd.pk]),
        ):
            self.assertEqual(self.client.put(url).status_code, 405)
            self.assertEqual(self.client.delete(url).status_code, 405)


class UserViewsTest(BaseTestCase):
    def new_user(self, **changes):
        data = {
            "username": "canbo1",
            "first_name": "Nguyễn Văn",
            "last_name": "An",
            "email": "",
            "password": "mat-khau-dai-2025",
            "is_active": "on",
            "organization": self.agency_a.pk,
            "role": Role.OFFICER,
        }
        data.update(changes)
        return data

    def test_the_clerk_creates_a_user_with_a_role(self):
        self.login(self.clerk)
        response = self.client.post(
            reverse("orgs:user_create", args=[self.commune.pk]), self.new_user()
        )
        self.assertEqual(response.status_code, 302)
        user = get_user_model().objects.get(username="canbo1")
        self.assertTrue(user.check_password("mat-khau-dai-2025"))
        self.assertEqual(Membership.objects.get(user=user).organization, self.agency_a)
        self.assertEqual(AuditEntry.objects.for_object(user).get().actor, self.clerk)

    def test_a_weak_password_is_refused_and_nothing_is_written(self):
        self.login(self.clerk)
        response = self.client.post(
            reverse("orgs:user_create", args=[self.commune.pk]), self.new_user(password="123")
        )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(get_user_model().objects.filter(username="canbo1").exists())

    def test_the_clerk_changes_a_role_and_locks_a_user(self):
        self.login(self.clerk)
        url = reverse("orgs:user_edit", args=[self.commune.pk, self.officer_a.pk])
        data = self.new_user(username="officer_a", password="", organization=self.agency_b.pk)
        del data["is_active"]
        self.assertEqual(self.client.post(url, data).status_code, 302)
        self.officer_a.refresh_from_db()
        self.assertFalse(self.officer_a.is_active)
        self.assertEqual(
            list(
                Membership.objects.filter(user=self.officer_a).values_list(
                    "organization", flat=True
                )
            ),
            [self.agency_b.pk],
        )

    def test_the_clerk_sees_only_the_commune_users(self):
        self.login(self.clerk)
        response = self.client.get(reverse("orgs:users", args=[self.commune.pk]))
        names = {u.username for u in response.context["users"]}
        self.assertIn("officer_a", names)
        self.assertNotIn("outsider", names)
        self.assertNotIn("city", names)
        url = reverse("orgs:user_edit", args=[self.commune.pk, self.outsider.pk])
        self.assertEqual(self.client.get(url).status_code, 404)

    def test_others_may_not_manage_users(self):
        for name in NOT_MANAGERS:
            self.login(getattr(self, name))
            with self.subTest(user=name):
                self.assertEqual(
                    self.client.post(
                        reverse("orgs:user_create", args=[self.commune.pk]), self.new_user()
                    ).status_code,
                    403,
                )
                self.assertEqual(
                    self.client.post(
                        reverse("orgs:user_edit", args=[self.commune.pk, self.officer_a.pk]),
                        self.new_user(username="officer_a"),
                    ).status_code,
                    403,
                )
        self.assertFalse(get_user_model().objects.filter(username="canbo1").exists())

    def test_another_commune_gets_not_found(self):
        self.login(self.outsider)
        response = self.client.post(
            reverse("orgs:user_create", args=[self.commune.pk]), self.new_user()
        )
        self.assertEqual(response.status_code, 404)

    def test_it_refuses_other_methods(self):
        self.login(self.clerk)
        for url in (
            reverse("orgs:user_create", args=[self.commune.pk]),
            reverse("orgs:user_edit", args=[self.commune.pk, self.officer_a.pk]),
        ):
            self.assertEqual(self.client.put(url).status_code, 405)
        self.assertEqual(
            self.client.post(reverse("orgs:users", args=[self.commune.pk])).status_code, 405
        )


class AdminTest(BaseTestCase):
    """The admin shows the audited models and changes none of them: changes go through the
    services, which record them."""

    def test_the_site_administrator_reads_but_does_not_change(self):
        self.login(self.admin)
        unit = reverse("admin:orgs_organization_change", args=[self.agency_a.pk])
        self.assertEqual(self.client.get(unit).status_code, 200)
        response = self.client.post(unit, {"name": "Đổi tên", "kind": self.agency_a.kind})
        self.assertEqual(response.status_code, 403)
        self.agency_a.refresh_from_db()
        self.assertEqual(self.agency_a.name, "Ủy ban nhân dân xã")
        for name in (
            "admin:orgs_organization_add",
            "admin:programs_program_add",
            "admin:targets_target_add",
            "admin:auth_user_add",
        ):
            with self.subTest(url=name):
                self.assertEqual(self.client.get(reverse(name)).status_code, 403)
        delete = reverse("admin:auth_user_delete", args=[self.clerk.pk])
        self.assertEqual(self.client.post(delete, {"post": "yes"}).status_code, 403)
        self.assertTrue(type(self.clerk).objects.filter(pk=self.clerk.pk).exists())
        password = reverse("admin:auth_user_changelist") + f"{self.clerk.pk}/password/"
        self.assertNotContains(self.client.get(password, follow=True), 'name="password1"')
