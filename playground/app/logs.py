"""The app's log: errors and their tracebacks, in a file the user can find and send.

The Windows build has no console, so whatever the app printed to stderr was lost. Set up
once at start, records go to ``nn-playground.log`` in a ``logs`` folder inside the app's
data folder, kept small by rotation, and to stderr as before when there is one. Modules
log with ``logging.getLogger(__name__)``; before (or without) this set-up, Python's own
last-resort handler still prints their errors to stderr.
"""

from __future__ import annotations

import logging
import platform
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

LOG_NAME = "nn-playground.log"
MAX_BYTES = 1_000_000
BACKUPS = 2  # three files at most: the log and the two before it
# The handlers' names, by which a second set-up finds the first.
FILE_HANDLER, CONSOLE_HANDLER = "nn-playground-file", "nn-playground-console"
FILE_FORMAT = "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"
CONSOLE_FORMAT = "%(levelname)s %(name)s: %(message)s"

log = logging.getLogger(__name__)


def log_dir() -> Path:
    """The folder of the log files, inside the data folder where autosaves go."""
    from playground.projects.autosave import data_dir

    return data_dir() / "logs"


def file_handler(
    folder: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS
) -> RotatingFileHandler:
    """A handler writing ``folder/nn-playground.log``, which it rotates at ``max_bytes``."""
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        folder / LOG_NAME, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FILE_FORMAT))
    return handler


def setup() -> Path | None:
    """Send log records to the log folder's file and to stderr, once per process.

    Call it after the QApplication has its name (the data folder depends on it). Returns
    the log file, or None when it cannot be written (records then go to stderr only).
    """
    root = logging.getLogger()
    ours = {handler.get_name(): handler for handler in root.handlers}
    if FILE_HANDLER in ours:
        return Path(ours[FILE_HANDLER].baseFilename)
    root.setLevel(logging.INFO)
    if sys.stderr is not None and CONSOLE_HANDLER not in ours:  # None without a console
        console = logging.StreamHandler(sys.stderr)
        console.set_name(CONSOLE_HANDLER)
        console.setLevel(logging.WARNING)  # the console says no more than it used to
        console.setFormatter(logging.Formatter(CONSOLE_FORMAT))
        root.addHandler(console)
    try:
        handler = file_handler(log_dir())
    except OSError:
        log.warning("Cannot write the log file; errors go to stderr only", exc_info=True)
        return None
    handler.set_name(FILE_HANDLER)
    root.addHandler(handler)
    # An exception nobody caught (in a Qt slot, say) reaches the file too.
    sys.excepthook = log_uncaught
    log.info(
        "NN Playground started: Python %s, %s",
        platform.python_version(),
        platform.platform(),
    )
    return Path(handler.baseFilename)


def log_uncaught(kind: type[BaseException], value: BaseException, tb) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.critical("Uncaught exception", exc_info=(kind, value, tb))


def open_log_folder() -> None:
    """Help › Open log folder: show the folder in the file manager (made if missing)."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
