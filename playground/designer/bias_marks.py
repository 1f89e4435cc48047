"""TFP's bias marks: a small square off each neuron's bottom-left corner, coloured by its bias.

Columns whose neurons are too small for a mark show none.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from engine.i18n import translate
from playground.core.snapshot import Snapshot
from playground.designer.layout_geometry import Column
from playground.designer.scene_style import FRAME, Z_MARKS


class BiasMarks(QGraphicsItem):
    """TFP's bias marks of one column: small squares off the nodes' bottom-left corners.

    One item per column with a cached picture, redrawn only when a colour changes; as
    separate items, 64 marks cost more to visit every frame than to draw.
    """

    def __init__(self, rects: list[QRectF], brushes: list[QBrush]) -> None:
        super().__init__()
        self._rects = rects
        self._brushes = brushes
        self.levels = np.full(len(rects), len(brushes) // 2)
        self._pen = QPen(FRAME, 0.8)
        self._shape = QPainterPath()
        for rect in rects:
            self._shape.addRect(rect)
        self._bounds = self._shape.boundingRect().adjusted(-1, -1, 1, 1)
        self.setToolTip(
            translate("bias_marks", "Bias of this neuron (blue positive, orange negative)")
        )
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(Z_MARKS)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape  # tooltips over the marks only, not the nodes between them

    def set_levels(self, levels: np.ndarray) -> None:
        """Colour the marks with these rows of the lookup table."""
        if not np.array_equal(levels, self.levels):
            self.levels = levels
            self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(self._pen)
        for rect, level in zip(self._rects, self.levels.tolist()):
            painter.setBrush(self._brushes[level])
            painter.drawRect(rect)


class BiasColours:
    """The bias marks of the scene's columns, coloured from the newest biases."""

    def __init__(self, lut: np.ndarray) -> None:
        self._size = len(lut)
        self._brushes = [QBrush(QColor(*(int(c) for c in rgb))) for rgb in lut]
        self._marks: list[BiasMarks] = []  # per column whose nodes are big enough
        self._index: list[int] = []  # their neurons' places in the concatenated biases
        self._levels: np.ndarray | None = None  # their colours, as rows of the lut

    def clear(self) -> None:
        """Forget the marks of a scene being laid out again."""
        self._marks = []
        self._index = []
        self._levels = None

    def add_column(self, scene: QGraphicsScene, column: Column, first_bias: int) -> None:
        """Marks for ``column``, whose first neuron's bias is ``first_bias`` in the
        concatenated biases; none if its neurons are too small."""
        if not column.has_bias_marks():
            return
        marks = BiasMarks([column.bias_mark(float(y)) for y in column.ys], self._brushes)
        scene.addItem(marks)
        self._marks.append(marks)
        self._index.extend(range(first_bias, first_bias + len(column.ys)))

    def update(self, snap: Snapshot) -> None:
        """Colour the marks by ``snap``'s biases (those beyond ±1 as ±1)."""
        if not self._marks:
            return
        n = self._size
        b = np.clip(np.nan_to_num(np.concatenate(snap.biases)[self._index]), -1.0, 1.0)
        levels = np.minimum(((b + 1.0) * (n / 2)).astype(int), n - 1)
        if self._levels is not None and np.array_equal(levels, self._levels):
            return
        self._levels = levels
        start = 0
        for marks in self._marks:
            marks.set_levels(levels[start : start + len(marks.levels)])
            start += len(marks.levels)
