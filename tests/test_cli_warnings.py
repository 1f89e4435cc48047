"""``nn-playground run … --report`` writes the end-of-run warnings, the window's (issue 15)."""

from __future__ import annotations

import json

from playground.app.cli import main
from playground.core.project import apply_project, load_project, project_from_session
from playground.core.session import Session
from playground.core.settings import TrainingSettings
from playground.core.snapshot_builder import SnapshotBuilder
from playground.projects.saving import save_project


def run_report(tmp_path, settings: TrainingSettings, epochs: int) -> dict:
    path, report = tmp_path / "p.nnplay", tmp_path / "r.json"
    save_project(path, project_from_session(Session(settings)))
    assert main(["run", str(path), "-n", str(epochs), "--report", str(report)]) == 0
    return json.loads(report.read_text())


def test_dead_relus_at_learning_rate_10_are_in_the_report_as_the_window_has_them(tmp_path):
    settings = TrainingSettings(activation="relu", learning_rate=10.0)
    figures = run_report(tmp_path, settings, 200)
    kinds = [w["kind"] for w in figures["warnings"]]
    assert kinds == ["dead_neurons", "stuck"]
    assert figures["warnings"][0]["layers"] == [2]
    assert all(set(w) == {"kind", "layers", "message"} for w in figures["warnings"])
    # The window's snapshot of the same run carries the same warnings.
    s = Session()
    apply_project(s, load_project(tmp_path / "p.nnplay"))
    s.train_epochs(200)
    snap = SnapshotBuilder().build(s, 1, False, 0.0)
    assert [w.to_dict() for w in snap.warnings] == figures["warnings"]
    assert (1, 0) in snap.dead_neurons and (1, 1) in snap.dead_neurons


def test_a_converged_run_reports_no_warnings_and_a_diverged_one_says_so(tmp_path, capsys):
    assert run_report(tmp_path, TrainingSettings(), 300)["warnings"] == []
    wild = TrainingSettings(problem="regression", dataset="plane", learning_rate=3.0)
    figures = run_report(tmp_path, wild, 50)
    assert [w["kind"] for w in figures["warnings"]] == ["diverged"]
    assert "diverged" in capsys.readouterr().err
