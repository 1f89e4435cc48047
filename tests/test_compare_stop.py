"""Stopping a race asks what to keep; an edit that restarts rewind says so."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from playground.core.settings import TrainingSettings
from playground.views import desktop
from tests.conftest import TIMEOUT, click, settle


@pytest.fixture
def asking(monkeypatch):
    """Someone is there to answer questions; closing the window discards its changes."""
    monkeypatch.setattr(desktop, "INTERACTIVE", True)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
    )


def comparing(w) -> bool:
    return w.snapshot is not None and w.snapshot.comparison is not None


def race(qtbot, w, epochs: int) -> None:
    click(qtbot, w.compare.toggle)
    qtbot.waitUntil(lambda: comparing(w), timeout=TIMEOUT)
    for _ in range(epochs):
        w.client.step()
    qtbot.waitUntil(
        lambda: comparing(w) and min(x.epoch for x in w.snapshot.comparison.lanes) >= epochs,
        timeout=TIMEOUT,
    )


def answer(qtbot, w, text: str) -> None:
    box = w.compare.stop_box
    assert box is not None and box.isVisible()
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    click(qtbot, button)


def test_stop_comparing_asks_and_keeps_the_chosen_lane(window, qtbot, asking):
    w = window(TrainingSettings(dataset="xor"))
    # A race that has not run has nothing to lose: it stops without a question.
    click(qtbot, w.compare.toggle)
    qtbot.waitUntil(lambda: comparing(w), timeout=TIMEOUT)
    click(qtbot, w.compare.toggle)
    qtbot.waitUntil(lambda: not comparing(w), timeout=TIMEOUT)
    assert w.compare.stop_box is None
    race(qtbot, w, 4)
    click(qtbot, w.compare.toggle)  # Stop comparing
    box = w.compare.stop_box
    texts = [b.text().replace("&", "") for b in box.buttons()]
    assert {"Keep lane A", "Keep lane B", "Back to before the race"} <= set(texts)
    assert "epoch 4" in box.text()
    answer(qtbot, w, "Cancel")
    settle(qtbot, w)
    assert comparing(w) and w.compare.toggle.isChecked()  # nothing thrown away
    assert min(x.epoch for x in w.snapshot.comparison.lanes) == 4

    lane_b = w.snapshot.comparison.lanes[1].settings.optimizer
    click(qtbot, w.compare.toggle)
    answer(qtbot, w, "Keep lane B")
    qtbot.waitUntil(lambda: not comparing(w), timeout=TIMEOUT)
    settle(qtbot, w)
    assert w.snapshot.epoch == 4 and w.snapshot.settings.optimizer == lane_b

    race(qtbot, w, 2)
    click(qtbot, w.compare.toggle)
    answer(qtbot, w, "Back to before the race")
    qtbot.waitUntil(lambda: not comparing(w), timeout=TIMEOUT)
    assert w.snapshot.epoch == 4  # the main network, as it was before this race


def test_an_edit_that_restarts_rewind_says_so(window, qtbot):
    w = window()
    for _ in range(5):
        w.client.step()
    qtbot.waitUntil(lambda: w.snapshot.timeline.latest == 5, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: w.timeline.bar.slider.maximum() == 5, timeout=TIMEOUT)
    assert w.timeline.bar.slider.minimum() == 0
    w.network_editor.edits.add_neuron(0)  # what the + over hidden layer 1 does
    qtbot.waitUntil(lambda: w.timeline.bar.slider.minimum() == 5, timeout=TIMEOUT)
    message = w.statusBar().currentMessage()
    assert "Rewind now starts at epoch 5, where the network changed" in message
