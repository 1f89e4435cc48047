"""Compare in the window: the output area becomes 2 to 4 lanes racing side by side.

Each lane shows its own settings (optimizer, learning rate, activation, batch size,
regularization), its boundary as a 100×100 map with the training points on top, and its
losses; the loss chart overlays every lane's curves in the lane's colour. A lane can be
shown in the network diagram or made the main network. No training logic here: every
control sends a command (playground.core.comparison) to the worker, and ``set_snapshot``
draws what the snapshot holds.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGraphicsItem,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine import ACTIVATIONS
from playground.core import colors, comparison
from playground.core.comparison import LANE_COLORS, MAX_LANES, OPTIMIZER_SHORT, LaneSnapshot
from playground.core.settings import LEARNING_RATES, REG_RATES, SETTINGS_INFO
from playground.core.snapshot import Snapshot
from playground.views.heatmap_item import Heatmap
from playground.views.loss_chart import format_accuracy, format_loss, thin_for_screen
from playground.views.menus import add_to_menu
from playground.views.output_view import MAP_OPACITY, SquareBox, lighten
from playground.views.top_bar import BATCH_SIZES

CHART_SECONDS = 0.1  # the lane curves are redrawn at most this often while running
LANE_POINT_SIZE = 5
BINARY_LEVELS = (0.0, 1.0)
REGRESSION_LEVELS = (-1.0, 1.0)
_EDGE = pg.mkPen(255, 255, 255, width=1)


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


LANE_CONTROLS = (
    ("optimizer", [(title, name) for name, title in OPTIMIZER_SHORT.items()]),
    ("learning_rate", [(f"{v:g}", v) for v in LEARNING_RATES]),
    ("activation", [(a.title, a.name) for a in ACTIVATIONS.values()]),
    ("batch_size", [(str(b), b) for b in BATCH_SIZES]),
    ("regularization", [("None", "none"), ("L1", "l1"), ("L2", "l2")]),
    ("reg_rate", [(f"{v:g}", v) for v in REG_RATES]),
)
COLUMN_STRETCH = {"optimizer": 4}  # else 3
COLUMN_TITLES = {
    "optimizer": "Optimizer",
    "learning_rate": "Learning rate",
    "activation": "Activation",
    "batch_size": "Batch",
    "regularization": "Reg.",
    "reg_rate": "Reg. rate",
}
SHORT_FORMATS = (
    ("optimizer", lambda v: OPTIMIZER_SHORT.get(v, v)),
    ("learning_rate", lambda v: f"rate {v:g}"),
    ("activation", lambda v: ACTIVATIONS[v].title if v in ACTIVATIONS else str(v)),
    ("batch_size", lambda v: f"batch {v}"),
    ("regularization", lambda v: "no reg." if v == "none" else v.upper()),
    ("reg_rate", lambda v: f"reg. {v:g}"),
)


class LaneRow:
    """One lane's line in the settings table: its name, its six settings, its buttons."""

    def __init__(self, index: int, owner: QWidget) -> None:
        self.index = index
        self.name = comparison.LANE_NAMES[index]
        self.color = LANE_COLORS[index]
        self._shown: tuple | None = None
        self.title = QToolButton(owner)
        self.title.setText(self.name)
        self.title.setAccessibleName(f"Lane {self.name}")
        self.title.setCheckable(True)
        self.title.setAutoRaise(True)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setStyleSheet(
            f"QToolButton {{ color: {_hex(self.color)}; padding: 1px 8px; "
            f"border: 2px solid {_hex(self.color)}; border-radius: 4px; }}"
            f"QToolButton:checked {{ background: {_hex(self.color)}; color: white; }}"
        )
        self.title.setToolTip(
            f"Show lane {self.name}'s network (weights, neurons) in the network diagram."
        )
        self.combos: dict[str, QComboBox] = {}
        for field, items in LANE_CONTROLS:
            combo = QComboBox(owner)
            combo.setObjectName(f"lane{self.name}_{field}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(3)
            # Share the width the column has; never widen the window (the popups show all).
            combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            combo.setMinimumWidth(36)
            for text, value in items:
                combo.addItem(text, value)
            info = SETTINGS_INFO[field]
            combo.setToolTip(
                f"Lane {self.name}'s {info.label.lower()}. {info.tip.split('. ')[0]}. Bold: "
                "the lane's own value; otherwise it follows the top bar. Changing it restarts "
                "the race from the same starting weights."
            )
            combo.setAccessibleName(f"Lane {self.name} {info.label}")
            self.combos[field] = combo
        self.promote_button = QToolButton(owner)
        self.promote_button.setText("Make main")
        self.promote_button.setToolTip(
            f"Make lane {self.name} the main network: its settings, weights and loss history "
            "carry on outside Compare."
        )
        self.remove_button = QToolButton(owner)
        self.remove_button.setText("✕")
        self.remove_button.setAccessibleName(f"Remove lane {self.name}")
        self.remove_button.setToolTip(f"Remove lane {self.name} (the race starts again).")

    def widgets(self) -> list[QWidget]:
        return [self.title, *self.combos.values(), self.promote_button, self.remove_button]

    def set_visible(self, on: bool) -> None:
        for widget in self.widgets():
            widget.setVisible(on)

    def show_settings(self, lane: LaneSnapshot, focused: bool, removable: bool) -> None:
        if self.title.isChecked() != focused:
            self.title.setChecked(focused)
        if self.remove_button.isEnabled() != removable:
            self.remove_button.setEnabled(removable)
        key = (lane.settings, tuple(sorted(lane.overrides)))
        if key == self._shown:
            return
        self._shown = key
        s = lane.settings
        for field, combo in self.combos.items():
            value = getattr(s, field)
            index = combo.findData(value)
            if index < 0:
                combo.addItem(f"{value:g}" if isinstance(value, float) else str(value), value)
                index = combo.count() - 1
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
            font = QFont(combo.font())
            font.setBold(field in lane.overrides)
            combo.setFont(font)
        self.combos["reg_rate"].setEnabled(s.regularization != "none")


class LaneTable(QWidget):
    """The lanes' settings, one row a lane, so that what differs reads down a column."""

    changed = Signal(int, str, object)  # lane, field, value
    focus_requested = Signal(int)
    promote_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(3)
        grid.setVerticalSpacing(2)
        lane_caption = QLabel("Lane")
        lane_caption.setObjectName("caption")
        lane_caption.setToolTip("Click a lane's letter to show its network in the diagram.")
        grid.addWidget(lane_caption, 0, 0)
        for column, (field, _items) in enumerate(LANE_CONTROLS, start=1):
            caption = QLabel(COLUMN_TITLES[field])
            caption.setObjectName("caption")
            caption.setWordWrap(True)
            caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            caption.setToolTip(SETTINGS_INFO[field].tip)
            grid.addWidget(caption, 0, column)
        self.rows = [LaneRow(i, self) for i in range(MAX_LANES)]
        self.focus_group = QButtonGroup(self)
        self.focus_group.setExclusive(True)
        for i, row in enumerate(self.rows):
            self.focus_group.addButton(row.title, i)
            for column, widget in enumerate(row.widgets()):
                grid.addWidget(widget, i + 1, column)
            row.title.clicked.connect(lambda _c=False, i=i: self.focus_requested.emit(i))
            row.promote_button.clicked.connect(lambda _c=False, i=i: self.promote_requested.emit(i))
            row.remove_button.clicked.connect(lambda _c=False, i=i: self.remove_requested.emit(i))
            for field, combo in row.combos.items():
                combo.activated.connect(
                    lambda k, i=i, f=field, c=combo: self.changed.emit(i, f, c.itemData(k))
                )
            row.set_visible(False)
        for column, (field, _items) in enumerate(LANE_CONTROLS, start=1):
            grid.setColumnStretch(column, COLUMN_STRETCH.get(field, 3))
        self._count = 0

    def set_snapshot(self, comp) -> None:
        n = len(comp.lanes)
        if n != self._count:
            self._count = n
            for i, row in enumerate(self.rows):
                row.set_visible(i < n)
        for lane in comp.lanes:
            self.rows[lane.index].show_settings(
                lane, lane.index == comp.focus, n > comparison.MIN_LANES
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
        self.plot_widget = pg.PlotWidget(background="w")
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
        self.view_box.setRange(xRange=(-6, 6), yRange=(-6, 6), padding=0)
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
            f"Lane {self.name}'s prediction over the plane, with the training points. "
            "Click to show this lane's network in the diagram."
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
        if lane.divergence is not None:
            footer = (
                f"<span style='color:#8a1c12'><b>diverged</b> at epoch "
                f"{lane.divergence.epoch}</span>"
            )
        else:
            footer = f"test loss <b>{format_loss(m.get('test_loss'))}</b>"
            if snap.output_kind != "regression":
                footer += f" · {format_accuracy(m.get('test_accuracy'))}"
            if lane.finished:
                footer += " · stopped"
        tip = (
            f"Lane {self.name}: {lane.summary}\nEpoch {lane.epoch:,}, {lane.steps:,} steps\n"
            f"Test loss {format_loss(m.get('test_loss'))}, training loss "
            f"{format_loss(m.get('train_loss'))}"
        )
        if snap.output_kind != "regression":
            tip += (
                f"\nTest accuracy {format_accuracy(m.get('test_accuracy'))}, training accuracy "
                f"{format_accuracy(m.get('train_accuracy'))}"
            )
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
        self.points.setData(X[:, 0], X[:, 1], brush=brushes)


def differing(lanes) -> list[str]:
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
        texts = not snap.running or now - self._texts_at >= CHART_SECONDS
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


# Eight curves share the chart while comparing: fewer points each keeps a redraw of them
# all (antialiased, half of them dashed) within a frame.
LANE_POINTS_PER_PIXEL = 0.25


class LaneCurves:
    """Every lane's losses in the loss chart, in the lane's colour (solid: test,
    dashed: training); the chart's own two curves step aside while comparing."""

    def __init__(self, chart) -> None:
        self.chart = chart
        self.items: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []
        self._names: list[str] = []
        self._key: tuple | None = None
        self._drawn = 0.0
        self._captions: list[str] = []
        self._focus: str | None = None
        self.active = False
        for color in LANE_COLORS:
            test = pg.PlotDataItem(pen=pg.mkPen(color, width=2.5), connect="finite")
            train = pg.PlotDataItem(
                pen=pg.mkPen(color, width=1.5, style=Qt.PenStyle.DashLine), connect="finite"
            )
            for item in (test, train):
                item.setVisible(False)
                chart.plot_item.addItem(item)
                thin_for_screen(item, LANE_POINTS_PER_PIXEL)  # after: addItem resets it
            self.items.append((test, train))

    def set_snapshot(self, snap: Snapshot) -> None:
        comp = snap.comparison
        if comp is None:
            if self.active:
                self._leave()
            return
        if not self.active:
            self._enter()
        focus = f"Lane {comp.lanes[comp.focus].name}"
        if focus != self._focus:
            self._focus = focus
            self._name_figures(focus)
        now = time.perf_counter()
        if snap.running and now - self._drawn < CHART_SECONDS:
            return
        key = tuple(
            (
                lane.name,
                lane.summary,
                len(lane.history["epoch"]),
                lane.history["epoch"][-1:].tobytes(),
            )
            for lane in comp.lanes
        )
        if key == self._key:
            return
        self._key = key
        self._drawn = now
        epochs, values = [], []
        for i, (test, train) in enumerate(self.items):
            if i < len(comp.lanes):
                h = comp.lanes[i].history
                test.setData(h["epoch"], h["test_loss"], connect="finite")
                train.setData(h["epoch"], h["train_loss"], connect="finite")
                epochs.append(h["epoch"])
                values.extend([h["test_loss"], h["train_loss"]])
            for item in (test, train):
                item.setVisible(i < len(comp.lanes))
        names = [
            f"{lane.name}: {text}" if text else f"Lane {lane.name}"
            for lane, text in zip(comp.lanes, differing(comp.lanes))
        ]
        if names != self._names:
            self._set_legend(names)
        set_range = getattr(self.chart, "set_extra_range", None)
        if set_range is not None:
            set_range(np.concatenate(epochs), np.concatenate(values))

    def _name_figures(self, lane: str | None) -> None:
        """The chart's big figures show the lane in focus: say which."""
        captions = getattr(self.chart, "_captions", [])
        if not self._captions:
            self._captions = [c.text() for c in captions]
        for caption, text in zip(captions, self._captions):
            caption.setText(text if lane is None else f"{lane}: {text.lower()}")

    def _set_legend(self, names: list[str]) -> None:
        legend = self.chart.legend
        for test, _train in self.items:
            legend.removeItem(test)
        for name, (test, _train) in zip(names, self.items):
            legend.addItem(test, name)
        self._names = names

    def _enter(self) -> None:
        self.active = True
        chart = self.chart
        for curve in (chart.train_curve, chart.test_curve):
            curve.setVisible(False)
            chart.legend.removeItem(curve)
        chart.legend.setColumnCount(MAX_LANES)
        self._names = []
        self._key = None

    def _leave(self) -> None:
        self.active = False
        chart = self.chart
        legend = chart.legend
        for test, train in self.items:
            legend.removeItem(test)
            test.setVisible(False)
            train.setVisible(False)
        legend.setColumnCount(2)
        for curve, name in ((chart.train_curve, "Training loss"), (chart.test_curve, "Test loss")):
            curve.setVisible(True)
            legend.addItem(curve, name)
        self._names = []
        self._focus = None
        self._name_figures(None)
        set_range = getattr(chart, "set_extra_range", None)
        if set_range is not None:
            set_range(np.zeros(0), np.zeros(0))


class CompareController:
    """Compare in a window: the header with its buttons, the lanes in place of the output
    view, the lane curves in the loss chart, and the View menu entry (C)."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.view = CompareView()
        self.curves = LaneCurves(window.loss_chart)
        self._comparing = False

        self.toggle = QPushButton("Compare")
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(
            "Race 2 to 4 copies of the network side by side (C): every lane starts from the "
            "same weights on the same data and differs only in the settings you give it "
            "(optimizer, learning rate, activation, batch size, regularization). Stop at "
            "epoch applies to every lane; stop when stuck waits until Compare is off."
        )
        self.toggle.clicked.connect(self.set_comparing)
        self.add_button = QPushButton("Add lane")
        self.add_button.setToolTip(
            "Add a lane (up to 4) that races an optimizer not raced yet. The race starts again."
        )
        self.add_button.clicked.connect(lambda: self._call(comparison.add_lane))
        self.restart_button = QPushButton("Restart race")
        self.restart_button.setToolTip(
            "Every lane back to epoch 0 and the same starting weights (R picks new weights)."
        )
        self.restart_button.clicked.connect(lambda: self._call(comparison.restart))
        self.caption = QLabel("Output")
        self.caption.setObjectName("caption")
        self.hint = QLabel(
            "Same start, same data: only the lanes' settings differ (bold: a lane's own; "
            "the others follow the top bar)."
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555; font-size: 9pt")
        self._sizes: list[int] | None = None  # the window's columns before Compare widened ours

        header = QHBoxLayout()
        header.setContentsMargins(0, 2, 0, 2)
        header.addWidget(self.caption)
        header.addWidget(self.add_button)
        header.addWidget(self.restart_button)
        header.addStretch(1)
        header.addWidget(self.toggle)
        self.stack = QStackedWidget()
        self.container = QWidget()
        layout = QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.hint)
        layout.addWidget(self.stack, 1)
        index = window.right.indexOf(window.output_view)
        window.right.replaceWidget(index, self.container)
        self.stack.addWidget(window.output_view)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(window.output_view)
        window.output_view.show()
        self._show_mode(False)

        table = self.view.table
        table.changed.connect(self._on_lane_changed)
        table.focus_requested.connect(lambda index: self._call(comparison.focus, index))
        table.promote_requested.connect(self.promote)
        table.remove_requested.connect(lambda index: self._call(comparison.remove_lane, index))
        for lane_map in self.view.maps:
            lane_map.clicked.connect(lambda index: self._call(comparison.focus, index))
        self.action = QAction("&Compare lanes", window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("C"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip(self.toggle.toolTip())
        self.action.triggered.connect(self.set_comparing)
        window.addAction(self.action)
        add_to_menu(window.menus.view, self.action)
        hooks = getattr(window, "frame_hooks", None)
        if hooks is not None:
            hooks.append(self.set_snapshot)

    # ---------------------------------------------------------------- commands
    def _call(self, fn, *args) -> None:
        """Run ``fn(session, *args)`` in the worker; a refusal goes to the status bar, and so
        does a text it returns."""
        self.window.client.submit(lambda session: fn(session, *args))

    def set_comparing(self, on: bool) -> None:
        if on:
            self.window.client.pause()
            self._call(comparison.start)
        else:
            self._call(comparison.stop)

    def _on_lane_changed(self, index: int, field: str, value: object) -> None:
        self._call(comparison.set_lane, index, field, value)

    def promote(self, index: int) -> None:
        snap = getattr(self.window, "snapshot", None)
        name = comparison.LANE_NAMES[index]
        if snap is not None and snap.comparison is not None and index < len(snap.comparison.lanes):
            summary = snap.comparison.lanes[index].summary
        else:
            summary = ""
        answer = QMessageBox.question(
            self.window,
            "Make this lane the main network?",
            f"Lane {name} ({summary}) becomes the main network: its settings, weights and loss "
            "history carry on, and Compare closes. The other lanes are dropped.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.window.client.pause()
            self._call(comparison.promote, index)

    # ----------------------------------------------------------------- drawing
    def _show_mode(self, comparing: bool) -> None:
        if comparing != self._comparing:
            self._widen(comparing)
        self._comparing = comparing
        self.stack.setCurrentWidget(self.view if comparing else self.window.output_view)
        self.caption.setText("Compare" if comparing else "Output")
        for widget in (self.add_button, self.restart_button, self.hint):
            widget.setVisible(comparing)
        self.toggle.setChecked(comparing)
        self.toggle.setText("Stop comparing" if comparing else "Compare")
        if hasattr(self, "action"):
            self.action.setChecked(comparing)

    def _widen(self, comparing: bool) -> None:
        """Lanes need room: while comparing, the output column takes some of the network
        diagram's width (given back afterwards)."""
        splitter = getattr(self.window, "splitter", None)
        if splitter is None or splitter.count() < 3:
            return
        if comparing:
            sizes = splitter.sizes()
            want = max(sizes[2], int(0.56 * (sizes[1] + sizes[2])))
            if want > sizes[2]:
                self._sizes = sizes
                splitter.setSizes([sizes[0], sizes[1] + sizes[2] - want, want])
        elif self._sizes is not None:
            splitter.setSizes(self._sizes)
            self._sizes = None

    def set_snapshot(self, snap: Snapshot) -> None:
        comparing = snap.comparison is not None
        if comparing != self._comparing or self.toggle.isChecked() != comparing:
            self._show_mode(comparing)  # also undoes a click that the worker refused
        if comparing:
            self.view.set_snapshot(snap)
            n = len(snap.comparison.lanes)
            if self.add_button.isEnabled() != (n < MAX_LANES):
                self.add_button.setEnabled(n < MAX_LANES)
        self.curves.set_snapshot(snap)


def install(window: QMainWindow) -> CompareController:
    """Add Compare to ``window``: the toggle above the output, the lanes, the chart curves."""
    controller = CompareController(window)
    window.compare = controller
    return controller
