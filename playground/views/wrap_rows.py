"""A layout that lines its items up in one row, or in two when one does not fit.

The top bar's settings take one row on a wide screen; in projector mode on a 1366-pixel
screen (or any narrower) they would push the window past the screen's edge, so they wrap
onto a second row. The rows are balanced (the Stop button does not sit alone on the second
one) and keep the items' order: left to right, then top to bottom, as Tab goes.

The number of rows follows from the width the layout is given, through Qt's height for
width: the width never depends on the rows, so a resize cannot feed back into itself.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


def greedy_rows(widths: list[int], limit: int, spacing: int) -> list[list[int]]:
    """Indices of ``widths`` in rows no wider than ``limit`` (an item wider than that
    gets a row of its own), filled in order."""
    rows: list[list[int]] = []
    used = 0
    for i, width in enumerate(widths):
        if rows and used + spacing + width <= limit:
            rows[-1].append(i)
            used += spacing + width
        else:
            rows.append([i])
            used = width
    return rows


def balanced_rows(widths: list[int], count: int, spacing: int) -> list[list[int]]:
    """Indices of ``widths`` in at most ``count`` rows, in order, the widest row as narrow
    as it can be."""
    if not widths:
        return []
    low, high = max(widths), sum(widths) + spacing * (len(widths) - 1)
    while low < high:  # the narrowest limit at which the items fill at most ``count`` rows
        middle = (low + high) // 2
        if len(greedy_rows(widths, middle, spacing)) <= count:
            high = middle
        else:
            low = middle + 1
    return greedy_rows(widths, low, spacing)


class WrapRows(QLayout):
    """Its items in one row when the width allows, else in up to ``max_rows`` balanced rows.

    ``minimumSize`` is the width of the most rows (so a window can be that narrow) and
    ``sizeHint`` the one row; ``heightForWidth`` says how tall the rows are at a width.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        spacing: int = 6,
        row_spacing: int = 4,
        max_rows: int = 2,
        fill: bool = False,
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._row_gap = row_spacing
        self._max_rows = max_rows
        self._fill = fill  # each row's spare width shared among its items
        self.setContentsMargins(0, 0, 0, 0)

    # ----------------------------------------------------------- QLayout's own
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt's name)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._height(self.rows(width))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._size(self._arrangement(1))

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._size(self._arrangement(self._max_rows))

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        shown = self._shown()
        rows = self.rows(rect.width())
        if not rows:
            return
        # One row takes the whole height, as a box layout's row would; more share it.
        height = (rect.height() - self._row_gap * (len(rows) - 1)) // len(rows)
        y = rect.y()
        for row in rows:
            x = rect.x()
            spare = max(rect.width() - self._width([row]), 0) if self._fill else 0
            for k, i in enumerate(row):
                width = shown[i].sizeHint().width() + spare // len(row) + (k < spare % len(row))
                shown[i].setGeometry(QRect(x, y, width, height))
                x += width + self._gap
            y += height + self._row_gap

    # ------------------------------------------------------------------- rows
    def rows(self, width: int) -> list[list[int]]:
        """The shown items' indices in rows at ``width``: the fewest rows that fit it."""
        for count in range(1, self._max_rows + 1):
            rows = self._arrangement(count)
            if count == self._max_rows or self._width(rows) <= width:
                return rows
        return []

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]  # a hidden box takes none

    def _arrangement(self, count: int) -> list[list[int]]:
        widths = [item.sizeHint().width() for item in self._shown()]
        return balanced_rows(widths, count, self._gap)

    def _width(self, rows: list[list[int]]) -> int:
        shown = self._shown()
        return (
            max(
                (sum(shown[i].sizeHint().width() for i in row) + self._gap * (len(row) - 1))
                for row in rows
            )
            if rows
            else 0
        )

    def _height(self, rows: list[list[int]]) -> int:
        shown = self._shown()
        heights = [max(shown[i].sizeHint().height() for i in row) for row in rows]
        return sum(heights) + self._row_gap * max(len(rows) - 1, 0)

    def _size(self, rows: list[list[int]]) -> QSize:
        return QSize(self._width(rows), self._height(rows))
