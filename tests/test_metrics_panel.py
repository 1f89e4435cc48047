"""The metrics panel in the live window: its matrices equal the engine's predictions on the
window's data, a click on a cell marks those points on the output plot, regression shows
its figures and its scatter, and File › Export writes what the panel shows."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest
from PySide6.QtCore import Qt

from playground.app.main_window import MainWindow
from playground.core.settings import TrainingSettings
from playground.metrics.confusion_table import ConfusionTable
from tests.conftest import TIMEOUT, click, settle

LEFT = Qt.MouseButton.LeftButton


def open_panel(qtbot, w: MainWindow, epochs: int = 20):
    """Train ``epochs`` epochs, press M, and wait for the figures of that epoch."""
    w.client.call(lambda s: s.train_epochs(epochs))
    settle(qtbot, w)
    qtbot.keyClick(w, Qt.Key.Key_M)
    slot = w.metrics
    assert slot.visible and not w.loss_chart.isVisible()
    qtbot.waitUntil(
        lambda: slot.panel.metrics is not None and slot.panel.metrics.epoch == epochs,
        timeout=TIMEOUT,
    )
    net, data = w.client.call(lambda s: (s.trainer.network.copy(), s.data))
    return slot, net, data


def as_trained(net, X: np.ndarray) -> np.ndarray:
    """The network's predictions computed in its own dtype, as it trains (``predict`` on
    float64 points widens a float32 network's sums to float64)."""
    return net.head.predict(net.logits(net.compute_features(X).astype(net.dtype)))


def predicted_classes(net, X: np.ndarray) -> np.ndarray:
    probs = net.predict(X)
    return probs.argmax(axis=1) if probs.ndim == 2 else (probs >= 0.5).astype(int)


@pytest.mark.parametrize("settings", [{}, {"dataset": "blobs", "classes": 5}], ids=["2", "5"])
def test_the_matrices_are_the_engines_predictions_and_a_click_marks_the_points(
    window, qtbot, settings
):
    w = window(TrainingSettings(**settings))
    slot, net, data = open_panel(qtbot, w)
    k = max(2, data.classes)
    for split, X, y in (("train", data.X_train, data.y_train), ("test", data.X_test, data.y_test)):
        table = slot.panel.tables[split]
        predicted = predicted_classes(net, X)
        assert table.rowCount() == k + 1  # and the precision row
        for i in range(k):
            for j in range(k):
                assert table.cell_text(i, j) == str(np.sum((y == i) & (predicted == j)))

    # A real click on the training matrix's fullest mistake (or a right cell if none).
    y, predicted = data.y_train, predicted_classes(net, data.X_train)
    counts = np.array([[np.sum((y == i) & (predicted == j)) for j in range(k)] for i in range(k)])
    wrong = counts - np.diag(np.diag(counts))
    i, j = np.unravel_index(np.argmax(wrong if wrong.any() else counts), counts.shape)
    table = slot.panel.tables["train"]
    cell = table.visualRect(table.model().index(int(i), int(j))).center()
    qtbot.mouseClick(table.viewport(), LEFT, pos=cell)
    assert slot.marked == ("train", i, j)
    want = data.X_train[(y == i) & (predicted == j)]
    marked = np.column_stack(slot.marks.getData())
    assert len(marked) == counts[i, j] > 0
    assert sorted(map(tuple, marked)) == sorted(map(tuple, want))
    assert f"{counts[i, j]:,} training set point" in slot.panel.status.text()

    click(qtbot, slot.panel.clear_button)
    assert slot.marked is None and len(slot.marks.getData()[0]) == 0

    click(qtbot, slot.panel.shares_box)  # row shares instead of counts
    row = counts[int(i)]
    assert table.cell_text(int(i), int(j)) == f"{100 * row[j] / row.sum():.0f}%"
    w.client.step()  # one more epoch: the panel follows, and the marks with it
    qtbot.waitUntil(lambda: slot.panel.metrics.epoch == 21, timeout=TIMEOUT)
    cell = table.visualRect(table.model().index(int(i), int(j))).center()  # widths changed
    qtbot.mouseClick(table.viewport(), LEFT, pos=cell)
    assert slot.marked == ("train", i, j) and len(slot.marks.getData()[0]) > 0
    qtbot.keyClick(w, Qt.Key.Key_M)  # M closes it, its marks go; the loss chart is back
    assert len(slot.marks.getData()[0]) == 0
    assert not slot.visible and w.loss_chart.isVisible()


def test_a_class_never_predicted_has_no_precision_and_says_so(qtbot):
    table = ConfusionTable("test set")
    qtbot.addWidget(table)
    table.set_matrix(np.array([[3, 0], [2, 0]]), normalised=False)
    # class 1 is never predicted: no precision, and no F1; its recall is 0
    assert table.item(2, 1).text() == "–" and table.item(1, 3).text() == "–"
    assert table.item(1, 2).text() == "0.00" and table.item(2, 0).text() == "0.60"
    table.set_matrix(np.array([[3, 0], [0, 0]]), normalised=True)  # class 1 has no points
    assert table.cell_text(1, 0) == "–" and table.cell_text(0, 0) == "100%"


def test_regression_shows_r2_rmse_mae_and_the_scatter(window, qtbot, tmp_path):
    w = window(TrainingSettings(problem="regression", dataset="plane"))
    slot, net, data = open_panel(qtbot, w, epochs=5)
    panel = slot.panel
    assert panel.regression and panel.scatter_plot.isVisible()
    assert not panel.shares_box.isVisible()
    for c, (X, y) in enumerate(((data.X_train, data.y_train), (data.X_test, data.y_test))):
        residual = net.predict(X) - y
        r2 = 1 - np.sum(residual**2) / np.sum((y - y.mean()) ** 2)
        rmse, mae = np.sqrt(np.mean(residual**2)), np.mean(np.abs(residual))
        assert [panel.figures.item(r, c).text() for r in range(3)] == [
            f"{v:.3f}" for v in (r2, rmse, mae)
        ]
    x, yy = panel.train_dots.getData()
    assert len(x) == len(data.X_train)
    np.testing.assert_allclose(x, data.y_train)
    np.testing.assert_allclose(yy, as_trained(net, data.X_train))
    assert len(panel.train_residuals.getData()[0]) == 2 * len(data.X_train)

    # File › Export › Metrics as JSON / CSV: the same figures, read back.
    out = tmp_path / "m.json"
    assert w.metrics_exports.export("json", out)
    figures = json.loads(out.read_text())
    assert figures["rmse"]["train"] == pytest.approx(
        np.sqrt(np.mean((net.predict(data.X_train) - data.y_train) ** 2))
    )
    table = tmp_path / "m.csv"
    assert w.metrics_exports.export("csv", table)
    rows = list(csv.reader(table.open()))
    assert rows[0] == ["set", "r2", "rmse", "mae", "points"]
    assert float(rows[1][2]) == pytest.approx(figures["rmse"]["train"])
    assert int(rows[2][4]) == len(data.X_test)


def test_the_json_export_of_a_classification(window, qtbot, tmp_path):
    w = window()
    _slot, net, data = open_panel(qtbot, w, epochs=3)
    out = tmp_path / "m.json"
    assert w.metrics_exports.export("json", out)
    figures = json.loads(out.read_text())
    matrix = np.array(figures["confusion_matrix"]["test"])
    predicted = predicted_classes(net, data.X_test)
    assert matrix[1, 0] == np.sum((data.y_test == 1) & (predicted == 0))
    assert [c["support"] for c in figures["per_class"]["train"]] == [
        int(np.sum(data.y_train == c)) for c in (0, 1)
    ]
