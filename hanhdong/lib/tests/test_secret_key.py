"""The generated secret key: made once, whatever the number of processes that start at once."""

import multiprocessing
import stat

import pytest

from hanhdong.lib.env import EnvError, kept_secret


def _ask(path, barrier, answers):
    barrier.wait()  # every process asks at the same moment, as gunicorn's workers do
    answers.put(kept_secret(path))


def test_it_is_made_once_and_kept(tmp_path):
    path = tmp_path / "secret_key"
    key = kept_secret(path)
    assert len(key) >= 50
    assert kept_secret(path) == key
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["secret_key"]


def test_processes_starting_together_all_get_the_one_key(tmp_path):
    path = tmp_path / "secret_key"
    context = multiprocessing.get_context("spawn")
    count = 8
    barrier, answers = context.Barrier(count), context.Queue()
    processes = [context.Process(target=_ask, args=(path, barrier, answers)) for _ in range(count)]
    for process in processes:
        process.start()
    keys = [answers.get(timeout=60) for _ in range(count)]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    assert len(set(keys)) == 1
    assert path.read_text() == keys[0]
    assert [p.name for p in tmp_path.iterdir()] == ["secret_key"]  # no draft left behind


def test_an_empty_key_file_is_refused_loudly(tmp_path):
    path = tmp_path / "secret_key"
    path.write_text("")
    with pytest.raises(EnvError, match="is empty"):
        kept_secret(path)
