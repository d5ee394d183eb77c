"""The commune's register of documents hands out numbers one after another per kind and
series, takes a free number a clerk types, refuses a taken one, and prints what it gave."""

import datetime as dt
import io

import docx
from django.core.exceptions import ValidationError
from django.urls import reverse

from hanhdong.audit.models import AuditEntry
from hanhdong.exports import services, word
from hanhdong.exports.content import gather
from hanhdong.exports.models import ConsolidatedReport, RegisteredDocument
from hanhdong.exports.register import parse_number, register_next
from hanhdong.exports.services import document_register
from hanhdong.exports.tests.base import ExportTestCase
from hanhdong.exports.tests.test_documents import runs


class RegisterTest(ExportTestCase):
    def take(self, dated=dt.date(2025, 11, 3), issuer="party", kind="BC", **fields):
        return document_register(
            acting_user=self.clerk,
            commune=self.commune,
            issuer=issuer,
            kind=kind,
            dated=dated,
            title=fields.pop("title", "Báo cáo chuyên đề"),
            **fields,
        )

    def test_it_hands_out_the_next_number_of_the_kind(self):
        self.assertEqual(register_next(self.commune, "BC", 2025), 1)
        self.assertEqual([self.take().symbol, self.take().symbol], ["01-BC/ĐU", "02-BC/ĐU"])
        self.assertEqual(self.take(kind="TB").symbol, "01-TB/ĐU")
        self.assertEqual(self.take(number=25).symbol, "25-BC/ĐU")
        self.assertEqual(self.take().number, 26)
        self.assertEqual(register_next(self.commune, "BC", 2025), 27)
        self.assertEqual(
            AuditEntry.objects.filter(content_type__model="registereddocument").count(), 5
        )

    def test_party_numbers_run_through_the_term_and_state_ones_restart_each_year(self):
        self.take(dated=dt.date(2025, 12, 30))
        self.assertEqual(self.take(dated=dt.date(2026, 1, 5)).number, 2)  # term 2025–2030
        self.take(issuer="state", dated=dt.date(2025, 12, 30))
        state = self.take(issuer="state", dated=dt.date(2026, 1, 5))
        self.assertEqual((state.number, state.symbol), (1, "01/BC-UBND"))

    def test_a_taken_number_is_refused_and_nothing_is_written(self):
        first = self.take(title="Báo cáo quý III")
        before = RegisteredDocument.objects.count()
        with self.assertRaises(ValidationError) as caught:
            self.take(number=first.number)
        self.assertIn("01-BC/ĐU", caught.exception.messages[0])
        self.assertIn("Báo cáo quý III", caught.exception.messages[0])
        self.assertEqual(RegisteredDocument.objects.count(), before)

    def test_the_register_page_reads_in_a_fixed_number_of_queries(self):
        self.login(self.clerk)
        url = reverse("exports:register", args=[self.commune.pk]) + "?year=2025"
        self.take()
        self.client.get(url)
        with self.assertNumQueries(8):
            self.client.get(url)
        for _ in range(5):
            self.take(kind="KH")
        with self.assertNumQueries(8):
            response = self.client.get(url)
        self.assertContains(response, "05-KH/ĐU")

    def test_it_reads_the_number_a_clerk_types(self):
        for text, number in (("25", 25), ("25-BC/ĐU", 25), ("Số: 05/BC-UBND", 5), ("", None)):
            self.assertEqual(parse_number(text), number)
        self.assertIsNone(parse_number("BC-25"))


class ReportNumberTest(ExportTestCase):
    def save(self, **fields):
        return services.consolidated_save(
            acting_user=self.clerk, period=self.q3, layout="party", **fields
        )

    def printed(self):
        report = services.consolidated_for(self.q3, "party")
        return docx.Document(io.BytesIO(word.build(report, gather(self.q3))))

    def test_an_unsaved_draft_leaves_the_number_blank_for_the_issuing_clerk(self):
        document = self.printed()
        number = [t for t in (c.text for c in document.tables[0].rows[1].cells) if "Số" in t]
        self.assertEqual(number, ["Số      -BC/ĐU"])

    def test_saving_registers_the_number_once_and_the_document_prints_it(self):
        self.take_other()
        report = self.save()
        self.assertEqual(report.number, "02-BC/ĐU")
        self.assertEqual(self.save(overall="Viết lại.").number, "02-BC/ĐU")
        self.assertEqual(RegisteredDocument.objects.filter(kind="BC").count(), 2)
        self.assertTrue(runs(self.printed(), "Số 02-BC/ĐU"))
        entry = report.entry
        self.assertEqual(
            entry.title, "Kết quả thực hiện Chương trình hành động số 01-CTr/ĐU, Quý III/2025"
        )

    def test_drafting_again_keeps_the_number(self):
        self.save()
        services.consolidated_redraft(acting_user=self.clerk, period=self.q3, layout="party")
        self.login(self.clerk)
        page = self.client.get(reverse("exports:consolidated", args=[self.q3.pk]))
        self.assertEqual(page.context["form"].initial["number"], "01-BC/ĐU")
        self.assertEqual(self.save().number, "01-BC/ĐU")
        self.assertEqual(RegisteredDocument.objects.count(), 1)

    def test_a_free_number_typed_renumbers_the_report(self):
        self.save()
        self.assertEqual(self.save(number="25-BC/ĐU").number, "25-BC/ĐU")
        self.assertEqual(list(RegisteredDocument.objects.values_list("number", flat=True)), [25])
        with self.assertRaises(ValidationError):
            self.save(number="ba mươi")

    def test_correcting_the_register_corrects_the_report(self):
        entry = self.save().entry
        self.login(self.clerk)
        response = self.client.post(
            reverse("exports:register_entry", args=[entry.pk]),
            {"number": 7, "dated": "05/10/2025", "title": entry.title},
        )
        self.assertEqual(response.status_code, 302)
        report = ConsolidatedReport.objects.get()
        self.assertEqual((report.number, report.dated), ("07-BC/ĐU", dt.date(2025, 10, 5)))
        page = self.client.get(reverse("exports:register", args=[self.commune.pk]) + "?year=2025")
        self.assertContains(page, "07-BC/ĐU")

    def test_the_signer_comes_from_the_settings_or_else_the_program(self):
        self.program.signer_role, self.program.signer_name = "Phó Bí thư", "Phạm Trung Huy"
        self.program.save()
        draft = services.consolidated_for(self.q3, "party")
        self.assertEqual((draft.signer_role, draft.signer_name), ("Phó Bí thư", "Phạm Trung Huy"))
        services.document_settings_save(
            acting_user=self.clerk,
            commune=self.commune,
            party_signer_role="Bí thư",
            party_signer_name="Nguyễn Văn Bình",
            place="Xã A mới",
        )
        draft = services.consolidated_for(self.q3, "party")
        self.assertEqual(
            (draft.signer_role, draft.signer_name, draft.place),
            ("Bí thư", "Nguyễn Văn Bình", "Xã A mới"),
        )
        state = services.consolidated_for(self.q3, "state")
        self.assertEqual(
            (state.signer_on_behalf, state.signer_role), ("TM. Ủy ban nhân dân", "Chủ tịch")
        )

    def take_other(self):
        document_register(
            acting_user=self.clerk,
            commune=self.commune,
            issuer="party",
            kind="BC",
            dated=dt.date(2025, 10, 1),
            title="Báo cáo chuyên đề",
        )
