from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImportsConfig(AppConfig):
    name = "hanhdong.imports"
    label = "imports"
    verbose_name = _("Document import")

    def ready(self):
        from hanhdong.imports import selectors  # noqa: F401 — registers its finder
