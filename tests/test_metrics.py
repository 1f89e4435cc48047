"""playground/core/metrics.py against figures worked out by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from engine import Network
from playground.core import metrics
from playground.core.metrics import ClassScores


def test_confusion_matrix_counts_true_rows_and_predicted_columns():
    true = [0, 0, 0, 1, 1, 2]
    predicted = [0, 1, 0, 1, 1, 1]
    m = metrics.confusion_matrix(np.array(true), np.array(predicted), 3)
    assert m.tolist() == [[2, 1, 0], [0, 2, 0], [0, 1, 0]]
    assert metrics.accuracy(m) == pytest.approx(4 / 6)


def test_per_class_scores_by_hand_with_a_class_never_predicted():
    # class 0: TP 2, predicted 2 (P = 1), 3 points (R = 2/3), F1 = 2·1·(2/3)/(5/3) = 0.8
    # class 1: TP 2, predicted 4 (P = 1/2), 2 points (R = 1), F1 = 2·0.5/1.5 = 2/3
    # class 2: never predicted: precision undefined; recall 0; F1 undefined
    m = np.array([[2, 1, 0], [0, 2, 0], [0, 1, 0]])
    s = metrics.class_scores(m)
    assert s[0] == ClassScores(1.0, pytest.approx(2 / 3), pytest.approx(0.8), 3)
    assert s[1] == ClassScores(0.5, 1.0, pytest.approx(2 / 3), 2)
    assert s[2] == ClassScores(None, 0.0, None, 1)


def test_a_class_without_points_has_no_recall_and_a_row_of_nothing():
    m = np.array([[3, 0], [0, 0]])
    s = metrics.class_scores(m)
    assert s[1].recall is None and s[1].precision is None and s[1].support == 0
    shares = metrics.row_normalised(m)
    assert shares[0].tolist() == [1.0, 0.0]
    assert np.isnan(shares[1]).all()
    assert metrics.accuracy(np.zeros((2, 2))) is None


def test_labels_outside_the_classes_are_refused():
    with pytest.raises(ValueError, match="predicted labels"):
        metrics.confusion_matrix(np.array([0]), np.array([2]), 2)


def test_regression_scores_by_hand():
    true = np.array([1.0, 2.0, 3.0])
    predicted = np.array([1.0, 3.0, 1.0])  # residuals 0, 1, -2
    s = metrics.regression_scores(true, predicted)
    # SS_res = 5, SS_tot = 2: R² = 1 - 5/2; RMSE = sqrt(5/3); MAE = 1
    assert s["r2"] == pytest.approx(-1.5)
    assert s["rmse"] == pytest.approx(math.sqrt(5 / 3))
    assert s["mae"] == pytest.approx(1.0)


def test_undefined_regression_figures_are_none():
    assert metrics.regression_scores(np.zeros(0), np.zeros(0)) == dict.fromkeys(
        ("r2", "rmse", "mae")
    )
    flat = metrics.regression_scores(np.array([2.0, 2.0]), np.array([1.0, 3.0]))
    assert flat["r2"] is None and flat["rmse"] == pytest.approx(1.0)
    assert metrics.regression_scores(np.array([1.0]), np.array([np.nan]))["mae"] is None


def _net(kind: str, seed: int = 3) -> Network:
    out = {"binary": {"kind": "binary"}, "multiclass": {"kind": "multiclass", "classes": 3}}
    spec = {
        "features": ["x1", "x2"],
        "hidden": [{"units": 4, "activation": "tanh"}],
        "output": out.get(kind, {"kind": "regression"}),
    }
    return Network.from_spec(spec, seed=seed)


@pytest.mark.parametrize("kind", ["binary", "multiclass"])
def test_measure_agrees_with_the_engine(kind):
    net = _net(kind)
    X = np.random.default_rng(0).uniform(-5, 5, (60, 2))
    y = np.random.default_rng(1).integers(0, 2 if kind == "binary" else 3, 60)
    m = metrics.measure(net, X[:40], y[:40], X[40:], y[40:])
    probs = net.predict(X)
    engine_pred = (probs >= 0.5).astype(int) if kind == "binary" else probs.argmax(axis=1)
    for split, rows in (("train", slice(0, 40)), ("test", slice(40, 60))):
        part = m.split(split)
        want = np.zeros((m.classes, m.classes), dtype=int)
        for t, p in zip(y[rows], engine_pred[rows], strict=True):
            want[t, p] += 1
        assert part.matrix.tolist() == want.tolist()
        _, engine_accuracy = net.evaluate(X[rows], y[rows])
        assert part.scores["accuracy"] == pytest.approx(engine_accuracy)


def test_report_fields_and_table_rows():
    net = _net("regression")
    X = np.random.default_rng(2).uniform(-5, 5, (50, 2))
    y = np.tanh(X[:, 0] / 3)
    m = metrics.measure(net, X[:30], y[:30], X[:0], y[:0])
    fields = metrics.report_fields(m)
    assert set(fields) == {"r2", "rmse", "mae"}
    assert fields["rmse"]["test"] is None
    assert fields["rmse"]["train"] == pytest.approx(
        float(np.sqrt(np.mean((net.predict(X[:30]) - y[:30]) ** 2)))
    )
    rows = metrics.table_rows(m)
    assert rows[0] == ["set", "r2", "rmse", "mae", "points"] and rows[2][-1] == 0
    cm = metrics.measure(_net("binary"), X[:4], (y[:4] > 0).astype(int), X[:0], y[:0])
    table = metrics.table_rows(cm)
    assert table[0][:4] == ["set", "true class", "predicted 0", "predicted 1"]
    assert len(table) == 5  # two classes in each set
    assert metrics.report_fields(cm)["confusion_matrix"]["test"] == [[0, 0], [0, 0]]
