"""How the history panel tells submissions (``audit.history``)."""

from django.utils.translation import gettext_lazy as _

from hanhdong.audit.history import register
from hanhdong.feedback.models import Feedback

register(Feedback, labels={"note": _("Note"), "published_at": _("Published on")})
