"""The main window's size, place and splitters, remembered between sessions (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from playground.views import screen_fit


def restore_layout(window: QMainWindow, splitter: QSplitter, right: QSplitter) -> bool:
    """The saved geometry and splitter states, or an opening size that fits the screen.
    True when the right column has no saved split: the window then splits it at its
    first show."""
    settings = QSettings()
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
        screen_fit.keep_on_screen(window)  # saved on a larger screen, maybe
    else:
        screen_fit.open_size(window)
    split_column = True
    for name, each in (("window/splitter", splitter), ("window/right", right)):
        state = settings.value(name)
        if isinstance(state, QByteArray) and not state.isEmpty():
            each.restoreState(state)
            split_column &= each is not right
    return split_column


def save_layout(window: QMainWindow, splitter: QSplitter, right: QSplitter) -> None:
    settings = QSettings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", splitter.saveState())
    settings.setValue("window/right", right.saveState())
