"""The schedule's button in the top bar, and "stop when stuck" going back to the best test
epoch, clicked in a live window."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import Qt

from engine.schedules import Schedule
from playground.core.session import Session
from playground.core.settings import TrainingSettings
from playground.core.stopping import MIN_IMPROVEMENT
from tests.conftest import TIMEOUT, click, params, settle
from tests.test_schedule_settings import OVERFITS


def popup(qtbot, button) -> None:
    menu = button.menu()
    menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
    qtbot.waitExposed(menu)


def type_in(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def test_the_schedule_is_chosen_in_the_top_bar_which_shows_the_current_rate(window, qtbot):
    w = window()
    button, editor = w.top_bar.schedule, w.top_bar.schedule.editor
    assert button.text() == "" and button.accessibleName() == "Schedule"  # constant: an icon
    assert "learning rate changes" in button.toolTip()
    popup(qtbot, button)
    assert editor.fields["warmup"].isVisible() and not editor.fields["epochs"].isVisible()
    editor.kind.setFocus()
    for _ in range(3):  # constant, step, exponential, cosine
        qtbot.keyClick(editor.kind, Qt.Key.Key_Down)
    assert editor.fields["epochs"].isVisible() and not editor.fields["every"].isVisible()
    type_in(qtbot, editor.fields["epochs"], "20")
    type_in(qtbot, editor.fields["warmup"], "4")
    wanted = Schedule("cosine", epochs=20, min_rate=0.0, warmup=4)
    assert w.client.call(lambda s: s.settings.schedule) == wanted
    assert w.client.call(lambda s: s.trainer.schedule) == wanted
    button.menu().close()
    for _ in range(3):
        click(qtbot, w.top_bar.step_button)  # one epoch each
    qtbot.waitUntil(lambda: w.snapshot.epoch == 3, timeout=TIMEOUT)
    settle(qtbot, w)
    # Epoch 3 of a warm-up of 4 trains at 4/5 of the rate.
    assert w.snapshot.current_rate == pytest.approx(0.024)
    assert button.text() == "0.024" and "current rate is 0.024" in button.accessibleDescription()


def test_one_undo_brings_back_the_schedule_before_the_menus_edits(window, qtbot):
    w = window()
    button, editor = w.top_bar.schedule, w.top_bar.schedule.editor
    popup(qtbot, button)
    editor.kind.setFocus()
    for _ in range(3):  # to cosine
        qtbot.keyClick(editor.kind, Qt.Key.Key_Down)
    type_in(qtbot, editor.fields["epochs"], "20")
    type_in(qtbot, editor.fields["warmup"], "4")
    button.menu().close()
    wanted = Schedule("cosine", epochs=20, min_rate=0.0, warmup=4)
    qtbot.waitUntil(lambda: w.snapshot.settings.schedule == wanted, timeout=TIMEOUT)
    assert w.undo_stack.count() == 1  # the menu's edits: one step
    assert w.undo_action.text() == "&Undo change the learning-rate schedule"
    w.undo_action.trigger()
    qtbot.waitUntil(lambda: w.snapshot.settings.schedule.constant, timeout=TIMEOUT)
    assert w.client.call(lambda s: s.trainer.schedule.constant)
    qtbot.waitUntil(lambda: button.text() == "", timeout=TIMEOUT)  # shown constant again
    w.redo_action.trigger()
    qtbot.waitUntil(lambda: w.snapshot.settings.schedule == wanted, timeout=TIMEOUT)
    w.top_bar.changed.emit({"learning_rate": 0.1})  # other settings: no undo step
    qtbot.waitUntil(lambda: w.snapshot.settings.learning_rate == 0.1, timeout=TIMEOUT)
    assert w.undo_stack.count() == 1


def reference(settings: TrainingSettings, upto: int) -> dict[int, tuple[list, float]]:
    """Each epoch's weights and test loss, trained the long way in this thread."""
    session = Session(settings)
    seen = {}
    for epoch in range(1, upto + 1):
        session.trainer.run_epochs(1)
        t = session.trainer
        seen[epoch] = ([a.copy() for W, b in t.network.params for a in (W, b)], t.metrics())
    return seen


# Speed 100 trains in the worker thread, Max (0) in a training process.
@pytest.mark.parametrize(("seed", "speed"), [(1, 100), (2, 0), (4, 100)])
def test_stop_when_stuck_restores_the_best_epoch_and_says_which(window, qtbot, seed, speed):
    settings = TrainingSettings(**OVERFITS, init_seed=seed, speed=speed)
    w = window(settings)
    bar = w.top_bar
    popup(qtbot, bar.stop_button)
    click(qtbot, bar.restore_best)
    qtbot.waitUntil(lambda: w.snapshot.settings.restore_best, timeout=TIMEOUT)
    assert "back to the best test epoch" in bar.stop_button.toolTip()
    bar.stop_button.menu().close()
    click(qtbot, bar.play_button)
    qtbot.waitUntil(
        lambda: bool(w.snapshot.stop_reason) and not w.snapshot.timeline.pending, timeout=TIMEOUT
    )
    settle(qtbot, w)
    snap = w.snapshot
    found = re.match(
        r"Stopped at epoch (\d+): the test loss had not improved for 15 epochs; restored the "
        r"weights of epoch (\d+) \(test loss (\S+)\)\.$",
        snap.stop_reason,
    )
    assert found, snap.stop_reason
    stopped, best = int(found[1]), int(found[2])
    assert w.banner.text().startswith(snap.stop_reason) and w.banner.isVisible()
    assert snap.epoch == best == snap.timeline.viewing and stopped == best + 15
    # The best epoch is the patience rule's, and the weights are exactly that epoch's.
    seen = reference(settings.with_changes(restore_best=True), stopped)
    losses = [seen[e][1]["test_loss"] for e in range(1, stopped + 1)]
    assert seen[best][1]["test_loss"] * (1 - MIN_IMPROVEMENT) <= min(losses)
    assert found[3] == f"{seen[best][1]['test_loss']:.4g}"
    assert all(np.array_equal(a, b) for a, b in zip(params(w), seen[best][0], strict=True))
    # Rewindable: the later epochs wait on the timeline.
    w.client.back_to_latest()
    qtbot.waitUntil(lambda: w.snapshot.epoch == stopped, timeout=TIMEOUT)
    assert all(np.array_equal(a, b) for a, b in zip(params(w), seen[stopped][0], strict=True))
