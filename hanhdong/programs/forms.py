from django import forms
from django.utils.translation import gettext_lazy as _

from hanhdong.lib.periods import PeriodKind
from hanhdong.lib.text import clip
from hanhdong.orgs.models import Organization
from hanhdong.programs.models import ProgramStatus
from hanhdong.targets.models import Comparison, Recurrence
from hanhdong.targets.services import appendix_number


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
            (a.path, f"{a.number}. {clip(a.title, 60)}") for a in areas
        ]
        years = range(program.term_start, program.term_end + 1)
        self.fields["period"].choices = [
            ("", _("Any time")),
            (PeriodKind.ANNUAL, _("Every year (Hằng năm)")),
            (PeriodKind.AS_DIRECTED, _("As directed")),
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


class ProgramForm(forms.Form):
    number = forms.CharField(
        label=_("Number"), max_length=40, required=False, help_text=_("e.g. 05-CTr/ĐU")
    )
    title = forms.CharField(label=_("Title"), widget=forms.Textarea(attrs={"rows": 2}))
    issuer_name = forms.CharField(label=_("Issued by"), max_length=200, required=False)
    issued_on = forms.DateField(
        label=_("Issued on"),
        required=False,
        input_formats=["%d/%m/%Y", "%Y-%m-%d"],
        widget=forms.DateInput(format="%d/%m/%Y"),
        help_text=_("dd/mm/yyyy"),
    )
    term_start = forms.IntegerField(label=_("Term from"), min_value=2000, max_value=2100)
    term_end = forms.IntegerField(label=_("Term to"), min_value=2000, max_value=2100)
    status = forms.ChoiceField(label=_("Status"), choices=ProgramStatus.choices)


class SectionForm(forms.Form):
    title = forms.CharField(label=_("Heading"), widget=forms.Textarea(attrs={"rows": 2}))
    body = forms.CharField(
        label=_("Text"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    items = forms.CharField(
        label=_("Tasks and measures"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("One per line."),
    )

    def clean_items(self):
        return [line.strip() for line in self.cleaned_data["items"].splitlines() if line.strip()]


class TargetForm(forms.Form):
    indicator = forms.CharField(label=_("Indicator"), widget=forms.Textarea(attrs={"rows": 2}))
    comparison = forms.ChoiceField(label=_("Comparison"), choices=Comparison.choices)
    value = forms.DecimalField(
        label=_("Target value"), max_digits=18, decimal_places=4, localize=True
    )
    unit = forms.CharField(label=_("Unit"), max_length=60, required=False)
    year = forms.IntegerField(label=_("By year"), required=False, min_value=2000, max_value=2100)
    recurrence = forms.ChoiceField(
        label=_("Recurrence"),
        required=False,
        choices=[("", _("Once, by the year above"))] + Recurrence.choices,
    )
    baseline_value = forms.DecimalField(
        label=_("Baseline"), required=False, max_digits=18, decimal_places=4, localize=True
    )
    baseline_year = forms.IntegerField(
        label=_("Baseline year"), required=False, min_value=1990, max_value=2100
    )
    where = forms.CharField(
        label=_("Stated in"),
        max_length=60,
        required=False,
        help_text=_("A section such as II.4, or “phụ lục 3” for key task 3 of the appendix"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        where = self.initial.get("where") or ""
        if number := appendix_number(where):  # kept as "appendix:N", shown in words
            self.initial["where"] = f"phụ lục {number}"

    def clean_where(self) -> str:
        where = self.cleaned_data["where"].strip()
        number = appendix_number(where)
        return f"appendix:{number}" if number else where
