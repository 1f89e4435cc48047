"""The window's menus, made once by the main window and handed to the features that add
their own entries (in the order the menu bar shows them)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar


@dataclass(frozen=True)
class WindowMenus:
    file: QMenu
    edit: QMenu
    training: QMenu
    view: QMenu
    lessons: QMenu
    help: QMenu

    @classmethod
    def create(cls, bar: QMenuBar) -> WindowMenus:
        return cls(
            file=bar.addMenu("&File"),
            edit=bar.addMenu("&Edit"),
            training=bar.addMenu("&Training"),
            view=bar.addMenu("&View"),
            lessons=bar.addMenu("&Lessons"),
            help=bar.addMenu("&Help"),
        )


def add_to_menu(menu: QMenu, action: QAction) -> None:
    """Append ``action`` to ``menu``, after a separator."""
    menu.addSeparator()
    menu.addAction(action)
