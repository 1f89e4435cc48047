"""Backprop, step by step: the walkthrough on the live window, and its steps on their own."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from engine import ACTIVATIONS, Network, Trainer, trace_sample
from playground.app.main_window import MainWindow
from playground.core.settings import TrainingSettings
from playground.core.walkthrough_sample import capture
from playground.core.walkthrough_steps import build_steps
from playground.core.walkthrough_text import PHASES, fmt, plain_rule
from tests.conftest import TIMEOUT, settle

SMALL = TrainingSettings(hidden=(3, 2))  # a 2-3-2-1 network


def trained(qtbot, w: MainWindow, epochs: int = 2) -> None:
    for _ in range(epochs):
        w.worker.send("step")
    qtbot.waitUntil(lambda: w.snapshot.epoch == epochs, timeout=TIMEOUT)


def last_number(tip: str, key: str) -> float:
    """The full-precision number after the last "= " of the tooltip line holding ``key``."""
    line = next(line for line in tip.splitlines() if key in line)
    return float(line.rsplit("= ", 1)[1])


def params(wt) -> list:
    """The trainer's weights and biases now, copied where they live."""
    return wt._call(lambda s: [(W.copy(), b.copy()) for W, b in s.trainer.network.params])


def expected_phases(n_layers: int) -> list[int]:
    return [0] * (n_layers + 1) + [1] + [2] * n_layers + [3]


# ----------------------------------------------------------------- in the window
def test_clicking_a_point_pauses_training_and_steps_through_the_phases(window, qtbot):
    w = window(TrainingSettings(hidden=(3, 2), speed=1))
    qtbot.keyClick(w, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: w.snapshot.running and w.snapshot.epoch >= 2, timeout=TIMEOUT)
    wt = w.walkthrough
    qtbot.keyClick(w, Qt.Key.Key_W)
    assert wt.is_open and wt.panel.isVisible() and not w.loss_chart.isVisible()
    qtbot.waitUntil(lambda: not w.snapshot.running, timeout=TIMEOUT)
    qtbot.wait(50)  # the output plot has its new size

    data = w.snapshot.data
    x1, x2 = data.X_train[7]
    view = w.output_view
    scene = view.view_box.mapViewToScene(QPointF(x1, x2))
    pos = view.plot_widget.mapFromScene(scene)
    qtbot.mouseClick(view.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert wt.sample is not None
    np.testing.assert_allclose(wt.sample.trace.point, data.X_train[7], atol=0.05)
    assert not w.snapshot.running
    epoch = w.snapshot.epoch

    phases, titles = [wt.step.phase], [wt.panel.title.text()]
    for _ in range(len(wt.steps) - 1):
        qtbot.keyClick(w, Qt.Key.Key_Right)
        phases.append(wt.step.phase)
        titles.append(wt.panel.title.text())
    assert phases == expected_phases(3)
    for phase, title in zip(phases, titles, strict=True):
        assert PHASES[phase] in title
        assert wt.panel.phase_buttons[phase].text().endswith(PHASES[phase])
    assert wt.panel.apply_button.isVisible() and wt.panel.apply_button.isEnabled()

    qtbot.keyClick(w, Qt.Key.Key_Left)  # back returns to the step before
    assert wt.index == len(wt.steps) - 2 and wt.panel.title.text() == titles[-2]
    qtbot.mouseClick(wt.panel.phase_buttons[1], Qt.MouseButton.LeftButton)
    assert wt.step.phase == 1 and wt.panel.title.text() == titles[phases.index(1)]
    wt.back()
    assert wt.panel.title.text() == titles[phases.index(1) - 1]

    settle(qtbot, w)  # anything the keys sent the worker has arrived
    assert w.snapshot.epoch == epoch  # the arrows stepped the walkthrough, not training
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert not wt.is_open and not wt.panel.isVisible() and w.loss_chart.isVisible()
    assert wt.overlay.step is None and not wt.overlay.neuron_labels


def test_shown_deltas_and_gradients_are_the_engines_for_2_3_2_1(window, qtbot):
    w = window(SMALL)
    trained(qtbot, w)
    wt = w.walkthrough
    wt.open()
    assert wt.select_point("train", 3)
    s = wt.sample
    assert s.layer_sizes == [2, 3, 2, 1]
    x, y = s.trace.point, s.trace.target
    net = wt._call(lambda session: session.trainer.network.copy())
    engine = trace_sample(net, x, y)
    # The walkthrough computes in float64 from the weights the window trains (float32 or
    # float64), so the training's own gradient is taken in float64 from them too.
    wide = net.astype(np.float64)
    _, grads = wide.loss_and_grads(x.reshape(1, 2), np.array([y]))  # a batch of one

    checked = 0
    for index, step in enumerate(wt.steps):
        if step.phase != 2:
            continue
        wt.goto(index)
        c, k = step.layer, step.layer - 1
        for j in range(s.layer_sizes[c]):
            card = wt.overlay.neuron_label(c, j)
            shown = last_number(card.toolTip(), "δ")
            assert shown == engine.delta[k][j]  # the engine's own number, every digit
            assert abs(shown - grads[k][1][j]) <= 1e-12  # ∂L/∂b = δ for a batch of one
            assert card.lines[-1].endswith(fmt(engine.delta[k][j]))  # three digits on show
            checked += 1
        for i in range(s.layer_sizes[c - 1]):
            for j in range(s.layer_sizes[c]):
                shown = last_number(wt.overlay.link_tip(k, i, j), "∂L/∂w")
                assert abs(shown - grads[k][0][i, j]) <= 1e-12
                assert shown == engine.dW[k][i, j]
                label = wt.overlay.link_labels.get((k, i, j))
                if label is not None:
                    assert label.lines == (fmt(shown),)
                checked += 1
    assert checked == 3 + 2 + 1 + 2 * 3 + 3 * 2 + 2 * 1
    # The forward numbers too: z and a of the first hidden layer.
    wt.goto(1)
    for j in range(3):
        tip = wt.overlay.neuron_label(1, j).toolTip()
        assert last_number(tip, "z =") == engine.z[0][j]
        assert last_number(tip, "a =") == engine.a[1][j]


def test_apply_changes_the_weights_by_exactly_the_shown_update(window, qtbot):
    w = window(TrainingSettings(hidden=(3, 2), optimizer="momentum"))
    trained(qtbot, w)
    wt = w.walkthrough
    wt.open()
    assert wt.select_point("train", 11)
    wt.goto(len(wt.steps) - 1)
    assert wt.step.phase == 3
    s = wt.sample
    sizes = s.layer_sizes
    shown_w = [np.zeros((sizes[k], sizes[k + 1])) for k in range(len(sizes) - 1)]
    shown_b = [np.zeros(sizes[k + 1]) for k in range(len(sizes) - 1)]
    for (k, i, j), _line in wt.overlay.link_lines.items():
        shown_w[k][i, j] = last_number(wt.overlay.link_tip(k, i, j), "Δw")
    for (layer, j), item in wt.overlay.hover_items.items():
        shown_b[layer - 1][j] = last_number(item.toolTip(), "Δb")
    before = params(wt)
    boundary = w.snapshot.boundary.copy()
    steps = w.snapshot.steps

    qtbot.mouseClick(wt.panel.apply_button, Qt.MouseButton.LeftButton)
    after = params(wt)
    for (W0, b0), (W1, b1), dW, db in zip(before, after, shown_w, shown_b, strict=True):
        # w ← w − Δ, exactly as shown, rounded to the dtype the weights are kept in
        assert np.array_equal(W1, (W0 + dW).astype(W1.dtype))
        assert np.array_equal(b1, (b0 + db).astype(b1.dtype))
    qtbot.waitUntil(lambda: w.snapshot.steps == steps + 1, timeout=TIMEOUT)
    assert not np.array_equal(w.snapshot.boundary, boundary)  # the boundary moved
    assert "Applied" in wt.panel.notice.text() and not wt.panel.apply_button.isEnabled()

    w.undo_stack.undo()  # Apply is an undo step
    undone = params(wt)
    for (W0, b0), (W2, b2) in zip(before, undone, strict=True):
        assert np.array_equal(W0, W2) and np.array_equal(b0, b2)
    w.undo_stack.redo()
    redone = params(wt)
    for (W1, b1), (W3, b3) in zip(after, redone, strict=True):
        assert np.array_equal(W1, W3) and np.array_equal(b1, b3)

    wt.next()  # after Apply, Next walks through again with the new weights
    assert wt.index == 0 and wt.after is None
    assert wt.sample.trace.loss != s.trace.loss


def test_multiclass_walkthrough_and_random_point(window, qtbot):
    w = window(TrainingSettings(dataset="blobs", hidden=(4, 3), optimizer="adam"))
    trained(qtbot, w, 1)
    wt = w.walkthrough
    qtbot.keyClick(w, Qt.Key.Key_W)
    assert wt.sample is None and not wt.panel.apply_button.isVisible()
    qtbot.keyClick(w, Qt.Key.Key_Right)  # with no point yet, Next takes the default one
    s = wt.sample
    assert s is not None and s.output_kind == "multiclass" and s.layer_sizes[-1] == 3
    wt.goto_phase(1)
    assert "−ln p(" in wt.step.html
    for j in range(3):
        assert wt.overlay.neuron_label(3, j) is not None
    wt.goto_phase(2)
    target = int(s.trace.target)
    for j in range(3):
        d = last_number(wt.overlay.neuron_label(3, j).toolTip(), "δ")
        assert d == pytest.approx(s.trace.prediction[j] - (j == target), abs=1e-15)
    qtbot.keyClick(w, Qt.Key.Key_W)  # W closes it again
    assert not wt.is_open


def test_the_walkthrough_follows_the_network_and_survives_a_relayout(window, qtbot):
    w = window(SMALL)
    trained(qtbot, w, 1)
    wt = w.walkthrough
    wt.open()
    wt.select_point("train", 2)
    wt.goto(6)
    first = wt.sample
    w.network_view._topology = None  # the view lays out its scene again (as on a resize)
    w.network_view.set_snapshot(w.snapshot)
    qtbot.waitUntil(lambda: wt.overlay.neuron_label(2, 0) is not None, timeout=TIMEOUT)
    assert wt.overlay.neuron_label(2, 0).scene() is w.network_view.scene()

    w.worker.send("step")  # the weights change under the walkthrough: it traces again
    qtbot.waitUntil(lambda: wt.sample is not first and wt.sample.epoch == 2, timeout=TIMEOUT)
    assert wt.index == 6 and np.array_equal(wt.sample.trace.point, first.trace.point)


# ----------------------------------------------------------------- the steps alone
def _trainer(hidden, kind, optimizer="sgd", l1=0.0, l2=0.0, seed=0) -> Trainer:
    rng = np.random.default_rng(seed)
    X = rng.uniform(-5, 5, size=(40, 2))
    if kind["kind"] == "multiclass":
        y = rng.integers(0, kind["classes"], 40)
    elif kind["kind"] == "binary":
        y = rng.integers(0, 2, 40)
    else:
        y = rng.uniform(-1, 1, 40)
    spec = {"features": ["x1", "x2", "x1_x2", "sin_x1"], "hidden": hidden, "output": kind}
    t = Trainer(Network.from_spec(spec, seed=seed), X, y, optimizer=optimizer, l1=l1, l2=l2)
    t.step(3)
    return t


OUTPUTS = [{"kind": "binary"}, {"kind": "multiclass", "classes": 4}, {"kind": "regression"}]


@pytest.mark.parametrize("kind", OUTPUTS, ids=lambda k: k["kind"])
@pytest.mark.parametrize("depth", [0, 1, 10])
def test_every_topology_and_output_gives_every_phase(kind, depth):
    acts = list(ACTIVATIONS)
    hidden = [{"units": 2 + h % 3, "activation": acts[h % len(acts)]} for h in range(depth)]
    t = _trainer(hidden, kind)
    s = capture(t, t.X_train[0], t.y_train[0].item(), "training point 1")
    steps = build_steps(s)
    assert [st.phase for st in steps] == expected_phases(depth + 1)
    for st in steps:
        assert st.title and st.html and st.caption
    backward = [st for st in steps if st.phase == 2]
    assert [st.layer for st in backward] == list(range(depth + 1, 0, -1))
    for st in backward:
        for (layer, unit), label in st.neurons.items():
            if layer == st.layer:
                assert label.value == s.trace.delta[layer - 1][unit]


@pytest.mark.parametrize("activation", list(ACTIVATIONS))
def test_every_activation_explains_its_forward_and_backward_step(activation):
    t = _trainer([{"units": 3, "activation": activation}] * 2, {"kind": "binary"}, l2=0.01)
    s = capture(t, t.X_train[5], t.y_train[5].item())
    steps = build_steps(s)
    forward = steps[1]
    assert ACTIVATIONS[activation].title in forward.title
    for j in range(3):
        assert forward.neurons[(1, j)].value == s.trace.a[1][j]
    back = next(st for st in steps if st.phase == 2 and st.layer == 1)
    assert "f′(z)" in back.html
    for (k, i, j), label in back.links.items():
        assert label.value == s.trace.dW[k][i, j]  # with the l2 term in it
        assert "λ₂·w" in label.tip


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "nesterov", "rmsprop", "adam"])
def test_the_update_step_shows_the_optimizers_rule_and_the_engines_update(optimizer):
    t = _trainer([{"units": 3, "activation": "tanh"}], {"kind": "binary"}, optimizer)
    s = capture(t, t.X_train[1], t.y_train[1].item())
    update = build_steps(s)[-1]
    assert update.phase == 3 and s.trace.optimizer_rule
    if optimizer != "sgd":
        assert plain_rule(s.trace.optimizer_rule) in update.html
    for (k, i, j), label in update.links.items():
        assert label.value == -s.trace.updates[k][0][i, j]
    before = [W.copy() for W, _ in t.network.params]
    t.apply_trace(s.trace)
    for k, W in enumerate(before):
        shown = np.zeros_like(W)
        for (layer, i, j), label in update.links.items():
            if layer == k:
                shown[i, j] = label.value
        assert np.array_equal(t.network.params[k][0], W + shown)


def test_loss_step_formulas():
    for kind, text in (
        ({"kind": "binary"}, "−[y·ln p + (1 − y)·ln(1 − p)]"),
        ({"kind": "regression"}, "½·(ŷ − y)²"),
    ):
        t = _trainer([{"units": 2, "activation": "relu"}], kind, l1=0.001)
        s = capture(t, t.X_train[0], t.y_train[0].item())
        loss = build_steps(s)[3]
        assert loss.phase == 1 and text in loss.html
        assert "λ₁·Σ|w|" in loss.html  # the penalty, with its own number
        assert any(lbl.value == s.trace.loss for lbl in loss.neurons.values())


def test_number_formats():
    assert fmt(0.123456) == "0.123"
    assert fmt(-1234.5) == "−1.23×10³"
    assert fmt(-1.234e-5) == "−1.23×10⁻⁵"
    assert fmt(0.0) == "0" and fmt(float("nan")) == "NaN"


def test_autoplay_walks_to_the_update_and_stops_there(window, qtbot):
    w = window(SMALL)
    wt = w.walkthrough
    wt.open()
    wt._timer.setInterval(5)
    wt.panel.autoplay_button.click()  # with no point yet it takes the default one
    assert wt.sample is not None and wt._timer.isActive()
    qtbot.waitUntil(lambda: not wt._timer.isActive(), timeout=TIMEOUT)
    assert wt.step.phase == 3 and wt.after is None  # it never applies by itself
    assert not wt.panel.autoplay_button.isChecked()
