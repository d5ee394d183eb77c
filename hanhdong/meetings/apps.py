from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "hanhdong.meetings"
    label = "meetings"
    verbose_name = _("Meetings")

    def ready(self):
        # register the finder of meetings
        from hanhdong.meetings import selectors  # noqa: F401
