"""Reading a CSV file of points while the window stays live.

Parsing 100,000 lines takes the better part of a second (more on a busy machine); on the
GUI thread that would be as long without a frame. The file is read in a thread of its own
while the event loop runs, the cursor busy once it takes longer than a moment.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from playground.core import csv_io

BUSY_AFTER_S = 0.05  # small files are read before anything shows
CHECK_MS = 10


def read_csv_live(path: Path) -> csv_io.CsvData:
    """``csv_io.read_csv(path)`` in a thread of its own, the window live meanwhile.
    Raises csv_io.CsvError as read_csv does."""
    outcome: dict[str, object] = {}

    def read() -> None:
        try:
            outcome["data"] = csv_io.read_csv(path)
        except Exception as exc:  # noqa: BLE001 (handed back to the GUI thread below)
            outcome["error"] = exc

    reader = threading.Thread(target=read, name="read CSV", daemon=True)
    reader.start()
    reader.join(BUSY_AFTER_S)
    if reader.is_alive():
        loop = QEventLoop()
        check = QTimer()
        check.setInterval(CHECK_MS)
        check.timeout.connect(lambda: None if reader.is_alive() else loop.quit())
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            check.start()
            loop.exec()
        finally:
            check.stop()
            QApplication.restoreOverrideCursor()
    if reader.is_alive():  # the application is quitting
        raise csv_io.CsvError(f"Reading {path.name} was interrupted.")
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error
    data = outcome["data"]
    assert isinstance(data, csv_io.CsvData)
    return data
