from hanhdong.orgs.access import reach_of
from hanhdong.test import BaseTestCase


class ReachTest(BaseTestCase):
    def communes(self, user):
        return sorted(c.name for c in reach_of(user).communes())

    def test_commune_roles_reach_their_commune_only(self):
        for user in (self.standing, self.clerk, self.officer_a, self.inspector, self.supervisor):
            self.assertEqual(self.communes(user), ["Xã A"])
        self.assertEqual(self.communes(self.outsider), ["Xã C"])

    def test_a_city_viewer_reaches_every_commune_of_the_city(self):
        self.assertEqual(self.communes(self.city), ["Xã A", "Xã B"])
        self.assertFalse(reach_of(self.city).can_read(self.commune_c.pk))

    def test_the_site_administrator_reaches_everything(self):
        self.assertEqual(self.communes(self.admin), ["Xã A", "Xã B", "Xã C"])

    def test_only_the_clerk_and_the_administrator_edit_the_program(self):
        editors = [
            u.username
            for u in (
                self.standing,
                self.clerk,
                self.officer_a,
                self.inspector,
                self.supervisor,
                self.city,
                self.outsider,
                self.admin,
            )
            if reach_of(u).can_edit_program(self.commune.pk)
        ]
        self.assertEqual(editors, ["clerk", "admin"])

    def test_an_officer_edits_only_the_tasks_their_agency_leads(self):
        reach = reach_of(self.officer_a)
        editable = [n for n, t in self.tasks.items() if reach.can_write_task(t)]
        self.assertEqual(editable, [2, 3, 4])

    def test_a_locked_user_reaches_nothing(self):
        self.clerk.is_active = False
        self.assertEqual(self.communes(self.clerk), [])
