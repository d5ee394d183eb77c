"""Hostile program files, made on the spot (none is stored in the repository), and a runner
that reads each in a process of its own under a memory and a time limit.

``python -m hanhdong.imports.tests.hostile [NAME …]`` sets Django up once, then forks one
child per file: the child makes the file, reads it with ``read_document`` under
RLIMIT_AS, and reports what came out; the parent measures its wall time and its peak
resident memory and CPU time (``os.wait4``). One JSON line per file on stdout.
"""

from __future__ import annotations

import io
import json
import os
import resource
import select
import signal
import sys
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hanhdong.imports.tests.craft import (
    CONTENT_TYPES,
    FONT,
    HEAD,
    MB,
    RELS,
    Pdf,
    W,
    deflated_repeat,
    document_xml,
    docx,
    items,
    package_with,
    paragraph,
    pdf_pages,
    repeated_crc,
    text_ops,
    zip_of,
)

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[], tuple[str, bytes]]
    says: str | None  # what the Vietnamese message must contain; None: read, or refused
    heavy: bool = False  # read whole at a limit, to time it: seconds of work, not a refusal


CASES: dict[str, Case] = {}


def case(says: str | None, heavy: bool = False):
    def register(make):
        CASES[make.__name__] = Case(make.__name__, make, says, heavy)
        return make

    return register


# -- Word ----------------------------------------------------------------------------------------
@case("giải nén lớn hơn 64 MB")
def zip_bomb():
    """word/document.xml says, truly, that it unpacks to 2 GB of spaces."""
    chunk = b" " * MB
    return "bom.docx", package_with(
        (deflated_repeat(chunk, 2048), 2048 * MB, repeated_crc(chunk, 2048))
    )


@case("tệp Word bị hỏng")
def zip_bomb_lying():
    """word/document.xml claims 4 KB but inflates to 1 GB."""
    chunk = b"<w:p/>" * 100_000
    return "bom2.docx", package_with((deflated_repeat(chunk, 1700), 4096, zlib.crc32(b"")))


@case("giải nén lớn hơn 64 MB")
def zip_bomb_under_the_old_cap():
    """190 MB of empty paragraphs, truly declared: it took gigabytes to read."""
    chunk = b"<w:p/>" * 174_762
    body = b'<?xml version="1.0"?><w:document xmlns:w="' + W.encode() + b'"><w:body>'
    times = 190
    size = len(body) + len(chunk) * times + len(b"</w:body></w:document>")
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = compressor.compress(body) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = compressor.compress(b"</w:body></w:document>") + compressor.flush()
    crc = repeated_crc(chunk, times, body, b"</w:body></w:document>")
    return "bom3.docx", package_with((head + block * times + tail, size, crc))


@case("hơn 1.000 thành phần")
def zip_of_many_members():
    members = {f"word/media/x{i}.bin": b"" for i in range(30_000)}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", document_xml(paragraph("x")))
        for name, data in members.items():
            archive.writestr(name, data)
    return "nhieu.docx", buffer.getvalue()


LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY a "hahahahahahahahahaha">'
    + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    + "]>"
)


@case("DOCTYPE")
def entity_expansion():
    """A billion laughs in word/document.xml."""
    return "cuoi.docx", docx(document_xml(paragraph("&j;").replace("&amp;", "&"), LAUGHS))


@case("DOCTYPE")
def entity_in_the_content_types():
    types = CONTENT_TYPES.replace("?>", "?>" + LAUGHS.replace("w:document", "Types"), 1)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", document_xml(paragraph("x")))
    return "cuoi2.docx", buffer.getvalue()


@case("DOCTYPE")
def external_entity():
    prolog = '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    return "xxe.docx", docx(document_xml(paragraph("&x;").replace("&amp;", "&"), prolog))


@case("DOCTYPE")
def entity_in_utf16():
    text = document_xml(paragraph("&j;").replace("&amp;", "&"), LAUGHS).decode()
    text = text.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    return "cuoi3.docx", docx(text.encode("utf-16"))


@case("UTF-8 hoặc UTF-16")
def entity_in_utf32():
    """A parser reads UCS-4 too, where "<!DOCTYPE" is not spelt in ASCII."""
    text = document_xml(paragraph("&j;").replace("&amp;", "&"), LAUGHS).decode()
    return "cuoi4.docx", docx(text.replace('encoding="UTF-8"', "").encode("utf-32-be"))


@case("hơn 20.000 đoạn")
def docx_of_200k_paragraphs():
    """200,000 short items after a program's head: 650 KB that ran for minutes."""
    body = "".join(paragraph(t) for t in HEAD)
    body += "".join(f"<w:p><w:r><w:t>- Việc {i}.</w:t></w:r></w:p>" for i in range(200_000))
    return "dai.docx", docx(document_xml(body))


@case("giải nén lớn hơn 16 MB")
def docx_of_200k_long_paragraphs():
    body = "".join(paragraph(t) for t in HEAD)
    body += "".join(paragraph(f"- Việc số {i} được giao.") for i in range(200_000))
    return "dai2.docx", docx(document_xml(body))


@case("400.000 ký tự", heavy=True)
def pdf_of_440k_characters():
    """400 pages of 1,100 characters each: every page within its limits, the whole not."""
    line = "- Tang cuong nang cao hieu qua cong tac quan ly nha nuoc va xa hoi."[:55]
    return "chu2.pdf", pdf_pages([text_ops([f"{n}. Linh vuc"] + [line] * 20) for n in range(400)])


@case(None, heavy=True)
def docx_at_the_limits():
    """19,500 paragraphs, 1.9 million characters: read whole, so it must be read in time."""
    body = "".join(paragraph(t) for t in HEAD + items(19_400, 13))
    return "vua.docx", docx(document_xml(body))


@case(None, heavy=True)
def text_at_the_limits():
    """59,000 lines, 1.9 million characters."""
    lines = HEAD + [line for item in items(29_000, 6) for line in (item, "")]
    return "vua.txt", "\n".join(lines).encode()


@case(None, heavy=True)
def pdf_of_1000_pages():
    """The most pages a PDF may have, a line on each."""
    pages = [text_ops(["I. MUC DICH, YEU CAU", "1. Thong nhat nhan thuc."])]
    pages += [text_ops([f"{n}. Linh vuc {n}"]) for n in range(2, 1001)]
    return "vua.pdf", pdf_pages(pages)


@case("64 cột")
def docx_cell_spanning_billions():
    cell = f'<w:tc><w:tcPr><w:gridSpan w:val="2147483647"/></w:tcPr>{paragraph("x")}</w:tc>'
    table = f"<w:tbl><w:tr>{cell}</w:tr></w:tbl>"
    return "o.docx", docx(document_xml("".join(paragraph(t) for t in HEAD) + table))


@case(None, heavy=True)
def docx_table_merged_down_9000_rows():
    """Cells merged down 9,000 rows: python-docx walks up the rows for each of them."""
    cell = f'<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>{paragraph("1.")}</w:tc>'
    rows = f"<w:tr>{cell}</w:tr>"
    below = f"<w:tc><w:tcPr><w:vMerge/></w:tcPr>{paragraph('')}</w:tc>"
    rows += f"<w:tr>{below}</w:tr>" * 9_000
    return "gop.docx", docx(document_xml(f"<w:tbl>{rows}</w:tbl>"))


@case("tệp Word bị hỏng")
def docx_tables_nested_300_deep():
    inner = paragraph("x")
    for _ in range(300):
        inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl>{paragraph('')}"
    return "long.docx", docx(document_xml(inner))


@case("tệp Word bị hỏng")
def docx_truncated():
    data = (DATA / "phuong_hoa_binh.docx").read_bytes()
    return "cut.docx", data[: len(data) // 2]


@case("tệp Word bị hỏng")
def docx_with_damaged_deflate():
    data = bytearray(docx(document_xml("".join(paragraph(t) for t in HEAD * 50))))
    start = data.index(b"word/document.xml") + len("word/document.xml")
    for offset in range(start + 200, start + 260):
        data[offset] ^= 0x5A
    return "hong.docx", bytes(data)


@case("mã hóa")
def docx_encrypted():
    data = bytearray(docx(document_xml(paragraph("x"))))
    for signature in (b"PK\x03\x04", b"PK\x01\x02"):
        at = 0
        while (at := data.find(signature, at)) != -1:
            flag_at = at + (6 if signature == b"PK\x03\x04" else 8)
            data[flag_at] |= 1
            at += 4
    return "khoa.docx", bytes(data)


@case("tệp Word bị hỏng")
def docx_unknown_compression():
    return "la.docx", zip_of(
        [
            ("[Content_Types].xml", CONTENT_TYPES.encode(), len(CONTENT_TYPES), 0, 0),
            ("_rels/.rels", RELS.encode(), len(RELS), 0, 0),
            ("word/document.xml", b"x" * 100, 1000, 99, 0),
        ]
    )


# -- JSON ----------------------------------------------------------------------------------------
@case("JSON lồng nhau quá 64 cấp")
def json_nested_100k_deep():
    return (
        "sau.json",
        b'{"format": "hanhdong.program/1", "parts": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    )


@case("JSON lồng nhau quá 64 cấp")
def json_nested_900_deep_in_an_extra_field():
    doc = b'{"format": "hanhdong.program/1", "x": ' + b'{"a":' * 900 + b"1" + b"}" * 900 + b"}"
    return "sau2.json", doc


@case("JSON lồng nhau quá 64 cấp")
def json_nested_sections():
    node = '{"number": "1", "title": "x", "children": [' * 300 + "]}" * 300
    return "sau3.json", f'{{"format": "hanhdong.program/1", "parts": [{node}]}}'.encode()


@case("5 MB")
def json_of_6_mb():
    return "lon.json", b'{"format": "hanhdong.program/1", "x": "' + b"a" * (6 * MB) + b'"}'


# -- text ----------------------------------------------------------------------------------------
@case("2.000.000 ký tự")
def text_of_20_mb():
    """A real program's text, over and over, to 20,000,000 bytes."""
    text = (DATA / "xa_an_lac.txt").read_bytes()
    data = (text * (20_000_000 // len(text) + 1))[:20_000_000]
    return "lon.txt", data[: data.rindex(b"\n") + 1]


@case("60.000 dòng")
def text_of_20_mb_of_newlines():
    return "dong.txt", b"\n" * 20_000_000


@case("ký tự")
def text_of_one_15_mb_line():
    words = "phát triển kinh tế xã hội bảo đảm an sinh ".encode()
    return "mot.txt", (words * (15 * MB // len(words)))


@case("20 MB")
def text_over_the_limit():
    return "qua.txt", b"a" * (20 * MB + 1)


# -- PDF -----------------------------------------------------------------------------------------
@case("1.000 trang")
def pdf_of_10k_pages():
    return "muoinghin.pdf", pdf_pages([text_ops([f"Trang {i}"]) for i in range(10_000)])


@case("1.000 trang")
def pdf_of_10k_pages_claiming_one():
    return "doi.pdf", pdf_pages([text_ops([f"Trang {i}"]) for i in range(10_000)], count=1)


@case("giải nén lớn hơn 16 MB")
def pdf_flate_bomb():
    """A page whose content stream inflates to 2 GB."""
    raw = b"\x78\xda" + deflated_repeat(b" " * MB, 2048) + b"\0\0\0\0"
    pdf = Pdf()
    catalog, pages, font = pdf.reserve(), pdf.reserve(), pdf.add(FONT)
    stream = pdf.stream(raw, "/Filter /FlateDecode")
    page = pdf.add(
        f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] "
        f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {stream} 0 R >>"
    )
    pdf.set(catalog, f"<< /Type /Catalog /Pages {pages} 0 R >>")
    pdf.set(pages, f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>")
    return "bom.pdf", pdf.bytes(catalog)


@case("lệnh vẽ")
def pdf_forms_drawn_ten_billion_times():
    """Nine levels of forms, each drawing the one below ten times."""
    pdf = Pdf()
    catalog, pages, font = pdf.reserve(), pdf.reserve(), pdf.add(FONT)
    below = pdf.stream(
        b"BT /F1 8 Tf 10 10 Td (x) Tj ET",
        f"/Type /XObject /Subtype /Form /BBox [0 0 100 100] "
        f"/Resources << /Font << /F1 {font} 0 R >> >>",
    )
    for _level in range(9):
        below = pdf.stream(
            b"/X Do " * 10,
            f"/Type /XObject /Subtype /Form /BBox [0 0 100 100] "
            f"/Resources << /XObject << /X {below} 0 R >> >>",
        )
    content = pdf.stream(b"/X Do")
    page = pdf.add(
        f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] "
        f"/Resources << /XObject << /X {below} 0 R >> >> /Contents {content} 0 R >>"
    )
    pdf.set(catalog, f"<< /Type /Catalog /Pages {pages} 0 R >>")
    pdf.set(pages, f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>")
    return "hinh.pdf", pdf.bytes(catalog)


@case("lệnh vẽ")
def pdf_page_of_7_mb_of_glyphs():
    ops = b"BT /F1 2 Tf 0 0 Td " + b"(ab) Tj 1 0 Td " * 500_000 + b"ET"
    return "chu.pdf", pdf_pages([ops])


@case("trang này có hơn 20.000 ký tự")
def pdf_page_of_25k_characters():
    return "chu3.pdf", pdf_pages([text_ops(["I. MUC DICH", "a" * 25_000])])


@case(None)
def pdf_page_of_6000_lines():
    """More lines than are kept to look for tables: read, tables not looked for."""
    ops = text_ops(["I. MUC DICH"]) + b"\n" + b"0 0 m 10 10 l S\n" * 6000
    return "net.pdf", pdf_pages([ops])


@case("không mở được tệp PDF")
def pdf_truncated():
    data = (DATA / "xa_dong_tien.pdf").read_bytes()
    return "cut.pdf", data[: len(data) // 2]


@case(None)
def pdf_with_damaged_bytes():
    data = bytearray((DATA / "xa_dong_tien.pdf").read_bytes())
    for offset in range(len(data) // 3, len(data) // 3 + 400, 7):
        data[offset] ^= 0xFF
    return "hong.pdf", bytes(data)


@case(None)
def pdf_with_an_array_100k_deep():
    pdf = Pdf()
    catalog, pages = pdf.reserve(), pdf.reserve()
    deep = pdf.add(b"[" * 100_000 + b"]" * 100_000)
    page = pdf.add(
        f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Contents {deep} 0 R >>"
    )
    pdf.set(catalog, f"<< /Type /Catalog /Pages {pages} 0 R >>")
    pdf.set(pages, f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>")
    return "sau.pdf", pdf.bytes(catalog)


@case("lồng nhau quá sâu")
def pdf_page_tree_5000_deep():
    pdf = Pdf()
    catalog = pdf.reserve()
    leaf = pdf.add("<< /Type /Page /MediaBox [0 0 595 842] >>")
    node = leaf
    for _ in range(5000):
        node = pdf.add(f"<< /Type /Pages /Kids [{node} 0 R] /Count 1 >>")
    pdf.set(catalog, f"<< /Type /Catalog /Pages {node} 0 R >>")
    return "cay.pdf", pdf.bytes(catalog)


# -- a file that is fine, to show what reading costs --------------------------------------------
@case(None)
def a_good_word_file():
    return "tot.docx", (DATA / "phuong_hoa_binh.docx").read_bytes()


# -- the runner ----------------------------------------------------------------------------------
MEMORY_LIMIT = 1024 * MB  # RLIMIT_AS of a child: room for Python and its libraries
TIME_LIMIT = 120  # seconds before a child is killed (the machine may be busy)


def _child(item: Case, out: int) -> None:
    from django.utils import translation

    from hanhdong.imports.parse.document import DocumentError
    from hanhdong.imports.reader import read_document

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    signal.alarm(TIME_LIMIT)
    result: dict = {"case": item.name}
    try:
        name, data = item.make()
        result["bytes"] = len(data)
        started = time.monotonic()
        with translation.override("vi"):
            try:
                parsed = read_document(data, name)
            except DocumentError as exc:
                result |= {"outcome": "refused", "where": exc.where, "message": exc.message}
            else:
                result |= {"outcome": "read", "warnings": len(parsed.warnings)}
        result["read_s"] = round(time.monotonic() - started, 3)
    except BaseException as exc:  # what the test is looking for: report it, do not raise
        result |= {"outcome": "crashed", "message": f"{type(exc).__name__}: {exc}"[:500]}
    os.write(out, json.dumps(result, ensure_ascii=False).encode())
    os.close(out)
    os._exit(0)


def run(names: list[str], parallel: int = 2) -> list[dict]:
    """Each case in a forked child, ``parallel`` at a time; results in the order given."""
    import hanhdong.imports.reader  # noqa: F401 — loaded once, before the children fork

    unknown = set(names) - set(CASES)
    if unknown:
        raise SystemExit(f"no such case: {', '.join(sorted(unknown))}")
    waiting = sorted(names, key=lambda name: not CASES[name].heavy)  # the longest first
    running: dict[int, tuple[str, int, float]] = {}
    results: dict[str, dict] = {}
    while waiting or running:
        while waiting and len(running) < parallel:
            name = waiting.pop(0)
            read_end, write_end = os.pipe()
            pid = os.fork()
            if pid == 0:  # the child never returns into this loop, whatever happens
                try:
                    os.close(read_end)
                    _child(CASES[name], write_end)
                finally:
                    os._exit(1)
            os.close(write_end)
            running[pid] = (name, read_end, time.monotonic())
        pid, status, usage = os.wait4(-1, 0)
        name, read_end, started = running.pop(pid)
        chunks = []
        while select.select([read_end], [], [], 0)[0] and (chunk := os.read(read_end, 65536)):
            chunks.append(chunk)
        os.close(read_end)
        result = json.loads(b"".join(chunks) or b"{}") or {"case": name, "outcome": "killed"}
        if os.WIFSIGNALED(status):
            result["outcome"] = "killed"
            result["signal"] = signal.Signals(os.WTERMSIG(status)).name
        result["seconds"] = round(time.monotonic() - started, 3)
        result["cpu_s"] = round(usage.ru_utime + usage.ru_stime, 3)
        result["peak_mb"] = round(usage.ru_maxrss / 1024)
        results[name] = result
    return [results[name] for name in names]


def main(argv: list[str]) -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hanhdong.settings_test")
    django.setup()
    for result in run(argv or list(CASES)):
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
