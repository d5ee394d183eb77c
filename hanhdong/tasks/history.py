"""How the history panel tells directives and their tasks (``audit.history``)."""

from django.utils.translation import gettext_lazy as _

from hanhdong.audit.history import register
from hanhdong.tasks.models import AssignedTask, Directive

register(Directive, labels={"tasks": _("Tasks issued")})
register(AssignedTask, labels={"note": _("Note")})
