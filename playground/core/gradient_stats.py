"""What the gradient panel says about the gradients: norms per layer over the run, and
the verdict (vanishing, exploding or healthy) drawn from them.

Qt-free, so the thresholds can be tested on plain arrays. A layer's gradient is
vanishing when it is more than 1000× smaller than the output layer's, and exploding when
it is huge or keeps growing a thousandfold; both look at a geometric mean of the last
few samples, so that one noisy batch decides nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

VANISH_RATIO = 1e-3  # a layer's gradient this much smaller than the output layer's: vanishing
EXPLODE_GROWTH = 1e3  # grown this much above its lowest, and still growing: exploding
EXPLODE_NORM = 1e4  # or simply this large (weights move by η × this per step)
SMOOTH = 12  # the marker looks at the geometric mean of this many recent samples
CAPACITY = 2048  # samples kept; when full, every other one goes and sampling halves


def layer_name(layer: int, n_layers: int) -> str:
    """Weight layer ``layer`` by the neurons it feeds: hidden layer k, or the output layer."""
    return "output layer" if layer == n_layers - 1 else f"hidden layer {layer + 1}"


def short_name(layer: int, n_layers: int) -> str:
    """h1, h2, …, out: for the legend and the plot."""
    return "out" if layer == n_layers - 1 else f"h{layer + 1}"


def layer_norms(grads: list[np.ndarray]) -> np.ndarray:
    """‖∂L/∂W‖ (Frobenius) per weight layer."""
    out = np.empty(len(grads))
    for k, g in enumerate(grads):
        flat = g.reshape(-1)
        out[k] = math.sqrt(float(np.dot(flat, flat)))
    return out


def smoothed(norms: np.ndarray, window: int = SMOOTH) -> np.ndarray:
    """Each layer's norms as a running geometric mean of ``window`` samples (the last
    ones over fewer), NaN where there is no gradient to show on a log scale."""
    out = np.full(norms.shape, np.nan)
    n = norms.shape[0]
    if n == 0:
        return out
    with np.errstate(divide="ignore", invalid="ignore"):
        logs = np.log(np.where(norms > 0, norms, np.nan))
    ok = np.isfinite(logs)
    filled = np.where(ok, logs, 0.0)
    sums = np.cumsum(filled, axis=0)
    counts = np.cumsum(ok, axis=0)
    start = np.maximum(np.arange(n) - window, -1)
    s0 = np.where(start[:, None] >= 0, sums[np.maximum(start, 0)], 0.0)
    c0 = np.where(start[:, None] >= 0, counts[np.maximum(start, 0)], 0)
    got = counts - c0
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = (sums - s0) / got
    out[got > 0] = np.exp(mean[got > 0])
    return out


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 5 × 10ᵏ that is at least ``value`` (> 0): plot ranges that
    change in steps."""
    exponent = math.floor(math.log10(max(value, 1e-12)))
    for step in (1.0, 2.0, 5.0, 10.0):
        if step * 10.0**exponent >= value:
            return step * 10.0**exponent
    return 10.0 ** (exponent + 1)


class NormHistory:
    """Gradient norms per layer against the training step, thinned as it grows: when
    full, every other sample goes and from then on only every other one is kept."""

    def __init__(self, capacity: int = CAPACITY) -> None:
        self.capacity = capacity
        self.steps = np.zeros(capacity)
        self.norms = np.zeros((capacity, 0))
        self.n = 0
        self._stride = 1
        self._skipped = 0
        self.last_step = -1

    def reset(self, n_layers: int) -> None:
        self.norms = np.zeros((self.capacity, n_layers))
        self.n = 0
        self._stride = 1
        self._skipped = 0
        self.last_step = -1

    @property
    def n_layers(self) -> int:
        return self.norms.shape[1]

    def add(self, step: int, norms: np.ndarray) -> bool:
        self.last_step = step
        self._skipped += 1
        if self._skipped < self._stride:
            return False
        self._skipped = 0
        if self.n == self.capacity:
            half = self.capacity // 2
            self.steps[:half] = self.steps[1 : self.capacity : 2]
            self.norms[:half] = self.norms[1 : self.capacity : 2]
            self.n = half
            self._stride *= 2
        self.steps[self.n] = step
        self.norms[self.n] = norms
        self.n += 1
        return True

    def truncate_after(self, step: int) -> None:
        """Forget the samples after ``step``: training goes on from there (a rewound run
        resumed), and what it trains next takes their place."""
        self.n = int(np.searchsorted(self.steps[: self.n], step, side="right"))
        self.last_step = int(self.steps[self.n - 1]) if self.n else -1
        self._skipped = 0

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        return self.steps[: self.n], self.norms[: self.n]


@dataclass
class Verdict:
    kind: str = ""  # "", "vanishing" or "exploding"
    layers: list[int] = field(default_factory=list)  # the weight layers it is about
    text: str = ""


def _large(x: float) -> str:
    return f"{x:,.0f}" if x < 1e6 else f"{x:.1e}"


def _ratio_text(ratio: float) -> str:
    if ratio <= 0:
        return "none"
    # Two significant digits: the text (and the window's layout) changes less often.
    value = float(f"{1 / ratio if ratio < 1 else ratio:.2g}")
    return f"1/{value:,.0f}" if ratio < 1 else f"{value:,.0f}×"


def diagnose(norms: np.ndarray, divergence: str = "") -> Verdict:
    """What the norm history (samples × layers) says about the gradients now."""
    if divergence:
        return Verdict("exploding", [], f"⚠ Exploding gradients: {divergence}")
    if norms.shape[0] == 0 or norms.shape[1] == 0:
        return Verdict()
    n_layers = norms.shape[1]
    recent = norms[-SMOOTH:]
    if not np.isfinite(recent).all():
        return Verdict(
            "exploding",
            [int(k) for k in np.flatnonzero(~np.isfinite(recent).all(axis=0))],
            "⚠ Exploding gradients: they grew past what a computer can hold. Each layer "
            "back multiplied them by w·f′(z) > 1; lower the learning rate.",
        )
    with np.errstate(divide="ignore"):
        logs = np.log(recent)
    now = np.exp(logs.mean(axis=0))  # geometric mean per layer; 0 if a sample was 0
    exploding, growth = _exploding(norms, now)
    if exploding:
        k = exploding[0]
        name = layer_name(k, n_layers)
        if now[k] > EXPLODE_NORM:
            what = f"‖∂L/∂W‖ of {name} is {_large(now[k])}"
        else:
            what = f"‖∂L/∂W‖ of {name} grew {_large(growth[k])}×"
        return Verdict(
            "exploding",
            exploding,
            f"⚠ Exploding gradients: {what} and keeps growing. Each step makes the weights "
            "larger, which makes the next gradient larger; lower the learning rate.",
        )
    return _vanishing(now)


def _exploding(norms: np.ndarray, now: np.ndarray) -> tuple[list[int], dict[int, float]]:
    """The layers whose gradient is huge, or has risen a thousandfold from its lowest and
    is still rising; and each layer's growth from its lowest."""
    n_layers = norms.shape[1]
    big = [k for k in range(n_layers) if now[k] > EXPLODE_NORM]
    rising = []
    growth: dict[int, float] = {}
    kernel = np.ones(SMOOTH) / SMOOTH
    for k in range(n_layers):
        column = norms[:, k]
        column = column[column > 0]  # a zero (e.g. dead ReLUs for a batch) is no low point
        if len(column) < 2 * SMOOTH:
            continue
        rolling = np.convolve(np.log(column), kernel, mode="valid")
        growth[k] = math.exp(rolling[-1] - rolling.min())
        if growth[k] > EXPLODE_GROWTH and rolling[-1] > rolling[-1 - SMOOTH // 2]:
            rising.append(k)
    return sorted(set(big) | set(rising)), growth


def _vanishing(now: np.ndarray) -> Verdict:
    """The verdict on the layers' recent norms ``now`` when none is exploding."""
    n_layers = len(now)
    output = now[-1]
    if output <= 0 or n_layers < 2:
        return Verdict()
    ratios = now[:-1] / output
    vanishing = [k for k in range(n_layers - 1) if ratios[k] < VANISH_RATIO]
    if not vanishing:
        return Verdict()
    worst = int(np.argmin(ratios))
    count = len(vanishing)
    below = f"{count} layers are below 1/1000" if count > 1 else "below 1/1000"
    name = layer_name(worst, n_layers)
    return Verdict(
        "vanishing",
        vanishing,
        f"⚠ Vanishing gradients: the gradient of {name} is {_ratio_text(ratios[worst])} "
        f"of the output layer's ({below}). Going back, every layer multiplies it by "
        "w·f′(z) (at most 0.25 for sigmoid), so the first layers barely learn.",
    )
