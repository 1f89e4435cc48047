"""The recently used project files (File › Open Recent) and the folder the file dialogs
start in, both kept in QSettings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QMenu

from engine.i18n import translate

MAX_RECENT = 8
RECENT_KEY = "files/recent"
LAST_DIR_KEY = "files/last_dir"


class RecentFiles:
    """Fills ``menu`` with the recent files each time it opens; choosing one calls
    ``open_path`` with its path."""

    def __init__(self, menu: QMenu, open_path: Callable[[str], object]) -> None:
        self.menu = menu
        self._open_path = open_path
        menu.aboutToShow.connect(self._fill)

    def _fill(self) -> None:
        self.menu.clear()
        files = self.files()
        for path in files:
            action = self.menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self._open_path(p))
        if files:
            self.menu.addSeparator()
            self.menu.addAction(translate("recent_files", "Clear list")).triggered.connect(
                self.clear
            )
        else:
            self.menu.addAction(translate("recent_files", "(no recent files)")).setEnabled(False)

    def files(self) -> list[str]:
        """The recent files that still exist, newest first."""
        value = QSettings().value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value]
        return [str(p) for p in (value or []) if Path(str(p)).exists()][:MAX_RECENT]

    def add(self, path: Path) -> None:
        """``path`` was opened or saved: first in the list, and its folder the next start."""
        text = str(path.resolve())
        files = [text] + [p for p in self.files() if p != text]
        settings = QSettings()
        settings.setValue(RECENT_KEY, files[:MAX_RECENT])
        settings.setValue(LAST_DIR_KEY, str(path.resolve().parent))

    def clear(self) -> None:
        QSettings().setValue(RECENT_KEY, [])

    @staticmethod
    def start_dir(current: Path | None) -> str:
        """Where a file dialog opens: beside ``current``, else the last folder used, else
        the user's documents."""
        if current is not None:
            return str(current.parent)
        last = QSettings().value(LAST_DIR_KEY, "")
        if last and Path(str(last)).is_dir():
            return str(last)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
