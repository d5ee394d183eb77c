from django import template
from django.utils.formats import number_format

from hanhdong.audit.history import tell
from hanhdong.lib.text import mask_personal
from hanhdong.orgs.access import reach_of
from hanhdong.orgs.models import Organization

register = template.Library()


@register.filter
def can_manage(user, commune) -> bool:
    """Whether ``user`` manages the units, users and program of ``commune``."""
    return commune is not None and reach_of(user).can_manage_orgs(commune.pk)


@register.filter
def sees_dashboard(user, commune) -> bool:
    return commune is not None and reach_of(user).can_see_dashboard(commune.pk)


@register.filter
def sees_signals(user, commune) -> bool:
    """The supervision-on-data page: the oversight bodies and the Party Office."""
    return commune is not None and reach_of(user).can_see_signals(commune.pk)


@register.filter
def sees_feedback(user, commune) -> bool:
    """Whoever works in the commune has a citizens' feedback list (an agency: its own)."""
    return commune is not None and reach_of(user).can_see_feedback_list(commune.pk)


@register.filter
def sees_evaluations_page(user, commune) -> bool:
    """The yearly evaluations: the board, the Committee, the Party Office, the agencies'
    officers (their own ratings), the city (the commune's own scoring)."""
    return commune is not None and reach_of(user).has_evaluations_page(commune.pk)


@register.filter
def asks_reports(user, commune) -> bool:
    """The Party Office and Standing Committee members may ask for ad-hoc reports."""
    return commune is not None and reach_of(user).can_ask_reports(commune.pk)


@register.filter
def designates_denunciation_handlers(user, commune) -> bool:
    return commune is not None and reach_of(user).can_designate_denunciation_handlers(commune.pk)


@register.filter
def cities_of(user):
    """The cities whose communes ``user`` watches side by side (city viewers)."""
    ids = reach_of(user).city_ids if user.is_authenticated else set()
    return Organization.objects.filter(pk__in=ids) if ids else []


@register.filter
def masked(text: str) -> str:
    """What a citizen wrote, fit for a public page: phone numbers, emails and identity
    numbers blotted out."""
    return mask_personal(text)


@register.filter
def sets_up_communes(user) -> bool:
    """The site administrator, who adds cities and communes."""
    return user.is_authenticated and reach_of(user).can_set_up_communes()


@register.filter
def in_words(entries):
    """Audit entries as the history panel tells them (``audit.history.tell``)."""
    return tell(entries or [])


@register.filter
def has_required(form) -> bool:
    """Whether ``form`` shows a field that must be filled in (and so the legend of the *)."""
    return any(field.field.required for field in form.visible_fields())


@register.filter
def figure(value, decimals=2) -> str:
    """A figure for reading, in the reader's language: at most ``decimals`` decimals and no
    trailing zeros, thousands grouped (22.6 -> "22,6", 1234.5 -> "1.234,5" in Vietnamese).
    Never for an attribute a machine reads: those take plain numbers."""
    if value is None or value == "":
        return ""
    text = f"{float(value):.{int(decimals)}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    return number_format(text, force_grouping=True)


@register.filter
def sees_oversight(user, commune) -> bool:
    """The commune's leaders and the city's viewers see its inspections and supervisions."""
    return commune is not None and reach_of(user).can_see_oversight(commune.pk)
