"""The Excel sheet of a commune's users: the empty sheet to fill in, and reading it back,
every row checked (errors listed by row, nothing saved unless every row is right)."""

from __future__ import annotations

import io

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import translation
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation

from hanhdong.lib.text import clean_text, fold
from hanhdong.orgs.matching import match_organization
from hanhdong.orgs.models import Organization, Role

HEADINGS = ["Họ và tên", "Tên đăng nhập", "Email", "Đơn vị", "Vai trò"]
# the roles a sheet gives (a city viewer is a city's, the denunciation handlers the
# Standing Committee's to designate)
ROLES = [Role.STANDING, Role.CLERK, Role.OFFICER, Role.INSPECTOR, Role.SUPERVISOR]
MAX_ROWS = 2000


def _role_labels() -> dict[str, str]:
    """Every way a role may be written in the sheet, folded, to the role."""
    labels = {}
    for role in ROLES:
        for language in ("vi", "en"):
            with translation.override(language):
                labels[fold(str(Role(role).label))] = role
        labels[fold(role)] = role
    return labels


def users_template(commune: Organization) -> bytes:
    """The empty sheet: the five columns, a list of roles to choose from, and the
    commune's units on a second sheet."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Người dùng"
    sheet.append(HEADINGS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, width in zip("ABCDE", (28, 18, 28, 36, 30), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    units = book.create_sheet("Đơn vị")
    units.append(["Đơn vị của " + commune.name])
    units.column_dimensions["A"].width = 50
    for unit in Organization.objects.in_commune(commune).filter(is_active=True):
        units.append([unit.name])
    roles = book.create_sheet("Vai trò")
    roles.append(["Vai trò"])
    roles.column_dimensions["A"].width = 50
    with translation.override("vi"):
        for role in ROLES:
            roles.append([str(Role(role).label)])
    for page in (units, roles):
        page["A1"].font = Font(bold=True)
    # the choices as ranges of the other sheets: a role's name may hold a comma, which an
    # inline list would split
    for page, column in ((units, "D"), (roles, "E")):
        choice = DataValidation(
            type="list", formula1=f"'{page.title}'!$A$2:$A${page.max_row}", allow_blank=True
        )
        sheet.add_data_validation(choice)
        choice.add(f"{column}2:{column}{MAX_ROWS + 1}")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def read_users(data: bytes, commune: Organization) -> list[dict]:
    """The rows of a filled sheet, each checked: {"full_name", "username", "email", "unit",
    "role"}. Raises ValidationError listing every bad row ("Dòng 3: …")."""
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises several kinds on a file that is not a workbook
        raise ValidationError(_("This file is not an Excel workbook (.xlsx).")) from None
    rows = list(book.worksheets[0].iter_rows(values_only=True, max_row=MAX_ROWS + 1))
    if not rows or [clean_text(str(c or "")).strip() for c in rows[0][:5]] != HEADINGS:
        raise ValidationError(
            _("The first row must be the columns: %(columns)s.") % {"columns": ", ".join(HEADINGS)}
        )
    units = list(Organization.objects.in_commune(commune).filter(is_active=True))
    roles = _role_labels()
    taken = {u.lower() for u in get_user_model().objects.values_list("username", flat=True)}
    seen, out, errors = set(), [], []
    for number, cells in enumerate(rows[1:], 2):
        full_name, username, email, unit_name, role_name = (
            clean_text(str(c)).strip() if c is not None else ""
            for c in (list(cells) + [None] * 5)[:5]
        )
        if not any((full_name, username, email, unit_name, role_name)):
            continue
        problems = []
        if not full_name:
            problems.append(_("the full name is empty"))
        if not username or len(username) > 150 or any(c.isspace() for c in username):
            problems.append(_("the user name is empty or has spaces"))
        elif username.lower() in taken or username.lower() in seen:
            problems.append(_("the user name %(u)s is already taken") % {"u": username})
        if email:
            try:
                validate_email(email)
            except ValidationError:
                problems.append(_("the email is not an address"))
        unit = match_organization(unit_name, units, commune.short_name) if unit_name else None
        if unit is None:
            problems.append(_("no unit of the commune is called “%(u)s”") % {"u": unit_name})
        role = roles.get(fold(role_name))
        if role is None:
            problems.append(_("choose the role from the list"))
        if problems:
            errors.append(
                _("Row %(row)s: %(problems)s.") % {"row": number, "problems": "; ".join(problems)}
            )
            continue
        seen.add(username.lower())
        out.append(
            {
                "full_name": full_name,
                "username": username,
                "email": email,
                "unit": unit,
                "role": role,
            }
        )
    if errors:
        raise ValidationError(errors)
    if not out:
        raise ValidationError(_("The sheet has no filled row."))
    return out
