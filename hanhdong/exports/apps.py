from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExportsConfig(AppConfig):
    name = "hanhdong.exports"
    label = "exports"
    verbose_name = _("Documents out")

    def ready(self):
        # register how orgs.access reads a register entry by id
        from hanhdong.exports import history, selectors  # noqa: F401
