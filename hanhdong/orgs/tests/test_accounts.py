"""Accounts that cannot be taken: password guessing locked out, a forgotten password reset
by email, a second factor (required of site administrators), and no clerk managing someone
who also works elsewhere."""

import re

from django.core import mail
from django.test import Client
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from hanhdong.orgs.models import Membership, Role
from hanhdong.test import PASSWORD, BaseTestCase, make_org, make_user


def code(device: TOTPDevice) -> str:
    """The code the user's authenticator app shows now."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def log_in(client, username, password=PASSWORD, address="203.0.113.1"):
    return client.post(
        reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=address
    )


class LockoutTest(BaseTestCase):
    def test_five_wrong_passwords_lock_the_account_on_that_computer(self):
        client = Client()
        for _attempt in range(4):
            self.assertEqual(log_in(client, "clerk", "sai-mat-khau").status_code, 200)
        self.assertEqual(log_in(client, "clerk", "sai-mat-khau").status_code, 429)  # the fifth
        locked = log_in(client, "clerk")  # the right password, too late
        self.assertEqual(locked.status_code, 429)
        self.assertContains(locked, "Nhập sai mật khẩu quá nhiều lần", status_code=429)
        self.assertNotIn("_auth_user_id", client.session)
        # the clerk on her own computer still logs in
        self.assertEqual(log_in(Client(), "clerk", address="203.0.113.2").status_code, 302)

    def test_a_right_password_before_the_limit_starts_the_count_again(self):
        client = Client()
        for _attempt in range(4):
            log_in(client, "clerk", "sai-mat-khau")
        self.assertEqual(log_in(client, "clerk").status_code, 302)
        client.logout()
        for _attempt in range(4):
            log_in(client, "clerk", "sai-mat-khau")
        self.assertEqual(log_in(client, "clerk").status_code, 302)


class PasswordResetTest(BaseTestCase):
    def test_a_forgotten_password_is_set_again_from_a_link_by_email(self):
        self.clerk.email = "vanphong@example.org"
        self.clerk.save()
        self.assertContains(self.client.get(reverse("login")), reverse("password_reset"))
        self.client.post(reverse("password_reset"), {"email": "vanphong@example.org"})
        self.assertEqual(len(mail.outbox), 1)
        link = re.search(r"http://testserver(/password/reset/\S+)", mail.outbox[0].body).group(1)
        form = self.client.get(link, follow=True)
        new = "mat-khau-moi-2026"
        done = self.client.post(
            form.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}
        )
        self.assertRedirects(done, reverse("password_reset_complete"))
        self.assertEqual(log_in(Client(), "clerk", new).status_code, 302)

    def test_an_unknown_address_gets_the_same_answer_and_no_mail(self):
        response = self.client.post(reverse("password_reset"), {"email": "ai@example.org"})
        self.assertRedirects(response, reverse("password_reset_done"))
        self.assertEqual(mail.outbox, [])


class SecondFactorTest(BaseTestCase):
    def test_a_site_administrator_must_set_one_up_before_anything_else(self):
        client = Client()
        self.assertEqual(log_in(client, "admin").status_code, 302)
        overview = reverse("programs:overview", args=[self.program.pk])
        sent = client.get(overview)
        self.assertTrue(sent["Location"].startswith(reverse("orgs:setup")))
        self.assertEqual(client.get("/admin/").status_code, 302)  # nor the admin
        client.post(reverse("orgs:setup"))
        page = client.get(reverse("orgs:setup"))
        self.assertContains(page, "data:image/svg+xml")  # the QR code
        device = TOTPDevice.objects.get(user=self.admin, confirmed=False)
        wrong = client.post(reverse("orgs:confirm"), {"code": "000000"}, follow=True)
        self.assertContains(wrong, "không đúng")
        device.refresh_from_db()
        device.throttle_reset()  # a failed code makes the next one wait a moment
        client.post(reverse("orgs:confirm"), {"code": code(device)})
        self.assertEqual(client.get(overview).status_code, 200)
        device.refresh_from_db()
        self.assertTrue(device.confirmed)

    def test_a_member_of_staff_with_one_gives_a_code_at_each_login(self):
        device = TOTPDevice.objects.create(user=self.clerk, name="phone", confirmed=True)
        client = Client()
        log_in(client, "clerk")
        overview = reverse("programs:overview", args=[self.program.pk])
        self.assertTrue(client.get(overview)["Location"].startswith(reverse("orgs:second_factor")))
        refused = client.post(reverse("orgs:second_factor"), {"code": "123456"})
        self.assertContains(refused, "không đúng")
        self.assertEqual(client.get(overview).status_code, 302)
        device.throttle_reset()  # a failed code makes the next one wait a moment
        client.post(reverse("orgs:second_factor"), {"code": code(device), "next": overview})
        self.assertEqual(client.get(overview).status_code, 200)

    def test_without_one_a_member_of_staff_goes_straight_in_and_may_turn_it_on(self):
        client = Client()
        log_in(client, "officer_a")
        self.assertEqual(client.get(reverse("reports:mine")).status_code, 200)
        client.post(reverse("orgs:setup"))
        device = TOTPDevice.objects.get(user=self.officer_a)
        client.post(reverse("orgs:confirm"), {"code": code(device)})
        device.refresh_from_db()
        self.assertTrue(device.confirmed)
        self.assertEqual(client.get(reverse("reports:mine")).status_code, 200)


class CrossCommuneTest(BaseTestCase):
    """A clerk manages only users whose every role lies in the clerk's commune."""

    def test_a_user_who_is_also_clerk_elsewhere_is_the_site_administrator_s(self):
        both = make_user("hai_noi", (self.agency_a, Role.OFFICER), (self.office_c, Role.CLERK))
        edit = reverse("orgs:user_edit", args=[self.commune.pk, both.pk])
        self.login(self.clerk)
        self.assertEqual(self.client.get(edit).status_code, 404)
        data = {"username": "hai_noi", "password": "chiem-tai-khoan-99", "roles": []}
        self.assertEqual(self.client.post(edit, data).status_code, 404)
        both.refresh_from_db()
        self.assertTrue(both.check_password(PASSWORD))  # not taken over
        listed = self.client.get(reverse("orgs:users", args=[self.commune.pk]))
        self.assertContains(listed, "hai_noi")
        self.assertNotContains(listed, edit)
        self.login(self.admin)
        self.assertEqual(self.client.get(edit).status_code, 200)

    def test_editing_a_user_shows_and_keeps_every_role(self):
        user = make_user("hai_vai", (self.agency_a, Role.OFFICER), (self.hdnd, Role.SUPERVISOR))
        edit = reverse("orgs:user_edit", args=[self.commune.pk, user.pk])
        self.login(self.clerk)
        page = self.client.get(edit)
        held = page.context["form"].fields["roles"].initial
        self.assertEqual(len(held), 2)
        self.assertContains(page, "Hội đồng nhân dân xã")
        response = self.client.post(
            edit, {"username": "hai_vai", "first_name": "Đổi", "is_active": "on", "roles": held}
        )
        self.assertEqual(response.status_code, 302)
        roles = set(Membership.objects.filter(user=user).values_list("role", flat=True))
        self.assertEqual(roles, {Role.OFFICER, Role.SUPERVISOR})
        # one unticked, one added
        unit = make_org("Chi bộ thôn 1", "party_cell", self.party)
        self.client.post(
            edit,
            {
                "username": "hai_vai",
                "is_active": "on",
                "roles": held[:1],
                "organization": unit.pk,
                "role": Role.OFFICER,
            },
        )
        self.assertEqual(Membership.objects.filter(user=user).count(), 2)
        self.assertTrue(Membership.objects.filter(user=user, organization=unit).exists())
