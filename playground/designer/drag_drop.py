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
from engine.i18n import translate
from playground.core.snapshot import Snapshot
from playground.designer import palette
from playground.designer.editor_overlay import Ghost
from playground.designer.network_edits import NetworkEdits
from playground.designer.network_view import NetworkView


@dataclass
class Drop:
    """Where a palette part would go, and whether it may."""

    ok: bool
    message: str = ""  # the status bar's words (a refused drop: "Not added: <reason>")
    index: int = -1  # hidden layer: insert before this hidden layer; neuron: the hidden layer
    line_x: float | None = None  # scene x of the insertion mark (layer)
    rect: QRectF | None = None  # scene rect of the target column (neuron)
    reason: str = ""  # why a drop is refused, as the ghost says it ("": the message)


def refused(
    reason: str, index: int = -1, line_x: float | None = None, rect: QRectF | None = None
) -> Drop:
    """A drop that may not be, because of ``reason`` (a translated clause)."""
    message = translate("drag_drop", "Not added: {reason}").format(reason=reason)
    return Drop(False, message, index, line_x, rect, reason)


def drop_for(kind: str, x: float, columns: list[QRectF], snap: Snapshot) -> Drop:
    """Where part ``kind`` dropped at scene x ``x`` would go, between ``columns``
    (NetworkView.column_rects)."""
    centres = [r.center().x() for r in columns]
    n = len(centres) - 2
    if kind == palette.LAYER:
        index = sum(1 for c in centres[1:-1] if c < x)
        line_x = (centres[index] + centres[index + 1]) / 2
        if n >= MAX_HIDDEN_LAYERS:
            reason = translate(
                "drag_drop", "the network already has the maximum of {most} hidden layers."
            )
            return refused(reason.format(most=MAX_HIDDEN_LAYERS), index, line_x)
        here = translate("drag_drop", "Insert hidden layer {layer} here")
        return Drop(True, here.format(layer=index + 1), index, line_x)
    nearest = int(np.argmin([abs(c - x) for c in centres]))
    if n == 0:
        return refused(
            translate("drag_drop", "there is no hidden layer yet; drag “{part}” in first.").format(
                part=palette.title(palette.LAYER)
            )
        )
    if not 1 <= nearest <= n:
        return refused(translate("drag_drop", "drop the neuron onto a hidden layer."))
    hidden = nearest - 1
    rect = columns[nearest]
    if snap.layer_sizes[nearest] >= MAX_UNITS:
        reason = translate("drag_drop", "layer {layer} already has the maximum of {most} neurons.")
        return refused(reason.format(layer=hidden + 1, most=MAX_UNITS), hidden, rect=rect)
    add = translate("drag_drop", "Add a neuron to layer {layer}").format(layer=hidden + 1)
    return Drop(True, add, hidden, rect=rect)


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
                (
                    translate("drag_drop", "Drag “{part}” onto the network: between two layers.")
                    if kind == palette.LAYER
                    else translate(
                        "drag_drop", "Drag “{part}” onto the network: onto a hidden layer."
                    )
                ).format(part=palette.title(kind)),
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
            return Drop(False, translate("drag_drop", "The network is not ready yet."))
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
            text = translate("drag_drop", "{part}: drop it on the network")
            text, is_refused = text.format(part=palette.title(kind)), False
        elif not editable:
            text, is_refused = (
                translate("drag_drop", "Editing the network is locked in this lesson"),
                True,
            )
        elif drop.ok:
            text, is_refused = drop.message, False
        else:
            text, is_refused = drop.reason or drop.message, True
        self._ghost.show_at(global_pos, text, is_refused)
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
