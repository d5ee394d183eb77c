from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SignalsConfig(AppConfig):
    name = "hanhdong.signals"
    label = "signals"
    verbose_name = _("Supervision on data")
