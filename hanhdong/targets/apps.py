from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TargetsConfig(AppConfig):
    name = "hanhdong.targets"
    label = "targets"
    verbose_name = _("Targets")

    def ready(self):
        # how the history panel tells targets
        from hanhdong.targets import history  # noqa: F401
