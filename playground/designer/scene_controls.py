"""What the network scene draws besides neurons and links: "+"/"−" buttons and captions.

Both are scene items, so they scale with the network.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from playground.designer.scene_style import (
    BUTTON_FILL,
    BUTTON_HOVER,
    FRAME,
    INK,
    MUTED,
    Z_CONTROLS,
    font,
)


class Button(QGraphicsObject):
    """A flat "+" or "−" button drawn in the scene, so it scales with the network."""

    clicked = Signal()

    def __init__(self, glyph: str, size: float, tip: str) -> None:
        super().__init__()
        self._glyph = glyph
        self._rect = QRectF(0, 0, size, size)
        self._bounds = self._rect.adjusted(-1, -1, 1, 1)
        self._hover = False
        self._font = font(13, bold=True)
        self.setToolTip(tip)
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(Z_CONTROLS)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        enabled = self.isEnabled()
        painter.setPen(QPen(FRAME if enabled else MUTED.lighter(130), 1.0))
        painter.setBrush(BUTTON_HOVER if self._hover and enabled else BUTTON_FILL)
        painter.drawRoundedRect(self._rect, 5, 5)
        painter.setPen(INK if enabled else MUTED.lighter(130))
        painter.setFont(self._font)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self._glyph)

    def hoverEnterEvent(self, event) -> None:
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self._hover = False
        self.update()

    def mousePressEvent(self, event) -> None:
        event.accept()  # claim the press so the release comes here

    def mouseReleaseEvent(self, event) -> None:
        if self._rect.contains(event.pos()):
            self.clicked.emit()


def caption(
    scene: QGraphicsScene,
    text: str,
    text_font: QFont,
    x: float,
    y: float,
    align: str = "centre",
    color: QColor = INK,
    max_width: float | None = None,
) -> QGraphicsSimpleTextItem:
    """A caption added to ``scene``, anchored at (x, y): its top centre, or its right
    middle for "right"; returns its (first) line.

    Too wide for ``max_width``, it breaks at its first space, else is elided.
    """
    metrics = QFontMetricsF(text_font)
    lines = [text]
    if max_width is not None and metrics.horizontalAdvance(text) > max_width:
        lines = text.split(" ", 1)
        if max(metrics.horizontalAdvance(line) for line in lines) > max_width:
            lines = [metrics.elidedText(text, Qt.TextElideMode.ElideRight, max_width)]
    items = []
    for line in lines:
        item = QGraphicsSimpleTextItem(line)
        item.setFont(text_font)
        item.setBrush(color)
        item.setZValue(Z_CONTROLS)
        item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if lines != [text]:
            item.setToolTip(text)
        box = item.boundingRect()
        if align == "right":
            item.setPos(x - box.width(), y - box.height() / 2)
        else:
            item.setPos(x - box.width() / 2, y)
        y += metrics.lineSpacing()
        scene.addItem(item)
        items.append(item)
    return items[0]


def add_button(
    scene: QGraphicsScene,
    glyph: str,
    x: float,
    y: float,
    size: float,
    tip: str,
    enabled: bool,
    slot: Callable[[], None],
) -> Button:
    """A :class:`Button` at (x, y) in ``scene`` that calls ``slot`` when clicked."""
    button = Button(glyph, size, tip)
    button.setPos(x, y)
    button.setEnabled(enabled)
    button.clicked.connect(slot)
    scene.addItem(button)
    return button
