"""Whole documents in every input format, against their gold files."""

import functools
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.utils import translation

from hanhdong.imports.parse.document import DocumentError
from hanhdong.imports.reader import read_document, sniff
from hanhdong.imports.tests.accuracy import compare
from hanhdong.test import REPO_ROOT, seed_path

DATA = Path(__file__).parent / "data"
SEED = seed_path("000_9f14aadca8c603d6.txt")
OWN = sorted(
    p for p in DATA.iterdir() if p.suffix in (".txt", ".docx", ".pdf") and p.name != "README.md"
)


@pytest.fixture(autouse=True)
def english():
    """Messages are compared in English here; the Vietnamese ones are checked in the views."""
    with translation.override("en"):
        yield


def gold_of(path: Path) -> dict:
    return json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))


# The generated corpus of other bodies' plans, schemes and notices (see data/README.md): the
# importer reads them by general rules, to the figures issue 14 asks of a document it has
# never seen. Every other document of ours, and the seed, is read exactly.
GENERAL = {
    "xa_phu_thanh_dong.txt",
    "phuong_tan_an_tb.docx",
    "lam_dong_de_an.docx",
    "huyen_hung_long.txt",
    "tinh_uy_quang_ngai.pdf",
}
EXACT = {"key_task_fields": 1.0, "outline_nodes": 1.0}
GOALS = {"key_task_fields": 0.95, "outline_nodes": 0.95}
TARGETS = {"targets_recall": 0.9, "targets_precision": 0.8}

# Documents of the first held-out set (see data/README.md) that do not yet reach their goal:
# the figures they read at now, which they must not fall below, and how many header fields
# are still wrong. Raise a figure (or drop the entry) when the parser reads one better.
BELOW_GOAL = {
    "bo_xay_dung_kh.docx": {"targets_precision": 0.66},
    "tinh_uy_gia_lai_ct.txt": {"header_errors": 1},
}


@functools.cache
def compared(path: Path) -> dict:
    """The document read and held against its gold file (once for the tests that look)."""
    return compare(read_document(path.read_bytes(), path.name).data, gold_of(path))


def floors(name: str) -> dict:
    """The figures a document must reach: its goal, or what it reads at now if below."""
    floor = {**(GOALS if name in GENERAL else EXACT), **TARGETS, "header_errors": 0}
    return {**floor, **BELOW_GOAL.get(name, {})}


def check(path: Path) -> dict:
    result = compared(path)
    floor = floors(path.name)
    assert result["key_task_fields"] >= floor["key_task_fields"], result["task_errors"]
    assert result["outline_nodes"] >= floor["outline_nodes"], result["node_errors"]
    assert result["targets_recall"] >= floor["targets_recall"], result["target_misses"]
    assert result["targets_precision"] >= floor["targets_precision"], result["target_extras"]
    return result


@pytest.mark.skipif(not SEED.exists(), reason=f"seed document not found at {SEED}")
def test_the_seed_meets_every_accuracy_figure():
    check(SEED)


@pytest.mark.parametrize("path", OWN, ids=[p.name for p in OWN])
def test_our_own_documents_meet_every_accuracy_figure(path):
    check(path)


@pytest.mark.parametrize("path", OWN, ids=[p.name for p in OWN])
def test_our_own_documents_name_their_issuer_number_date_term_and_signer(path):
    errors = compared(path)["header_errors"]
    assert len(errors) <= floors(path.name)["header_errors"], errors


def test_every_general_document_is_one_of_ours():
    assert {p.name for p in OWN} >= GENERAL


def test_a_document_below_its_goal_is_one_of_ours_and_still_below_it():
    """An entry of BELOW_GOAL goes when its document reaches the goal (it must not linger)."""
    assert {p.name for p in OWN} >= set(BELOW_GOAL)
    for name, accepted in BELOW_GOAL.items():
        result = compared(DATA / name)
        goal = {**(GOALS if name in GENERAL else EXACT), **TARGETS}
        below = [k for k, v in goal.items() if result[k] < v] + (
            ["header_errors"] if result["header_errors"] else []
        )
        assert below, f"{name} reaches its goal now: drop it from BELOW_GOAL"
        assert set(accepted) <= set(below), (name, set(accepted) - set(below))


def test_every_input_format_is_covered():
    assert {sniff(p.read_bytes()) for p in OWN} >= {"text", "docx", "pdf"}


@pytest.mark.skipif(not SEED.exists(), reason=f"seed document not found at {SEED}")
def test_the_command_prints_the_seed_as_json():
    result = subprocess.run(
        [sys.executable, "-m", "hanhdong.cli", "import", str(SEED), "--dry-run", "--json"],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HANHDONG_HTTPS": "0"},
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["format"] == "hanhdong.program/1"
    assert len(data["key_tasks"]) == 27
    assert data["key_tasks"][16]["start_period"] == {"kind": "as_directed"}


def test_json_round_trips_through_the_reader():
    path = DATA / "xa_an_lac.txt"
    data = read_document(path.read_bytes(), path.name).data
    again = read_document(json.dumps(data, ensure_ascii=False).encode(), "x.json").data
    assert again == data


def test_a_scanned_pdf_gets_a_clear_message():
    import pypdfium2

    pdf = pypdfium2.PdfDocument.new()
    pdf.new_page(595, 842)
    buffer = io.BytesIO()
    pdf.save(buffer)
    with pytest.raises(DocumentError) as caught:
        read_document(buffer.getvalue(), "scan.pdf")
    assert "no text layer" in caught.value.message
    assert caught.value.where == "page 1"


@pytest.mark.parametrize(
    ("content", "where", "words"),
    [
        (b"\xd0\xcf\x11\xe0" + b"\0" * 100, "file", ".doc"),
        (b"PK\x03\x04 not really a zip", "file", "damaged"),
        (b"\x89PNG\r\n\x1a\n\0\0", "file", "unsupported"),
        (b'{"format": "hanhdong.program/1", "term": {"start": 2025}', "line 1", "JSON"),
        (
            b'{"format": "hanhdong.program/1", "term": {"start": 2025, "end": 2030}, '
            b'"key_tasks": [{"number": 1}]}',
            "$.key_tasks[0]",
            "name",
        ),
        ("Một văn bản không phải chương trình.\nKhông có phần I.".encode(), "line 1", "part"),
    ],
)
def test_a_file_that_is_not_a_program_is_refused_saying_where(content, where, words):
    with pytest.raises(DocumentError) as caught:
        read_document(content, "bad")
    assert caught.value.where == where
    assert words in caught.value.message


def test_a_word_file_with_automatic_numbering_and_a_table():
    import docx

    document = docx.Document()
    document.add_paragraph("Ban Chấp hành Đảng bộ xã Thử nhiệm kỳ 2025 - 2030 ban hành.")
    document.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    document.add_paragraph("Thống nhất nhận thức.", style="List Number")
    document.add_paragraph("Cụ thể hóa nghị quyết.", style="List Number")
    document.add_paragraph("II. NỘI DUNG")
    document.add_paragraph("1. Kinh tế")
    document.add_paragraph("Tăng thu ngân sách bình quân 10% mỗi năm.", style="List Bullet")
    document.add_paragraph("Phát triển doanh nghiệp.", style="List Bullet")
    document.add_paragraph("PHỤ LỤC")
    table = document.add_table(rows=2, cols=6)
    header = ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian", "Nguồn lực"]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    row = ["1", "Thống kê đất đai", "UBND xã", "Các thôn", "2026 - 2028", "Ngân sách xã"]
    for cell, text in zip(table.rows[1].cells, row, strict=True):
        cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    data = read_document(buffer.getvalue(), "test.docx").data
    part_one, part_two = data["parts"]
    assert [c["number"] for c in part_one["children"]] == ["1", "2"]
    assert part_two["children"][0]["items"] == [
        "Tăng thu ngân sách bình quân 10% mỗi năm.",
        "Phát triển doanh nghiệp.",
    ]
    task = data["key_tasks"][0]
    assert (task["start"], task["end"], task["lead"]) == ("2026", "2028", "UBND xã")
    assert task["end_period"] == {"kind": "year", "year": 2028}
    assert data["targets"][0]["value"] == 10
