from django import forms
from django.utils.translation import gettext_lazy as _

from hanhdong.reports.models import TaskStatus


class ReportForm(forms.Form):
    status = forms.ChoiceField(label=_("Progress"), choices=TaskStatus.choices)
    percent = forms.IntegerField(label=_("Percent complete"), min_value=0, max_value=100)
    results = forms.CharField(
        label=_("Results"), required=False, widget=forms.Textarea(attrs={"rows": 5})
    )
    difficulties = forms.CharField(
        label=_("Difficulties"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    proposals = forms.CharField(
        label=_("Proposals"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, targets=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.targets = list(targets)
        for target in self.targets:
            self.fields[f"target_{target.pk}"] = forms.DecimalField(
                label=f"{target.indicator[:1].upper()}{target.indicator[1:]} ({target.unit})",
                required=False,
                max_digits=18,
                decimal_places=4,
                localize=True,
                help_text=_("Target: %(c)s %(v)s %(u)s")
                % {"c": target.comparison_symbol, "v": target.value_display, "u": target.unit},
            )

    def values(self) -> dict:
        return {t.pk: self.cleaned_data.get(f"target_{t.pk}") for t in self.targets}

    def report_fields(self) -> dict:
        return {
            k: self.cleaned_data[k]
            for k in ("status", "percent", "results", "difficulties", "proposals")
        }


class ReviewForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class ContributionForm(forms.Form):
    text = forms.CharField(
        label=_("Our agency's contribution"), widget=forms.Textarea(attrs={"rows": 3})
    )
