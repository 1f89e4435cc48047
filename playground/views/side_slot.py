"""The window's side slot: the place under the output plot that the loss chart holds.

A panel that needs room (the gradient panel, the walkthrough) borrows the slot and gives
it back; Compare and the walkthrough borrow width as well. Only this class moves the
window's splitters, so no feature relayouts the window itself, and what the window saves
on closing is its resting layout, never a borrowed one.

A panel that borrows the slot while another holds it either covers it (the holder hides
and comes back when the newer panel gives the slot back) or displaces it (the holder is
asked to close first): the borrower that was there says which, with ``on_displaced``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QSplitter, QWidget


@dataclass
class _Holder:
    panel: QWidget
    share: float  # of the column's height, the rest staying with the output plot
    on_displaced: Callable[[], None] | None  # None: covered, back when the newer one goes


class SideSlot:
    """Lends the loss chart's place in ``column`` (output plot above, chart below) and the
    width of ``columns`` (data | network | output)."""

    def __init__(
        self,
        columns: QSplitter,
        column: QSplitter,
        chart: QWidget,
        data_panel: QWidget,
        network_view: QWidget,
        output_keeps: Callable[[], int] = lambda: 0,
    ) -> None:
        self._columns, self._column, self._chart = columns, column, chart
        # The height the column's top (the output plot) keeps from a borrower, if it can.
        self._output_keeps = output_keeps
        self._data_panel, self._network_view = data_panel, network_view
        self._holders: list[_Holder] = []
        self._rest: list[int] | None = None  # the column's sizes before the first borrower
        self._widths: dict[str, list[int]] = {}  # columns' sizes before each widening
        self._data_shown = True

    # ------------------------------------------------------------- the slot
    @property
    def holder(self) -> QWidget | None:
        """The panel on show in the slot (None: the loss chart)."""
        return self._holders[-1].panel if self._holders else None

    def holds(self, panel: QWidget) -> bool:
        return any(h.panel is panel for h in self._holders)

    def borrow(
        self,
        panel: QWidget,
        share: float,
        on_displaced: Callable[[], None] | None = None,
        at_least_chart: bool = False,
    ) -> None:
        """Show ``panel`` in the chart's place, ``share`` of the column's height (at least
        the chart's own height with ``at_least_chart``). A panel already there that
        registered ``on_displaced`` is asked to close first; any other is covered."""
        if self.holds(panel):
            return
        for holder in [h for h in self._holders if h.on_displaced is not None]:
            holder.on_displaced()  # it calls give_back
            self.give_back(holder.panel)  # in case it did not
        column = self._column
        if column.indexOf(panel) < 0:
            column.addWidget(panel)
            column.setCollapsible(column.indexOf(panel), False)
            if self._rest is not None:  # a panel added over another: at rest it is hidden
                self._rest.append(0)
        if not self._holders:
            self._rest = column.sizes()
        chart_height = column.sizes()[column.indexOf(self._chart)] if at_least_chart else 0
        self._holders.append(_Holder(panel, share, on_displaced))
        self._show_top(chart_height)

    def give_back(self, panel: QWidget) -> None:
        """``panel`` leaves the slot: the panel it covered, or the chart, comes back."""
        if not self.holds(panel):
            return
        self._holders = [h for h in self._holders if h.panel is not panel]
        panel.hide()
        if self._holders:
            self._show_top(0)
            return
        self._chart.show()
        if self._rest is not None and len(self._rest) == self._column.count():
            self._column.setSizes(self._rest)
        self._rest = None

    def give_back_all(self) -> None:
        """Every borrower leaves (the window closes: it saves its resting layout)."""
        for holder in reversed(list(self._holders)):
            self.give_back(holder.panel)
        for name in reversed(list(self._widths)):  # the last lent first
            self._unwiden(name)

    def grow_chart(self, by: int) -> None:
        """Up to ``by`` px more for the loss chart, from what the output plot has over its
        least (projector mode's larger type squeezed the chart to its minimum). Not while a
        panel holds the slot: it gives back the sizes it found."""
        column = self._column
        if self._holders or by <= 0 or column.indexOf(self._chart) < 0:
            return
        sizes = column.sizes()
        move = min(by, sizes[0] - self._output_keeps())
        if move > 0:
            sizes[0] -= move
            sizes[column.indexOf(self._chart)] += move
            column.setSizes(sizes)

    def _show_top(self, at_least: int) -> None:
        column, top = self._column, self._holders[-1]
        for i in range(1, column.count()):
            widget = column.widget(i)
            widget.setVisible(widget is top.panel)
        total = sum(column.sizes())
        sizes = [0] * column.count()
        panel_height = max(at_least, int(top.share * total))
        least = top.panel.minimumSizeHint().height()
        panel_height = max(min(panel_height, total - self._output_keeps()), least)
        sizes[column.indexOf(top.panel)] = panel_height
        sizes[0] = max(total - panel_height, 0)
        column.setSizes(sizes)

    # ------------------------------------------------------------- widths
    def widen_network(self, on: bool) -> None:
        """The data panel steps aside and its width goes to the network (the walkthrough's
        numbers need room); off, both come back as they were."""
        columns, data = self._columns, self._data_panel
        if on and "network" not in self._widths:
            sizes = columns.sizes()
            self._widths["network"] = list(sizes)
            self._data_shown = not data.isHidden()
            data.hide()
            at, net = columns.indexOf(data), columns.indexOf(self._network_view)
            sizes[net] += sizes[at]
            sizes[at] = 0
            columns.setSizes(sizes)
        elif not on and "network" in self._widths:
            data.setVisible(self._data_shown)
            self._unwiden("network")

    def widen_output(self, on: bool, share: float = 0.56) -> None:
        """The output column takes some of the network's width, up to ``share`` of the two
        (Compare's lanes need room); off, it is given back."""
        columns = self._columns
        if on and "output" not in self._widths:
            sizes = columns.sizes()
            net, out = columns.indexOf(self._network_view), columns.indexOf(self._column)
            want = max(sizes[out], int(share * (sizes[net] + sizes[out])))
            if want > sizes[out]:
                self._widths["output"] = list(sizes)
                sizes[net], sizes[out] = sizes[net] + sizes[out] - want, want
                columns.setSizes(sizes)
        elif not on:
            self._unwiden("output")

    def _unwiden(self, name: str) -> None:
        sizes = self._widths.pop(name, None)
        if name == "network":
            self._data_panel.setVisible(self._data_shown)
        if sizes is not None and len(sizes) == self._columns.count():
            self._columns.setSizes(sizes)
