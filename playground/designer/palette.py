"""The designer's palette above the network: parts to drag onto it, and what links show.

A tile is dragged by hand (press, move, release) rather than with QDrag: the drop lands
on the network view of the same window, and playground.designer.drag_drop follows the
drag to show where the part would go. The palette only reports the drag;
it knows nothing of networks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)

from engine.i18n import QT_TRANSLATE_NOOP, translate
from playground.core import colors
from playground.designer.scene_style import insert_note

LAYER, NEURON = "layer", "neuron"
# Shown through title(); marked here, translated once the language is chosen.
TITLES = {
    LAYER: QT_TRANSLATE_NOOP("palette", "Hidden layer"),
    NEURON: QT_TRANSLATE_NOOP("palette", "Neuron"),
}
LINK_MODE_CHOICES = (
    (
        QT_TRANSLATE_NOOP("palette", "Links: weights"),
        "weights",
        QT_TRANSLATE_NOOP(
            "palette",
            "Links show their weights: blue positive, orange negative, wider for larger values.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("palette", "Links: gradients"),
        "gradients",
        QT_TRANSLATE_NOOP(
            "palette",
            "Links show the last gradient ∂L/∂w: wider where learning "
            "happens; blue where the step makes the weight larger, orange smaller.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("palette", "Links: plain"),
        "plain",
        QT_TRANSLATE_NOOP("palette", "Links are drawn plain, to see the network's structure."),
    ),
)
INK = QColor(60, 60, 60)
FRAME = QColor(120, 120, 120)


def title(kind: str) -> str:
    """A part's name as the user reads it: "Hidden layer" or "Neuron"."""
    return translate("palette", TITLES[kind])


def tip(kind: str) -> str:
    """What dragging a part does."""
    if kind == LAYER:
        return (
            translate(
                "palette",
                "Drag onto the network, between two layers, to insert a hidden layer there.",
            )
            + " "
            + insert_note()
            + " "
            + translate("palette", "Ctrl+Z undoes it.")
        )
    return translate(
        "palette",
        "Drag onto a hidden layer to add a neuron to it. Nothing learned is lost: the new "
        "neuron starts with random incoming and zero outgoing weights. Ctrl+Z undoes it.",
    )


def part_icon(kind: str, size: int = 22) -> QPixmap:
    """A small picture of a part: one neuron, or a column of them."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(FRAME, 1.2))
    painter.setBrush(QColor(*colors.BLUE).lighter(160))
    if kind == NEURON:
        painter.drawRoundedRect(QRectF(4, 4, size - 8, size - 8), 2, 2)
    else:
        box = (size - 4) / 3 - 1
        for k in range(3):
            painter.drawRoundedRect(QRectF(size / 2 - box / 2, 2 + k * (box + 1.5), box, box), 1, 1)
    painter.end()
    return pixmap


class PaletteTile(QFrame):
    """One part to drag. Reports the drag through its palette's signals."""

    def __init__(self, kind: str, palette: Palette) -> None:
        super().__init__()
        self.kind = kind
        self._palette = palette
        self._pressed: QPointF | None = None
        self.dragging = False
        self.setObjectName("paletteTile")
        self.setToolTip(tip(kind))
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setStyleSheet(
            "QFrame#paletteTile { background: #f3f6f9; border: 1px solid #b9c3cc; "
            "border-radius: 5px; } QFrame#paletteTile:hover { background: #e4edf5; }"
        )
        icon = QLabel()
        icon.setPixmap(part_icon(kind))
        text = QLabel(title(kind))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 8, 2)
        layout.setSpacing(4)
        layout.addWidget(icon)
        layout.addWidget(text)
        for child in (icon, text):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = event.position()
            event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._pressed is None:
            return
        moved = (event.position() - self._pressed).manhattanLength()
        if not self.dragging and moved >= QApplication.startDragDistance():
            self.dragging = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self.setFocus(Qt.FocusReason.MouseFocusReason)  # Esc cancels
            self._palette.drag_started.emit(self.kind)
        if self.dragging:
            self._palette.drag_moved.emit(self.kind, event.globalPosition().toPoint())

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._pressed is None:
            return
        self._pressed = None
        if self.dragging:
            self._end()
            self._palette.drag_dropped.emit(self.kind, event.globalPosition().toPoint())
        else:
            self._palette.clicked.emit(self.kind)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.dragging and event.key() == Qt.Key.Key_Escape:
            self._pressed = None
            self._end()
            self._palette.drag_cancelled.emit(self.kind)
        else:
            super().keyPressEvent(event)

    def _end(self) -> None:
        self.dragging = False
        self.setCursor(Qt.CursorShape.OpenHandCursor)


class RoundLabel(QLabel):
    """A label in a circle (its style sheet's border radius) as big as its text needs."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        natural = super().sizeHint()
        side = max(22, natural.width(), natural.height())
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint()


class Palette(QWidget):
    """The strip above the network: "Hidden layer" and "Neuron" tiles, the link mode."""

    drag_started = Signal(str)  # kind
    drag_moved = Signal(str, QPoint)  # kind, global position
    drag_dropped = Signal(str, QPoint)
    drag_cancelled = Signal(str)
    clicked = Signal(str)  # a tile clicked without dragging
    link_mode_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("designerPalette")
        self.tiles = {kind: PaletteTile(kind, self) for kind in (LAYER, NEURON)}
        self.link_mode = QComboBox()
        for name, mode, mode_tip in LINK_MODE_CHOICES:
            self.link_mode.addItem(translate("palette", name), mode)
            self.link_mode.setItemData(
                self.link_mode.count() - 1,
                translate("palette", mode_tip),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.link_mode.setToolTip(
            translate(
                "palette",
                "What the links show: weights (colour by sign, width by size), the last "
                "gradients (where learning happens), or plain lines.",
            )
        )
        self.link_mode.currentIndexChanged.connect(
            lambda i: self.link_mode_changed.emit(self.link_mode.itemData(i))
        )
        self.hint = RoundLabel("?")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.hint.setStyleSheet(
            "QLabel { color: #0b4a75; font-weight: 700; border: 1px solid #9fb6c9; "
            "border-radius: 11px; background: #f3f6f9; }"
        )
        self.hint.setToolTip(
            translate(
                "palette",
                "Drag a part from here onto the network · click an input to switch it · click "
                "a link to disable or enable it · click a neuron, then Delete, or drag it off "
                "the network, to remove it · right-click a layer for its activation · hover a "
                "neuron to see its map and formula · double-click a link or a bias to type a "
                "number · Ctrl+Z undoes",
            )
        )
        # The link mode goes under the tiles when the strip is narrow: the network view,
        # and so the window, need not be as wide as the strip's one row.
        self._grid = grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 2)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        for column, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, 0, column)  # a fixed size: its title whole
        grid.addWidget(self.hint, 0, 2)
        grid.setColumnStretch(3, 1)
        self._wrapped: bool | None = None
        self._arrange(wrapped=False)

    def _arrange(self, wrapped: bool) -> None:
        if wrapped == self._wrapped:
            return
        self._wrapped = wrapped
        self._grid.removeWidget(self.link_mode)
        if wrapped:
            self._grid.addWidget(self.link_mode, 1, 0, 1, 5, Qt.AlignmentFlag.AlignRight)
        else:
            self._grid.addWidget(self.link_mode, 0, 4)

    # Measured when asked: projector mode's larger type widens the tiles and the combo.
    def _row_width(self) -> int:
        return sum(w.sizeHint().width() for w in (*self.tiles.values(), self.hint))

    def _one_row_width(self) -> int:
        return self._row_width() + self.link_mode.sizeHint().width() + 4 * 6 + 12

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._arrange(wrapped=self.width() < self._one_row_width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._refit)  # once the tiles have their new type too

    def _refit(self) -> None:
        self._arrange(wrapped=self.width() < self._one_row_width())
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(400, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # The margins and a spacing for each of the four columns the grid has (the link
        # mode, wrapped, spans them).
        return QSize(self._row_width() + 4 * 6 + 12, super().minimumSizeHint().height())
