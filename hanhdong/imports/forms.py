from django import forms
from django.utils.translation import gettext_lazy as _

from hanhdong.imports.reader import MAX_BYTES
from hanhdong.imports.services import NEW_UNIT
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
            _("a revision of %(p)s") % {"p": p.number or p.title[:60]}
        )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 20 MB."))
        return upload


class AgencyMappingForm(forms.Form):
    """One choice per agency name in the document: a unit, a new unit, or no link."""

    def __init__(self, *args, names, units, suggested, **kwargs):
        super().__init__(*args, **kwargs)
        self.names = names
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

    def chosen(self) -> dict:
        return {
            name: self.cleaned_data[f"agency_{index}"] or None
            for index, name in enumerate(self.names)
        }

    def rows(self):
        for index, name in enumerate(self.names):
            yield name, self[f"agency_{index}"]
