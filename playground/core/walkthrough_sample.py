"""The walkthrough's sample: one point traced through the network by the engine, with
everything needed to explain it (``TracedSample``, made by ``capture`` in the worker), and
how the walkthrough names its neurons and its target.

Indices follow the network view: a neuron is ``(layer, unit)`` with layer 0 the enabled
features, 1..n the hidden layers and n + 1 the output; a link ``(layer, i, j)`` is the
weight ``weights[layer][i, j]``. Engine lists (``z``, ``delta``, ``dW``) are per weight
layer, so neuron layer ``c`` ≥ 1 is engine index ``c − 1``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine import FEATURES, SampleTrace
from engine.i18n import number, translate
from playground.core import colors
from playground.core.walkthrough_text import fmt, full, num

OPTIMIZER_PARAMS = ("momentum", "nesterov", "rho", "beta1", "beta2", "eps")


@dataclass(frozen=True)
class TracedSample:
    """A :class:`SampleTrace` with what the walkthrough needs to explain it.

    Made in the worker thread by :func:`capture`; everything is a copy.
    """

    trace: SampleTrace
    weights: tuple[np.ndarray, ...]  # as the trace used them
    biases: tuple[np.ndarray, ...]
    masks: tuple[np.ndarray, ...]
    features: tuple[str, ...]
    activations: tuple[str, ...]  # per hidden layer
    output_kind: str  # binary, multiclass, regression
    l1: float
    l2: float
    optimizer: str
    optimizer_title: str
    optimizer_params: dict  # μ, ρ, β₁, β₂, ε as the optimizer has them
    optimizer_state: dict  # its buffers before the update (flat, like the parameters)
    epoch: int
    steps: int
    source: str  # "training point 17", ...
    serial: int = 0  # the last snapshot published before this was made
    reason: str = ""  # why the walkthrough picked this point (a sentence), if it did
    dropout: tuple[float, ...] = ()  # each hidden layer's dropout rate (engine.dropout)
    output_loss: str = "default"  # "tfp": TensorFlow Playground's (core.walkthrough_tfp)

    @property
    def tfp(self) -> bool:
        return self.output_loss == "tfp"

    @property
    def layer_sizes(self) -> list[int]:
        return [self.weights[0].shape[0]] + [W.shape[1] for W in self.weights]

    @property
    def n_layers(self) -> int:
        """Weight layers (hidden layers + 1); the output is neuron layer ``n_layers``."""
        return len(self.weights)


def capture(trainer, x, y, source: str = "", serial: int = 0, reason: str = "") -> TracedSample:
    """Trace sample ``(x, y)`` on ``trainer``'s network now (call it where the trainer lives)."""
    net = trainer.network
    trace = trainer.trace(np.asarray(x, dtype=np.float64), y)
    opt = trainer.optimizer_state
    params = {key: value for key, value in vars(opt).items() if key in OPTIMIZER_PARAMS}
    return TracedSample(
        trace=trace,
        weights=tuple(W.copy() for W, _ in net.params),
        biases=tuple(b.copy() for _, b in net.params),
        masks=tuple(m.copy() for m in net.masks),
        features=tuple(net.features),
        activations=tuple(a.name for a in net.activations),
        output_kind=net.head.kind,
        output_loss=net.head.loss_name,
        l1=float(trainer.l1),
        l2=float(trainer.l2),
        optimizer=trainer.optimizer,
        optimizer_title=opt.title or trainer.optimizer,
        optimizer_params=params,
        optimizer_state=opt.get_state(),
        epoch=int(trainer.epoch),
        steps=int(trainer.steps),
        source=source,
        serial=serial,
        reason=reason,
        dropout=tuple(h.get("dropout", 0.0) for h in net.spec["hidden"]),
    )


def dropout_mask(s: TracedSample, k: int) -> np.ndarray | None:
    """Hidden layer ``k``'s (engine index) dropout mask for this sample: 0 where a neuron
    was dropped, 1/(1 − rate) where it was kept; None without dropout."""
    masks = s.trace.dropout
    return masks[k] if k < len(masks) else None


def dropped_neurons(s: TracedSample) -> tuple[tuple[int, int], ...]:
    """Every neuron dropout switched off for this sample, as (neuron layer, unit)."""
    return tuple(
        (k + 1, int(u))
        for k, m in enumerate(s.trace.dropout)
        if m is not None
        for u in np.flatnonzero(m == 0)
    )


def dropout_sentence(s: TracedSample, k: int, names: Names) -> str:
    """What dropout did in hidden layer ``k`` (engine index) for this sample, or ""."""
    mask = dropout_mask(s, k)
    if mask is None:
        return ""
    rate = number(s.dropout[k], "g")
    gone = [names.neuron(k + 1, int(u)) for u in np.flatnonzero(mask == 0)]
    if not gone:
        which = translate("walkthrough_sample", "it switched off none of them this time")
    elif len(gone) > 1:
        which = translate(
            "walkthrough_sample",
            "it switched off {neurons} (crossed out): their a is 0, so nothing from them "
            "reaches the next layer, and they learn nothing from this point",
        ).format(neurons=", ".join(gone))
    else:
        which = translate(
            "walkthrough_sample",
            "it switched off {neurons} (crossed out): its a is 0, so nothing from it "
            "reaches the next layer, and it learns nothing from this point",
        ).format(neurons=gone[0])
    return translate(
        "walkthrough_sample",
        "<b>Dropout {rate}</b> is on in this layer: while training, each neuron is switched "
        "off for each point with probability {rate}. For this point {which}. The neurons "
        "kept are scaled by 1/(1 − {rate}), so that the layer passes on as much on "
        "average. Evaluation, the loss curve and the maps use every neuron.",
    ).format(rate=rate, which=which)


class Names:
    """How the walkthrough names neurons: X₁ …, h1.2 (hidden layer 1, neuron 2), out."""

    def __init__(self, s: TracedSample) -> None:
        self.s = s
        self.last = s.n_layers

    def neuron(self, layer: int, unit: int) -> str:
        if layer == 0:
            return FEATURES[self.s.features[unit]].label
        if layer == self.last:
            if self.s.output_kind == "multiclass":
                return translate("walkthrough_sample", "out {name}").format(
                    name=colors.class_name(unit)
                )
            return translate("walkthrough_sample", "out")
        return f"h{layer}.{unit + 1}"

    def link(self, layer: int, i: int, j: int) -> str:
        return f"w({self.neuron(layer, i)}→{self.neuron(layer + 1, j)})"

    def layer(self, layer: int) -> str:
        if layer == 0:
            return translate("walkthrough_sample", "the inputs")
        if layer == self.last:
            return translate("walkthrough_sample", "the output layer")
        return translate("walkthrough_sample", "hidden layer {layer} of {layers}").format(
            layer=layer, layers=self.last - 1
        )


def target_text(s: TracedSample) -> str:
    y = s.trace.target
    if s.output_kind == "regression":
        return f"y = {num(y)}"
    k = int(y)
    name = colors.class_name(k)
    if s.output_kind == "binary":
        return translate("walkthrough_sample", "y = {y} (the point is {name})").format(
            y=k, name=name
        )
    return translate("walkthrough_sample", "class {number} ({name})").format(
        number=k + 1, name=name
    )


def output_values(s: TracedSample) -> np.ndarray:
    if s.tfp:  # ŷ = tanh(z), as engine.tfp works it out (the trace's prediction is (1 + ŷ)/2)
        return np.tanh(np.asarray(s.trace.z[-1], dtype=np.float64))
    return np.atleast_1d(np.asarray(s.trace.prediction, dtype=np.float64))


def encoded_target(s: TracedSample) -> np.ndarray:
    n = s.layer_sizes[-1]
    if s.output_kind == "multiclass":
        t = np.zeros(n)
        t[int(s.trace.target)] = 1.0
        return t
    if s.tfp:
        return np.array([2.0 * s.trace.target - 1.0])  # TensorFlow Playground's t = ±1
    return np.array([s.trace.target], dtype=np.float64)


def y_text(s: TracedSample, j: int) -> str:
    """Output ``j``'s target as its box shows it: y = 1 for the point's class, else 0."""
    y = float(encoded_target(s)[j])
    if s.tfp:
        return f"t = {fmt(y)}"
    return f"y = {fmt(y)}" if s.output_kind == "regression" else f"y = {int(y)}"


def y_full(s: TracedSample, j: int) -> str:
    y = float(encoded_target(s)[j])
    if s.tfp:
        return f"t = {full(y)}"
    return f"y = {full(y)}" if s.output_kind == "regression" else f"y = {int(y)}"
