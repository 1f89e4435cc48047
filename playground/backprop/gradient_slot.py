"""The gradient panel's place in the window: View → Gradients (G) opens it in the side
slot, where it takes the loss chart's place (the chart comes back when it closes).

A newer borrower of the slot (the walkthrough) covers the panel, which comes back when
that one leaves; opening the panel displaces a borrower that asked to be closed then.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from playground.backprop.gradient_panel import GradientPanel
from playground.core.snapshot import Snapshot
from playground.views.menus import add_to_menu
from playground.views.side_slot import SideSlot

# Of the column under the output plot: the panel's plots need more room than the chart's.
PANEL_SHARE = 0.56


class GradientSlot:
    """The panel, its View menu entry (G), and its frame hook (:meth:`on_snapshot`)."""

    def __init__(self, parent: QWidget, side_slot: SideSlot, view_menu: QMenu) -> None:
        self._side_slot = side_slot
        self.panel = GradientPanel(parent)
        self.panel.hide()
        self.panel.close_button.clicked.connect(lambda: self.set_visible(False))
        self.action = QAction("&Gradients", parent)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("G"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip(
            "Show each layer's gradient size over time, warnings for vanishing or exploding "
            "gradients, and histograms of weights and gradients, in the loss chart's place (G)"
        )
        self.action.triggered.connect(self.set_visible)
        parent.addAction(self.action)
        add_to_menu(view_menu, self.action)

    @property
    def visible(self) -> bool:
        return not self.panel.isHidden()

    def set_visible(self, on: bool) -> None:
        on = bool(on)
        slot = self._side_slot
        if on and slot.holder is not self.panel:
            slot.give_back(self.panel)  # if covered, it comes back on top of the cover
            slot.borrow(self.panel, PANEL_SHARE, at_least_chart=True)
            self.panel.draw(force=True)
        elif not on:
            slot.give_back(self.panel)
        self.action.setChecked(on)

    def on_snapshot(self, snap: Snapshot) -> None:
        self.panel.record(snap)
        if not self.panel.isHidden():
            self.panel.draw()
