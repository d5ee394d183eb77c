"""What every test starts from: an empty cache (the dashboard keeps its figures there, under
a stamp that a test's rolled-back rows could repeat in the next test)."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
