"""View › Projector mode: one switch between the normal theme and the projector's.

The switch takes effect at once (the application's font, palette and style sheet, and
the views that draw their own strokes) and is remembered for the next start.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from engine.i18n import translate
from playground.views.menus import add_to_menu
from playground.views.theme import NORMAL, PROJECTOR, Theme, apply_theme

# Under "window/", which the tests' fresh windows clear with the rest of the layout.
SETTING = "window/projector"
SHORTCUT = "Ctrl+Shift+P"


class Themed(Protocol):
    def set_theme(self, theme: Theme) -> None: ...


class ProjectorMode:
    def __init__(self, window: QWidget, view_menu: QMenu, themed: Sequence[Themed]) -> None:
        self._themed = list(themed)
        self.theme = NORMAL
        self.action = QAction(translate("projector", "&Projector mode"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip(
            translate(
                "projector",
                "Larger type, thicker lines, bigger points and stronger contrast, for a "
                "projector in a lit room ({shortcut})",
            ).format(shortcut=SHORTCUT)
        )
        self.action.toggled.connect(self.set_on)
        window.addAction(self.action)
        add_to_menu(view_menu, self.action)
        if QSettings().value(SETTING, False, type=bool):
            self.set_on(True)

    @property
    def on(self) -> bool:
        return self.theme is PROJECTOR

    def set_on(self, on: bool) -> None:
        """Switch the projector theme on or off, now and for the next start."""
        if self.action.isChecked() != on:
            self.action.setChecked(on)  # comes back here through toggled
            return
        QSettings().setValue(SETTING, on)
        theme = PROJECTOR if on else NORMAL
        if theme is self.theme:
            return
        self.theme = theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        for view in self._themed:
            view.set_theme(theme)
