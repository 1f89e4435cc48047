"""``nn-playground check FILE…``: one line per file, the window's own reasons, no window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from playground.app.cli import main
from playground.core.csv_io import CsvError, read_csv
from playground.core.project import ProjectError, load_project

ROOT = Path(__file__).resolve().parent.parent
LESSONS = ROOT / "resources" / "lessons"
GOOD_PROJECT = '{"format": "nn-playground-project", "version": 1}'
BAD_PROJECT = (
    '{"format": "nn-playground-project", "version": 1, "settings": {"learning_rate": "fast"}}'
)


def lines_of(capsys) -> list[str]:
    return capsys.readouterr().out.splitlines()


def test_every_bundled_lesson_is_ok(capsys):
    assert main(["check", str(LESSONS)]) == 0
    lines = lines_of(capsys)
    assert len(lines) == len(list(LESSONS.glob("*.nnplay")))
    assert all(line.endswith(".nnplay: ok") for line in lines), lines


def test_a_folder_of_hand_ins_gives_the_windows_reasons(tmp_path, capsys):
    hand_ins = tmp_path / "hand-ins"
    (hand_ins / "late").mkdir(parents=True)
    (hand_ins / "ana.nnplay").write_text(GOOD_PROJECT)
    (hand_ins / "ben.nnplay").write_text(BAD_PROJECT)
    (hand_ins / "late" / "cleo.nnplay").write_text('{"format": "nn-playground-project"')
    (hand_ins / "points.csv").write_text("x1,x2,label\n1,2,0\n3,4,1\n")
    (hand_ins / "broken.CSV").write_text("x1,x2,label\n1,2,zero\n")
    (hand_ins / "notes.txt").write_text("not checked")
    assert main(["check", str(hand_ins)]) == 1
    got = dict(line.split(": ", 1) for line in lines_of(capsys))
    assert set(got) == {
        str(hand_ins / name)
        for name in ("ana.nnplay", "ben.nnplay", "late/cleo.nnplay", "points.csv", "broken.CSV")
    }
    assert got[str(hand_ins / "ana.nnplay")] == "ok"
    assert got[str(hand_ins / "points.csv")] == "ok"
    # The reasons are the ones the window's open and import show.
    for name, load, error in (
        ("ben.nnplay", load_project, ProjectError),
        ("late/cleo.nnplay", load_project, ProjectError),
        ("broken.CSV", read_csv, CsvError),
    ):
        with pytest.raises(error) as refused:
            load(hand_ins / name)
        assert got[str(hand_ins / name)] == " ".join(str(refused.value).split())[:120]


def test_a_huge_bad_value_gives_a_short_line(tmp_path, capsys):
    path = tmp_path / "huge.nnplay"
    path.write_text(
        json.dumps({**json.loads(GOOD_PROJECT), "settings": {"optimizer": "x" * 10**6}})
    )
    assert main(["check", str(path)]) == 1
    (line,) = lines_of(capsys)
    assert line.startswith(f"{path}: settings") and len(line) <= len(str(path)) + 2 + 120


def test_a_project_that_loads_but_cannot_be_applied_is_not_ok(tmp_path, capsys, monkeypatch):
    # The window puts the project into its session after reading it; so does check.
    from playground.core import project_apply

    def refuse(session, project):
        raise ProjectError("network: does not fit the data")

    monkeypatch.setattr(project_apply, "apply_project", refuse)
    monkeypatch.setattr("playground.core.project.apply_project", refuse)
    path = tmp_path / "a.nnplay"
    path.write_text(GOOD_PROJECT)
    assert main(["check", str(path)]) == 1
    assert lines_of(capsys) == [f"{path}: network: does not fit the data"]


def test_files_globs_and_a_missing_file_in_a_real_process(tmp_path):
    (tmp_path / "a.nnplay").write_text(GOOD_PROJECT)
    (tmp_path / "b.nnplay").write_text(GOOD_PROJECT)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None)  # no window, so no display needed
    env.pop("DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-m", "playground", "check", "a.nnplay", "b.nnplay", "gone.csv"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode == 1 and done.stderr == ""
    assert done.stdout.splitlines() == [
        "a.nnplay: ok",
        "b.nnplay: ok",
        "gone.csv: Cannot read gone.csv: No such file or directory",
    ]
    every = subprocess.run(
        [sys.executable, "-m", "playground", "check", "a.nnplay", "b.nnplay"],
        capture_output=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )
    assert every.returncode == 0


def test_an_empty_folder_is_not_ok_and_usage_mistakes_exit_2(tmp_path, capsys):
    assert main(["check", str(tmp_path)]) == 1
    assert lines_of(capsys) == [f"{tmp_path}: no .nnplay or .csv file in this folder"]
    with pytest.raises(SystemExit) as usage:
        main(["check"])
    assert usage.value.code == 2


def test_help_names_check():
    from playground.app.cli import build_parser

    text = build_parser().format_help()
    assert "check" in text and "hand-ins" in text
