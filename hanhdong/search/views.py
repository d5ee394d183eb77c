from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_GET

from hanhdong.lib.text import clean_text
from hanhdong.orgs.access import reach_of
from hanhdong.search.selectors import search

QUERY_LIMIT = 200  # characters of a query


@login_required
@require_GET
def results(request):
    """The search page: what the user may see of the communes they read, grouped, ranked."""
    query = clean_text(request.GET.get("q", ""))[:QUERY_LIMIT].strip()
    found = search(reach_of(request.user), query) if query else {"words": [], "groups": []}
    return render(
        request,
        "search/results.html",
        {"query": query, "search_query": query, **found, "tab": "search"},
    )
