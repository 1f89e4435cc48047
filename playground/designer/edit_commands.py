"""Undoable edits of the network: the designer's and the +/- buttons'.

Every edit is a live edit (engine.edits through the session): it is applied in the worker
thread between two training steps and keeps the weights of everything it does not touch.
Undo is the exact inverse: what an edit removed (a neuron's or a layer's weights, a
link's weight, an input's row) is captured when it goes and put back as it was, and
what an undo takes away is captured in turn, so that redo brings back exactly that.

As in :mod:`playground.data.data_commands`, a command only *sends* its work to the worker
(``runner.run(fn)``, a :class:`Runner`); everything it remembers is written and read by
those functions, in the worker thread, in the order the GUI sent them. Each command also remembers the
shape of the network it was made for: an edit that meets another shape (the network was
reset to other settings, a file was opened) changes nothing and says so.

Places are named as in playground.core.refs: a neuron by its column (NeuronRef), a link by
its weight layer (LinkRef), and a hidden layer by its 0-based index (``hidden``), as the
engine's edits take it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from engine import ACTIVATIONS, FEATURES, MAX_UNITS, edits
from engine.i18n import number, translate
from playground.compute.client import WorkerClient
from playground.core import colors
from playground.core.refs import LinkRef, NeuronRef
from playground.core.session import Session
from playground.core.snapshot import Snapshot

Shape = tuple[tuple[int, ...], tuple[str, ...]]


def shape_of(session: Session) -> Shape:
    net = session.trainer.network
    return tuple(net.layer_sizes), tuple(net.features)


def snapshot_shape(snap: Snapshot) -> Shape:
    return tuple(snap.layer_sizes), tuple(snap.features)


class Runner:
    """Runs a command's work in the worker thread; a ValueError becomes a status-bar
    message. Training goes on: these edits never re-initialise anything."""

    def __init__(self, client: WorkerClient) -> None:
        self.client = client

    def run(self, fn: Callable[[Session], object], prefix: str) -> None:
        # The snapshot waiting for the next frame would show the old network: it is
        # replaced at once (the edit shows a frame sooner).
        self.client.submit(fn, refusal=prefix, republish=True)


# ------------------------------------------------------------------------ names
def node_name(snap: Snapshot, neuron: NeuronRef) -> str:
    """What a student calls a node: "X₁", "neuron 2 of layer 1", "the output"."""
    last = len(snap.layer_sizes) - 1
    column, unit = neuron.column, neuron.unit
    if column == 0:
        return FEATURES[snap.features[unit]].label
    if column < last:
        return translate("edit_commands", "neuron {unit} of layer {layer}").format(
            unit=unit + 1, layer=column
        )
    if snap.output_kind == "multiclass":
        name = translate("colors", colors.CLASS_NAMES[unit % len(colors.CLASS_NAMES)])
        return translate("edit_commands", "output {unit} ({class_name})").format(
            unit=unit + 1, class_name=name
        )
    return translate("edit_commands", "the output")


def link_name(snap: Snapshot, link: LinkRef) -> str:
    return f"{node_name(snap, link.source)} → {node_name(snap, link.target)}"


def weight_text(value: float) -> str:
    """A weight as the editor and the tooltips show it: short, with a real minus sign."""
    text = number(value, ".3f") if abs(value) < 1000 else number(value, ".4g")
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
        self.runner.run(self._redo, translate("edit_commands", "Not changed"))

    def undo(self) -> None:
        refusal = translate("edit_commands", "Cannot undo {edit}").format(edit=self.text())
        self.runner.run(self._undo, refusal)

    def _redo(self, session: Session) -> None:
        want = self._before if self._before is not None else self._expect
        if want is not None and shape_of(session) != want:
            raise ValueError(
                translate(
                    "edit_commands", "the network changed shape before this edit arrived; try again"
                )
                if self._before is None
                else translate("edit_commands", "the network has another shape now")
            )
        self._before = shape_of(session)
        self.apply(session)
        self._after = shape_of(session)
        self._done = True

    def _undo(self, session: Session) -> None:
        if not self._done:
            return
        if shape_of(session) != self._after:
            raise ValueError(translate("edit_commands", "the network has another shape now"))
        self.revert(session)
        self._done = False

    def apply(self, session: Session) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def revert(self, session: Session) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class NeuronCommand(NetworkCommand):
    """Add a neuron to hidden layer ``hidden`` (at the end), or remove neuron ``unit``."""

    def __init__(self, runner, text, shape, hidden: int, add: bool, unit: int | None = None):
        super().__init__(runner, text, shape)
        self.hidden, self.add, self.unit = hidden, add, unit
        self.part: dict | None = None  # the neuron's weights while it is out of the network

    def _take(self, session: Session) -> None:
        h, unit = self.hidden, self.unit
        if session.settings.hidden[h] <= 1:  # made for a layer of more (see Commands)
            raise ValueError(
                translate("edit_commands", "neuron {unit} is the last of layer {layer}").format(
                    unit=unit + 1, layer=h + 1
                )
            )
        self.part = edits.neuron_part(session.trainer.network, h, unit)
        session.remove_neuron(h, unit)

    def _put(self, session: Session) -> None:
        h, unit, part = self.hidden, self.unit, self.part
        session.edit_network(lambda t: t.put_neuron(h, unit, part))

    def apply(self, session: Session) -> None:
        if not self.add:
            self._take(session)
        elif self.part is None:  # the first time: a new neuron, as the engine makes one
            session.add_neuron(self.hidden)
            self.unit = session.settings.hidden[self.hidden] - 1
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
        self,
        runner,
        text,
        shape,
        index: int,
        insert: bool,
        units: int = 2,
        activation=None,
        start: str = "identity",
    ):
        super().__init__(runner, text, shape)
        self.index, self.insert = index, insert
        self.units, self.activation, self.start = units, activation, start
        self.part: dict | None = None  # the layer, while it is out of the network
        self.links: dict | None = None  # the links across its place, while it is in

    def _put(self, session: Session) -> None:
        index = self.index
        self.links = edits.link_part(session.trainer.network, index)
        if self.part is None:  # the first insert: a new layer, as the engine makes one
            session.insert_layer(index, self.units, self.activation, self.start)
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
    """Give hidden layer ``hidden`` another activation; every weight stays."""

    def __init__(self, runner, text, shape, hidden: int, activation: str):
        super().__init__(runner, text, shape)
        self.hidden, self.activation = hidden, activation
        self.old: str | None = None

    def apply(self, session: Session) -> None:
        self.old = session.settings.layer_activation(self.hidden)
        session.set_layer_activation(self.hidden, self.activation)

    def revert(self, session: Session) -> None:
        session.set_layer_activation(self.hidden, self.old)


class DropoutCommand(NetworkCommand):
    """Give hidden layer ``hidden`` another dropout rate (0: none); every weight stays."""

    def __init__(self, runner, text, shape, hidden: int, rate: float):
        super().__init__(runner, text, shape)
        self.hidden, self.rate = hidden, rate
        self.old = 0.0

    def apply(self, session: Session) -> None:
        self.old = session.settings.layer_dropout_rate(self.hidden)
        session.set_layer_dropout(self.hidden, self.rate)

    def revert(self, session: Session) -> None:
        session.set_layer_dropout(self.hidden, self.old)


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

    def __init__(self, runner, text, shape, link: LinkRef, enabled: bool):
        super().__init__(runner, text, shape)
        self.link = link
        self.enabled = enabled
        self.weight: float | None = None  # the weight it had when it was disabled

    def _on(self, session: Session) -> None:
        k, i, j = self.link.weight_layer, self.link.i, self.link.j
        session.set_link_enabled(k, i, j, True)
        if self.weight is not None:
            session.set_weight(k, i, j, self.weight)

    def _off(self, session: Session) -> None:
        k, i, j = self.link.weight_layer, self.link.i, self.link.j
        self.weight = float(session.trainer.network.params[k][0][i, j])
        session.set_link_enabled(k, i, j, False)

    def apply(self, session: Session) -> None:
        (self._on if self.enabled else self._off)(session)

    def revert(self, session: Session) -> None:
        (self._off if self.enabled else self._on)(session)


class ValueCommand(NetworkCommand):
    """Set a link's weight, or a neuron's bias, to a typed number."""

    def __init__(self, runner, text, shape, where: LinkRef | NeuronRef, value: float):
        super().__init__(runner, text, shape)
        self.where, self.value = where, value
        self.old: float | None = None

    def _set(self, session: Session, value: float) -> None:
        where = self.where
        if isinstance(where, LinkRef):
            session.set_weight(where.weight_layer, where.i, where.j, value)
        else:
            session.set_bias(where.bias_layer, where.unit, value)

    def _get(self, session: Session) -> float:
        params = session.trainer.network.params
        where = self.where
        if isinstance(where, LinkRef):
            return float(params[where.weight_layer][0][where.i, where.j])
        return float(params[where.bias_layer][1][where.unit])

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

    def __init__(self, runner: Runner) -> None:
        self.runner = runner

    def add_neuron(self, snap: Snapshot, hidden: int) -> NetworkCommand:
        return NeuronCommand(
            self.runner,
            translate("edit_commands", "add neuron to layer {layer}").format(layer=hidden + 1),
            snapshot_shape(snap),
            hidden,
            add=True,
        )

    def remove_neuron(self, snap: Snapshot, hidden: int, unit: int | None = None) -> NetworkCommand:
        units = snap.layer_sizes[hidden + 1]
        unit = units - 1 if unit is None else unit
        if units == 1:  # the last neuron takes its layer with it
            return self.remove_layer(snap, hidden)
        return NeuronCommand(
            self.runner,
            translate("edit_commands", "remove neuron {unit} from layer {layer}").format(
                unit=unit + 1, layer=hidden + 1
            ),
            snapshot_shape(snap),
            hidden,
            add=False,
            unit=unit,
        )

    def insert_layer(
        self, snap: Snapshot, index: int, units: int | None = None, start: str = "identity"
    ) -> NetworkCommand:
        """A hidden layer before hidden layer ``index`` (0-based), of ``units`` neurons or
        as many as the column before it has (at least 2), so that it can start as the
        identity (``start``, engine.grow)."""
        n = len(snap.spec["hidden"])
        text = (
            translate("edit_commands", "add hidden layer {layer}")
            if index == n
            else translate("edit_commands", "insert hidden layer {layer}")
        ).format(layer=index + 1)
        if units is None:
            units = min(MAX_UNITS, max(2, snap.layer_sizes[index]))
        return LayerCommand(
            self.runner, text, snapshot_shape(snap), index, insert=True, units=units, start=start
        )

    def remove_layer(self, snap: Snapshot, hidden: int | None = None) -> NetworkCommand:
        """Remove hidden layer ``hidden`` (0-based; the last if None)."""
        hidden = len(snap.spec["hidden"]) - 1 if hidden is None else hidden
        text = translate("edit_commands", "remove hidden layer {layer}").format(layer=hidden + 1)
        return LayerCommand(self.runner, text, snapshot_shape(snap), hidden, False)

    def set_activation(self, snap: Snapshot, hidden: int, activation: str) -> NetworkCommand:
        return ActivationCommand(
            self.runner,
            translate("edit_commands", "set layer {layer} to {activation}").format(
                layer=hidden + 1, activation=activation_title(activation)
            ),
            snapshot_shape(snap),
            hidden,
            activation,
        )

    def set_dropout(self, snap: Snapshot, hidden: int, rate: float) -> NetworkCommand:
        text = (
            translate("edit_commands", "set dropout of layer {layer} to {rate}")
            if rate
            else translate("edit_commands", "switch dropout of layer {layer} off")
        ).format(layer=hidden + 1, rate=number(rate, "g"))
        return DropoutCommand(self.runner, text, snapshot_shape(snap), hidden, rate)

    def set_feature(self, snap: Snapshot, name: str, enabled: bool) -> NetworkCommand:
        label = FEATURES[name].label
        text = (
            translate("edit_commands", "switch {feature} on")
            if enabled
            else translate("edit_commands", "switch {feature} off")
        ).format(feature=label)
        return FeatureCommand(self.runner, text, snapshot_shape(snap), name, enabled)

    def set_link(self, snap: Snapshot, link: LinkRef, enabled: bool) -> NetworkCommand:
        text = (
            translate("edit_commands", "enable link {link}")
            if enabled
            else translate("edit_commands", "disable link {link}")
        )
        return LinkCommand(
            self.runner,
            text.format(link=link_name(snap, link)),
            snapshot_shape(snap),
            link,
            enabled,
        )

    def set_weight(self, snap: Snapshot, link: LinkRef, value: float) -> NetworkCommand:
        return ValueCommand(
            self.runner,
            translate("edit_commands", "set weight {link} to {value}").format(
                link=link_name(snap, link), value=weight_text(value)
            ),
            snapshot_shape(snap),
            link,
            value,
        )

    def set_bias(self, snap: Snapshot, neuron: NeuronRef, value: float) -> NetworkCommand:
        """The bias of ``neuron`` (a hidden or output neuron)."""
        return ValueCommand(
            self.runner,
            translate("edit_commands", "set bias of {neuron} to {value}").format(
                neuron=node_name(snap, neuron), value=weight_text(value)
            ),
            snapshot_shape(snap),
            neuron,
            value,
        )
