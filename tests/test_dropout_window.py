"""Dropout in the window: set from a hidden layer's menu, undoable, shown on the layer;
and in project files (saved, refused when out of range, older files still open)."""

from __future__ import annotations

import functools
import json
import time

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem, QMenu

from engine import Network, Trainer
from engine.dropout import loss_and_grads
from playground.app.main_window import MainWindow
from playground.compute import train_process as tp
from playground.core.project import (
    ProjectError,
    apply_project,
    dumps_project,
    load_project,
    project_from_session,
)
from playground.core.session import Session
from playground.core.settings import TrainingSettings
from playground.core.walkthrough_sample import capture
from playground.core.walkthrough_steps import build_steps
from tests.conftest import TIMEOUT, params, settle, undo_text
from tests.test_walkthrough_truth import check_digits

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def window(window):
    return functools.partial(window, settle_layout=True)


def rates(w: MainWindow) -> list[float]:
    return [h.get("dropout", 0.0) for h in w.snapshot.spec["hidden"]]


def captions(w: MainWindow) -> list[str]:
    items = w.network_view.view.scene().items()
    return [i.text() for i in items if isinstance(i, QGraphicsSimpleTextItem)]


def open_layer_menu(qtbot, w: MainWindow, hidden: int) -> QMenu:
    viewport = w.network_view.view.viewport()
    centre = w.network_view.neuron_item(hidden + 1, 0).sceneBoundingRect().center()
    pos = w.network_view.view.mapFromScene(centre)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)
    menu = w.network_editor.menu
    assert menu is not None and menu.isVisible()
    return menu


def choose_rate(qtbot, menu: QMenu, text: str) -> None:
    entry = next(a for a in menu.actions() if a.text().startswith("Dropout"))
    assert "switched off for each training point" in entry.toolTip()
    QTest.mouseClick(menu, LEFT, NONE, menu.actionGeometry(entry).center())
    sub = entry.menu()
    qtbot.waitUntil(sub.isVisible, timeout=TIMEOUT)
    action = next(a for a in sub.actions() if a.text() == text)
    QTest.mouseClick(sub, LEFT, NONE, sub.actionGeometry(action).center())


def test_the_layer_menu_sets_dropout_undoably_and_the_layer_shows_it(qtbot, window):
    w = window()
    w.client.call(lambda s: s.train_epochs(5))
    settle(qtbot, w)
    weights = params(w)
    assert "dropout 0.5" not in captions(w)
    choose_rate(qtbot, open_layer_menu(qtbot, w, 0), "0.5")
    settle(qtbot, w)
    assert rates(w) == [0.5, 0.0]
    assert undo_text(w) == "Undo set dropout of layer 1 to 0.5"
    assert w.client.call(lambda s: s.settings.layer_dropout) == (0.5, 0.0)
    assert all(np.array_equal(a, b) for a, b in zip(params(w), weights, strict=True))
    qtbot.waitUntil(lambda: "dropout 0.5" in captions(w), timeout=TIMEOUT)
    menu = open_layer_menu(qtbot, w, 0)
    entry = next(a for a in menu.actions() if a.text().startswith("Dropout"))
    assert entry.text() == "Dropout: 0.5"
    assert [a.text() for a in entry.menu().actions() if a.isChecked()] == ["0.5"]
    menu.close()

    w.undo_action.trigger()
    settle(qtbot, w)
    assert rates(w) == [0.0, 0.0]
    qtbot.waitUntil(lambda: "dropout 0.5" not in captions(w), timeout=TIMEOUT)
    w.redo_action.trigger()
    settle(qtbot, w)
    assert rates(w) == [0.5, 0.0]
    # Training goes on with it, and an edit that keeps weights keeps the rate.
    w.client.call(lambda s: s.train_epochs(2))
    w.client.call(lambda s: s.add_neuron(0))
    settle(qtbot, w)
    assert rates(w) == [0.5, 0.0] and w.snapshot.layer_sizes[1] == 5


# ------------------------------------------------------------------- projects
def reopen(session: Session) -> Session:
    other = Session()
    apply_project(other, load_project(dumps_project(project_from_session(session))))
    return other


def saved(**settings) -> dict:
    s = Session(TrainingSettings(**settings))
    s.set_layer_dropout(1, 0.3)
    s.train_epochs(3)
    return project_from_session(s)


def test_a_project_keeps_the_rates_and_trains_on_with_them():
    s = Session(TrainingSettings(hidden=(5, 3, 2)))
    s.set_layer_dropout(0, 0.5)
    s.set_layer_dropout(2, 0.2)
    s.train_epochs(4)
    other = reopen(s)
    assert other.settings.layer_dropout == (0.5, 0.0, 0.2)
    assert other.trainer.network.spec == s.trainer.network.spec
    assert np.array_equal(other.trainer.network.param_vector, s.trainer.network.param_vector)
    assert project_from_session(s)["settings"]["layer_dropout"] == [0.5, 0.0, 0.2]
    other.train_epochs(1)
    assert other.trainer.epoch == 5


@pytest.mark.parametrize(
    "where, value, message",
    [
        ("settings", [0.0, 1.5], "settings: layer_dropout must give one rate from 0 to 0.9"),
        ("settings", [0.5], "settings: layer_dropout must give one rate from 0 to 0.9"),
        ("settings", ["half", 0], "settings.layer_dropout: must be a list of numbers"),
        ("spec", 1.5, "network.spec.hidden[1].dropout must be a number from 0 to 0.9; got 1.5"),
    ],
)
def test_a_bad_rate_in_a_file_is_refused_with_its_field(where, value, message):
    project = saved()
    if where == "settings":
        project["settings"]["layer_dropout"] = value
    else:
        project["network"]["spec"]["hidden"][1]["dropout"] = value
    with pytest.raises(ProjectError) as err:
        load_project(json.dumps(project))
    assert message in str(err.value)


def test_a_typo_in_a_layer_of_the_spec_is_refused_not_ignored():
    project = saved()
    project["network"]["spec"]["hidden"][0]["droput"] = 0.5
    with pytest.raises(ProjectError, match=r"spec\.hidden\[0\] has unknown keys \['droput'\]"):
        load_project(json.dumps(project))


def test_files_without_dropout_open_and_save_as_before():
    s = Session(TrainingSettings(hidden=(3, 2)))
    s.train_epochs(2)
    project = project_from_session(s)
    assert "layer_dropout" not in project["settings"]  # written as before dropout existed
    assert all("dropout" not in h for h in project["network"]["spec"]["hidden"])
    other = reopen(s)
    assert other.settings.layer_dropout == ()
    old = {"format": "nn-playground-project", "version": 1, "settings": {"hidden": [4, 2]}}
    assert load_project(json.dumps(old)).settings.layer_dropout == ()


# -------------------------------------------------------------- the walkthrough
def last_number(tip: str, key: str) -> float:
    line = next(line for line in tip.splitlines() if key in line)
    return float(line.rsplit("= ", 1)[1])


def test_the_walkthrough_crosses_out_the_dropped_neurons_and_shows_the_engines_numbers(
    qtbot, window
):
    w = window(TrainingSettings(hidden=(4, 2), layer_dropout=(0.5, 0.0)))
    w.client.call(lambda s: s.train_epochs(2))
    settle(qtbot, w)
    wt = w.walkthrough
    wt.open()
    assert wt.select_point("train", 3)
    s = wt.sample
    mask = s.trace.dropout[0]
    dropped = [(1, int(u)) for u in np.flatnonzero(mask == 0)]
    assert dropped and len(dropped) < 4  # this seed drops some neurons of layer 1, not all
    assert s.trace.dropout[1] is None
    # The walkthrough computes in float64 from the weights the window trains (float32 or
    # float64): so does the reference, and they agree to float64's precision.
    net = w.client.call(lambda session: session.trainer.network.astype(np.float64))
    x, y = s.trace.point, s.trace.target
    _, grads = loss_and_grads(net, x.reshape(1, 2), np.array([y]), [mask[None], None])

    wt.goto(1)  # the forward pass through hidden layer 1
    assert list(wt.step.dropped) == dropped
    assert len(wt.overlay.dropped_items) == len(dropped)
    assert "Dropout 0.5</b> is on in this layer" in wt.step.html
    for layer, unit in dropped:
        card = wt.overlay.neuron_label(layer, unit)
        assert card.lines[-1] == "dropped: a = 0"
    checked = 0
    for index, step in enumerate(wt.steps):
        if step.phase != 2:
            continue
        wt.goto(index)
        assert len(wt.overlay.dropped_items) == len(dropped)
        c, k = step.layer, step.layer - 1
        for j in range(s.layer_sizes[c]):
            tip = wt.overlay.neuron_label(c, j).toolTip()
            assert abs(last_number(tip, "δ") - grads[k][1][j]) <= 1e-12
            checked += 1
        for i in range(s.layer_sizes[c - 1]):
            for j in range(s.layer_sizes[c]):
                shown = last_number(wt.overlay.link_tip(k, i, j), "∂L/∂w")
                assert abs(shown - grads[k][0][i, j]) <= 1e-12
                checked += 1
    assert checked == 1 + 2 + 4 + 2 * 1 + 4 * 2 + 2 * 4


def test_dropout_steps_keep_the_walkthroughs_digits_rule():
    rng = np.random.default_rng(0)
    X = rng.uniform(-5, 5, size=(40, 2))
    y = (X[:, 0] * X[:, 1] > 0).astype(int)
    spec = {
        "features": ["x1", "x2"],
        "hidden": [
            {"units": 5, "activation": "tanh", "dropout": 0.5},
            {"units": 3, "activation": "relu", "dropout": 0.3},
        ],
        "output": {"kind": "binary"},
    }
    t = Trainer(Network.from_spec(spec, seed=1), X, y, optimizer="adam")
    t.run_epochs(20)
    seen = set()
    for index in range(6):
        steps = build_steps(capture(t, X[index], y[index].item()))
        assert check_digits(steps) > 40
        seen |= {text for step in steps for label in step.neurons.values() for text in label.lines}
        t.apply_trace(t.trace(X[index], y[index].item()))  # the next step draws other masks
    assert {"dropped: a = 0", "dropped: δ = 0"} <= seen


def test_the_training_process_trains_dropout_bit_for_bit_as_here():
    def session() -> Session:
        settings = TrainingSettings(speed=0, batch_size=7, hidden=(5, 3), layer_dropout=(0.5, 0.2))
        return Session(settings)

    t = session().trainer
    t.step(40)  # mid-epoch: the epoch's masks are in use
    copy = tp.rebuild_trainer(tp.trainer_payload(t))
    t.step(95)
    copy.step(95)
    assert np.array_equal(t.network.param_vector, copy.network.param_vector)

    s = session()
    s.begin_training()
    process = tp.acquire()
    try:
        process.start(tp.run_payload(s))
        for _ in range(3):
            time.sleep(0.01)
            (report,) = process.sync()
            tp.apply_report(s, report)
        for report in process.stop():
            tp.apply_report(s, report)
    finally:
        tp.release(process)
    reference = session().trainer
    reference.step(s.trainer.steps)
    assert s.trainer.steps > 0
    assert np.array_equal(s.trainer.network.param_vector, reference.network.param_vector)
    s.trainer.step(30)
    reference.step(30)
    assert np.array_equal(s.trainer.network.param_vector, reference.network.param_vector)
