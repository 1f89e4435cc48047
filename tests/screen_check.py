"""Measuring the window on a classroom screen: each panel opened in turn, and what it takes.

Used by tests/test_screens.py in the test process (the screen's available geometry given
by a replaced ``screen_fit.available_geometry``) and, run as a script, in a process of its
own on a real offscreen screen at device-pixel ratio 2.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections.abc import Callable, Collection, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QToolButton, QWidget

ROOT = Path(__file__).resolve().parent.parent
LESSON = ROOT / "resources" / "lessons" / "06-vanishing-gradients.nnplay"
MIN_PLOT = 300  # px: the boundary plot at 1366x768 and larger
MIN_CHART = 120  # px: the loss chart's plot at 1366x768 and larger
BUTTON_PADDING = 8  # px a button's frame needs besides its text and icon
CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]")


def wait_until(condition: Callable[[], bool], seconds: float = 30.0) -> None:
    from PySide6.QtTest import QTest

    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window never got there")
        QTest.qWait(10)


def settle(w) -> None:
    """Everything sent so far applied and drawn, every layout request done, and the
    network view laid out again for its new shape."""
    _, serial = w.client.call_with_serial(lambda s: None)
    wait_until(lambda: w.snapshot.serial > serial)
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents()
    wait_until(lambda: not any(t.isActive() for t in w.network_view.findChildren(QTimer)))


def _text_width(widget: QWidget, text: str) -> int:
    return widget.fontMetrics().horizontalAdvance(text.replace("&&", "&"))


def clipped(widget: QWidget) -> str | None:
    """What of ``widget``'s text does not fit it (None: all of it shows)."""
    if isinstance(widget, QLabel):
        if not widget.text() or widget.textFormat() == 1 and "<" in widget.text():
            need = widget.sizeHint()
        else:
            need = widget.minimumSizeHint()
        if widget.wordWrap():
            plain = widget.text() if "<" not in widget.text() else ""
            # Chinese wraps between any two characters: only runs of other letters are words.
            plain = CJK.sub(" ", plain)
            words = plain.upper().split() if widget.objectName() == "caption" else plain.split()
            longest = max((_text_width(widget, word) for word in words), default=0)
            if longest > widget.contentsRect().width() + 1:
                return f"a word needs {longest} px, has {widget.contentsRect().width()}"
            if widget.heightForWidth(widget.width()) > widget.height() + 1:
                return f"wraps to {widget.heightForWidth(widget.width())} px in {widget.height()}"
            return None
        if need.width() > widget.width() + 1 or need.height() > widget.height() + 1:
            return f"needs {need.width()}x{need.height()}, has {widget.width()}x{widget.height()}"
        return None
    if isinstance(widget, QAbstractButton) and widget.text():
        text = widget.text().replace("&", "") if "&&" not in widget.text() else widget.text()
        # a button's text may have lines of its own ("Step by\nstep")
        need = max(_text_width(widget, line) for line in text.split("\n")) + BUTTON_PADDING
        style = widget.toolButtonStyle() if isinstance(widget, QToolButton) else None
        beside = style not in (
            Qt.ToolButtonStyle.ToolButtonTextUnderIcon,
            Qt.ToolButtonStyle.ToolButtonTextOnly,  # its icon is not drawn
        )
        if not widget.icon().isNull() and beside:
            need += widget.iconSize().width()
        if need > widget.width() + 1:
            return f"text needs {need} px, has {widget.width()}"
        return None
    if isinstance(widget, QComboBox):
        need = _text_width(widget, widget.currentText()) + 20  # + the arrow
        if need > widget.width() + 1:
            return f"'{widget.currentText()}' needs {need} px, has {widget.width()}"
    return None


def clipped_texts(window: QWidget) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        problem = clipped(widget)
        if problem is not None:
            text = widget.text() if hasattr(widget, "text") else widget.currentText()
            found.append(f"{type(widget).__name__} {text[:40]!r}: {problem}")
    return found


def panels(w, skip: Collection[str] = ()) -> Iterator[str]:
    """Opens each panel in turn (but those named in ``skip``), yielding its name while it is
    open; closes it after."""
    yield "resting"
    if "walkthrough" not in skip:
        w.walkthrough.open()
        settle(w)
        yield "walkthrough"
        w.walkthrough.close()
    if "gradients" not in skip:
        w.gradient_panel.set_visible(True)
        settle(w)
        yield "gradients"
        w.gradient_panel.set_visible(False)
    if "metrics" not in skip:
        w.metrics.set_visible(True)
        wait_until(lambda: w.metrics.panel.metrics is not None)
        settle(w)
        yield "metrics"
        w.metrics.set_visible(False)
    if "compare" not in skip:
        w.compare.set_comparing(True)
        wait_until(lambda: w.snapshot.comparison is not None)
        settle(w)
        yield "compare"
        w.compare.set_comparing(False)
        wait_until(lambda: w.snapshot.comparison is None)
    w.paint_tool.set_painting(True)
    settle(w)
    yield "painting"
    w.paint_tool.set_painting(False)
    w.client.change({"hidden": (8, 8, 8, 8, 8, 8)})
    settle(w)
    yield "six hidden layers"
    if "lesson" in skip:
        return
    w.lesson_panel.open_lesson(LESSON)
    settle(w)
    yield "lesson"
    w.client.change({"stop_at_epoch": 3})
    w.client.play()
    wait_until(lambda: w.banner.isVisible())
    settle(w)
    yield "lesson with its banner"


def measure(w) -> dict:
    output = w.output_view.plot_widget
    chart = w.loss_chart.plot_widget
    return {
        "window": [w.width(), w.height()],
        "least": [w.minimumSizeHint().width(), w.minimumSizeHint().height()],
        "plot": min(output.width(), output.height()) if output.isVisible() else None,
        "chart": chart.height() if chart.isVisible() else None,
        "clipped": clipped_texts(w),
    }


def check(
    w,
    size: QSize,
    sizes_matter: bool,
    least: tuple[int, int] = (MIN_PLOT, MIN_CHART),
    skip: Collection[str] = (),
    least_beside: int | None = None,
) -> dict[str, dict]:
    """Each panel's measures, and what is wrong with them (``problems``, empty if none);
    ``least``: the boundary plot's and the loss chart's least heights, where sizes matter
    (the plot's ``least_beside`` while a panel holds the chart's place or a lesson's column
    is open, if given); the panels named in ``skip`` are not opened."""
    report = {}
    shots = os.environ.get("NN_SCREEN_SHOTS")  # a folder: each panel's picture goes there
    for name in panels(w, skip):
        m = measure(w)
        if shots:
            w.grab().save(os.path.join(shots, f"{size.width()}x{size.height()} {name}.png"))
        problems = list(m["clipped"])
        if [w.width(), w.height()] != [size.width(), size.height()]:
            problems.append(f"the window is {m['window']}, not {size.width()}x{size.height()}")
        if m["least"][0] > size.width() or m["least"][1] > size.height():
            problems.append(f"the window needs at least {m['least']}")
        # A notice across the window (the lesson's "Paused at epoch 3") takes its height
        # from the columns for as long as it shows: sizes are checked without one.
        sizes = sizes_matter and not w.banner.isVisible()
        plot_least = least[0]
        if least_beside is not None and name in ("walkthrough", "gradients", "metrics", "lesson"):
            plot_least = least_beside
        if sizes and m["plot"] is not None and m["plot"] < plot_least:
            problems.append(f"the boundary plot is {m['plot']} px")
        if sizes and m["chart"] is not None and m["chart"] < least[1]:
            problems.append(f"the loss chart is {m['chart']} px")
        m["problems"] = problems
        report[name] = m
    return report


def main() -> None:
    """In a process of its own: a fresh start on the real screen, each panel opened."""
    from playground.app.main_window import MainWindow
    from playground.app.qt_app import make_app
    from playground.core.session import Session
    from playground.views import desktop, screen_fit

    make_app()
    desktop.INTERACTIVE = False
    w = MainWindow(Session())
    room = screen_fit.available_geometry(w)
    w.show()
    wait_until(lambda: w.snapshot is not None)
    settle(w)
    frame = w.frameGeometry()
    size = w.size()
    report = check(w, size, sizes_matter=False)
    report["screen"] = {
        "available": [room.x(), room.y(), room.width(), room.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "dpr": w.devicePixelRatioF(),
    }
    w.file_actions.cleanup()
    w.shutdown()
    print(json.dumps(report), flush=True)
    os._exit(0)  # PySide's teardown of a live window at exit can crash: nothing left to do


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
