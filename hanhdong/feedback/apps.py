from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "hanhdong.feedback"
    label = "feedback"
    verbose_name = _("Citizens' feedback")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        # register the finders of submissions and files, and the worker's checks
        from hanhdong.feedback import history, schedule, selectors  # noqa: F401
        from hanhdong.feedback.communes import forget
        from hanhdong.orgs.models import Organization

        post_save.connect(forget, sender=Organization, dispatch_uid="feedback-communes")
        post_delete.connect(forget, sender=Organization, dispatch_uid="feedback-communes-del")
