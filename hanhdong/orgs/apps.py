from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrgsConfig(AppConfig):
    name = "hanhdong.orgs"
    label = "orgs"
    verbose_name = _("Organizations")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from hanhdong.orgs import history  # noqa: F401 — how the history tells units, users
        from hanhdong.orgs.account import remember_at_login

        user_logged_in.connect(remember_at_login, dispatch_uid="hanhdong-at-login")
