"""What a closed window remembers of its layout is its resting layout: a panel that was
borrowing the loss chart's place when the window closed does not hide the chart next time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from playground.app.main_window import MainWindow
from playground.core.session import Session
from tests.conftest import TIMEOUT


@pytest.mark.parametrize("panel", ["gradients", "walkthrough"])
def test_a_panel_open_at_closing_does_not_hide_the_chart_next_time(window, qtbot, panel):
    first = window()
    rest = first.right.sizes()
    if panel == "gradients":
        qtbot.keyClick(first, Qt.Key.Key_G)
    else:
        first.walkthrough.open()
    qtbot.waitUntil(lambda: not first.loss_chart.isVisible(), timeout=TIMEOUT)
    first.close()

    again = MainWindow(Session())  # as the next start: the settings the first one saved
    qtbot.addWidget(again)
    again.resize(1400, 860)
    again.show()
    try:
        qtbot.waitUntil(lambda: again.snapshot is not None, timeout=TIMEOUT)
        assert again.loss_chart.isVisible() and again.data_panel.isVisible()
        chart = again.right.sizes()[again.right.indexOf(again.loss_chart)]
        assert chart >= 0.8 * rest[1]  # the chart's own height, not a sliver
        assert not again.gradient_panel.visible and not again.walkthrough.is_open
    finally:
        again.file_actions.cleanup()
        again.shutdown()
