"""View › Language: every language the app speaks, each named in its own words.

Choosing one is kept in QSettings and takes effect when the app starts again (every label,
menu and lesson is built in the language chosen at start, Qt's own dialogs included); the
app says so and offers to restart now, which closes the window as File › Quit does (unsaved
work is asked about) and starts it again with the same project.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QProcess
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from engine.i18n import translate
from playground.app.language import LANGUAGES, remember


class LanguageMenu:
    """The submenu, ticked at the language chosen (the one the app speaks until another is
    chosen, which then speaks from the next start). ``restart`` closes the window and
    starts the app again (True if it did; False when the user kept the window open)."""

    def __init__(
        self, parent: QWidget, menu: QMenu, current: str, restart: Callable[[], bool]
    ) -> None:
        self.parent = parent
        self.current = current
        self.restart = restart
        self.menu = menu.addMenu(translate("language_menu", "&Language"))
        self.menu.setObjectName("languageMenu")
        self.menu.setToolTipsVisible(True)
        self.group = QActionGroup(self.menu)
        self.actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self.menu)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setStatusTip(
                translate(
                    "language_menu", "Show NN Playground in {language} (after a restart)"
                ).format(language=name)
            )
            action.triggered.connect(lambda _=False, c=code: self.choose(c))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action

    def choose(self, code: str) -> None:
        remember(code)
        if code == self.current:
            return
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("language_menu", "Language"))
        box.setText(
            translate(
                "language_menu",
                "NN Playground will be in {language} when it starts again. Restart now?",
            ).format(language=LANGUAGES[code])
        )
        now = box.addButton(
            translate("language_menu", "Restart now"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(translate("language_menu", "Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.exec()
        if box.clickedButton() is now:
            self.restart()


def restart_command(argv: list[str], path: str | None) -> tuple[str, list[str]]:
    """The program and arguments that start this app again, opening ``path`` (the project
    shown, if it was saved), without a ``--lang`` that would overrule the new choice."""
    args: list[str] = []
    skip = False
    for arg in argv[1:]:
        if skip:
            skip = False
            continue
        if arg == "--lang":
            skip = True
            continue
        if arg.startswith("--lang=") or (not arg.startswith("-") and path is not None):
            continue  # the project to open comes from ``path`` below
        args.append(arg)
    if path is not None:
        args.append(path)
    if getattr(sys, "frozen", False):
        return sys.executable, args
    if argv and argv[0].lower().endswith(".exe"):  # Windows' launcher of the console script
        return argv[0], args
    if argv and argv[0].endswith("__main__.py"):
        return sys.executable, ["-m", "playground", *args]
    return sys.executable, [argv[0], *args] if argv else ["-m", "playground", *args]


def restart_window(window: QWidget, saved_path: Callable[[], object]) -> bool:
    """Close ``window`` as File › Quit does; if it closed, start the app again with the
    project as saved (asked for after closing: closing may have saved it)."""
    if not window.close():
        return False
    path = saved_path()
    return start_again(sys.argv, str(path) if path else None)


def start_again(argv: list[str], path: str | None) -> bool:
    program, args = restart_command(argv, path)
    return bool(QProcess.startDetached(program, args))
