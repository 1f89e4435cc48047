"""Undoable edits of the network: the designer's and the +/- buttons'.

Every edit is a live edit (engine.edits through the session): it is applied in the worker
thread between two training steps and keeps the weights of everything it does not touch.
Undo is the exact inverse: what an edit removed (a neuron's or a layer's weights, a
link's weight, an input's row) is captured when it goes and put back as it was, and
what an undo takes away is captured in turn, so that redo brings back exactly that.

As in :mod:`playground.data.data_commands`, a command only *sends* its work to the worker
(``runner.run(fn)``); everything it remembers is written and read by those functions,
in the worker thread, in the order the GUI sent them. Each command also remembers the
shape of the network it was made for: an edit that meets another shape (the network was
reset to other settings, a file was opened) changes nothing and says so.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from engine import ACTIVATIONS, FEATURES, edits
from playground.core import colors
from playground.core.session import Session

Shape = tuple[tuple[int, ...], tuple[str, ...]]


def shape_of(session: Session) -> Shape:
    net = session.trainer.network
    return tuple(net.layer_sizes), tuple(net.features)


def snapshot_shape(snap) -> Shape:
    return tuple(snap.layer_sizes), tuple(snap.features)


# ------------------------------------------------------------------------ names
def node_name(snap, layer: int, unit: int) -> str:
    """What a student calls a node: "X₁", "neuron 2 of layer 1", "the output"."""
    last = len(snap.layer_sizes) - 1
    if layer == 0:
        return FEATURES[snap.features[unit]].label
    if layer < last:
        return f"neuron {unit + 1} of layer {layer}"
    if snap.output_kind == "multiclass":
        return f"output {unit + 1} ({colors.CLASS_NAMES[unit % len(colors.CLASS_NAMES)]})"
    return "the output"


def link_name(snap, layer: int, i: int, j: int) -> str:
    return f"{node_name(snap, layer, i)} → {node_name(snap, layer + 1, j)}"


def number(value: float) -> str:
    """A weight as the editor and the tooltips show it: short, with a real minus sign."""
    text = f"{value:.3f}" if abs(value) < 1000 else f"{value:.4g}"
    return text.replace("-", "−")


# ====================================================================== commands
class NetworkCommand(QUndoCommand):
    """One edit of the network. Subclasses define :meth:`apply` and :meth:`revert`,
    which run in the worker thread (``runner.run``)."""

    def __init__(self, runner, text: str, shape: Shape | None = None) -> None:
        super().__init__(text)
        self.runner = runner
        self._expect = shape  # the shape the GUI saw when the edit was made
        self._before: Shape | None = None  # worker thread only, from here on
        self._after: Shape | None = None
        self._done = False

    def redo(self) -> None:
        self.runner.run(self._redo, "Not changed")

    def undo(self) -> None:
        self.runner.run(self._undo, f"Cannot undo {self.text()}")

    def _redo(self, session: Session) -> None:
        want = self._before if self._before is not None else self._expect
        if want is not None and shape_of(session) != want:
            raise ValueError(
                "the network changed shape before this edit arrived; try again"
                if self._before is None
                else "the network has another shape now"
            )
        self._before = shape_of(session)
        self.apply(session)
        self._after = shape_of(session)
        self._done = True

    def _undo(self, session: Session) -> None:
        if not self._done:
            return
        if shape_of(session) != self._after:
            raise ValueError("the network has another shape now")
        self.revert(session)
        self._done = False

    def apply(self, session: Session) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def revert(self, session: Session) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class NeuronCommand(NetworkCommand):
    """Add a neuron to hidden layer ``layer`` (at the end), or remove neuron ``unit``."""

    def __init__(self, runner, text, shape, layer: int, add: bool, unit: int | None = None):
        super().__init__(runner, text, shape)
        self.layer, self.add, self.unit = layer, add, unit
        self.part: dict | None = None  # the neuron's weights while it is out of the network

    def _take(self, session: Session) -> None:
        h, unit = self.layer, self.unit
        if session.settings.hidden[h] <= 1:  # made for a layer of more (see Commands)
            raise ValueError(f"neuron {unit + 1} is the last of layer {h + 1}")
        self.part = edits.neuron_part(session.trainer.network, h, unit)
        session.remove_neuron(h, unit)

    def _put(self, session: Session) -> None:
        h, unit, part = self.layer, self.unit, self.part
        session.edit_network(lambda t: t.put_neuron(h, unit, part))

    def apply(self, session: Session) -> None:
        if not self.add:
            self._take(session)
        elif self.part is None:  # the first time: a new neuron, as the engine makes one
            session.add_neuron(self.layer)
            self.unit = session.settings.hidden[self.layer] - 1
        else:
            self._put(session)

    def revert(self, session: Session) -> None:
        if self.add:
            self._take(session)
        else:
            self._put(session)


class LayerCommand(NetworkCommand):
    """Insert a hidden layer before hidden layer ``index``, or remove hidden layer ``index``."""

    def __init__(
        self, runner, text, shape, index: int, insert: bool, units: int = 2, activation=None
    ):
        super().__init__(runner, text, shape)
        self.index, self.insert = index, insert
        self.units, self.activation = units, activation
        self.part: dict | None = None  # the layer, while it is out of the network
        self.links: dict | None = None  # the links across its place, while it is in

    def _put(self, session: Session) -> None:
        index = self.index
        self.links = edits.link_part(session.trainer.network, index)
        if self.part is None:  # the first insert: a new layer, as the engine makes one
            session.insert_layer(index, self.units, self.activation)
        else:
            part = self.part
            session.edit_network(lambda t: t.put_layer(index, part))

    def _take(self, session: Session) -> None:
        index = self.index
        self.part = edits.layer_part(session.trainer.network, index)
        if self.links is None:  # the first removal: its neighbours joined afresh
            session.remove_layer(index)
        else:
            links = self.links
            session.edit_network(lambda t: t.join_layer(index, links))

    def apply(self, session: Session) -> None:
        (self._put if self.insert else self._take)(session)

    def revert(self, session: Session) -> None:
        (self._take if self.insert else self._put)(session)


class ActivationCommand(NetworkCommand):
    def __init__(self, runner, text, shape, layer: int, activation: str):
        super().__init__(runner, text, shape)
        self.layer, self.activation = layer, activation
        self.old: str | None = None

    def apply(self, session: Session) -> None:
        self.old = session.settings.layer_activation(self.layer)
        session.set_layer_activation(self.layer, self.activation)

    def revert(self, session: Session) -> None:
        session.set_layer_activation(self.layer, self.old)


class FeatureCommand(NetworkCommand):
    """Switch an input on or off; its weights and masks come back with it."""

    def __init__(self, runner, text, shape, name: str, enabled: bool):
        super().__init__(runner, text, shape)
        self.name, self.enabled = name, enabled
        self.row: tuple | None = None  # (weights, mask) of the input while it is off

    def _on(self, session: Session) -> None:
        session.set_feature(self.name, True)
        if self.row is not None:
            weights, mask = self.row
            net = session.trainer.network
            k = net.features.index(self.name)
            net.params[0][0][k] = weights
            for j in range(len(mask)):
                if not mask[j]:
                    net.set_link_enabled(0, k, j, False)
            session.network_edited()

    def _off(self, session: Session) -> None:
        net = session.trainer.network
        k = net.features.index(self.name)
        self.row = (net.params[0][0][k].copy(), net.masks[0][k].copy())
        session.set_feature(self.name, False)

    def apply(self, session: Session) -> None:
        (self._on if self.enabled else self._off)(session)

    def revert(self, session: Session) -> None:
        (self._off if self.enabled else self._on)(session)


class LinkCommand(NetworkCommand):
    """Disable a link (its weight goes to 0 and stays there) or enable it again."""

    def __init__(self, runner, text, shape, layer: int, i: int, j: int, enabled: bool):
        super().__init__(runner, text, shape)
        self.where = (layer, i, j)
        self.enabled = enabled
        self.weight: float | None = None  # the weight it had when it was disabled

    def _on(self, session: Session) -> None:
        session.set_link_enabled(*self.where, True)
        if self.weight is not None:
            session.set_weight(*self.where, self.weight)

    def _off(self, session: Session) -> None:
        layer, i, j = self.where
        self.weight = float(session.trainer.network.params[layer][0][i, j])
        session.set_link_enabled(*self.where, False)

    def apply(self, session: Session) -> None:
        (self._on if self.enabled else self._off)(session)

    def revert(self, session: Session) -> None:
        (self._off if self.enabled else self._on)(session)


class ValueCommand(NetworkCommand):
    """Set one weight ``(layer, i, j)`` or one bias ``(layer, j)`` to a typed number."""

    def __init__(self, runner, text, shape, where: tuple[int, ...], value: float):
        super().__init__(runner, text, shape)
        self.where, self.value = where, value
        self.old: float | None = None

    def _set(self, session: Session, value: float) -> None:
        if len(self.where) == 3:
            session.set_weight(*self.where, value)
        else:
            session.set_bias(*self.where, value)

    def _get(self, session: Session) -> float:
        params = session.trainer.network.params
        if len(self.where) == 3:
            layer, i, j = self.where
            return float(params[layer][0][i, j])
        layer, j = self.where
        return float(params[layer][1][j])

    def apply(self, session: Session) -> None:
        self.old = self._get(session)
        self._set(session, self.value)

    def revert(self, session: Session) -> None:
        self._set(session, self.old)


# ======================================================================= making
def activation_title(name: str) -> str:
    return ACTIVATIONS[name].title


class Commands:
    """Makes the commands for the snapshot on show (texts name what they edit)."""

    def __init__(self, runner) -> None:
        self.runner = runner

    def add_neuron(self, snap, layer: int) -> NetworkCommand:
        return NeuronCommand(
            self.runner,
            f"add neuron to layer {layer + 1}",
            snapshot_shape(snap),
            layer,
            add=True,
        )

    def remove_neuron(self, snap, layer: int, unit: int | None = None) -> NetworkCommand:
        units = snap.layer_sizes[layer + 1]
        unit = units - 1 if unit is None else unit
        if units == 1:  # the last neuron takes its layer with it
            return self.remove_layer(snap, layer)
        return NeuronCommand(
            self.runner,
            f"remove neuron {unit + 1} from layer {layer + 1}",
            snapshot_shape(snap),
            layer,
            add=False,
            unit=unit,
        )

    def insert_layer(self, snap, index: int, units: int = 2) -> NetworkCommand:
        n = len(snap.spec["hidden"])
        text = f"add hidden layer {index + 1}" if index == n else f"insert hidden layer {index + 1}"
        return LayerCommand(
            self.runner, text, snapshot_shape(snap), index, insert=True, units=units
        )

    def remove_layer(self, snap, index: int | None = None) -> NetworkCommand:
        index = len(snap.spec["hidden"]) - 1 if index is None else index
        return LayerCommand(
            self.runner, f"remove hidden layer {index + 1}", snapshot_shape(snap), index, False
        )

    def set_activation(self, snap, layer: int, activation: str) -> NetworkCommand:
        return ActivationCommand(
            self.runner,
            f"set layer {layer + 1} to {activation_title(activation)}",
            snapshot_shape(snap),
            layer,
            activation,
        )

    def set_feature(self, snap, name: str, enabled: bool) -> NetworkCommand:
        label = FEATURES[name].label
        text = f"switch {label} on" if enabled else f"switch {label} off"
        return FeatureCommand(self.runner, text, snapshot_shape(snap), name, enabled)

    def set_link(self, snap, layer: int, i: int, j: int, enabled: bool) -> NetworkCommand:
        what = "enable" if enabled else "disable"
        return LinkCommand(
            self.runner,
            f"{what} link {link_name(snap, layer, i, j)}",
            snapshot_shape(snap),
            layer,
            i,
            j,
            enabled,
        )

    def set_weight(self, snap, layer: int, i: int, j: int, value: float) -> NetworkCommand:
        return ValueCommand(
            self.runner,
            f"set weight {link_name(snap, layer, i, j)} to {number(value)}",
            snapshot_shape(snap),
            (layer, i, j),
            value,
        )

    def set_bias(self, snap, layer: int, unit: int, value: float) -> NetworkCommand:
        """The bias of neuron ``unit`` of column ``layer`` (1-based: hidden layers, output)."""
        return ValueCommand(
            self.runner,
            f"set bias of {node_name(snap, layer, unit)} to {number(value)}",
            snapshot_shape(snap),
            (layer - 1, unit),
            value,
        )
