"""The application as bench/feedback.py serves it: hanhdong's settings, with the bench's
URLs (bench_urls.py: hanhdong's own plus the trivial view that is the yardstick of its
ratio). It lives here, not in the product: the server is started with
DJANGO_SETTINGS_MODULE=bench_settings.
"""

from hanhdong.settings import *  # noqa: F403 — the application's settings, then the change

ROOT_URLCONF = "bench_urls"
