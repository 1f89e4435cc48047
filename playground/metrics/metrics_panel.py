"""The metrics panel: what the network gets right and wrong, beyond the loss.

Classification: the training and the test set's confusion matrices side by side (counts,
or each row's shares with "Row %"), each class's recall and F1 at the end of its row and
its precision under its column; clicking a cell marks its points on the output plot
(:attr:`MetricsPanel.cell_picked`). Regression: R², RMSE and MAE of both sets, and each
point's prediction against its true value, with its residual drawn to the diagonal.

The panel only draws a :class:`playground.core.metrics.Metrics`; metrics_slot.py has it
computed in the worker thread and places the panel in the side slot.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.i18n import QT_TRANSLATE_NOOP, number, translate
from playground.core import colors
from playground.core.metrics import SPLITS, Metrics
from playground.metrics.confusion_table import ConfusionTable

CAPTIONS = {  # above each set's confusion matrix
    "train": QT_TRANSLATE_NOOP("metrics_panel", "<b>Training set</b>: {share}"),
    "test": QT_TRANSLATE_NOOP("metrics_panel", "<b>Test set</b>: {share}"),
}
TABLE_NAMES = {
    "train": QT_TRANSLATE_NOOP("metrics_panel", "Confusion matrix of the training set"),
    "test": QT_TRANSLATE_NOOP("metrics_panel", "Confusion matrix of the test set"),
}
REGRESSION_ROWS = (
    ("r2", QT_TRANSLATE_NOOP("metrics_panel", "R²")),
    ("rmse", QT_TRANSLATE_NOOP("metrics_panel", "RMSE")),
    ("mae", QT_TRANSLATE_NOOP("metrics_panel", "MAE")),
)
RESIDUAL_PEN = (120, 120, 120, 110)  # translucent: many residuals still read as a band
MAX_SCATTER = 2000  # points per set drawn in the scatter (every n-th beyond)


def number_text(value: float | None) -> str:
    if value is None or not np.isfinite(value):
        return "–"
    return number(value, ".3f") if abs(value) < 1000 else number(value, ".3g")


class MetricsPanel(QWidget):
    """The two pages (classification, regression) and their heading."""

    cell_picked = Signal(str, int, int)  # (set: "train" or "test", true class, predicted)
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metrics: Metrics | None = None
        heading = QLabel(translate("metrics_panel", "Metrics"))
        heading.setStyleSheet("font-size: 13pt; font-weight: 700")
        self.shares_box = QCheckBox(translate("metrics_panel", "Row %"))
        self.shares_box.setToolTip(
            translate(
                "metrics_panel",
                "Show each row of the matrices as shares of its class's points instead of counts",
            )
        )
        self.shares_box.toggled.connect(lambda _on: self._draw_matrices())
        self.clear_button = QPushButton(translate("metrics_panel", "Clear marks"))
        self.clear_button.setToolTip(
            translate("metrics_panel", "Take the marks off the points on the output plot")
        )
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(self.cleared.emit)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(
            translate("metrics_panel", "Close the metrics panel (M); the loss chart comes back")
        )
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.shares_box)
        top.addWidget(self.clear_button)
        top.addWidget(self.close_button)

        self.status = QLabel(translate("metrics_panel", "Waiting for the network's predictions…"))
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)

        self.tables = {split: ConfusionTable(split) for split in SPLITS}
        self.captions = {split: QLabel() for split in SPLITS}
        matrices = QWidget()
        row = QHBoxLayout(matrices)
        row.setContentsMargins(0, 0, 0, 0)
        for split in SPLITS:
            table = self.tables[split]
            table.setAccessibleName(translate("metrics_panel", TABLE_NAMES[split]))
            table.cell_picked.connect(lambda i, j, s=split: self.cell_picked.emit(s, i, j))
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(self.captions[split])
            column.addWidget(table)
            column.addStretch(1)
            row.addLayout(column)
        row.addStretch(1)

        self.figures = QTableWidget(len(REGRESSION_ROWS), len(SPLITS))
        self.figures.setAccessibleName(
            translate("metrics_panel", "R², RMSE and MAE of the training and test sets")
        )
        self.figures.setToolTip(
            translate(
                "metrics_panel",
                "R²: the share of the targets' variance the network explains (1 is perfect, 0 no "
                "better than their mean, – when the targets do not vary); RMSE: the root mean "
                "squared error; MAE: the mean absolute error; – for an empty set.",
            )
        )
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures.setHorizontalHeaderLabels(
            [translate("metrics_panel", "training"), translate("metrics_panel", "test")]
        )
        self.figures.setVerticalHeaderLabels(
            [translate("metrics_panel", name) for _, name in REGRESSION_ROWS]
        )
        self.figures.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.figures.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.figures.setMinimumWidth(170)
        for r in range(len(REGRESSION_ROWS)):
            for c in range(len(SPLITS)):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.figures.setItem(r, c, item)
        rows = sum(self.figures.rowHeight(r) for r in range(len(REGRESSION_ROWS)))
        header = self.figures.horizontalHeader().sizeHint().height()
        self.figures.setMaximumHeight(rows + header + 2 * self.figures.frameWidth())
        self.scatter_plot = self._scatter_plot()
        regression = QWidget()
        side = QHBoxLayout(regression)
        side.setContentsMargins(0, 0, 0, 0)
        figures = QVBoxLayout()
        figures.addWidget(self.figures)
        figures.addStretch(1)
        side.addLayout(figures, 2)
        side.addWidget(self.scatter_plot, 3)

        self.pages = QStackedWidget()
        self.pages.addWidget(matrices)
        self.pages.addWidget(regression)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)

    # ------------------------------------------------------------------ public
    @property
    def regression(self) -> bool:
        return self.pages.currentIndex() == 1

    def show_metrics(self, metrics: Metrics) -> None:
        """Draw ``metrics`` (the newest figures computed in the worker)."""
        self.metrics = metrics
        regression = metrics.task == "regression"
        self.pages.setCurrentIndex(1 if regression else 0)
        self.shares_box.setVisible(not regression)
        self.clear_button.setVisible(not regression)
        if regression:
            self._draw_regression(metrics)
        else:
            self._draw_matrices()

    def set_marked(self, text: str) -> None:
        """Say which points are marked on the plot ("" when none)."""
        self.clear_button.setEnabled(bool(text))
        self.status.setText(text or self._hint())

    # ---------------------------------------------------------------- drawing
    def _hint(self) -> str:
        m = self.metrics
        if m is None:
            return translate("metrics_panel", "Waiting for the network's predictions…")
        if m.task == "regression":
            return translate(
                "metrics_panel",
                "Epoch {epoch}: prediction against truth; grey lines are the residuals.",
            ).format(epoch=number(m.epoch, ","))
        return translate(
            "metrics_panel",
            "Epoch {epoch}. Rows: true class; columns: predicted. "
            "Click a cell to mark its points on the output plot.",
        ).format(epoch=number(m.epoch, ","))

    def _draw_matrices(self) -> None:
        m = self.metrics
        if m is None or m.task == "regression":
            return
        for split in SPLITS:
            part = m.split(split)
            assert part.matrix is not None
            self.tables[split].set_matrix(part.matrix, self.shares_box.isChecked())
            right = part.scores["accuracy"]
            n = len(part.true)
            if right is None:
                share = translate("metrics_panel", "no points")
            else:
                share = translate("metrics_panel", "{percent} % of {count} right").format(
                    percent=number(100 * right, ".1f"), count=number(n, ",")
                )
            self.captions[split].setText(
                translate("metrics_panel", CAPTIONS[split]).format(share=share)
            )
        if not self.clear_button.isEnabled():
            self.status.setText(self._hint())

    def _draw_regression(self, m: Metrics) -> None:
        for c, split in enumerate(SPLITS):
            scores = m.split(split).scores
            for r, (key, _) in enumerate(REGRESSION_ROWS):
                self.figures.item(r, c).setText(number_text(scores[key]))
        self.status.setText(self._hint())
        lows, highs = [], []
        for split, dots, lines in (
            ("train", self.train_dots, self.train_residuals),
            ("test", self.test_dots, self.test_residuals),
        ):
            part = m.split(split)
            true, predicted = part.true[:: _every(part.true)], part.predicted[:: _every(part.true)]
            finite = np.isfinite(predicted)
            true, predicted = true[finite], predicted[finite]
            dots.setData(true, predicted)
            pairs_x = np.repeat(true, 2)
            pairs_y = np.column_stack([true, predicted]).ravel()
            lines.setData(pairs_x, pairs_y)
            if len(true):
                lows.append(min(true.min(), predicted.min()))
                highs.append(max(true.max(), predicted.max()))
        lo, hi = (min(lows), max(highs)) if lows else (-1.0, 1.0)
        if hi - lo < 1e-9:
            lo, hi = lo - 1, hi + 1
        self.diagonal.setData([lo, hi], [lo, hi])
        self.scatter_plot.getPlotItem().getViewBox().setRange(
            xRange=(lo, hi), yRange=(lo, hi), padding=0.05
        )

    def _scatter_plot(self) -> pg.PlotWidget:
        plot = pg.PlotWidget(background="w")
        plot.setAccessibleName(
            translate("metrics_panel", "Predicted against true value, with the residuals")
        )
        plot.setToolTip(
            translate(
                "metrics_panel",
                "Each point's predicted value against its true one: on the dashed diagonal the "
                "prediction is right; the grey line from a point to the diagonal is its residual. "
                "Filled blue: training points; orange rings: test points.",
            )
        )
        plot.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        plot.setMinimumSize(120, 80)
        item = plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.getViewBox().setMouseEnabled(x=False, y=False)
        item.setLabel("bottom", translate("metrics_panel", "true value"))
        item.setLabel("left", translate("metrics_panel", "predicted"))
        font = QFont()
        font.setPointSizeF(9.0)
        for name in ("bottom", "left"):
            item.getAxis(name).setStyle(tickFont=font)
            item.getAxis(name).setTextPen(pg.mkPen(60, 60, 60))
        self.diagonal = pg.PlotCurveItem(pen=pg.mkPen(90, 90, 90, style=Qt.PenStyle.DashLine))
        self.train_residuals = pg.PlotCurveItem(pen=pg.mkPen(*RESIDUAL_PEN), connect="pairs")
        self.test_residuals = pg.PlotCurveItem(pen=pg.mkPen(*RESIDUAL_PEN), connect="pairs")
        self.train_dots = pg.ScatterPlotItem(size=5, pen=None, brush=pg.mkBrush(*colors.BLUE))
        self.test_dots = pg.ScatterPlotItem(
            size=7, pen=pg.mkPen(*colors.ORANGE, width=1.2), brush=None
        )
        for part in (
            self.train_residuals,
            self.test_residuals,
            self.diagonal,
            self.test_dots,
            self.train_dots,
        ):
            item.addItem(part)
        return plot


def _every(values: np.ndarray) -> int:
    return max(1, len(values) // MAX_SCATTER)
