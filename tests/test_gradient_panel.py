"""The gradient panel: norms per layer, the vanishing/exploding marker, the histograms."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from playground.app.main_window import MainWindow
from playground.core.gradient_stats import (
    CAPACITY,
    SMOOTH,
    NormHistory,
    layer_norms,
    relative_norms,
    smoothed,
)
from playground.core.settings import TrainingSettings
from tests.conftest import TIMEOUT


def train_with_panel(qtbot, w: MainWindow, samples: int = 3 * SMOOTH):
    slot = w.gradient_panel
    qtbot.keyClick(w, Qt.Key.Key_G)
    assert slot.visible and not w.loss_chart.isVisible()
    w.worker.send("play")
    qtbot.waitUntil(lambda: slot.panel.history.n >= samples, timeout=TIMEOUT)
    w.worker.send("pause")
    qtbot.waitUntil(lambda: not w.snapshot.running, timeout=TIMEOUT)
    slot.panel.draw(force=True)
    return slot.panel


def test_vanishing_marker_on_an_8_layer_sigmoid_network(window, qtbot):
    w = window(TrainingSettings(hidden=(4,) * 8, activation="sigmoid", speed=0))
    panel = train_with_panel(qtbot, w)
    assert panel.verdict.kind == "vanishing"
    assert 0 in panel.verdict.layers  # the first hidden layer, furthest from the output
    assert panel.marker.isVisible() and "Vanishing gradients" in panel.marker.text()
    assert "1/50" in panel.marker.text()
    assert "much is left to learn" in panel.marker.toolTip()  # the rule, stated
    assert len(panel._curves) == 9 and len(panel._warnings) == 1
    steps, norms = panel.history.arrays()
    assert np.all(np.diff(steps) > 0) and norms.shape[1] == 9


def test_no_marker_on_a_2_layer_relu_network(window, qtbot):
    w = window(TrainingSettings(hidden=(4, 4), activation="relu", speed=0))
    panel = train_with_panel(qtbot, w)
    assert panel.verdict.kind == ""
    assert "No gradient warning" in panel.marker.text() and not panel._warnings
    # The histograms follow the layer chosen: the output layer's 4×1 weights.
    panel.layer_box.setCurrentIndex(2)
    x, counts = panel.weight_curve.getData()
    assert counts.sum() == 4
    _x, grad_counts = panel.grad_curve.getData()
    assert grad_counts.sum() == 4
    qtbot.keyClick(w, Qt.Key.Key_G)  # G closes it; the loss chart is back
    assert not w.gradient_panel.visible and w.loss_chart.isVisible()


def test_opening_the_walkthrough_and_the_panel_share_one_place(window, qtbot):
    w = window(TrainingSettings())
    slot, wt = w.gradient_panel, w.walkthrough
    rest, widths = w.right.sizes(), w.splitter.sizes()
    slot.set_visible(True)
    column = sum(w.right.sizes())
    top, plot = w.right.widget(0), w.output_view.plot_widget

    def share(fraction: float) -> int:  # of the column, as far as the plot keeps 300 px
        return int(min(fraction * column, column - (300 + top.height() - plot.height())))

    assert slot.panel.height() >= max(rest[1], share(0.56)) - 2 and plot.height() >= 299
    wt.open()
    assert wt.panel.isVisible() and not slot.panel.isVisible() and not w.loss_chart.isVisible()
    assert abs(wt.panel.height() - share(0.58)) <= 2 and plot.height() >= 299
    assert not w.data_panel.isVisible() and w.network_view.width() > widths[1]
    wt.close()
    assert slot.panel.isVisible() and not w.loss_chart.isVisible() and w.data_panel.isVisible()
    wt.open()
    slot.set_visible(True)  # G while the walkthrough is open closes the walkthrough
    assert not wt.is_open and slot.panel.isVisible() and w.data_panel.isVisible()
    slot.set_visible(False)  # the chart and the columns are back as they were
    assert w.loss_chart.isVisible() and w.right.sizes()[:2] == rest
    assert w.splitter.sizes() == widths


# ------------------------------------------------------------------ without a window
def test_layer_norms_are_frobenius_norms():
    rng = np.random.default_rng(0)
    grads = [rng.normal(size=(3, 4)), rng.normal(size=(4, 1))]
    assert np.allclose(layer_norms(grads), [np.linalg.norm(g) for g in grads])


def test_history_thins_itself_and_keeps_the_whole_run():
    h = NormHistory(capacity=64)
    h.reset(2)
    for step in range(1, 1001):
        h.add(step, np.array([step, 1.0]))
    steps, norms = h.arrays()
    assert len(steps) <= 64 and steps[0] <= 32 and steps[-1] >= 1000 - 32
    assert np.all(np.diff(steps) > 0) and np.array_equal(norms[:, 0], steps)
    assert CAPACITY >= 1024


def test_relative_norms_are_gradient_over_weight_norms():
    grads = [np.array([[3.0, 4.0]]), np.array([[1.0]])]
    weights = [np.array([[0.0, 10.0]]), np.zeros((1, 1))]
    assert np.allclose(relative_norms(grads, weights), [0.5, 0.0])  # 0 where W is all 0


def test_smoothing_is_a_running_geometric_mean():
    norms = np.array([[1.0], [4.0], [16.0], [0.0]])
    out = smoothed(norms, 2)
    assert np.allclose(out[:, 0], [1.0, 2.0, 8.0, 16.0])


def test_rewinding_keeps_the_gradient_history_and_resuming_drops_only_the_later_part(window, qtbot):
    w = window(TrainingSettings(speed=10))
    panel = train_with_panel(qtbot, w, samples=40)
    steps, norms = (a.copy() for a in panel.history.arrays())
    latest = w.snapshot.epoch
    w.client.view_epoch(latest // 2)
    qtbot.waitUntil(
        lambda: w.snapshot.timeline.viewing == latest // 2 and not w.snapshot.timeline.pending,
        timeout=TIMEOUT,
    )
    past_steps = w.snapshot.steps
    w.client.back_to_latest()
    qtbot.waitUntil(lambda: w.snapshot.timeline.viewing is None, timeout=TIMEOUT)
    after_steps, after_norms = panel.history.arrays()
    assert np.array_equal(after_steps, steps) and np.array_equal(after_norms, norms)
    # Rewind again and train on from there: the samples up to that epoch stay, the later
    # ones give way to the new run's.
    w.client.view_epoch(latest // 2)
    qtbot.waitUntil(
        lambda: w.snapshot.timeline.viewing == latest // 2 and not w.snapshot.timeline.pending,
        timeout=TIMEOUT,
    )
    w.client.resume_from_view()
    w.client.step()
    qtbot.waitUntil(
        lambda: w.snapshot.timeline.viewing is None and w.snapshot.steps > past_steps,
        timeout=TIMEOUT,
    )
    resumed_steps, _ = panel.history.arrays()
    kept = steps[steps <= past_steps]
    assert np.array_equal(resumed_steps[: len(kept)], kept)
    assert len(resumed_steps) > len(kept) and np.all(np.diff(resumed_steps) > 0)
    assert resumed_steps[-1] == w.snapshot.steps < steps[-1]
