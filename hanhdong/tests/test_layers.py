"""Dependencies between the apps point one way (docs/architecture.md draws them).

Every module's imports are read — at the top of the file or inside a function alike, since a
function-local import that dodges a cycle is still a cycle — and an app may import only the
apps on the layers below its own. The project's own modules (settings, URLs, these
whole-app tests) sit above them all; any app's tests may use the shared personas of
``hanhdong.test``.
"""

import ast
from pathlib import Path

from django.conf import settings

PACKAGE = Path(__file__).resolve().parent.parent  # hanhdong/

# bottom first; an app imports only from the layers below its own
LAYERS = [
    ["lib"],
    ["ops"],
    ["audit", "notifications"],
    ["orgs"],
    ["targets"],
    ["programs"],
    ["imports"],
    ["feedback"],
    ["reports"],
    ["tasks"],
    ["exports"],
    ["meetings"],
    ["evaluations", "oversight", "signals"],
    ["api", "demo", "search"],
]
RANK = {app: rank for rank, apps in enumerate(LAYERS) for app in apps}
TEST_HELPERS = "test"  # hanhdong/test.py: the personas every app's tests share


def imported(source: str) -> list[tuple[int, str]]:
    """(line, hanhdong's second-level name) of every hanhdong module ``source`` imports."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
            if node.module == "hanhdong":  # from hanhdong import reports
                names = [f"hanhdong.{alias.name}" for alias in node.names]
        else:
            continue
        found += [(node.lineno, n.split(".")[1]) for n in names if n.startswith("hanhdong.")]
    return found


def violations(sources: dict[Path, str]) -> list[str]:
    """Every import of an app by an app not above it, as "file:line: a -> b"."""
    problems = []
    for path, source in sorted(sources.items()):
        parts = path.relative_to(PACKAGE).parts
        if len(parts) == 1 or parts[0] == "tests":
            continue  # the project's own modules sit above every app
        app = parts[0]
        is_test = "tests" in parts
        for line, target in imported(source):
            if target == app or (is_test and target == TEST_HELPERS):
                continue
            if app not in RANK or target not in RANK or RANK[target] >= RANK[app]:
                problems.append(f"{path.relative_to(PACKAGE)}:{line}: {app} -> {target}")
    return problems


def package_sources() -> dict[Path, str]:
    return {
        path: path.read_text(encoding="utf-8")
        for path in PACKAGE.rglob("*.py")
        if "migrations" not in path.parts
    }


def test_every_import_between_apps_points_down():
    assert violations(package_sources()) == []


def test_an_upward_import_is_caught_even_inside_a_function():
    sources = package_sources()
    access = PACKAGE / "orgs" / "access.py"
    sources[access] += "\n\ndef f():\n    from hanhdong.feedback.models import Feedback\n"
    found = violations(sources)
    assert len(found) == 1
    assert found[0].startswith("orgs/access.py:") and found[0].endswith("orgs -> feedback")


def test_apps_on_one_layer_do_not_import_each_other():
    sources = package_sources()
    sources[PACKAGE / "audit" / "models.py"] += "\nfrom hanhdong.notifications import outbox\n"
    assert [v.split(": ")[1] for v in violations(sources)] == ["audit -> notifications"]


def test_every_app_has_its_layer():
    apps = {name.split(".")[1] for name in settings.INSTALLED_APPS if name.startswith("hanhdong.")}
    assert apps <= set(RANK), f"place these apps on a layer: {apps - set(RANK)}"
    assert {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()} - {
        "tests",
        "locale",
    } <= set(RANK)
