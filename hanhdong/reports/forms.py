from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from hanhdong.lib.files import MultipleFileInput
from hanhdong.reports import calendar
from hanhdong.reports.models import ReportingKind, TaskStatus
from hanhdong.reports.services import progress_question


class ReportForm(forms.Form):
    # chosen by the officer: a first report does not start on "on track"
    status = forms.ChoiceField(
        label=_("Progress"), choices=[("", _("— choose —")), *TaskStatus.choices]
    )
    percent = forms.IntegerField(label=_("Percent complete"), min_value=0, max_value=100)
    results = forms.CharField(
        label=_("Results"),
        required=False,  # a draft may be saved without them; submitting needs them
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Needed to submit the report; a draft may be saved without them."),
    )
    difficulties = forms.CharField(
        label=_("Difficulties"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    proposals = forms.CharField(
        label=_("Proposals"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    # read from request.FILES by the view, which checks each file's content
    attachments = forms.Field(
        label=_("Attach files"),
        required=False,
        widget=MultipleFileInput(),
        help_text=_("PDF, photos (PNG, JPEG), Word or Excel; up to 10 MB each."),
    )

    def __init__(self, *args, targets=(), **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound and self._question_from(self.data):
            # asked only when the progress and the percent sent disagree: see clean()
            self.fields["confirm"] = forms.BooleanField(
                label=_("I confirm that the progress and the percent complete are as entered."),
                required=False,
            )
            self.order_fields(["status", "percent", "confirm"])
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

    def _question_from(self, data) -> str | None:
        """The question about the progress and percent as sent, read as the fields read them."""
        try:
            status = self.fields["status"].clean(data.get("status"))
            percent = self.fields["percent"].clean(data.get("percent"))
        except forms.ValidationError:
            return None
        return progress_question(status, percent)

    def clean(self):
        cleaned = super().clean()
        if "status" in cleaned and "percent" in cleaned:
            question = progress_question(cleaned["status"], cleaned["percent"])
            if question and not cleaned.get("confirm"):
                self.add_error("confirm" if "confirm" in self.fields else None, question)
        return cleaned

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


class CalendarForm(forms.Form):
    monthly = forms.BooleanField(label=_("Monthly reports"), required=False)
    quarterly = forms.BooleanField(label=_("Quarterly reports"), required=False)
    half_yearly = forms.BooleanField(label=_("6-month reports"), required=False)
    nine_months = forms.BooleanField(label=_("9-month reports"), required=False)
    annual = forms.BooleanField(label=_("Annual reports"), required=False)
    cutoff_day = forms.IntegerField(
        label=_("Figures are taken up to this day of the month"),
        min_value=1,
        max_value=28,
        help_text=_("14 by default: a period runs from the 15th of the month before."),
    )
    submit_days = forms.IntegerField(
        label=_("Reports are due this many working days after"), min_value=0, max_value=20
    )
    remind_days = forms.IntegerField(
        label=_("Remind agencies this many days before the deadline"), min_value=0, max_value=30
    )
    escalate_days = forms.IntegerField(
        label=_("Tell the Standing Committee this many days after the deadline"),
        min_value=0,
        max_value=60,
    )


class AdhocForm(forms.Form):
    title = forms.CharField(label=_("What is asked"), max_length=200)
    due_on = forms.DateField(
        label=_("Due"), input_formats=["%d/%m/%Y", "%Y-%m-%d"], help_text=_("dd/mm/yyyy")
    )
    note = forms.CharField(
        label=_("Details"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    tasks = forms.ModelMultipleChoiceField(
        label=_("Key tasks (none ticked: every task due)"),
        required=False,
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, program, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tasks"].queryset = program.key_tasks.filter(is_withdrawn=False)
        self.fields["tasks"].label_from_instance = lambda t: f"{t.number}. {t.name[:90]}"


class CityPeriodForm(forms.Form):
    """Which period the city and national pages compare: one of the year's regular periods
    (``period``, e.g. "quarter:3") and the year; the older pair ``kind`` and ``number`` is
    read too. ``key()`` is None when no period is chosen, or none that can be: the page then
    shows the latest one whose deadline has passed."""

    KINDS = [(k, label) for k, label in ReportingKind.choices if k != ReportingKind.ADHOC]
    period = forms.CharField(required=False, max_length=20)
    kind = forms.ChoiceField(choices=KINDS, required=False)
    year = forms.IntegerField(min_value=2000, max_value=2100, required=False)
    number = forms.IntegerField(min_value=0, max_value=12, required=False)

    def __init__(self, *args, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today

    def key(self) -> tuple[str, int, int] | None:
        self.is_valid()  # cleaned_data keeps the fields that are valid
        data = self.cleaned_data
        kind, number = data.get("kind"), data.get("number")
        if ":" in (data.get("period") or ""):
            kind, _sep, written = data["period"].partition(":")
            number = int(written) if written.isdigit() else None
        if kind not in dict(self.KINDS):
            return None
        numbers = calendar.numbers(kind)
        if numbers == [0]:  # one period a year: a number says nothing of it
            number = 0
        elif number is None:  # the quarter or month of today's date
            number = calendar.number_on(kind, self.today)
        if number not in numbers:
            return None
        return kind, data.get("year") or self.today.year, number

    @classmethod
    def choices(cls, year: int) -> list[tuple[str, str]]:
        """The year's regular periods, as the select offers them: the quarters first."""
        return [
            (f"{kind}:{number}", calendar.title(kind, year, number))
            for kind in calendar.REGULAR
            for number in calendar.numbers(kind)
        ]


class IndicatorSheetForm(forms.Form):
    """How a sheet of figures is read: the sheet, its header row, the period (a column or a
    fixed one), the date column, and for each target in force the column that gives it."""

    name = forms.CharField(label=_("Name"), max_length=200)
    source = forms.CharField(
        label=_("Source"),
        max_length=200,
        help_text=_("What each value says it comes from, e.g. the province's one-stop system."),
    )
    sheet_name = forms.CharField(
        label=_("Sheet"), max_length=100, required=False, help_text=_("Empty: the first sheet.")
    )
    header_row = forms.IntegerField(label=_("Header row"), min_value=1, max_value=100, initial=1)
    period_column = forms.CharField(
        label=_("Column giving the period"),
        max_length=100,
        required=False,
        help_text=_("Its heading or letter; the cells name the period, e.g. “Tháng 10/2026”."),
    )
    period = forms.ModelChoiceField(label=_("or a fixed period"), queryset=None, required=False)
    date_column = forms.CharField(
        label=_("Column giving the date of the figures"),
        max_length=100,
        required=False,
        help_text=_("Empty: the period's cut-off day."),
    )

    def __init__(self, *args, program, sheet=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["period"].queryset = program.reporting_periods.order_by("due_on")
        self.targets = list(program.targets.current().order_by("position"))
        mapped = {c["target"]: c["column"] for c in (sheet.columns if sheet else [])}
        for target in self.targets:
            self.fields[f"target_{target.pk}"] = forms.CharField(
                label=f"{capfirst(target.indicator)} ({target.comparison_symbol} "
                f"{target.value_display} {target.unit})",
                max_length=100,
                required=False,
                initial=mapped.get(target.pk, ""),
                help_text=_("The heading (or letter) of its column; empty: not taken in."),
            )
        if sheet is not None:
            for name in (
                "name",
                "source",
                "sheet_name",
                "header_row",
                "period_column",
                "date_column",
            ):
                self.fields[name].initial = getattr(sheet, name)
            self.fields["period"].initial = sheet.period_id

    def mapping(self) -> dict:
        data = dict(self.cleaned_data)
        data["columns"] = [
            {"column": data.pop(f"target_{t.pk}"), "target": t.pk} for t in self.targets
        ]
        return data


class IndicatorUploadForm(forms.Form):
    file = forms.FileField(label=_("Excel file (.xlsx)"))
