"""Plots that keep their mathematical orientation in a right-to-left language.

Under Arabic the app's layouts mirror, and so would a plot's own layout: its y axis would
move to the right-hand side. Axes, the input plane and curves read the same in every
language (x grows to the right, as in the student's textbook), so every plot is made here,
left to right whatever the app's direction.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt


def math_plot() -> pg.PlotWidget:
    """A white pyqtgraph plot, laid out left to right in every language, with no context
    menu: every plot of the app is one to read (each also turns it off itself); made
    without it, its view box never builds the menu's two dozen widgets (2 ms a plot)."""
    plot = pg.PlotWidget(background="w", enableMenu=False)
    plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    plot.getPlotItem().setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return plot
