import dataclasses

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtWidgets import QApplication

from playground.views.loss_chart import LossChart
from tests.conftest import TIMEOUT
from tests.snapshots import make_snapshot, spec_of

pg.setConfigOptions(imageAxisOrder="row-major")

REGRESSION = spec_of(["x1", "x2"], [4], output={"kind": "regression"})


@pytest.fixture(scope="module")
def snap():
    return make_snapshot(epoch=40)


@pytest.fixture
def chart(qtbot):
    widget = LossChart()
    qtbot.addWidget(widget)
    widget.resize(460, 320)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def scene_pos(qtbot, chart: LossChart, epoch: float) -> QPointF:
    """Where ``epoch`` is on screen, once the plot has ranged itself over the new curves."""
    last = chart.train_curve.getData()[0][-1]
    qtbot.waitUntil(lambda: chart.view_box.viewRange()[0][1] >= last, timeout=TIMEOUT)
    (_, _), (y0, y1) = chart.view_box.viewRange()
    return chart.view_box.mapViewToScene(QPointF(epoch, (y0 + y1) / 2))


def test_curves_are_the_history(chart, snap):
    chart.set_snapshot(snap)
    h = snap.history
    assert len(h["epoch"]) > 10
    x, y = chart.train_curve.getData()
    np.testing.assert_array_equal(x, h["epoch"])
    np.testing.assert_array_equal(y, h["train_loss"])
    x, y = chart.test_curve.getData()
    np.testing.assert_array_equal(x, h["epoch"])
    np.testing.assert_array_equal(y, h["test_loss"])


def test_big_numbers_show_the_metrics(chart, snap):
    chart.set_snapshot(snap)
    m = snap.metrics
    assert chart.test_loss_label.text() == f"{m['test_loss']:.3f}"
    assert chart.train_loss_label.text() == f"{m['train_loss']:.3f}"
    assert chart.test_accuracy_label.text() == f"{100 * m['test_accuracy']:.1f} %"
    assert chart.train_accuracy_label.text() == f"{100 * m['train_accuracy']:.1f} %"
    assert chart.test_accuracy_label.isVisible()


def test_regression_hides_accuracy(chart):
    chart.set_snapshot(make_snapshot(REGRESSION, epoch=3))
    assert not chart.test_accuracy_label.isVisible()
    assert not chart.train_accuracy_label.isVisible()
    assert chart.test_loss_label.isVisible()


def test_missing_test_data_shows_a_dash_and_a_gap(chart, snap):
    h = dict(snap.history)
    h["test_loss"] = np.full_like(h["train_loss"], np.nan)
    metrics = dict(snap.metrics, test_loss=float("nan"), test_accuracy=None)
    chart.set_snapshot(dataclasses.replace(snap, history=h, metrics=metrics))
    assert chart.test_loss_label.text() == "–"
    assert chart.test_accuracy_label.text() == "–"
    assert np.isnan(chart.test_curve.getData()[1]).all()
    assert chart.hover_at(10).endswith("test –")


def test_curves_are_set_only_when_the_history_changes(chart, snap, monkeypatch):
    calls = []
    original = chart.train_curve.setData
    monkeypatch.setattr(
        chart.train_curve, "setData", lambda *a, **k: (calls.append(1), original(*a, **k))
    )
    chart.set_snapshot(snap)
    # A new snapshot with an equal history (fresh arrays, as the worker sends) draws nothing.
    same = {k: v.copy() for k, v in snap.history.items()}
    chart.set_snapshot(dataclasses.replace(snap, serial=snap.serial + 1, history=same))
    assert len(calls) == 1
    grown = {k: np.append(v, v[-1]) for k, v in snap.history.items()}
    grown["epoch"][-1] += 1
    chart.set_snapshot(dataclasses.replace(snap, history=grown))
    assert len(calls) == 2


def test_log_checkbox_sets_log_mode(qtbot, chart, snap):
    chart.set_snapshot(snap)
    qtbot.mouseClick(
        chart.log_checkbox, Qt.MouseButton.LeftButton, pos=chart.log_checkbox.rect().center()
    )
    assert chart.log_scale
    assert chart.plot_item.getAxis("left").logMode
    assert chart.plot_item.ctrl.logYCheck.isChecked()
    qtbot.mouseClick(
        chart.log_checkbox, Qt.MouseButton.LeftButton, pos=chart.log_checkbox.rect().center()
    )
    assert not chart.plot_item.getAxis("left").logMode


def test_hover_label_reads_the_nearest_epoch(qtbot, chart, snap):
    chart.set_snapshot(snap)
    h = snap.history
    k = int(np.argmin(np.abs(h["epoch"] - 21.3)))
    expected = f"epoch {int(h['epoch'][k])} · train {h['train_loss'][k]:.3f} · test {h['test_loss'][k]:.3f}"
    # Through the real path: the scene's mouse-move signal, coalesced by the SignalProxy.
    chart.plot_widget.scene().sigMouseMoved.emit(scene_pos(qtbot, chart, 21.3))
    qtbot.waitUntil(lambda: chart.hover_label.text() == expected, timeout=TIMEOUT)
    assert chart.hover_line.isVisible()
    assert chart.hover_line.value() == pytest.approx(h["epoch"][k])


def test_hover_at_epoch_212(qtbot, chart, snap):
    epochs = np.arange(0.0, 400.0, 4.0)
    h = {
        "epoch": epochs,
        "train_loss": 1.0 / (1.0 + epochs),
        "test_loss": 1.2 / (1.0 + epochs),
        "train_accuracy": np.full_like(epochs, 0.9),
        "test_accuracy": np.full_like(epochs, 0.9),
    }
    chart.set_snapshot(dataclasses.replace(snap, history=h))
    text = chart.hover_scene_pos(scene_pos(qtbot, chart, 211.0))
    assert text == f"epoch 212 · train {1 / 213:.3f} · test {1.2 / 213:.3f}"
    assert chart.hover_label.text() == text


def test_leaving_the_plot_clears_the_hover(chart, snap):
    chart.set_snapshot(snap)
    chart.hover_at(10)
    assert chart.hover_line.isVisible()
    chart.hover_scene_pos(QPointF(-50, -50))
    assert not chart.hover_line.isVisible()
    assert chart.hover_label.text().strip() == ""
    chart.hover_at(10)
    QApplication.sendEvent(chart.plot_widget, QEvent(QEvent.Type.Leave))
    assert not chart.hover_line.isVisible()


def test_numbers_stack_under_their_captions_in_a_narrow_panel(qtbot, chart, snap):
    chart.set_snapshot(snap)
    chart.resize(chart.minimumWidth(), 320)
    qtbot.waitUntil(lambda: chart.test_loss_label.y() > 0, timeout=TIMEOUT)
    assert chart.minimumSizeHint().width() < 300
    assert chart.train_accuracy_label.geometry().right() <= chart.width()
    chart.resize(700, 320)
    qtbot.waitUntil(lambda: chart.test_loss_label.y() == 0, timeout=TIMEOUT)
    assert chart.test_accuracy_label.x() > chart.train_loss_label.geometry().right()


def test_a_long_history_is_drawn_with_fewer_points_and_keeps_its_spikes(chart, snap):
    n = 1000
    epochs = np.arange(n, dtype=float) * 10
    train = 0.7 * np.exp(-np.arange(n) / 150.0)
    train[617] = 0.9  # one unstable epoch
    h = dict(snap.history, epoch=epochs, train_loss=train, test_loss=train + 0.01)
    chart.set_snapshot(dataclasses.replace(snap, history=h))
    width = chart.view_box.width()
    x, y = chart.train_curve.getData()
    assert len(x) <= width  # about one point per two pixels, two a bin
    assert len(x) < n / 2
    assert y.max() == 0.9  # the spike survives
    assert x[0] <= 0.02 * epochs[-1] and x[-1] >= 0.98 * epochs[-1]  # the whole run
