import datetime as dt
import io
import json
import zipfile
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from hanhdong.imports.models import ImportDraft
from hanhdong.imports.services import import_draft_save
from hanhdong.orgs.models import OrgKind, Role
from hanhdong.programs.models import Program
from hanhdong.test import BaseTestCase, make_org, make_program, make_user, program_doc

DATA = Path(__file__).parent / "data"
NOT_EDITORS = ["standing", "officer_a", "officer_b", "inspector", "supervisor", "city"]


def upload(name="xa_an_lac.txt", content=None):
    return SimpleUploadedFile(name, (DATA / name).read_bytes() if content is None else content)


def as_offered(form) -> dict:
    """The preview's form posted as the page fills it in."""
    data = {f"agency_{i}": form.fields[f"agency_{i}"].initial or "" for i in range(len(form.names))}
    issued_on = form["issued_on"].value()
    return data | {
        "number": form["number"].value(),
        "issued_on": issued_on.strftime("%d/%m/%Y") if issued_on else "",
        "title": form["title"].value(),
        "term_start": form["term_start"].value(),
        "term_end": form["term_end"].value(),
    }


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
        data = as_offered(form) | {f"agency_{i}": "" for i, _ in enumerate(form.names)}
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
        self.assertEqual(len(preview.context["changes"]["key_tasks"]["added"]), 12)
        self.assertContains(preview, "Lưu thành lần điều chỉnh mới")

    def test_a_revisions_changes_are_told_in_words_in_the_preview(self):
        doc = program_doc(number=self.program.number)
        doc["key_tasks"][1]["lead"] = "Ban Xây dựng Đảng"
        doc["targets"][0]["comparison"] = "<="
        self.login(self.clerk)
        self.client.post(
            self.url(),
            {
                "file": upload("ctr.json", json.dumps(doc).encode()),
                "program": self.program.pk,
            },
        )
        draft = ImportDraft.objects.get()
        preview = self.client.get(reverse("imports:preview", args=[draft.pk]))
        changes = preview.context["changes"]
        self.assertTrue(changes["key_tasks"]["changed"] and changes["targets"]["changed"])
        text = preview.content.decode()
        self.assertIn("Cơ quan chủ trì", text)  # the column by its name, not "lead"
        self.assertIn("→ <ins>tối đa</ins>", text)  # the comparison by its word, not "<="
        for raw in ("<b>lead</b>", "&lt;=", "&gt;=", "comparison <del>"):
            self.assertNotIn(raw, text)

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
            as_offered(form) | {f"agency_{i}": "" for i, _ in enumerate(form.names)},
        )
        self.login(self.supervisor)
        page = self.client.get(reverse("programs:revision", args=[self.program.pk, 1]))
        self.assertEqual(page.status_code, 200)
        self.assertEqual(len(page.context["changes"]["key_tasks"]["added"]), 12)
        overview = self.client.get(reverse("programs:overview", args=[self.program.pk]))
        self.assertContains(overview, reverse("programs:revision", args=[self.program.pk, 1]))
        self.login(self.outsider)
        page = self.client.get(reverse("programs:revision", args=[self.program.pk, 1]))
        self.assertEqual(page.status_code, 404)


def docx_of(files: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


BAD_FILES = [
    # (what, file name, content, what the message says)
    ("empty", "trong.txt", b"", "rỗng"),
    ("garbage", "rac.bin", bytes(range(256)) * 40, "tệp không được hỗ trợ"),
    ("UTF-16 garbage", "rac.txt", b"\xff\xfe" + b"\x00\xd8" * 300, "tệp không được hỗ trợ"),
    ("a zip of junk", "rac.docx", docx_of({"word/document.xml": b"junk"}), "tệp Word bị hỏng"),
    (
        "a Word package with broken XML",
        "hong.docx",
        docx_of({"[Content_Types].xml": b"<x/>", "word/document.xml": b"\x00<w:"}),
        "tệp Word bị hỏng",
    ),
    ("a text that is no program", "thu.txt", "Kính gửi ông/bà.\n".encode() * 50, "không giống"),
    (
        "JSON nested without end",
        "sau.json",
        b'{"a":' + b"[" * 50_000 + b"]" * 50_000 + b"}",
        "JSON",
    ),
    ("JSON with a number of 5,000 digits", "so.json", b'{"a": 1' + b"0" * 5000 + b"}", "JSON"),
    ("over 20 MB", "lon.txt", b"a" * (20 * 1024 * 1024 + 1), "20 MB"),
]


class BadInputTest(BaseTestCase):
    def test_every_bad_file_comes_back_with_a_vietnamese_message_and_no_draft(self):
        self.login(self.clerk)
        url = reverse("imports:upload", args=[self.commune.pk])
        for what, name, content, says in BAD_FILES:
            with self.subTest(what):
                response = self.client.post(url, {"file": upload(name, content)})
                self.assertEqual(response.status_code, 200)
                errors = " ".join(response.context["form"].errors["file"])
                self.assertIn(says, errors)
                self.assertFalse(ImportDraft.objects.exists())

    def draft(self, doc=None):
        self.login(self.clerk)
        content = json.dumps(doc or program_doc(number="09-CTr/ĐU")).encode()
        self.client.post(
            reverse("imports:upload", args=[self.commune.pk]), {"file": upload("p.json", content)}
        )
        draft = ImportDraft.objects.get()
        url = reverse("imports:preview", args=[draft.pk])
        return url, as_offered(self.client.get(url).context["form"])

    def test_tampered_unit_ids_are_form_errors_and_save_nothing(self):
        url, data = self.draft()
        for value in (str(self.office_c.pk), "abc", "-1", "1e3", "9" * 30, str(self.commune_b.pk)):
            with self.subTest(value=value):
                response = self.client.post(url, data | {"agency_0": value})
                self.assertEqual(response.status_code, 200)
                self.assertIn("agency_0", response.context["form"].errors)
        self.assertEqual(Program.objects.count(), 1)
        self.assertTrue(ImportDraft.objects.exists())

    def test_a_tampered_draft_id_is_not_found(self):
        self.login(self.clerk)
        for pk in ("abc", "-1", "9" * 30, "0"):
            with self.subTest(pk=pk):
                response = self.client.post(f"/imports/{pk}/", {"agency_0": ""})
                self.assertEqual(response.status_code, 404)

    def test_a_draft_saved_twice_says_so_the_second_time(self):
        url, data = self.draft()
        draft = ImportDraft.objects.get()
        import_draft_save(acting_user=self.clerk, draft=draft, chosen={})
        with self.assertRaisesMessage(ValidationError, "đã được lưu hoặc đã bị hủy"):
            import_draft_save(acting_user=self.clerk, draft=draft, chosen={})
        self.assertEqual(self.client.post(url, data).status_code, 404)


class PreviewDetailsTest(BaseTestCase):
    def preview(self, commune=None, user=None, name="xa_an_lac.txt", content=None):
        self.login(user or self.clerk)
        self.client.post(
            reverse("imports:upload", args=[(commune or self.commune).pk]),
            {"file": upload(name, content)},
        )
        draft = ImportDraft.objects.get()
        url = reverse("imports:preview", args=[draft.pk])
        return url, self.client.get(url)

    def test_the_number_date_and_title_come_filled_in_from_the_document(self):
        _url, page = self.preview()
        form = page.context["form"]
        self.assertEqual(form["number"].value(), "03-CTr/ĐU")
        self.assertEqual(form["issued_on"].value(), dt.date(2025, 10, 15))
        self.assertContains(page, 'value="15/10/2025"')
        self.assertTrue(form["title"].value().startswith("Chương trình hành động thực hiện"))

    def test_the_clerk_corrects_them_and_they_are_saved(self):
        url, page = self.preview()
        data = as_offered(page.context["form"]) | {
            "number": "Số: 07-CTr/ĐU",
            "issued_on": "1/11/2025",
            "title": "  Chương trình hành động\r\nnhiệm kỳ 2025 - 2030 ",
        }
        self.assertEqual(self.client.post(url, data).status_code, 302)
        program = Program.objects.exclude(pk=self.program.pk).get()
        self.assertEqual(
            (program.number, program.issued_on, program.title),
            ("07-CTr/ĐU", dt.date(2025, 11, 1), "Chương trình hành động nhiệm kỳ 2025 - 2030"),
        )

    def test_bad_details_are_refused_field_by_field_in_vietnamese(self):
        url, page = self.preview()
        offered = as_offered(page.context["form"])
        for field, value, says in [
            ("number", "", "bắt buộc"),
            ("number", "Số", "Ghi số của chương trình"),
            ("number", "CTr/ĐU", "có chữ số"),
            ("number", "01-CTr/ĐU<script>", "có chữ số"),
            ("number", "1" * 45, "tối đa 40 ký tự"),
            ("number", "1" * 60, "Tối đa 50 ký tự"),
            ("issued_on", "2025-10-15", "ngày/tháng/năm"),
            ("issued_on", "31/02/2025", "ngày/tháng/năm"),
            ("issued_on", "15/10/2035", "từ năm 2024 đến năm 2030"),
            ("issued_on", "", "bắt buộc"),
            ("title", " \t ", "bắt buộc"),
            ("title", "x" * 1001, "Tối đa 1000 ký tự"),
        ]:
            with self.subTest(field=field, value=value):
                response = self.client.post(url, offered | {field: value})
                self.assertEqual(response.status_code, 200)
                self.assertIn(says, " ".join(response.context["form"].errors[field]))
        self.assertEqual(Program.objects.count(), 1)

    def test_a_revision_may_not_take_another_programs_number(self):
        other = make_program(self.commune, number="03-CTr/ĐU", title="Chương trình khác")
        self.login(self.clerk)
        self.client.post(
            reverse("imports:upload", args=[self.commune.pk]),
            {"file": upload(), "program": self.program.pk},
        )
        url = reverse("imports:preview", args=[ImportDraft.objects.get().pk])
        data = as_offered(self.client.get(url).context["form"])
        self.assertEqual(data["number"], "03-CTr/ĐU")  # as the document says
        response = self.client.post(url, data)
        self.assertContains(response, "Xã đã có một chương trình khác mang số 03-CTr/ĐU")
        self.program.refresh_from_db()
        self.assertEqual((self.program.number, self.program.revision), ("01-CTr/ĐU", 1))
        self.assertEqual(other.number, "03-CTr/ĐU")
        response = self.client.post(url, data | {"number": "01-CTr/ĐU"})
        self.assertEqual(response.status_code, 302)
        self.program.refresh_from_db()
        self.assertEqual(self.program.revision, 2)

    def test_a_revision_lacking_number_and_date_offers_the_programs(self):
        self.program.issued_on = dt.date(2025, 9, 30)
        self.program.save()
        doc = program_doc(number="", title="")
        self.login(self.clerk)
        self.client.post(
            reverse("imports:upload", args=[self.commune.pk]),
            {"file": upload("p.json", json.dumps(doc).encode()), "program": self.program.pk},
        )
        url = reverse("imports:preview", args=[ImportDraft.objects.get().pk])
        form = self.client.get(url).context["form"]
        self.assertEqual(form["number"].value(), "01-CTr/ĐU")
        self.assertEqual(form["issued_on"].value(), dt.date(2025, 9, 30))
        self.assertEqual(form["title"].value(), self.program.title)

    def test_another_communes_document_is_warned_about_but_may_be_saved(self):
        url, page = self.preview()  # xã An Lạc's program, into Xã A
        self.assertEqual(page.context["issuer_elsewhere"], "xã An Lạc")
        self.assertContains(page, "Văn bản này ghi cơ quan ban hành là xã An Lạc")
        self.assertContains(page, "không phải Xã A.")
        response = self.client.post(url, as_offered(page.context["form"]))
        self.assertEqual(response.status_code, 302)

    def test_the_communes_own_document_is_not_warned_about(self):
        an_lac = make_org("Xã An Lạc", OrgKind.COMMUNE, self.hp, code="hp-anlac")
        office = make_org("Văn phòng Đảng ủy", OrgKind.PARTY_OFFICE, an_lac)
        clerk = make_user("clerk-anlac", (office, Role.CLERK))
        _url, page = self.preview(commune=an_lac, user=clerk)
        self.assertIsNone(page.context["issuer_elsewhere"])
        self.assertNotContains(page, "Văn bản của xã khác?")

    def test_targets_say_where_they_are_stated_and_compare_in_signs(self):
        content = json.dumps(program_doc(number="09-CTr/ĐU")).encode()
        _url, page = self.preview(name="p.json", content=content)
        self.assertContains(page, "Phụ lục, nhiệm vụ 2")
        self.assertContains(page, "Mục II.2")
        self.assertContains(page, "≥ 100 %")
        self.assertNotContains(page, "appendix:")
        self.assertNotContains(page, "&gt;=")

    def test_a_document_without_a_term_is_warned_about_and_the_clerk_sets_it(self):
        url, page = self.preview(name="phuong_tan_an_tb.docx")  # a notice of conclusions
        self.assertTrue(page.context["term_proposed"])
        self.assertContains(page, "Văn bản không nêu nhiệm kỳ")
        form = page.context["form"]
        self.assertEqual((form["term_start"].value(), form["term_end"].value()), (2025, 2026))
        offered = as_offered(form)
        response = self.client.post(url, offered | {"term_start": "2026", "term_end": "2025"})
        self.assertIn("chậm nhất 10 năm sau", " ".join(response.context["form"].errors["term_end"]))
        response = self.client.post(url, offered | {"term_start": "2026", "term_end": "2027"})
        self.assertEqual(response.status_code, 302)
        program = Program.objects.get(number="41-TB/ĐU")
        self.assertEqual((program.term_start, program.term_end), (2026, 2027))

    def test_a_stated_term_is_offered_as_read_and_not_warned_about(self):
        _url, page = self.preview()
        self.assertFalse(page.context["term_proposed"])
        self.assertNotContains(page, "Văn bản không nêu nhiệm kỳ")
        form = page.context["form"]
        self.assertEqual((form["term_start"].value(), form["term_end"].value()), (2025, 2030))
