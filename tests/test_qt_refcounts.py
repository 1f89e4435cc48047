"""Guards the PySide6 pin: a binding that leaks references to None aborts the app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_qt_calls_keep_none_and_bools_alive(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    none_before, false_before = sys.getrefcount(None), sys.getrefcount(False)
    for _ in range(200):
        w.resize(10, 10)  # returns None
        w.isVisible()  # returns False
    # Other threads may hold a few references meanwhile; a leak shows as -200.
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(False) - false_before) < 50
