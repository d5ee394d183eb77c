from django import forms
from django.utils.translation import gettext_lazy as _

from hanhdong.meetings.models import Body, MeetingKind

DATE = {
    "input_formats": ["%d/%m/%Y", "%Y-%m-%d"],
    "widget": forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy"}),
}


class MeetingForm(forms.Form):
    body = forms.ChoiceField(label=_("Body"), choices=Body.choices)
    kind = forms.ChoiceField(label=_("Kind"), choices=MeetingKind.choices)
    held_on = forms.DateField(label=_("Date"), **DATE)
    place = forms.CharField(label=_("Place"), max_length=200, required=False)
    chair = forms.CharField(label=_("Chaired by"), max_length=200, help_text="Nguyễn Văn Bình")
    chair_role = forms.CharField(
        label=_("Chair's title"), max_length=120, required=False, help_text="Bí thư Đảng ủy"
    )
    attendees = forms.CharField(
        label=_("Attendees"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One person or body per line."),
    )
    agenda = forms.CharField(
        label=_("Agenda"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 7}),
        help_text=_("One item per line: proposed from the data, yours to edit."),
    )


class ConclusionsForm(forms.Form):
    conclusions = forms.CharField(
        label=_("Conclusions"),
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("One conclusion per line; the tasks the meeting gives are added below."),
    )


class IssueForm(forms.Form):
    dated = forms.DateField(label=_("Notice dated"), **DATE)
