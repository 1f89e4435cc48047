"""The metrics panel's place in the window: View → Metrics (M) opens it in the side slot,
in the loss chart's place, as the gradient panel does.

The figures are computed in the worker thread (:func:`playground.core.metrics.of_session`,
one forward pass over each set), through the WorkerClient, only while the panel is open:
when the network or the data on show changed, and while training at most every
``REFRESH_SECONDS``, or more seldom on large data, so that they take at most
``WORKER_SHARE`` of the worker's time (100,000 points through six hidden layers: 65 ms,
asked for every 1.3 s). The clock only paces the refresh; the figures are exact for the
epoch they name. The GUI never waits for them: each frame looks whether they arrived.
The panel is built when it first opens, not with the window.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtWidgets import QMenu, QWidget

from engine.i18n import translate
from playground.compute.client import WorkerClient
from playground.core import plural
from playground.core.snapshot import Snapshot
from playground.views.menus import panel_toggle
from playground.views.output_view import OutputView
from playground.views.side_slot import SideSlot

if TYPE_CHECKING:
    from playground.core import metrics
    from playground.metrics.metrics_panel import MetricsPanel

PANEL_SHARE = 0.5  # of the column under the output plot
REFRESH_SECONDS = 0.5  # while training: how often the figures are asked for, at most
WORKER_SHARE = 0.05  # of the worker's time while training, at most
MARK_PEN = (20, 20, 20)  # a dark ring reads on every class colour and on the map


def state_key(snap: Snapshot) -> tuple:
    """What the figures depend on: the data and the network's every number (an edit while
    paused changes a weight without a training step)."""
    digest = hashlib.blake2b(digest_size=16)
    for array in (*snap.weights, *snap.biases, *snap.masks):
        digest.update(array.tobytes())
    viewing = snap.timeline.viewing if snap.timeline is not None else None
    return (snap.data.version, snap.output_kind, snap.steps, viewing, digest.hexdigest())


class MetricsSlot:
    """The panel, its View menu entry (M), the marks on the output plot, and the frame hook
    :meth:`on_snapshot` that keeps the figures fresh while the panel is open."""

    def __init__(
        self,
        parent: QWidget,
        client: WorkerClient,
        side_slot: SideSlot,
        view_menu: QMenu,
        output_view: OutputView,
        on_built: Callable[[QWidget], None] = lambda _panel: None,
    ) -> None:
        """``on_built`` is given the panel when it is built, at its first opening."""
        self._client, self._side_slot = client, side_slot
        self._parent, self._on_built = parent, on_built
        self._panel: MetricsPanel | None = None
        self._pending: Future | None = None
        self._asked_key: tuple | None = None
        self._asked_at = -float("inf")
        self._cost = 0.0  # s the last figures took in the worker
        self._snap: Snapshot | None = None
        self.marked: tuple[str, int, int] | None = None  # (set, true class, predicted)
        self.marks = pg.ScatterPlotItem(
            size=output_view.theme.point_size + 8,
            symbol="o",
            pen=pg.mkPen(*MARK_PEN, width=2.5),
            brush=None,
            pxMode=True,
        )
        self.marks.setZValue(20)  # over the training and test points
        output_view.plot_item.addItem(self.marks)
        self.action = panel_toggle(
            parent,
            view_menu,
            translate("metrics_slot", "&Metrics"),
            "M",
            translate(
                "metrics_slot",
                "Show the confusion matrices of the training and test sets with each class's "
                "precision, recall and F1 (for regression: R², RMSE, MAE and predicted against "
                "true), in the loss chart's place (M)",
            ),
            self.set_visible,
        )

    @property
    def panel(self) -> MetricsPanel:
        if self._panel is None:
            from playground.metrics.metrics_panel import MetricsPanel

            self._panel = panel = MetricsPanel(self._parent)
            panel.hide()
            panel.close_button.clicked.connect(lambda: self.set_visible(False))
            panel.cell_picked.connect(self.mark)
            panel.cleared.connect(self.clear_marks)
            self._on_built(panel)
        return self._panel

    @property
    def visible(self) -> bool:
        return self._panel is not None and not self._panel.isHidden()

    def set_visible(self, on: bool) -> None:
        on = bool(on)
        slot = self._side_slot
        if on and slot.holder is not self.panel:
            slot.give_back(self.panel)  # if covered, it comes back on top of the cover
            slot.borrow(self.panel, PANEL_SHARE, at_least_chart=True)
            self._asked_key = None  # fresh figures for what is on show now
            if self._snap is not None:
                self.on_snapshot(self._snap)
        elif not on and self._panel is not None:
            slot.give_back(self._panel)
            self.clear_marks()
        self.action.setChecked(on)

    # ------------------------------------------------------------- the figures
    def on_snapshot(self, snap: Snapshot) -> None:
        self._snap = snap
        if not self.visible:
            return
        if self._pending is not None and self._pending.done():
            future, self._pending = self._pending, None
            if future.exception() is None:
                figures, self._cost = future.result()
                self._show(figures)
        if self._pending is not None:
            return
        key = state_key(snap)
        now = time.perf_counter()
        pause = max(REFRESH_SECONDS, self._cost / WORKER_SHARE)
        if key == self._asked_key or (snap.running and now - self._asked_at < pause):
            return
        self._asked_key, self._asked_at = key, now
        self._pending = self._client.run(_timed_figures)

    def _show(self, figures: metrics.Metrics) -> None:
        self.panel.show_metrics(figures)
        if self.marked is not None:
            self.mark(*self.marked)  # the cell's points as they are now

    # --------------------------------------------------------------- the marks
    def mark(self, split: str, true: int, predicted: int) -> None:
        """Ring the points of ``split`` of class ``true`` predicted as ``predicted``."""
        figures = self.panel.metrics
        if figures is None or figures.task == "regression" or true >= figures.classes:
            self.clear_marks()
            return
        part = figures.split(split)
        chosen = (part.true == true) & (part.predicted == predicted)
        from playground.metrics.confusion_table import class_label

        X = part.X[chosen]
        self.marks.setData(X[:, 0], X[:, 1])
        self.marked = (split, true, predicted)
        n = len(X)
        if split == "train":
            text = translate(
                "metrics_slot",
                "Marked on the plot: %n training set point(s) of {true} predicted {predicted} "
                "({verdict}).",
                None,
                n,
            )
        else:
            text = translate(
                "metrics_slot",
                "Marked on the plot: %n test set point(s) of {true} predicted {predicted} "
                "({verdict}).",
                None,
                n,
            )
        verdict = (
            translate("metrics_slot", "right")
            if true == predicted
            else translate("metrics_slot", "wrong")
        )
        self.panel.set_marked(
            plural.english(text, n).format(
                true=class_label(true), predicted=class_label(predicted), verdict=verdict
            )
        )

    def clear_marks(self) -> None:
        self.marks.setData([], [])
        self.marked = None
        if self._panel is None:
            return
        for table in self._panel.tables.values():
            table.clearSelection()
        self._panel.set_marked("")


def _timed_figures(session) -> tuple[metrics.Metrics, float]:
    """The figures, and how long they took (in the worker thread)."""
    from playground.core import metrics  # with the panel's first figures, not at start

    start = time.perf_counter()
    figures = metrics.of_session(session)
    return figures, time.perf_counter() - start
