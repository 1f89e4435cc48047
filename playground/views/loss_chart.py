"""The loss panel: the current losses and accuracies in large type, and their history."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGraphicsItem,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from engine.i18n import QT_TRANSLATE_NOOP, number, translate
from playground.core import colors
from playground.core.snapshot import Snapshot
from playground.views.math_plot import math_plot
from playground.views.theme import NORMAL, Theme

CURVE_WIDTH = 2.5  # px, in the normal theme
FIGURE_SCALE = NORMAL.figure_scale  # the big figures' type, times the application's
WIDE_GAP = 16  # px between the loss and the accuracy figures when side by side
HOVER_RATE = 60  # mouse moves per second handled at most; the rest are dropped


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 5 × 10ᵏ that is at least ``value`` (> 0)."""
    exponent = np.floor(np.log10(value))
    for step in (1.0, 2.0, 5.0, 10.0):
        bound = step * 10.0**exponent
        if bound >= value * (1 - 1e-12):
            return float(bound)
    return float(10.0 ** (exponent + 1))


SAMPLED_TIP = QT_TRANSLATE_NOOP(
    "loss_chart",
    "About: measured on {sampled} of the {total} points while the exact figures are computed "
    "(a moment on this much data).",
)
# The big figures' captions: plain, and naming whose they are ("Lane A: test loss").
CAPTIONS = (
    (
        QT_TRANSLATE_NOOP("loss_chart", "Test loss"),
        QT_TRANSLATE_NOOP("loss_chart", "{whose}: test loss"),
    ),
    (
        QT_TRANSLATE_NOOP("loss_chart", "Training loss"),
        QT_TRANSLATE_NOOP("loss_chart", "{whose}: training loss"),
    ),
    (
        QT_TRANSLATE_NOOP("loss_chart", "Test accuracy"),
        QT_TRANSLATE_NOOP("loss_chart", "{whose}: test accuracy"),
    ),
    (
        QT_TRANSLATE_NOOP("loss_chart", "Training accuracy"),
        QT_TRANSLATE_NOOP("loss_chart", "{whose}: training accuracy"),
    ),
)


def _about(prefix: str, figure: str) -> str:
    return figure if figure == "–" else prefix + figure


def format_loss(value: float | None) -> str:
    if value is None or not math.isfinite(value):
        return "–"
    if abs(value) < 1000:
        return number(value, ".3f")
    # As short as "0.048", so a runaway loss fits where the numbers stand: 3.4e7.
    mantissa, exponent = f"{value:.1e}".split("e")
    return f"{number(float(mantissa), '.1f')}e{number(int(exponent), 'd')}"


def format_accuracy(value: float | None) -> str:
    if value is None or not math.isfinite(value):
        return "–"
    return f"{number(100.0 * value, '.1f')} %"


def follow_the_network(
    epoch: int, metrics: dict, epochs: np.ndarray, train: np.ndarray, test: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The curves to draw: the history, and where an edit (a layer inserted, then undone)
    changed the network since its last point at this epoch, a step at this epoch to the
    losses of the network on show, which the figures above already give."""
    now = (metrics.get("train_loss"), metrics.get("test_loss"))
    if not len(epochs) or epochs[-1] != epoch or now[0] is None or metrics.get("sampled"):
        return epochs, train, test
    last = np.array([train[-1], test[-1]], dtype=np.float64)
    here = np.array([np.nan if v is None else v for v in now], dtype=np.float64)
    if np.allclose(last, here, rtol=1e-9, atol=0.0, equal_nan=True):
        return epochs, train, test
    return np.append(epochs, epoch), np.append(train, here[0]), np.append(test, here[1])


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


CURVE_POINTS_PER_PIXEL = 0.5  # drawn points of a long curve, per pixel of the plot's width


def thin_for_screen(curve: pg.PlotDataItem, per_pixel: float = CURVE_POINTS_PER_PIXEL) -> None:
    """Draw ``curve`` with at most ``per_pixel`` points per pixel of the plot's width.

    An antialiased 2.5 px stroke costs Qt about 2.5 µs a point (a dashed one more): a full
    history (1000 points) took 5 ms a redraw, and Compare's eight curves stalled frames
    for 15 ms. One point per two pixels looks the same, and "peak" keeps each bin's lowest
    and highest value, so no spike is lost. Call it once the curve is in its plot:
    PlotItem.addItem sets the plot's own downsampling on every curve it takes.
    """
    curve.setDownsampling(auto=True, method="peak")
    curve.opts["autoDownsampleFactor"] = per_pixel / 2  # (peak: 2 a bin)


class LossChart(QWidget):
    """Test and training loss against epoch; hovering reads off the values at an epoch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history_key: tuple | None = None
        self._epochs = np.zeros(0)
        self._train = np.zeros(0)
        self._test = np.zeros(0)
        # (epochs, losses) of curves others add to the plot (Compare's lanes), kept in view.
        self._extra = (np.zeros(0), np.zeros(0))
        self._hover_x: float | None = None

        base = QFont(self.font())
        big = QFont(base)
        big.setPointSizeF(base.pointSizeF() * FIGURE_SCALE)
        big.setBold(True)

        def value_label(color: tuple[int, int, int]) -> QLabel:
            label = QLabel("–")
            label.setFont(big)
            label.setStyleSheet(f"color: {_hex(color)}")
            return label

        self.test_loss_label = value_label(colors.TEST_CURVE)
        self.train_loss_label = value_label(colors.TRAIN_CURVE)
        self.test_accuracy_label = value_label(colors.TEST_CURVE)
        self.train_accuracy_label = value_label(colors.TRAIN_CURVE)
        self._captions = [QLabel(translate("loss_chart", plain)) for plain, _named in CAPTIONS]
        self._accuracy_captions = self._captions[2:]
        self._values = [
            self.test_loss_label,
            self.train_loss_label,
            self.test_accuracy_label,
            self.train_accuracy_label,
        ]
        self._numbers = QGridLayout()
        self._numbers.setHorizontalSpacing(12)
        self._numbers.setVerticalSpacing(2)
        self._numbers.setColumnStretch(5, 1)
        self._stacked: bool | None = None
        self._big = big
        self._wide_width = 0

        self.plot_widget = math_plot()
        self.plot_widget.setMinimumHeight(60)  # 1280x720 with a banner; 120+ from 1366x768 on
        self.plot_item: pg.PlotItem = self.plot_widget.getPlotItem()
        self.view_box: pg.ViewBox = self.plot_item.getViewBox()
        # A chart to read, not to explore: a stray drag must not lose the curves.
        self.plot_item.hideButtons()
        self.plot_item.setMenuEnabled(False)
        self.view_box.setMouseEnabled(x=False, y=False)
        self.view_box.disableAutoRange()
        self._ranges: tuple | None = None
        self._y_top: float | None = None
        self._style_axes(base)
        self.train_curve = self.plot_item.plot(
            pen=pg.mkPen(colors.TRAIN_CURVE, width=CURVE_WIDTH), connect="finite"
        )
        self.test_curve = self.plot_item.plot(
            pen=pg.mkPen(colors.TEST_CURVE, width=CURVE_WIDTH), connect="finite"
        )
        for curve in (self.train_curve, self.test_curve):
            thin_for_screen(curve)
        # The legend sits in a strip above the plot, where no curve can run under it.
        self.legend = pg.LegendItem(
            labelTextSize=f"{base.pointSizeF():g}pt", labelTextColor=(40, 40, 40), colCount=2
        )
        self.legend.setParentItem(self.plot_item)
        self.legend.anchor(itemPos=(1, 0), parentPos=(1, 0), offset=(-4, -2))
        self.legend.addItem(self.train_curve, translate("loss_chart", "Training loss"))
        self.legend.addItem(self.test_curve, translate("loss_chart", "Test loss"))
        self.plot_item.layout.setContentsMargins(0, QFontMetrics(base).height() + 8, 4, 0)

        self.hover_line = pg.InfiniteLine(
            angle=90,
            movable=False,
            pen=pg.mkPen(120, 120, 120, width=1, style=Qt.PenStyle.DashLine),
        )
        self.hover_line.setVisible(False)
        self.plot_item.addItem(self.hover_line, ignoreBounds=True)
        self._marker_brushes = [pg.mkBrush(*colors.TRAIN_CURVE), pg.mkBrush(*colors.TEST_CURVE)]
        self.hover_markers = pg.PlotDataItem(
            pen=None, symbol="o", symbolSize=9, symbolPen=pg.mkPen("w", width=1.5)
        )
        self.hover_markers.setVisible(False)
        self.plot_item.addItem(self.hover_markers)
        self.plot_widget.installEventFilter(self)
        self._proxy = pg.SignalProxy(
            self.plot_widget.scene().sigMouseMoved, rateLimit=HOVER_RATE, slot=self._on_mouse_moved
        )

        self.log_checkbox = QCheckBox(translate("loss_chart", "Log scale"))
        self.log_checkbox.setToolTip(
            translate(
                "loss_chart",
                "Show the loss on a logarithmic scale, where small losses "
                "and their changes stay visible.",
            )
        )
        self.log_checkbox.toggled.connect(self._on_log)
        # Log scale and the hover read-out stand in the legend's strip above the curves, the
        # read-out in the legend's place while the mouse is over the plot: no row of their
        # own, so that the plot keeps the height on a small screen.
        self.log_checkbox.setParent(self.plot_widget)
        self.log_checkbox.adjustSize()
        self.log_checkbox.move(4, 2)
        self.log_checkbox.show()
        self.hover_label = QLabel(" ", self.plot_widget)
        self.hover_label.setStyleSheet("background: transparent; color: #333333;")
        self.hover_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._numbers)
        layout.addWidget(self.plot_widget, 1)
        self._measure_numbers()
        self._arrange_for(self.width())

    # ------------------------------------------------------------------ public
    def set_theme(self, theme: Theme) -> None:
        """Figures, axes and legend in the application's (new) font; curves
        ``theme.line_scale`` times as thick."""
        base = QFont(QApplication.font())
        big = QFont(base)
        big.setPointSizeF(base.pointSizeF() * theme.figure_scale)
        big.setBold(True)
        self._big = big
        for label in self._values:
            label.setFont(big)
        self._measure_numbers()  # the figures' columns, for the new type
        self._arrange_for(self.width())
        self._style_axes(base, theme)
        for curve, rgb in (
            (self.train_curve, colors.TRAIN_CURVE),
            (self.test_curve, colors.TEST_CURVE),
        ):
            curve.setPen(pg.mkPen(rgb, width=CURVE_WIDTH * theme.line_scale))
        self.legend.setLabelTextSize(f"{base.pointSizeF():g}pt")
        self.legend.setLabelTextColor(theme.ink)
        for _sample, label in self.legend.items:
            label.setText(label.text)  # the new size and colour apply to a label's next text
        self.plot_item.layout.setContentsMargins(0, QFontMetrics(base).height() + 8, 4, 0)
        self.log_checkbox.adjustSize()  # "Log scale" whole in the new type
        self._show_hover(self.hover_label.text())

    @property
    def log_scale(self) -> bool:
        return self.log_checkbox.isChecked()

    @log_scale.setter
    def log_scale(self, value: bool) -> None:
        self.log_checkbox.setChecked(bool(value))

    def set_snapshot(self, snap: Snapshot) -> None:
        """Show ``snap``'s metrics; redraw the curves only when the history has grown or changed."""
        m = snap.metrics
        # Paused on large data the figures come first from an even sample (core/
        # paused_figures): marked "≈" until the exact ones replace them.
        sampled = m.get("sampled")
        about = "≈ " if sampled else ""
        tip = (
            translate("loss_chart", SAMPLED_TIP).format(
                sampled=number(sampled[0], ","), total=number(sampled[1], ",")
            )
            if sampled
            else ""
        )
        if tip != self.test_loss_label.toolTip():
            for label in self._values:
                label.setToolTip(tip)
        self._set_text(self.test_loss_label, _about(about, format_loss(m.get("test_loss"))))
        self._set_text(self.train_loss_label, _about(about, format_loss(m.get("train_loss"))))
        classification = snap.output_kind != "regression"
        for widget in (
            *self._accuracy_captions,
            self.test_accuracy_label,
            self.train_accuracy_label,
        ):
            if widget.isVisibleTo(self) != classification:
                widget.setVisible(classification)
        if classification:
            test, train = m.get("test_accuracy"), m.get("train_accuracy")
            self._set_text(self.test_accuracy_label, _about(about, format_accuracy(test)))
            self._set_text(self.train_accuracy_label, _about(about, format_accuracy(train)))

        h = snap.history
        epochs, train, test = follow_the_network(
            snap.epoch, m, h["epoch"], h["train_loss"], h["test_loss"]
        )
        # Bytes compare NaN equal to NaN, so a run without test data does not redraw every frame.
        key = (len(epochs), epochs[-1:].tobytes(), train[-1:].tobytes(), test[-1:].tobytes())
        if key == self._history_key:
            return
        self._history_key = key
        self._epochs, self._train, self._test = epochs, train, test
        self.train_curve.setData(epochs, train, connect="finite")
        self.test_curve.setData(epochs, test, connect="finite")
        self._fit_range()
        if self._hover_x is not None:
            self.hover_at(self._hover_x)

    def _fit_range(self) -> None:
        """Step the axes through round bounds (1, 2, 5 × 10ᵏ) instead of following every
        epoch: re-laying out axis text is the costliest part of drawing the chart, and an
        axis that keeps its range is drawn from its cache."""
        if self._epochs is None or not len(self._epochs):
            return
        last = max(float(self._epochs[-1]), float(self._extra[0].max(initial=0.0)))
        x_top = nice_ceiling(max(last, 10.0))
        values = np.concatenate([self._train, self._test, self._extra[1]])
        values = values[np.isfinite(values)]
        if self.log_scale:
            values = values[values > 0]
            if not len(values):
                return
            y_range = (np.floor(np.log10(values.min())), np.ceil(np.log10(values.max())))
            if y_range[0] == y_range[1]:
                y_range = (y_range[0] - 1, y_range[1])
        else:
            if not len(values):
                return
            top = float(values.max())
            current = self._y_top
            # Grow at once; shrink only once the curves use less than a quarter of the height.
            if current is None or top > current or top < current / 4:
                self._y_top = nice_ceiling(max(top, 1e-6))
            y_range = (0.0, self._y_top)
        ranges = ((0.0, x_top), y_range)
        if ranges != self._ranges:
            self._ranges = ranges
            self.view_box.setRange(xRange=ranges[0], yRange=ranges[1], padding=0.02)

    def name_figures(self, whose: str | None) -> None:
        """Caption the big figures with whose they are ("Lane A: test loss"), or plainly."""
        for caption, (plain, named) in zip(self._captions, CAPTIONS):
            text = translate("loss_chart", plain if whose is None else named)
            caption.setText(text.format(whose=whose))
        self._measure_numbers()
        self._arrange_for(self.width())

    def _measure_numbers(self) -> None:
        """The widths the figures take with the captions they have now: side by side where
        there is room, captions above values in a narrow column (the wide arrangement alone
        would hold the whole panel at over 400 px)."""
        caption_w = [QFontMetrics(c.font()).horizontalAdvance(c.text()) for c in self._captions]
        loss_w = QFontMetrics(self._big).horizontalAdvance("0.000")
        accuracy_w = QFontMetrics(self._big).horizontalAdvance("99.9 %")
        spacing = self._numbers.horizontalSpacing()
        narrow = max(*caption_w[:2], loss_w) + 2 * spacing + max(*caption_w[2:], accuracy_w)
        self._wide_width = (  # five columns, four spacings
            max(caption_w[:2]) + max(caption_w[2:]) + loss_w + accuracy_w + 4 * spacing + WIDE_GAP
        )
        if self.minimumWidth() == 0:  # the plain captions': Compare's own column is wider
            self.setMinimumWidth(max(narrow, 240))

    def set_extra_range(self, epochs: np.ndarray, losses: np.ndarray) -> None:
        """Keep these points in view too: curves added to the plot by others."""
        self._extra = (np.asarray(epochs, dtype=np.float64), np.asarray(losses, dtype=np.float64))
        self._fit_range()

    def hover_at(self, epoch: float) -> str:
        """Mark the recorded epoch nearest ``epoch`` and return the text shown for it."""
        n = len(self._epochs)
        if n == 0:
            self.clear_hover()
            return ""
        self._hover_x = epoch
        i = int(np.clip(np.searchsorted(self._epochs, epoch), 0, n - 1))
        if i > 0 and abs(self._epochs[i - 1] - epoch) <= abs(self._epochs[i] - epoch):
            i -= 1
        e, train, test = float(self._epochs[i]), float(self._train[i]), float(self._test[i])
        text = translate("loss_chart", "epoch {epoch} · train {train} · test {test}").format(
            epoch=number(int(e), "d"), train=format_loss(train), test=format_loss(test)
        )
        self.hover_line.setValue(e)
        self.hover_line.setVisible(True)
        values = np.array([train, test])
        finite = np.isfinite(values)
        self.hover_markers.setData(
            np.full(finite.sum(), e),
            values[finite],
            symbolBrush=[self._marker_brushes[k] for k in np.flatnonzero(finite)],
        )
        self.hover_markers.setVisible(True)
        self._show_hover(text)
        return text

    def _show_hover(self, text: str) -> None:
        self.hover_label.setText(text)
        left = self.log_checkbox.geometry().right() + 12
        height = self.log_checkbox.height()
        self.hover_label.setGeometry(left, 2, self.plot_widget.width() - left - 8, height)
        self.legend.setVisible(not text.strip())

    def clear_hover(self) -> None:
        self._hover_x = None
        self.hover_line.setVisible(False)
        self.hover_markers.setVisible(False)
        self._show_hover(" ")

    def hover_scene_pos(self, pos: QPointF) -> str:
        """Hover at a point in the plot's scene; outside the plot area the marks disappear."""
        if not self.view_box.sceneBoundingRect().contains(pos):
            self.clear_hover()
            return ""
        return self.hover_at(self.view_box.mapSceneToView(pos).x())

    # ---------------------------------------------------------------- private
    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.minimumWidth(), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._arrange_for(self.width())
        super().resizeEvent(event)

    def _arrange_for(self, width: int) -> None:
        self._arrange_numbers(stacked=width < self._wide_width)

    def _arrange_numbers(self, stacked: bool) -> None:
        if stacked == self._stacked:
            return
        self._stacked = stacked
        for i, (caption, value) in enumerate(zip(self._captions, self._values)):
            self._numbers.removeWidget(caption)
            self._numbers.removeWidget(value)
            if stacked:
                column = 0 if i < 2 else 2
                self._numbers.addWidget(caption, 2 * (i % 2), column)
                self._numbers.addWidget(value, 2 * (i % 2) + 1, column)
            else:
                column = 0 if i < 2 else 3
                self._numbers.addWidget(caption, i % 2, column)
                self._numbers.addWidget(value, i % 2, column + 1)
        self._numbers.setColumnMinimumWidth(2, 0 if stacked else WIDE_GAP)

    def _on_mouse_moved(self, args: tuple) -> None:
        self.hover_scene_pos(args[0])

    def _on_log(self, checked: bool) -> None:
        self.plot_item.setLogMode(x=False, y=checked)
        self._ranges = None
        self._y_top = None
        self._fit_range()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # No mouse-move arrives once the pointer has left the plot, so the leave clears the mark.
        if watched is self.plot_widget and event.type() == QEvent.Type.Leave:
            self.clear_hover()
        return super().eventFilter(watched, event)

    def _style_axes(self, font: QFont, theme: Theme = NORMAL) -> None:
        tick_font = QFont(font)
        tick_font.setPointSizeF(max(font.pointSizeF(), 10.0))
        for name, label in (
            ("bottom", translate("loss_chart", "Epoch")),
            ("left", translate("loss_chart", "Loss")),
        ):
            axis = self.plot_item.getAxis(name)
            axis.setStyle(tickFont=tick_font)
            # "Loss (x0.001)" over ticks of 700 misleads a class; the ticks show the plain values.
            axis.enableAutoSIPrefix(False)
            axis.setTextPen(pg.mkPen(theme.ink))
            axis.setPen(pg.mkPen(theme.frame, width=theme.line_scale))
            axis.setLabel(label, color=theme.ink, **{"font-size": f"{tick_font.pointSizeF():g}pt"})
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.plot_item.showGrid(x=True, y=True, alpha=0.15)

    @staticmethod
    def _set_text(label: QLabel, text: str) -> None:
        if label.text() != text:
            label.setText(text)
