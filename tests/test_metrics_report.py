"""``nn-playground run --report``'s confusion matrices and regression figures, read back
from the JSON file and checked against the engine's own predictions."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from playground.app.cli import main
from playground.core.project import apply_project, load_project, project_from_session
from playground.core.session import Session
from playground.core.settings import TrainingSettings
from playground.projects.saving import save_project

ROOT = Path(__file__).resolve().parent.parent
LESSONS = ROOT / "resources" / "lessons"


def _trained(path: Path, epochs: int) -> Session:
    """The project at ``path`` trained as ``run`` trains it (same seed, same epochs)."""
    session = Session(load_project(path).settings)
    apply_project(session, load_project(path))
    session.train_epochs(epochs)
    return session


@pytest.mark.parametrize("lesson", ["02-xor-needs-a-hidden-layer", "08-many-classes"])
def test_the_report_holds_the_confusion_matrices(tmp_path, lesson):
    path, report = LESSONS / f"{lesson}.nnplay", tmp_path / "r.json"
    assert main(["run", str(path), "-n", "5", "-q", "--report", str(report)]) == 0
    figures = json.loads(report.read_text())
    session = _trained(path, 5)
    net, data = session.trainer.network, session.data
    for split, X, y, accuracy in (
        ("train", data.X_train, data.y_train, figures["train_accuracy"]),
        ("test", data.X_test, data.y_test, figures["test_accuracy"]),
    ):
        matrix = np.array(figures["confusion_matrix"][split])
        probs = net.predict(X)
        predicted = probs.argmax(axis=1) if probs.ndim == 2 else (probs >= 0.5).astype(int)
        k = max(2, data.classes)
        assert matrix.shape == (k, k)
        for i in range(k):  # rows: the true class; columns: the predicted one
            for j in range(k):
                assert matrix[i, j] == np.sum((y == i) & (predicted == j))
        assert matrix.sum() == len(y)
        assert np.trace(matrix) / matrix.sum() == pytest.approx(accuracy)
    assert "r2" not in figures


def test_the_report_holds_r2_rmse_and_mae_for_regression(tmp_path):
    path, report = tmp_path / "plane.nnplay", tmp_path / "r.json"
    save_project(
        path, project_from_session(Session(TrainingSettings(problem="regression", dataset="plane")))
    )
    assert main(["run", str(path), "-n", "5", "-q", "--report", str(report)]) == 0
    figures = json.loads(report.read_text())
    assert "confusion_matrix" not in figures
    session = _trained(path, 5)
    data = session.data
    for split, X, y in (("train", data.X_train, data.y_train), ("test", data.X_test, data.y_test)):
        residual = session.trainer.network.predict(X) - y
        assert figures["rmse"][split] == pytest.approx(np.sqrt(np.mean(residual**2)))
        assert figures["mae"][split] == pytest.approx(np.mean(np.abs(residual)))
        r2 = 1 - np.sum(residual**2) / np.sum((y - y.mean()) ** 2)
        assert figures["r2"][split] == pytest.approx(r2)
