from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "hanhdong.reports"
    label = "reports"
    verbose_name = _("Progress reporting")

    def ready(self):
        # register the finders of periods and files, and the worker's report deadlines and
        # period summaries
        from hanhdong.reports import history, schedule, selectors, summaries  # noqa: F401
