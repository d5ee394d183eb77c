"""How ``orgs.access`` reads this app's objects by id, and the register page's read."""

from __future__ import annotations

from hanhdong.exports.models import RegisteredDocument
from hanhdong.orgs.access import finder


@finder("register_entry")
def register_entry_by_id(pk: int) -> RegisteredDocument | None:
    return RegisteredDocument.objects.select_related("commune").filter(pk=pk).first()


def register_of(commune, year: int | None = None):
    """The commune's register, the latest numbers first; one year's when ``year`` is given."""
    found = RegisteredDocument.objects.filter(commune=commune).select_related("created_by")
    if year is not None:
        found = found.filter(dated__year=year)
    return found.order_by("-dated", "kind", "-number")
