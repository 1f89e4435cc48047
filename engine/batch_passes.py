"""The trainer's forward and backward passes, into arrays kept from one step to the next.

:meth:`Network.forward` and :meth:`Network.backward` make every layer's arrays afresh,
and f'(z) as a temporary of its own: right for a call now and then, but a training loop
runs the same batch shape thousands of times, and on the 2-64-64-64-3 network (batch
256, float32) making and filling those arrays cost a fifth of a step. :class:`BatchPasses`
computes the same numbers, bit for bit (tests/test_batch_passes.py), into arrays it keeps
per batch size, and multiplies by f'(z) in place for the common activations.

:func:`bias_grads` is every backward pass's ∂L/∂b (these passes', the network's and
dropout's), so that all three give the same numbers.
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


def bias_grads(delta: Array, out: Array) -> None:
    """∂L/∂b, the column sums of ``delta``, into ``out``. ``einsum`` adds the rows in the
    same order as ``np.add.reduce(delta, axis=0)``, bit for bit, in half the time for a
    batch of 256 × 64; a product with a column of ones would be quicker still, but its
    sums differ in the last bit, and that was enough to turn a float32 run that settles
    into one that diverges."""
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
    once: the network's W and b are views that stay, whatever training writes into them."""

    def __init__(self, net: Network, rows: int) -> None:
        dtype, params = net.dtype, net.params
        self.forward: list[tuple] = []  # (W, b, z, a or None, into or fn, dropped or None)
        self.backward: list[tuple] = []  # per layer, last first: see BatchPasses.gradients
        for layer, (act, spec) in enumerate(zip(net.activations, net.spec["hidden"])):
            W, b = params[layer]
            z = np.empty((rows, W.shape[1]), dtype)
            pair = IN_PLACE.get(act.name)
            a = None if pair is None else np.empty_like(z)
            dropped = np.empty_like(z) if spec.get("dropout") else None  # f(z) · mask
            self.forward.append((W, b, z, a, act.fn if pair is None else pair[0], dropped))
        self.out_W, self.out_b = params[-1]
        self.logits = np.empty((rows, self.out_W.shape[1]), dtype)
        grads = net.grads
        for layer in range(len(params) - 1, -1, -1):
            gW, gb = grads[layer]
            einsum = rows * gb.shape[0] >= _EINSUM_FROM  # see bias_grads
            if layer == 0:
                self.backward.append((gW, gb, einsum, None))
                continue
            hidden = layer - 1
            act, z = net.activations[hidden], self.forward[hidden][2]
            pair = IN_PLACE.get(act.name)
            da = np.empty_like(z)
            step = (params[layer][0].T, da, z, np.empty_like(z), pair and pair[1], act.grad)
            self.backward.append((gW, gb, einsum, step))


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

    def gradients(self, F: Array, T: Array, dropout: list | None = None) -> None:
        """Forward, ∂(mean loss)/∂logits and backward for the batch ``F`` with encoded
        targets ``T``: the network's ``grads`` then hold ∂L/∂W and ∂L/∂b, penalties and
        link masks not applied (:meth:`Network.finish_grads` does that). ``dropout``: the
        batch's scaled keep masks per hidden layer (None where it drops nothing), as
        engine.dropout's passes apply them."""
        rows = F.shape[0]
        plan = self._plans.get(rows)
        if plan is None:
            if len(self._plans) >= _KEPT_SHAPES:
                self._plans.clear()
            plan = self._plans[rows] = _Plan(self.net, rows)
        # Written for a small network's sake, where each Python call shows: positional
        # ``out`` arguments, np.dot (the same products as @ here, and quicker to call).
        dot, add = np.dot, np.add
        acts: list[Array] = [F]
        undropped: list[Array] = []  # f(z) before any dropout: what f′ is computed from
        a = F
        for layer, (W, b, z, out, into, dropped) in enumerate(plan.forward):
            dot(a, W, z)
            add(z, b, z)
            if out is None:
                a = into(z)
            else:
                into(z, out)
                a = out
            undropped.append(a)
            mask = None if dropout is None else dropout[layer]
            if mask is not None:
                a = np.multiply(a, mask, dropped)
            acts.append(a)
        logits = plan.logits
        dot(a, plan.out_W, logits)
        add(logits, plan.out_b, logits)

        delta = self._grad_logits(logits, T)
        for gW, gb, einsum, step in plan.backward:
            a = acts.pop()
            dot(a.T, delta, gW)
            if einsum:
                np.einsum("ij->j", delta, out=gb)
            else:
                add.reduce(delta, 0, None, gb)
            if step is not None:
                WT, da, z, tmp, grad_times, grad = step
                dot(delta, WT, da)
                h = undropped.pop()
                if h is not a:  # dropped out: δ passes the kept neurons, scaled
                    da *= dropout[len(undropped)]  # type: ignore[index]
                if grad_times is None:
                    da *= grad(z, h)
                else:
                    grad_times(da, z, h, tmp)
                delta = da
