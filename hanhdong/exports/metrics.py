"""How wide a line of Times New Roman is, so that a header line is given a column it fits
on one line.

Measured with the font's own advance widths: Times New Roman where it is installed, else
Liberation Serif, which has the same metrics (Debian's fonts-liberation; LibreOffice
substitutes it for Times New Roman). Without either, a conservative estimate per character
(wider than the real font), so a line judged to fit does fit.
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

from PIL import ImageFont

CM_PER_POINT = 2.54 / 72
UNITS = 2048  # the em of both fonts: measuring at this size gives widths in font units
FOLDERS = [
    Path("/usr/share/fonts/truetype/msttcorefonts"),
    Path("/usr/share/fonts/truetype/liberation2"),
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/TTF"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
]
FILES = {
    (False, False): ("Times_New_Roman.ttf", "times.ttf", "LiberationSerif-Regular.ttf"),
    (True, False): ("Times_New_Roman_Bold.ttf", "timesbd.ttf", "LiberationSerif-Bold.ttf"),
    (False, True): ("Times_New_Roman_Italic.ttf", "timesi.ttf", "LiberationSerif-Italic.ttf"),
    (True, True): (
        "Times_New_Roman_Bold_Italic.ttf",
        "timesbi.ttf",
        "LiberationSerif-BoldItalic.ttf",
    ),
}


@functools.cache
def _font(bold: bool, italic: bool):
    for folder in FOLDERS:
        for name in FILES[bold, italic]:
            path = folder / name
            if path.exists():
                try:
                    return ImageFont.truetype(str(path), UNITS)
                except OSError:
                    continue
    return None


def measured() -> bool:
    """Whether widths come from the font itself rather than the estimate."""
    return _font(False, False) is not None


def _estimate(text: str, bold: bool) -> float:
    """Width in ems, a little more than Times New Roman's."""
    total = 0.0
    for char in text:
        base = unicodedata.normalize("NFD", char)[0]
        if char.isspace():
            total += 0.25
        elif base.isupper():
            total += 0.78 if bold else 0.74
        elif base.isdigit():
            total += 0.5
        elif base.isalpha():
            total += 0.54 if bold else 0.5
        else:
            total += 0.36
    return total


def width_cm(text: str, size: float, *, bold: bool = False, italic: bool = False) -> float:
    """The width of ``text`` set on one line at ``size`` points, in centimetres."""
    font = _font(bold, italic)
    ems = font.getlength(text) / UNITS if font is not None else _estimate(text, bold)
    return ems * size * CM_PER_POINT
