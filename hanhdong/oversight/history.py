"""How the history panel tells the links of targets to oversight (``audit.history``)."""

from django.utils.translation import gettext_lazy as _

from hanhdong.audit.history import register
from hanhdong.oversight.models import CoverageLink

register(CoverageLink, labels={"target": _("Indicator")})
