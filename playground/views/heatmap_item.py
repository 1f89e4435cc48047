"""A pyqtgraph ImageItem for heatmaps that change every frame, drawn the quick way."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPaintEngine, QPainter, QTransform

_AXIS_ALIGNED = (
    QTransform.TransformationType.TxNone,
    QTransform.TransformationType.TxTranslate,
    QTransform.TransformationType.TxScale,
)


class Heatmap(pg.ImageItem):
    """A pyqtgraph ImageItem for the heatmaps that change every frame.

    Its data, levels and lookup table mean what they mean for any ImageItem; only the
    way to the screen is quicker. pyqtgraph renders a float image through a lookup table
    as an indexed image whose colour table it rebuilds in Python on every render, and
    Qt's raster engine then draws that with a smoothed, antialiased, fractional
    transform: its slowest path, which it also splits over its thread pool. Here the
    table is packed once into 32-bit colours, the image is scaled once per change to the
    size it has on the screen (Qt's area-averaging smooth scale), and painting is a blit
    at a whole-pixel position. Painters that are not plain rasters (SVG export) or
    rotate the item get the ordinary transformed draw. With ``smooth`` False (a large
    map) the packed image is drawn scaled without smoothing, as pyqtgraph would.
    """

    def __init__(self, smooth: bool = True, **kwargs) -> None:
        super().__init__(**kwargs)
        # False: drawn scaled pixel by pixel, without smoothing (a large map on show, where
        # smoothing every frame would cost more than all the small maps together).
        self._smooth = smooth
        self._table_of: np.ndarray | None = None
        self._table = np.zeros(1, dtype=np.uint32)
        self._argb: np.ndarray | None = None
        self._own: QImage | None = None  # the QImage over self._argb
        self._scaled: QImage | None = None  # self.qimage at its size on the screen
        self._stale = True  # self.qimage is older than self.image
        self._bounds = QRectF()
        self._set: tuple | None = None  # levels as set_values last set them
        self._key: tuple | None = None  # (world transform, pixel ratio, size) of _place
        self._place: tuple[QPointF, QSize] | None = None
        self._direct = False  # the last render took the packed-table path

    def set_values(self, values: np.ndarray, levels: tuple[float, float]) -> None:
        """setImage(values, levels=levels), without its bookkeeping when only values change.

        setImage re-checks options, levels and geometry and emits signals nobody here
        listens to, which costs more than drawing a small heatmap; a new array of the
        same shape and levels needs none of it.
        """
        old = self.image
        if not self._direct or old is None or old.shape != values.shape or levels != self._set:
            self.setImage(values, autoLevels=False, levels=levels)
            self._set = levels
        else:
            self.image = values
            self.update()
        self._stale = True

    def setLevels(self, levels, update: bool = True) -> None:
        super().setLevels(levels, update)
        self._set = None

    def setImage(self, image=None, autoLevels=None, **kwargs) -> None:
        super().setImage(image, autoLevels=autoLevels, **kwargs)
        self._stale = True
        self._bounds = super().boundingRect()

    def boundingRect(self) -> QRectF:
        return self._bounds  # asked for every frame; pyqtgraph's works it out each time

    def _packed_table(self, lut: np.ndarray) -> np.ndarray:
        """``lut`` as opaque 0xAARRGGBB, plus white for NaN (pyqtgraph leaves NaN clear)."""
        if lut is not self._table_of:
            rgb = np.asarray(lut, dtype=np.uint32)
            packed = 0xFF000000 | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]
            self._table = np.append(packed, np.uint32(0xFFFFFFFF))
            self._table_of = lut
        return self._table

    def render(self) -> None:
        self._scaled = None
        self._stale = False
        image, lut, levels = self.image, self.lut, self.levels
        if (
            image is None
            or image.ndim != 2
            or image.dtype.kind != "f"
            or not isinstance(lut, np.ndarray)
            or lut.dtype != np.uint8
            or lut.ndim != 2
            or lut.shape[1] != 3
            or levels is None
            or np.ndim(levels) != 1
        ):
            self._direct = False
            super().render()
            return
        self._direct = True
        if self.axisOrder == "col-major":
            image = image.T
        if self.qimage is None or self.qimage is not self._own or self._argb.shape != image.shape:
            # Buffers kept from frame to frame, and a QImage that shows the last one.
            self._index = np.empty(image.shape, dtype=np.float32)
            self._whole = np.empty(image.shape, dtype=np.intp)
            self._argb = np.empty(image.shape, dtype=np.uint32)
            self.qimage = pg.functions.ndarray_to_qimage(self._argb, QImage.Format.Format_RGB32)
            self._own = self.qimage
        table = self._packed_table(lut)
        n = len(lut)
        lo, hi = float(levels[0]), float(levels[1])
        # pyqtgraph's own mapping: (value - lo) * n / (hi - lo), clipped, truncated.
        scale = n / ((hi - lo) or 1.0)
        index = self._index
        np.multiply(image, scale, out=index, casting="same_kind")
        np.subtract(index, lo * scale, out=index)
        np.maximum(index, 0, out=index)  # np.clip is slower: it is Python around these
        np.minimum(index, n - 1, out=index)
        if np.isnan(index.sum()):
            np.copyto(index, n, where=np.isnan(index))
        np.copyto(self._whole, index, casting="unsafe")
        table.take(self._whole, out=self._argb)
        self._renderRequired = False
        self._unrenderable = False

    def _device_place(self, world: QTransform, ratio: float) -> tuple[QPointF, QSize] | None:
        """Where the image lands on the device, in whole pixels: (corner, size), or None
        if the transform rotates or flips it."""
        if world.type() not in _AXIS_ALIGNED or world.m11() <= 0 or world.m22() <= 0:
            return None
        target = world.mapRect(QRectF(0, 0, self.qimage.width(), self.qimage.height()))
        # Both edges rounded alike, so the edge under the neuron's frame is where the
        # frame expects it.
        left, top = round(target.left() * ratio), round(target.top() * ratio)
        w = max(1, round(target.right() * ratio) - left)
        h = max(1, round(target.bottom() * ratio) - top)
        return QPointF(left / ratio, top / ratio), QSize(w, h)

    def paint(self, painter: QPainter, *args) -> None:
        if self.image is None:
            return
        if self._stale or getattr(self, "_renderRequired", False) or self.qimage is None:
            self.render()
            if self.qimage is None:
                return
        source = QRectF(0, 0, self.qimage.width(), self.qimage.height())
        if not self._smooth and self._direct:
            painter.drawImage(source, self.qimage)  # opaque 32-bit: Qt's quickest scaling
            return
        world = painter.worldTransform()
        ratio = painter.device().devicePixelRatioF()
        key = (world, ratio, self.qimage.size())
        if key != self._key:
            self._key, self._place = key, self._device_place(world, ratio)
        if self._place is not None and painter.paintEngine().type() == QPaintEngine.Type.Raster:
            corner, size = self._place
            if self._scaled is None or self._scaled.size() != size:
                self._scaled = self.qimage.scaled(
                    size,
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                self._scaled.setDevicePixelRatio(ratio)
            painter.setWorldTransform(QTransform())
            painter.drawImage(corner, self._scaled)
            painter.setWorldTransform(world)
            return
        hints = QPainter.RenderHint.SmoothPixmapTransform | QPainter.RenderHint.Antialiasing
        was = painter.renderHints() & hints
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.drawImage(source, self.qimage)
        painter.setRenderHints(hints, False)
        painter.setRenderHints(was, True)
