from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from hanhdong.signals.models import SignalKind, SignalSettings
from hanhdong.signals.services import BOUNDS, NOTE_LIMIT, THRESHOLDS


class ThresholdsForm(forms.Form):
    """The commune's thresholds, each within its bounds (``services.BOUNDS``)."""

    def __init__(self, *args, instance: SignalSettings, **kwargs):
        super().__init__(*args, **kwargs)
        for name in THRESHOLDS:
            low, high = BOUNDS[name]
            self.fields[name] = forms.IntegerField(
                label=capfirst(SignalSettings._meta.get_field(name).verbose_name),
                min_value=low,
                max_value=high,
                initial=getattr(instance, name),
            )


class RemindForm(forms.Form):
    agency = forms.IntegerField(widget=forms.HiddenInput, min_value=1, max_value=2**63 - 1)
    kind = forms.ChoiceField(choices=SignalKind.choices, widget=forms.HiddenInput)
    note = forms.CharField(label=_("Message"), max_length=NOTE_LIMIT, widget=forms.Textarea)
