"""The centre panel: the network drawn as TensorFlow Playground draws it.

Features on the left, hidden layers as columns of neurons with live heatmaps, the
output on the right, and weighted links in between. The scene is laid out once per
topology (and again when the widget changes shape) in design units of about one pixel
(playground.designer.layout_geometry), and the view scales it to fit; per frame only
images, link paths and bias colours change.

Every millisecond a frame costs the GUI thread is one the training thread waits. Most of
a frame goes to the heatmaps, which change every time (neuron_tiles); everything else
keeps a picture of itself and redraws it only when it changes: links and bias marks at
most every LINK_REFRESH_S and within a stroking budget per frame (link_refresh),
captions, buttons and features when the layout or their state changes.

Places are named with playground.core.refs: a neuron is a ``NeuronRef(column, unit)``
with column 0 the enabled input features (in ``snapshot.features`` order), 1..n the hidden
layers and n + 1 the output; a link is a ``LinkRef(weight_layer, i, j)``, the entry
``weights[weight_layer][i, j]``. Signals that name a hidden layer use the engine's 0-based
hidden-layer index (``edits.add_neuron``).
"""

from __future__ import annotations

import time
from functools import partial

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from engine import FEATURES
from playground.core import colors
from playground.core.refs import LinkRef, NeuronRef
from playground.core.snapshot import Snapshot
from playground.designer.bias_marks import BiasColours
from playground.designer.column_controls import (
    add_hidden_controls,
    add_layer_controls,
    add_output_captions,
)
from playground.designer.dead_marks import DeadMarks
from playground.designer.layout_geometry import (
    DEFAULT_ASPECT,
    LAYER_BUTTONS_X,
    SCENE_H,
    Column,
    lay_out,
    scene_width,
)
from playground.designer.link_refresh import LINK_REFRESH_S, NetworkLinks
from playground.designer.neuron_tiles import (
    FeatureTiles,
    Mosaic,
    OutputTiles,
    add_mosaic,
    hidden_neuron_tip,
    neuron_frames,
    output_neuron_tip,
)
from playground.designer.scene_controls import Button
from playground.views.theme import Theme

# The least scale: the smallest caption (10.5 pt, 14 px) stays at least 11 px high.
MIN_SCALE = 0.8
RELAYOUT_MS = 120  # after the last resize, lay out again for the new shape
RELAYOUT_SLACK = 0.03  # a change of the scene's width that lays it out again
SETTLE_MS = 100  # this long after the last snapshot, links and biases catch up with it


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
        # A frame changes the hidden and output columns, and now and then a layer of links or
        # bias marks: one rectangle around those leaves the captions, buttons and features
        # alone. Several small regions (Minimal/Smart) cost more: Qt then clips every item
        # to a complex region and paints some items once per rectangle.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setBackgroundBrush(QColor(*colors.WHITE))
        # Inputs on the left in every language: under Arabic a right-to-left view would
        # also start scrolled to its right end, the inputs out of sight.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # Anchored at the top left: a layer added or removed leaves the buttons in place.
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # A scrolled scene keeps its scroll position through a rescale (Qt would centre it).
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.pixels = 1.0  # device pixels per scene unit, as of the last fit()

    def fit(self) -> None:
        """The scene's height fills the view, as TensorFlow Playground keeps its neurons one
        size: a network too deep for the width scrolls sideways rather than shrink, and a
        panel too short for readable captions scrolls down."""
        rect, size = self.sceneRect(), self.size()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        # The scroll bar's height is kept free whether it shows or not: the scale, and the
        # place of every button, stay the same when a layer more makes the network scroll.
        scale = max((size.height() - bar) / rect.height(), MIN_SCALE)
        if size.width() < rect.width() * scale <= size.width() * (1 + RELAYOUT_SLACK):
            # Laid out for a shape a little different (a relayout waits for more): it is
            # fitted to the width rather than scrolled.
            scale = max(size.width() / rect.width(), MIN_SCALE)
        wide = rect.width() * scale > size.width() + 0.5
        tall = rect.height() * scale > size.height() - bar + 0.5
        on, off = Qt.ScrollBarPolicy.ScrollBarAlwaysOn, Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        self.setHorizontalScrollBarPolicy(on if wide else off)
        self.setVerticalScrollBarPolicy(on if tall else off)
        self.setTransform(QTransform.fromScale(scale, scale))
        self.pixels = scale * self.devicePixelRatioF()
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
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self._view)
        self.setMinimumHeight(220)  # and as wide as the strip above it (the palette) needs
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(RELAYOUT_MS)
        self._relayout_timer.timeout.connect(self._relayout)
        self._last: Snapshot | None = None

        self._lut = colors.diverging_lut()
        self._topology: tuple | None = None
        self._feature_key: tuple | None = None
        self._features: list[str] = []
        self._columns: list[Column] = []  # column 0 = all seven feature slots
        self._feature_tiles = FeatureTiles(self._lut, self._on_feature_clicked)
        self._mosaics: list[Mosaic] = []  # per hidden layer
        self._output = OutputTiles(self._lut)
        self._neuron_items: dict[NeuronRef, QGraphicsRectItem] = {}
        self._biases = BiasColours(self._lut)
        self.dead_marks = DeadMarks()  # a badge on each dead ReLU
        self._biases_at = -np.inf  # time.monotonic() of the last bias colour update
        self.links = NetworkLinks()
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(SETTLE_MS)
        self._settle_timer.timeout.connect(self._settle)
        self._buttons: dict[str, Button] = {}
        self.line_scale = 1.0  # links and frames, thicker in the projector theme
        self._locked_note = ""  # why the "+"/"−" buttons are locked ("": they are not)

    # ------------------------------------------------------------------ public
    @property
    def view(self) -> QGraphicsView:
        return self._view

    def scene(self) -> QGraphicsScene:
        return self._scene

    def set_theme(self, theme: Theme) -> None:
        """Draw links and neuron frames ``theme.line_scale`` times as thick (a rebuild)."""
        if theme.line_scale == self.line_scale:
            return
        self.line_scale = self.links.line_scale = theme.line_scale
        if self._last is not None:
            self._topology = None
            self.set_snapshot(self._last)

    def add_strip(self, widget: QWidget) -> None:
        """Show ``widget`` across the top of the panel, above the network (the palette)."""
        self._layout.insertWidget(0, widget)

    def set_snapshot(self, snap: Snapshot) -> None:
        """Show ``snap``; rebuilds the scene only if the topology changed."""
        self._last = snap
        resolution = snap.feature_maps.shape[-1]
        topology = (
            tuple(snap.layer_sizes),
            tuple(snap.features),
            snap.output_kind,
            snap.tfp_output,  # the output's caption: Tanh or Sigmoid
            tuple((h["activation"], h.get("dropout", 0.0)) for h in snap.spec["hidden"]),
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
            self._feature_tiles.update(snap, resolution)
            self._feature_key = feature_key
        pixels = self._view.pixels
        for mosaic, maps in zip(self._mosaics, snap.neuron_maps):
            mosaic.set_maps(maps, pixels)
        self._output.update(snap, pixels)
        self.links.set_snapshot(snap)
        self.dead_marks.update(self._scene, snap, self._neuron_items)
        if rebuilt:
            self._settle()
            return
        self._settle_timer.start()  # restarted by every frame: fires once they stop
        now = time.monotonic()
        if now - self._biases_at >= LINK_REFRESH_S:
            self._biases.update(snap)
            self._biases_at = now
        self.links.refresh(now)

    def neuron_at(self, pos: QPointF) -> NeuronRef | None:
        """The neuron under scene position ``pos``; disabled features are None."""
        for index, column in enumerate(self._columns):
            unit = column.unit_at(pos)
            if unit is None:
                continue
            if index == 0:
                name = list(FEATURES)[unit]
                return NeuronRef(0, self._features.index(name)) if name in self._features else None
            return NeuronRef(index, unit)
        return None

    def feature_at(self, pos: QPointF) -> str | None:
        """Name of the feature node (enabled or not) under scene position ``pos``."""
        if not self._columns:
            return None
        slot = self._columns[0].unit_at(pos)
        return None if slot is None else list(FEATURES)[slot]

    def link_at(self, pos: QPointF, tolerance: float = 3.0) -> LinkRef | None:
        """The link within ``tolerance`` (plus half its width) of scene position ``pos``."""
        return self.links.at(pos, tolerance)

    def bias_at(self, pos: QPointF) -> NeuronRef | None:
        """The neuron whose bias mark is under scene position ``pos``."""
        for index, column in enumerate(self._columns[1:], start=1):
            unit = column.bias_unit_at(pos)
            if unit is not None:
                return NeuronRef(index, unit)
        return None

    def neuron_item(self, column: int, unit: int) -> QGraphicsRectItem:
        """The frame item of neuron ``unit`` of ``column`` (1..: hidden layers, output);
        its ``data(0)`` is its NeuronRef."""
        return self._neuron_items[NeuronRef(column, unit)]

    def neuron_items(self) -> dict[NeuronRef, QGraphicsRectItem]:
        return dict(self._neuron_items)

    def neuron_rect(self, neuron: NeuronRef) -> QRectF | None:
        """Where ``neuron``'s frame is in the scene; None if it is not on show."""
        item = self._neuron_items.get(neuron)
        return None if item is None else item.sceneBoundingRect()

    def feature_item(self, name: str) -> QGraphicsRectItem:
        return self._feature_tiles.frames[name]

    def link_pen(self, weight_layer: int, i: int, j: int) -> QPen:
        """The pen link ``weights[weight_layer][i, j]`` is drawn with for the newest weights
        (the screen may show the previous one for up to LINK_REFRESH_S)."""
        return self.links.pen(LinkRef(weight_layer, i, j))

    def link_line(self, weight_layer: int, i: int, j: int) -> tuple[QPointF, QPointF]:
        """Scene end points of link ``weights[weight_layer][i, j]``."""
        return self.links.line(LinkRef(weight_layer, i, j))

    def link_ends(self, link: LinkRef) -> tuple[QPointF, QPointF] | None:
        """Scene end points of ``link``; None if it is not on show."""
        try:
            return self.links.line(link)
        except IndexError:
            return None

    @property
    def link_mode(self) -> str:
        """What the links show: "weights", "gradients" or "plain" (link_refresh.LINK_MODES)."""
        return self.links.mode

    @link_mode.setter
    def link_mode(self, mode: str) -> None:
        if mode != self.links.mode:
            self.links.mode = mode
            self._settle()

    def button(self, name: str) -> QGraphicsItem:
        """A "+"/"−" control: "layer+", "layer-", or "neuron+<h>" / "neuron-<h>" per hidden layer."""
        return self._buttons[name]

    def set_locked(self, note: str) -> None:
        """Grey out every "+"/"−" button with ``note`` as its tooltip (a lesson's lock), or
        give them back their own state with ""."""
        self._locked_note = note
        if self._last is not None:
            self._topology = None  # rebuilt: each button's own state and tip come back
            self.set_snapshot(self._last)

    def button_at(self, pos: QPointF) -> str | None:
        """The name of the "+"/"−" control under scene position ``pos`` (see :meth:`button`)."""
        for name, button in self._buttons.items():
            if button.isVisible() and button.sceneBoundingRect().contains(pos):
                return name
        return None

    def column_rects(self) -> list[QRectF]:
        """Where each column's nodes are, in scene coordinates: 0 the seven feature slots,
        1..n the hidden layers, n + 1 the output."""
        return [column.rect() for column in self._columns]

    # ------------------------------------------------------------------ layout
    def _scene_width(self, n_hidden: int) -> float:
        size = self._view.size()  # as fit() measures it, whether a scroll bar shows or not
        aspect = size.width() / size.height() if size.height() > 1 else DEFAULT_ASPECT
        return scene_width(aspect, n_hidden)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout_timer.start()

    def _relayout(self) -> None:
        if self._last is None:
            return
        wanted = self._scene_width(len(self._last.spec["hidden"]))
        if abs(wanted - self._scene.width()) > RELAYOUT_SLACK * self._scene.width():
            self._topology = None
            self.set_snapshot(self._last)

    def _rebuild(self, snap: Snapshot, resolution: int) -> None:
        self.links.take_out(self._scene)
        self._scene.clear()
        self._neuron_items.clear()
        self._buttons.clear()
        self._settle_timer.stop()
        self._biases.clear()
        self.dead_marks.clear()
        self._features = list(snap.features)
        hidden = snap.spec["hidden"]
        width = self._scene_width(len(hidden))
        self._scene.setSceneRect(0, 0, width, SCENE_H)
        self._view.setSceneRect(0, 0, width, SCENE_H)
        layout = lay_out(snap, width)
        self._columns = columns = layout.columns
        scene = self._scene

        self._feature_tiles.build(scene, columns[0], resolution)
        self._mosaics = []
        for h, layer in enumerate(hidden):
            column = columns[h + 1]
            add, remove = partial(self.neuron_added.emit, h), partial(self.neuron_removed.emit, h)
            self._buttons.update(
                add_hidden_controls(scene, h, layer, column, layout.step, add, remove)
            )
            r = snap.neuron_maps[h].shape[-1]
            self._mosaics.append(
                add_mosaic(scene, self._lut, column, layer["units"], r, layout.gaps[h])
            )
            self._add_neuron_frames(h + 1, hidden_neuron_tip(h))
        add_output_captions(scene, snap, columns[-1])
        self._output.build(scene, snap, columns[-1])
        self._add_neuron_frames(
            len(columns) - 1, output_neuron_tip(snap.output_kind, snap.tfp_output)
        )
        self._buttons.update(
            add_layer_controls(
                scene, len(hidden), LAYER_BUTTONS_X, self.layer_added.emit, self.layer_removed.emit
            )
        )
        if self._locked_note:
            for button in self._buttons.values():
                button.setEnabled(False)
                button.setToolTip(self._locked_note)
        self.links.build(scene, snap, columns)
        self._view.fit()

    def _add_neuron_frames(self, column_index: int, tip: str) -> None:
        column = self._columns[column_index]
        items, outline = neuron_frames(column_index, column, tip, self.line_scale)
        for item in items.values():
            self._scene.addItem(item)
        self._neuron_items.update(items)
        first_bias = sum(len(c.ys) for c in self._columns[1:column_index])
        self._biases.add_column(self._scene, column, first_bias)
        self._scene.addItem(outline)

    def _settle(self) -> None:
        """Show the newest snapshot's weights and biases in full, whatever the budget."""
        if self._last is None:
            return
        now = time.monotonic()
        self._biases.update(self._last)
        self._biases_at = now
        self.links.settle(now)

    # ------------------------------------------------------------------ events
    def _on_feature_clicked(self, name: str) -> None:
        self.feature_toggled.emit(name, name not in self._features)
