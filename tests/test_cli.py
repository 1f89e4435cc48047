"""The command line, run as a student or a script would: a real process, no window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from playground.app.cli import main

ROOT = Path(__file__).resolve().parent.parent
LESSON = ROOT / "resources" / "lessons" / "02-xor-needs-a-hidden-layer.nnplay"


def nn_playground(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "playground", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=cwd or ROOT,
    )


def test_run_writes_the_report_and_the_picture(tmp_path):
    report, picture = tmp_path / "out.json", tmp_path / "boundary.png"
    done = nn_playground(
        "run",
        str(LESSON),
        "--epochs",
        "30",
        "--report",
        str(report),
        "--export-boundary",
        str(picture),
    )
    assert done.returncode == 0, done.stderr
    figures = json.loads(report.read_text())
    assert set(figures) >= {
        "epochs",
        "train_loss",
        "test_loss",
        "train_accuracy",
        "test_accuracy",
        "diverged",
        "seconds",
    }
    assert figures["epochs"] == 30 and figures["diverged"] is False
    assert 0 < figures["train_loss"] < 1 and 0 <= figures["test_accuracy"] <= 1
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(picture))
    assert (image.width(), image.height()) == (480, 480)
    assert "Training [" in done.stderr and "100%" in done.stderr


def test_a_bad_file_is_one_line_and_exit_1(tmp_path):
    bad = tmp_path / "bad.nnplay"
    bad.write_text(
        '{"format": "nn-playground-project", "version": 1, "settings": {"learning_rate": "fast"}}'
    )
    for target in (bad, tmp_path / "missing.nnplay"):
        done = nn_playground("run", str(target), "--epochs", "5")
        assert done.returncode == 1
        assert "Traceback" not in done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("nn-playground: error:"), done.stderr
    assert "settings.learning_rate" in nn_playground("run", str(bad), "-n", "5").stderr


def test_usage_mistakes_exit_2_with_one_line():
    for args in (
        ["run", str(LESSON), "--epochs", "many"],
        ["run", str(LESSON)],
        ["run", str(LESSON), "-n", "0"],
    ):
        done = nn_playground(*args)
        assert done.returncode == 2 and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_help_explains_every_command_and_option():
    top = nn_playground("--help")
    assert top.returncode == 0
    for word in ("open", "run", "lessons"):
        assert word in top.stdout
    run = nn_playground("run", "--help").stdout
    for option in (
        "--epochs",
        "--report",
        "--export-boundary",
        "--export-gif",
        "--save",
        "--size",
        "--quiet",
    ):
        assert option in run


# In-process (fast) checks of the rest.
def test_run_by_lesson_name_svg_gif_and_save(tmp_path, capsys):
    svg, gif, saved = tmp_path / "b.svg", tmp_path / "t.gif", tmp_path / "after.nnplay"
    code = main(
        [
            "run",
            "01",
            "-n",
            "6",
            "--export-boundary",
            str(svg),
            "--export-gif",
            str(gif),
            "--save",
            str(saved),
            "--size",
            "64",
            "-q",
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert svg.read_text().startswith("<svg") and "<circle" in svg.read_text()
    assert gif.read_bytes()[:6] == b"GIF89a"
    from playground.core.project import load_project

    after = load_project(saved)
    assert after.epoch == 6 and after.lesson is not None
    assert capsys.readouterr().err == ""


def test_divergence_is_reported_not_an_error(tmp_path, capsys):
    from playground.core.project import project_from_session
    from playground.core.session import Session
    from playground.core.settings import TrainingSettings
    from playground.projects.saving import save_project

    path = tmp_path / "wild.nnplay"
    s = Session(TrainingSettings(problem="regression", dataset="plane", learning_rate=3.0))
    save_project(path, project_from_session(s))
    report = tmp_path / "r.json"
    assert main(["run", str(path), "-n", "50", "--report", str(report)]) == 0
    figures = json.loads(report.read_text())
    assert figures["diverged"] is True and figures["epochs"] < 50
    assert figures["train_accuracy"] is None
    assert "diverged" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run", str(LESSON), "-n", "3", "--report", "/nonexistent/dir/r.json"], "does not exist"),
        (["run", str(LESSON), "-n", "3", "--export-boundary", "x.jpg"], ".png or .svg"),
        (["open", "missing.nnplay"], "cannot read"),
    ],
)
def test_errors_before_any_work(args, message, capsys):
    assert main(args) == 1
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_plain_file_argument_means_open(tmp_path):
    opened = []
    assert main([str(LESSON)], open_window=lambda p, **_: opened.append(p) or 0) == 0
    assert opened == [str(LESSON)]
    assert main([], open_window=lambda p, **_: opened.append(p) or 0) == 0
    assert opened[-1] is None
