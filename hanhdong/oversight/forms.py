from django import forms
from django.utils.translation import gettext_lazy as _

from hanhdong.feedback.models import Kind as FeedbackKind
from hanhdong.orgs.models import Organization, OrgKind
from hanhdong.oversight.models import Body, Discipline, Focus, Kind, Measure, Scope, SupervisionKind
from hanhdong.oversight.services import DECISION_FIELDS

DATE = {
    "input_formats": ["%d/%m/%Y", "%Y-%m-%d"],
    "widget": forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy"}),
}
PARTY_KINDS = (
    OrgKind.PARTY_CELL,
    OrgKind.PARTY_COMMITTEE,
    OrgKind.PARTY_BOARD,
    OrgKind.PARTY_OFFICE,
    OrgKind.INSPECTION_COMMITTEE,
)


def party_units(commune):
    """The party organisations of the commune an inspection may be about."""
    return Organization.objects.in_commune(commune).filter(kind__in=PARTY_KINDS, is_active=True)


class ProgramForm(forms.Form):
    body = forms.ChoiceField(label=_("Whose program"), choices=Body.choices)
    scope = forms.ChoiceField(label=_("Covers"), choices=Scope.choices)
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100, required=False)
    title = forms.CharField(label=_("Title"), max_length=300)
    number = forms.CharField(label=_("Number"), max_length=40, required=False)
    adopted_on = forms.DateField(label=_("Adopted on"), required=False, **DATE)


class SubjectForm(forms.Form):
    """Who is inspected or supervised."""

    def __init__(self, *args, commune, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["subject_org"].queryset = party_units(commune).order_by("name")

    subject_org = forms.ModelChoiceField(
        label=_("Party organisation"),
        queryset=Organization.objects.none(),
        required=False,
        help_text=_("The party cell or committee; for a party member, the one they belong to."),
    )
    member_name = forms.CharField(
        label=_("Party member"),
        max_length=120,
        required=False,
        help_text=_("Only when a party member is inspected or supervised."),
    )
    member_role = forms.CharField(label=_("Member's position"), max_length=160, required=False)
    member_is_head = forms.BooleanField(
        label=_("The member is a head (người đứng đầu)"), required=False
    )


class ItemForm(SubjectForm):
    field_order = [
        "kind",
        "subject_org",
        "member_name",
        "member_role",
        "member_is_head",
        "focus",
        "content",
        "year",
        "quarter",
        "starts_on",
        "ends_on",
        "team",
    ]
    kind = forms.ChoiceField(label=_("Kind"), choices=Kind.choices)
    focus = forms.ChoiceField(label=_("Content"), choices=Focus.choices)
    content = forms.CharField(
        label=_("Content in detail"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100, required=False)
    quarter = forms.TypedChoiceField(
        label=_("Quarter"),
        choices=[("", "—"), (1, "I"), (2, "II"), (3, "III"), (4, "IV")],
        coerce=int,
        empty_value=None,
        required=False,
    )
    starts_on = forms.DateField(label=_("Period from"), required=False, **DATE)
    ends_on = forms.DateField(label=_("Period to"), required=False, **DATE)
    team = forms.CharField(label=_("Team"), max_length=300, required=False)


class InspectionForm(SubjectForm):
    field_order = [
        "body",
        "kind",
        "subject_org",
        "member_name",
        "member_role",
        "member_is_head",
        "focus",
        "content",
        "reason",
        "decision_on",
        "team",
        "starts_on",
        "ends_on",
    ]
    body = forms.ChoiceField(label=_("Carried out by"), choices=Body.choices)
    kind = forms.ChoiceField(label=_("Kind"), choices=Kind.choices)
    focus = forms.ChoiceField(label=_("Content"), choices=Focus.choices)
    content = forms.CharField(
        label=_("Content in detail"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    reason = forms.CharField(
        label=_("Why"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    decision_on = forms.DateField(label=_("Decision dated"), **DATE)
    team = forms.CharField(
        label=_("Team"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One person per line."),
    )
    starts_on = forms.DateField(label=_("Period from"), required=False, **DATE)
    ends_on = forms.DateField(label=_("Period to"), required=False, **DATE)


class DecisionForm(InspectionForm):
    """A decided inspection's decision as it may be corrected: not its body or date, which
    its number stands on, nor the team and period, which the work form records."""

    field_order = [n for n in InspectionForm.field_order if n in DECISION_FIELDS]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in list(self.fields):
            if name not in DECISION_FIELDS:
                del self.fields[name]


class WorkForm(forms.Form):
    team = forms.CharField(
        label=_("Team"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    starts_on = forms.DateField(label=_("Period from"), required=False, **DATE)
    ends_on = forms.DateField(label=_("Period to"), required=False, **DATE)
    documents = forms.CharField(
        label=_("Documents received"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One document per line."),
    )
    findings = forms.CharField(
        label=_("Findings"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("One finding per line."),
    )


class ConcludeForm(forms.Form):
    conclusions = forms.CharField(
        label=_("Conclusions"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("One conclusion per line; the recommendations are the tasks above."),
    )
    discipline = forms.ChoiceField(
        label=_("Disciplinary outcome"), choices=Discipline.choices, required=False
    )
    discipline_note = forms.CharField(label=_("About the discipline"), required=False)
    concluded_on = forms.DateField(label=_("Conclusion dated"), **DATE)
    signer_name = forms.CharField(label=_("Signed by"), max_length=120, required=False)
    signer_role = forms.CharField(
        label=_("Signer's title"), max_length=120, required=False, help_text="Chủ nhiệm"
    )


class LinkForm(forms.Form):
    def __init__(self, *args, targets, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].choices = [(t.pk, t.indicator[:150]) for t in targets]
        self.targets = {t.pk: t for t in targets}

    target = forms.TypedChoiceField(label=_("Target"), coerce=int, choices=[])
    measure = forms.ChoiceField(label=_("Measured as"), choices=Measure.choices)


class SupervisionForm(forms.Form):
    def __init__(self, *args, bodies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].queryset = bodies

    body = forms.ModelChoiceField(label=_("Held by"), queryset=Organization.objects.none())
    kind = forms.ChoiceField(label=_("Kind"), choices=SupervisionKind.choices)
    held_on = forms.DateField(label=_("Date"), **DATE)
    title = forms.CharField(label=_("Subject"), max_length=300)
    supervised = forms.CharField(
        label=_("Agencies supervised or questioned"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    participants = forms.CharField(
        label=_("Participants"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    findings = forms.CharField(
        label=_("Findings and opinions"), required=False, widget=forms.Textarea(attrs={"rows": 5})
    )


class RecordForm(SupervisionForm):
    """A supervision's record as it may be corrected: not the body that held it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, bodies=Organization.objects.none(), **kwargs)
        del self.fields["body"]


class IssueForm(forms.Form):
    number = forms.CharField(
        label=_("Number of the report or letter"), max_length=40, required=False
    )
    issued_on = forms.DateField(label=_("Dated"), **DATE)


class PetitionForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[(k, label) for k, label in FeedbackKind.choices if k != FeedbackKind.DENUNCIATION],
    )
    title = forms.CharField(label=_("Title"), max_length=200)
    text = forms.CharField(label=_("What was raised"), widget=forms.Textarea(attrs={"rows": 3}))
    place = forms.CharField(label=_("Place"), max_length=200, required=False)
    name = forms.CharField(label=_("Raised by"), max_length=120, required=False)
    phone = forms.CharField(label=_("Phone"), max_length=30, required=False)
    consent = forms.BooleanField(
        label=_("The citizen agrees to their name and phone being kept"), required=False
    )
