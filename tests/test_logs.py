"""The log file: errors with their tracebacks, rotation, and Help › Open log folder."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QDesktopServices

from playground.app import logs
from playground.app.main_window import MainWindow
from playground.app.qt_app import make_app
from playground.core.session import Session

TIMEOUT = 10_000


@pytest.fixture
def data_dir(monkeypatch, tmp_path) -> Path:
    """The app's data folder for this test; the logging set-up is undone afterwards."""
    folder = tmp_path / "data"
    monkeypatch.setenv("NN_PLAYGROUND_DATA_DIR", str(folder))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    level = root.level
    make_app()
    yield folder
    for handler in root.handlers[:]:
        if handler.get_name() in (logs.FILE_HANDLER, logs.CONSOLE_HANDLER):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def window(qtbot, data_dir):
    w = MainWindow(Session())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.snapshot is not None, timeout=TIMEOUT)
    yield w
    w.shutdown()


def test_the_log_folder_is_in_the_apps_data_folder(monkeypatch):
    make_app()
    monkeypatch.delenv("NN_PLAYGROUND_DATA_DIR", raising=False)
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert logs.log_dir() == Path(data) / "logs"
    assert "nn-playground-tests-" in data  # tests/conftest.py: never the user's own folder


def test_setup_writes_errors_with_their_traceback_to_the_file_and_stderr(data_dir, capsys):
    path = logs.setup()
    assert path == data_dir / "logs" / "nn-playground.log"
    assert logs.setup() == path  # once: a second call adds no second handler
    names = [h.get_name() for h in logging.getLogger().handlers]
    assert names.count(logs.FILE_HANDLER) == 1 and names.count(logs.CONSOLE_HANDLER) == 1
    try:
        {}["missing key"]
    except KeyError:
        logging.getLogger("playground.somewhere").exception("Something went wrong")
    text = path.read_text(encoding="utf-8")
    assert "NN Playground started" in text
    assert "ERROR [MainThread] playground.somewhere: Something went wrong" in text
    assert "Traceback (most recent call last)" in text and "KeyError: 'missing key'" in text
    err = capsys.readouterr().err
    assert "Something went wrong" in err and "KeyError: 'missing key'" in err
    assert "NN Playground started" not in err  # the console shows errors only, as before


def test_an_exception_nobody_caught_is_logged(data_dir):
    path = logs.setup()
    try:
        raise RuntimeError("raised in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    text = path.read_text(encoding="utf-8")
    assert "CRITICAL" in text and "Uncaught exception" in text
    assert "RuntimeError: raised in a slot" in text


def test_a_command_that_raises_in_the_worker_is_logged_with_its_traceback(window, qtbot):
    path = logs.setup()

    def broken_command(session) -> None:
        raise ZeroDivisionError("a bug in a command")

    window.worker.send("call", broken_command)
    qtbot.waitUntil(lambda: "a bug in a command" in path.read_text("utf-8"), timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: "Internal error" in window.statusBar().currentMessage(), timeout=TIMEOUT
    )
    text = path.read_text(encoding="utf-8")
    assert "Internal error in the training thread" in text
    assert "Traceback (most recent call last)" in text and "in broken_command" in text
    assert "ZeroDivisionError: a bug in a command" in text


def test_the_log_rotates_and_keeps_three_files(tmp_path):
    handler = logs.file_handler(tmp_path / "logs", max_bytes=500, backups=2)
    logger = logging.getLogger("test_logs.rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for i in range(60):
            logger.warning("line %03d of a log that outgrows its file", i)
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert files == ["nn-playground.log", "nn-playground.log.1", "nn-playground.log.2"]
    for name in files:
        assert (tmp_path / "logs" / name).stat().st_size <= 500
    assert "line 059" in (tmp_path / "logs" / "nn-playground.log").read_text()
    assert "line 000" not in "".join((tmp_path / "logs" / n).read_text() for n in files)


def test_help_open_log_folder_opens_it(window, monkeypatch, data_dir):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"
    )
    action = next(a for a in help_menu.actions() if a.text().replace("&", "") == "Open log folder")
    assert not (data_dir / "logs").exists()
    action.trigger()
    assert len(opened) == 1 and opened[0].isLocalFile()
    assert Path(opened[0].toLocalFile()) == data_dir / "logs"
    assert (data_dir / "logs").is_dir()  # made, so that there is something to open
