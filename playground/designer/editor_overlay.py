"""What the designer draws over the network: the selected neuron, the link under the mouse,
the neuron being dragged off, where a palette part would drop, and the part that follows
the mouse while it is dragged.

The marks are painted by a transparent widget over the viewport, never by scene items:
the view rebuilds its scene whenever the topology changes, and the overlay costs nothing
per frame while it is hidden. It asks for the marks when it paints, so they follow the
scene when it is laid out again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsView, QLabel, QWidget

ACCENT = QColor(20, 20, 20)
ACCEPT = QColor(0, 140, 90)
REFUSE = QColor(200, 40, 30)


@dataclass
class Marks:
    """What the overlay draws, in scene coordinates."""

    link: tuple[QPointF, QPointF] | None = None  # the link under the mouse
    selected: QRectF | None = None  # the selected neuron's frame
    dragged: QRectF | None = None  # the frame of the neuron being dragged off
    drop_line: tuple[QPointF, QPointF] | None = None  # where a hidden layer would go in
    drop_rect: QRectF | None = None  # the hidden layer a neuron would join
    drop_ok: bool = True  # whether the drop would be taken


class Overlay(QWidget):
    """Paints ``marks()`` over ``view``'s viewport while shown."""

    def __init__(self, view: QGraphicsView, marks: Callable[[], Marks]) -> None:
        super().__init__(view.viewport())
        self._view = view
        self._marks = marks
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setGeometry(view.viewport().rect())
        self.hide()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        view = self._view
        marks = self._marks()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        def rect(scene: QRectF) -> QRectF:
            return QRectF(view.mapFromScene(scene).boundingRect())

        if marks.link is not None:
            a, b = marks.link
            painter.setPen(QPen(QColor(0, 0, 0, 110), 4.0))
            painter.drawLine(QPointF(view.mapFromScene(a)), QPointF(view.mapFromScene(b)))
        if marks.selected is not None:
            painter.setPen(QPen(ACCENT, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect(marks.selected).adjusted(-4, -4, 4, 4), 4, 4)
        if marks.dragged is not None:
            painter.setPen(QPen(REFUSE, 2.0, Qt.PenStyle.DashLine))
            painter.drawRect(rect(marks.dragged).adjusted(-3, -3, 3, 3))
        colour = ACCEPT if marks.drop_ok else REFUSE
        if marks.drop_line is not None:
            a, b = marks.drop_line
            painter.setPen(QPen(colour, 3.0, Qt.PenStyle.DashLine))
            painter.drawLine(view.mapFromScene(a), view.mapFromScene(b))
        if marks.drop_rect is not None:
            painter.setPen(QPen(colour, 2.5, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 28))
            painter.drawRoundedRect(rect(marks.drop_rect).adjusted(-6, -6, 6, 6), 6, 6)
        painter.end()


class Ghost(QLabel):
    """The part that follows the mouse while it is dragged, over ``window``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def show_at(self, global_pos: QPoint, text: str, refused: bool) -> None:
        colour = "#c8281e" if refused else "#0b4a75"
        self.setStyleSheet(
            f"QLabel {{ background: rgba(255, 255, 255, 230); color: {colour}; "
            f"border: 1.5px solid {colour}; border-radius: 5px; padding: 3px 7px; "
            "font-weight: 600; }"
        )
        if text != self.text():
            self.setText(text)
            self.adjustSize()
        self.move(self._window.mapFromGlobal(global_pos) + QPoint(14, 10))
        self.show()
        self.raise_()
