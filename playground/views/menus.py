"""Finding the window's menus by title, for panels that add their own entries."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu


def find_menu(window: QMainWindow, title: str) -> QMenu | None:
    """The menu-bar menu titled ``title`` (mnemonic '&' ignored), or None."""
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text().replace("&", "") == title:
            return action.menu()
    return None


def add_to_menu(window: QMainWindow, title: str, action: QAction) -> None:
    """Append ``action`` to the menu titled ``title``, after a separator."""
    menu = find_menu(window, title)
    if menu is not None:
        menu.addSeparator()
        menu.addAction(action)
