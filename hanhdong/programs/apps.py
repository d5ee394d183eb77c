from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgramsConfig(AppConfig):
    name = "hanhdong.programs"
    label = "programs"
    verbose_name = _("Action programs")

    def ready(self):
        from hanhdong.programs import selectors  # noqa: F401 — registers its finders
