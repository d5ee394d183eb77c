"""What every test starts from: an empty cache (the dashboard keeps its figures there, under
a stamp that a test's rolled-back rows could repeat in the next test), and the site's own
language (a request in English leaves English active in the thread, as a request does in a
server's; which test ran before must not decide the language of the next)."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation


@pytest.fixture(autouse=True)
def _fresh_start():
    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)
    yield
