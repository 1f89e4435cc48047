"""Help: Quick start points at the window's regions, the shortcuts come from the actions,
About copies the versions, and Step by step sits beside play."""

from __future__ import annotations

import platform
import re

import numpy as np
import pyqtgraph as pg
import PySide6
from PySide6.QtCore import QRectF, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from playground.views.help import shortcut_rows
from tests.conftest import TIMEOUT, click


def test_keyboard_shortcuts_are_read_from_the_actions(window, qtbot):
    w = window()
    dialog = w.help.show_shortcuts()
    rows = dialog.texts()
    assert ("Space", "Play / Pause", "Training") in rows
    assert any(keys == "W" and "step by step" in what for keys, what, _ in rows)
    assert not any("Frobnicate" in what for _, what, _ in rows)
    dialog.close()
    # A new action with a key is listed the next time, without anyone writing it down.
    action = QAction("&Frobnicate the weights", w)
    action.setShortcut(QKeySequence("Ctrl+Alt+F"))
    w.menus.view.addAction(action)
    rows = w.help.show_shortcuts().texts()
    expected = QKeySequence("Ctrl+Alt+F").toString(QKeySequence.SequenceFormat.NativeText)
    assert (expected, "Frobnicate the weights", "View") in rows


def test_about_lists_the_versions_and_copies_them(window, qtbot):
    w = window()
    dialog = w.help.show_about()
    text = dialog.text
    for expected in (
        f"Python {platform.python_version()}",
        f"PySide6 {PySide6.__version__}",
        f"Qt {qVersion()}",
        f"NumPy {np.__version__}",
        f"pyqtgraph {pg.__version__}",
    ):
        assert expected in text
    assert re.search(r"^NN Playground \d+\.\d+", text)
    QApplication.clipboard().setText("")
    click(qtbot, dialog.copy_button)
    assert QApplication.clipboard().text() == text


def test_quick_start_outlines_the_five_regions_where_they_are(window, qtbot):
    w = window(size=(1366, 768))
    dialog = w.help.show_quick_start()
    regions = dialog.regions
    assert [r.widget for r in regions] == [
        w.top_bar,
        w.data_panel,
        w.network_view,
        w.output_view,
        w.loss_chart,
    ]
    picture = dialog.picture.pixmap()
    scale = picture.width() / w.width()
    bounds = QRectF(0, 0, picture.width(), picture.height())
    for region, mark in zip(regions, dialog.marks):
        corner = region.widget.mapTo(w, region.widget.rect().topLeft())
        assert abs(mark.left() - corner.x() * scale) <= 3, region.title
        assert abs(mark.width() - region.widget.width() * scale) <= 5, region.title
        assert bounds.contains(mark), region.title
    # Every key the page names is one a window action answers to.
    keys = {k for row in shortcut_rows(w) for k in row[0].split(", ")}
    for region in regions:
        for key in re.findall(r"\(([^)]{1,6})\)", region.text):
            assert key in keys, (region.title, key)
    # The page fits a 1366×768 screen.
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1366 and dialog.height() <= 740


def test_step_by_step_beside_play_opens_the_walkthrough(window, qtbot):
    w = window()
    bar = w.top_bar
    button = w.step_by_step_button
    # In the bar, right after the step button, in the layout and in the Tab order.
    assert bar.isAncestorOf(button) and button.isVisible()
    assert button.x() > bar.step_button.x()
    assert bar.step_button.nextInFocusChain() is button
    assert button.text().replace("\n", " ") == "Step by step"  # on two lines, to fit 1280 px
    assert button.accessibleName() == "Step by step"
    assert button.defaultAction() is w.walkthrough.action
    click(qtbot, button)
    qtbot.waitUntil(lambda: w.walkthrough.is_open, timeout=TIMEOUT)
    assert button.isChecked() and w.walkthrough.panel.isVisible()
    # W (the same action) closes it, and the button follows.
    qtbot.keyClick(w, Qt.Key.Key_W)
    qtbot.waitUntil(lambda: not w.walkthrough.is_open, timeout=TIMEOUT)
    assert not button.isChecked()
