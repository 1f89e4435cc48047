"""Reading a CSV file of points while the window stays live.

Parsing 100,000 lines takes the better part of a second (more on a busy machine); on the
GUI thread that would be as long without a frame. The file is read in a thread of its own
while the event loop runs, the cursor busy once it takes longer than a moment.
"""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from engine.i18n import translate
from playground.core import csv_io

BUSY_AFTER_S = 0.05  # small files are read before the cursor shows it
CHECK_MS = 5
SWITCH_S = 0.0005  # the interpreter's switch interval while the file is read


def read_csv_live(path: Path) -> csv_io.CsvData:
    """``csv_io.read_csv(path)`` in a thread of its own, the window live meanwhile.
    Raises csv_io.CsvError as read_csv does."""
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def read() -> None:
        try:
            outcome["data"] = csv_io.read_csv(path)
        except Exception as exc:  # noqa: BLE001 (handed back to the GUI thread below)
            outcome["error"] = exc

    reader = threading.Thread(target=read, name="read CSV", daemon=True)
    check = QTimer()
    check.setInterval(CHECK_MS)
    check.timeout.connect(lambda: None if reader.is_alive() else loop.quit())
    busy = QTimer()
    busy.setSingleShot(True)
    busy.setInterval(round(BUSY_AFTER_S * 1000))
    busy.timeout.connect(lambda: QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor))
    # The parser is Python: it and the GUI thread take turns at the interpreter, by
    # default every 5 ms, which a frame's many calls into Python each wait for. Shorter
    # turns while it reads keep the frames coming.
    interval = sys.getswitchinterval()
    sys.setswitchinterval(SWITCH_S)
    # The parser makes a few hundred thousand small objects: the cyclic collector's full
    # passes over them (10-20 ms each, the interpreter held) would stall frames. None of
    # them form cycles; they are freed as the parse ends.
    collecting = gc.isenabled()
    gc.disable()
    try:
        reader.start()
        check.start()
        busy.start()
        loop.exec()
    finally:
        if collecting:
            gc.enable()
        sys.setswitchinterval(interval)
        check.stop()
        if not busy.isActive():
            QApplication.restoreOverrideCursor()
        busy.stop()
    if reader.is_alive():  # the application is quitting
        raise csv_io.CsvError(
            translate("csv_reading", "Reading {file} was interrupted.").format(file=path.name)
        )
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error
    data = outcome["data"]
    assert isinstance(data, csv_io.CsvData)
    return data
