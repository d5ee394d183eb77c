import json
import subprocess
import sys
from pathlib import Path

import pytest

from hanhdong.feedback.routing import Router
from hanhdong.test import REPO_ROOT, program_doc, seed_path

SEED = seed_path("000_9f14aadca8c603d6.txt")
DATA = Path(__file__).parent / "data" / "routing.jsonl"


def test_it_ranks_the_area_whose_words_a_submission_uses():
    router = Router(program_doc())
    assert router.suggest("Xin hỏi về kết nạp đảng viên mới ở chi bộ")["areas"][0] == "II.1"
    assert router.suggest("Chợ họp lấn đường, thu phí kinh doanh cao")["areas"][0] == "II.2"


def test_the_labelled_set_is_large_enough_and_covers_every_area():
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 100
    assert {r["area"] for r in rows} == {f"II.{n}" for n in range(1, 10)}


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
