"""The backprop features live and die with their window: many windows opened and closed
in one process leave no gradient or walkthrough panels behind, nor the menus of their
plots, and a walkthrough left open lets go of the application's key events."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMenu

from playground.app.main_window import MainWindow
from playground.app.qt_app import make_app
from playground.backprop.gradient_panel import GradientPanel
from playground.backprop.gradient_slot import GradientSlot
from playground.backprop.walkthrough import Walkthrough
from playground.backprop.walkthrough_panel import WalkthroughPanel
from playground.core.session import Session

WINDOWS = 20
SETTLED = 4  # windows after which nothing may grow any more
TIMEOUT = 15_000
KINDS = (GradientPanel, WalkthroughPanel, GradientSlot, Walkthrough)


def live() -> dict[str, int]:
    """How many of the backprop objects (and menus) are alive now."""
    gc.collect()
    counts = {kind.__name__: 0 for kind in KINDS}
    for obj in gc.get_objects():
        for kind in KINDS:
            if isinstance(obj, kind):
                counts[kind.__name__] += 1
    counts["QMenu"] = sum(isinstance(w, QMenu) for w in QApplication.allWidgets())
    return counts


def open_and_close(qtbot, use_panels: bool) -> None:
    w = MainWindow(Session())
    try:
        w.show()
        qtbot.waitUntil(lambda: w.snapshot is not None, timeout=TIMEOUT)  # up and running
        if use_panels:  # both borrowed, the walkthrough still open when the window closes
            w.gradient_panel.set_visible(True)
            w.walkthrough.open()
            assert w.walkthrough.panel.isVisible()
    finally:
        w.close()
    # It closed with the window, and so stopped filtering the application's key events.
    assert not w.walkthrough.is_open and not w.walkthrough.action.isChecked()
    w.deleteLater()  # the Python wrapper goes when this function returns
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def test_closed_windows_leave_no_backprop_panels_or_menus_behind(qtbot):
    make_app()
    counts = []
    for i in range(WINDOWS):
        open_and_close(qtbot, use_panels=i % 2 == 1)
        counts.append(live())
    settled = counts[SETTLED - 1]
    for name in settled:
        grown = [c[name] for c in counts[SETTLED:] if c[name] > settled[name]]
        assert not grown, f"{name}: {[c[name] for c in counts]}"
    assert counts[-1]["GradientPanel"] <= 1 and counts[-1]["WalkthroughPanel"] <= 1
