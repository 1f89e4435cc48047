"""The neurons' pictures: input features, hidden layers and output, with their frames.

Every heatmap changes every frame, which makes them most of what a frame costs; they are
Heatmap items (the quick way to the screen), a hidden layer's maps are one image
(:class:`Mosaic`), and where neurons are shown much smaller than their maps, the maps are
first averaged over blocks of pixels. Grid row 0 is the bottom of the plane and scene y
grows downwards, so the maps are handed over upside down (a flipping transform would cost
a blit).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainterPath, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from engine import FEATURES
from engine.i18n import translate
from playground.core import colors
from playground.core.refs import NeuronRef
from playground.core.snapshot import Snapshot
from playground.designer.layout_geometry import COLUMN_CAPTION_Y, Column
from playground.designer.scene_controls import caption
from playground.designer.scene_style import (
    FEATURES_RESET,
    FRAME,
    INK,
    MUTED,
    Z_FRAMES,
    Z_IMAGES,
    font,
)
from playground.views.heatmap_item import Heatmap

ITEM_KEY = 0  # QGraphicsItem.data key holding a NeuronRef or a feature name


def binned(values: np.ndarray, f: int, axis: int) -> np.ndarray:
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


def bin_factor(size: int, step: int, shown: float) -> int:
    """The largest divisor f of ``step`` that keeps a ``size``-pixel map, binned f×f, at
    least ``shown`` pixels wide (1 if none does): averaging blocks before the lookup table
    and Qt's scaling gives the same picture for a fraction of the pixels."""
    fits = [f for f in range(2, step + 1) if step % f == 0 and size / f >= shown]
    return max(fits, default=1)


class Mosaic:
    """The heatmaps of one hidden layer in one image: neurons stacked with blank rows.

    Gap rows (layout_geometry.mosaic_gap) are 0, which the diverging table shows as white, the
    background. When neurons are shown much smaller than their maps (dense layers), the
    maps are first averaged over f×f blocks, which leaves the picture as it was and
    sends a fraction of the pixels through the lookup table and Qt's scaling.
    """

    def __init__(self, image: Heatmap, column: Column, units: int, r: int, gap: int):
        self.image, self.column, self.units, self.r, self.gap = image, column, units, r, gap
        self.factor = 0
        self.rows = np.zeros(0)
        self._bins = (0.0, 1)  # (pixels, factor) last computed

    def _bin(self, pixels: float) -> int:
        if pixels != self._bins[0]:
            shown = self.column.size * pixels
            self._bins = (pixels, bin_factor(self.r, int(np.gcd(self.r, self.gap)), shown))
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
            maps = binned(maps, f, 1)
        self.rows[:, :r] = maps[:, ::-1]  # grid row 0 is the bottom of the plane
        stacked = self.rows.reshape(-1, r)[: self.units * (r + gap) - gap]
        self.image.set_values(stacked, (-1.0, 1.0))


def place_image(image: pg.ImageItem, x: float, y: float, size: float, resolution: int) -> None:
    """Show a ``resolution``-pixel map as the square at (x, y) of side ``size``."""
    transform = QTransform()
    transform.translate(x, y)
    transform.scale(size / resolution, size / resolution)
    image.setTransform(transform)


def add_mosaic(
    scene: QGraphicsScene, lut: np.ndarray, column: Column, units: int, r: int, gap: int
) -> Mosaic:
    """The image of a hidden layer of ``units`` neurons with ``r``-pixel maps."""
    image = Heatmap()
    image.setLookupTable(lut)
    image.setZValue(Z_IMAGES)
    scene.addItem(image)
    return Mosaic(image, column, units, r, gap)


def neuron_frames(
    column_index: int, column: Column, tip: str, line_scale: float = 1.0
) -> tuple[dict[NeuronRef, QGraphicsRectItem], QGraphicsPathItem]:
    """The frames of a column's neurons: one item each, for tooltips and lookups, drawing
    nothing, and one path that draws them all (64 items cost more to visit than to stroke).

    ``tip`` may name the neuron ``{u}`` (from 1) and its class ``{name}``; ``line_scale``
    thickens the frames (the projector theme's).
    """
    pen = QPen(FRAME if line_scale == 1.0 else INK, min(1.0, column.size / 20) * line_scale)
    items = {}
    outline = QPainterPath()
    for unit, y in enumerate(column.ys):
        frame = QGraphicsRectItem(column.x, float(y), column.size, column.size)
        frame.setPen(pen)
        frame.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        neuron = NeuronRef(column_index, unit)
        frame.setData(ITEM_KEY, neuron)
        frame.setZValue(Z_FRAMES)
        name = translate("colors", colors.CLASS_NAMES[unit % len(colors.CLASS_NAMES)])
        frame.setToolTip(tip.format(u=unit + 1, name=name))
        items[neuron] = frame
        outline.addRect(frame.rect())
    frames = QGraphicsPathItem(outline)
    frames.setPen(pen)
    frames.setZValue(Z_FRAMES)
    frames.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return items, frames


class FeatureNode(QGraphicsRectItem):
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


class FeatureTiles:
    """The seven input features: map, frame and label each; those switched off faded."""

    def __init__(self, lut: np.ndarray, on_click: Callable[[str], None]) -> None:
        self._lut = lut
        self._on_click = on_click
        self._images: dict[str, Heatmap] = {}
        self.frames: dict[str, FeatureNode] = {}
        self._labels: dict[str, QGraphicsSimpleTextItem] = {}

    def build(self, scene: QGraphicsScene, column: Column, resolution: int) -> None:
        """Add the tiles to ``scene`` in ``column``, one per feature slot."""
        self._images.clear()
        self.frames.clear()
        self._labels.clear()
        # Right-aligned with the nodes, so a crowded first hidden column has room.
        title = translate("neuron_tiles", "FEATURES")
        header = caption(scene, title, font(11, bold=True), 0, COLUMN_CAPTION_Y)
        tip = (
            translate(
                "neuron_tiles",
                "{feature} — click to switch this input on or off (starts training again)",
            )
            if FEATURES_RESET
            else translate(
                "neuron_tiles",
                "{feature} — click to switch this input on or off (keeps what it has learned)",
            )
        )
        header.setX(column.x + column.size - header.boundingRect().width())
        for slot, (name, feature) in enumerate(FEATURES.items()):
            y = float(column.ys[slot])
            image = Heatmap()
            image.setLookupTable(self._lut)
            image.setZValue(Z_IMAGES)
            image.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            place_image(image, column.x, y, column.size, resolution)
            scene.addItem(image)
            frame = FeatureNode(QRectF(column.x, y, column.size, column.size), name, self._on_click)
            frame.setToolTip(tip.format(feature=feature.label))
            scene.addItem(frame)
            label = caption(
                scene, feature.label, font(12), column.x - 8, y + column.size / 2, align="right"
            )
            self._images[name] = image
            self.frames[name] = frame
            self._labels[name] = label

    def update(self, snap: Snapshot, resolution: int) -> None:
        """Show the features over ``snap``'s plane; the enabled ones bright."""
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
            image = self._images[name]
            image.setImage(values[::-1], autoLevels=False, levels=(-reach, reach))
            image.setOpacity(1.0 if enabled else 0.25)
            frame = self.frames[name]
            frame.setPen(
                QPen(
                    FRAME if enabled else MUTED.lighter(140),
                    1.0,
                    Qt.PenStyle.SolidLine if enabled else Qt.PenStyle.DashLine,
                )
            )
            self._labels[name].setBrush(INK if enabled else MUTED)


class OutputTiles:
    """The output column's maps: the probability of blue, the value (regression), or one
    map per class, each in its class's colour."""

    def __init__(self, lut: np.ndarray) -> None:
        self._lut = lut
        self._images: list[Heatmap] = []
        self._column: Column | None = None
        self._factor = 0  # the boundary is shown averaged over f×f blocks

    def build(self, scene: QGraphicsScene, snap: Snapshot, column: Column) -> None:
        self._images = []
        self._column = column
        self._factor = 0
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
            scene.addItem(image)
            self._images.append(image)

    def update(self, snap: Snapshot, pixels: float) -> None:
        """Show ``snap``'s boundary; ``pixels`` is device pixels per scene unit."""
        boundary = snap.boundary
        column, resolution = self._column, boundary.shape[0]
        f = bin_factor(resolution, resolution, column.size * pixels)
        if f != self._factor:
            self._factor = f
            for image, y in zip(self._images, column.ys):
                place_image(image, column.x, float(y), column.size, resolution // f)
        if f > 1:
            boundary = binned(boundary, f, 0)
        boundary = boundary[::-1]
        if snap.output_kind == "multiclass":
            for k, image in enumerate(self._images):
                image.set_values(boundary[..., k], (0.0, 1.0))
        elif snap.output_kind == "regression":
            self._images[0].set_values(boundary, (-1.0, 1.0))
        else:
            self._images[0].set_values(boundary, (0.0, 1.0))


def hidden_neuron_tip(hidden: int) -> str:
    """The tooltip of a neuron of hidden layer ``hidden`` (0-based), for neuron_frames."""
    return translate(
        "neuron_tiles",
        "Neuron {u} of hidden layer {layer}: its output over the plane"
        " (blue positive, orange negative)",
    ).format(u="{u}", layer=hidden + 1)  # {u} stays for neuron_frames


def output_neuron_tip(output_kind: str, tfp: bool = False) -> str:
    """The tooltip of an output neuron, for neuron_frames (``tfp``: TensorFlow Playground's
    tanh output, drawn as (1 + ŷ)/2 on the same scale as a probability)."""
    if tfp:
        return translate(
            "neuron_tiles",
            "The output: (1 + ŷ)/2 over the plane, with ŷ = tanh(z) (blue near 1, orange near 0)",
        )
    if output_kind == "multiclass":
        return translate(
            "neuron_tiles", "Output {u}: the probability of class {name} over the plane"
        )
    if output_kind == "regression":
        return translate(
            "neuron_tiles", "The output: the predicted value over the plane (blue high, orange low)"
        )
    return translate("neuron_tiles", "The output: the probability of blue over the plane")
