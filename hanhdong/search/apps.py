from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "hanhdong.search"
    label = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.db.models.signals import post_migrate

        from hanhdong.search.index import ensure_after_migrate

        # another app's migration may rebuild a table (SQLite) and drop its triggers: they
        # are put back, and the index filled again, after every migrate
        post_migrate.connect(ensure_after_migrate, dispatch_uid="search-index")
