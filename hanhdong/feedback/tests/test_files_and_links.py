import io
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from PIL import Image

from hanhdong.feedback import services
from hanhdong.feedback.models import Feedback, FeedbackAttachment, FeedbackLook
from hanhdong.feedback.tests.test_feedback import submit
from hanhdong.lib.files import CappedUploadHandler
from hanhdong.orgs.services import denunciation_handlers_set
from hanhdong.test import BaseTestCase, make_program

OWNER = "Owner: Le Thi Kin, 0912345678"


def photo() -> bytes:
    """A JPEG whose EXIF names its owner, as phone photos can."""
    exif = Image.Exif()
    exif[0x013B] = OWNER  # Artist
    exif[0x0112] = 1  # Orientation
    out = io.BytesIO()
    Image.new("RGB", (3000, 1500), "gray").save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def upload(name: str, data: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data)


class PublicFilesTest(BaseTestCase):
    def url(self):
        return reverse("feedback:submit", args=[self.commune.code])

    def form(self, **changes):
        data = {
            "kind": "phan_anh",
            "topic": "giao_thong",
            "title": "Ổ gà",
            "text": "Ổ gà lớn giữa đường trục thôn 4.",
            "website": "",
        }
        return {**data, **changes}

    def test_a_photo_is_kept_smaller_and_without_its_metadata(self):
        original = photo()
        self.assertTrue(OWNER.encode() in original)
        response = self.client.post(self.url(), self.form(files=[upload("o-ga.jpg", original)]))
        self.assertEqual(response.status_code, 302)
        stored = FeedbackAttachment.objects.get()
        data = stored.file.read()
        self.assertFalse(OWNER.encode() in data)
        with Image.open(io.BytesIO(data)) as image:
            self.assertEqual(image.size, (2048, 1024))
            self.assertFalse(image.getexif())
        self.assertEqual((stored.kind, stored.name), ("jpeg", "o-ga.jpg"))

    def test_a_file_that_is_not_what_it_claims_is_refused_and_the_rest_kept(self):
        fake = upload("anh.jpg", b"MZ\x90\x00 this is a program, not a photo")
        response = self.client.post(self.url(), self.form(files=[fake], title="Giữ lại"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "không phải ảnh")
        self.assertContains(response, "chọn lại tệp")
        self.assertContains(response, "Giữ lại")
        self.assertFalse(Feedback.objects.exists())

    def test_too_many_or_too_large_files_are_refused(self):
        files = [upload(f"{n}.jpg", photo()) for n in range(4)]
        self.assertEqual(self.client.post(self.url(), self.form(files=files)).status_code, 200)
        with self.settings(HANHDONG_MAX_ATTACHMENT_MB=0):
            response = self.client.post(self.url(), self.form(files=[upload("a.jpg", photo())]))
        self.assertContains(response, "lớn hơn")
        self.assertFalse(Feedback.objects.exists())

    def test_a_huge_file_is_cut_off_as_it_arrives_and_the_text_comes_back(self):
        with self.settings(HANHDONG_MAX_ATTACHMENT_MB=0):  # 1 byte kept per file at most
            handler = CappedUploadHandler(None)
            handler.new_file("files", "big.jpg", "image/jpeg", None)
            kept = [handler.receive_data_chunk(b"x" * 1000, n) for n in (0, 1000, 2000)]
            self.assertEqual(kept, [b"x", None, None])
            response = self.client.post(
                self.url(), self.form(files=[upload("big.jpg", photo())], title="Giữ lại")
            )
        self.assertContains(response, "lớn hơn 0 MB")
        self.assertContains(response, "Giữ lại")
        self.assertFalse(Feedback.objects.exists())

    def test_the_form_still_needs_its_csrf_token(self):
        client = Client(enforce_csrf_checks=True)
        self.assertEqual(client.post(self.url(), self.form()).status_code, 403)
        client.force_login(self.clerk)
        intake = reverse("feedback:intake", args=[self.commune.pk])
        self.assertEqual(client.post(intake, self.form(channel="hotline")).status_code, 403)
        self.assertFalse(Feedback.objects.exists())

    def test_the_tracking_page_tells_only_how_many_files_came(self):
        self.client.post(self.url(), self.form(files=[upload("o-ga.jpg", photo())]))
        feedback = Feedback.objects.get()
        self.assertEqual(feedback.topic, "giao_thong")
        page = self.client.get(reverse("feedback:track"), {"code": feedback.code})
        self.assertContains(page, "1 tệp")
        self.assertNotContains(page, "o-ga.jpg")
        self.assertNotContains(page, reverse("feedback:attachment", args=[1])[:-2])


class FileRollbackTest(BaseTestCase):
    def test_a_refused_submission_leaves_no_file_behind(self):
        root = Path(settings.MEDIA_ROOT)
        before = sorted(root.rglob("*.jpeg"))
        files = [services.prepare_file("o-ga.jpg", photo())]
        with (
            self.settings(HANHDONG_SUBMISSIONS_PER_HOUR=0),
            self.assertRaises(services.RateLimited),
        ):
            submit(self.commune, files=files, address="203.0.113.7")
        self.assertEqual(sorted(root.rglob("*.jpeg")), before)
        self.assertFalse(FeedbackAttachment.objects.exists())


class StaffFilesTest(BaseTestCase):
    def setUp(self):
        self.feedback = submit(
            self.commune,
            kind="to_cao",
            files=[services.prepare_file("bang-chung.jpg", photo())],
        )
        services.feedback_accept(acting_user=self.clerk, feedback=self.feedback, accept=True)
        services.feedback_assign(
            acting_user=self.clerk, feedback=self.feedback, agency=self.agency_a
        )
        # the Standing Committee designated officer A to handle denunciations
        denunciation_handlers_set(
            acting_user=self.standing, commune=self.commune, users=[self.officer_a]
        )
        self.file_url = reverse("feedback:attachment", args=[self.feedback.attachments.get().pk])

    def test_a_denunciation_s_files_are_seen_only_by_those_who_may_know_its_author(self):
        for user, status in (
            (self.clerk, 404),
            (self.supervisor, 404),
            (self.officer_b, 404),
            (self.outsider, 404),
            (self.standing, 200),
            (self.officer_a, 200),  # designated by the Standing Committee
        ):
            self.login(user)
            with self.subTest(user=user.username):
                self.assertEqual(self.client.get(self.file_url).status_code, status)
        self.assertEqual(FeedbackLook.objects.filter(feedback=self.feedback).count(), 2)
        self.client.logout()
        self.assertEqual(self.client.get(self.file_url).status_code, 302)  # to the login

    def test_the_handler_sees_the_files_listed_on_the_item(self):
        self.login(self.officer_a)
        page = self.client.get(reverse("feedback:handle", args=[self.feedback.pk]))
        self.assertContains(page, self.file_url)
        self.login(self.clerk)
        page = self.client.get(reverse("feedback:handle", args=[self.feedback.pk]))
        self.assertNotContains(page, self.file_url)


class LinkTest(BaseTestCase):
    def setUp(self):
        self.feedback = submit(self.commune)
        self.url = reverse("feedback:handle", args=[self.feedback.pk])
        self.task = self.program.key_tasks.get(number=1)

    def test_a_key_task_brings_its_area_and_the_step_is_recorded(self):
        services.feedback_link(acting_user=self.clerk, feedback=self.feedback, key_task=self.task)
        self.feedback.refresh_from_db()
        self.assertEqual((self.feedback.area_path, self.feedback.key_task), ("II.1", self.task))
        event = self.feedback.events.last()
        self.assertFalse(event.public)
        self.assertIn("II.1", event.note)

    def test_an_area_or_task_from_elsewhere_is_refused(self):
        with self.assertRaises(ValidationError):
            services.feedback_link(acting_user=self.clerk, feedback=self.feedback, area_path="IX")
        other = make_program(self.commune_b).key_tasks.first()
        with self.assertRaises(ValidationError):
            services.feedback_link(acting_user=self.clerk, feedback=self.feedback, key_task=other)
        self.feedback.refresh_from_db()
        self.assertEqual((self.feedback.area_path, self.feedback.key_task), ("", None))

    def test_who_may_link(self):
        data = {"area_path": "II.2", "key_task": ""}
        url = reverse("feedback:link", args=[self.feedback.pk])
        self.login(self.supervisor)
        self.assertEqual(self.client.post(url, data).status_code, 403)
        self.login(self.officer_b)
        self.assertEqual(self.client.post(url, data).status_code, 404)
        self.login(self.clerk)
        self.assertEqual(self.client.post(url, data).status_code, 302)
        self.feedback.refresh_from_db()
        self.assertEqual(self.feedback.area_path, "II.2")

    def test_the_dashboard_counts_feedback_per_area(self):
        services.feedback_link(acting_user=self.clerk, feedback=self.feedback, area_path="II.2")
        submit(self.commune, title="Chưa gắn")
        self.login(self.standing)
        page = self.client.get(reverse("reports:dashboard", args=[self.program.pk]))
        rows = {row["path"]: row["total"] for row in page.context["feedback_rows"]}
        self.assertEqual(rows, {"II.1": 0, "II.2": 1, "II.3": 0, "": 1})
        self.assertContains(page, "?area=II.2")
        self.login(self.clerk)
        listed = self.client.get(
            reverse("feedback:staff_list", args=[self.commune.pk]), {"area": "II.2"}
        )
        self.assertEqual(list(listed.context["items"]), [self.feedback])

    def test_the_suggestion_learns_from_the_clerk_s_links(self):
        text = "Chó thả rông cắn trẻ con ở ngõ 7, đề nghị xử lý"
        for _ in range(3):
            done = submit(self.commune, title="Chó thả rông", text=text)
            services.feedback_link(acting_user=self.clerk, feedback=done, area_path="II.3")
            services.feedback_accept(acting_user=self.clerk, feedback=done, accept=True)
            services.feedback_assign(acting_user=self.clerk, feedback=done, agency=self.agency_b)
        new = submit(self.commune, title="Chó thả rông", text=text)
        services.feedback_accept(acting_user=self.clerk, feedback=new, accept=True)
        self.login(self.clerk)
        page = self.client.get(reverse("feedback:handle", args=[new.pk]))
        self.assertEqual(page.context["suggestion"]["areas"][0].path, "II.3")
        self.assertEqual(page.context["link_form"].initial["area_path"], "II.3")
        self.assertEqual(page.context["suggestion"]["agencies"][0], self.agency_b)
        self.assertEqual(page.context["form"].fields["agency"].initial, self.agency_b)

    def test_the_key_task_page_counts_the_submissions_tied_to_it(self):
        services.feedback_link(acting_user=self.clerk, feedback=self.feedback, key_task=self.task)
        self.login(self.standing)
        page = self.client.get(reverse("programs:task", args=[self.task.pk]))
        self.assertEqual(page.context["feedback"], {"total": 1, "open": 1})
        self.assertContains(page, f"?task={self.task.pk}")
        self.assertContains(page, "gắn với nhiệm vụ này")
        listed = self.client.get(
            reverse("feedback:staff_list", args=[self.commune.pk]), {"task": self.task.pk}
        )
        self.assertEqual(list(listed.context["items"]), [self.feedback])
