"""The hostile-file set: each file, made on the spot, is read in a process of its own under
a memory limit, and must end in a result or a clean Vietnamese message, in time and within
the memory cap. The files are made and read by ``hostile.py``, two at a time."""

import json
import subprocess
import sys

import pytest

from hanhdong.imports.tests.hostile import CASES

TIME_CAP = 30  # seconds of CPU (wall time depends on what else the machine runs)
MEMORY_CAP = 500  # MB of peak resident memory, Python and its libraries included
VIETNAMESE = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĩũ")


@pytest.fixture(scope="module")
def results() -> dict[str, dict]:
    run = subprocess.run(
        [sys.executable, "-m", "hanhdong.imports.tests.hostile"],
        capture_output=True,
        text=True,
        timeout=900,
        check=True,
    )
    return {result["case"]: result for result in map(json.loads, run.stdout.splitlines())}


@pytest.mark.parametrize("name", list(CASES))
def test_it_ends_in_a_result_or_a_clean_message_in_time_and_memory(results, name):
    result = results[name]
    assert result["outcome"] in ("read", "refused"), result
    says = CASES[name].says
    if says is not None:
        assert result["outcome"] == "refused", result
        assert says in result["message"], result
    if result["outcome"] == "refused":
        assert VIETNAMESE & set(result["message"]), result
    assert result["cpu_s"] < TIME_CAP, result
    assert result["peak_mb"] < MEMORY_CAP, result
