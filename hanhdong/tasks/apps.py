from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TasksConfig(AppConfig):
    name = "hanhdong.tasks"
    label = "tasks"
    verbose_name = _("Assigned tasks")

    def ready(self):
        # register the finders of directives and tasks, and the worker's task deadlines
        from hanhdong.tasks import history, schedule, selectors  # noqa: F401
