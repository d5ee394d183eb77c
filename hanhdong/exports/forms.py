from django import forms
from django.utils.translation import gettext_lazy as _


class ConsolidatedForm(forms.Form):
    number = forms.CharField(
        label=_("Number"), max_length=40, required=False, help_text=_("e.g. 25-BC/ĐU")
    )
    place = forms.CharField(label=_("Place"), max_length=80)
    dated = forms.DateField(
        label=_("Date"),
        input_formats=["%d/%m/%Y", "%Y-%m-%d"],
        widget=forms.DateInput(format="%d/%m/%Y"),
        help_text=_("dd/mm/yyyy"),
    )
    overall = forms.CharField(
        label=_("I. Overall assessment"), widget=forms.Textarea(attrs={"rows": 6})
    )
    next_tasks = forms.CharField(
        label=_("IV. Tasks for the next period"), widget=forms.Textarea(attrs={"rows": 4})
    )
    recipients = forms.CharField(
        label=_("Recipients (one per line)"), widget=forms.Textarea(attrs={"rows": 4})
    )
    signer_on_behalf = forms.CharField(label=_("Signs on behalf of"), max_length=80)
    signer_role = forms.CharField(label=_("Signer's title"), max_length=80)
    signer_name = forms.CharField(label=_("Signer's name"), max_length=120, required=False)


class UploadForm(forms.Form):
    file = forms.FileField(label=_("Filled-in template (.xlsx)"))
    submit = forms.BooleanField(label=_("Submit the reports at once"), required=False, initial=True)
