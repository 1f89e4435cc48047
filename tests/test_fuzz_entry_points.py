"""The fuzzed files of tests/fuzzing.py through the three doors a user has (issue 21): the
window's File › Open, ``nn-playground check`` and ``nn-playground run``. Each door gives
the same verdict as the core loader, in one line, and never a traceback or a hang; a file
the window refuses leaves the open work as it was."""

from __future__ import annotations

import random

import numpy as np

from playground.app.cli import main
from tests import fuzzing
from tests.conftest import params

SEEDS = fuzzing.seeds()


def fuzzed_files(folder, count: int, seed: int) -> list[tuple]:
    """(path, the core loader's verdict) for ``count`` damaged projects and lessons."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        raw = fuzzing.mutate(rng, SEEDS[i % len(SEEDS)])
        path = folder / f"fuzzed-{i:03}.nnplay"
        path.write_bytes(raw)
        out.append((path, fuzzing.check_project(raw)))
    return out


def test_check_gives_one_line_per_fuzzed_file_and_the_loaders_verdict(tmp_path, capsys):
    files = fuzzed_files(tmp_path, 40, seed=2131)
    code = main(["check", *(str(p) for p, _ in files)])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(files)
    verdicts = {}
    for line, (path, expected) in zip(lines, files, strict=True):
        assert line.startswith(f"{path}: ")
        reason = line[len(f"{path}: ") :]
        assert "internal error" not in reason and len(reason) <= 120, line
        verdicts[path] = reason == "ok"
        assert verdicts[path] == (expected == "accepted"), line
    assert code == (0 if all(verdicts.values()) else 1)
    assert not all(verdicts.values()) and any(verdicts.values())  # both verdicts exercised


def test_run_finishes_on_every_fuzzed_file_with_a_result_or_a_one_line_error(tmp_path, capsys):
    for path, expected in fuzzed_files(tmp_path, 16, seed=2132):
        code = main(["run", str(path), "--epochs", "2", "--quiet"])
        err = capsys.readouterr().err.strip()
        if expected == "refused":
            assert code == 1 and err and "\n" not in err and "Traceback" not in err, err
        else:  # accepted: it trains, unless it holds no training point (said in one line)
            assert code in (0, 1), err
            assert code == 0 or ("nothing to train" in err and "\n" not in err), err


def test_the_window_opens_or_refuses_fuzzed_files_and_keeps_the_work(window, tmp_path):
    w = window()
    opened = refused = 0
    for path, expected in fuzzed_files(tmp_path, 12, seed=2133):
        before = params(w)
        ok = w.file_actions.open_path(path)
        assert ok == (expected == "accepted"), (path.name, w.statusBar().currentMessage())
        if ok:
            opened += 1
        else:
            refused += 1
            assert w.statusBar().currentMessage().startswith("Cannot open")
            assert all(np.array_equal(a, b) for a, b in zip(params(w), before, strict=True))
    assert opened and refused  # both paths were exercised
