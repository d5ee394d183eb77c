import json
import subprocess
import sys

import pytest

from hanhdong.feedback.routing import (
    HELD_OUT,
    LABELLED_SETS,
    Router,
    labelled,
    shipped_examples,
)
from hanhdong.imports.reader import read_document
from hanhdong.test import REPO_ROOT, program_doc, seed_path

SEED = seed_path("000_9f14aadca8c603d6.txt")


def test_it_ranks_the_area_whose_words_a_submission_uses():
    router = Router(program_doc())
    assert router.suggest("Xin hỏi về kết nạp đảng viên mới ở chi bộ")["areas"][0] == "II.1"
    assert router.suggest("Chợ họp lấn đường, thu phí kinh doanh cao")["areas"][0] == "II.2"


def test_each_labelled_set_is_large_enough_and_covers_every_area():
    for name in LABELLED_SETS:
        rows = labelled(name)
        assert len(rows) >= 100
        assert {r["area"] for r in rows} == {f"II.{n}" for n in range(1, 10)}


@pytest.mark.skipif(not SEED.exists(), reason=f"seed document not found at {SEED}")
def test_the_labelled_submissions_go_to_the_seed_areas_they_were_written_for():
    data = read_document(SEED.read_bytes(), SEED.name).data
    titles = {
        f"II.{area['number']}": area["title"]
        for area in next(p for p in data["parts"] if p["number"] == "II")["children"]
    }
    pairs = shipped_examples(titles)
    expected = [row["area"] for name in LABELLED_SETS for row in labelled(name)]
    assert [path for _text, path, _agency in pairs] == expected


def test_labelled_submissions_are_dropped_where_no_area_resembles_theirs():
    ours = {"II.1": "Du lịch sinh thái", "II.2": "Văn hóa - xã hội", "II.3": "Thể thao"}
    carried = {text: path for text, path, _agency in shipped_examples(ours)}
    rows = [row for name in LABELLED_SETS for row in labelled(name)]
    expected = {row["text"]: {"II.6": "II.1", "II.7": "II.2"}.get(row["area"]) for row in rows}
    assert carried == {text: path for text, path in expected.items() if path}


def test_the_clerks_choices_teach_the_router():
    text = "Chó thả rông cắn người ở ngõ 7"
    plain = Router(program_doc(), labelled_sets=())
    taught = Router(
        program_doc(),
        examples=[("Chó thả rông không rọ mõm cắn người", "II.3")] * 3,
        labelled_sets=(),
    )
    assert plain.suggest(text)["areas"][0] != "II.3"
    assert taught.suggest(text)["areas"][0] == "II.3"


@pytest.mark.skipif(not SEED.exists(), reason=f"seed document not found at {SEED}")
def test_the_command_answers_one_json_line_per_submission():
    lines = "Đèn đường thôn 2 tắt cả tháng nay\nCon tôi học lớp 3 thiếu giáo viên\n"
    result = subprocess.run(
        [sys.executable, "-m", "hanhdong.cli", "suggest-route", str(SEED)],
        input=lines,
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HANHDONG_HTTPS": "0"},
    )
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["areas"][0] for a in answers] == ["II.3", "II.7"]
    assert all(a["agencies"] for a in answers)
    assert [a["kind"] for a in answers] == ["phan_anh_kien_nghi"] * 2


def test_the_held_out_set_is_never_learnt_from():
    assert HELD_OUT not in LABELLED_SETS
    learnt = {row["text"] for name in LABELLED_SETS for row in labelled(name)}
    held = labelled(HELD_OUT)
    assert len(held) >= 120 and not learnt & {row["text"] for row in held}


def test_a_text_without_diacritics_is_routed_as_with_them():
    router = Router(program_doc())
    written = "Chợ họp lấn đường, thu phí kinh doanh cao, Đảng ủy xã cần chỉ đạo"
    plain = "cho hop lan duong, thu phi kinh doanh cao, dang uy xa can chi dao"
    assert router.suggest(written) == router.suggest(plain)
