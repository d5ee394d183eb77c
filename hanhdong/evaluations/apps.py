from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvaluationsConfig(AppConfig):
    name = "hanhdong.evaluations"
    label = "evaluations"
    verbose_name = _("Evaluations")

    def ready(self):
        # register the finders of criteria sets, rounds, ratings and the commune's scoring
        from hanhdong.evaluations import history, selectors  # noqa: F401
