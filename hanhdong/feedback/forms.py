from django import forms
from django.utils.translation import gettext_lazy as _

from hanhdong.feedback.models import Channel, Kind


class SubmitForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What is it?"), choices=Kind.choices, widget=forms.RadioSelect, initial=Kind.REPORT
    )
    title = forms.CharField(label=_("Title"), max_length=200)
    text = forms.CharField(label=_("Content"), widget=forms.Textarea(attrs={"rows": 5}))
    place = forms.CharField(label=_("Village or place"), max_length=200, required=False)
    name = forms.CharField(label=_("Your name (optional)"), max_length=120, required=False)
    phone = forms.CharField(label=_("Phone (optional)"), max_length=30, required=False)
    email = forms.EmailField(label=_("Email (optional)"), required=False)
    consent = forms.BooleanField(
        label=_(
            "I agree that the commune uses my name, phone and email only to handle and "
            "answer this submission."
        ),
        required=False,
    )
    hide_identity = forms.BooleanField(
        label=_("Do not show my name publicly"), required=False, initial=True
    )
    # a field people do not see: robots fill it in
    website = forms.CharField(
        required=False, widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"})
    )


class IntakeForm(SubmitForm):
    channel = forms.ChoiceField(label=_("Received by"), choices=Channel.choices[1:-1])


class TrackForm(forms.Form):
    code = forms.CharField(label=_("Tracking code"), max_length=12)


class RateForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How satisfied are you with the answer?"),
        coerce=int,
        choices=[(5, "5 ★★★★★"), (4, "4 ★★★★"), (3, "3 ★★★"), (2, "2 ★★"), (1, "1 ★")],
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class ActionForm(forms.Form):
    note = forms.CharField(
        label=_("Reason or note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    answer = forms.CharField(
        label=_("Answer to the citizen (public)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    agency = forms.ModelChoiceField(label=_("Handling agency"), queryset=None, required=False)
    days = forms.IntegerField(label=_("Extra days"), required=False, min_value=1, max_value=60)

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = units
