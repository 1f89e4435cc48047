"""Compare and the rewind timeline in the live window, driven as a student would."""

from __future__ import annotations

import re

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from playground.app.main_window import MainWindow
from playground.core.session import Session
from playground.core.settings import TrainingSettings
from tests.conftest import TIMEOUT


def comparing(w: MainWindow) -> bool:
    return w.snapshot is not None and w.snapshot.comparison is not None


def test_compare_button_turns_the_output_into_two_lanes_and_back(window, qtbot):
    w = window(TrainingSettings(speed=10))
    c = w.compare
    assert c.toggle.toolTip() and not c.toggle.isChecked()
    before = w.splitter.sizes()
    qtbot.mouseClick(c.toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: comparing(w), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: c.stack.currentWidget() is c.view, timeout=TIMEOUT)
    # The lanes borrow width from the network diagram (given back when Compare closes).
    net, out = w.splitter.indexOf(w.network_view), w.splitter.indexOf(w.right)
    wide = w.splitter.sizes()
    assert wide[out] > before[out] and wide[net] < before[net]
    assert wide[out] == int(0.56 * (before[net] + before[out]))
    lanes = w.snapshot.comparison.lanes
    assert [lane.settings.optimizer for lane in lanes] == ["sgd", "adam"]
    assert c.view.maps[0].isVisible() and c.view.maps[1].isVisible()
    assert not c.view.maps[2].isVisible()
    rows = c.view.table.rows
    assert rows[1].combos["optimizer"].currentData() == "adam"
    assert rows[1].combos["optimizer"].font().bold()  # lane B's own setting
    assert not rows[0].combos["optimizer"].font().bold()
    assert not w.timeline.bar.isVisible()
    for row in rows[:2]:
        for widget in row.widgets():
            assert widget.toolTip(), widget
    # Both lanes race together, and the chart overlays both.
    w.worker.send("play")
    qtbot.waitUntil(
        lambda: min(lane.epoch for lane in w.snapshot.comparison.lanes) >= 30, timeout=TIMEOUT
    )
    w.worker.send("pause")
    qtbot.waitUntil(lambda: not w.snapshot.running, timeout=TIMEOUT)
    epochs = [lane.epoch for lane in w.snapshot.comparison.lanes]
    assert max(epochs) - min(epochs) <= 1
    assert w.worker.session.trainer.epoch == 0  # the main network waited
    qtbot.waitUntil(lambda: c.curves.items[1][0].isVisible(), timeout=TIMEOUT)
    assert not c.curves.items[2][0].isVisible() and not w.loss_chart.test_curve.isVisible()
    assert "Lane A" in w.loss_chart._captions[0].text()
    # Eight curves share the chart: each keeps its points thinned to the plot's width.
    assert all(item.opts["autoDownsample"] for pair in c.curves.items for item in pair)
    # Keyboard: C turns Compare off again.
    w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: not comparing(w), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: c.stack.currentWidget() is w.output_view, timeout=TIMEOUT)
    assert w.loss_chart.test_curve.isVisible() and w.timeline.bar.isVisible()
    assert w.loss_chart._captions[0].text() == "Test loss"
    assert w.splitter.sizes() == before


def test_lane_settings_add_remove_and_promote(window, qtbot, monkeypatch):
    w = window(TrainingSettings(dataset="xor", speed=10))
    c = w.compare
    c.set_comparing(True)
    qtbot.waitUntil(lambda: comparing(w), timeout=TIMEOUT)
    combo = c.view.table.rows[1].combos["optimizer"]
    combo.setCurrentIndex(combo.findData("momentum"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(
        lambda: w.snapshot.comparison.lanes[1].settings.optimizer == "momentum", timeout=TIMEOUT
    )
    qtbot.mouseClick(c.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(w.snapshot.comparison.lanes) == 3, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: c.view.maps[2].isVisible(), timeout=TIMEOUT)
    qtbot.mouseClick(c.view.table.rows[0].remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(w.snapshot.comparison.lanes) == 2, timeout=TIMEOUT)
    assert w.snapshot.comparison.lanes[0].settings.optimizer == "momentum"
    w.worker.send("step")
    qtbot.waitUntil(lambda: w.snapshot.comparison.lanes[1].epoch == 1, timeout=TIMEOUT)
    # Show lane B in the diagram, then make it the main network.
    qtbot.mouseClick(c.view.table.rows[1].title, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.snapshot.comparison.focus == 1, timeout=TIMEOUT)
    lane = w.worker.session.comparison.lanes[1]
    expected = lane.trainer.network._flat.copy()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    qtbot.mouseClick(c.view.table.rows[1].promote_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not comparing(w), timeout=TIMEOUT)
    snap = w.snapshot
    assert snap.epoch == 1 and snap.settings.optimizer == lane.settings.optimizer
    flat = np.concatenate(
        [np.concatenate([W.ravel(), b]) for W, b in zip(snap.weights, snap.biases)]
    )
    assert np.array_equal(flat, expected)
    assert w.top_bar.optimizer.currentData() == lane.settings.optimizer


def test_timeline_scrubs_back_resumes_and_returns(window, qtbot):
    w = window(TrainingSettings(speed=10, optimizer="adam"))
    bar = w.timeline.bar
    assert bar.slider.toolTip() and bar.resume_button.toolTip() and bar.latest_button.toolTip()
    w.worker.send("play")
    qtbot.waitUntil(lambda: w.snapshot.epoch >= 60, timeout=TIMEOUT)
    w.worker.send("pause")
    qtbot.waitUntil(lambda: not w.snapshot.running, timeout=TIMEOUT)
    latest = w.snapshot.epoch
    qtbot.waitUntil(lambda: bar.slider.maximum() == latest, timeout=TIMEOUT)
    assert re.fullmatch(r"[\d,]+ checkpoints?, [\d.]+ [kM]B", bar.memory_label.text())
    assert "Epochs between checkpoints are recomputed" in bar.memory_label.toolTip()
    assert not bar.resume_button.isEnabled()
    # A headless run of the same settings says what epoch 20 looked like.
    reference = Session(TrainingSettings(speed=10, optimizer="adam"))
    reference.train_epochs(20)
    bar.slider.setValue(20)
    qtbot.waitUntil(lambda: w.snapshot.timeline.viewing == 20, timeout=TIMEOUT)
    snap = w.snapshot
    assert snap.epoch == 20 and bar.resume_button.isEnabled()
    for (W, b), (W2, b2) in zip(reference.trainer.network.params, zip(snap.weights, snap.biases)):
        assert np.array_equal(W, W2) and np.array_equal(b, b2)
    assert w.timeline.marker.isVisible() and w.timeline.marker.value() == 20
    assert "20 of" in bar.epoch_label.text()
    # Left steps one epoch further back.
    w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: w.snapshot.timeline.viewing == 19, timeout=TIMEOUT)
    qtbot.mouseClick(bar.latest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.snapshot.timeline.viewing is None, timeout=TIMEOUT)
    assert w.snapshot.epoch == latest and not w.timeline.marker.isVisible()
    # Rewind again and resume: training continues from epoch 30, exactly as before.
    bar.view(30)
    qtbot.waitUntil(lambda: w.snapshot.timeline.viewing == 30, timeout=TIMEOUT)
    w.worker.send("call", lambda s: s.change(speed=1))
    qtbot.mouseClick(bar.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.snapshot.running, timeout=TIMEOUT)
    w.worker.send("pause")
    qtbot.waitUntil(lambda: not w.snapshot.running, timeout=TIMEOUT)
    snap = w.snapshot
    assert snap.timeline.viewing is None and snap.epoch < latest
    assert snap.history["epoch"].max() <= snap.epoch
    reference.train_batches(snap.steps - reference.trainer.steps)  # it may pause mid-epoch
    assert reference.trainer.epoch == snap.epoch
    for (W, b), (W2, b2) in zip(reference.trainer.network.params, zip(snap.weights, snap.biases)):
        assert np.array_equal(W, W2) and np.array_equal(b, b2)


def test_the_rewound_notice_leaves_the_status_bar_with_back_to_latest(window, qtbot):
    w = window(TrainingSettings(speed=10))
    w.client.play()
    qtbot.waitUntil(lambda: w.snapshot.epoch >= 40, timeout=TIMEOUT)
    w.client.pause()
    qtbot.waitUntil(lambda: not w.snapshot.running, timeout=TIMEOUT)
    w.timeline.bar.view(10)
    qtbot.waitUntil(lambda: w.snapshot.timeline.viewing == 10, timeout=TIMEOUT)
    assert w.statusBar().currentMessage().startswith("Rewound:")
    qtbot.mouseClick(w.timeline.bar.latest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.snapshot.timeline.viewing is None, timeout=TIMEOUT)
    # The frame that shows the latest epoch takes the notice away (it would otherwise stay
    # for its ten seconds).
    assert not w.statusBar().currentMessage().startswith("Rewound:")
    # Another message is left alone: only the notice that no longer holds goes.
    w.statusBar().showMessage("Saved", 10_000)
    w.timeline.bar.view(10)
    qtbot.waitUntil(lambda: w.snapshot.timeline.viewing == 10, timeout=TIMEOUT)
    w.statusBar().showMessage("Saved", 10_000)
    w.client.back_to_latest()
    qtbot.waitUntil(lambda: w.snapshot.timeline.viewing is None, timeout=TIMEOUT)
    assert w.statusBar().currentMessage() == "Saved"
