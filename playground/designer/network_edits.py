"""The designer's edits of the network, each one step on the window's undo stack.

Every request names what it edits (a hidden layer by its 0-based index, a neuron by a
NeuronRef, a link by a LinkRef) and is made for the snapshot on show. What the engine
would refuse is refused here first, with a status-bar message: more neurons or layers
than the limits, the last input switched off, any edit while a lesson locks the network,
hand-typed weights while Compare races several networks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from engine import MAX_HIDDEN_LAYERS, MAX_UNITS
from engine.i18n import translate
from playground.core.refs import LinkRef, NeuronRef
from playground.core.snapshot import Snapshot
from playground.designer.edit_commands import Commands


class NetworkEdits:
    """Makes ``commands`` for the newest snapshot (``latest()``) and pushes them on
    ``stack``; every method returns whether the edit was made."""

    def __init__(
        self,
        commands: Commands,
        stack: QUndoStack,
        latest: Callable[[], Snapshot | None],
        status: Callable[[str, int], None],
        editable: Callable[[], bool],
    ) -> None:
        self._commands = commands
        self._stack = stack
        self._latest = latest
        self._status = status
        self._editable = editable

    def _say(self, text: str) -> None:
        self._status(text, 6000)

    def push(self, command: QUndoCommand | None) -> bool:
        if command is None:
            return False
        if not self._editable():
            self._say(translate("network_edits", "Editing the network is locked in this lesson."))
            return False
        self._stack.push(command)
        return True

    def hand_editable(self, snap: Snapshot) -> bool:
        """Whether weights may be typed or links switched (not while comparing)."""
        if snap.comparison is not None:
            self._say(
                translate(
                    "network_edits", "Weights are edited on one network: turn Compare off first."
                )
            )
            return False
        return True

    # ---------------------------------------------------------------- topology
    def add_neuron(self, hidden: int) -> bool:
        snap = self._latest()
        if snap is None:
            return False
        if snap.layer_sizes[hidden + 1] >= MAX_UNITS:
            self._say(
                translate(
                    "network_edits",
                    "Not added: layer {layer} already has the maximum of {most} neurons.",
                ).format(layer=hidden + 1, most=MAX_UNITS)
            )
            return False
        return self.push(self._commands.add_neuron(snap, hidden))

    def remove_neuron(self, hidden: int, unit: int | None = None) -> bool:
        """Remove neuron ``unit`` (the last if None) of hidden layer ``hidden``; its last
        neuron takes the layer with it."""
        snap = self._latest()
        return snap is not None and self.push(self._commands.remove_neuron(snap, hidden, unit))

    def insert_layer(self, index: int, start: str = "identity") -> bool:
        """A hidden layer before hidden layer ``index`` (the number of them: at the end),
        starting as the identity or (``start="random"``) from random weights."""
        snap = self._latest()
        if snap is None:
            return False
        if len(snap.spec["hidden"]) >= MAX_HIDDEN_LAYERS:
            self._say(
                translate(
                    "network_edits",
                    "Not added: the network already has the maximum of {most} hidden layers.",
                ).format(most=MAX_HIDDEN_LAYERS)
            )
            return False
        return self.push(self._commands.insert_layer(snap, index, start=start))

    def add_layer(self) -> bool:
        """A hidden layer after the last one."""
        snap = self._latest()
        return self.insert_layer(len(snap.spec["hidden"]) if snap is not None else 0)

    def remove_layer(self, hidden: int | None = None) -> bool:
        """Remove hidden layer ``hidden`` (the last if None)."""
        snap = self._latest()
        return snap is not None and self.push(self._commands.remove_layer(snap, hidden))

    def set_activation(self, hidden: int, activation: str) -> bool:
        snap = self._latest()
        if snap is None or snap.spec["hidden"][hidden]["activation"] == activation:
            return False
        return self.push(self._commands.set_activation(snap, hidden, activation))

    def set_dropout(self, hidden: int, rate: float) -> bool:
        """Hidden layer ``hidden``'s dropout rate (0 to 0.9; 0: none)."""
        snap = self._latest()
        if snap is None or snap.spec["hidden"][hidden].get("dropout", 0.0) == rate:
            return False
        return self.push(self._commands.set_dropout(snap, hidden, rate))

    def set_feature(self, name: str, enabled: bool) -> bool:
        snap = self._latest()
        if snap is None:
            return False
        if not enabled and list(snap.features) == [name]:
            self._say(
                translate("network_edits", "Not changed: at least one input feature must stay on.")
            )
            return False
        return self.push(self._commands.set_feature(snap, name, enabled))

    # ----------------------------------------------------------------- numbers
    def toggle_link(self, link: LinkRef) -> bool:
        snap = self._latest()
        if snap is None or not self.hand_editable(snap):
            return False
        enabled = bool(snap.masks[link.weight_layer][link.i, link.j])
        return self.push(self._commands.set_link(snap, link, not enabled))

    def set_weight(self, snap: Snapshot, link: LinkRef, value: float) -> bool:
        """Set ``link``'s weight, as named in ``snap`` (where the editor was opened)."""
        return self.push(self._commands.set_weight(snap, link, value))

    def set_bias(self, snap: Snapshot, neuron: NeuronRef, value: float) -> bool:
        """Set ``neuron``'s bias, as named in ``snap`` (where the editor was opened)."""
        return self.push(self._commands.set_bias(snap, neuron, value))
