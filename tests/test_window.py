"""The live window with its real worker thread, driven as a student would."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt, QThread

from playground.app.main_window import MainWindow
from playground.core.session import Session
from playground.core.settings import TrainingSettings
from tests.conftest import TIMEOUT, click, settle


def latest(w: MainWindow):
    return w.snapshot


def test_opens_ready_on_circle_with_2_4_2_1(window):
    w = window()
    snap = latest(w)
    assert snap.layer_sizes == [2, 4, 2, 1]
    assert snap.settings.dataset == "circle"
    assert snap.epoch == 0 and not snap.running


def test_play_trains_and_loss_falls_then_pause_stops(window, qtbot):
    w = window(TrainingSettings(speed=10))
    first_loss = latest(w).metrics["test_loss"]
    click(qtbot, w.top_bar.play_button)
    qtbot.waitUntil(lambda: latest(w).epoch >= 60, timeout=TIMEOUT)
    assert latest(w).running
    assert w.top_bar.epoch_label.text() == f"{latest(w).epoch:07,}"  # e.g. 000,061
    assert latest(w).metrics["test_loss"] < first_loss
    click(qtbot, w.top_bar.play_button)
    qtbot.waitUntil(lambda: not latest(w).running, timeout=TIMEOUT)
    paused_at = latest(w).epoch
    for _ in range(2):  # the worker goes round its loop, where it would train if it ran on
        settle(qtbot, w)
    assert latest(w).epoch == paused_at == w.worker.session.trainer.epoch


def test_step_advances_exactly_one_epoch(window, qtbot):
    w = window()
    click(qtbot, w.top_bar.step_button)
    qtbot.waitUntil(lambda: latest(w).epoch == 1, timeout=TIMEOUT)
    qtbot.keyClick(w, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: latest(w).epoch == 2, timeout=TIMEOUT)
    settle(qtbot, w)  # and no more than two follow
    assert latest(w).epoch == 2
    assert w.top_bar.epoch_label.text() == "000,002"


def test_reset_reinitialises(window, qtbot):
    w = window()
    for _ in range(3):
        click(qtbot, w.top_bar.step_button)
    qtbot.waitUntil(lambda: latest(w).epoch == 3, timeout=TIMEOUT)
    weights = latest(w).weights[0].copy()
    qtbot.keyClick(w, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: latest(w).epoch == 0, timeout=TIMEOUT)
    assert not np.array_equal(latest(w).weights[0], weights)


def test_changing_learning_rate_while_running_does_not_reset(window, qtbot):
    w = window(TrainingSettings(speed=3))
    qtbot.keyClick(w, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: latest(w).epoch >= 20, timeout=TIMEOUT)
    combo = w.top_bar.learning_rate
    index = combo.findData(0.1)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what choosing an entry from the list sends
    qtbot.waitUntil(lambda: latest(w).settings.learning_rate == 0.1, timeout=TIMEOUT)
    assert latest(w).epoch >= 20 and latest(w).running


@pytest.mark.parametrize("speed", [10, 0])  # 0: the fastest, in the training process
def test_huge_learning_rate_with_relu_shows_the_divergence_banner(window, qtbot, speed):
    w = window(TrainingSettings(activation="relu", hidden=(8, 8), learning_rate=10.0, speed=speed))
    click(qtbot, w.top_bar.play_button)
    qtbot.waitUntil(lambda: latest(w).divergence is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: w.banner.isVisible(), timeout=TIMEOUT)
    text = w.banner.text()
    assert text.startswith("Training diverged at epoch")
    assert "Lower the learning rate and press reset" in text
    assert not latest(w).running
    assert all(np.all(np.isfinite(W)) for W in latest(w).weights)
    assert np.all(np.isfinite(latest(w).boundary))


def test_stop_at_epoch_pauses_with_a_notice(window, qtbot):
    w = window(TrainingSettings(stop_at_epoch=15, speed=3))
    click(qtbot, w.top_bar.play_button)
    qtbot.waitUntil(lambda: latest(w).stop_reason != "", timeout=TIMEOUT)
    assert latest(w).epoch == 15 and not latest(w).running
    qtbot.waitUntil(lambda: w.banner.isVisible(), timeout=TIMEOUT)
    assert "epoch 15" in w.banner.text()


def test_plus_minus_buttons_change_the_network(window, qtbot):
    w = window()
    nv = w.network_view
    nv.layer_added.emit()
    qtbot.waitUntil(lambda: latest(w).layer_sizes == [2, 4, 2, 2, 1], timeout=TIMEOUT)
    nv.neuron_added.emit(0)
    qtbot.waitUntil(lambda: latest(w).layer_sizes == [2, 5, 2, 2, 1], timeout=TIMEOUT)
    nv.neuron_removed.emit(1)
    qtbot.waitUntil(lambda: latest(w).layer_sizes == [2, 5, 1, 2, 1], timeout=TIMEOUT)
    nv.layer_removed.emit()
    qtbot.waitUntil(lambda: latest(w).layer_sizes == [2, 5, 1, 1], timeout=TIMEOUT)


def test_refused_change_says_why_in_the_status_bar(window, qtbot):
    w = window(TrainingSettings(features=("x1",)))
    w.network_view.feature_toggled.emit("x1", False)
    qtbot.waitUntil(
        lambda: "at least one input feature" in w.statusBar().currentMessage(), timeout=TIMEOUT
    )
    w.client.submit(lambda s: s.add_neuron(5))  # refused in the worker: said the same way
    qtbot.waitUntil(
        lambda: "hidden layer must be from 1 to 2" in w.statusBar().currentMessage(),
        timeout=TIMEOUT,
    )


def test_closing_while_running_leaves_no_thread(window, qtbot):
    w = window(TrainingSettings(speed=0))
    click(qtbot, w.top_bar.play_button)
    qtbot.waitUntil(lambda: latest(w).epoch >= 5, timeout=TIMEOUT)
    thread: QThread = w.worker_thread
    assert w.worker.offloaded  # the fastest speed: training is in the training process
    process = w.worker.training_process
    w.close()
    assert thread.isFinished()
    assert not w.frame_clock.isActive()
    # The process was stopped and kept, idle, for the next window (it ends with the app).
    assert not w.worker.offloaded and not process.running and process.alive


def test_a_bug_in_a_command_pauses_and_says_so(window, qtbot, capsys):
    w = window(TrainingSettings(speed=3))
    qtbot.keyClick(w, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: latest(w).running, timeout=TIMEOUT)

    def broken(session):
        raise RuntimeError("boom")

    w.worker.send("call", broken)
    qtbot.waitUntil(lambda: "Internal error" in w.statusBar().currentMessage(), timeout=TIMEOUT)
    assert "boom" in w.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not latest(w).running, timeout=TIMEOUT)
    epoch = latest(w).epoch
    qtbot.keyClick(w, Qt.Key.Key_Right)  # the worker still answers
    qtbot.waitUntil(lambda: latest(w).epoch == epoch + 1, timeout=TIMEOUT)


def test_activation_shows_mixed_while_layers_differ_and_one_choice_unifies_them(qtbot, window):
    w = window(TrainingSettings(hidden=(4, 2), layer_activations=("relu", "tanh")))
    combo = w.top_bar.activation
    qtbot.waitUntil(lambda: combo.currentText() == "Mixed", timeout=TIMEOUT)
    assert "different activations" in combo.toolTip()
    # Choosing "Mixed" itself changes nothing.
    combo.activated.emit(combo.currentIndex())
    settle(qtbot, w)  # whatever it sent has arrived
    assert latest(w).settings.layer_activations == ("relu", "tanh")
    # Choosing one activation gives it to every layer, and "Mixed" leaves the list.
    combo.activated.emit(combo.findData("sigmoid"))
    qtbot.waitUntil(lambda: latest(w).settings.layer_activations == (), timeout=TIMEOUT)
    assert [h["activation"] for h in latest(w).spec["hidden"]] == ["sigmoid", "sigmoid"]
    qtbot.waitUntil(lambda: combo.currentText() == "Sigmoid", timeout=TIMEOUT)
    assert combo.findData("mixed") < 0
    assert "different activations" not in combo.toolTip()


def test_at_the_fastest_speed_a_training_process_trains_and_the_past_is_exact(window, qtbot):
    settings = TrainingSettings(speed=0, hidden=(6, 3), optimizer="adam")
    w = window(settings)
    click(qtbot, w.top_bar.play_button)
    qtbot.waitUntil(lambda: latest(w).epoch >= 200, timeout=TIMEOUT)
    assert w.worker.offloaded and w.worker.use_process
    assert latest(w).running and "steps/s" in w.rate_label.text()
    click(qtbot, w.top_bar.play_button)
    qtbot.waitUntil(lambda: not latest(w).running, timeout=TIMEOUT)
    assert latest(w).epoch == w.worker.session.trainer.epoch >= 200
    w.client.view_epoch(123)  # what dragging the rewind slider sends
    qtbot.waitUntil(
        lambda: latest(w).timeline.viewing == 123 and not latest(w).timeline.pending,
        timeout=TIMEOUT,
    )
    reference = Session(settings).trainer
    reference.run_epochs(123)
    snap = latest(w)
    for layer, (W, b) in enumerate(reference.network.params):
        assert np.array_equal(snap.weights[layer], W) and np.array_equal(snap.biases[layer], b)
