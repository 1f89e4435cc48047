"""What the tests share: a throwaway home for settings, and the live window with its helpers."""

from __future__ import annotations

import os
import tempfile

# Settings, recent files and autosaves of a test run go to a throwaway folder, never to
# the user's own (QStandardPaths and QSettings both follow XDG_* on Linux).
_home = tempfile.mkdtemp(prefix="nn-playground-tests-")
# Qt tests need no screen: this must be set before any Qt module loads. The offscreen
# screen is a desktop's 1920x1080 (Qt's own is 800x800, where the window would open
# maximized); tests/test_screens.py tries the classroom sizes.
SCREEN_CONFIG = os.path.join(_home, "screen.json")
with open(SCREEN_CONFIG, "w") as _file:
    _file.write(
        '{"synchronousWindowSystemEvents": false, "windowFrameMargins": true, "screens": '
        '[{"name": "Desktop", "x": 0, "y": 0, "width": 1920, "height": 1080, '
        '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
    )
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN_CONFIG}"
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = os.path.join(_home, _var.lower())

# The environment above is in place before Qt is imported.
from collections.abc import Callable  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

if TYPE_CHECKING:  # the app is imported by the tests that open it, not by every test
    import numpy as np

    from playground.app.main_window import MainWindow
    from playground.core.settings import TrainingSettings

# The longest a test waits for the app (ms). Every wait ends as soon as its condition
# holds, so a generous bound costs nothing on a quiet machine and saves a busy one.
TIMEOUT = 30_000


# ------------------------------------------------------------------ the live window
@pytest.fixture
def window(qtbot) -> Callable[..., MainWindow]:
    """Opens live windows, each with its own worker thread; all are closed after the test.

    ``window(settings=None, size=(1400, 860), settle_layout=False)`` returns a shown window
    that has drawn its first snapshot. ``settings`` start its Session (None: the defaults);
    ``settle_layout`` also waits until the network view has laid itself out for the
    window's size (tests that click at places in the diagram need that).
    """
    from playground.app.main_window import MainWindow
    from playground.app.qt_app import make_app
    from playground.core.session import Session

    make_app()
    windows: list[MainWindow] = []

    def open_window(
        settings: TrainingSettings | None = None,
        size: tuple[int, int] = (1400, 860),
        settle_layout: bool = False,
    ) -> MainWindow:
        # A closed window saves its size and splitters; every test's window opens as on a
        # first start instead, whatever the test before left behind.
        QSettings().remove("window")
        w = MainWindow(Session(settings))
        qtbot.addWidget(w)
        windows.append(w)
        w.resize(*size)
        w.show()
        qtbot.waitUntil(lambda: w.snapshot is not None, timeout=TIMEOUT)
        if settle_layout:
            qtbot.waitUntil(lambda: view_settled(w), timeout=TIMEOUT)
        return w

    yield open_window
    for w in windows:
        w.file_actions.cleanup()  # no question when qtbot closes the window
        w.shutdown()


def view_settled(w: MainWindow) -> bool:
    """The network view has no relayout (after a resize) or redraw (after the last
    snapshot) pending: its scene stays as it is until the next snapshot or resize."""
    QApplication.sendPostedEvents()  # layout requests: they resize, which restarts a timer
    return not any(timer.isActive() for timer in w.network_view.findChildren(QTimer))


def settle(qtbot, w: MainWindow) -> None:
    """Wait until the worker has applied everything sent so far and a frame shows it."""
    _, serial = w.client.call_with_serial(lambda s: None)  # the last snapshot before it
    qtbot.waitUntil(lambda: w.snapshot.serial > serial, timeout=TIMEOUT)


def params(w: MainWindow) -> list[np.ndarray]:
    """The trainer's weights and biases, in order, copied in the worker thread."""
    return w.client.call(lambda s: [a.copy() for W, b in s.trainer.network.params for a in (W, b)])


def undo_text(w: MainWindow) -> str:
    return w.undo_action.text().replace("&", "")


def click(qtbot, widget: QWidget) -> None:
    """A left click in the middle of ``widget``."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
