"""How the history panel tells the register of documents (``audit.history``)."""

from django.utils.translation import gettext_lazy as _

from hanhdong.audit.history import register
from hanhdong.exports.models import RegisteredDocument

register(RegisteredDocument, labels={"symbol": _("Symbol")})
