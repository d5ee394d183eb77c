from django import forms
from django.utils.translation import gettext_lazy as _

from hanhdong.exports.models import DocumentKind, Layout

DATE_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]


def _date(label):
    return forms.DateField(
        label=label,
        input_formats=DATE_FORMATS,
        widget=forms.DateInput(format="%d/%m/%Y"),
        help_text=_("dd/mm/yyyy"),
    )


def _text(label, rows=4, required=True, help_text=""):
    return forms.CharField(
        label=label,
        required=required,
        widget=forms.Textarea(attrs={"rows": rows}),
        help_text=help_text,
    )


class ConsolidatedForm(forms.Form):
    """The report's number, date and texts; one text per area of the program (``areas``:
    (path, heading) pairs), drafted from the agencies' reports."""

    number = forms.CharField(
        label=_("Number"),
        max_length=40,
        required=False,
        help_text=_("The next number of the register; type another one if it is free."),
    )
    place = forms.CharField(label=_("Place"), max_length=80)
    dated = _date(_("Date"))
    overall = _text(_("I. Overall assessment"), rows=6)
    difficulties = _text(
        _("III.1. Difficulties"),
        required=False,
        help_text=_("As the agencies reported them, one per line."),
    )
    proposals = _text(_("III.2. Proposals"), required=False)
    next_tasks = _text(_("IV. Tasks for the next period"))
    recipients = _text(_("Recipients (one per line)"))
    signer_on_behalf = forms.CharField(label=_("Signs on behalf of"), max_length=80)
    signer_role = forms.CharField(label=_("Signer's title"), max_length=80)
    signer_name = forms.CharField(label=_("Signer's name"), max_length=120, required=False)

    def __init__(self, *args, areas=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.area_paths = []
        order = list(self.fields)
        at = order.index("overall") + 1
        for index, (path, heading) in enumerate(areas):
            name = f"area_{index}"
            self.area_paths.append((name, path))
            self.fields[name] = _text(_("II. %(area)s") % {"area": heading}, rows=6, required=False)
            order.insert(at + index, name)
        self.order_fields(order)

    def service_fields(self) -> dict:
        data = dict(self.cleaned_data)
        data["areas"] = {path: data.pop(name) for name, path in self.area_paths}
        return data


class RegisterForm(forms.Form):
    """A number taken from the register for a document written outside the app."""

    issuer = forms.ChoiceField(label=_("Issued by"), choices=Layout.choices)
    kind = forms.ChoiceField(label=_("Kind"), choices=DocumentKind.choices)
    dated = _date(_("Date"))
    title = forms.CharField(label=_("Summary"), max_length=300)
    number = forms.IntegerField(
        label=_("Number"),
        required=False,
        min_value=1,
        max_value=999999,
        help_text=_("Leave it blank for the next number."),
    )


class EntryForm(forms.Form):
    number = forms.IntegerField(label=_("Number"), min_value=1, max_value=999999)
    dated = _date(_("Date"))
    title = forms.CharField(label=_("Summary"), max_length=300)


class DocumentSettingsForm(forms.Form):
    place = forms.CharField(
        label=_("Place name in the dateline"),
        max_length=80,
        required=False,
        help_text=_("Blank: the commune's name."),
    )
    higher_body = forms.CharField(
        label=_("Higher Party body"),
        max_length=120,
        required=False,
        help_text=_("Blank: the Party organisation of the city (Đảng bộ thành phố …)."),
    )
    party_signer_role = forms.CharField(
        label=_("Party signer's title"),
        max_length=80,
        required=False,
        help_text=_("Blank: as the program is signed (Bí thư)."),
    )
    party_signer_name = forms.CharField(
        label=_("Party signer's name"), max_length=120, required=False
    )
    state_signer_role = forms.CharField(
        label=_("People's Committee signer's title"),
        max_length=80,
        required=False,
        help_text=_("Blank: Chủ tịch."),
    )
    state_signer_name = forms.CharField(
        label=_("People's Committee signer's name"), max_length=120, required=False
    )


class UploadForm(forms.Form):
    file = forms.FileField(label=_("Filled-in template (.xlsx)"))
    submit = forms.BooleanField(label=_("Submit the reports at once"), required=False, initial=True)
