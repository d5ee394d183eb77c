from django import forms
from django.utils.translation import gettext_lazy as _

from hanhdong.lib.text import clip
from hanhdong.orgs.models import Organization
from hanhdong.programs.models import Item, KeyTask, Program, Section
from hanhdong.tasks.models import DocKind, Origin

DATE = {
    "input_formats": ["%d/%m/%Y", "%Y-%m-%d"],
    "widget": forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy"}),
}


def units_of(commune):
    return Organization.objects.in_commune(commune).filter(is_active=True).order_by("name")


class DirectiveForm(forms.Form):
    origin = forms.ChoiceField(label=_("Where it comes from"), choices=Origin.choices)
    kind = forms.ChoiceField(label=_("Kind of document"), choices=DocKind.choices)
    number = forms.CharField(
        label=_("Number"), max_length=40, required=False, help_text=_("e.g. 30-TB/TU")
    )
    issued_on = forms.DateField(label=_("Issued on"), required=False, **DATE)
    issuer_name = forms.CharField(
        label=_("Issued by"),
        max_length=200,
        required=False,
        help_text=_("e.g. Ban Thường vụ Thành ủy Hải Phòng"),
    )
    owner = forms.ModelChoiceField(
        label=_("Agency whose plan it is"),
        queryset=Organization.objects.none(),
        required=False,
        help_text=_("For an implementing plan: UBND, the Front, a mass organisation, a cell."),
    )
    title = forms.CharField(label=_("Title"), widget=forms.Textarea(attrs={"rows": 2}))
    first_year = forms.IntegerField(
        label=_("From the year"), required=False, min_value=2000, max_value=2100
    )
    last_year = forms.IntegerField(
        label=_("To the year"), required=False, min_value=2000, max_value=2100
    )

    def __init__(self, *args, commune, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = units_of(commune)


def program_choices(program: Program | None) -> list[tuple[str, str]]:
    """The sections and items of ``program`` by their place ("II.1.1", "II.1.1:2")."""
    if program is None:
        return []
    choices = []
    items: dict[int, list[Item]] = {}
    for item in Item.objects.filter(section__program=program).order_by("position"):
        items.setdefault(item.section_id, []).append(item)
    for section in Section.objects.filter(program=program).order_by("position"):
        if section.depth == 0 and not items.get(section.pk):
            continue  # a part (I, II, III) is not carried out as such
        choices.append((section.path, f"{section.path}. {clip(section.title, 90)}"))
        for n, item in enumerate(items.get(section.pk, []), 1):
            choices.append((f"{section.path}:{n}", f"— {section.path}:{n} {clip(item.text, 90)}"))
    return choices


class TaskForm(forms.Form):
    title = forms.CharField(
        label=_("Task (what)"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000
    )
    lead = forms.ModelChoiceField(
        label=_("Lead agency (who)"), queryset=Organization.objects.none(), required=False
    )
    partners = forms.ModelMultipleChoiceField(
        label=_("Partner agencies"),
        queryset=Organization.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "choices"}),
    )
    responsible = forms.CharField(
        label=_("Responsible leader (responsibility)"),
        max_length=200,
        required=False,
        help_text=_("e.g. đồng chí Chủ tịch UBND xã"),
    )
    due_text = forms.CharField(
        label=_("Deadline (when)"),
        max_length=200,
        required=False,
        help_text=_("30/06/2026, Quý III/2026, 10 ngày làm việc, Thường xuyên …"),
    )
    product = forms.CharField(
        label=_("Expected product"),
        max_length=300,
        required=False,
        help_text=_("e.g. Kế hoạch triển khai; báo cáo kết quả; số hộ được hỗ trợ"),
    )
    key_task = forms.ModelChoiceField(
        label=_("Key task it serves"), queryset=KeyTask.objects.none(), required=False
    )
    serves = forms.MultipleChoiceField(
        label=_("Program items it carries out"),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )

    def __init__(self, *args, commune, program=None, **kwargs):
        super().__init__(*args, **kwargs)
        units = units_of(commune)
        self.fields["lead"].queryset = units
        self.fields["partners"].queryset = units
        if program is not None:
            self.fields["key_task"].queryset = program.key_tasks.current()
        self.fields["serves"].choices = program_choices(program)

    def service_fields(self) -> tuple[dict, list]:
        data = dict(self.cleaned_data)
        partners = list(data.pop("partners") or [])
        return data, partners


class ProgressForm(forms.Form):
    percent = forms.IntegerField(label=_("Percent complete"), min_value=0, max_value=99)
    text = forms.CharField(label=_("What was done"), widget=forms.Textarea(attrs={"rows": 3}))


class CloseForm(forms.Form):
    done_on = forms.DateField(label=_("Completed on"), **DATE)
    result = forms.CharField(
        label=_("Product delivered"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The document (its number and date), the figure reached, what was built …"),
    )
    result_link = forms.URLField(
        label=_("Link to the product"), required=False, max_length=500, assume_scheme="https"
    )
    result_file = forms.FileField(label=_("The product as a file"), required=False)


class ConfirmForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Required when the completion is not confirmed: say what is missing."),
    )


class HoldForm(forms.Form):
    action = forms.ChoiceField(
        choices=[("pause", "pause"), ("resume", "resume"), ("cancel", "cancel")],
        widget=forms.HiddenInput,
    )
    reason = forms.CharField(label=_("Why"), widget=forms.Textarea(attrs={"rows": 2}))


class TaskSettingsForm(forms.Form):
    remind_days = forms.IntegerField(
        label=_("Remind the lead agency this many days before a deadline"),
        min_value=0,
        max_value=60,
    )
    escalate_days = forms.IntegerField(
        label=_("Tell the Standing Committee this many days after a missed deadline"),
        min_value=0,
        max_value=90,
    )
    public_ranking = forms.BooleanField(
        label=_("Publish the agencies' ranking on the commune's public page"), required=False
    )


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("The directive"),
        help_text=_(
            "A higher body's thông báo kết luận, chỉ thị or kế hoạch: PDF with a text layer, "
            "Word .docx or text; up to 20 MB."
        ),
    )


class ReviewForm(forms.Form):
    """One row a candidate: taken or not, and its task, lead, deadline and product as the
    clerk corrects them."""

    def __init__(self, *args, candidates, commune, **kwargs):
        super().__init__(*args, **kwargs)
        units = units_of(commune)
        self.rows = []
        for i, c in enumerate(candidates):
            self.fields[f"take_{i}"] = forms.BooleanField(
                label=_("Take in"), required=False, initial=c.get("suggested", False)
            )
            self.fields[f"title_{i}"] = forms.CharField(
                label=_("Task"),
                initial=c["title"],
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
            self.fields[f"lead_{i}"] = forms.ModelChoiceField(
                label=_("Lead agency"), queryset=units, required=False, initial=c.get("lead_id")
            )
            self.fields[f"due_{i}"] = forms.CharField(
                label=_("Deadline"), initial=c.get("due_text", ""), required=False, max_length=200
            )
            self.fields[f"product_{i}"] = forms.CharField(
                label=_("Expected product"),
                initial=c.get("product", ""),
                required=False,
                max_length=300,
            )
            self.rows.append(
                (c, [self[f"{n}_{i}"] for n in ("take", "title", "lead", "due", "product")])
            )
        self.candidates = candidates

    def taken(self) -> list[dict]:
        """The confirmed tasks, as ``directive_import_confirm`` takes them."""
        out = []
        for i, c in enumerate(self.candidates):
            if not self.cleaned_data.get(f"take_{i}"):
                continue
            out.append(
                {
                    "title": self.cleaned_data[f"title_{i}"] or c["title"],
                    "lead": self.cleaned_data[f"lead_{i}"],
                    "lead_text": c.get("lead_text", "")[:255],
                    "partners_text": c.get("partners_text", ""),
                    "partners": [
                        p
                        for p in self.fields[f"lead_{i}"].queryset
                        if p.pk in (c.get("partner_ids") or [])
                    ],
                    "due_text": self.cleaned_data[f"due_{i}"],
                    "product": self.cleaned_data[f"product_{i}"],
                    "serves": [],
                }
            )
        return out


class CityLinkForm(forms.Form):
    """What of the city's program one place of the commune's program carries out."""

    serves = forms.MultipleChoiceField(
        label=_("Items of the city's program it carries out"),
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "choices"}),
        help_text=_(
            "A section chosen carries out each of its items; choose none to remove the link."
        ),
    )

    def __init__(self, *args, city_program, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["serves"].choices = program_choices(city_program)
