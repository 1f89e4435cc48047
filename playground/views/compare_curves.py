"""Compare's curves in the loss chart: every lane's losses in the lane's colour.

Solid: test loss, dashed: training loss. While comparing, the chart's own two curves step
aside and its big figures say which lane they show (the lane in focus).
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from engine.i18n import translate
from playground.core.comparison import LANE_COLORS, MAX_LANES
from playground.core.snapshot import Snapshot
from playground.views.loss_chart import CAPTIONS, LossChart, thin_for_screen

CHART_SECONDS = 0.1  # the lane curves are redrawn at most this often while running

# Eight curves share the chart while comparing: fewer points each keeps a redraw of them
# all (antialiased, half of them dashed) within a frame.
LANE_POINTS_PER_PIXEL = 0.25


class LaneCurves:
    """Every lane's losses in the loss chart, in the lane's colour (solid: test,
    dashed: training); the chart's own two curves step aside while comparing."""

    def __init__(self, chart: LossChart) -> None:
        self.chart = chart
        self.items: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []
        self._names: list[str] = []
        self._key: tuple | None = None
        self._drawn = 0.0
        self._focus: str | None = None
        self.active = False

    def _make_items(self) -> None:
        """The eight curves, made when Compare first starts (5 ms of the window's start)."""
        for color in LANE_COLORS:
            test = pg.PlotDataItem(pen=pg.mkPen(color, width=2.5), connect="finite")
            train = pg.PlotDataItem(
                pen=pg.mkPen(color, width=1.5, style=Qt.PenStyle.DashLine), connect="finite"
            )
            for item in (test, train):
                item.setVisible(False)
                self.chart.plot_item.addItem(item)
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
        focus = translate("compare_curves", "Lane {lane}").format(lane=comp.lanes[comp.focus].name)
        if focus != self._focus:
            self._focus = focus
            self.chart.name_figures(focus)  # the big figures show the lane in focus
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
        # Imported here: the lanes' view is built when Compare first starts, not with the window.
        from playground.views.compare_view import differing

        named = translate("compare_curves", "{lane}: {differences}")
        plain = translate("compare_curves", "Lane {lane}")
        names = [
            named.format(lane=lane.name, differences=text) if text else plain.format(lane=lane.name)
            for lane, text in zip(comp.lanes, differing(comp.lanes))
        ]
        if names != self._names:
            self._set_legend(names)
        self.chart.set_extra_range(np.concatenate(epochs), np.concatenate(values))

    def _set_legend(self, names: list[str]) -> None:
        legend = self.chart.legend
        for test, _train in self.items:
            legend.removeItem(test)
        for name, (test, _train) in zip(names, self.items):
            legend.addItem(test, name)
        self._names = names

    def _enter(self) -> None:
        if not self.items:
            self._make_items()
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
        # The chart's own legend entries, as the chart names them.
        test_loss, train_loss = CAPTIONS[0][0], CAPTIONS[1][0]
        for curve, name in ((chart.train_curve, train_loss), (chart.test_curve, test_loss)):
            curve.setVisible(True)
            legend.addItem(curve, translate("loss_chart", name))
        self._names = []
        self._focus = None
        chart.name_figures(None)
        chart.set_extra_range(np.zeros(0), np.zeros(0))
