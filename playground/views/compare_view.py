"""Compare's lanes view: the settings table over one map a lane, racing side by side.

Each lane's map shows its boundary (100×100) with the training points on top, under the
lane's name and what sets it apart, over its losses. The maps are laid out to come out as
big as fits. It only draws what a snapshot holds.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from engine import ACTIVATIONS
from engine.datasets import VIEW_BOX
from engine.i18n import number, translate
from playground.core import colors, comparison
from playground.core.comparison import LANE_COLORS, MAX_LANES, OPTIMIZER_SHORT, LaneSnapshot
from playground.core.snapshot import Snapshot
from playground.views.compare_table import LaneTable
from playground.views.control_text import shown
from playground.views.heatmap_item import Heatmap
from playground.views.loss_chart import format_accuracy, format_loss
from playground.views.math_plot import math_plot
from playground.views.output_view import MAP_OPACITY, SquareBox, lighten
from playground.views.point_symbols import class_symbols

TEXT_SECONDS = 0.1  # the lanes' figures are redrawn at most this often while running
LANE_POINT_SIZE = 5
BINARY_LEVELS = (0.0, 1.0)
REGRESSION_LEVELS = (-1.0, 1.0)
_EDGE = pg.mkPen(255, 255, 255, width=1)


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


# Translated when called (a lane's title), never at import.
SHORT_FORMATS = (
    (
        "optimizer",
        lambda v: translate("comparison", OPTIMIZER_SHORT[v]) if v in OPTIMIZER_SHORT else v,
    ),
    (
        "learning_rate",
        lambda v: translate("compare_view", "rate {rate}").format(rate=number(v, "g")),
    ),
    ("activation", lambda v: shown(ACTIVATIONS[v].title) if v in ACTIVATIONS else str(v)),
    ("batch_size", lambda v: translate("compare_view", "batch {size}").format(size=v)),
    (
        "regularization",
        lambda v: translate("compare_view", "no reg.") if v == "none" else v.upper(),
    ),
    ("reg_rate", lambda v: translate("compare_view", "reg. {rate}").format(rate=number(v, "g"))),
)


class LaneMap(QWidget):
    """One lane's boundary (100×100) with the training points, under its name and over
    its figures."""

    clicked = Signal(int)

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.color = LANE_COLORS[index]
        self.name = comparison.LANE_NAMES[index]
        self._kind = ""
        self._points_key: tuple | None = None
        self._placed: tuple | None = None
        self._texts: tuple = ()

        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plot_widget = math_plot()
        self.plot_widget.setMinimumSize(60, 60)
        self.plot_widget.setFrameShape(QFrame.Shape.NoFrame)
        self.plot_widget.setStyleSheet(f"border: 3px solid {_hex(self.color)};")
        plot = self.plot_widget.getPlotItem()
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        plot.layout.setContentsMargins(0, 0, 0, 0)
        self.view_box: pg.ViewBox = plot.getViewBox()
        self.view_box.setMouseEnabled(x=False, y=False)
        self.view_box.setAspectLocked(True)
        self.view_box.disableAutoRange()
        self.view_box.setRange(xRange=VIEW_BOX, yRange=VIEW_BOX, padding=0)
        self.scalar_image = Heatmap(smooth=False, axisOrder="row-major")
        # Lightened in the table, not by item opacity (see output_view: far cheaper to draw).
        self.scalar_image.setLookupTable(lighten(colors.diverging_lut(), MAP_OPACITY))
        self.class_image = pg.ImageItem(axisOrder="row-major")
        self.class_image.setVisible(False)
        for item in (self.scalar_image, self.class_image):
            item.setZValue(-10)
            plot.addItem(item)
        self.points = pg.ScatterPlotItem(size=LANE_POINT_SIZE, pen=_EDGE, pxMode=True)
        # The points stay put while the map under them changes every frame: drawn from a
        # cached pixmap they cost one copy instead of hundreds of symbols per frame.
        self.points.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        plot.addItem(self.points)
        self.plot_widget.setToolTip(
            translate(
                "compare_view",
                "Lane {lane}'s prediction over the plane, with the training points. "
                "Click to show this lane's network in the diagram.",
            ).format(lane=self.name)
        )
        self.plot_widget.scene().sigMouseClicked.connect(lambda _e: self.clicked.emit(self.index))
        self._lut_brushes = [pg.mkBrush(*map(int, c)) for c in colors.diverging_lut()]
        self._class_brushes = [pg.mkBrush(*c) for c in colors.CLASS_COLORS]
        self.footer = QLabel("–")
        self.footer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.footer.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.title)
        layout.addWidget(SquareBox(self.plot_widget, hint=200, minimum=60), 1)
        layout.addWidget(self.footer)

    def set_lane(
        self, lane: LaneSnapshot, snap: Snapshot, focused: bool, differs: str, texts: bool = True
    ) -> None:
        self._draw_map(lane, snap.output_kind)
        points_key = (snap.data.version, snap.output_kind)
        if points_key != self._points_key:
            self._points_key = points_key
            self._draw_points(snap)
        if not texts:
            return
        m = lane.metrics
        title = f"<b style='color:{_hex(self.color)}'>{'▶ ' if focused else ''}{self.name}</b>"
        if differs:
            title += f" · {differs}"
        classification = snap.output_kind != "regression"
        if lane.divergence is not None:
            footer = translate(
                "compare_view",
                "<span style='color:#8a1c12'><b>diverged</b> at epoch {epoch}</span>",
            ).format(epoch=number(lane.divergence.epoch, "d"))
        else:
            # The lane's figures as a list, joined by " · ".
            parts = [
                translate("compare_view", "test loss <b>{loss}</b>").format(
                    loss=format_loss(m.get("test_loss"))
                )
            ]
            if classification:
                parts.append(format_accuracy(m.get("test_accuracy")))
            if lane.finished:
                parts.append(translate("compare_view", "stopped"))
            footer = " · ".join(parts)
        steps = lane.steps  # a plain name: lupdate skips a call whose count is an attribute
        lines = [
            translate("compare_view", "Lane {lane}: {summary}").format(
                lane=self.name, summary=lane.summary
            ),
            translate("compare_view", "Epoch {epoch}, {steps} steps", None, steps).format(
                epoch=number(lane.epoch, ","), steps=number(steps, ",")
            ),
            translate("compare_view", "Test loss {test}, training loss {train}").format(
                test=format_loss(m.get("test_loss")), train=format_loss(m.get("train_loss"))
            ),
        ]
        if classification:
            lines.append(
                translate("compare_view", "Test accuracy {test}, training accuracy {train}").format(
                    test=format_accuracy(m.get("test_accuracy")),
                    train=format_accuracy(m.get("train_accuracy")),
                )
            )
        tip = "\n".join(lines)
        texts = (title, footer, tip)
        if texts != self._texts:
            self._texts = texts
            self.title.setText(title)
            self.footer.setText(footer)
            self.footer.setToolTip(tip)

    def _draw_map(self, lane: LaneSnapshot, kind: str) -> None:
        if kind != self._kind:
            self._kind = kind
            self.scalar_image.setVisible(kind != "multiclass")
            self.class_image.setVisible(kind == "multiclass")
        boundary = lane.boundary
        if kind == "multiclass":
            probs = boundary
            if not np.isfinite(probs).all():
                probs = np.nan_to_num(probs, nan=1.0 / probs.shape[-1], posinf=1.0, neginf=0.0)
            self.class_image.setImage(
                colors.blend_classes(probs), autoLevels=False, levels=(0, 255)
            )
        else:
            levels = REGRESSION_LEVELS if kind == "regression" else BINARY_LEVELS
            self.scalar_image.set_values(boundary, levels)
        placed = (kind, boundary.shape[:2])
        if placed != self._placed:
            self._placed = placed
            for item in (self.scalar_image, self.class_image):
                item.setRect(-6.0, -6.0, 12.0, 12.0)

    def _draw_points(self, snap: Snapshot) -> None:
        data = snap.data
        X, y = data.X_train, data.y_train
        if len(X) == 0:
            self.points.setData([], [])
            return
        if data.task == "regression":
            index = np.clip((np.asarray(y, dtype=np.float64) + 1.0) / 2.0 * 255, 0, 255)
            brushes = [self._lut_brushes[int(i)] for i in np.nan_to_num(index, nan=127.5)]
        else:
            brushes = [self._class_brushes[int(k) % len(self._class_brushes)] for k in y]
            # Each class in its shape, as in the output view.
            self.points.setData(X[:, 0], X[:, 1], brush=brushes, symbol=class_symbols(y))
            return
        self.points.setData(X[:, 0], X[:, 1], brush=brushes)


def differing(lanes: tuple[LaneSnapshot, ...] | list[LaneSnapshot]) -> list[str]:
    """Per lane, the settings in which the lanes differ, shortly ("Adam · rate 0.1")."""
    parts: list[list[str]] = [[] for _ in lanes]
    for field, fmt in SHORT_FORMATS:
        values = [getattr(lane.settings, field) for lane in lanes]
        if len(set(values)) > 1:
            for i, value in enumerate(values):
                parts[i].append(fmt(value))
    return [" · ".join(p) for p in parts]


class CompareView(QWidget):
    """The settings table over the lanes' maps, laid out to keep the maps as big as fits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = LaneTable()
        self.maps = [LaneMap(i, self) for i in range(MAX_LANES)]
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table)
        layout.addLayout(self._grid, 1)
        self._count = 0
        self._columns = 0
        self._texts_at = 0.0
        for lane_map in self.maps:
            lane_map.hide()

    def set_snapshot(self, snap: Snapshot) -> None:
        comp = snap.comparison
        if comp is None:
            return
        n = len(comp.lanes)
        if n != self._count:
            self._count = n
            self._arrange()
            for i, lane_map in enumerate(self.maps):
                lane_map.setVisible(i < n)
        self.table.set_snapshot(comp)
        # The figures change with every epoch; like the chart's, 10 times a second is plenty.
        now = time.perf_counter()
        texts = not snap.running or now - self._texts_at >= TEXT_SECONDS
        if texts:
            self._texts_at = now
        differs = differing(comp.lanes)
        for lane, text in zip(comp.lanes, differs):
            self.maps[lane.index].set_lane(lane, snap, lane.index == comp.focus, text, texts)

    def columns_for(self, n: int, width: int, height: int) -> int:
        """How many maps to a row so that the squares come out biggest."""
        best, best_side = 1, -1.0
        for columns in range(1, n + 1):
            rows = -(-n // columns)
            side = min(width / columns, height / rows - 40)  # title and figures take ~40 px
            if side > best_side + 1:
                best, best_side = columns, side
        return best

    def _arrange(self) -> None:
        n = max(self._count, 1)
        height = self.height() - self.table.sizeHint().height()
        columns = self.columns_for(n, self.width(), max(height, 1))
        if columns == self._columns and self._grid.count() == n:
            return
        self._columns = columns
        while self._grid.count():
            self._grid.takeAt(0)
        for i in range(n):
            self._grid.addWidget(self.maps[i], i // columns, i % columns)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._count:
            self._arrange()
