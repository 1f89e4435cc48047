"""The gradient panel's place in the window: View → Gradients (G) opens it in the side
slot, where it takes the loss chart's place (the chart comes back when it closes).

A newer borrower of the slot (the walkthrough) covers the panel, which comes back when
that one leaves; opening the panel displaces a borrower that asked to be closed then.

The panel (three plots) is built when it first opens, not with the window; the norms'
history is kept from the first frame on (playground.core.gradient_stats.GradientRecord).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QWidget

from engine.i18n import translate
from playground.core.gradient_stats import GradientRecord
from playground.core.snapshot import Snapshot
from playground.views.menus import panel_toggle
from playground.views.side_slot import SideSlot

if TYPE_CHECKING:
    from playground.backprop.gradient_panel import GradientPanel

# Of the column under the output plot: the panel's plots need more room than the chart's.
PANEL_SHARE = 0.56


class GradientSlot:
    """The panel, its View menu entry (G), and its frame hook (:meth:`on_snapshot`)."""

    def __init__(
        self,
        parent: QWidget,
        side_slot: SideSlot,
        view_menu: QMenu,
        on_built: Callable[[QWidget], None] = lambda _panel: None,
    ) -> None:
        """``on_built`` is given the panel when it is built, at its first opening."""
        self._side_slot = side_slot
        self._parent = parent
        self._on_built = on_built
        self.record = GradientRecord()
        self._panel: GradientPanel | None = None
        self.action = panel_toggle(
            parent,
            view_menu,
            translate("gradient_slot", "&Gradients"),
            "G",
            translate(
                "gradient_slot",
                "Show each layer's gradient size over time, warnings for vanishing or exploding "
                "gradients, and histograms of weights and gradients, in the loss chart's place (G)",
            ),
            self.set_visible,
        )

    @property
    def panel(self) -> GradientPanel:
        if self._panel is None:
            from playground.backprop.gradient_panel import GradientPanel

            self._panel = panel = GradientPanel(self._parent, self.record)
            panel.hide()
            panel.close_button.clicked.connect(lambda: self.set_visible(False))
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
            self.panel.draw(force=True)
        elif not on and self._panel is not None:
            slot.give_back(self._panel)
        self.action.setChecked(on)

    def on_snapshot(self, snap: Snapshot) -> None:
        self.record.record(snap)
        if self.visible:
            self.panel.draw()
