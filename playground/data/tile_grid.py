"""The data panel's dataset tiles in a grid: one width for all, in one or two columns."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QWidget


def same_width(tiles: Sequence[QWidget]) -> None:
    """One width for every tile, so the grid reads as a grid whatever the titles' lengths:
    the longest title's, in the type on show."""
    for tile in tiles:
        tile.setMinimumWidth(0)
    width = max(tile.sizeHint().width() for tile in tiles)
    for tile in tiles:
        tile.setMinimumWidth(width)


def place(grid: QGridLayout, tiles: Sequence[QWidget], columns: int, most: int) -> None:
    """``tiles`` in ``columns`` columns of ``grid``, which has room for ``most``."""
    for i, tile in enumerate(tiles):
        grid.removeWidget(tile)
        grid.addWidget(tile, i // columns, i % columns)
    for column in range(most):
        grid.setColumnStretch(column, 1 if column < columns else 0)
