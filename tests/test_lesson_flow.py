"""Lessons that let go: locks that look locked and say why, Leave lesson, the start page's
choices, and File › New that keeps painted points. Driven with real clicks."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from playground.core.lessons import LESSONS_DIR
from tests.conftest import TIMEOUT, click, params, settle, view_settled

XOR = LESSONS_DIR / "02-xor-needs-a-hidden-layer.nnplay"
LINE = LESSONS_DIR / "01-linear-separability.nnplay"
LEAVE = "Lessons \u203a Leave lesson to play freely."


def open_lesson(qtbot, w, path) -> None:
    assert w.lesson_panel.open_lesson(path)
    settle(qtbot, w)
    qtbot.waitUntil(lambda: view_settled(w), timeout=TIMEOUT)


def says_locked_by(text: str, lesson: str) -> bool:
    """``text`` names the lesson that locked a control and the way out."""
    return f"Locked by lesson \u2018{lesson}" in text and LEAVE in text


def status(w) -> str:
    return w.statusBar().currentMessage()


def tooltip(widget: QWidget, pos: QPoint | None = None) -> str:
    """The tooltip Qt shows over ``widget`` (at ``pos``, default its middle)."""
    QToolTip.hideText()
    pos = widget.rect().center() if pos is None else pos
    event = QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)
    return QToolTip.text() if QToolTip.isVisible() else widget.toolTip()


def step(qtbot, w, n: int = 3) -> None:
    epoch = w.snapshot.epoch
    for _ in range(n):
        w.client.step()
    qtbot.waitUntil(lambda: w.snapshot.epoch >= epoch + n, timeout=TIMEOUT)


def test_my_points_is_locked_with_the_dataset_and_says_so(window, qtbot):
    w = window()
    open_lesson(qtbot, w, XOR)
    step(qtbot, w)
    before = (w.snapshot.epoch, w.snapshot.settings.data_source, w.snapshot.data.version)
    own = w.data_panel.own_buttons["classification"]
    assert not own.isEnabled()  # greyed out like the other datasets
    click(qtbot, own)
    assert says_locked_by(status(w), "XOR needs a hidden layer")
    settle(qtbot, w)
    assert (w.snapshot.epoch, w.snapshot.settings.data_source, w.snapshot.data.version) == before
    assert says_locked_by(tooltip(own), "XOR needs a hidden layer")
    # A dataset tile and the paint tool say the same.
    w.statusBar().clearMessage()
    click(qtbot, w.data_panel.buttons["spiral"])
    assert says_locked_by(status(w), "XOR needs a hidden layer")
    assert not w.paint_tool.enabled()
    # A locked menu entry says it as it is hovered.
    w.lesson_panel.restrictions.apply((), ("data_seed",), "8. Many colours")
    regenerate = next(a for a in w.menus.training.actions() if "generate" in a.text())
    assert not regenerate.isEnabled() and says_locked_by(regenerate.statusTip(), "Many colours")
    w.lesson_panel.restrictions.clear()
    assert regenerate.isEnabled() and not regenerate.statusTip()


def test_locked_network_buttons_look_locked_and_say_why(window, qtbot):
    w = window()
    open_lesson(qtbot, w, LINE)
    nv = w.network_view
    lock = "Locked by lesson \u2018A straight line: linear separability\u2019"
    for name in ("layer+", "layer-"):
        assert not nv.button(name).isEnabled()  # greyed, not just dead
        assert lock in nv.button(name).toolTip()
    view = nv.view
    at = view.mapFromScene(nv.button("layer+").sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert lock in status(w)
    assert lock in tooltip(view.viewport(), at)
    settle(qtbot, w)
    assert w.snapshot.settings.hidden == ()
    # The footer's promise holds: what it calls greyed out is greyed out.
    assert "Locked in this lesson" in w.lesson_panel.panel.note.text()


def test_leave_lesson_frees_every_control_and_keeps_the_work(window, qtbot, tmp_path):
    w = window()
    open_lesson(qtbot, w, XOR)
    step(qtbot, w)
    w.lesson_panel.panel.close_button.click()  # × hides the instructions only
    assert not w.data_panel.buttons["spiral"].isEnabled()
    assert w.lesson_panel.leave_action.isEnabled()
    epoch, weights = w.snapshot.epoch, params(w)
    X = w.snapshot.data.X_train.copy()
    w.lesson_panel.leave_action.trigger()  # Lessons › Leave lesson
    assert "Left the lesson" in status(w)
    assert all(b.isEnabled() for b in w.data_panel.buttons.values())
    assert w.data_panel.own_buttons["classification"].isEnabled()
    assert w.top_bar.optimizer.parentWidget().isVisibleTo(w)  # was hidden
    assert not w.lesson_panel.leave_action.isEnabled()
    assert w.file_actions.lesson is None and w.file_actions.path is None
    assert "*" in w.windowTitle()  # the student's own work, not saved yet
    settle(qtbot, w)
    assert w.snapshot.epoch == epoch and np.array_equal(w.snapshot.data.X_train, X)
    assert all(np.array_equal(a, b) for a, b in zip(params(w), weights))

    path = tmp_path / "mine.nnplay"
    assert w.file_actions.save_to(path)
    assert w.file_actions.new()
    assert w.file_actions.open_path(path)
    settle(qtbot, w)
    assert w.file_actions.lesson is None and not w.lesson_panel.panel.isVisibleTo(w)
    assert w.data_panel.buttons["spiral"].isEnabled() and not w.lesson_panel.restrictions.locked
    assert w.snapshot.epoch == epoch and np.array_equal(w.snapshot.data.X_train, X)
    assert all(np.array_equal(a, b) for a, b in zip(params(w), weights))


def test_leave_lesson_button_in_the_panel(window, qtbot):
    w = window()
    open_lesson(qtbot, w, LINE)
    click(qtbot, w.lesson_panel.panel.leave_button)
    qtbot.waitUntil(lambda: view_settled(w), timeout=TIMEOUT)
    assert w.network_view.button("layer+").isEnabled() and w.network_view.view.isInteractive()
    click_scene_button(qtbot, w, "layer+")
    qtbot.waitUntil(lambda: w.snapshot.settings.hidden != (), timeout=TIMEOUT)


def click_scene_button(qtbot, w, name: str) -> None:
    view = w.network_view.view
    at = view.mapFromScene(w.network_view.button(name).sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)


def test_start_page_offers_lesson_one_first_and_a_true_way_out(window, qtbot):
    w = window()
    page = w.lesson_panel.show_start_page()
    assert page.first_button.text() == "Start with lesson 1" and page.first_button.isDefault()
    click(qtbot, page.first_button)
    qtbot.waitUntil(lambda: w.windowTitle().startswith("1. "), timeout=TIMEOUT)
    assert w.lesson_panel.restrictions.locked

    # Closing the panel and choosing a playground on the start page ends the lesson.
    w.lesson_panel.panel.close_button.click()
    page = w.lesson_panel.show_start_page()
    click(qtbot, page.default_button)
    settle(qtbot, w)
    assert not w.lesson_panel.restrictions.locked and w.network_view.view.isInteractive()
    s = w.snapshot.settings
    assert (s.dataset, s.data_source, s.hidden) == ("circle", "generated", (4, 2))

    page = w.lesson_panel.show_start_page()
    click(qtbot, page.canvas_button)
    qtbot.waitUntil(lambda: w.paint_tool.painting, timeout=TIMEOUT)
    settle(qtbot, w)
    s = w.snapshot.settings
    assert (s.data_source, len(w.snapshot.data.X_train), s.hidden) == ("painted", 0, (4, 2))


def test_new_keeps_the_painted_points(window, qtbot):
    from tests.test_painting import own, start_on_empty_canvas, stroke

    w = window()
    start_on_empty_canvas(qtbot, w)
    stroke(qtbot, w, [(-2.0, 2.0), (2.0, 2.0)])
    painted = own(w)
    assert len(painted) > 0
    assert w.file_actions.new()
    settle(qtbot, w)
    assert w.snapshot.settings.data_source == "generated"  # a new playground...
    assert "own points are kept" in status(w) and "*" in w.windowTitle()
    click(qtbot, w.data_panel.own_buttons["classification"])  # ...and the points are there
    settle(qtbot, w)
    assert np.array_equal(own(w).X, painted.X)
