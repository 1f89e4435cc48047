"""The network designer, driven with real mouse events in the live window."""

from __future__ import annotations

import functools

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from playground.app.main_window import MainWindow
from playground.core.refs import LinkRef, NeuronRef
from playground.core.settings import TrainingSettings
from playground.designer.number_editor import parse_weight
from tests.conftest import TIMEOUT, params, settle, undo_text

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def window(window):
    """The shared window, once the diagram is laid out for its size: the tests click on it."""
    return functools.partial(window, settle_layout=True)


# ------------------------------------------------------------------ helpers
def call(w: MainWindow, fn):
    """``fn(session)`` in the worker thread, after everything sent so far."""
    return w.client.call(fn)


def masks(w: MainWindow) -> list[np.ndarray]:
    return call(w, lambda s: s.trainer.network.masks)


def same(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b))


def viewport(w: MainWindow):
    return w.network_view.view.viewport()


def at(w: MainWindow, scene: QPointF) -> QPoint:
    return w.network_view.view.mapFromScene(scene)


def centre(w: MainWindow, layer: int, unit: int) -> QPoint:
    return at(w, w.network_view.neuron_item(layer, unit).sceneBoundingRect().center())


def link_point(w: MainWindow, layer: int, i: int, j: int) -> QPoint:
    """A viewport point on link (layer, i, j) that the view finds as that link."""
    a, b = w.network_view.link_line(layer, i, j)
    for t in (0.3, 0.25, 0.35, 0.2, 0.4, 0.6, 0.7):
        p = a + (b - a) * t
        pos = at(w, p)
        if w.network_view.link_at(w.network_view.view.mapToScene(pos)) == LinkRef(layer, i, j):
            return pos
    raise AssertionError("no clear point on that link")


def double_click(w: MainWindow, pos: QPoint) -> None:
    """What Qt delivers for a double-click: press, release, double-click, release."""
    QTest.mouseClick(viewport(w), LEFT, NONE, pos)
    QTest.mouseDClick(viewport(w), LEFT, NONE, pos)
    QTest.mouseRelease(viewport(w), LEFT, NONE, pos)


def drag_part(qtbot, w: MainWindow, kind: str, scene: QPointF) -> None:
    """Press on a palette tile, move to ``scene`` on the network, release: the events
    go to the tile, as Qt's implicit grab delivers them."""
    tile = w.network_editor.palette.tiles[kind]
    target = viewport(w).mapToGlobal(at(w, scene))
    QTest.mousePress(tile, LEFT, NONE, tile.rect().center())
    start = tile.mapToGlobal(tile.rect().center())
    for k in range(1, 6):
        QTest.mouseMove(tile, tile.mapFromGlobal(start + (target - start) * k / 5))
        qtbot.wait(5)
    QTest.mouseRelease(tile, LEFT, NONE, tile.mapFromGlobal(target))


def between(w: MainWindow, a: int, b: int) -> QPointF:
    """The scene point between columns ``a`` and ``b`` (0 = features)."""
    rects = w.network_view.column_rects()
    return QPointF((rects[a].center().x() + rects[b].center().x()) / 2, rects[1].center().y())


def activate(qtbot, w: MainWindow) -> None:
    """A closed popup menu leaves no active window on the offscreen platform."""
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=TIMEOUT)


def undo(qtbot, w: MainWindow) -> None:
    activate(qtbot, w)
    QTest.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, w)


def redo(qtbot, w: MainWindow) -> None:
    activate(qtbot, w)
    QTest.keyClick(
        w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    settle(qtbot, w)


# -------------------------------------------------------------------- tests
def test_dragging_a_hidden_layer_between_two_layers_inserts_one(qtbot, window):
    w = window()
    before = params(w)
    drag_part(qtbot, w, "layer", between(w, 1, 2))
    settle(qtbot, w)
    spec = call(w, lambda s: s.trainer.network.spec)
    # As wide as the layer before it, so that it starts as the identity (engine.grow).
    assert [h["units"] for h in spec["hidden"]] == [4, 4, 2]
    assert w.snapshot.layer_sizes == [2, 4, 4, 2, 1]
    assert w.snapshot.settings.hidden == (4, 4, 2)  # the settings describe the network
    assert undo_text(w) == "Undo insert hidden layer 2"
    inserted = params(w)
    assert np.array_equal(inserted[0], before[0]) and np.array_equal(inserted[1], before[1])

    undo(qtbot, w)
    assert same(params(w), before) and w.snapshot.layer_sizes == [2, 4, 2, 1]
    redo(qtbot, w)
    assert same(params(w), inserted)


def test_dragging_a_neuron_onto_a_layer_adds_one_and_keeps_what_was_learned(qtbot, window):
    w = window()
    for _ in range(3):
        w.worker.send("step")
    settle(qtbot, w)
    before = params(w)
    rect = w.network_view.column_rects()[2]
    drag_part(qtbot, w, "neuron", rect.center())
    settle(qtbot, w)
    assert w.snapshot.layer_sizes == [2, 4, 3, 1]
    assert undo_text(w) == "Undo add neuron to layer 2"
    after = params(w)
    assert np.array_equal(after[2][:, :2], before[2]) and np.array_equal(after[0], before[0])
    assert not after[4][2].any()  # the new neuron's outgoing weights start at zero
    assert w.snapshot.epoch == 3  # nothing restarted
    undo(qtbot, w)
    assert same(params(w), before)


def test_a_drop_beyond_the_limits_is_refused_with_a_message(qtbot, window):
    w = window(TrainingSettings(hidden=(64,) + (1,) * 9))
    drag_part(qtbot, w, "neuron", w.network_view.column_rects()[1].center())
    qtbot.waitUntil(lambda: "maximum of 64 neurons" in w.statusBar().currentMessage())
    drag_part(qtbot, w, "layer", between(w, 2, 3))
    qtbot.waitUntil(lambda: "maximum of 10 hidden layers" in w.statusBar().currentMessage())
    drag_part(qtbot, w, "neuron", w.network_view.column_rects()[0].center())
    qtbot.waitUntil(lambda: "onto a hidden layer" in w.statusBar().currentMessage())
    settle(qtbot, w)
    assert w.snapshot.layer_sizes == [2, 64] + [1] * 9 + [1]
    assert not w.undo_stack.canUndo()


def test_select_and_delete_removes_a_neuron_and_undo_brings_its_weights_back(qtbot, window):
    w = window()
    w.worker.send("step")
    settle(qtbot, w)
    before = params(w)
    QTest.mouseClick(viewport(w), LEFT, NONE, centre(w, 1, 1))
    assert w.network_editor.selected == NeuronRef(1, 1)
    QTest.keyClick(w.network_view.view, Qt.Key.Key_Delete)
    settle(qtbot, w)
    assert w.snapshot.layer_sizes == [2, 3, 2, 1]
    assert undo_text(w) == "Undo remove neuron 2 from layer 1"
    removed = params(w)
    assert np.array_equal(removed[0], np.delete(before[0], 1, axis=1))
    assert np.array_equal(removed[2], np.delete(before[2], 1, axis=0))
    undo(qtbot, w)
    assert same(params(w), before)
    redo(qtbot, w)
    assert same(params(w), removed)


def test_dragging_a_neuron_off_the_canvas_removes_it(qtbot, window):
    w = window()
    vp = viewport(w)
    start = centre(w, 2, 0)
    QTest.mousePress(vp, LEFT, NONE, start)
    for x in (start.x() + 20, vp.width() // 2, -30, -60):
        QTest.mouseMove(vp, QPoint(x, start.y()))
        qtbot.wait(5)
    assert w.network_editor.dragged == NeuronRef(2, 0)
    assert w.network_editor.ghost.isVisible() and "Release" in w.network_editor.ghost.text()
    QTest.mouseRelease(vp, LEFT, NONE, QPoint(-60, start.y()))
    settle(qtbot, w)
    assert w.snapshot.layer_sizes == [2, 4, 1, 1]
    assert not w.network_editor.ghost.isVisible()


def test_removing_the_last_neuron_removes_the_layer_undoably(qtbot, window):
    w = window(TrainingSettings(hidden=(3, 1, 2)))
    before = params(w)
    QTest.mouseClick(viewport(w), LEFT, NONE, centre(w, 2, 0))
    QTest.keyClick(w.network_view.view, Qt.Key.Key_Delete)
    settle(qtbot, w)
    assert w.snapshot.layer_sizes == [2, 3, 2, 1]
    assert undo_text(w) == "Undo remove hidden layer 2"
    undo(qtbot, w)
    assert w.snapshot.layer_sizes == [2, 3, 1, 2, 1] and same(params(w), before)


def test_clicking_a_link_disables_it_and_it_stays_zero_while_training(qtbot, window):
    w = window()
    before = params(w)
    QTest.mouseClick(viewport(w), LEFT, NONE, link_point(w, 1, 2, 1))
    qtbot.waitUntil(lambda: w.undo_stack.count() == 1, timeout=TIMEOUT)
    settle(qtbot, w)
    assert not masks(w)[1][2, 1]
    assert undo_text(w).startswith("Undo disable link neuron 3 of layer 1 → neuron 2 of layer 2")
    for _ in range(5):
        w.worker.send("step")
    settle(qtbot, w)
    trained = params(w)
    assert trained[2][2, 1] == 0.0 and not np.array_equal(trained[2], before[2])
    assert w.snapshot.weights[1][2, 1] == 0.0
    pen = w.network_view.link_pen(1, 2, 1)
    assert pen.style() in (Qt.PenStyle.DashLine, Qt.PenStyle.CustomDashLine)
    undo(qtbot, w)
    assert masks(w)[1][2, 1] and params(w)[2][2, 1] == before[2][2, 1]
    redo(qtbot, w)
    assert not masks(w)[1][2, 1] and params(w)[2][2, 1] == 0.0


def test_a_double_click_edit_sets_the_weight_exactly(qtbot, window):
    w = window()
    old = params(w)[0][1, 2]
    e = w.network_editor
    double_click(w, link_point(w, 0, 1, 2))
    qtbot.waitUntil(
        lambda: e.numbers.editor is not None and e.numbers.editor.isVisible(), timeout=TIMEOUT
    )
    editor = e.numbers.editor
    assert "X₂ → neuron 3 of layer 1" in editor.caption.text()
    for bad in ("inf", "nan", "1e400", "abc"):
        editor.line.setText(bad)
        QTest.keyClick(editor.line, Qt.Key.Key_Return)
        assert editor.isVisible() and editor.error.isVisible()
    assert "finite" in editor.error.text() or "not a number" in editor.error.text()
    editor.line.clear()
    QTest.keyClicks(editor.line, "0.123456789")
    QTest.keyClick(editor.line, Qt.Key.Key_Return)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # a first click's toggle would be due
    settle(qtbot, w)
    assert e.numbers.editor is None
    assert params(w)[0][1, 2] == 0.123456789
    assert masks(w)[0][1, 2]  # the double-click did not toggle the link
    assert w.undo_stack.count() == 1
    assert undo_text(w) == "Undo set weight X₂ → neuron 3 of layer 1 to 0.123"
    undo(qtbot, w)
    assert params(w)[0][1, 2] == old
    redo(qtbot, w)
    assert params(w)[0][1, 2] == 0.123456789


def test_a_double_click_on_a_bias_edits_it(qtbot, window):
    w = window()
    e = w.network_editor
    mark = None
    rect = w.network_view.neuron_item(1, 0).sceneBoundingRect()
    for dx in range(-6, 4):
        p = QPointF(rect.left() + dx, rect.bottom() + 2)
        if w.network_view.bias_at(p) == NeuronRef(1, 0):
            mark = at(w, p)
            break
    assert mark is not None
    double_click(w, mark)
    qtbot.waitUntil(lambda: e.numbers.editor is not None, timeout=TIMEOUT)
    e.numbers.editor.line.setText("-0.75")
    QTest.keyClick(e.numbers.editor.line, Qt.Key.Key_Return)
    settle(qtbot, w)
    assert params(w)[1][0] == -0.75
    assert undo_text(w) == "Undo set bias of neuron 1 of layer 1 to −0.750"


def test_right_click_sets_one_layers_activation(qtbot, window):
    w = window()
    before = params(w)
    e = w.network_editor
    pos = centre(w, 2, 0)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, viewport(w).mapToGlobal(pos), NONE
    )
    QApplication.sendEvent(viewport(w), event)
    menu = e.menu
    assert menu is not None and menu.isVisible()
    relu = next(a for a in menu.actions() if a.data() == "relu")
    QTest.mouseClick(menu, LEFT, NONE, menu.actionGeometry(relu).center())
    settle(qtbot, w)
    spec = call(w, lambda s: s.trainer.network.spec)
    assert [h["activation"] for h in spec["hidden"]] == ["tanh", "relu"]
    assert w.snapshot.settings.layer_activations == ("tanh", "relu")
    assert same(params(w), before)  # every weight kept
    assert undo_text(w) == "Undo set layer 2 to ReLU"
    undo(qtbot, w)
    assert w.snapshot.settings.layer_activations == ()


def test_clicking_an_input_switches_it_and_undo_brings_its_weights_back(qtbot, window):
    w = window()
    w.worker.send("step")
    settle(qtbot, w)
    before = params(w)
    QTest.mouseClick(
        viewport(w),
        LEFT,
        NONE,
        at(w, w.network_view.feature_item("x1").sceneBoundingRect().center()),
    )
    settle(qtbot, w)
    assert w.snapshot.features == ["x2"] and undo_text(w) == "Undo switch X₁ off"
    undo(qtbot, w)
    assert w.snapshot.features == ["x1", "x2"] and same(params(w), before)


def test_the_plus_minus_buttons_edit_live_and_undo(qtbot, window):
    w = window()
    for _ in range(2):
        w.worker.send("step")
    settle(qtbot, w)
    before = params(w)
    QTest.mouseClick(
        viewport(w),
        LEFT,
        NONE,
        at(w, w.network_view.button("neuron+0").sceneBoundingRect().center()),
    )
    settle(qtbot, w)
    assert w.snapshot.layer_sizes == [2, 5, 2, 1] and w.snapshot.epoch == 2
    assert undo_text(w) == "Undo add neuron to layer 1"
    undo(qtbot, w)
    assert same(params(w), before)


def test_hovering_a_neuron_fills_the_output_view_and_shows_its_formula(qtbot, window):
    w = window()
    e = w.network_editor
    pos = centre(w, 1, 2)
    QTest.mouseMove(viewport(w), pos)
    qtbot.waitUntil(
        lambda: w.snapshot.focus_map is not None and w.snapshot.focus_map[:2] == (1, 2),
        timeout=TIMEOUT,
    )
    qtbot.waitUntil(lambda: e.focus.label.isVisible(), timeout=TIMEOUT)
    shown = w.output_view.scalar_image.image
    assert np.array_equal(shown, w.snapshot.focus_map[2]) and shown.shape == (100, 100)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, viewport(w).mapToGlobal(pos))
    QApplication.sendEvent(viewport(w), event)
    text = QToolTip.text()
    W, b = w.snapshot.weights[0][:, 2], w.snapshot.biases[0][2]
    assert "a = tanh(" in text and f"{abs(W[0]):.3f}·X₁" in text and f"{abs(b):.3f})" in text
    assert tuple(w.output_view.scalar_image.levels) == (-1.0, 1.0)  # a tanh neuron's range
    QTest.mouseMove(viewport(w), QPoint(5, 5))
    qtbot.waitUntil(lambda: not e.focus.label.isVisible(), timeout=TIMEOUT)
    assert w.snapshot.focus_map is None
    # The output's own map and levels come back (P(class 1) runs from 0 to 1).
    w.worker.send("step")
    qtbot.waitUntil(
        lambda: np.array_equal(w.output_view.scalar_image.image, w.snapshot.boundary),
        timeout=TIMEOUT,
    )
    assert tuple(w.output_view.scalar_image.levels) == (0.0, 1.0)


def test_hovering_a_link_shows_its_weight_and_gradient(qtbot, window):
    w = window()
    w.worker.send("step")
    settle(qtbot, w)
    pos = link_point(w, 1, 0, 0)
    QTest.mouseMove(viewport(w), pos)
    QApplication.sendEvent(
        viewport(w), QHelpEvent(QEvent.Type.ToolTip, pos, viewport(w).mapToGlobal(pos))
    )
    text = QToolTip.text()
    assert text.startswith("Link neuron 1 of layer 1 → neuron 1 of layer 2")
    assert "weight w = " in text and "∂L/∂w" in text


def test_link_modes_show_weights_gradients_or_plain(qtbot, window):
    w = window()
    w.worker.send("step")
    settle(qtbot, w)
    nv = w.network_view
    combo = w.network_editor.palette.link_mode
    weights_pen = nv.link_pen(1, 0, 0)
    combo.setCurrentIndex(combo.findData("gradients"))
    assert nv.link_mode == "gradients"
    grads = w.snapshot.weight_grads
    biggest = max(np.abs(g).max() for g in grads)
    layer, i, j = next(
        (k, *np.unravel_index(np.abs(g).argmax(), g.shape))
        for k, g in enumerate(grads)
        if np.abs(g).max() == biggest
    )
    assert nv.link_pen(layer, i, j).widthF() >= nv.link_pen(1, 0, 0).widthF()
    combo.setCurrentIndex(combo.findData("plain"))
    widths = {nv.link_pen(1, i, j).widthF() for i in range(4) for j in range(2)}
    assert len(widths) == 1 and nv.link_pen(1, 0, 0).color() != weights_pen.color()
    combo.setCurrentIndex(combo.findData("weights"))
    assert nv.link_pen(1, 0, 0) == weights_pen


def test_an_edit_while_running_keeps_the_untouched_weights_bit_for_bit(qtbot, window):
    w = window(TrainingSettings(speed=1, hidden=(4, 3)))
    records = []
    runner = w.network_editor.runner
    run = runner.run

    def recording(fn, prefix):
        def job(s):
            net = s.trainer.network
            before = [a.copy() for W, b in net.params for a in (W, b)]
            epoch = s.trainer.epoch
            fn(s)
            net = s.trainer.network
            records.append((before, [a.copy() for W, b in net.params for a in (W, b)], epoch))

        run(job, prefix)

    runner.run = recording
    QTest.keyClick(w, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: w.snapshot.epoch >= 5, timeout=TIMEOUT)
    drag_part(qtbot, w, "neuron", w.network_view.column_rects()[1].center())
    qtbot.waitUntil(lambda: len(records) == 1, timeout=TIMEOUT)
    before, after, epoch = records[0]
    assert epoch >= 5 and w.snapshot.running
    assert np.array_equal(after[0][:, :4], before[0]) and np.array_equal(after[1][:4], before[1])
    assert np.array_equal(after[2][:4], before[2])  # out of the old neurons: kept
    assert np.array_equal(after[3], before[3])
    assert np.array_equal(after[4], before[4]) and np.array_equal(after[5], before[5])
    qtbot.waitUntil(lambda: w.snapshot.epoch >= epoch + 5, timeout=TIMEOUT)
    assert w.snapshot.layer_sizes == [2, 5, 3, 1]

    QTest.mouseClick(viewport(w), LEFT, NONE, centre(w, 2, 1))
    QTest.keyClick(w.network_view.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(records) == 2, timeout=TIMEOUT)
    before, after, _ = records[1]
    assert same(after[:2], before[:2])
    assert np.array_equal(after[2], np.delete(before[2], 1, axis=1))
    assert np.array_equal(after[4], np.delete(before[4], 1, axis=0))
    QTest.keyClick(w, Qt.Key.Key_Space)


def test_parse_weight_refuses_what_is_not_a_finite_weight():
    assert parse_weight(" −1,5 ") == -1.5
    assert parse_weight("2e-3") == 0.002
    for bad in ("inf", "-inf", "nan", "1e400", "", "x", "2e6"):
        with pytest.raises(ValueError):
            parse_weight(bad)


def test_a_lesson_lock_stops_editing_but_not_hovering(qtbot, window):
    w = window()
    w.network_view.view.setInteractive(False)  # what a lesson's network lock does
    qtbot.waitUntil(lambda: not w.network_editor.palette.isEnabled(), timeout=TIMEOUT)
    drag_part(qtbot, w, "layer", between(w, 1, 2))  # a disabled palette does not drag
    assert not w.network_editor.edits.insert_layer(1)  # nor does anything else edit
    assert "locked" in w.statusBar().currentMessage()
    QTest.mouseClick(viewport(w), LEFT, NONE, link_point(w, 1, 0, 0))
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    settle(qtbot, w)
    assert w.snapshot.layer_sizes == [2, 4, 2, 1] and masks(w)[1][0, 0]
    assert not w.undo_stack.canUndo()
    QTest.mouseMove(viewport(w), centre(w, 1, 0))
    qtbot.waitUntil(lambda: w.snapshot.focus_map is not None, timeout=TIMEOUT)
