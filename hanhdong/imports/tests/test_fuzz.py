"""A property-based fuzz of the readers: the shipped documents (and the seed, when it is
beside the checkout) mutated — bits flipped, bytes cut out, inserted, repeated or written
over, the end lost; for a Word file also inside its XML — and random text. Whatever the
input, reading ends in a result or in the importer's own error with a Vietnamese message,
and nothing reaches the last-resort handler (which would mean a bug of ours).

Bounded: a fixed number of examples per reader, derandomised so the suite repeats itself;
``HANHDONG_FUZZ_EXAMPLES=2000`` runs that many per test, at random.
"""

import io
import logging
import os
import zipfile
from contextlib import contextmanager
from pathlib import Path

from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hanhdong.imports.parse.document import DocumentError
from hanhdong.imports.reader import read_document
from hanhdong.imports.tests.test_hostile import VIETNAMESE
from hanhdong.test import seed_path

DATA = Path(__file__).parent / "data"
SEED = seed_path("000_9f14aadca8c603d6.txt")
TEXTS = [p.read_bytes() for p in sorted(DATA.glob("*.txt"))] + (
    [SEED.read_bytes()] if SEED.exists() else []
)
WORD = [p.read_bytes() for p in sorted(DATA.glob("*.docx"))]
PDF = [p.read_bytes() for p in sorted(DATA.glob("*.pdf"))]
EXAMPLES = int(os.environ.get("HANHDONG_FUZZ_EXAMPLES", "0"))


def bounded(examples: int):
    return settings(
        max_examples=EXAMPLES or examples,
        deadline=None,
        derandomize=not EXAMPLES,
        database=None,
        suppress_health_check=list(HealthCheck),
    )


@st.composite
def mutated(draw, originals: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(originals)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        match draw(st.sampled_from(["flip", "cut", "insert", "repeat", "overwrite", "end"])):
            case "flip" if data:
                data[at] ^= 1 << draw(st.integers(0, 7))
            case "cut":
                del data[at : at + draw(st.integers(1, 64))]
            case "insert":
                data[at:at] = draw(st.binary(min_size=1, max_size=32))
            case "repeat":
                data[at:at] = data[at : at + draw(st.integers(1, 512))] * draw(st.integers(1, 8))
            case "overwrite":
                chunk = draw(st.binary(min_size=1, max_size=16))
                data[at : at + len(chunk)] = chunk
            case "end":
                del data[at:]
    return bytes(data)


@st.composite
def word_with_mutated_xml(draw) -> bytes:
    """A Word file whose XML parts are mutated and packed again: past the zip's checks."""
    source = zipfile.ZipFile(io.BytesIO(draw(st.sampled_from(WORD))))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry in source.infolist():
            content = source.read(entry)
            if entry.filename.endswith(".xml") and draw(st.booleans()):
                content = draw(mutated([content]))
            archive.writestr(entry.filename, content)
    return buffer.getvalue()


@st.composite
def program_like_text(draw) -> bytes:
    """Lines of the shipped texts shuffled among random ones."""
    lines = [line for text in TEXTS for line in text.decode("utf-8").splitlines()]
    chosen = draw(st.lists(st.sampled_from(lines) | st.text(max_size=80), max_size=150))
    return "\n".join(chosen).encode("utf-8", "surrogatepass")


@contextmanager
def nothing_unexpected():
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append
    logger = logging.getLogger("hanhdong.imports.reader")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    assert not records, records[0].exc_info


def reads_cleanly(data: bytes, name: str) -> None:
    with translation.override("vi"), nothing_unexpected():
        try:
            read_document(data, name)
        except DocumentError as exc:
            assert VIETNAMESE & set(exc.message), exc.message


@bounded(40)
@given(mutated(TEXTS))
def test_it_reads_any_mutated_text_cleanly(data):
    reads_cleanly(data, "fuzz.txt")


@bounded(30)
@given(program_like_text())
def test_it_reads_any_text_made_of_program_lines_cleanly(data):
    reads_cleanly(data, "fuzz.txt")


@bounded(30)
@given(mutated(WORD))
def test_it_reads_any_mutated_word_file_cleanly(data):
    reads_cleanly(data, "fuzz.docx")


@bounded(30)
@given(word_with_mutated_xml())
def test_it_reads_any_word_file_with_mutated_xml_cleanly(data):
    reads_cleanly(data, "fuzz.docx")


@bounded(25)
@given(mutated(PDF))
def test_it_reads_any_mutated_pdf_cleanly(data):
    reads_cleanly(data, "fuzz.pdf")
