"""Stored period titles in the one form of lib.periods: a regular period's from its kind,
year and number; an ad-hoc request's when its title names a period ("quý iv/2026")."""

from django.db import migrations

from hanhdong.lib import periods

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def _regular_title(kind: str, year: int, number: int) -> str | None:
    if kind == "month" and 1 <= number <= 12:
        return f"Tháng {number}/{year}"
    if kind == "quarter" and number in ROMAN:
        return f"Quý {ROMAN[number]}/{year}"
    if kind == "half":
        return f"6 tháng đầu năm {year}"
    if kind == "nine":
        return f"9 tháng năm {year}"
    if kind == "year":
        return f"Năm {year}"
    return None


def retitle(apps, schema_editor):
    ReportingPeriod = apps.get_model("reports", "ReportingPeriod")
    for period in ReportingPeriod.objects.only("kind", "year", "number", "title").iterator():
        if period.kind == "adhoc":
            title = periods.normal_title(period.title)
        else:
            title = _regular_title(period.kind, period.year, period.number) or period.title
        if title != period.title:
            period.title = title
            period.save(update_fields=["title"])


class Migration(migrations.Migration):
    dependencies = [("reports", "0003_notifications_move_out")]

    operations = [migrations.RunPython(retitle, migrations.RunPython.noop)]
