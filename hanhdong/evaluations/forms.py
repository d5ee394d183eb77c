from django import forms
from django.utils.translation import gettext_lazy as _

from hanhdong.evaluations.models import Band, Group, SetKind, Source

DATE = {
    "input_formats": ["%d/%m/%Y", "%Y-%m-%d"],
    "widget": forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy"}),
}
POINTS = {"max_digits": 6, "decimal_places": 2, "min_value": 0}


class SetForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=300)
    basis = forms.CharField(label=_("Issued under"), max_length=300, required=False)
    from_year = forms.IntegerField(
        label=_("Applies from the year"), required=False, min_value=2000, max_value=2100
    )
    total_points = forms.DecimalField(label=_("Total points"), **POINTS)
    general_points = forms.DecimalField(label=_("General criteria points"), **POINTS)
    results_points = forms.DecimalField(label=_("Results points"), **POINTS)
    excellent_from = forms.DecimalField(label=_("Excellent from (points)"), **POINTS)
    good_from = forms.DecimalField(label=_("Good from (points)"), **POINTS)
    done_from = forms.DecimalField(label=_("Completed from (points)"), **POINTS)
    quota_percent = forms.DecimalField(
        # xgettext:no-python-format — a percent sign, not a placeholder
        label=_("Excellent at most (% of those rated good or better)"),
        max_value=100,
        **POINTS,
    )


class NewSetForm(SetForm):
    kind = forms.ChoiceField(label=_("Applies to"), choices=SetKind.choices)
    code = forms.SlugField(label=_("Code"), max_length=40, help_text="tieu-chi-2027")
    field_order = ["kind", "code", "name"]


class CriterionForm(forms.Form):
    group = forms.ChoiceField(label=_("Group"), choices=Group.choices)
    text = forms.CharField(label=_("Criterion"), widget=forms.Textarea(attrs={"rows": 2}))
    points = forms.DecimalField(label=_("Points (at most)"), max_digits=6, decimal_places=2)
    source = forms.ChoiceField(label=_("Points come from"), choices=Source.choices)
    goal = forms.DecimalField(
        label=_("Goal (count)"),
        required=False,
        help_text=_("For a count: full points when reached (e.g. 5 models)."),
        **POINTS,
    )
    evidence_hint = forms.CharField(label=_("Evidence asked"), max_length=300, required=False)


class RoundForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    self_due_on = forms.DateField(label=_("Self-assessment due"), **DATE)
    collective_set = forms.ModelChoiceField(label=_("Criteria for collectives"), queryset=None)
    individual_set = forms.ModelChoiceField(
        label=_("Criteria for individuals"), queryset=None, required=False
    )
    units = forms.ModelMultipleChoiceField(
        label=_("Collectives rated"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    heads = forms.ModelMultipleChoiceField(
        label=_("Heads rated as individuals"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, sets, units, heads, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["collective_set"].queryset = sets.filter(kind=SetKind.COLLECTIVE)
        self.fields["individual_set"].queryset = sets.filter(kind=SetKind.INDIVIDUAL)
        self.fields["units"].queryset = units
        self.fields["heads"].queryset = heads
        self.fields["heads"].label_from_instance = lambda m: (
            f"{m.user.get_full_name() or m.user.username} — {m.title or m.get_role_display()}, "
            f"{m.organization.name}"
        )


class NoteForm(forms.Form):
    note = forms.CharField(
        label=_("Remarks"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )


def band_form(ratings, data=None):
    """The Standing Committee's choice of band per rating, the proposal first."""
    form = NoteForm(data)
    for r in ratings:
        form.fields[f"band_{r.pk}"] = forms.ChoiceField(
            label=r.name, choices=Band.choices, initial=r.proposed_band
        )
    return form


class ModelForm(forms.Form):
    name = forms.CharField(label=_("Name of the model"), max_length=300)
    village = forms.ModelChoiceField(label=_("Village"), queryset=None, required=False)
    since = forms.IntegerField(label=_("Since the year"), min_value=1945, max_value=2100)
    maintained = forms.BooleanField(label=_("Still maintained"), required=False, initial=True)
    note = forms.CharField(label=_("Note"), max_length=300, required=False)

    def __init__(self, *args, villages, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["village"].queryset = villages


class AssessmentForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    criteria_set = forms.ModelChoiceField(label=_("Criteria"), queryset=None)

    def __init__(self, *args, sets, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["criteria_set"].queryset = sets


class VerifyForm(forms.Form):
    note = forms.CharField(
        label=_("The city's remarks"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
