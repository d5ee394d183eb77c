"""How the history panel tells reports and calendars (``audit.history``)."""

from django.utils.translation import gettext_lazy as _

from hanhdong.audit.history import register
from hanhdong.reports.models import ProgressReport, ReportingCalendar, TargetValue

register(ProgressReport, labels={"comment": _("Comment"), "values": _("Target values")})
register(
    ReportingCalendar,
    labels={"kinds": _("Kinds of reports"), "periods_created": _("Periods created")},
)
register(TargetValue, labels={"value": _("Value")})
