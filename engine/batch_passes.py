"""The trainer's forward and backward passes, into arrays kept from one step to the next.

:meth:`Network.forward` and :meth:`Network.backward` make every layer's arrays afresh,
and f'(z) as a temporary of its own: right for a call now and then, but a training loop
runs the same batch shape thousands of times, and on the 2-64-64-64-3 network (batch
256, float32) making and filling those arrays cost a fifth of a step. :class:`BatchPasses`
computes the same quantities into arrays it keeps per batch size, multiplies by f'(z) in
place for the common activations, and folds each layer's bias into its matrix products
where its arrays are small (see :class:`_Plan`): a small network's step takes a fifth
less time. Its sums are taken in another order than the network's own passes, so the two
agree to rounding, a few units in the last place (tests/test_batch_passes.py); training
stays deterministic.

:func:`bias_grads` is ∂L/∂b for the network's own backward pass and dropout's, so that
those two give the same numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from engine.network import Network

Array = np.ndarray
_KEPT_SHAPES = 2  # a full batch and the epoch's last, shorter one
_EINSUM_FROM = 512  # elements; below it NumPy's reduction is the quicker of the two
# A hidden layer's output of at most this many bytes carries a column of ones (_Plan):
# where folding stopped paying, measured for 8 to 64 units and batches of 10 to 256.
FOLD_BYTES = 32 * 1024


def bias_grads(delta: Array, out: Array) -> None:
    """∂L/∂b, the column sums of ``delta``, into ``out``. ``einsum`` adds the rows in the
    same order as ``np.add.reduce(delta, axis=0)``, bit for bit, in half the time for a
    batch of 256 × 64."""
    if delta.size >= _EINSUM_FROM:
        np.einsum("ij->j", delta, out=out)
    else:
        np.add.reduce(delta, axis=0, out=out)


# f(z) into ``out``, as each activation's own fn computes it, step for step (a ufunc
# itself where one does it: a Python function between costs a small network's step 2 %).
def _sigmoid_into(z: Array, out: Array) -> None:
    np.multiply(z, 0.5, out=out)
    np.tanh(out, out=out)
    out += 1.0
    out *= 0.5


def _relu_into(z: Array, out: Array) -> None:
    np.maximum(z, 0.0, out=out)


# da *= f'(z), with f'(z) made in ``tmp`` as the activation's own grad makes it.
def _tanh_grad_times(da: Array, z: Array, a: Array, tmp: Array) -> None:
    np.multiply(a, a, out=tmp)
    np.subtract(1.0, tmp, out=tmp)
    da *= tmp


def _sigmoid_grad_times(da: Array, z: Array, a: Array, tmp: Array) -> None:
    np.subtract(1.0, a, out=tmp)
    np.multiply(a, tmp, out=tmp)
    da *= tmp


def _relu_grad_times(da: Array, z: Array, a: Array, tmp: Array) -> None:
    np.greater(z, 0.0, out=tmp)
    da *= tmp


Into = Callable[..., object]  # (z, out=a)
GradTimes = Callable[[Array, Array, Array, Array], None]
IN_PLACE: dict[str, tuple[Into, GradTimes]] = {
    "tanh": (np.tanh, _tanh_grad_times),
    "sigmoid": (_sigmoid_into, _sigmoid_grad_times),
    "relu": (_relu_into, _relu_grad_times),
}


class _Plan:
    """One batch size's arrays, and per layer what the passes do with them, worked out
    once: the network's parameters are views that stay, whatever training writes into
    them.

    Each layer's weights and biases lie one after the other in the network's flat vector,
    so together they are one (inputs + 1) × units matrix [W; b]; with a column of ones
    after a layer's inputs, one matrix product makes z = a·W + b, and in the backward pass
    one product makes ∂L/∂W and ∂L/∂b together (the ones column's row of aᵀ·δ is the
    column sums of δ). That spares two passes over the layer's arrays a step, which is
    most of a small layer's cost. The price is an activation written into, and read
    from, every row but the last column of a wider array: for large arrays (FOLD_BYTES)
    that costs as much as it saves, so their next layers add the bias and sum ∂L/∂b as
    the network's own passes do."""

    def __init__(self, net: Network, rows: int) -> None:
        dtype = net.dtype
        sizes = net.layer_sizes
        blocks = _layer_blocks(net.param_vector, sizes)
        gblocks = _layer_blocks(net.grad_vector, sizes)
        # Whether each layer's input ends in a column of ones: the features' always do
        # (the trainer keeps them so), a hidden layer's output if it is small.
        size = rows * np.dtype(dtype).itemsize
        folded = [True] + [size * units <= FOLD_BYTES for units in sizes[1:-1]]

        def weights(layer: int, block: Array) -> tuple[Array, Array | None]:
            """(W;b, None) for a folded layer, else (W, b)."""
            return (block, None) if folded[layer] else (block[:-1], block[-1])

        def output(units: int, ones: bool) -> tuple[Array, Array]:
            """A layer's output as the next layer reads it, and its first units columns."""
            if not ones:
                a = np.empty((rows, units), dtype)
                return a, a
            out = np.ones((rows, units + 1), dtype)
            return out, out[:, :units]

        # Per hidden layer: (W;b or W, None or b, z, the output as the next layer reads
        # it, its first `units` columns, into or fn, whether into writes in place, and
        # the same two for f(z) · mask)
        self.forward: list[tuple] = []
        for layer, (act, spec) in enumerate(zip(net.activations, net.spec["hidden"])):
            units = sizes[layer + 1]
            z = np.empty((rows, units), dtype)
            pair = IN_PLACE.get(act.name)
            into = act.fn if pair is None else pair[0]
            out = output(units, folded[layer + 1])
            dropped = output(units, folded[layer + 1]) if spec.get("dropout") else out
            fill = (*out, into, pair is not None, *dropped)
            self.forward.append((*weights(layer, blocks[layer]), z, *fill))
        self.out_weights = weights(len(sizes) - 2, blocks[-1])
        self.logits = np.empty((rows, sizes[-1]), dtype)
        # Per layer, last first: (∂L/∂(W;b) or ∂L/∂W, None or ∂L/∂b, the δ step below)
        self.backward: list[tuple] = []
        for layer in range(len(sizes) - 2, -1, -1):
            grads = weights(layer, gblocks[layer])
            if layer == 0:
                self.backward.append((*grads, None))
                continue
            hidden = layer - 1
            act, z = net.activations[hidden], self.forward[hidden][2]
            pair = IN_PLACE.get(act.name)
            WT = blocks[layer][:-1].T  # the weights without the bias row
            step = (WT, np.empty_like(z), z, np.empty_like(z), pair and pair[1], act.grad)
            self.backward.append((*grads, step))


def _layer_blocks(flat: Array, sizes: list[int]) -> list[Array]:
    """Each layer's [W; b] as an (inputs + 1) × units view of ``flat``."""
    blocks, offset = [], 0
    for fi, fo in zip(sizes, sizes[1:]):
        end = offset + (fi + 1) * fo
        blocks.append(flat[offset:end].reshape(fi + 1, fo))
        offset = end
    return blocks


def with_ones(F: Array) -> Array:
    """``F`` with a column of ones after its last: the input :meth:`BatchPasses.gradients`
    takes (the ones multiply the first layer's biases)."""
    out = np.ones((F.shape[0], F.shape[1] + 1), F.dtype)
    out[:, :-1] = F
    return out


class BatchPasses:
    """Training passes of one network (a network's layout never changes: an edit makes a
    new one, and with it new passes)."""

    def __init__(self, net: Network) -> None:
        self.net = net
        self._grad_logits = net.head.grad_logits
        self._plans: dict[int, _Plan] = {}

    @property
    def kept_batch_sizes(self) -> list[int]:
        """The batch sizes whose arrays are kept (at most two: a full and a last batch)."""
        return list(self._plans)

    def gradients(self, F1: Array, T: Array, dropout: list | None = None) -> None:
        """Forward, ∂(mean loss)/∂logits and backward for the batch ``F1`` (the features
        with a column of ones after them, :func:`with_ones`) and its encoded targets
        ``T``: the network's ``grads`` then hold ∂L/∂W and ∂L/∂b, penalties and link
        masks not applied (:meth:`Network.finish_grads` does that). ``dropout``: the
        batch's scaled keep masks per hidden layer (None where it drops nothing), as
        engine.dropout's passes apply them."""
        rows = F1.shape[0]
        plan = self._plans.get(rows)
        if plan is None:
            if len(self._plans) >= _KEPT_SHAPES:
                self._plans.clear()
            plan = self._plans[rows] = _Plan(self.net, rows)
        # Written for a small network's sake, where each Python call shows: positional
        # ``out`` arguments, np.dot (the same products as @ here, and quicker to call).
        dot, add = np.dot, np.add
        acts: list[Array] = [F1]  # each layer's input, its ones column if it has one
        undropped: list[Array] = []  # f(z) before any dropout: what f′ is computed from
        a1 = F1
        for layer, (W, b, z, out, a, into, in_place, dropped, d) in enumerate(plan.forward):
            dot(a1, W, z)
            if b is not None:
                add(z, b, z)
            if in_place:
                into(z, a)
            else:
                np.copyto(a, into(z))
            undropped.append(a)
            a1 = out
            mask = None if dropout is None else dropout[layer]
            if mask is not None:
                np.multiply(a, mask, d)
                a1 = dropped
            acts.append(a1)
        logits = plan.logits
        W, b = plan.out_weights
        dot(a1, W, logits)
        if b is not None:
            add(logits, b, logits)

        delta = self._grad_logits(logits, T)
        for gW, gb, step in plan.backward:
            dot(acts.pop().T, delta, gW)
            if gb is not None:
                bias_grads(delta, gb)
            if step is not None:
                WT, da, z, tmp, grad_times, grad = step
                dot(delta, WT, da)
                h = undropped.pop()
                mask = None if dropout is None else dropout[len(undropped)]
                if mask is not None:  # dropped out: δ passes the kept neurons, scaled
                    da *= mask
                if grad_times is None:
                    da *= grad(z, h)
                else:
                    grad_times(da, z, h, tmp)
                delta = da
