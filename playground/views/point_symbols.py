"""The class markers of playground.core.markers as pyqtgraph symbols (QPainterPaths)."""

from __future__ import annotations

from functools import cache

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF

from playground.core import markers


@cache
def symbol_path(name: str) -> QPainterPath:
    """Marker ``name`` in pyqtgraph's unit box (centred on 0, y downwards)."""
    path = QPainterPath()
    if name == markers.CIRCLE:
        path.addEllipse(QRectF(-0.5, -0.5, 1.0, 1.0))
    else:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in markers.polygon(name)]))
        path.closeSubpath()
    return path


def class_symbol(k: int) -> QPainterPath:
    return symbol_path(markers.class_marker(k))


def class_symbols(y: np.ndarray) -> list[QPainterPath]:
    """One symbol a point, by its class ``y``."""
    return [class_symbol(int(k)) for k in y]
