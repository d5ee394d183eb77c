from django import forms
from django.utils.translation import gettext_lazy as _

from hanhdong.orgs.models import Organization


class TaskFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False)
    agency = forms.ModelChoiceField(
        label=_("Agency"),
        queryset=Organization.objects.none(),
        required=False,
        empty_label=_("All agencies"),
    )
    area = forms.ChoiceField(label=_("Area"), required=False)
    period = forms.ChoiceField(label=_("Period"), required=False)

    def __init__(self, *args, program, agencies, areas, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = agencies
        self.fields["area"].choices = [("", _("All areas"))] + [
            (a.path, f"{a.number}. {a.title[:60]}") for a in areas
        ]
        years = range(program.term_start, program.term_end + 1)
        self.fields["period"].choices = [
            ("", _("Any time")),
            ("annual", _("Every year (Hằng năm)")),
            ("as_directed", _("As directed")),
        ] + [(str(y), _("Running in %(year)s") % {"year": y}) for y in years]


class KeyTaskForm(forms.Form):
    name = forms.CharField(label=_("Task"), widget=forms.Textarea(attrs={"rows": 3}))
    lead = forms.ModelChoiceField(
        label=_("Lead agency"), queryset=Organization.objects.none(), required=False
    )
    partners = forms.ModelMultipleChoiceField(
        label=_("Partner agencies"),
        queryset=Organization.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "choices"}),
    )
    partners_text = forms.CharField(
        label=_("Partner agencies (as written in the program)"), required=False
    )
    start_text = forms.CharField(
        label=_("Start"), required=False, help_text=_("e.g. Năm 2025, Quý III/2025, Hằng năm")
    )
    end_text = forms.CharField(label=_("End"), required=False)
    resources = forms.CharField(label=_("Resources"), required=False)

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lead"].queryset = units
        self.fields["partners"].queryset = units
