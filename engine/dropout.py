"""Dropout on hidden layers: inverted dropout with seeded masks, during training only.

A hidden layer's spec may ask for it, ``{"units": 8, "activation": "relu", "dropout": 0.5}``:
while training, each neuron of that layer is dropped (its output set to 0) for each
training point with probability 0.5, and the outputs it keeps are scaled by 1 / (1 − 0.5),
so that a layer's expected output is the same with or without dropout. Evaluation, the
loss history, the maps and :meth:`engine.Network.loss_and_grads` never drop anything.

The masks come from the trainer's own generator (seeded from its seed, apart from the
shuffle's), one mask per training point of an epoch, drawn when the epoch starts: a step
then only multiplies by a slice of them, which keeps dropout's cost under a tenth of a
step (benchmarks/README.md). Its state is part of the trainer's state (engine.checkpoints),
so rewind and ``get_state``/``set_state`` stay exact. A network without dropout draws
nothing: it trains bit for bit as before. The walkthrough's one-point step draws its masks
apart, from (seed, step count), so that tracing a point never changes what training draws.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from engine.batch_passes import bias_grads
from engine.i18n import number as shown_number
from engine.i18n import translate
from engine.network import ForwardCache, Network
from engine.spec import MAX_DROPOUT
from engine.validation import check_points, check_targets

Masks = list  # per hidden layer: a scaled keep mask (0 or 1/(1 − rate)), or None (no dropout)


def check_rate(value: object, where: str = "dropout") -> float:
    """``value`` as a dropout rate from 0 to MAX_DROPOUT, or a ValueError naming ``where``."""
    number = (
        float(value)
        if isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool)
        else math.nan
    )
    if not 0.0 <= number <= MAX_DROPOUT:  # NaN fails the comparison too
        raise ValueError(
            translate("dropout", "{field} must be a number from 0 to {high}; got {value}").format(
                field=where, high=shown_number(MAX_DROPOUT, "g"), value=repr(value)
            )
        )
    return number


def rates(spec: dict) -> list[float]:
    """The dropout rate of each hidden layer of a validated spec (0.0: none)."""
    return [float(h.get("dropout", 0.0)) for h in spec["hidden"]]


def draw_masks(
    rng: np.random.Generator, layer_rates: list[float], units: list[int], n: int, dtype
) -> Masks:
    """Scaled keep masks of ``n`` rows for the hidden layers (None where the rate is 0).
    The same generator state gives the same neurons kept in float64 and float32."""
    masks: Masks = []
    for rate, k in zip(layer_rates, units):
        if not rate:
            masks.append(None)
            continue
        mask = (rng.random((n, k)) >= rate).astype(dtype)
        mask *= 1.0 / (1.0 - rate)
        masks.append(mask)
    return masks


class Passes:
    """The forward and backward passes of ``net`` through dropout masks: Network.forward
    and Network.backward, with hidden layer ``l``'s outputs multiplied by its mask (a
    dropped neuron passes 0 on and gets δ = 0; a kept one's output and δ are scaled)."""

    def __init__(self, net: Network) -> None:
        self.net = net
        self._params, self._grads, self._acts = net.params, net.grads, net.activations
        # Per hidden layer with a mask in the last forward pass: (f(z) before dropout,
        # which f′ needs, and the mask's rows used).
        self._kept: list[tuple[np.ndarray, np.ndarray] | None] = [None] * len(self._acts)

    def forward(self, F: np.ndarray, masks: Masks, start: int = 0) -> ForwardCache:
        """The forward pass of ``F``, whose rows are the masks' rows ``start ...``."""
        stop = start + F.shape[0]
        zs: list[np.ndarray] = []
        acts = [F]
        a = F
        kept = self._kept
        for layer, ((W, b), act, m) in enumerate(zip(self._params, self._acts, masks)):
            z = a @ W
            z += b
            a = act.fn(z)
            if m is not None:
                m = m[start:stop]
                kept[layer] = (a, m)
                a = a * m
            else:
                kept[layer] = None
            zs.append(z)
            acts.append(a)
        W, b = self._params[-1]
        logits = a @ W
        logits += b
        return ForwardCache(zs, acts, logits)  # acts: after dropout, as ∂L/∂W sees them

    def backward(self, cache: ForwardCache, delta: np.ndarray) -> None:
        """Backpropagate the last :meth:`forward`'s ``cache``."""
        acts, zs, kept = cache.acts, cache.zs, self._kept
        params, grads, activations = self._params, self._grads, self._acts
        for layer in range(len(params) - 1, -1, -1):
            gW, gb = grads[layer]
            np.dot(acts[layer].T, delta, out=gW)
            bias_grads(delta, gb)
            if layer:
                da = delta @ params[layer][0].T
                dropped = kept[layer - 1]
                if dropped is None:
                    da *= activations[layer - 1].grad(zs[layer - 1], acts[layer])
                else:
                    h, m = dropped
                    da *= m
                    da *= activations[layer - 1].grad(zs[layer - 1], h)
                delta = da


def loss_and_grads(
    net: Network, X: np.ndarray, y: np.ndarray, masks: Masks, l1: float = 0.0, l2: float = 0.0
) -> tuple[float, list[tuple[np.ndarray, np.ndarray]]]:
    """Network.loss_and_grads with fixed dropout ``masks`` (one row per point of ``X``, or
    None per layer): what a training step computes, for tests and the walkthrough."""
    X = check_points(X)
    y = check_targets(y, X.shape[0], net.head)
    units = net.layer_sizes[1:-1]
    if len(masks) != len(units):
        raise ValueError(f"masks must have one entry per hidden layer ({len(units)})")
    for layer, m in enumerate(masks):
        if m is not None and np.shape(m) != (X.shape[0], units[layer]):
            raise ValueError(f"masks[{layer}] must have shape {(X.shape[0], units[layer])}")
    masks = [None if m is None else np.asarray(m, dtype=net.dtype) for m in masks]
    T = net.head.encode_targets(y).astype(net.dtype, copy=False)
    passes = Passes(net)
    cache = passes.forward(net.compute_features(X).astype(net.dtype, copy=False), masks)
    loss = net.head.loss(cache.logits, T) + net.penalty(l1, l2)
    passes.backward(cache, net.head.grad_logits(cache.logits, T))
    net.finish_grads(l1, l2)
    return loss, [(dW.copy(), db.copy()) for dW, db in net.grads]


def sample_masks(net: Network, seed: int, steps: int) -> Masks:
    """The masks the walkthrough's one-point step uses: drawn from (seed, steps) apart from
    the training stream, so that tracing never changes what training draws next."""
    layer_rates = rates(net.spec)
    if not any(layer_rates):
        return [None] * len(layer_rates)
    rng = np.random.default_rng([seed, 4, steps])
    masks = draw_masks(rng, layer_rates, net.layer_sizes[1:-1], 1, np.float64)
    return [None if m is None else m[0] for m in masks]


class DropoutStream:
    """A trainer's dropout: its generator, and the current epoch's masks (row ``i`` for
    the epoch's ``i``-th training point, in its shuffled order)."""

    def __init__(self, seed: int) -> None:
        self._rng = np.random.default_rng([seed, 3])
        self._net: Network | None = None
        self._n = -1
        self._want: tuple | None = None  # (n, rates, units, dtype) the network asks for
        self._key: tuple | None = None  # ... and those the current masks were drawn for
        self._masks: Masks | None = None
        self._drawn_from: Any = None  # the generator's state before they were drawn

    def passes(self, net: Network, n: int) -> DropoutStream | None:
        """Ready to train ``net`` on ``n`` points; None when no layer of it drops."""
        if net is not self._net or n != self._n:  # a new network (an edit) or new data
            layer_rates = rates(net.spec)
            units = tuple(net.layer_sizes[1:-1])
            self._net, self._n = net, n
            self._want = (
                (n, tuple(layer_rates), units, net.dtype.name) if any(layer_rates) else None
            )
        if self._want is None:
            return None
        if self._key is not self._want:
            if self._key != self._want:  # changed mid-epoch: fresh masks for the rest of it
                self._masks = None
            else:  # restored: the same masks; from here on the cheaper test above
                self._key = self._want
        return self

    def _draw(self, key: tuple) -> None:
        n, layer_rates, units, dtype = key
        self._drawn_from = self._rng.bit_generator.state
        self._masks = draw_masks(self._rng, list(layer_rates), list(units), n, np.dtype(dtype))
        self._key = key

    def batch_masks(self, start: int, stop: int) -> Masks:
        """The masks of the batch of the epoch's points ``start`` ≤ i < ``stop``."""
        if start == 0 or self._masks is None:
            self._draw(self._want)  # type: ignore[arg-type]  # set by passes()
        return [None if m is None else m[start:stop] for m in self._masks]  # type: ignore[union-attr]

    def get_state(self, pos: int) -> tuple[Any, tuple | None]:
        """What decides the masks from here, at epoch position ``pos``: the generator's
        state and, mid-epoch, from which state and for what the epoch's masks were drawn
        (they are drawn again on restore rather than stored)."""
        if pos == 0 or self._masks is None:
            return self._rng.bit_generator.state, None
        return self._drawn_from, self._key

    def set_state(self, state: tuple[Any, tuple | None]) -> None:
        rng_state, key = state
        self._rng.bit_generator.state = rng_state
        self._masks = self._key = None
        if key is not None:
            self._draw(key)
