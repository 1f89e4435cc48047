"""A first run that teaches: from launch to watching backprop step by step on points one
painted, with real clicks, drags and keys, counting what a newcomer has to do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from playground.views import desktop
from tests.conftest import TIMEOUT, click, settle
from tests.test_painting import own, stroke

MOST_ACTIONS = 8  # clicks, drags and keys from launch to the second walkthrough step


@pytest.fixture
def newcomer(monkeypatch, tmp_path):
    """A person at the screen, on a first start (the welcome page shows)."""
    monkeypatch.setenv("NN_PLAYGROUND_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(desktop, "INTERACTIVE", True)
    QSettings().remove("start/show_at_start")
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
    )


def test_launch_to_backprop_step_by_step_on_painted_points(window, qtbot, newcomer):
    actions: list[str] = []
    screens: list[str] = []

    def did(what: str) -> None:
        actions.append(what)

    w = window()  # launch
    qtbot.waitUntil(lambda: w.lesson_panel.start_page is not None, timeout=TIMEOUT)
    page = w.lesson_panel.start_page
    qtbot.waitUntil(page.isVisible, timeout=TIMEOUT)
    screens.append(page.windowTitle())
    # The welcome page leads with lesson 1; painting one's own data is one click away.
    assert page.first_button.text() == "Start with lesson 1" and page.first_button.isDefault()
    click(qtbot, page.canvas_button)
    did("welcome: Empty canvas for painting")
    qtbot.waitUntil(lambda: w.paint_tool.painting, timeout=TIMEOUT)
    screens.append(w.windowTitle())
    assert "Backprop, step by step (W)" in w.statusBar().currentMessage()  # what to do next
    assert w.lesson_panel.start_page is None  # the welcome page is gone
    w.activateWindow()  # what the window manager does when the dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=TIMEOUT)

    stroke(qtbot, w, [(-3.0, 3.0), (-2.0, 2.5), (-1.0, 3.0)])
    did("drag: orange points")
    qtbot.keyClick(w, Qt.Key.Key_2)
    did("key 2: blue")
    stroke(qtbot, w, [(1.0, -3.0), (2.0, -2.5), (3.0, -3.0)])
    did("drag: blue points")
    points = own(w)
    assert len(points) >= 2 and set(points.y.tolist()) == {0, 1}

    qtbot.keyClick(w, Qt.Key.Key_W)  # as the status bar said
    did("key W: backprop, step by step")
    qtbot.waitUntil(lambda: w.walkthrough.is_open, timeout=TIMEOUT)
    settle(qtbot, w)
    x, y = points.X[0]
    viewport = w.output_view.plot_widget.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=w.paint_tool.viewport_pos(x, y))
    did("click a painted point")
    qtbot.waitUntil(lambda: w.walkthrough.sample is not None, timeout=TIMEOUT)
    first = w.walkthrough.index
    click(qtbot, w.walkthrough.panel.next_button)
    did("Next")
    assert w.walkthrough.index == first + 1 and w.walkthrough.panel.title.text()

    assert len(actions) <= MOST_ACTIONS, actions
    assert len(screens) == 2, screens  # the welcome page, then the window
