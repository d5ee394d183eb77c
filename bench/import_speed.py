"""Import speed: the seed (goal < 1 s) and a generated 100-page program (goal < 10 s),
as PDF-extracted text, as a Word file and, where LibreOffice is installed, as a PDF.

The large program is written here: 30 areas under part II, each with sub-areas and bullet
items wrapped at 80 characters, page numbers and blank-line page residue every 46 lines,
and a 150-row key-task appendix extracted one cell per line like the seed's. Each figure is
the median of 5 runs of ``read_document`` (parsing only, no database), and its ratio to
reading the same file's text alone in the same run (the bytes decoded; python-docx's
paragraphs and table cells; pdfplumber's text of every page). Last line: JSON.
"""

import json
import statistics
import sys
import textwrap
import time

from _setup import SHARED, setup

setup()

from hanhdong.imports.reader import read_document  # noqa: E402

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
    "phát",
    "triển",
    "kinh",
    "tế",
    "xã",
    "hội",
    "bảo",
    "đảm",
    "an",
    "sinh",
    "giữ",
    "vững",
    "quốc",
    "phòng",
    "an",
    "ninh",
    "xây",
    "dựng",
    "chính",
    "quyền",
    "thân",
    "thiện",
    "phục",
    "vụ",
    "nhân",
    "dân",
    "doanh",
    "nghiệp",
    "hợp",
    "tác",
    "xã",
    "nông",
    "nghiệp",
    "công",
    "nghệ",
    "cao",
]


def sentence(seed: int, words: int) -> str:
    picked = [WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(words)]
    return " ".join(picked).capitalize() + "."


def large_program(areas=30, subs=4, items=7, tasks=150) -> str:
    out = [
        "ĐẢNG ỦY XÃ THỬ NGHIỆM",
        "Số 09-CTr/ĐU",
        "Thử Nghiệm, ngày 01 tháng 11 năm 2025",
        "CHƯƠNG TRÌNH HÀNH ĐỘNG",
        "thực hiện Nghị quyết Đại hội nhiệm kỳ 2025 - 2030",
        "",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "",
        "1. " + sentence(1, 30),
        "",
        "II. NỘI DUNG CHƯƠNG TRÌNH",
        "",
    ]
    n = 0
    for a in range(1, areas + 1):
        out += [f"{a}. " + sentence(a, 12).rstrip("."), ""]
        for s in range(1, subs + 1):
            out += [f"{a}.{s}. " + sentence(a * s, 10).rstrip("."), ""]
            for _ in range(items):
                n += 1
                body = sentence(n, 40 + n % 30)
                if n % 9 == 0:
                    body = body.rstrip(".") + f", phấn đấu đến năm 2030 đạt {n % 100}%."
                out += textwrap.wrap("- " + body, 80) + [""]
    out += [
        "III. TỔ CHỨC THỰC HIỆN",
        "",
        "1. " + sentence(5, 40),
        "",
        "Nơi nhận:",
        "- Lưu Văn phòng.",
        "",
        "T/M BAN CHẤP HÀNH",
        "BÍ THƯ",
        "",
        "Nguyễn Văn Thử",
        "",
        "PHỤ LỤC",
        "Các nhiệm vụ trọng tâm",
        "Stt Tên nhiệm vụ",
        "Cơ quan",
        "chủ trì",
        "Cơ quan",
        "phối hợp",
        "Thời gian",
        "triển khai",
        "Thời gian",
        "hoàn",
        "thành",
        "Nguồn lực",
        "thực hiện",
    ]
    for t in range(1, tasks + 1):
        out += [f"{t}. "] + textwrap.wrap(sentence(t, 18), 44)
        out += ["Ủy ban nhân", "dân xã", "Các cơ quan,", "đơn vị"]
        out += ["Hằng năm Hằng năm"] if t % 3 else ["Quý", "III/2026", "Quý IV/2027"]
        out += ["Ngân sách", "thành phố,", "ngân sách xã"]
    # page residue: a page number between blank lines every 46 lines
    paged = []
    for i, line in enumerate(out, 1):
        paged.append(line)
        if i % 46 == 0:
            paged += ["", "", f"{i // 46 + 1}", ""]
    return "\n".join(paged)


def large_docx(areas=30, subs=4, items=7, tasks=150) -> bytes:
    """The same program as a Word file: one paragraph per heading and item, a real table."""
    import io

    import docx

    document = docx.Document()
    add = document.add_paragraph
    add("ĐẢNG ỦY XÃ THỬ NGHIỆM")
    add("Số 09-CTr/ĐU")
    add("CHƯƠNG TRÌNH HÀNH ĐỘNG thực hiện Nghị quyết Đại hội nhiệm kỳ 2025 - 2030")
    add("I. MỤC ĐÍCH, YÊU CẦU")
    add("1. " + sentence(1, 30))
    add("II. NỘI DUNG CHƯƠNG TRÌNH")
    n = 0
    for a in range(1, areas + 1):
        add(f"{a}. " + sentence(a, 12).rstrip("."))
        for s in range(1, subs + 1):
            add(f"{a}.{s}. " + sentence(a * s, 10).rstrip("."))
            for _ in range(items):
                n += 1
                add("- " + sentence(n, 40 + n % 30))
    add("III. TỔ CHỨC THỰC HIỆN")
    add("1. " + sentence(5, 40))
    add("PHỤ LỤC")
    table = document.add_table(rows=1, cols=7)
    table.style = "Table Grid"  # ruled, as programs' tables are
    header = [
        "Stt",
        "Tên nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian triển khai",
        "Thời gian hoàn thành",
        "Nguồn lực thực hiện",
    ]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for t in range(1, tasks + 1):
        row = table.add_row().cells
        values = [
            str(t),
            sentence(t, 18),
            "Ủy ban nhân dân xã",
            "Các cơ quan, đơn vị",
            "Hằng năm",
            "Hằng năm",
            "Ngân sách xã",
        ]
        for cell, text in zip(row, values, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def to_pdf(docx_bytes: bytes) -> bytes | None:
    """The Word file converted by LibreOffice, when it is installed."""
    import shutil
    import subprocess
    import tempfile
    from pathlib import Path

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "large.docx"
        source.write_bytes(docx_bytes)
        subprocess.run(
            [
                soffice,
                "--headless",
                f"-env:UserInstallation=file://{folder}/profile",
                "--convert-to",
                "pdf",
                "--outdir",
                folder,
                str(source),
            ],
            capture_output=True,
            timeout=300,
            check=False,
        )
        pdf = Path(folder) / "large.pdf"
        return pdf.read_bytes() if pdf.exists() else None


def median_seconds(data: bytes, name: str, runs=5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        read_document(data, name)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def text_alone(data: bytes, name: str) -> str:
    """The least an importer must do with the file: get at its text."""
    import io

    if name.endswith(".docx"):
        import docx

        document = docx.Document(io.BytesIO(data))
        parts = [p.text for p in document.paragraphs]
        parts += [c.text for t in document.tables for r in t.rows for c in r.cells]
        return "\n".join(parts)
    if name.endswith(".pdf"):
        import pdfplumber

        with pdfplumber.open(io.BytesIO(data)) as document:
            return "\n".join(page.extract_text() or "" for page in document.pages)
    return data.decode("utf-8")


def ratio(data: bytes, name: str, seconds: float, runs=3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        text_alone(data, name)
        times.append(time.perf_counter() - start)
    return round(seconds / statistics.median(times), 1)


def main() -> int:
    result = {}
    seed = SHARED / "seeds" / "000_9f14aadca8c603d6.txt"
    if seed.exists():
        result["seed_s"] = round(median_seconds(seed.read_bytes(), seed.name), 3)
        result["seed_ratio"] = ratio(seed.read_bytes(), seed.name, result["seed_s"], runs=5)
        print(
            f"seed ({seed.stat().st_size // 1024} KB): {result['seed_s']:.3f} s"
            f" ({result['seed_ratio']}× reading its text)"
        )
    else:
        print(f"seed not found at {seed}: skipped")
    text = large_program()
    pages = text.count("\n") // 50 + 1
    data = text.encode("utf-8")
    parsed = read_document(data, "large.txt").data
    result["large_pages"] = pages
    result["large_key_tasks"] = len(parsed["key_tasks"])
    result["large_s"] = round(median_seconds(data, "large.txt", runs=3), 3)
    result["large_ratio"] = ratio(data, "large.txt", result["large_s"])
    print(
        f"generated program: ~{pages} pages, {len(data) // 1024} KB, "
        f"{len(parsed['key_tasks'])} key tasks: {result['large_s']:.3f} s"
        f" ({result['large_ratio']}× reading its text)"
    )
    word = large_docx()
    result["large_docx_s"] = round(median_seconds(word, "large.docx", runs=3), 3)
    result["large_docx_ratio"] = ratio(word, "large.docx", result["large_docx_s"])
    print(
        f"the same as a Word file ({len(word) // 1024} KB): {result['large_docx_s']:.3f} s"
        f" ({result['large_docx_ratio']}× reading its text)"
    )
    pdf = to_pdf(word)
    if pdf is None:
        print("LibreOffice not found: the PDF figure is skipped")
    else:
        import io

        import pdfplumber

        with pdfplumber.open(io.BytesIO(pdf)) as document:
            result["large_pdf_pages"] = len(document.pages)
        tasks = len(read_document(pdf, "large.pdf").data["key_tasks"])
        result["large_pdf_s"] = round(median_seconds(pdf, "large.pdf", runs=1), 3)
        result["large_pdf_ratio"] = ratio(pdf, "large.pdf", result["large_pdf_s"], runs=1)
        print(
            f"the same as a PDF ({result['large_pdf_pages']} pages, {tasks} key tasks read): "
            f"{result['large_pdf_s']:.3f} s ({result['large_pdf_ratio']}× reading its text)"
        )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
