"""``nn-playground run`` always finishes: Compare projects train every lane, a project with
nothing to train is refused (issue 21, item 3). Each run is a real process with a timeout:
before the fix these looped for ever waiting for an epoch that never came."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

from playground.app.cli import main
from playground.core import comparison
from playground.core.points import PointSet
from playground.core.project import load_project, project_from_session
from playground.core.session import Session
from playground.core.settings import TrainingSettings
from playground.projects.saving import save_project

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 120  # s: generous for a busy machine; a run that loops for ever fails here


def nn_playground(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "playground", *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=env,
        cwd=ROOT,
    )


def test_the_smallest_compare_project_trains_both_lanes(tmp_path):
    path, report = tmp_path / "race.nnplay", tmp_path / "r.json"
    path.write_text('{"format":"nn-playground-project","version":1,"compare":{"lanes":[{},{}]}}')
    done = nn_playground("run", str(path), "--epochs", "20", "--report", str(report))
    assert done.returncode == 0, done.stderr
    figures = json.loads(report.read_text())
    assert [lane["name"] for lane in figures["lanes"]] == ["A", "B"]
    assert [lane["epochs"] for lane in figures["lanes"]] == [20, 20]
    assert all(isinstance(lane["warnings"], list) for lane in figures["lanes"])  # each lane judged
    assert figures["focus"] == "A" and figures["epochs"] == 20
    assert "Lane A (" in done.stderr and "Lane B (" in done.stderr


def saved_race(tmp_path: Path, lanes: list[dict], **settings) -> Path:
    s = Session(TrainingSettings(**settings))
    comparison.start(s, lanes).focus = 1
    path = tmp_path / "compare.nnplay"
    save_project(path, project_from_session(s))
    return path


def test_a_project_saved_with_compare_on_reports_every_lane(tmp_path):
    lanes = [{"optimizer": "sgd"}, {"optimizer": "adam"}, {"learning_rate": 0.3}]
    path, report = saved_race(tmp_path, lanes), tmp_path / "r.json"
    done = nn_playground("run", str(path), "-n", "15", "--report", str(report))
    assert done.returncode == 0, done.stderr
    figures = json.loads(report.read_text())
    got = figures["lanes"]
    assert [lane["overrides"] for lane in got] == lanes
    assert [lane["epochs"] for lane in got] == [15, 15, 15]
    assert got[0]["train_loss"] != got[1]["train_loss"]  # the lanes trained as themselves
    assert "Adam" in got[1]["settings"]
    # The top-level figures are the lane in focus's, as the window shows it.
    assert figures["focus"] == "B" and figures["train_loss"] == got[1]["train_loss"]
    text = done.stderr.splitlines()
    for lane in got:
        assert any(line.strip().startswith(f"Lane {lane['name']} (") for line in text)


def test_a_race_whose_lanes_diverge_ends_and_says_which(tmp_path):
    lanes = [{"learning_rate": 0.01}, {"learning_rate": 3.0}]
    path = saved_race(tmp_path, lanes, problem="regression", dataset="plane")
    report = tmp_path / "r.json"
    done = nn_playground("run", str(path), "-n", "40", "--report", str(report), "-q")
    assert done.returncode == 0, done.stderr
    a, b = json.loads(report.read_text())["lanes"]
    assert a["epochs"] == 40 and not a["diverged"]
    assert b["diverged"] and b["epochs"] < 40
    assert "Lane B: Training diverged" in done.stderr


def test_compare_exports_the_lane_in_focus_and_saves_the_race(tmp_path):
    path = saved_race(tmp_path, [{}, {"optimizer": "adam"}])
    gif, png, saved = tmp_path / "r.gif", tmp_path / "b.png", tmp_path / "after.nnplay"
    args = ["run", str(path), "-n", "6", "--export-gif", str(gif), "--export-boundary", str(png)]
    done = nn_playground(*args, "--save", str(saved), "--size", "64", "-q")
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert gif.read_bytes()[:6] == b"GIF89a" and png.read_bytes()[:4] == b"\x89PNG"
    assert load_project(saved).compare == ([{}, {"optimizer": "adam"}], 1)


def painted(tmp_path: Path, train: list[bool]) -> Path:
    s = Session()
    s.change(data_source="painted")
    X = np.array([[1.0, 1.0], [-1.0, -1.0], [2.0, 0.0]])[: len(train)]
    flags = np.array(train, dtype=bool)
    y = np.arange(len(train)) % 2
    s.set_own_points(PointSet.from_flags("classification", X, y, flags, s.settings.train_ratio))
    path = tmp_path / "painted.nnplay"
    save_project(path, project_from_session(s))
    return path


def test_painted_data_without_a_training_point_is_refused_in_one_line(tmp_path):
    for train in ([False, False, False], []):  # only test points; no point at all
        path = painted(tmp_path, train)
        done = nn_playground("run", str(path), "--epochs", "5", "--report", str(tmp_path / "r"))
        assert done.returncode == 1
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("nn-playground: error:"), done.stderr
        assert "no training point" in lines[0]
        assert not (tmp_path / "r").exists()


def test_painted_data_with_a_training_point_trains(tmp_path, capsys):
    path = painted(tmp_path, [True, False, False])
    report = tmp_path / "r.json"
    assert main(["run", str(path), "-n", "3", "--report", str(report), "-q"]) == 0
    assert json.loads(report.read_text())["epochs"] == 3


def test_a_race_ends_even_if_a_lane_trains_nothing():
    # The loops under run must end even for a trainer that cannot step (it cannot happen
    # today: a sign that something else broke must not become a hang).
    import threading

    from playground.core.race import race

    trainer = Session().trainer
    trainer.step = lambda n: 0  # type: ignore[method-assign]
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(race([trainer], 10)), daemon=True)
    worker.start()
    worker.join(TIMEOUT)
    assert result == [0]
