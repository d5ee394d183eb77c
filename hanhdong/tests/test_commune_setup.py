"""A commune set up from nothing: the site administrator adds it (with the standard units of
a commune), the Party Office gives it its users from an Excel sheet, each of whom chooses
their own password at first login (its program's import: ``imports/tests/test_fresh_commune``)."""

import errno
import getpass
import io
import re
import shutil
import tempfile
from io import StringIO
from pathlib import Path
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from hanhdong.audit.models import AuditEntry
from hanhdong.orgs import services
from hanhdong.orgs.models import FirstLogin, Membership, Organization, OrgKind, Role
from hanhdong.orgs.sheets import HEADINGS
from hanhdong.programs.models import Program
from hanhdong.test import BaseTestCase, seed_path

SEED = seed_path("000_9f14aadca8c603d6.txt")
OFFICER = "Cán bộ cơ quan, đơn vị"  # the roles as the sheet offers them
CLERK = "Chuyên viên Văn phòng Đảng ủy"


def sheet(*rows, headings=HEADINGS) -> bytes:
    book = Workbook()
    book.active.append(headings)
    for row in rows:
        book.active.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def upload(content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile("nguoi-dung.xlsx", content)


class CommuneAddTest(BaseTestCase):
    def test_the_administrator_adds_a_commune_with_the_standard_units(self):
        self.login(self.admin)
        response = self.client.post(
            reverse("orgs:communes"),
            {"city": self.hp.pk, "level": "phuong", "name": "Lê Chân", "code": "hp-lechan"},
        )
        commune = Organization.objects.get(code="hp-lechan")
        self.assertRedirects(response, reverse("orgs:units", args=[commune.pk]))
        self.assertEqual((commune.name, commune.short_name), ("Phường Lê Chân", "Lê Chân"))
        self.assertEqual(commune.parent, self.hp)
        units = Organization.objects.in_commune(commune).exclude(pk=commune.pk)
        kinds = set(units.values_list("kind", flat=True))
        for kind in (
            OrgKind.PARTY_COMMITTEE,
            OrgKind.STANDING_COMMITTEE,
            OrgKind.PARTY_OFFICE,
            OrgKind.INSPECTION_COMMITTEE,
            OrgKind.PEOPLES_COMMITTEE,
            OrgKind.PEOPLES_COUNCIL,
        ):
            self.assertIn(kind, kinds)
        names = set(units.values_list("name", flat=True))
        self.assertIn("Ủy ban nhân dân phường", names)  # its own word
        self.assertFalse(any("xã" in n.split() for n in names))
        self.assertEqual(
            AuditEntry.objects.filter(object_id__in=[str(u.pk) for u in units]).count(),
            units.count(),
        )
        # and it is listed, with its pages
        page = self.client.get(reverse("orgs:communes"))
        self.assertContains(page, "Phường Lê Chân")
        self.assertContains(page, reverse("orgs:users", args=[commune.pk]))

    def test_a_second_commune_of_the_same_name_or_code_is_refused_leaving_nothing(self):
        self.login(self.admin)
        data = {"city": self.hp.pk, "level": "xa", "name": "A", "code": "hp-a2"}
        before = Organization.objects.count()
        response = self.client.post(reverse("orgs:communes"), data)  # "Xã A" exists
        self.assertContains(response, "đã có")
        response = self.client.post(
            reverse("orgs:communes"), {**data, "name": "Mới", "code": "hp-a"}
        )
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context["form"].errors)
        self.assertEqual(Organization.objects.count(), before)

    def test_a_code_already_taken_is_refused_in_words_naming_its_holder(self):
        self.login(self.admin)
        before = Organization.objects.count()
        response = self.client.post(
            reverse("orgs:city_create"), {"code": self.hp.code, "name": "Tỉnh Mới"}, follow=True
        )
        self.assertContains(response, f"Mã “{self.hp.code}” đã được dùng cho {self.hp.name}")
        self.assertNotContains(response, "Constraint")
        data = {"city": self.hp.pk, "level": "xa", "name": "Mới", "code": self.commune.code}
        response = self.client.post(reverse("orgs:communes"), data)
        self.assertContains(response, f"Mã “{self.commune.code}” đã được dùng")
        self.assertEqual(Organization.objects.count(), before)

    def test_nobody_else_adds_communes_or_cities(self):
        for user in (self.clerk, self.standing, self.city):
            self.login(user)
            self.assertEqual(self.client.get(reverse("orgs:communes")).status_code, 403)
            data = {"city": self.hp.pk, "level": "xa", "name": "Mới", "code": "hp-moi"}
            self.assertEqual(self.client.post(reverse("orgs:communes"), data).status_code, 403)
            city = {"code": "qn", "name": "Tỉnh Quảng Ninh"}
            self.assertEqual(self.client.post(reverse("orgs:city_create"), city).status_code, 403)
        self.assertFalse(Organization.objects.filter(code__in=["hp-moi", "qn"]).exists())

    def test_the_commands_add_a_city_and_its_commune(self):
        out = StringIO()
        call_command("city", "add", "qn", "Tỉnh Quảng Ninh", stdout=out)
        call_command("commune", "add", "qn-bachdang", "Bạch Đằng", "--city", "qn", stdout=out)
        commune = Organization.objects.get(code="qn-bachdang")
        self.assertEqual(commune.parent.code, "qn")
        self.assertIn("Xã Bạch Đằng", out.getvalue())
        self.assertIn("đã thêm Xã Bạch Đằng (qn-bachdang) thuộc Tỉnh Quảng Ninh", out.getvalue())
        with self.assertRaisesMessage(CommandError, "không có thành phố, tỉnh nào mã “nowhere”"):
            call_command("commune", "add", "x-y", "Y", "--city", "nowhere")

    def test_the_commands_speak_english_when_asked(self):
        out = StringIO()
        call_command("city", "add", "qn", "Tỉnh Quảng Ninh", stdout=out)
        with self.settings(HANHDONG_CLI_LANGUAGE="en"):
            call_command("commune", "add", "qn-yenhung", "Yên Hưng", "--city", "qn", stdout=out)
            with self.assertRaisesMessage(CommandError, "no city or province with code"):
                call_command("commune", "add", "x-y", "Y", "--city", "nowhere")
        self.assertIn("added Xã Yên Hưng (qn-yenhung) of Tỉnh Quảng Ninh", out.getvalue())


class UsersSheetTest(BaseTestCase):
    def post(self, content):
        return self.client.post(
            reverse("orgs:users_import", args=[self.commune.pk]), {"file": upload(content)}
        )

    def test_the_template_lists_the_communes_units_and_offers_the_roles(self):
        self.login(self.clerk)
        response = self.client.get(reverse("orgs:users_sheet", args=[self.commune.pk]))
        book = load_workbook(io.BytesIO(response.content))
        self.assertEqual([c.value for c in book.worksheets[0][1]], HEADINGS)
        units = [row[0] for row in book.worksheets[1].iter_rows(min_row=2, values_only=True)]
        self.assertIn("Ủy ban nhân dân xã", units)
        self.assertNotIn("Văn phòng Đảng ủy", units[units.index("Ủy ban nhân dân xã") + 1 :])
        roles = [row[0] for row in book["Vai trò"].iter_rows(min_row=2, values_only=True)]
        self.assertIn("Cán bộ cơ quan, đơn vị", roles)  # one choice, its comma and all
        formulas = {str(v.formula1) for v in book.worksheets[0].data_validations.dataValidation}
        self.assertIn("'Vai trò'!$A$2:$A$6", formulas)

    def test_every_row_is_added_with_a_temporary_password_shown_once(self):
        self.login(self.clerk)
        response = self.post(
            sheet(
                [
                    "Nguyễn Văn Hùng",
                    "hung.ubnd",
                    "hung@example.org",
                    "UBND xã",
                    "Cán bộ cơ quan, đơn vị",
                ],
                ["Trần Thị Mai", "mai.xdd", "", "Ban XDĐ", "officer"],
            )
        )
        self.assertEqual(response.status_code, 200)
        hung = Membership.objects.get(user__username="hung.ubnd")
        self.assertEqual((hung.organization, hung.role), (self.agency_a, Role.OFFICER))
        self.assertEqual(hung.user.get_full_name(), "Nguyễn Văn Hùng")
        self.assertEqual(
            Membership.objects.get(user__username="mai.xdd").organization, self.agency_b
        )
        made = dict((u.username, p) for u, p in response.context["made"])
        self.assertContains(response, made["hung.ubnd"])
        self.assertTrue(hung.user.check_password(made["hung.ubnd"]))
        self.assertEqual(FirstLogin.objects.filter(user__username__in=made).count(), 2)
        # the password is not kept anywhere it could be shown again
        again = self.client.get(reverse("orgs:users", args=[self.commune.pk]))
        self.assertNotContains(again, made["hung.ubnd"])
        self.assertFalse(AuditEntry.objects.filter(changes__icontains=made["hung.ubnd"]).exists())

    def test_one_bad_row_adds_nobody_and_says_which(self):
        self.login(self.clerk)
        before = Membership.objects.count()
        response = self.post(
            sheet(
                ["Nguyễn Văn Hùng", "hung.ubnd", "", "UBND xã", OFFICER],
                ["Trần Thị Mai", "clerk", "không-phải-email", "Ban Không Có", "Chủ tịch"],
                ["Lê Văn Ba", "hung.ubnd", "", "UBND xã", "officer"],
            )
        )
        self.assertEqual(Membership.objects.count(), before)
        errors = response.context["errors"]
        self.assertEqual(len(errors), 2)
        self.assertTrue(errors[0].startswith("Dòng 3:"), errors[0])
        for words in ("clerk", "email", "Ban Không Có", "vai trò"):
            self.assertIn(words, errors[0])
        self.assertTrue(errors[1].startswith("Dòng 4:"), errors[1])

    def test_a_file_that_is_not_the_sheet_gets_a_clear_message(self):
        self.login(self.clerk)
        for content, words in (
            (b"not a workbook", "không phải"),
            (sheet(["a", "b"], headings=["Tên", "Email"]), "Họ và tên"),
            (sheet(), "chưa có dòng"),
        ):
            response = self.post(content)
            self.assertEqual(response.status_code, 200)
            self.assertIn(words, " ".join(response.context["errors"]))
        self.assertFalse(FirstLogin.objects.exists())

    def test_a_clerk_gives_users_only_to_her_own_commune(self):
        self.login(self.outsider)
        response = self.post(sheet(["Nguyễn Văn Hùng", "hung", "", "UBND xã", "officer"]))
        self.assertIn(response.status_code, (403, 404))
        self.assertFalse(Membership.objects.filter(user__username="hung").exists())

    def test_the_command_imports_the_sheet_and_prints_the_passwords(self, *args):
        path = self.tmp_sheet(sheet(["Nguyễn Văn Hùng", "hung", "", "UBND xã", "officer"]))
        out = StringIO()
        call_command("users", "import", str(path), "--commune", "hp-a", stdout=out)
        self.assertIn("hung", out.getvalue())
        self.assertTrue(FirstLogin.objects.filter(user__username="hung").exists())

    def test_a_file_the_command_cannot_use_is_named_in_a_line_of_its_own(self):
        folder = self.tmp_sheet(sheet()).parent
        for path, reason in (
            (folder / "missing" / "users.xlsx", "không có tệp hay thư mục"),
            (folder, "là một thư mục"),
        ):
            with self.assertRaisesMessage(CommandError, f"không dùng được {path}: {reason}"):
                call_command("users", "template", str(path), "--commune", "hp-a")
        user = getpass.getuser()
        denied = OSError(errno.EACCES, "Permission denied", "/root/users.xlsx")
        told = f"không có quyền (lệnh chạy với người dùng {user})"
        with (
            mock.patch.object(Path, "write_bytes", side_effect=denied),
            self.assertRaisesMessage(CommandError, told),
        ):
            call_command("users", "template", "users.xlsx", "--commune", "hp-a")

    def tmp_sheet(self, content):
        import tempfile
        from pathlib import Path

        folder = Path(tempfile.mkdtemp())
        self.addCleanup(lambda: [p.unlink() for p in folder.iterdir()] and folder.rmdir())
        path = folder / "users.xlsx"
        path.write_bytes(content)
        return path


class FirstLoginTest(BaseTestCase):
    def test_a_temporary_password_must_be_changed_before_anything_else(self):
        user, password = self.import_one()
        client = Client()
        response = client.post(reverse("login"), {"username": "hung", "password": password})
        self.assertRedirects(response, reverse("programs:home"), fetch_redirect_response=False)
        for url in (reverse("programs:home"), reverse("programs:overview", args=[self.program.pk])):
            self.assertRedirects(client.get(url), reverse("password_change"))
        self.assertContains(client.get(reverse("password_change")), "mật khẩu tạm thời")
        new = "Mot-mat-khau-rieng-2026"
        response = client.post(
            reverse("password_change"),
            {"old_password": password, "new_password1": new, "new_password2": new},
        )
        self.assertEqual(response.status_code, 302)
        self.assertFalse(FirstLogin.objects.filter(user=user).exists())
        self.assertEqual(client.get(reverse("programs:home")).status_code, 302)  # its commune
        self.assertEqual(
            client.get(reverse("programs:overview", args=[self.program.pk])).status_code, 200
        )
        # and the next login asks nothing more
        again = Client()
        again.post(reverse("login"), {"username": "hung", "password": new})
        self.assertNotContains(again.get(reverse("password_change")), "mật khẩu tạm thời")
        self.assertEqual(
            again.get(reverse("programs:overview", args=[self.program.pk])).status_code, 200
        )

    def test_logging_out_is_not_blocked(self):
        _user, password = self.import_one()
        client = Client()
        client.post(reverse("login"), {"username": "hung", "password": password})
        self.assertEqual(client.post(reverse("logout")).status_code, 302)
        self.assertNotIn("_auth_user_id", client.session)

    def import_one(self):
        rows = [
            {
                "full_name": "Nguyễn Văn Hùng",
                "username": "hung",
                "email": "",
                "unit": self.agency_a,
                "role": Role.OFFICER,
            }
        ]
        [(user, password)] = services.users_import(
            acting_user=self.clerk, commune=self.commune, rows=rows
        )
        return user, password


@pytest.mark.skipif(not SEED.exists(), reason=f"the seed is not at {SEED}")
class CommandLineTest(BaseTestCase):
    def test_a_commune_its_users_and_its_program_from_the_command_line(self):
        out, err = StringIO(), StringIO()
        call_command("commune", "add", "hp-tienlang", "Tiên Lãng", "--city", "hp", stdout=out)
        folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, folder)
        users = folder / "nguoi-dung.xlsx"
        users.write_bytes(
            sheet(
                [
                    "Phạm Thị Lan",
                    "lan.vp",
                    "",
                    "Văn phòng Đảng ủy",
                    "Chuyên viên Văn phòng Đảng ủy",
                ],
                ["Nguyễn Văn Nam", "nam.ubnd", "", "Ủy ban nhân dân xã", OFFICER],
            )
        )
        call_command("users", "import", str(users), "--commune", "hp-tienlang", stdout=out)
        call_command("import", str(SEED), "--commune", "hp-tienlang", stdout=out, stderr=err)
        self.assertIn("văn bản do xã Nghi Dương ban hành", err.getvalue())
        linked, total = map(
            int,
            re.search(r"(\d+) trên (\d+) nhiệm vụ trọng tâm đã gắn", err.getvalue()).groups(),
        )
        self.assertEqual(total, 27)
        self.assertGreaterEqual(linked, 25)
        # each new user logs in with the password printed, sets their own, sees the program
        program = Program.objects.get(commune__code="hp-tienlang")
        for username in ("lan.vp", "nam.ubnd"):
            password = re.search(rf"{re.escape(username)}\s+(\S+)", out.getvalue()).group(1)
            client = Client()
            client.post(reverse("login"), {"username": username, "password": password})
            new = f"Rieng-cua-{username}-2026"
            client.post(
                reverse("password_change"),
                {"old_password": password, "new_password1": new, "new_password2": new},
            )
            page = client.get(reverse("programs:overview", args=[program.pk]))
            self.assertContains(page, program.title[:40])
