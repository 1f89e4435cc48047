"""Small pictures of data sets: their points as coloured dots, for the data panel's tiles."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QIconEngine, QPainter, QPixmap

from engine import datasets
from playground.core import colors

THUMBNAIL_SIZE = 52
THUMBNAIL_POINTS = 200

_thumbnails: dict[str, QPixmap] = {}


def dataset_thumbnail(name: str, size: int = THUMBNAIL_SIZE) -> QPixmap:
    """A small picture of dataset ``name``: its points as coloured dots on white (cached)."""
    key = f"{name}:{size}"
    if key in _thumbnails:
        return _thumbnails[key]
    info = datasets.DATASETS[name]
    X, y = datasets.generate(name, n_points=THUMBNAIL_POINTS, seed=0)
    pixmap = points_thumbnail(X, y, info.task, size)
    _thumbnails[key] = pixmap
    return pixmap


def dataset_icon(name: str, now: bool = True) -> QIcon:
    """The icon of dataset ``name``'s tile; unless ``now``, its picture is drawn when the
    tile first shows (the other problem's tiles, hidden at start: 3 ms of the start)."""
    if now:
        return QIcon(dataset_thumbnail(name))
    return QIcon(_DrawnWhenShown(name))


class _DrawnWhenShown(QIconEngine):
    """Draws the thumbnail at its first use, then is that picture's own QIcon in every mode
    and size (the same pixels as one made at once; a tile's size hint needs no picture)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name
        self._icon: QIcon | None = None

    def _drawn(self) -> QIcon:
        if self._icon is None:
            self._icon = QIcon(dataset_thumbnail(self._name))
        return self._icon

    def scaledPixmap(self, size, mode, state, scale) -> QPixmap:  # noqa: N802 (Qt's name)
        return self._drawn().pixmap(size, scale, mode, state)

    def pixmap(self, size, mode, state) -> QPixmap:
        return self._drawn().pixmap(size, mode, state)

    def paint(self, painter, rect, mode, state) -> None:
        self._drawn().paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def actualSize(self, size, mode, state):  # noqa: N802 (Qt's name)
        return self._drawn().actualSize(size, mode, state)

    def clone(self) -> QIconEngine:
        return _DrawnWhenShown(self._name)


def points_thumbnail(
    X: np.ndarray, y: np.ndarray, task: str, size: int = THUMBNAIL_SIZE, empty_text: str = ""
) -> QPixmap:
    """A small picture of points ``X`` with targets ``y`` as coloured dots on white."""
    if len(X) > THUMBNAIL_POINTS * 4:  # a thumbnail needs no more dots than it can show
        keep = np.linspace(0, len(X) - 1, THUMBNAIL_POINTS * 4).astype(int)
        X, y = X[keep], y[keep]
    # Each point's colour as an index into ``palette``; the brush changes only where the
    # colour does (a generated set comes class by class), and the positions are computed
    # at once: a third of the time of a call per point, the same pixels.
    if task == "regression" and len(y):
        lut = colors.diverging_lut()
        # Scaled to the set's own range: a thumbnail shows a shape, and faint dots hide it.
        top = float(np.max(np.abs(y))) or 1.0
        keys = np.clip((y / top + 1.0) / 2.0 * 255, 0, 255).astype(int).tolist()
        palette = {i: QColor(*map(int, lut[i])) for i in set(keys)}
    else:
        classes = [QColor(*c) for c in colors.CLASS_COLORS]
        keys = [int(k) % len(classes) for k in y]
        palette = dict(enumerate(classes))
    # Drawn at twice the size so the dots stay round on high-density screens.
    scale = 2
    pixmap = QPixmap(size * scale, size * scale)
    pixmap.fill(Qt.GlobalColor.white)
    lo, hi = datasets.VIEW_BOX
    span = hi - lo
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    radius = 1.7 * scale
    xs = ((X[:, 0] - lo) / span * size * scale).tolist() if len(X) else []
    ys = ((hi - X[:, 1]) / span * size * scale).tolist() if len(X) else []  # x2 grows upwards
    brush = None
    for px, py, key in zip(xs, ys, keys):
        if key != brush:
            painter.setBrush(palette[key])
            brush = key
        painter.drawEllipse(QPointF(px, py), radius, radius)
    if not len(X) and empty_text:
        painter.setPen(QColor(150, 150, 150))
        font = QFont()
        font.setPixelSize(int(size * scale * 0.42))
        painter.setFont(font)
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, empty_text)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QColor(200, 200, 200))
    painter.drawRect(0, 0, size * scale - 1, size * scale - 1)
    painter.end()
    pixmap.setDevicePixelRatio(scale)
    return pixmap
