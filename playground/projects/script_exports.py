"""File › Export › PyTorch script… and NumPy script…: the network, its weights and its data
as one readable Python file (playground.core.script_export writes the text).

The script is made from the work as it would be saved, opened as ``nn-playground run``
opens a file, so its figures are those ``run`` reports for the saved project."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from engine.i18n import QT_TRANSLATE_NOOP, translate
from playground.projects.file_names import safe_file_name

if TYPE_CHECKING:
    from playground.projects.file_actions import FileActions

# The menu entries' texts and tips, translated where shown.
ENTRIES = {
    "pytorch": (
        QT_TRANSLATE_NOOP("script_exports", "P&yTorch script…"),
        QT_TRANSLATE_NOOP(
            "script_exports",
            "Save the network, its weights and its data as a PyTorch script (an nn.Module) "
            "that prints the figures and can train further",
        ),
    ),
    "numpy": (
        QT_TRANSLATE_NOOP("script_exports", "N&umPy script…"),
        QT_TRANSLATE_NOOP(
            "script_exports",
            "Save the network, its weights and its data as a Python script that needs only NumPy",
        ),
    ),
}


class ScriptExports:
    """Adds the two script entries to ``menu`` (File › Export); files are named after the
    work in ``files``, errors shown through it."""

    def __init__(
        self,
        parent: QWidget,
        menu: QMenu,
        files: FileActions,
        status: Callable[[str, int], None],
    ) -> None:
        self.parent = parent
        self.files = files
        self.status = status
        menu.addSeparator()
        self.actions: dict[str, QAction] = {}
        for kind, (text, tip) in ENTRIES.items():
            action = QAction(translate("script_exports", text), parent)
            action.setToolTip(translate("script_exports", tip))
            action.setStatusTip(translate("script_exports", tip))
            action.triggered.connect(lambda _checked=False, k=kind: self.export(k))
            menu.addAction(action)
            parent.addAction(action)
            self.actions[kind] = action

    def export(self, kind: str, path: Path | None = None) -> bool:
        """Write the ``kind`` script (pytorch or numpy) to ``path`` (asked for if None)."""
        path = path or self._ask(kind)
        if path is None:
            return False
        # The script writers (five modules) are imported when first used, not at start-up.
        from playground.core.project import load_project
        from playground.core.script_export import from_project, script, write_script

        source = self.files.path.name if self.files.path else f"{self.files.name}.nnplay"
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # large data: a second
        try:
            project = load_project(json.dumps(self.files.project_data()))
            write_script(path, script(from_project(project, source), kind))
        except (OSError, ValueError) as exc:
            problem = str(exc)
        else:
            problem = ""
        finally:
            QGuiApplication.restoreOverrideCursor()
        if problem:
            self.files.error(
                translate("script_exports", "Cannot export {name}").format(name=path.name), problem
            )
            return False
        self.status(translate("script_exports", "Exported {path}").format(path=path), 6000)
        return True

    def _ask(self, kind: str) -> Path | None:
        if kind == "pytorch":
            title = translate("script_exports", "Export a PyTorch script")
        else:
            title = translate("script_exports", "Export a NumPy script")
        stem = safe_file_name(f"{self.files.name} {'pytorch' if kind == 'pytorch' else 'numpy'}")
        start = str(Path(self.files.start_dir()) / f"{stem}.py")
        path, _ = QFileDialog.getSaveFileName(
            self.parent, title, start, translate("script_exports", "Python script (*.py)")
        )
        if not path:
            return None
        return Path(path if path.lower().endswith(".py") else f"{path}.py")
