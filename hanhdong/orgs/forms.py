from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from hanhdong.orgs.models import CommuneLevel, DayKind, Organization, OrgKind, Role
from hanhdong.orgs.selectors import unit_tree

UNIT_KINDS = [
    (k, label) for k, label in OrgKind.choices if k not in (OrgKind.CITY, OrgKind.COMMUNE)
]
# the roles the Party Office gives; the Standing Committee designates denunciation handlers
COMMUNE_ROLES = [
    (r, label) for r, label in Role.choices if r not in (Role.CITY_VIEWER, Role.DENUNCIATIONS)
]


class OrganizationForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    short_name = forms.CharField(label=_("Short name"), max_length=60, required=False)
    kind = forms.ChoiceField(label=_("Kind"), choices=UNIT_KINDS)
    parent = forms.ModelChoiceField(label=_("Parent unit"), queryset=Organization.objects.none())
    aliases = forms.CharField(
        label=_("Other names"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One per line: how documents also name this unit, e.g. “UBND xã”."),
    )
    position = forms.IntegerField(label=_("Order"), min_value=0, initial=0, required=False)
    is_active = forms.BooleanField(label=_("Active"), required=False, initial=True)

    def __init__(self, *args, commune, exclude=None, **kwargs):
        """The parent is the commune itself or any unit in it, offered as the tree reads
        (a unit cannot go under itself or under one of its own)."""
        super().__init__(*args, **kwargs)
        rows, skip = [], None
        for unit, depth in unit_tree(commune):
            if skip is not None and depth > skip:
                continue  # below the unit being edited
            skip = depth if exclude is not None and unit.pk == exclude.pk else None
            if skip is None:
                rows.append((unit, depth))
        field = self.fields["parent"]
        retired = gettext("%s (retired)")
        field.queryset = Organization.objects.filter(pk__in=[unit.pk for unit, _ in rows])
        field.choices = [("", "---------")] + [
            (unit.pk, "— " * depth + (unit.name if unit.is_active else retired % unit.name))
            for unit, depth in rows
        ]

    def clean_position(self):
        return self.cleaned_data["position"] or 0


class UserForm(forms.Form):
    """A user's details and roles in the commune: at creation one role; when editing, every
    role they hold here (untick to take one away) and one more to add."""

    username = forms.CharField(label=_("User name"), max_length=150)
    first_name = forms.CharField(label=_("Family and middle name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Given name"), max_length=150, required=False)
    email = forms.EmailField(label=_("Email"), required=False)
    password = forms.CharField(
        label=_("Password"),
        widget=forms.PasswordInput(render_value=False),
        required=False,
        help_text=_("At least 8 characters, not only digits. Leave empty to keep it unchanged."),
    )
    is_active = forms.BooleanField(label=_("May log in"), required=False, initial=True)
    roles = forms.MultipleChoiceField(
        label=_("Roles held"),
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "choices"}),
        help_text=_("Untick a role to take it away."),
    )
    organization = forms.ModelChoiceField(label=_("Unit"), queryset=Organization.objects.none())
    role = forms.ChoiceField(label=_("Role"), choices=COMMUNE_ROLES)

    def __init__(self, *args, commune, creating, held=(), **kwargs):
        """``held``: the memberships the user has in the commune (when editing)."""
        super().__init__(*args, **kwargs)
        self.held = {str(m.pk): m for m in held}
        self.fields["organization"].queryset = Organization.objects.filter(commune=commune)
        self.fields["password"].required = creating
        if creating:
            self.fields["password"].help_text = _("At least 8 characters, not only digits.")
            del self.fields["roles"]
            return
        self.fields["username"].disabled = True
        self.fields["roles"].choices = [
            (pk, f"{m.get_role_display()} — {m.organization.label}") for pk, m in self.held.items()
        ]
        self.fields["roles"].initial = list(self.held)
        for name in ("organization", "role"):
            self.fields[name].required = False
        self.fields["organization"].label = _("Add a role in the unit")
        self.fields["role"].choices = [("", "—"), *COMMUNE_ROLES]
        self.fields["role"].label = _("Role to add")

    def clean(self):
        data = super().clean()
        if bool(data.get("organization")) != bool(data.get("role")):
            raise forms.ValidationError(_("To add a role, choose both the unit and the role."))
        if not self.memberships():
            raise forms.ValidationError(_("A user holds at least one role in the commune."))
        return data

    def memberships(self) -> list:
        """The (unit, role) pairs the user is to hold in the commune."""
        data = self.cleaned_data
        kept = [
            (m.organization, m.role) for pk, m in self.held.items() if pk in data.get("roles", [])
        ]
        added = [(data["organization"], data["role"])] if data.get("organization") else []
        return kept + [pair for pair in added if pair not in kept]


class DenunciationHandlersForm(forms.Form):
    handlers = forms.ModelMultipleChoiceField(
        label=_("Who handles denunciations and may know who sent them"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "choices"}),
        help_text=_(
            "Besides the Standing Committee. Everyone else sees a denunciation with its "
            "author hidden."
        ),
    )

    def __init__(self, *args, staff, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["handlers"].queryset = staff
        self.fields["handlers"].label_from_instance = lambda u: u.get_full_name() or u.username


class CityForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200, help_text=_("e.g. Thành phố Hải Phòng"))
    code = forms.SlugField(label=_("Code"), max_length=40, help_text=_("e.g. hp"))


class CommuneForm(forms.Form):
    city = forms.ModelChoiceField(label=_("City or province"), queryset=Organization.objects.none())
    level = forms.ChoiceField(
        label=_("Kind"), choices=CommuneLevel.choices, initial=CommuneLevel.XA
    )
    name = forms.CharField(
        label=_("Name"), max_length=150, help_text=_("Its own name, e.g. Tiên Lãng")
    )
    code = forms.SlugField(
        label=_("Code"),
        max_length=40,
        help_text=_("Used in the citizens' address, e.g. hp-tienlang"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cities = Organization.objects.filter(kind=OrgKind.CITY)
        self.fields["city"].queryset = cities
        if len(cities) == 1:  # most installations watch one city
            self.fields["city"].initial = cities[0].pk


class UsersSheetForm(forms.Form):
    file = forms.FileField(label=_("The filled-in sheet (.xlsx)"))


class CalendarDayForm(forms.Form):
    day = forms.DateField(
        label=_("Date"),
        input_formats=["%d/%m/%Y", "%Y-%m-%d"],
        widget=forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy"}),
    )
    kind = forms.ChoiceField(label=_("The day is"), choices=DayKind.choices)
    note = forms.CharField(
        label=_("Note"),
        max_length=200,
        required=False,
        help_text=_("E.g. “nghỉ bù cho thứ Bảy 15/02” or “làm bù cho thứ Hai 27/01”."),
    )
