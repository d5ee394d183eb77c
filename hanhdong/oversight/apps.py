from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OversightConfig(AppConfig):
    name = "hanhdong.oversight"
    label = "oversight"
    verbose_name = _("Inspection and supervision")

    def ready(self):
        # register the finders of oversight records and the worker's coverage check
        from hanhdong.oversight import history, schedule, selectors  # noqa: F401
