"""The centre panel: the network drawn as TensorFlow Playground draws it.

Features on the left, hidden layers as columns of neurons with live heatmaps, the
output on the right, and weighted links in between. The scene is laid out once per
topology (and again when the widget changes shape) in design units of about one pixel,
and the view scales it to fit; per frame only images, link paths and bias colours change.

Every millisecond a frame costs the GUI thread is one the training thread waits. Most of
a frame goes to the heatmaps, which change every time (Heatmap); everything else keeps a
picture of itself and redraws it only when it changes: links and bias marks at most every
LINK_REFRESH_S and within a stroking budget per frame (NetworkView._refresh_links),
captions, buttons and features when the layout or their state changes.

Indices follow the engine: a neuron is ``(layer, unit)`` with layer 0 the enabled input
features (in ``snapshot.features`` order), 1..n the hidden layers and n + 1 the output;
a link is ``(layer, i, j)``, the entry ``weights[layer][i, j]``. Signals that name a
hidden layer use the engine's 0-based hidden-layer index (``edits.add_neuron``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import partial

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QVBoxLayout,
    QWidget,
)

from engine import ACTIVATIONS, FEATURES, MAX_HIDDEN_LAYERS, MAX_UNITS
from playground.core import colors
from playground.core.settings import SETTINGS_INFO
from playground.core.snapshot import Snapshot
from playground.views.heatmap_item import Heatmap

# Neutral chrome; the meaningful colours all come from playground.core.colors.
INK = QColor(40, 40, 40)
MUTED = QColor(130, 130, 130)
FRAME = QColor(120, 120, 120)
BUTTON_FILL = QColor(236, 238, 240)
BUTTON_HOVER = QColor(214, 220, 228)
DISABLED_LINK = QColor(165, 165, 165)
PLAIN_LINK = QColor(150, 150, 150)

# Design units; the view scales the whole scene to fit its widget. The height is fixed
# and the width follows the widget's shape (within what the columns need), so the scale,
# and with it the size of every caption, stays near 1 in the usual panel sizes.
SCENE_H = 600.0
MIN_COLUMN_STEP = 80.0  # narrower, and "+ −" and "64 neurons" of neighbours would touch
MAX_COLUMN_STEP = 280.0  # wider, and a small network looks lost in long links
DEFAULT_ASPECT = 1.5  # before the widget has a size
RELAYOUT_MS = 120  # after the last resize, lay out again for the new shape
LAYER_BUTTONS_Y = 8.0
COLUMN_BUTTONS_Y = 52.0
COLUMN_CAPTION_Y = 82.0
NODES_TOP = 124.0
NODES_BOTTOM = SCENE_H - 34.0
FEATURE_X = 96.0  # left edge of the feature nodes; their labels sit left of it
OUTPUT_MARGIN = 56.0  # from the output column's centre to the scene's right edge
MAX_PITCH = 54.0
NODE_FILL = 0.75  # node size / pitch while nodes are big enough to need air between them
BIAS_MIN_NODE = 16.0  # below this a bias mark would be a speck

# Links: |w| is bucketed into widths so that all links of one colour and width between
# two columns are one path, rebuilt only when a link changes bucket, and each pair of
# columns is one item that keeps a picture of its links (_LinkLayer).
WIDTH_LEVELS = 10
FULL_WIDTH_WEIGHT = 3.0  # |w| from here on gets the widest line
MIN_LINK_WIDTH = 0.5
MAX_LINK_WIDTH = 6.0
DENSE_LINKS = 200  # above this many links in a layer, thin links fade to show structure
DENSE_NO_AA = 1024  # above this many, links are drawn without antialiasing, for speed
LINK_REFRESH_S = 0.05  # links and bias marks follow the weights at most this often
LINK_FRAME_S = 0.0005  # stroking time a frame earns for redrawing links
SETTLE_MS = 100  # this long after the last snapshot, links and biases catch up with it
# What links show (NetworkView.link_mode): the weights (colour by sign, width by size),
# the last gradient (width by |∂L/∂w| against the largest in the network, colour by the
# way the step moves the weight: blue up, orange down), or only where they run.
LINK_MODES = ("weights", "gradients", "plain")
PLAIN_BUCKET = 1 + 2 * WIDTH_LEVELS

Z_LINKS, Z_IMAGES, Z_FRAMES, Z_MARKS, Z_CONTROLS = 0, 1, 2, 3, 4

HIDDEN_RESETS = SETTINGS_INFO["hidden"].resets
FEATURES_RESET = SETTINGS_INFO["features"].resets
OUTPUT_CAPTIONS = {"binary": "Sigmoid", "multiclass": "Softmax", "regression": "Linear"}
ITEM_KEY = 0  # QGraphicsItem.data key holding (layer, unit) or a feature name


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _restart_note(resets: bool) -> str:
    return " (starts training again)" if resets else " (keeps what it has learned)"


class _Button(QGraphicsObject):
    """A flat "+" or "−" button drawn in the scene, so it scales with the network."""

    clicked = Signal()

    def __init__(self, glyph: str, size: float, tip: str) -> None:
        super().__init__()
        self._glyph = glyph
        self._rect = QRectF(0, 0, size, size)
        self._bounds = self._rect.adjusted(-1, -1, 1, 1)
        self._hover = False
        self._font = _font(13, bold=True)
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


class _FeatureNode(QGraphicsRectItem):
    """The frame of one input feature; clicking it asks to switch the feature."""

    def __init__(self, rect: QRectF, name: str, on_click) -> None:
        super().__init__(rect)
        self.name = name
        self._on_click = on_click
        self.setData(ITEM_KEY, name)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(Z_FRAMES)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def mousePressEvent(self, event) -> None:
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if self.rect().contains(event.pos()):
            self._on_click(self.name)


@dataclass
class _Column:
    """Where one column of nodes sits: node ``u`` covers [x, x+size] × [ys[u], ys[u]+size]."""

    x: float
    size: float
    pitch: float
    ys: np.ndarray

    @property
    def centre_x(self) -> float:
        return self.x + self.size / 2

    def bottom(self) -> float:
        return float(self.ys[-1]) + self.size if len(self.ys) else NODES_TOP

    def unit_at(self, pos: QPointF) -> int | None:
        if not (self.x <= pos.x() <= self.x + self.size) or not len(self.ys):
            return None
        k = int((pos.y() - self.ys[0]) // self.pitch)
        if 0 <= k < len(self.ys) and pos.y() <= self.ys[k] + self.size:
            return k
        return None


def _column(centre_x: float, units: int, max_pitch: float, fill: float) -> _Column:
    pitch = min(max_pitch, (NODES_BOTTOM - NODES_TOP) / max(units, 1))
    size = pitch * fill
    return _Column(centre_x - size / 2, size, pitch, NODES_TOP + pitch * np.arange(units))


def _bias_mark(column: _Column, y: float) -> QRectF:
    """TFP's bias mark: a small square hanging off the node's bottom-left corner."""
    mark = column.size * 0.3
    return QRectF(column.x - mark * 0.6, y + column.size - mark * 0.4, mark, mark)


def _caption_y(column: _Column) -> float:
    """Just below the column, clear of the last node's bias mark."""
    below = column.size * 0.3 * 0.6 if column.size >= BIAS_MIN_NODE else 0.0
    return column.bottom() + below + 3


def _binned(values: np.ndarray, f: int, axis: int) -> np.ndarray:
    """Means of f×f blocks over ``axis`` and the next one (strided sums: numpy's
    mean over two axes of a reshaped array takes six times longer)."""

    def part(a: np.ndarray, ax: int, k: int) -> np.ndarray:
        return a[(slice(None),) * ax + (slice(k, None, f),)]

    rows = part(values, axis, 0) + part(values, axis, 1)
    for k in range(2, f):
        rows += part(values, axis, k)
    blocks = part(rows, axis + 1, 0) + part(rows, axis + 1, 1)
    for k in range(2, f):
        blocks += part(rows, axis + 1, k)
    blocks *= 1.0 / (f * f)
    return blocks


def _bin_factor(size: int, step: int, shown: float) -> int:
    """The largest divisor f of ``step`` that keeps a ``size``-pixel map, binned f×f, at
    least ``shown`` pixels wide (1 if none does): averaging blocks before the lookup table
    and Qt's scaling gives the same picture for a fraction of the pixels."""
    fits = [f for f in range(2, step + 1) if step % f == 0 and size / f >= shown]
    return max(fits, default=1)


class _Mosaic:
    """The heatmaps of one hidden layer in one image: neurons stacked with blank rows.

    Gap rows (see _mosaic_gap) are 0, which the diverging table shows as white, the
    background. When neurons are shown much smaller than their maps (dense layers), the
    maps are first averaged over f×f blocks, which leaves the picture as it was and
    sends a fraction of the pixels through the lookup table and Qt's scaling.
    """

    def __init__(self, image: Heatmap, column: _Column, units: int, r: int, gap: int):
        self.image, self.column, self.units, self.r, self.gap = image, column, units, r, gap
        self.factor = 0
        self.rows = np.zeros(0)
        self._bins = (0.0, 1)  # (pixels, factor) last computed

    def _bin(self, pixels: float) -> int:
        if pixels != self._bins[0]:
            shown = self.column.size * pixels
            self._bins = (pixels, _bin_factor(self.r, int(np.gcd(self.r, self.gap)), shown))
        return self._bins[1]

    def set_maps(self, maps: np.ndarray, pixels: float) -> None:
        """Show ``maps`` (units, r, r); ``pixels`` is device pixels per scene unit."""
        f = self._bin(pixels)
        r, gap = self.r // f, self.gap // f
        if f != self.factor:
            self.factor = f
            self.rows = np.zeros((self.units, r + gap, r))
            transform = QTransform()
            transform.translate(self.column.x, float(self.column.ys[0]))
            transform.scale(self.column.size / r, self.column.size / r)
            self.image.setTransform(transform)
        if f > 1:
            maps = _binned(maps, f, 1)
        self.rows[:, :r] = maps[:, ::-1]  # grid row 0 is the bottom of the plane
        stacked = self.rows.reshape(-1, r)[: self.units * (r + gap) - gap]
        self.image.set_values(stacked, (-1.0, 1.0))


def _mosaic_gap(pitch: float, resolution: int) -> int:
    """Empty image rows between two neurons of a column mosaic.

    A whole hidden layer is one image, so the gap between neurons is whole pixels of
    that image; dense columns get a smaller share of gap to keep the heatmaps visible.
    """
    share = 1 - NODE_FILL if pitch >= 24 else 0.15
    return max(1, round(resolution * share / (1 - share)))


def _link_buckets(weights: np.ndarray, masks: np.ndarray) -> np.ndarray:
    """Bucket of every link: 0 disabled, 1.. positive by width, then negative by width."""
    level = np.abs(weights) * (WIDTH_LEVELS / FULL_WIDTH_WEIGHT)
    np.minimum(level, WIDTH_LEVELS - 1, out=level)
    np.copyto(level, 0.0, where=np.isnan(level))
    buckets = level.astype(np.int16)
    buckets += 1
    buckets[weights < 0] += WIDTH_LEVELS
    buckets[~masks] = 0
    return buckets


class _BiasMarks(QGraphicsItem):
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
        self.setToolTip("Bias of this neuron (blue positive, orange negative)")
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


class _LinkLayer(QGraphicsItem):
    """All links between two columns, drawn as one path per (sign, width) bucket.

    The item keeps a device-resolution picture of itself (DeviceCoordinateCache), so a
    frame in which no link changed its bucket costs one blit instead of stroking every
    link; the paths are rebuilt, and the picture redrawn, when the owner applies new
    buckets (at most a few times a second, see NetworkView._refresh_links).
    """

    def __init__(self, x0: float, ys0: np.ndarray, x1: float, ys1: np.ndarray, scale: float):
        super().__init__()
        fan_in, fan_out = len(ys0), len(ys1)
        self.key = _LinkLayer.key_of(x0, ys0, x1, ys1, scale)
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
        touched = np.unique(np.concatenate([buckets[changed], self.buckets[changed]]))
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


class _View(QGraphicsView):
    """A view that always shows the whole scene, as large as the widget allows."""

    # pyqtgraph items look for these on the view they are shown in (pg.GraphicsView has
    # them); a plain QGraphicsView keeps Qt's own fitInView and mouse handling.
    sigDeviceRangeChanged = Signal(object, object)
    sigDeviceTransformChanged = Signal(object)

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        # No SmoothPixmapTransform: with it Qt's raster engine takes its slow path for every
        # image, even an untransformed blit of a cached item (and splits that over its
        # thread pool). The heatmaps scale themselves smoothly (Heatmap).
        self.setRenderHints(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A frame changes the hidden and output columns, and now and then a layer of links or
        # bias marks: one rectangle around those leaves the captions, buttons and features
        # alone. Several small regions (Minimal/Smart) cost more: Qt then clips every item
        # to a complex region and paints some items once per rectangle.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setBackgroundBrush(QColor(*colors.WHITE))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pixels = 1.0  # device pixels per scene unit, as of the last fit()

    def fit(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.pixels = self.transform().m11() * self.devicePixelRatioF()
        self.sigDeviceRangeChanged.emit(self, self.sceneRect())
        self.sigDeviceTransformChanged.emit(self)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit()


class NetworkView(QWidget):
    """Features, hidden layers, output and links, redrawn from each :class:`Snapshot`."""

    feature_toggled = Signal(str, bool)  # feature name, wanted state
    neuron_added = Signal(int)  # 0-based hidden layer
    neuron_removed = Signal(int)  # 0-based hidden layer; the controller picks the neuron
    layer_added = Signal()
    layer_removed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = QGraphicsScene(0, 0, SCENE_H * DEFAULT_ASPECT, SCENE_H, self)
        # Item positions only change on rebuild and hit tests are done geometrically.
        self._scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self._view = _View(self._scene)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view)
        self.setMinimumSize(320, 220)
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(RELAYOUT_MS)
        self._relayout_timer.timeout.connect(self._relayout)
        self._last: Snapshot | None = None

        self._lut = colors.diverging_lut()
        self._bias_brushes = [QBrush(QColor(*(int(c) for c in rgb))) for rgb in self._lut]
        self._topology: tuple | None = None
        self._feature_key: tuple | None = None
        self._features: list[str] = []
        self._columns: list[_Column] = []  # layer 0 = all seven feature slots
        self._feature_images: dict[str, Heatmap] = {}
        self._feature_frames: dict[str, _FeatureNode] = {}
        self._feature_labels: dict[str, QGraphicsSimpleTextItem] = {}
        self._hidden_images: list[Heatmap] = []
        self._mosaics: list[_Mosaic] = []  # per hidden layer
        self._output_images: list[Heatmap] = []
        self._output_factor = 0  # the boundary is shown averaged over f×f blocks
        self._neuron_items: dict[tuple[int, int], QGraphicsRectItem] = {}
        self._bias_marks: list[_BiasMarks] = []  # per column whose nodes are big enough
        self._bias_index: list[int] = []  # their neurons' places in the concatenated biases
        self._bias_levels = np.zeros(0, dtype=int)  # their colours, as rows of the lut
        self._links: list[_LinkLayer] = []
        self._weights: list[np.ndarray] = []  # the newest snapshot's, for the links
        self._masks: list[np.ndarray] = []
        self._grads: list[np.ndarray] = []
        self._grad_scale: tuple | None = None  # (grads, factor) of the gradient link mode
        self._link_mode = "weights"
        self._biases_at = -np.inf  # time.monotonic() of the last bias colour update
        self._link_credit = 0.0  # seconds of link stroking the coming frames may spend
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(SETTLE_MS)
        self._settle_timer.timeout.connect(self._settle)
        self._buttons: dict[str, _Button] = {}

    # ------------------------------------------------------------------ public
    @property
    def view(self) -> QGraphicsView:
        return self._view

    def scene(self) -> QGraphicsScene:
        return self._scene

    def set_snapshot(self, snap: Snapshot) -> None:
        """Show ``snap``; rebuilds the scene only if the topology changed."""
        self._last = snap
        resolution = snap.feature_maps.shape[-1]
        topology = (
            tuple(snap.layer_sizes),
            tuple(snap.features),
            snap.output_kind,
            tuple(h["activation"] for h in snap.spec["hidden"]),
            tuple(m.shape[-1] for m in snap.neuron_maps),
            resolution,
        )
        rebuilt = topology != self._topology
        if rebuilt:
            self._rebuild(snap, resolution)
            self._topology = topology
            self._feature_key = None
        feature_key = (tuple(snap.features), tuple(snap.extent), resolution)
        if feature_key != self._feature_key:
            self._update_features(snap, resolution)
            self._feature_key = feature_key
        self._update_hidden(snap)
        self._update_output(snap)
        self._weights, self._masks = snap.weights, snap.masks
        self._grads = snap.weight_grads
        if rebuilt:
            self._settle()
            return
        self._settle_timer.start()  # restarted by every frame: fires once they stop
        now = time.monotonic()
        if now - self._biases_at >= LINK_REFRESH_S:
            self._update_biases(snap)
            self._biases_at = now
        self._refresh_links(now)

    def neuron_at(self, pos: QPointF) -> tuple[int, int] | None:
        """(layer, unit) of the neuron under scene position ``pos``; disabled features are None."""
        for layer, column in enumerate(self._columns):
            unit = column.unit_at(pos)
            if unit is None:
                continue
            if layer == 0:
                name = list(FEATURES)[unit]
                return (0, self._features.index(name)) if name in self._features else None
            return layer, unit
        return None

    def feature_at(self, pos: QPointF) -> str | None:
        """Name of the feature node (enabled or not) under scene position ``pos``."""
        if not self._columns:
            return None
        slot = self._columns[0].unit_at(pos)
        return None if slot is None else list(FEATURES)[slot]

    def link_at(self, pos: QPointF, tolerance: float = 3.0) -> tuple[int, int, int] | None:
        """(layer, i, j) of the link within ``tolerance`` (plus half its width) of ``pos``."""
        for layer, links in enumerate(self._links):
            hit = links.at(pos)
            if hit is None:
                continue
            i, j, distance = hit
            if distance <= tolerance + self.link_pen(layer, i, j).widthF() / 2:
                return layer, i, j
        return None

    def neuron_item(self, layer: int, unit: int) -> QGraphicsRectItem:
        """The frame item of a neuron; its ``data(0)`` is ``(layer, unit)``."""
        return self._neuron_items[(layer, unit)]

    def neuron_items(self) -> dict[tuple[int, int], QGraphicsRectItem]:
        return dict(self._neuron_items)

    def feature_item(self, name: str) -> QGraphicsRectItem:
        return self._feature_frames[name]

    def link_pen(self, layer: int, i: int, j: int) -> QPen:
        """The pen link (layer, i, j) is drawn with for the newest weights.

        Link layers are redrawn at most every LINK_REFRESH_S, so the screen may show the
        previous pen for that long.
        """
        bucket = self._buckets(layer, (i, slice(j, j + 1)))[0]
        return QPen(self._links[layer].pens[bucket])

    @property
    def link_mode(self) -> str:
        """What the links show: "weights", "gradients" or "plain" (LINK_MODES)."""
        return self._link_mode

    @link_mode.setter
    def link_mode(self, mode: str) -> None:
        if mode not in LINK_MODES:
            raise ValueError(f"link mode must be one of {', '.join(LINK_MODES)}; got {mode!r}")
        if mode != self._link_mode:
            self._link_mode = mode
            self._settle()

    def _buckets(self, layer: int, where=...) -> np.ndarray:
        """The link buckets of weight layer ``layer`` (or of ``where`` in it) for the mode."""
        masks = self._masks[layer][where].ravel()
        if self._link_mode == "plain":
            return np.where(masks, PLAIN_BUCKET, 0).astype(np.int16)
        if self._link_mode == "weights":
            return _link_buckets(self._weights[layer][where].ravel(), masks)
        if self._grad_scale is None or self._grad_scale[0] is not self._grads:
            top = max((float(np.max(np.abs(g), initial=0.0)) for g in self._grads), default=0.0)
            factor = FULL_WIDTH_WEIGHT / top if np.isfinite(top) and top > 0 else 0.0
            self._grad_scale = (self._grads, factor)
        steps = self._grads[layer][where].ravel() * -self._grad_scale[1]
        # On a square-root scale, so that the small gradients of deep layers still show.
        return _link_buckets(np.sign(steps) * np.sqrt(np.abs(steps) * FULL_WIDTH_WEIGHT), masks)

    def link_line(self, layer: int, i: int, j: int) -> tuple[QPointF, QPointF]:
        """Scene end points of link (layer, i, j)."""
        links = self._links[layer]
        k = i * links.fan[1] + j
        return QPointF(links.x0, links.y0[k]), QPointF(links.x1, links.y1[k])

    def button(self, name: str) -> QGraphicsItem:
        """A "+"/"−" control: "layer+", "layer-", or "neuron+<h>" / "neuron-<h>" per hidden layer."""
        return self._buttons[name]

    def button_at(self, pos: QPointF) -> str | None:
        """The name of the "+"/"−" control under scene position ``pos`` (see :meth:`button`)."""
        for name, button in self._buttons.items():
            if button.isVisible() and button.sceneBoundingRect().contains(pos):
                return name
        return None

    def column_rects(self) -> list[QRectF]:
        """Where each column's nodes are, in scene coordinates: 0 the seven feature slots,
        1..n the hidden layers, n + 1 the output."""
        rects = []
        for c in self._columns:
            top = float(c.ys[0]) if len(c.ys) else NODES_TOP
            rects.append(QRectF(c.x, top, c.size, c.bottom() - top))
        return rects

    def bias_at(self, pos: QPointF) -> tuple[int, int] | None:
        """(layer, unit) of the neuron whose bias mark is under scene position ``pos``."""
        for layer, column in enumerate(self._columns[1:], start=1):
            mark = column.size * 0.3
            if column.size < BIAS_MIN_NODE or not (column.x - mark <= pos.x() <= column.x + mark):
                continue
            for unit, y in enumerate(column.ys):
                if _bias_mark(column, float(y)).adjusted(-1, -1, 1, 1).contains(pos):
                    return layer, unit
        return None

    # ------------------------------------------------------------------ layout
    def _scene_width(self, n_hidden: int) -> float:
        size = self._view.viewport().size()
        aspect = size.width() / size.height() if size.height() > 1 else DEFAULT_ASPECT
        first_x = FEATURE_X + MAX_PITCH * NODE_FILL / 2
        least = first_x + (n_hidden + 1) * MIN_COLUMN_STEP + OUTPUT_MARGIN
        most = first_x + (n_hidden + 1) * MAX_COLUMN_STEP + OUTPUT_MARGIN
        return float(min(max(SCENE_H * aspect, least), most))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout_timer.start()

    def _relayout(self) -> None:
        if self._last is None:
            return
        wanted = self._scene_width(len(self._last.spec["hidden"]))
        if abs(wanted - self._scene.width()) > 0.03 * self._scene.width():
            self._topology = None
            self.set_snapshot(self._last)

    def _rebuild(self, snap: Snapshot, resolution: int) -> None:
        # Link layers whose links run where they ran keep their paths and their picture
        # (an edit of one layer, e.g. a dropped neuron, restrokes only its own links).
        kept = {links.key: links for links in self._links}
        for links in kept.values():
            self._scene.removeItem(links)
        self._scene.clear()
        self._neuron_items.clear()
        self._buttons.clear()
        self._links = []
        self._settle_timer.stop()
        self._bias_marks = []
        self._bias_index = []
        self._features = list(snap.features)
        sizes = snap.layer_sizes
        hidden = snap.spec["hidden"]
        n_hidden = len(hidden)

        width = self._scene_width(n_hidden)
        self._scene.setSceneRect(0, 0, width, SCENE_H)
        self._view.setSceneRect(0, 0, width, SCENE_H)
        first_x = FEATURE_X + MAX_PITCH * NODE_FILL / 2
        step = (width - OUTPUT_MARGIN - first_x) / (n_hidden + 1)
        centres = [first_x + step * k for k in range(n_hidden + 2)]

        features = _column(centres[0], len(FEATURES), MAX_PITCH, NODE_FILL)
        columns = [features]
        gaps = []
        for h, layer in enumerate(hidden):
            pitch = min(MAX_PITCH, (NODES_BOTTOM - NODES_TOP) / layer["units"])
            r = snap.neuron_maps[h].shape[-1]
            gap = _mosaic_gap(pitch, r)
            gaps.append(gap)
            columns.append(_column(centres[h + 1], layer["units"], MAX_PITCH, r / (r + gap)))
        columns.append(_column(centres[-1], sizes[-1], MAX_PITCH, NODE_FILL))
        self._columns = columns

        self._build_features(features, resolution)
        self._build_hidden(snap, columns, step, gaps)
        self._build_output(snap, columns[-1])
        self._build_layer_controls(n_hidden, (centres[0] + centres[-1]) / 2)
        self._build_links(snap, columns, kept)
        self._bias_levels = np.full(len(self._bias_index), -1)
        self._view.fit()

    def _text(
        self,
        text: str,
        font: QFont,
        x: float,
        y: float,
        align: str = "centre",
        color: QColor = INK,
        max_width: float | None = None,
    ) -> QGraphicsSimpleTextItem:
        """A caption anchored at (x, y): its top centre, or its right middle for "right".

        Too wide for ``max_width``, it breaks at its first space, else is elided.
        """
        metrics = QFontMetricsF(font)
        lines = [text]
        if max_width is not None and metrics.horizontalAdvance(text) > max_width:
            lines = text.split(" ", 1)
            if max(metrics.horizontalAdvance(line) for line in lines) > max_width:
                lines = [metrics.elidedText(text, Qt.TextElideMode.ElideRight, max_width)]
        items = []
        for line in lines:
            item = QGraphicsSimpleTextItem(line)
            item.setFont(font)
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
            self._scene.addItem(item)
            items.append(item)
        return items[0]

    def _button(
        self, key: str, glyph: str, x: float, y: float, size: float, tip: str, enabled: bool, slot
    ) -> None:
        button = _Button(glyph, size, tip)
        button.setPos(x, y)
        button.setEnabled(enabled)
        button.clicked.connect(slot)
        self._scene.addItem(button)
        self._buttons[key] = button

    def _build_features(self, column: _Column, resolution: int) -> None:
        self._feature_images.clear()
        self._feature_frames.clear()
        self._feature_labels.clear()
        # Right-aligned with the nodes, so a crowded first hidden column has room.
        header = self._text("FEATURES", _font(11, bold=True), 0, COLUMN_CAPTION_Y)
        header.setX(column.x + column.size - header.boundingRect().width())
        for slot, (name, feature) in enumerate(FEATURES.items()):
            y = float(column.ys[slot])
            image = Heatmap()
            image.setLookupTable(self._lut)
            image.setZValue(Z_IMAGES)
            image.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            self._place_image(image, column.x, y, column.size, resolution)
            self._scene.addItem(image)
            frame = _FeatureNode(
                QRectF(column.x, y, column.size, column.size), name, self._on_feature_clicked
            )
            frame.setToolTip(
                f"{feature.label} — click to switch this input on or off"
                + _restart_note(FEATURES_RESET)
            )
            self._scene.addItem(frame)
            label = self._text(
                feature.label, _font(12), column.x - 8, y + column.size / 2, align="right"
            )
            self._feature_images[name] = image
            self._feature_frames[name] = frame
            self._feature_labels[name] = label

    def _build_hidden(
        self, snap: Snapshot, columns: list[_Column], step: float, gaps: list[int]
    ) -> None:
        self._hidden_images = []
        self._mosaics = []
        caption_width = step - 8
        for h, layer in enumerate(snap.spec["hidden"]):
            column = columns[h + 1]
            units = layer["units"]
            size = 24.0
            cx = column.centre_x
            human = h + 1
            note = _restart_note(HIDDEN_RESETS)
            can_add, can_remove = units < MAX_UNITS, True
            add_tip = (
                f"Add a neuron to hidden layer {human}{note}"
                if can_add
                else f"Hidden layer {human} has the maximum of {MAX_UNITS} neurons"
            )
            remove_tip = (
                f"Remove a neuron from hidden layer {human}{note}"
                if units > 1
                else f"Remove hidden layer {human}: this is its last neuron"
            )
            y = COLUMN_BUTTONS_Y
            add, remove = partial(self.neuron_added.emit, h), partial(self.neuron_removed.emit, h)
            self._button(f"neuron+{h}", "+", cx - size - 2, y, size, add_tip, can_add, add)
            self._button(f"neuron-{h}", "−", cx + 2, y, size, remove_tip, can_remove, remove)
            self._text(
                _plural(units, "neuron"), _font(11), cx, COLUMN_CAPTION_Y, max_width=caption_width
            )
            activation = ACTIVATIONS[layer["activation"]]
            caption = self._text(
                activation.title,
                _font(10.5),
                cx,
                _caption_y(column),
                color=MUTED,
                max_width=caption_width,
            )
            caption.setToolTip(f"{activation.title}: {activation.formula}")

            image = Heatmap()
            image.setLookupTable(self._lut)
            image.setZValue(Z_IMAGES)
            self._scene.addItem(image)
            self._hidden_images.append(image)
            r = snap.neuron_maps[h].shape[-1]
            self._mosaics.append(_Mosaic(image, column, units, r, gaps[h]))
            tip = f"Neuron {{u}} of hidden layer {human}: its output over the plane"
            self._add_neuron_frames(h + 1, column, tip + " (blue positive, orange negative)")

    def _build_output(self, snap: Snapshot, column: _Column) -> None:
        self._output_images = []
        layer = len(snap.layer_sizes) - 1
        header = self._text("OUTPUT", _font(11, bold=True), column.centre_x, COLUMN_CAPTION_Y)
        header.setX(min(header.x(), self._scene.width() - 4 - header.boundingRect().width()))
        self._text(
            OUTPUT_CAPTIONS.get(snap.output_kind, ""),
            _font(10.5),
            column.centre_x,
            _caption_y(column),
            color=MUTED,
        )
        for unit in range(len(column.ys)):
            image = Heatmap()
            if snap.output_kind == "multiclass":
                white = np.array(colors.WHITE, dtype=float)
                tone = np.array(colors.class_color(unit), dtype=float)
                ramp = np.linspace(0.0, 1.0, 256)[:, None]
                image.setLookupTable((white * (1 - ramp) + tone * ramp).round().astype(np.uint8))
            else:
                image.setLookupTable(self._lut)
            image.setZValue(Z_IMAGES)
            self._scene.addItem(image)
            self._output_images.append(image)
        self._output_factor = 0
        if snap.output_kind == "multiclass":
            tip = "Output {u}: the probability of class {name} over the plane"
        elif snap.output_kind == "regression":
            tip = "The output: the predicted value over the plane (blue high, orange low)"
        else:
            tip = "The output: the probability of blue over the plane"
        self._add_neuron_frames(layer, column, tip)

    def _add_neuron_frames(self, layer: int, column: _Column, tip: str) -> None:
        first_bias = sum(len(c.ys) for c in self._columns[1:layer])
        pen = QPen(FRAME, min(1.0, column.size / 20))
        # Each neuron has its own item, for tooltips and lookups, but the frames of a
        # column are drawn as one path: 64 items cost more to visit than to stroke.
        outline = QPainterPath()
        for unit, y in enumerate(column.ys):
            frame = QGraphicsRectItem(column.x, float(y), column.size, column.size)
            frame.setPen(pen)
            frame.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
            frame.setData(ITEM_KEY, (layer, unit))
            frame.setZValue(Z_FRAMES)
            frame.setToolTip(tip.format(u=unit + 1, name=colors.CLASS_NAMES[unit % 8]))
            self._scene.addItem(frame)
            self._neuron_items[(layer, unit)] = frame
            outline.addRect(frame.rect())
        if column.size >= BIAS_MIN_NODE:
            marks = _BiasMarks(
                [_bias_mark(column, float(y)) for y in column.ys], self._bias_brushes
            )
            self._scene.addItem(marks)
            self._bias_marks.append(marks)
            self._bias_index.extend(range(first_bias, first_bias + len(column.ys)))
        frames = QGraphicsPathItem(outline)
        frames.setPen(pen)
        frames.setZValue(Z_FRAMES)
        frames.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._scene.addItem(frames)

    def _build_layer_controls(self, n_hidden: int, centre_x: float) -> None:
        note = _restart_note(HIDDEN_RESETS)
        caption = _plural(n_hidden, "hidden layer").upper()
        font = _font(12, bold=True)
        width = QFontMetricsF(font).horizontalAdvance(caption)
        size = 28.0
        left = centre_x - (width + 2 * size + 16) / 2
        can_add, can_remove = n_hidden < MAX_HIDDEN_LAYERS, n_hidden > 0
        add_tip = (
            f"Add a hidden layer{note}"
            if can_add
            else f"The network has the maximum of {MAX_HIDDEN_LAYERS} hidden layers"
        )
        remove_tip = (
            f"Remove the last hidden layer{note}"
            if can_remove
            else "There are no hidden layers to remove"
        )
        y = LAYER_BUTTONS_Y
        self._button("layer+", "+", left, y, size, add_tip, can_add, self.layer_added.emit)
        self._button(
            "layer-", "−", left + size + 4, y, size, remove_tip, can_remove, self.layer_removed.emit
        )
        item = self._text(caption, font, 0, 0)
        item.setPos(
            left + 2 * size + 16, LAYER_BUTTONS_Y + (size - item.boundingRect().height()) / 2
        )

    def _build_links(self, snap: Snapshot, columns: list[_Column], kept: dict) -> None:
        slots = [list(FEATURES).index(name) for name in snap.features]
        features = columns[0]
        ends = [(features, features.ys[slots])] + [(c, c.ys) for c in columns[1:]]
        for (a, ya), (b, yb) in zip(ends, ends[1:]):
            scale = float(np.clip(min(a.size, b.size) / 40.0, 0.25, 1.0))
            right, left = a.x + a.size, b.x
            y0, y1 = ya + a.size / 2, yb + b.size / 2
            links = kept.pop(_LinkLayer.key_of(right, y0, left, y1, scale), None)
            if links is None:
                links = _LinkLayer(right, y0, left, y1, scale)
            self._scene.addItem(links)
            self._links.append(links)

    def _refresh_links(self, now: float) -> None:
        """Redraw the link layers in which some link changed bucket, within a budget.

        Each layer keeps a picture of itself, so only layers in which some link changed
        bucket need stroking again, the most expensive drawing there is. A layer is
        compared with the newest weights at most every LINK_REFRESH_S, the ones that
        waited longest first, and frames earn LINK_FRAME_S of stroking time each (as
        measured by the layers), which caps what links cost on average: a network of a
        few hundred links is redrawn 15-20 times a second, one of 37,000 links about
        once a second.
        """
        self._link_credit = min(self._link_credit + LINK_FRAME_S, 2 * LINK_FRAME_S)
        for k in sorted(range(len(self._links)), key=lambda k: self._links[k].checked_at):
            links = self._links[k]
            if now - links.checked_at < LINK_REFRESH_S or self._link_credit <= 0:
                break
            if self._show_weights(k, now):
                self._link_credit -= links.cost

    def _show_weights(self, layer: int, now: float) -> bool:
        """Bring one layer of links up to the newest weights; True if it was redrawn."""
        links = self._links[layer]
        links.checked_at = now
        return links.set_buckets(self._buckets(layer))

    def _settle(self) -> None:
        """Show the newest snapshot's weights and biases in full, whatever the budget."""
        if self._last is None:
            return
        now = time.monotonic()
        self._update_biases(self._last)
        self._biases_at = now
        for layer in range(len(self._links)):
            self._show_weights(layer, now)

    @staticmethod
    def _place_image(image: pg.ImageItem, x: float, y: float, size: float, resolution: int) -> None:
        # Grid row 0 is the bottom of the plane and scene y grows downwards, so the updates
        # hand over the rows upside down (a flipping transform would cost a blit).
        transform = QTransform()
        transform.translate(x, y)
        transform.scale(size / resolution, size / resolution)
        image.setTransform(transform)

    # ----------------------------------------------------------------- updates
    def _update_features(self, snap: Snapshot, resolution: int) -> None:
        lo, hi = snap.extent
        centres = lo + (np.arange(resolution) + 0.5) * ((hi - lo) / resolution)
        x1, x2 = np.meshgrid(centres, centres)
        for name, feature in FEATURES.items():
            enabled = name in snap.features
            if enabled:
                values = snap.feature_maps[snap.features.index(name)]
            else:
                values = np.asarray(feature.fn(x1, x2), dtype=np.float64)
            # Each feature keeps one fixed, symmetric range, so white always means zero.
            reach = float(np.max(np.abs(feature.fn(x1, x2)))) or 1.0
            image = self._feature_images[name]
            image.setImage(values[::-1], autoLevels=False, levels=(-reach, reach))
            image.setOpacity(1.0 if enabled else 0.25)
            frame = self._feature_frames[name]
            frame.setPen(
                QPen(
                    FRAME if enabled else MUTED.lighter(140),
                    1.0,
                    Qt.PenStyle.SolidLine if enabled else Qt.PenStyle.DashLine,
                )
            )
            self._feature_labels[name].setBrush(INK if enabled else MUTED)

    def _update_hidden(self, snap: Snapshot) -> None:
        pixels = self._view.pixels
        for mosaic, maps in zip(self._mosaics, snap.neuron_maps):
            mosaic.set_maps(maps, pixels)

    def _update_output(self, snap: Snapshot) -> None:
        boundary = snap.boundary
        column, resolution = self._columns[-1], boundary.shape[0]
        f = _bin_factor(resolution, resolution, column.size * self._view.pixels)
        if f != self._output_factor:
            self._output_factor = f
            for image, y in zip(self._output_images, column.ys):
                self._place_image(image, column.x, float(y), column.size, resolution // f)
        if f > 1:
            boundary = _binned(boundary, f, 0)
        boundary = boundary[::-1]
        if snap.output_kind == "multiclass":
            for k, image in enumerate(self._output_images):
                image.set_values(boundary[..., k], (0.0, 1.0))
        elif snap.output_kind == "regression":
            self._output_images[0].set_values(boundary, (-1.0, 1.0))
        else:
            self._output_images[0].set_values(boundary, (0.0, 1.0))

    def _update_biases(self, snap: Snapshot) -> None:
        if not self._bias_marks:
            return
        n = len(self._lut)
        b = np.clip(np.nan_to_num(np.concatenate(snap.biases)[self._bias_index]), -1.0, 1.0)
        levels = np.minimum(((b + 1.0) * (n / 2)).astype(int), n - 1)
        if np.array_equal(levels, self._bias_levels):
            return
        self._bias_levels = levels
        start = 0
        for marks in self._bias_marks:
            marks.set_levels(levels[start : start + len(marks.levels)])
            start += len(marks.levels)

    # ------------------------------------------------------------------ events
    def _on_feature_clicked(self, name: str) -> None:
        self.feature_toggled.emit(name, name not in self._features)
