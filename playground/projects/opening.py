"""Reading a file while the window stays live: the work runs in a thread of its own, and
if it takes longer than a moment the window shows that it is busy until it is done."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from engine.i18n import translate
from playground.core.project_checks import ProjectError

if TYPE_CHECKING:
    from playground.core.project import Project

BUSY_AFTER_S = 0.05  # small files are read before anything shows


def read_live(
    path: Path,
    load: Callable[[Path], Project],
    status: Callable[[str, int], None],
    controls: Iterable[QAction | QMenu],
) -> Project:
    """``load(path)`` in a thread of its own; past BUSY_AFTER_S the event loop runs (the
    window live) with a busy cursor, "Opening NAME…" in the status bar and ``controls``
    disabled, until it ends. Raises ProjectError, whatever went wrong."""
    outcome: dict[str, Any] = {}

    def read() -> None:
        try:
            outcome["project"] = load(path)
        except ProjectError as exc:
            outcome["error"] = exc
        except Exception as exc:  # noqa: BLE001 (said as a refusal; the window goes on)
            outcome["error"] = ProjectError(
                translate("opening", "the file could not be read: {error}").format(
                    error=f"{exc!r:.200}"
                )
            )

    worker = threading.Thread(target=read, name="open project", daemon=True)
    worker.start()
    worker.join(BUSY_AFTER_S)
    if worker.is_alive():
        message = translate("opening", "Opening {name}…").format(name=path.name)
        _wait_busy(worker, message, status, list(controls))
    if worker.is_alive():  # the application is quitting
        raise ProjectError(translate("opening", "opening was interrupted"))
    if "error" in outcome:
        raise outcome["error"]
    return outcome["project"]


def _wait_busy(
    worker: threading.Thread,
    message: str,
    status: Callable[[str, int], None],
    controls: list[QAction | QMenu],
) -> None:
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(15)
    check.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
    enabled = [c.isEnabled() for c in controls]
    for control in controls:
        control.setEnabled(False)
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    status(message, 0)
    try:
        check.start()
        loop.exec()
    finally:
        check.stop()
        QApplication.restoreOverrideCursor()
        status("", 1)
        for control, was in zip(controls, enabled):
            control.setEnabled(was)
