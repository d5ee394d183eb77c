"""Shared start-up for bench scripts: Django settings, the repository and shared paths."""

import contextlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hanhdong.settings")
SHARED = Path(os.environ.get("HANHDONG_SHARED", ROOT.parent / "shared"))
OWN_DATA = ROOT / "hanhdong" / "imports" / "tests" / "data"


def setup():
    import django

    django.setup()


def make_commune(city, code: str, name: str, agencies: int = 12):
    """A commune of ``city`` with ``agencies`` departments, written directly (bench data)."""
    from hanhdong.orgs.models import Organization, OrgKind

    commune = Organization.objects.create(kind=OrgKind.COMMUNE, name=name, parent=city, code=code)
    commune.commune = commune
    commune.save()
    units = [
        Organization.objects.create(
            kind=OrgKind.DEPARTMENT, name=f"Cơ quan {a}", parent=commune, commune=commune
        )
        for a in range(agencies)
    ]
    return commune, units


@contextlib.contextmanager
def scratch_database(keep: bool = False):
    """A test database made for the run and dropped after it (never the real one); yields
    the database's vendor ("sqlite", "postgresql"). ``keep``: left for a look afterwards
    (its name is printed; drop it yourself)."""
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        yield connection.vendor
    finally:
        if keep:
            print(f"kept the database {connection.settings_dict['NAME']}", file=sys.stderr)
        else:
            connection.creation.destroy_test_db(old_name, verbosity=0)
