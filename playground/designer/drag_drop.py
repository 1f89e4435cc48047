"""Dragging a palette part onto the network: where it would go, and the edit on release.

"Hidden layer" goes between the two columns nearest the mouse, "Neuron" onto the hidden
layer nearest it. While the part is dragged, the ghost (the part following the mouse)
says what a release would do, and the overlay marks where; a drop beyond the limits, off
a hidden layer or while a lesson locks the network is refused with a status-bar message.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPoint, QRectF

from engine import MAX_HIDDEN_LAYERS, MAX_UNITS
from playground.core.snapshot import Snapshot
from playground.designer import palette
from playground.designer.editor_overlay import Ghost
from playground.designer.network_edits import NetworkEdits
from playground.designer.network_view import NetworkView


@dataclass
class Drop:
    """Where a palette part would go, and whether it may."""

    ok: bool
    message: str = ""
    index: int = -1  # hidden layer: insert before this hidden layer; neuron: the hidden layer
    line_x: float | None = None  # scene x of the insertion mark (layer)
    rect: QRectF | None = None  # scene rect of the target column (neuron)


def drop_for(kind: str, x: float, columns: list[QRectF], snap: Snapshot) -> Drop:
    """Where part ``kind`` dropped at scene x ``x`` would go, between ``columns``
    (NetworkView.column_rects)."""
    centres = [r.center().x() for r in columns]
    n = len(centres) - 2
    if kind == palette.LAYER:
        index = sum(1 for c in centres[1:-1] if c < x)
        line_x = (centres[index] + centres[index + 1]) / 2
        if n >= MAX_HIDDEN_LAYERS:
            return Drop(
                False,
                "Not added: the network already has the maximum of "
                f"{MAX_HIDDEN_LAYERS} hidden layers.",
                index,
                line_x,
            )
        return Drop(True, f"Insert hidden layer {index + 1} here", index, line_x)
    nearest = int(np.argmin([abs(c - x) for c in centres]))
    if n == 0:
        return Drop(False, "Not added: there is no hidden layer yet; drag “Hidden layer” in first.")
    if not 1 <= nearest <= n:
        return Drop(False, "Not added: drop the neuron onto a hidden layer.")
    hidden = nearest - 1
    rect = columns[nearest]
    if snap.layer_sizes[nearest] >= MAX_UNITS:
        return Drop(
            False,
            f"Not added: layer {hidden + 1} already has the maximum of {MAX_UNITS} neurons.",
            hidden,
            rect=rect,
        )
    return Drop(True, f"Add a neuron to layer {hidden + 1}", hidden, rect=rect)


class PaletteDrops:
    """Follows the parts dragged from ``parts`` over ``network_view`` and makes their edits.

    ``started`` is called when a drag begins, ``changed`` whenever :attr:`drop` changes
    (the overlay shows it).
    """

    def __init__(
        self,
        parts: palette.Palette,
        network_view: NetworkView,
        edits: NetworkEdits,
        ghost: Ghost,
        latest: Callable[[], Snapshot | None],
        status: Callable[[str, int], None],
        editable: Callable[[], bool],
        started: Callable[[], None],
        changed: Callable[[], None],
    ) -> None:
        self._view = network_view
        self._edits = edits
        self._ghost = ghost
        self._latest = latest
        self._status = status
        self._editable = editable
        self._started = started
        self._changed = changed
        self.drag: str | None = None  # the part being dragged
        self.drop: Drop | None = None  # where it would go
        self.last_drop = 0.0  # time.perf_counter() of the last accepted drop (benchmarks)
        parts.drag_started.connect(self._drag_started)
        parts.drag_moved.connect(self._drag_moved)
        parts.drag_dropped.connect(self._drag_dropped)
        parts.drag_cancelled.connect(self._drag_ended)
        parts.clicked.connect(
            lambda kind: self._status(
                f"Drag “{palette.TITLES[kind]}” onto the network: "
                + ("between two layers." if kind == palette.LAYER else "onto a hidden layer."),
                6000,
            )
        )

    def drop_at(self, kind: str, global_pos: QPoint) -> Drop | None:
        """Where part ``kind`` dropped at ``global_pos`` would go (None: off the network)."""
        viewport = self._view.view.viewport()
        local = viewport.mapFromGlobal(global_pos)
        if not viewport.rect().contains(local):
            return None
        snap = self._latest()
        if snap is None:
            return Drop(False, "The network is not ready yet.")
        x = self._view.view.mapToScene(local).x()
        return drop_for(kind, x, self._view.column_rects(), snap)

    def _drag_started(self, kind: str) -> None:
        self.drag = kind
        self._started()

    def _drag_moved(self, kind: str, global_pos: QPoint) -> None:
        self.drag = kind
        editable = self._editable()
        drop = self.drop_at(kind, global_pos) if editable else Drop(False, "locked")
        self.drop = drop
        if drop is None:
            text, refused = f"{palette.TITLES[kind]}: drop it on the network", False
        elif not editable:
            text, refused = "Editing the network is locked in this lesson", True
        elif drop.ok:
            text, refused = drop.message, False
        else:
            text, refused = drop.message.removeprefix("Not added: "), True
        self._ghost.show_at(global_pos, text, refused)
        self._changed()

    def _drag_dropped(self, kind: str, global_pos: QPoint) -> None:
        drop = self.drop_at(kind, global_pos)
        self._drag_ended(kind)
        if drop is None:
            return
        if not drop.ok:
            self._status(drop.message, 6000)
            return
        self.last_drop = time.perf_counter()
        if kind == palette.LAYER:
            self._edits.insert_layer(drop.index)
        else:
            self._edits.add_neuron(drop.index)

    def _drag_ended(self, kind: str = "") -> None:
        self.drag = None
        self.drop = None
        self._ghost.hide()
        self._changed()
