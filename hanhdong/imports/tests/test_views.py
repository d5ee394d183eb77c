from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from hanhdong.imports.models import ImportDraft
from hanhdong.programs.models import Program
from hanhdong.test import BaseTestCase

DATA = Path(__file__).parent / "data"
NOT_EDITORS = ["standing", "officer_a", "officer_b", "inspector", "supervisor", "city"]


def upload(name="xa_an_lac.txt", content=None):
    return SimpleUploadedFile(name, content or (DATA / name).read_bytes())


class ImportViewsTest(BaseTestCase):
    def url(self):
        return reverse("imports:upload", args=[self.commune.pk])

    def make_draft(self):
        self.login(self.clerk)
        response = self.client.post(self.url(), {"file": upload()})
        return ImportDraft.objects.get(), response

    def test_the_clerk_uploads_previews_corrects_and_saves(self):
        draft, response = self.make_draft()
        self.assertRedirects(response, reverse("imports:preview", args=[draft.pk]))
        preview = self.client.get(reverse("imports:preview", args=[draft.pk]))
        self.assertContains(preview, "Kết nạp từ 40 đảng viên mới")  # a key task, read
        form = preview.context["form"]
        data = {f"agency_{i}": "" for i, _ in enumerate(form.names)}
        lead = form.names.index("Ủy ban nhân dân xã")
        self.assertEqual(form[f"agency_{lead}"].initial, str(self.agency_a.pk))
        data[f"agency_{lead}"] = str(self.agency_b.pk)  # the clerk's correction
        response = self.client.post(reverse("imports:preview", args=[draft.pk]), data)
        program = Program.objects.exclude(pk=self.program.pk).get()
        self.assertRedirects(response, reverse("programs:overview", args=[program.pk]))
        self.assertTrue(
            program.key_tasks.filter(lead=self.agency_b, lead_text="Ủy ban nhân dân xã").exists()
        )
        self.assertFalse(program.key_tasks.filter(lead=self.agency_a).exists())

    def test_an_unreadable_file_comes_back_with_a_vietnamese_message(self):
        self.login(self.clerk)
        response = self.client.post(self.url(), {"file": upload("x.png", b"\x89PNG\r\n\0\0")})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "tệp không được hỗ trợ")
        self.assertFalse(ImportDraft.objects.exists())

    def test_a_revision_shows_its_change_list_in_the_preview(self):
        self.login(self.clerk)
        self.client.post(self.url(), {"file": upload(), "program": self.program.pk})
        draft = ImportDraft.objects.get()
        preview = self.client.get(reverse("imports:preview", args=[draft.pk]))
        self.assertEqual(len(preview.context["changes"]["key_tasks"]["added"]), 9)
        self.assertContains(preview, "Lưu thành lần điều chỉnh mới")

    def test_the_clerk_discards_a_draft(self):
        draft, _ = self.make_draft()
        response = self.client.post(reverse("imports:discard", args=[draft.pk]))
        self.assertRedirects(response, self.url())
        self.assertFalse(ImportDraft.objects.exists())

    def test_others_may_not_import(self):
        draft, _ = self.make_draft()
        for name in NOT_EDITORS:
            self.login(getattr(self, name))
            with self.subTest(user=name):
                self.assertEqual(self.client.post(self.url(), {"file": upload()}).status_code, 403)
                self.assertEqual(
                    self.client.get(reverse("imports:preview", args=[draft.pk])).status_code,
                    403,
                )
                self.assertEqual(
                    self.client.post(reverse("imports:preview", args=[draft.pk]), {}).status_code,
                    403,
                )
                self.assertEqual(
                    self.client.post(reverse("imports:discard", args=[draft.pk])).status_code,
                    403,
                )
        self.assertEqual(ImportDraft.objects.count(), 1)
        self.assertEqual(Program.objects.count(), 1)

    def test_another_commune_gets_not_found(self):
        draft, _ = self.make_draft()
        self.login(self.outsider)
        self.assertEqual(self.client.post(self.url(), {"file": upload()}).status_code, 404)
        for name in ("imports:preview", "imports:discard"):
            self.assertEqual(self.client.post(reverse(name, args=[draft.pk])).status_code, 404)

    def test_it_refuses_other_methods(self):
        draft, _ = self.make_draft()
        self.assertEqual(self.client.put(self.url()).status_code, 405)
        self.assertEqual(
            self.client.delete(reverse("imports:preview", args=[draft.pk])).status_code, 405
        )
        self.assertEqual(
            self.client.get(reverse("imports:discard", args=[draft.pk])).status_code, 405
        )


class RevisionPageTest(BaseTestCase):
    def test_the_change_list_stays_readable_after_saving(self):
        self.login(self.clerk)
        self.client.post(
            reverse("imports:upload", args=[self.commune.pk]),
            {"file": upload(), "program": self.program.pk},
        )
        draft = ImportDraft.objects.get()
        form = self.client.get(reverse("imports:preview", args=[draft.pk])).context["form"]
        self.client.post(
            reverse("imports:preview", args=[draft.pk]),
            {f"agency_{i}": "" for i, _ in enumerate(form.names)},
        )
        self.login(self.supervisor)
        page = self.client.get(reverse("programs:revision", args=[self.program.pk, 1]))
        self.assertEqual(page.status_code, 200)
        self.assertEqual(len(page.context["changes"]["key_tasks"]["added"]), 9)
        overview = self.client.get(reverse("programs:overview", args=[self.program.pk]))
        self.assertContains(overview, reverse("programs:revision", args=[self.program.pk, 1]))
        self.login(self.outsider)
        page = self.client.get(reverse("programs:revision", args=[self.program.pk, 1]))
        self.assertEqual(page.status_code, 404)
