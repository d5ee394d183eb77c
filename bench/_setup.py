"""Shared start-up for bench scripts: Django settings, the repository and shared paths."""

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
