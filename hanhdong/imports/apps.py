from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImportsConfig(AppConfig):
    name = "hanhdong.imports"
    label = "imports"
    verbose_name = _("Document import")

    def ready(self):
        # register the finders of drafts and jobs, and the worker's reading of uploads
        from hanhdong.imports import background, selectors  # noqa: F401
