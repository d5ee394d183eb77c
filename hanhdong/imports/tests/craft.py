"""Program files written by hand, for the hostile files and the tests: minimal Word
packages (a zip may be written with sizes that lie), PDFs object by object, and the lines
of a made-up program."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

MB = 1024 * 1024
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
HEAD = [
    "ĐẢNG BỘ XÃ THỬ",
    "Số 01-CTr/ĐU",
    "CHƯƠNG TRÌNH HÀNH ĐỘNG",
    "Ban Chấp hành Đảng bộ xã Thử nhiệm kỳ 2025 - 2030 xây dựng Chương trình hành động.",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Thống nhất nhận thức.",
    "II. NỘI DUNG CHƯƠNG TRÌNH",
    "1. Kinh tế",
]


def paragraph(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def document_xml(body: str, prolog: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    ).encode()


def docx(document: bytes, **extra: bytes) -> bytes:
    """A minimal Word package around ``document`` (word/document.xml)."""
    parts = {
        "[Content_Types].xml": CONTENT_TYPES.encode(),
        "_rels/.rels": RELS.encode(),
        "word/document.xml": document,
        **{name.replace("__", "/"): data for name, data in extra.items()},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def deflated_repeat(chunk: bytes, times: int) -> bytes:
    """The raw deflate stream of ``chunk`` repeated ``times`` times, made in a moment: the
    chunk is compressed once up to a full flush, and a full flush starts afresh."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    return block * times + compressor.flush(zlib.Z_FINISH)


def zip_of(members: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip written by hand: (name, raw data, declared size, method, CRC) per member, so
    a size may lie."""
    out = io.BytesIO()
    central = []
    for name, data, size, method, crc in members:
        offset = out.tell()
        encoded = name.encode()
        sizes = (crc, len(data), size, len(encoded))
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0, *sizes, 0))
        out.write(encoded + data)
        central.append(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                method,
                0,
                0,
                *sizes,
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + encoded
        )
    start = out.tell()
    directory = b"".join(central)
    out.write(directory)
    count = len(members)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(directory), start, 0))
    return out.getvalue()


def repeated_crc(chunk: bytes, times: int, head: bytes = b"", tail: bytes = b"") -> int:
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    return zlib.crc32(tail, crc)


def stored(data: bytes) -> bytes:
    return zlib.compress(data, 9)[2:-4]


def package_with(document: tuple[bytes, int, int]) -> bytes:
    """A Word package by hand whose word/document.xml is ``document``: (deflate, size, CRC)."""
    small = [
        (name, text.encode())
        for name, text in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS))
    ]
    return zip_of(
        [(name, stored(data), len(data), 8, zlib.crc32(data)) for name, data in small]
        + [("word/document.xml", *document[:2], 8, document[2])]
    )


class Pdf:
    """A PDF written object by object, its cross-reference table counted at the end."""

    def __init__(self):
        self.objects: list[bytes] = []

    def add(self, body: bytes | str) -> int:
        self.objects.append(body.encode() if isinstance(body, str) else body)
        return len(self.objects)

    def reserve(self) -> int:
        return self.add(b"null")

    def set(self, number: int, body: bytes | str) -> None:
        self.objects[number - 1] = body.encode() if isinstance(body, str) else body

    def stream(self, data: bytes, extra: str = "") -> int:
        return self.add(
            b"<< /Length %d %s >>\nstream\n" % (len(data), extra.encode()) + data + b"\nendstream"
        )

    def bytes(self, root: int) -> bytes:
        out = io.BytesIO()
        out.write(b"%PDF-1.4\n")
        offsets = []
        for number, body in enumerate(self.objects, 1):
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objects) + 1))
        for offset in offsets:
            out.write(b"%010d 00000 n \n" % offset)
        out.write(
            b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(self.objects) + 1, root, xref)
        )
        return out.getvalue()


FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf_pages(contents: list[bytes], count: int | None = None, resources: str = "") -> bytes:
    """A PDF of one page per content stream (``count`` may lie about how many)."""
    pdf = Pdf()
    catalog, pages, font = pdf.reserve(), pdf.reserve(), pdf.add(FONT)
    kids = []
    for content in contents:
        stream = pdf.stream(content)
        kids.append(
            pdf.add(
                f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] "
                f"/Resources << /Font << /F1 {font} 0 R >> {resources} >> "
                f"/Contents {stream} 0 R >>"
            )
        )
    pdf.set(catalog, f"<< /Type /Catalog /Pages {pages} 0 R >>")
    refs = " ".join(f"{k} 0 R" for k in kids)
    pdf.set(pages, f"<< /Type /Pages /Kids [{refs}] /Count {count or len(kids)} >>")
    return pdf.bytes(catalog)


def text_ops(lines: list[str]) -> bytes:
    ops = ["BT /F1 11 Tf 60 800 Td 14 TL"]
    ops += [f"({line}) Tj T*" for line in lines]
    return ("\n".join(ops) + "\nET").encode("latin-1")


def items(count: int, words: int) -> list[str]:
    """Bulleted items of a program, a new area every 50, a target in one of them."""
    out = []
    for i in range(count):
        if i % 50 == 0:
            out.append(f"{i // 50 + 2}. Lĩnh vực thứ {i // 50 + 2}")
        text = " ".join(WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(words))
        goal = f", phấn đấu đạt {i % 100}%" if i % 100 == 1 else ""  # a target now and then
        out.append(f"- {text.capitalize()}{goal}.")
    return out


WORDS = [
    "tăng",
    "cường",
    "nâng",
    "cao",
    "hiệu",
    "quả",
    "công",
    "tác",
    "quản",
    "lý",
    "nhà",
    "nước",
    "đẩy",
    "mạnh",
    "chuyển",
    "đổi",
    "số",
]
