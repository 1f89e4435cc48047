"""One set's confusion matrix as a table: rows the true class, columns the predicted one,
with each class's recall and F1 at the end of its row and precision under its column.

Every cell holds its number, so the colours only help: right answers (the diagonal) are
shaded blue and mistakes orange, the deeper the larger their share of the row (blue and
orange stay apart for the common colour-vision deficiencies, playground/core/colors.py).
Clicking a matrix cell emits :attr:`ConfusionTable.cell_picked` ``(true, predicted)``.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from engine.i18n import QT_TRANSLATE_NOOP, number, translate
from playground.core import colors, markers
from playground.core.metrics import class_scores, row_normalised

DASH = "–"  # a figure with no value (a class never predicted has no precision)
EXTRA_COLUMNS = (  # recall, F1: at the end of each class's row
    QT_TRANSLATE_NOOP("confusion_table", "rec."),
    QT_TRANSLATE_NOOP("confusion_table", "F1"),
)
RIGHT, WRONG = colors.BLUE, colors.ORANGE
PRECISION = QT_TRANSLATE_NOOP("confusion_table", "prec.")
TABLE_POINTS = 9.0  # two tables of five classes side by side fit a 1366 px screen
CELL_PADDING = 7  # px beside a cell's text
DEEPEST = 0.85  # a row's whole share is drawn this far from white to the colour


def figure_text(value: float | None) -> str:
    """A share 0..1 as two decimals, or "–" when it has no value."""
    if value is None or not np.isfinite(value):
        return DASH
    return number(value, ".2f")


def class_label(k: int) -> str:
    return f"{markers.class_glyph(k)} {colors.CLASS_NAMES[k % len(colors.CLASS_NAMES)]}"


def _shade(rgb: tuple[int, int, int], share: float) -> QColor:
    t = DEEPEST * min(max(share, 0.0), 1.0)
    return QColor(*(round(255 - (255 - c) * t) for c in rgb))


def _ink(background: QColor) -> QColor:
    """Black on light cells, white on dark ones (their relative luminance)."""
    light = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF()
    return QColor(255, 255, 255) if light < 0.5 else QColor(20, 20, 20)


class ConfusionTable(QTableWidget):
    """The matrix of one set, counts or row shares, with recall, F1 and precision."""

    cell_picked = Signal(int, int)  # (true class, predicted class)

    def __init__(self, split: str, parent: QWidget | None = None) -> None:
        """The matrix of ``split``, "train" or "test"."""
        super().__init__(parent)
        self.matrix: np.ndarray | None = None
        self.normalised = False
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        small = QFont(self.font())
        small.setPointSizeF(TABLE_POINTS)
        self.setFont(small)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setFont(small)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setHighlightSections(False)
        # Columns as wide as their widest text and a little more (Qt's own fit pads each
        # by a glyph's width: two sets of five classes would not fit a 1366 px screen).
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setMinimumSectionSize(8)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        if split == "train":
            whose = translate("confusion_table", "The training set's confusion matrix")
        else:
            whose = translate("confusion_table", "The test set's confusion matrix")
        self.setToolTip(
            translate(
                "confusion_table",
                "{matrix}: row i, column j counts the points of class i the "
                "network predicts as class j (the diagonal: right). Recall: the share of a "
                "class's points predicted right; precision (last row): the share of the points "
                "predicted as a class that are of it; F1: their harmonic mean; – where a share "
                "has no points to count (rec.: recall, prec.: precision). Click a cell to mark "
                "its points on the output plot.",
            ).format(matrix=whose)
        )
        self.cellClicked.connect(self._clicked)

    def set_matrix(self, matrix: np.ndarray, normalised: bool) -> None:
        """Show ``matrix`` (k, k) counts, or each row's shares when ``normalised``."""
        k = matrix.shape[0]
        resized = self.matrix is None or self.matrix.shape != matrix.shape
        self.matrix, self.normalised = matrix, normalised
        if resized:
            self.clearSelection()
            self.setRowCount(k + 1)
            self.setColumnCount(k + len(EXTRA_COLUMNS))
            names = [class_label(c) for c in range(k)]
            glyphs = [markers.class_glyph(c) for c in range(k)]
            # Glyphs only (the output's legend names them), so five classes fit a 1366 px
            # screen; each header says its class in its tooltip.
            self.setVerticalHeaderLabels([*glyphs, translate("confusion_table", PRECISION)])
            extra = [translate("confusion_table", name) for name in EXTRA_COLUMNS]
            self.setHorizontalHeaderLabels(glyphs + extra)
            for c in range(k):
                colour = QBrush(QColor(*colors.class_color(c)))
                for head, tip in (
                    (
                        self.horizontalHeaderItem(c),
                        translate("confusion_table", "predicted {name}").format(name=names[c]),
                    ),
                    (
                        self.verticalHeaderItem(c),
                        translate("confusion_table", "true {name}").format(name=names[c]),
                    ),
                ):
                    head.setToolTip(tip)
                    head.setForeground(colour)
            for row in range(k + 1):
                for col in range(k + len(EXTRA_COLUMNS)):
                    item = QTableWidgetItem()
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    if row == k or col >= k:  # the figures: not a cell to click
                        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                        font = QFont(self.font())
                        font.setItalic(True)
                        item.setFont(font)
                    self.setItem(row, col, item)
        shares = row_normalised(matrix)
        for i in range(k):
            for j in range(k):
                item = self.item(i, j)
                share = shares[i, j]
                text = (
                    number(int(matrix[i, j]), "d")
                    if not normalised
                    else translate("confusion_table", "{percent}%").format(
                        percent=number(100 * share, ".0f")
                    )
                )
                item.setText(DASH if normalised and not np.isfinite(share) else text)
                background = _shade(RIGHT if i == j else WRONG, share if np.isfinite(share) else 0)
                item.setBackground(background)
                item.setForeground(_ink(background))
        scores = class_scores(matrix)
        for c, score in enumerate(scores):
            self.item(c, k).setText(figure_text(score.recall))
            self.item(c, k + 1).setText(figure_text(score.f1))
            self.item(k, c).setText(figure_text(score.precision))
        for col in range(k, k + len(EXTRA_COLUMNS)):
            self.item(k, col).setText("")
        self._fit_columns()

    def _fit_columns(self) -> None:
        header = self.horizontalHeader().fontMetrics()
        for col in range(self.columnCount()):
            width = header.horizontalAdvance(self.horizontalHeaderItem(col).text())
            for row in range(self.rowCount()):
                item = self.item(row, col)
                width = max(width, QFontMetrics(item.font()).horizontalAdvance(item.text()))
            width += CELL_PADDING
            if self.columnWidth(col) != width:
                self.setColumnWidth(col, width)
                self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Room for every column and row, no more (the panel's spare width stays aside)."""
        frame = 2 * self.frameWidth()
        width = self.verticalHeader().sizeHint().width() + frame
        width += sum(self.columnWidth(c) for c in range(self.columnCount()))
        height = self.horizontalHeader().sizeHint().height() + frame
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(80, 60)  # it scrolls below its size

    def cell_text(self, true: int, predicted: int) -> str:
        return self.item(true, predicted).text()

    def _clicked(self, row: int, column: int) -> None:
        if self.matrix is not None and row < len(self.matrix) and column < len(self.matrix):
            self.cell_picked.emit(row, column)
