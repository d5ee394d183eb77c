"""Reading back what LibreOffice makes of a Word file: its pages as text laid out as on the
page (poppler's pdftotext -layout). Tests that need them skip, saying why, where either is
missing."""

import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

from hanhdong.exports import services

MISSING = (
    "LibreOffice is not installed (apt-get install libreoffice-writer-nogui)"
    if services.soffice() is None
    else "poppler's pdftotext is not installed (apt-get install poppler-utils)"
    if shutil.which("pdftotext") is None
    else ""
)
needs_libreoffice = unittest.skipIf(MISSING, MISSING)


def pages(pdf: bytes) -> list[str]:
    """The PDF's pages, each as the lines pdftotext -layout sets them."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "file.pdf"
        path.write_bytes(pdf)
        text = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"],
            capture_output=True,
            check=True,
            text=True,
            timeout=60,
        ).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def lines(page: str) -> list[str]:
    return [" ".join(line.split()) for line in page.splitlines() if line.strip()]
