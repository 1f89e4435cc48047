"""Live gradients: how big each layer's weight gradient is, over time, and its spread.

The panel (View → Gradients, G; placed by gradient_slot.py) shows, per layer,
‖∂L/∂W‖/‖W‖ of the last training batch on a log scale, so that vanishing and exploding
gradients can be seen as they happen; a marker with the warning about gradients, if any,
that the snapshot carries (the rules, stated in the marker's tooltip, are
playground/core/warnings_check.py's, so the panel, the banner and ``--report`` agree); and
histograms of one layer's weights and of their gradients. The norms' history is Qt-free:
playground/core/gradient_stats.py.

Everything comes from the snapshots the window already draws (``weight_grads`` and
``weights`` are copies of the last batch's gradients and the weights), so training pays
nothing extra: the norms are a dot product per layer per frame, on the GUI side, and the
plots redraw a few times a second, only while the panel is open. See benchmarks/gui.py
("gradients" rows) for what that costs training.
"""

from __future__ import annotations

import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.i18n import number, translate
from playground.core.gradient_stats import (
    GradientRecord,
    Verdict,
    layer_name,
    nice_ceiling,
    short_name,
    smoothed,
    verdict_of,
)
from playground.core.snapshot import Snapshot
from playground.core.warnings_check import RULE_TEXT, STARVED_RATIO
from playground.views.math_plot import math_plot

NORMS_SECONDS = 0.15  # the norm plot and the marker redraw at most this often
HISTOGRAM_SECONDS = 0.4  # and the histograms
BINS = 30
MAX_POINTS = 400  # per curve drawn
WARN_STYLE = (
    "QLabel { background: #fde2e1; color: #8a1c12; border-left: 5px solid #d9534f; "
    "padding: 4px 8px; font-size: 11pt; font-weight: 600; }"
)
OK_STYLE = "QLabel { color: #3c3c3c; padding: 4px 8px; font-size: 11pt; }"
THRESHOLD_COLOR = (200, 40, 40)


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def layer_colors(n_layers: int) -> list[tuple[int, int, int]]:
    """Warm for the first layers, dark for the output: the gradient's way back reads left
    to right in the legend."""
    cmap = pg.colormap.get("plasma")
    stops = np.linspace(0.8, 0.0, n_layers) if n_layers > 1 else np.array([0.0])
    return [tuple(int(c) for c in rgba[:3]) for rgba in cmap.map(stops, mode="byte")]


class GradientPanel(QWidget):
    """The norm chart with its marker, and one layer's weight and gradient histograms."""

    def __init__(self, parent: QWidget, record: GradientRecord) -> None:
        """``record`` keeps the norms from every frame, the panel open or not."""
        super().__init__(parent)
        self.record = record
        self.history = record.history
        self.verdict = Verdict()
        self._structure: tuple | None = None  # the record's structure the curves are for
        self._restarts = -1  # the record's restarts the ranges are fitted to
        self._colors: list[tuple[int, int, int]] = []
        self._norms_drawn = -math.inf
        self._hist_drawn = -math.inf
        self._curves: list[pg.PlotCurveItem] = []
        self._warnings: list[pg.TextItem] = []
        self._warned: tuple = ("", [])
        self._marker_empty = True
        self._x_max = 0.0  # the norm plot's ranges, changed only when the data leaves them
        self._y_range: tuple[int, int] | None = None
        self._hist_limits: dict[str, float] = {}  # each histogram's x range, ± this

        self.marker = QLabel()
        self.marker.setWordWrap(True)
        # A wrapped label asks for its whole text's width once it has been wide: without
        # this the window grows with every longer message.
        self.marker.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.marker.setMinimumHeight(2 * QFontMetrics(_font(11, True)).lineSpacing() + 6)
        rule = translate("warnings_check", RULE_TEXT)  # its module's context
        self.marker.setToolTip(rule)
        self._set_marker(Verdict())

        self.norm_plot = math_plot()
        self.norm_plot.setToolTip(
            translate(
                "gradient_panel",
                "‖∂L/∂W‖ / ‖W‖ of each layer: how fast its weights change for their size (the "
                "last batch's gradient, averaged over a few frames), against the training step, "
                "on a log scale. Each grid line down is 10× slower. The red dashed line is the "
                "output layer's ÷ 50: a layer below it learns too slowly to catch up, which "
                "matters while much is left to learn.",
            )
            + " "
            + rule
        )
        item = self.norm_plot.getPlotItem()
        item.setLogMode(y=True)
        item.hideButtons()
        item.setMenuEnabled(False)
        item.showGrid(x=False, y=True, alpha=0.25)
        item.setLabel("bottom", translate("gradient_panel", "training step"))
        item.setLabel("left", "‖∂L/∂W‖ / ‖W‖")
        item.getViewBox().setMouseEnabled(x=False, y=False)
        item.getViewBox().disableAutoRange()
        self._style_axes(item)
        pen = pg.mkPen(*THRESHOLD_COLOR, width=2, style=Qt.PenStyle.DashLine)
        self.threshold = pg.PlotCurveItem(pen=pen, connect="finite")
        self.threshold.setZValue(10)  # over the curves
        item.addItem(self.threshold)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.legend.setToolTip(
            translate(
                "gradient_panel",
                "Each layer's colour (h1 = the weights into hidden layer 1, out = into the "
                "output); the red dashed line: the output layer's ‖∂L/∂W‖ / ‖W‖ ÷ 50.",
            )
        )

        self.layer_box = QComboBox()
        # As wide as its longest entry: "hidden layer 1 (2×4 weights)" must not read "(2".
        self.layer_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.layer_box.setToolTip(
            translate(
                "gradient_panel",
                "Which layer's weights the histograms show (the weights into that layer's "
                "neurons).",
            )
        )
        self.layer_box.currentIndexChanged.connect(lambda _i: self._draw_histograms())
        self.weight_plot, self.weight_curve = self._histogram(
            translate("gradient_panel", "Weights w of this layer: how many have each value."),
            (8, 119, 189),
        )
        self.grad_plot, self.grad_curve = self._histogram(
            translate(
                "gradient_panel",
                "Gradients ∂L/∂w of this layer's weights (last batch): how many have each value. "
                "Look at the axis: for a vanishing layer they are all tiny.",
            ),
            (123, 63, 160),
        )
        self.weight_title = QLabel(translate("gradient_panel", "Weights w"))
        self.grad_title = QLabel(translate("gradient_panel", "Gradients ∂L/∂w"))
        for label in (self.weight_title, self.grad_title):
            label.setToolTip(translate("gradient_panel", "± their typical size (root mean square)"))
            label.setStyleSheet("font-weight: 600")
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        for plot in (self.norm_plot, self.weight_plot, self.grad_plot):
            plot.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.norm_plot, 1)
        left.addWidget(self.legend)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(
            translate("gradient_panel", "Close the gradient panel (G); the loss chart comes back")
        )
        heading = QLabel(translate("gradient_panel", "Gradients"))
        heading.setStyleSheet("font-size: 13pt; font-weight: 700")
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.close_button)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(2)
        # The caption above its box, not beside it: side by side they took the width the
        # gradient-size plot and its legend need on a 1280 px projector screen.
        caption = QLabel(translate("gradient_panel", "Histograms of"))
        caption.setToolTip(self.layer_box.toolTip())
        right.addWidget(caption)
        right.addWidget(self.layer_box)
        right.addWidget(self.weight_title)
        right.addWidget(self.weight_plot, 1)
        right.addWidget(self.grad_title)
        right.addWidget(self.grad_plot, 1)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.marker)
        layout.addLayout(body, 1)
        # Built at its first opening: the layers recorded so far fill the layer box now,
        # so that the panel asks the side slot for the room they need as it is placed.
        self._follow_record()

    # ------------------------------------------------------------------ public
    def draw(self, force: bool = False) -> None:
        """Redraw what is due: the norms ten times a second, the histograms four."""
        snap = self.record.snap
        if snap is None:
            return
        self._follow_record()
        now = time.perf_counter()
        if force or not snap.running or now - self._norms_drawn >= NORMS_SECONDS:
            self._norms_drawn = now
            self._draw_norms(snap)
        if force or not snap.running or now - self._hist_drawn >= HISTOGRAM_SECONDS:
            self._hist_drawn = now
            self._draw_histograms()

    # ---------------------------------------------------------------- drawing
    def _follow_record(self) -> None:
        """Ranges fitted afresh for a new history, and curves for new layers."""
        record = self.record
        if record.restarts == self._restarts:
            return
        self._restarts = record.restarts
        self._x_max, self._y_range = 0.0, None
        structure = record.structure
        if structure is None or structure == self._structure:
            return
        self._structure = structure
        n = len(structure)
        item = self.norm_plot.getPlotItem()
        for curve in self._curves:
            item.removeItem(curve)
        self._colors = layer_colors(n)
        self._curves = []
        for k in range(n):
            curve = pg.PlotCurveItem(pen=pg.mkPen(*self._colors[k], width=2), connect="finite")
            item.addItem(curve)
            self._curves.append(curve)
        self.legend.setText(
            " ".join(
                f"<span style='color:rgb{self._colors[k]}; font-size:13pt'>■</span>"
                f"{short_name(k, n)}"
                for k in range(n)
            )
            # one piece, never broken across lines
            + f" &nbsp;<span style='color:rgb{THRESHOLD_COLOR}'>-&nbsp;-&nbsp;-</span>&nbsp;"
            + translate("gradient_panel", "out ÷ 50").replace(" ", "&nbsp;")
        )
        was = self.layer_box.blockSignals(True)
        self.layer_box.clear()
        for k in range(n):
            sizes = structure[k]
            entry = translate("gradient_panel", "{layer} ({rows}×{columns} weights)")
            self.layer_box.addItem(
                entry.format(layer=layer_name(k, n), rows=sizes[0], columns=sizes[1]), k
            )
        self.layer_box.setCurrentIndex(0)
        self.layer_box.blockSignals(was)
        self._set_warnings(Verdict())

    def _draw_norms(self, snap: Snapshot) -> None:
        steps, norms = self.history.arrays()
        if not len(steps):
            for curve in self._curves:
                curve.setData([], [])
            self.threshold.setData([], [])
            self._set_marker(self._diagnose(norms, snap))
            self._set_warnings(self.verdict)
            return
        shown = smoothed(norms)
        # The axis is in log mode and the curves get log10 values themselves: plain
        # PlotCurveItems cost a fraction of PlotDataItems per update. No more points than
        # the plot has pixels for.
        every = max(1, len(steps) // MAX_POINTS)
        x = steps[::-1][::every][::-1]
        with np.errstate(invalid="ignore"):
            logs = np.log10(shown[::-1][::every][::-1])
        for k, curve in enumerate(self._curves):
            curve.setData(x, logs[:, k])
        self.threshold.setData(x, logs[:, -1] + math.log10(STARVED_RATIO))
        self._fit_ranges(steps, shown)
        verdict = self._diagnose(norms, snap)
        if verdict.text != self.verdict.text or self._marker_empty:
            self._set_marker(verdict)
        if (verdict.kind, verdict.layers) != self._warned:
            self._set_warnings(verdict)
        if verdict.layers:
            self._place_warnings(steps, shown)

    def _fit_ranges(self, steps: np.ndarray, shown: np.ndarray) -> None:
        """Ranges that change in steps, not with every sample: a redrawn axis (its tick
        text) costs several times what the curves do, and the axes are cached pictures."""
        vb = self.norm_plot.getPlotItem().getViewBox()
        last = float(steps[-1])
        if last > self._x_max:
            self._x_max = nice_ceiling(last * 1.2)
            vb.setXRange(0.0, self._x_max, padding=0)
        finite = shown[np.isfinite(shown)]
        if not len(finite):
            return
        output = shown[:, -1][np.isfinite(shown[:, -1])]
        low = min(finite.min(), output.min() * STARVED_RATIO if len(output) else finite.min())
        lo = math.floor(math.log10(low)) if low > 0 else -12
        hi = math.ceil(math.log10(finite.max()))
        y = self._y_range
        if y is None or lo < y[0] or hi > y[1] or (y[1] - y[0]) > (hi - lo) + 4:
            self._y_range = (lo, max(hi, lo + 1))
            vb.setYRange(*self._y_range, padding=0.02)

    @staticmethod
    def _diagnose(norms: np.ndarray, snap: Snapshot) -> Verdict:
        return verdict_of(snap.warnings)

    def _set_marker(self, verdict: Verdict) -> None:
        self.verdict = verdict
        self._marker_empty = not self.history.n
        if verdict.kind:
            self.marker.setText(verdict.text)
            self.marker.setStyleSheet(WARN_STYLE)
        else:
            self.marker.setText(
                translate(
                    "gradient_panel",
                    "No gradient warning: no layer starves while much is left to learn, and no "
                    "step is larger than the weights it changes. (Hover for the rule.)",
                )
                if self.history.n
                else translate(
                    "gradient_panel",
                    "Press play: each layer's gradient size appears here as the network trains.",
                )
            )
            self.marker.setStyleSheet(OK_STYLE)

    def _set_warnings(self, verdict: Verdict) -> None:
        """A ⚠ at the end of each curve the marker is about; its curve drawn thicker."""
        item = self.norm_plot.getPlotItem()
        for text in self._warnings:
            item.removeItem(text)
        self._warnings = []
        self._warned = (verdict.kind, list(verdict.layers))
        n = len(self._curves)
        worst = verdict.layers[:1] if verdict.kind == "vanishing" else verdict.layers
        for k, curve in enumerate(self._curves):
            bad = k in verdict.layers
            curve.setPen(pg.mkPen(*self._colors[k], width=4 if bad else 2))
            if k in worst:
                text = pg.TextItem(
                    f"⚠ {short_name(k, n)}",
                    color=(138, 28, 18),
                    anchor=(1, 0.5),
                    fill=pg.mkBrush(255, 255, 255, 200),
                )
                text.setZValue(20)
                item.addItem(text, ignoreBounds=True)
                self._warnings.append(text)

    def _place_warnings(self, steps: np.ndarray, shown: np.ndarray) -> None:
        marked = self.verdict.layers[: len(self._warnings)]
        for text, k in zip(self._warnings, marked, strict=True):
            column = shown[:, k]
            finite = np.flatnonzero(np.isfinite(column))
            if len(finite):
                last = finite[-1]
                text.setPos(float(steps[last]), float(np.log10(column[last])))

    def _histogram(self, tip: str, rgb: tuple[int, int, int]):
        plot = math_plot()
        plot.setToolTip(tip)
        item = plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.getViewBox().setMouseEnabled(x=False, y=False)
        item.hideAxis("left")
        item.getViewBox().enableAutoRange(x=False, y=True)
        self._style_axes(item)
        curve = pg.PlotCurveItem(
            x=np.array([0.0, 1.0]),
            y=np.zeros(1),
            stepMode="center",
            fillLevel=0,
            brush=pg.mkBrush(*rgb, 150),
            pen=pg.mkPen(*rgb),
        )
        item.addItem(curve)
        plot.setMinimumSize(120, 36)  # the panel must fit a 1366x768 screen over a 300 px plot
        return plot, curve

    def _draw_histograms(self) -> None:
        snap = self.record.snap
        if snap is None or not snap.weights:
            return
        k = self.layer_box.currentData()
        if k is None or not 0 <= k < len(snap.weights):
            return
        mask = snap.masks[k] if k < len(snap.masks) else None
        for values, plot, curve, title, name in (
            (snap.weights[k], self.weight_plot, self.weight_curve, self.weight_title, "weights"),
            (snap.weight_grads[k], self.grad_plot, self.grad_curve, self.grad_title, "gradients"),
        ):
            v = values[mask] if mask is not None and mask.shape == values.shape else values
            v = v[np.isfinite(v)].ravel()
            if not len(v):
                curve.setData(np.array([0.0, 1.0]), np.zeros(1))
                continue
            # A symmetric range that changes in steps: the axis below stays a cached picture.
            limit = nice_ceiling(float(np.abs(v).max()) or 1e-12)
            if self._hist_limits.get(name) != limit:
                self._hist_limits[name] = limit
                plot.getPlotItem().getViewBox().setXRange(-limit, limit, padding=0.02)
            counts, edges = np.histogram(v, bins=BINS, range=(-limit, limit))
            curve.setData(edges, counts)
            typical = float(np.sqrt(np.mean(v * v)))
            shown = (
                translate("gradient_panel", "Weights w: ±{size}")
                if name == "weights"
                else translate("gradient_panel", "Gradients ∂L/∂w: ±{size}")
            )
            title.setText(shown.format(size=number(typical, ".2g")))

    @staticmethod
    def _style_axes(item) -> None:
        font = QFont()
        font.setPointSizeF(10.0)
        for name in ("bottom", "left"):
            axis = item.getAxis(name)
            axis.setStyle(tickFont=font)
            axis.enableAutoSIPrefix(False)  # a log axis must not be rescaled by 10³
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            axis.setTextPen(pg.mkPen(60, 60, 60))
            axis.setPen(pg.mkPen(150, 150, 150))
