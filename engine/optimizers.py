"""Optimizers over the network's flat parameter vector.

Each computes the step ``Δ`` to subtract from the parameters, so the trainer can check
the new parameters before it keeps them. Defaults are the usual ones (Adam: β₁ 0.9,
β₂ 0.999, ε 1e-8; RMSProp: ρ 0.9, ε 1e-8; momentum: μ 0.9). Their memory is kept in the
network's dtype (``make_optimizer(..., dtype=)``), so a float32 network trains in float32.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import DTypeLike

from engine.i18n import translate


class Optimizer:
    name = ""
    title = ""
    rule = ""  # the update rule as a student reads it

    def __init__(self, size: int, *, dtype: DTypeLike = np.float64) -> None:
        self.size = size
        self.dtype = np.dtype(dtype)
        self.t = 0

    def step(self, grad: np.ndarray, lr: float) -> np.ndarray:
        """Advance the optimizer's state by one step and return Δ (params ← params − Δ)."""
        raise NotImplementedError

    def preview(self, grad: np.ndarray, lr: float) -> np.ndarray:
        """The Δ that :meth:`step` would return, leaving the state untouched."""
        saved = self.get_state()
        try:
            return self.step(grad, lr).copy()
        finally:
            self.set_state(saved)

    def get_state(self) -> dict:
        return {"t": self.t} | {k: v.copy() for k, v in self._buffers().items()}

    def set_state(self, state: dict) -> None:
        self.t = int(state["t"])
        for key, buf in self._buffers().items():
            buf[...] = state[key]

    def _buffers(self) -> dict[str, np.ndarray]:
        return {}


class SGD(Optimizer):
    name, title, rule = "sgd", "SGD", "w ← w − η·g"

    def step(self, grad: np.ndarray, lr: float) -> np.ndarray:
        self.t += 1
        return grad * lr


class Momentum(Optimizer):
    name, title, rule = "momentum", "Momentum", "v ← μ·v + g;  w ← w − η·v"

    def __init__(
        self,
        size: int,
        momentum: float = 0.9,
        nesterov: bool = False,
        *,
        dtype: DTypeLike = np.float64,
    ) -> None:
        super().__init__(size, dtype=dtype)
        self.momentum = momentum
        self.nesterov = nesterov
        self.velocity = np.zeros(size, self.dtype)
        if nesterov:
            self.rule = "v ← μ·v + g;  w ← w − η·(g + μ·v)"

    def step(self, grad: np.ndarray, lr: float) -> np.ndarray:
        self.t += 1
        self.velocity *= self.momentum
        self.velocity += grad
        if self.nesterov:
            return (grad + self.momentum * self.velocity) * lr
        return self.velocity * lr

    def _buffers(self) -> dict[str, np.ndarray]:
        return {"velocity": self.velocity}


class Nesterov(Momentum):
    name, title = "nesterov", "Nesterov"

    def __init__(self, size: int, momentum: float = 0.9, *, dtype: DTypeLike = np.float64) -> None:
        super().__init__(size, momentum, nesterov=True, dtype=dtype)


class RMSProp(Optimizer):
    name, title, rule = "rmsprop", "RMSProp", "s ← ρ·s + (1−ρ)·g²;  w ← w − η·g / (√s + ε)"

    def __init__(
        self, size: int, rho: float = 0.9, eps: float = 1e-8, *, dtype: DTypeLike = np.float64
    ) -> None:
        super().__init__(size, dtype=dtype)
        self.rho = rho
        self.eps = eps
        self.square_avg = np.zeros(size, self.dtype)

    def step(self, grad: np.ndarray, lr: float) -> np.ndarray:
        self.t += 1
        self.square_avg *= self.rho
        self.square_avg += (1.0 - self.rho) * (grad * grad)
        return lr * grad / (np.sqrt(self.square_avg) + self.eps)

    def _buffers(self) -> dict[str, np.ndarray]:
        return {"square_avg": self.square_avg}


class Adam(Optimizer):
    name, title = "adam", "Adam"
    rule = "m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  w ← w − η·m̂ / (√v̂ + ε)"

    def __init__(
        self,
        size: int,
        beta1: float = 0.9,
        beta2: float = 0.999,
        eps: float = 1e-8,
        *,
        dtype: DTypeLike = np.float64,
    ) -> None:
        super().__init__(size, dtype=dtype)
        self.beta1, self.beta2, self.eps = beta1, beta2, eps
        self.m = np.zeros(size, self.dtype)
        self.v = np.zeros(size, self.dtype)

    def step(self, grad: np.ndarray, lr: float) -> np.ndarray:
        self.t += 1
        self.m *= self.beta1
        self.m += (1.0 - self.beta1) * grad
        self.v *= self.beta2
        self.v += (1.0 - self.beta2) * (grad * grad)
        m_hat_scale = lr / (1.0 - self.beta1**self.t)
        v_hat_scale = 1.0 / math.sqrt(1.0 - self.beta2**self.t)
        return m_hat_scale * self.m / (np.sqrt(self.v) * v_hat_scale + self.eps)

    def _buffers(self) -> dict[str, np.ndarray]:
        return {"m": self.m, "v": self.v}


def clip_l1(
    old: np.ndarray, new: np.ndarray, grad: np.ndarray, l1: float, weights: np.ndarray
) -> None:
    """L1's exact zeros, applied to ``new`` (the parameters after an update) in place.

    The rule, as TensorFlow Playground has it: with L1 on, a weight whose sign an update
    flipped is set to exactly 0, since the penalty's pull towards zero would only carry it
    across and back. A weight already at exactly 0 stays there while the gradient of the
    data, ``grad`` at that weight, is no larger than ``l1``: the penalty's subgradient at 0
    (anything from −l1 to l1) then cancels it. Only the weights count (``weights`` is
    non-zero at them), never the biases. The rule acts on the parameters after any
    optimizer's step, so it holds for SGD, momentum, RMSProp and Adam alike; the gradient
    itself stays the penalty's usual subgradient, l1·sign(w).
    """
    zero = (old * new < 0.0) | ((old == 0.0) & (np.abs(grad) <= l1))
    zero &= weights != 0.0
    new[zero] = 0.0


OPTIMIZERS: dict[str, type[Optimizer]] = {
    cls.name: cls for cls in (SGD, Momentum, Nesterov, RMSProp, Adam)
}


def make_optimizer(
    name: str, size: int, options: dict | None = None, dtype: DTypeLike = np.float64
) -> Optimizer:
    """A fresh optimizer called ``name`` for ``size`` parameters of ``dtype``."""
    if name not in OPTIMIZERS:
        raise ValueError(
            translate("optimizers", "optimizer must be one of {choices}; got {value}").format(
                choices=", ".join(OPTIMIZERS), value=repr(name)
            )
        )
    if options and "dtype" in options:
        raise ValueError("optimizer options cannot set the dtype: the network's is used")
    try:
        return OPTIMIZERS[name](size, **(options or {}), dtype=dtype)
    except TypeError as exc:
        raise ValueError(
            translate("optimizers", "optimizer {name}: bad options {options} ({error})").format(
                name=name, options=repr(options), error=exc
            )
        ) from None
