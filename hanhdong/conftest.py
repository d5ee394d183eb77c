"""What every test starts from: an empty cache (the dashboard keeps its figures there, under
a stamp that a test's rolled-back rows could repeat in the next test), and the site's own
language (a request in English leaves English active in the thread, as a request does in a
server's; which test ran before must not decide the language of the next)."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation


@pytest.fixture(autouse=True)
def _fresh_start():
    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)
    yield


# The files that take longest, with the seconds each took on a 2-core machine (December 2026).
# They are run first, longest first, so that the workers of `make test` finish together: a
# long file handed out last would leave one worker running it alone. The figures only order
# the run; a file missing here runs after them, in the usual order.
LONGEST = {
    "tests/browser/test_phone_width.py": 42,
    "tests/test_roles.py": 28,
    "tests/test_production.py": 27,
    "imports/tests/test_hostile.py": 25,
    "tests/browser/test_oversight_flow.py": 21,
    "tests/test_malformed.py": 21,
    "imports/tests/test_background.py": 20,
    "demo/tests/test_demo.py": 19,
    "tests/test_api_contract.py": 18,
    "imports/tests/test_fuzz.py": 13,
    "tests/browser/test_flows.py": 12,
    "tests/test_evaluations_demo.py": 11,
    "programs/tests/test_views.py": 10,
    "reports/tests/test_views.py": 10,
    "imports/tests/test_documents.py": 10,
    "tests/browser/test_evaluation_flow.py": 9,
    "tests/browser/test_signals_pages.py": 8,
    "tests/browser/test_meeting_flow.py": 8,
}


def pytest_collection_modifyitems(config, items):
    """The longest files first (``LONGEST``); with ``--no-loadscope-reorder`` (make test)
    pytest-xdist hands the files out in this order."""
    here = Path(__file__).parent

    def seconds(item) -> int:
        try:
            return LONGEST.get(item.path.relative_to(here).as_posix(), 0)
        except ValueError:  # outside the package
            return 0

    items.sort(key=lambda item: -seconds(item))
