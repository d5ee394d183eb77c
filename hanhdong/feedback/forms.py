from django import forms
from django.conf import settings
from django.core.validators import RegexValidator
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from hanhdong.feedback.models import Channel, FeedbackSettings, Kind, Topic
from hanhdong.lib.files import MultipleFileInput
from hanhdong.lib.text import TEXT_LIMIT, clip
from hanhdong.programs.models import KeyTask


def _text_help() -> str:
    return gettext(
        "Up to %(limit)s characters. Once answered, the content may be published without "
        "your name. Keep names out of it; phone numbers and emails in it are hidden "
        "automatically."
    ) % {"limit": TEXT_LIMIT}


def _files_help() -> str:
    return gettext(
        "Up to %(n)s files: photos (JPEG, PNG), PDF or Word, %(mb)s MB each. They are "
        "seen only by the commune's staff; a photo's location data is removed."
    ) % {"n": settings.HANHDONG_FEEDBACK_FILES, "mb": settings.HANHDONG_MAX_ATTACHMENT_MB}


class SubmitForm(forms.Form):
    """The citizen's form. Its help texts are written when the form is shown, not each
    time one is made: a submission is checked without them."""

    kind = forms.ChoiceField(
        label=_("What is it?"), choices=Kind.choices, widget=forms.RadioSelect, initial=Kind.REPORT
    )
    topic = forms.ChoiceField(label=_("Topic"), choices=[("", "—"), *Topic.choices], required=False)
    title = forms.CharField(label=_("Title"), max_length=200)
    text = forms.CharField(
        label=_("Content"),
        max_length=TEXT_LIMIT,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=lazy(_text_help, str)(),
    )
    place = forms.CharField(label=_("Village or place"), max_length=200, required=False)
    # read from request.FILES by the view, which checks each file's content
    files = forms.Field(
        label=_("Photos or documents (optional)"),
        required=False,
        widget=MultipleFileInput(attrs={"accept": "image/jpeg,image/png,application/pdf,.docx"}),
        help_text=lazy(_files_help, str)(),
    )
    name = forms.CharField(label=_("Your name (optional)"), max_length=120, required=False)
    phone = forms.CharField(
        label=_("Phone (optional)"),
        max_length=30,
        required=False,
        # 8 to 15 digits, written as people write them: "0912 345 678", "+84 912.345.678"
        validators=[
            RegexValidator(
                r"^\+?(?:[\s.\-()]*\d){8,15}[\s.\-()]*$",
                _("Write a phone number the commune can call: 8 to 15 digits."),
            )
        ],
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel"}),
    )
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
    channel = forms.ChoiceField(
        label=_("Received by"),
        choices=[
            (c, label) for c, label in Channel.choices if c not in (Channel.WEB, Channel.OPEN311)
        ],
    )


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


class ReopenForm(forms.Form):
    reason = forms.CharField(label=_("Not satisfied? Say why and the item is reopened"))


class KeyForm(forms.Form):
    name = forms.CharField(label=_("Application the key is for"), max_length=100)


class SettingsForm(forms.ModelForm):
    class Meta:
        model = FeedbackSettings
        fields = [
            "days_report",
            "days_proposal",
            "days_complaint",
            "days_denunciation",
            "days_comment",
            "remind_days",
            "escalate_days",
            "open311_key_required",
        ]


class LinkForm(forms.Form):
    area_path = forms.ChoiceField(label=_("Program area"), required=False)
    key_task = forms.ModelChoiceField(
        label=_("Key task"), queryset=KeyTask.objects.none(), required=False
    )

    def __init__(self, *args, program, areas, **kwargs):
        """``areas``: the program's areas, as the view has already read them."""
        super().__init__(*args, **kwargs)
        self.fields["area_path"].choices = [("", "—")] + [
            (area.path, f"{area.path}. {clip(area.title, 90)}") for area in areas
        ]
        if program:
            self.fields["key_task"].queryset = program.key_tasks.current().order_by("number")
        self.fields["key_task"].label_from_instance = lambda t: f"{t.number}. {clip(t.name, 90)}"


class ActionForm(forms.Form):
    note = forms.CharField(
        label=_("Reason or note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    answer = forms.CharField(
        label=_("Answer to the citizen (public)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        # the answer goes to every sender joined to the item, and may be published
        help_text=_(
            "Read by the citizen with phone numbers, emails and names after “ông”, “bà” "
            "hidden: to be called back, name the office and its hours."
        ),
    )
    agency = forms.ModelChoiceField(label=_("Handling agency"), queryset=None, required=False)
    days = forms.IntegerField(label=_("Extra days"), required=False, min_value=1, max_value=60)

    def __init__(self, *args, units, keep=None, **kwargs):
        """``keep``: the fields the steps on offer ask for (all when None)."""
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = units
        if keep is not None:
            for name in set(self.fields) - set(keep):
                del self.fields[name]


class KindForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Kind.choices)
    note = forms.CharField(label=_("Why (optional)"), required=False, max_length=1000)


class JoinForm(forms.Form):
    # the submission to join to; empty: handled on its own again
    primary = forms.IntegerField(required=False, min_value=1, max_value=2**63 - 1)
