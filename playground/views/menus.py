"""The window's menus, made once by the main window and handed to the features that add
their own entries (in the order the menu bar shows them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from engine.i18n import translate


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
            file=bar.addMenu(translate("menus", "&File")),
            edit=bar.addMenu(translate("menus", "&Edit")),
            training=bar.addMenu(translate("menus", "&Training")),
            view=bar.addMenu(translate("menus", "&View")),
            lessons=bar.addMenu(translate("menus", "&Lessons")),
            help=bar.addMenu(translate("menus", "&Help")),
        )


def add_to_menu(menu: QMenu, action: QAction) -> None:
    """Append ``action`` to ``menu``, after a separator."""
    menu.addSeparator()
    menu.addAction(action)


def panel_toggle(
    parent: QWidget, menu: QMenu, text: str, key: str, tip: str, toggled: Callable[[bool], object]
) -> QAction:
    """A side panel's View menu entry: checkable, its key working anywhere in the window,
    appended to ``menu`` after a separator; ``toggled(on)`` opens or closes the panel."""
    action = QAction(text, parent)
    action.setCheckable(True)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setToolTip(tip)
    action.triggered.connect(toggled)
    parent.addAction(action)
    add_to_menu(menu, action)
    return action
