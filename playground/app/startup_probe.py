"""The startup probe that ``benchmarks/startup.py`` uses: with
``NN_PLAYGROUND_STARTUP_PROBE=1`` in the environment the app prints when its window was
first painted and first drew a frame of the network, and closes.

A module of its own, small: what it imports is on the path it measures.
"""

from __future__ import annotations

import time

STARTUP_PROBE = "NN_PLAYGROUND_STARTUP_PROBE"
PROBE_PREFIX = "nn-playground-startup"


def install_startup_probe(window, started: float) -> None:
    """Print when ``window`` is first painted and first draws a frame, then close it.

    Each event is one line on stdout: ``nn-playground-startup EVENT SECONDS``, counted
    from ``started`` (a ``time.perf_counter()`` taken as the app's code began to run).
    ``benchmarks/startup.py`` times the lines' arrival from outside, which also counts the
    interpreter's (or the frozen app's loader's) own start.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    seen: set[str] = set()
    painting: list[bool] = []

    def report(event: str) -> None:
        if event in seen:
            return
        seen.add(event)
        print(f"{PROBE_PREFIX} {event} {time.perf_counter() - started:.4f}", flush=True)
        if {"first-paint", "first-frame"} <= seen:
            app.removeEventFilter(watch)
            frame_timer.stop()
            QTimer.singleShot(0, window.close)

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if (
                not painting
                and event.type() == QEvent.Type.Paint
                and obj.isWidgetType()
                and obj.window() is window
            ):
                # Reported once the whole first paint pass is done, not at its first widget.
                painting.append(True)
                QTimer.singleShot(0, lambda: report("first-paint"))
            return False

    def check_frame() -> None:
        if window.frames_drawn:
            report("first-frame")

    watch = PaintWatch(window)
    app.installEventFilter(watch)
    frame_timer = QTimer(window)
    frame_timer.setInterval(1)
    frame_timer.timeout.connect(check_frame)
    frame_timer.start()
