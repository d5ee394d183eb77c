import datetime as dt
import re

from django import forms
from django.utils.translation import gettext_lazy as _

from hanhdong.imports.limits import YEARS
from hanhdong.imports.reader import MAX_BYTES
from hanhdong.imports.services import MAX_TERM, NEW_UNIT, NUMBER_LENGTH, TITLE_LENGTH
from hanhdong.lib.text import clean_text, clip
from hanhdong.programs.models import Program


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("Program document"),
        help_text=_("PDF with a text layer, Word .docx, text, or hanhdong JSON; up to 20 MB."),
    )
    program = forms.ModelChoiceField(
        label=_("This document is"),
        queryset=Program.objects.none(),
        required=False,
        empty_label=_("a new program"),
    )

    def __init__(self, *args, commune, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["program"].queryset = Program.objects.filter(commune=commune).current()
        self.fields["program"].label_from_instance = lambda p: (
            _("a revision of %(p)s") % {"p": p.number or clip(p.title, 60)}
        )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 20 MB."))
        return upload


# a program's number as printed: "01-CTr/ĐU", "05-CTr/ĐU.", "12/CTr-ĐU"
_NUMBER = re.compile(r"[\w.\-–/()]+(?: [\w.\-–/()]+)*")
_NUMBER_WORD = re.compile(r"^số\s*:?\s*", re.IGNORECASE)  # "Số 01-CTr/ĐU": the word stays out
DATE_FORMAT = "%d/%m/%Y"
TOO_LONG = _("At most %(limit_value)d characters (this has %(show_value)d).")


class PreviewForm(forms.Form):
    """The preview's corrections: the program's number, date of issue, title and term, and
    one choice per agency name in the document: a unit, a new unit, or no link."""

    number = forms.CharField(
        label=_("Number"),
        max_length=NUMBER_LENGTH + 10,  # room for a "Số " that is taken off
        help_text=_("As printed under the issuer, e.g. 01-CTr/ĐU."),
        error_messages={"max_length": TOO_LONG},
    )
    issued_on = forms.DateField(
        label=_("Date of issue"),
        input_formats=[DATE_FORMAT],
        widget=forms.DateInput(format=DATE_FORMAT, attrs={"placeholder": "dd/mm/yyyy"}),
        help_text=_("dd/mm/yyyy, e.g. 15/10/2025 for “ngày 15 tháng 10 năm 2025”."),
        error_messages={"invalid": _("Write the date as dd/mm/yyyy, e.g. 15/10/2025.")},
    )
    title = forms.CharField(
        label=_("Title"),
        max_length=TITLE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"max_length": TOO_LONG},
    )
    term_start = forms.IntegerField(
        label=_("Term from (year)"),
        min_value=YEARS[0],
        max_value=YEARS[1],
        required=False,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    term_end = forms.IntegerField(
        label=_("Term to (year)"),
        min_value=YEARS[0],
        max_value=YEARS[1],
        required=False,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        help_text=_(
            "The first and last year of the term: the same year twice for a one-year plan."
        ),
    )
    DETAILS = ("number", "issued_on", "title", "term_start", "term_end")

    def __init__(self, *args, names, units, suggested, term: tuple[int, int], **kwargs):
        """``term``: the first and last year the document states (or that are proposed),
        kept where the clerk leaves a year blank."""
        super().__init__(*args, **kwargs)
        self.names = names
        self.term = term
        choices = [
            ("", _("— leave unlinked —")),
            (NEW_UNIT, _("+ create a new unit with this name")),
        ] + [(str(u.pk), u.name) for u in units]
        for index, name in enumerate(names):
            unit = suggested.get(name)
            self.fields[f"agency_{index}"] = forms.ChoiceField(
                label=name,
                choices=choices,
                required=False,
                initial=str(unit.pk) if unit is not None else "",
            )

    def clean_number(self):
        number = _NUMBER_WORD.sub("", " ".join(clean_text(self.cleaned_data["number"]).split()))
        if not number:
            raise forms.ValidationError(_("Write the program's number, e.g. 01-CTr/ĐU."))
        if len(number) > NUMBER_LENGTH:
            raise forms.ValidationError(
                _("A program's number has at most %(n)s characters.") % {"n": NUMBER_LENGTH}
            )
        if not _NUMBER.fullmatch(number) or not re.search(r"\d", number):
            raise forms.ValidationError(
                _("Write the number as printed, with its digits, e.g. 01-CTr/ĐU.")
            )
        return number

    def clean(self):
        data = super().clean()
        if "term_start" in self.errors or "term_end" in self.errors:
            return data
        start = data["term_start"] = data.get("term_start") or self.term[0]
        end = data["term_end"] = data.get("term_end") or self.term[1]
        if not 0 <= end - start <= MAX_TERM:
            self.add_error(
                "term_end",
                _("A term ends in its first year or up to %(n)s years later.") % {"n": MAX_TERM},
            )
            return data
        issued_on = data.get("issued_on")
        if issued_on and not dt.date(start - 1, 1, 1) <= issued_on <= dt.date(end, 12, 31):
            self.add_error(
                "issued_on",
                _(
                    "A program for the term %(start)s - %(end)s is issued between %(from)s and "
                    "%(to)s."
                )
                % {"start": start, "end": end, "from": start - 1, "to": end},
            )
        return data

    def clean_title(self):
        title = " ".join(clean_text(self.cleaned_data["title"]).split())
        if not title:
            raise forms.ValidationError(_("Write the program's title."))
        return title

    def chosen(self) -> dict:
        return {
            name: self.cleaned_data[f"agency_{index}"] or None
            for index, name in enumerate(self.names)
        }

    def details(self):
        for name in self.DETAILS:
            yield self[name]

    def rows(self):
        for index, name in enumerate(self.names):
            yield name, self[f"agency_{index}"]
