"""The links between two columns, drawn as one item.

|w| is bucketed into widths so that all links of one colour and width between two columns
are one path, rebuilt only when a link changes bucket, and each pair of columns is one
item that keeps a picture of its links (:class:`LinkLayer`). What a bucket means (a
weight, a gradient, a plain line) is the owner's business (playground.designer.link_refresh).
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from playground.core import colors
from playground.designer.scene_style import DISABLED_LINK, PLAIN_LINK, Z_LINKS

WIDTH_LEVELS = 10
FULL_WIDTH_WEIGHT = 3.0  # |w| from here on gets the widest line
MIN_LINK_WIDTH = 0.5
MAX_LINK_WIDTH = 6.0
DENSE_LINKS = 200  # above this many links in a layer, thin links fade to show structure
DENSE_NO_AA = 1024  # above this many, links are drawn without antialiasing, for speed
PLAIN_BUCKET = 1 + 2 * WIDTH_LEVELS


def link_buckets(weights: np.ndarray, masks: np.ndarray) -> np.ndarray:
    """Bucket of every link: 0 disabled, 1.. positive by width, then negative by width."""
    level = np.abs(weights) * (WIDTH_LEVELS / FULL_WIDTH_WEIGHT)
    np.minimum(level, WIDTH_LEVELS - 1, out=level)
    np.copyto(level, 0.0, where=np.isnan(level))
    buckets = level.astype(np.int16)
    buckets += 1
    buckets[weights < 0] += WIDTH_LEVELS
    buckets[~masks] = 0
    return buckets


class LinkLayer(QGraphicsItem):
    """All links between two columns, drawn as one path per (sign, width) bucket.

    The item keeps a device-resolution picture of itself (DeviceCoordinateCache), so a
    frame in which no link changed its bucket costs one blit instead of stroking every
    link; the paths are rebuilt, and the picture redrawn, when the owner applies new
    buckets (at most a few times a second, see link_refresh.NetworkLinks.refresh).
    """

    def __init__(self, x0: float, ys0: np.ndarray, x1: float, ys1: np.ndarray, scale: float):
        super().__init__()
        fan_in, fan_out = len(ys0), len(ys1)
        self.key = LinkLayer.key_of(x0, ys0, x1, ys1, scale)
        self.fan = (fan_in, fan_out)
        self.count = fan_in * fan_out
        self.x0, self.x1 = x0, x1
        self.y0 = np.repeat(ys0, fan_out)
        self.y1 = np.tile(ys1, fan_in)
        self.buckets = np.full(self.count, -1, dtype=np.int16)  # what is drawn
        self.checked_at = -np.inf  # time.monotonic() when last compared with the weights
        # Many overlapping links would merge into one solid mass; fading the thin ones
        # towards the white background keeps the strong connections readable. The fade
        # is mixed into an opaque colour because Qt's raster engine blends translucent
        # lines some twenty times slower, which matters with thousands of links.
        dense = self.count > DENSE_LINKS
        white = np.array(colors.WHITE, dtype=float)
        self.pens = [self._disabled_pen(scale)]
        for sign in (1.0, -1.0):
            ink = np.array(colors.weight_color(sign)[:3], dtype=float)
            for level in range(WIDTH_LEVELS):
                t = level / (WIDTH_LEVELS - 1)
                strength = 0.3 + 0.7 * t if dense else 1.0
                rgb = (white + (ink - white) * strength).round().astype(int)
                width = (MIN_LINK_WIDTH + (MAX_LINK_WIDTH - MIN_LINK_WIDTH) * t) * scale
                pen = QPen(QColor(*rgb), width)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                self.pens.append(pen)
        plain = QPen(PLAIN_LINK.lighter(125) if dense else PLAIN_LINK, max(1.0 * scale, 0.5))
        plain.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.pens.append(plain)  # PLAIN_BUCKET
        self.paths = [QPainterPath() for _ in self.pens]
        # Disabled links beneath all; then strong over weak, whatever their sign.
        self._order = [0, PLAIN_BUCKET] + [
            1 + level + side * WIDTH_LEVELS for level in range(WIDTH_LEVELS) for side in (0, 1)
        ]
        self._antialias = self.count <= DENSE_NO_AA
        # Seconds to stroke one link, measured on every redraw; the first guess is what
        # an antialiased wide link costs on a slow machine, a plain one a fifth of that.
        self.link_seconds = 5e-6 if self._antialias else 1e-6
        reach = MAX_LINK_WIDTH * scale
        top = float(min(self.y0.min(initial=0.0), self.y1.min(initial=0.0)))
        bottom = float(max(self.y0.max(initial=0.0), self.y1.max(initial=0.0)))
        self._rect = QRectF(x0, top - reach, x1 - x0, bottom - top + 2 * reach)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_LINKS)

    @staticmethod
    def key_of(x0: float, ys0: np.ndarray, x1: float, ys1: np.ndarray, scale: float) -> tuple:
        """Where the layer's links run: a layer with the same key looks the same."""
        return (x0, x1, scale, np.asarray(ys0, float).tobytes(), np.asarray(ys1, float).tobytes())

    @staticmethod
    def _disabled_pen(scale: float) -> QPen:
        pen = QPen(DISABLED_LINK, max(1.0 * scale, 0.4))
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([4.0, 3.0])
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        start = time.perf_counter()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self._antialias)
        for b in self._order:
            path = self.paths[b]
            if not path.isEmpty():
                painter.setPen(self.pens[b])
                painter.drawPath(path)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        seconds = (time.perf_counter() - start) / max(self.count, 1)
        self.link_seconds += 0.3 * (seconds - self.link_seconds)

    @property
    def cost(self) -> float:
        """Expected seconds to redraw this layer."""
        return self.count * self.link_seconds

    def set_buckets(self, buckets: np.ndarray) -> bool:
        """Draw ``buckets``, if they differ from what is drawn; True if they did.

        Only the paths of buckets that gained or lost links are rebuilt.
        """
        changed = buckets != self.buckets
        if not changed.any():
            return False
        # A set, not np.unique: its first call imports numpy.ma (30 ms of the first frame).
        touched = sorted(set(buckets[changed].tolist()) | set(self.buckets[changed].tolist()))
        self.buckets = buckets
        for b in touched:
            if b >= 0:
                self.paths[b] = self._path(np.flatnonzero(buckets == b))
        self.update()
        return True

    def _path(self, sel: np.ndarray) -> QPainterPath:
        if len(sel) <= 16:  # a few links: quicker one by one than through a byte stream
            path = QPainterPath()
            for a, b in zip(self.y0[sel].tolist(), self.y1[sel].tolist()):
                path.moveTo(self.x0, a)
                path.lineTo(self.x1, b)
            return path
        xs = np.empty(2 * len(sel))
        xs[0::2], xs[1::2] = self.x0, self.x1
        ys = np.empty(2 * len(sel))
        ys[0::2], ys[1::2] = self.y0[sel], self.y1[sel]
        return pg.arrayToQPath(xs, ys, connect="pairs", finiteCheck=False)

    def at(self, pos: QPointF) -> tuple[int, int, float] | None:
        """The link nearest ``pos`` as (i, j, distance), if ``pos`` lies between the columns."""
        if not (self.x0 <= pos.x() <= self.x1):
            return None
        dx = self.x1 - self.x0
        t = (pos.x() - self.x0) / dx
        # Distance to a straight segment, using the x-position on it as the foot point:
        # good enough for the shallow slopes links have, and one vectorised expression.
        dy = self.y1 - self.y0
        vertical = np.abs(self.y0 + t * dy - pos.y())
        distance = vertical * dx / np.hypot(dx, dy)
        k = int(np.argmin(distance))
        return k // self.fan[1], k % self.fan[1], float(distance[k])
