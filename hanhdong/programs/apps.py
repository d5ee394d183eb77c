from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgramsConfig(AppConfig):
    name = "hanhdong.programs"
    label = "programs"
    verbose_name = _("Action programs")

    def ready(self):
        # register the finders, and how the history panel tells programs and tasks
        from hanhdong.programs import history, selectors  # noqa: F401
