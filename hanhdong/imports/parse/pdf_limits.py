"""Limits on what reading a PDF may cost, enforced inside pdfminer as it works.

A PDF's size says little of its cost: a stream of two megabytes may inflate to gigabytes,
a form drawn ten times by a form drawn ten times … runs billions of drawing instructions,
one page may hold a million characters. So, while a PDF is read under ``guarded()``:

- every stream is inflated a piece at a time up to ``limits.MAX_STREAM`` (pdfminer's own
  decoders hold the whole output at once), and all of them together up to
  ``limits.MAX_PDF_UNPACKED``; a damaged stream gives what pdfminer would give, in one pass;
- each page may run ``limits.MAX_PAGE_CONTENT`` bytes of drawing instructions, forms
  included each time they are drawn, and hold ``limits.MAX_PAGE_GLYPHS`` characters, the
  whole PDF ``limits.MAX_PDF_CONTENT`` and ``limits.MAX_PDF_GLYPHS``; past
  ``limits.MAX_PAGE_PATHS`` lines and boxes, the rest are not kept (nor tables looked for).

pdfminer's decoders are module globals of ``pdfminer.pdftypes``: they are replaced once, by
versions that do the same work and count it (outside ``guarded()`` they only keep the
per-stream limit). The page and its interpreter are subclasses, used for our pages only.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from io import BytesIO

import pdfplumber.page
from django.utils.translation import gettext as _
from pdfminer import pdftypes
from pdfminer.ccitt import ccittfaxdecode
from pdfminer.lzw import LZWDecoder
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdftypes import stream_value
from pdfminer.utils import MATRIX_IDENTITY, apply_png_predictor, apply_tiff_predictor

from hanhdong.imports import limits

PIECE = 64 * 1024  # bytes of a deflated stream fed to zlib at a time
MAX_PREDICTED = 4 * limits.MB  # pdfminer undoes a predictor byte by byte, in Python


class PdfLimit(Exception):
    """A limit was reached; ``message`` says which, in the user's language."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


@dataclass
class Budget:
    """What reading one PDF has cost so far; the first limit reached is kept, so that it
    is reported even where pdfminer swallows the exception."""

    unpacked: int = 0
    document_content: int = 0
    document_glyphs: int = 0
    content: int = 0  # of the current page
    glyphs: int = 0  # of the current page
    paths: int = 0  # of the current page
    exceeded: PdfLimit | None = None

    def new_page(self) -> None:
        self.content = self.glyphs = self.paths = 0

    def refuse(self, message: str) -> PdfLimit:
        self.exceeded = self.exceeded or PdfLimit(message)
        return self.exceeded

    @property
    def too_many_paths(self) -> bool:
        return self.paths > limits.MAX_PAGE_PATHS


_budget: ContextVar[Budget | None] = ContextVar("pdf_budget", default=None)


@contextmanager
def guarded() -> Iterator[Budget]:
    """Read a PDF within the limits (per thread: each reading has its own budget)."""
    budget = Budget()
    token = _budget.set(budget)
    try:
        yield budget
    finally:
        _budget.reset(token)


def _mb(size: int) -> int:
    return size // limits.MB


class _Output:
    """The output of one decoder, counted against the stream's and the document's limits."""

    def __init__(self):
        self.pieces: list[bytes] = []
        self.size = 0
        self.budget = _budget.get()

    def add(self, piece: bytes) -> None:
        self.size += len(piece)
        if self.size > limits.MAX_STREAM:
            raise self._refuse(
                _("a stream of the PDF unpacks to more than %(n)s MB")
                % {"n": _mb(limits.MAX_STREAM)}
            )
        if self.budget is not None:
            self.budget.unpacked += len(piece)
            if self.budget.unpacked > limits.MAX_PDF_UNPACKED:
                raise self._refuse(
                    _("the PDF unpacks to more than %(n)s MB") % {"n": _mb(limits.MAX_PDF_UNPACKED)}
                )
        self.pieces.append(piece)

    def _refuse(self, message: str) -> PdfLimit:
        return self.budget.refuse(message) if self.budget is not None else PdfLimit(message)

    def bytes(self) -> bytes:
        return b"".join(self.pieces)


class _Zlib:
    """Stands in for the zlib module in ``pdfminer.pdftypes``: ``decompress`` inflates a
    piece at a time, within the limits. pdfminer, when a stream does not inflate cleanly,
    inflates it again a byte at a time: if the damage lies before its last four bytes it
    gives nothing, else what came before. This gives the same, in one pass, and never
    raises, so pdfminer's slow second pass is never taken."""

    error = zlib.error
    decompressobj = staticmethod(zlib.decompressobj)

    @staticmethod
    def decompress(data: bytes) -> bytes:
        output = _Output()
        inflater = zlib.decompressobj()
        for start in range(0, len(data), PIECE):
            piece = data[start : start + PIECE]
            before = inflater.copy()
            try:
                _inflate(inflater, piece, output)
            except zlib.error:
                damaged_at = start + _damage_in(before, piece)
                return output.bytes() if damaged_at >= len(data) - 3 else b""
            if inflater.eof:
                break
        return output.bytes()


def _inflate(inflater, piece: bytes, output: _Output) -> None:
    while piece:
        output.add(inflater.decompress(piece, PIECE))
        piece = inflater.unconsumed_tail


def _damage_in(inflater, piece: bytes) -> int:
    """Where in ``piece`` inflating fails, a byte at a time (as pdfminer finds it)."""
    for index in range(len(piece)):
        try:
            inflater.decompress(piece[index : index + 1])
        except zlib.error:
            return index
    return len(piece)


def _lzwdecode(data: bytes) -> bytes:
    output = _Output()
    for piece in LZWDecoder(BytesIO(data)).run():
        output.add(piece)
    return output.bytes()


def _rldecode(data: bytes) -> bytes:
    """RunLength, as pdfminer decodes it, counted as it grows."""
    output = _Output()
    index = 0
    while index < len(data):
        length = data[index]
        if length == 128:
            break
        if length < 128:
            literal = data[index + 1 : index + length + 2]
            if len(literal) < length + 1:
                raise ValueError("RunLength data ends inside a run")
            output.add(literal)
            index += length + 2
        else:
            if index + 1 >= len(data):
                raise ValueError("RunLength data ends inside a run")
            output.add(data[index + 1 : index + 2] * (257 - length))
            index += 2
    return output.bytes()


def _ccittfaxdecode(data: bytes, params: dict) -> bytes:
    columns = pdftypes.int_value(params.get("Columns", 1728)) if params else 1728
    rows = pdftypes.int_value(params.get("Rows", 0)) if params else 0
    if not 0 < (columns + 7) // 8 * rows <= limits.MAX_STREAM:
        raise _Output()._refuse(
            _("a stream of the PDF unpacks to more than %(n)s MB") % {"n": _mb(limits.MAX_STREAM)}
        )
    return ccittfaxdecode(data, params)


def _predicted(undo):
    def within(*args):
        if len(args[-1]) > MAX_PREDICTED:
            raise _Output()._refuse(
                _("a stream of the PDF unpacks to more than %(n)s MB") % {"n": _mb(MAX_PREDICTED)}
            )
        return undo(*args)

    return within


pdftypes.zlib = _Zlib
pdftypes.lzwdecode = _lzwdecode
pdftypes.rldecode = _rldecode
pdftypes.ccittfaxdecode = _ccittfaxdecode
pdftypes.apply_png_predictor = _predicted(apply_png_predictor)
pdftypes.apply_tiff_predictor = _predicted(apply_tiff_predictor)


# -- pages ------------------------------------------------------------------------------------
class _Interpreter(PDFPageInterpreter):
    """Counts the drawing instructions a page runs, each form each time it is drawn."""

    def render_contents(self, resources, streams, ctm=MATRIX_IDENTITY):
        budget = _budget.get()
        if budget is not None:
            for stream in pdftypes.list_value(streams):
                cost = max(len(stream_value(stream).get_data()), limits.FORM_COST)
                budget.content += cost
                budget.document_content += cost
            if budget.content > limits.MAX_PAGE_CONTENT:
                raise budget.refuse(
                    _("this page draws more than %(n)s MB of instructions")
                    % {"n": _mb(limits.MAX_PAGE_CONTENT)}
                )
            if budget.document_content > limits.MAX_PDF_CONTENT:
                raise budget.refuse(
                    _("the PDF draws more than %(n)s MB of instructions")
                    % {"n": _mb(limits.MAX_PDF_CONTENT)}
                )
        return super().render_contents(resources, streams, ctm)


class _Device(pdfplumber.page.PDFPageAggregatorWithMarkedContent):
    """Counts a page's characters (refused past the limit) and its lines and boxes (not
    kept past theirs)."""

    def render_char(self, *args, **kwargs):
        budget = _budget.get()
        if budget is not None:
            budget.glyphs += 1
            budget.document_glyphs += 1
            if budget.glyphs > limits.MAX_PAGE_GLYPHS:
                raise budget.refuse(
                    _("this page holds more than %(n)s characters")
                    % {"n": limits.shown(limits.MAX_PAGE_GLYPHS)}
                )
            if budget.document_glyphs > limits.MAX_PDF_GLYPHS:
                raise budget.refuse(
                    _("the PDF holds more than %(n)s characters")
                    % {"n": limits.shown(limits.MAX_PDF_GLYPHS)}
                )
        return super().render_char(*args, **kwargs)

    def paint_path(self, *args, **kwargs):
        budget = _budget.get()
        if budget is not None:
            budget.paths += 1
            if budget.too_many_paths:
                return None
        return super().paint_path(*args, **kwargs)

    def render_image(self, *args, **kwargs):
        budget = _budget.get()
        if budget is not None:
            budget.paths += 1
            if budget.too_many_paths:
                return None
        return super().render_image(*args, **kwargs)


class Page(pdfplumber.page.Page):
    """A pdfplumber page laid out by the counting interpreter and device."""

    @property
    def layout(self):
        if hasattr(self, "_layout"):
            return self._layout
        device = _Device(self.pdf.rsrcmgr, pageno=self.page_number, laparams=self.pdf.laparams)
        interpreter = _Interpreter(self.pdf.rsrcmgr, device)
        try:
            interpreter.process_page(self.page_obj)
        except PdfLimit:
            raise
        except Exception as exc:
            raise pdfplumber.page.PdfminerException(exc) from exc
        self._layout = device.get_result()
        return self._layout
