"""What the gradient panel shows: each layer's relative gradient ‖∂L/∂W‖/‖W‖ over the
run, smoothed, and the verdict (vanishing, exploding or healthy), which is the rule of
playground.core.warnings_check applied to the whole training set at the snapshot's
moment, so that the panel, the banner and ``--report`` agree. Qt-free.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from engine.checkpoints import TimelineInfo
from engine.i18n import translate

if TYPE_CHECKING:
    from playground.core.snapshot import Snapshot

SMOOTH = 12  # the marker looks at the geometric mean of this many recent samples
CAPACITY = 2048  # samples kept; when full, every other one goes and sampling halves


def layer_name(layer: int, n_layers: int) -> str:
    """Weight layer ``layer`` by the neurons it feeds: hidden layer k, or the output layer."""
    if layer == n_layers - 1:
        return translate("gradient_stats", "output layer")
    return translate("gradient_stats", "hidden layer {number}").format(number=layer + 1)


def short_name(layer: int, n_layers: int) -> str:
    """h1, h2, …, out: for the legend and the plot."""
    return translate("gradient_stats", "out") if layer == n_layers - 1 else f"h{layer + 1}"


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
    kind: str = ""  # "", "vanishing", "exploding" or "dead" (dead ReLUs pass no gradient)
    layers: list[int] = field(default_factory=list)  # the weight layers it is about
    text: str = ""


def relative_norms(grads: list[np.ndarray], weights: list[np.ndarray]) -> np.ndarray:
    """‖∂L/∂W‖ / ‖W‖ per weight layer: how fast each layer's weights change for their size
    (0 where a layer's weights are all 0)."""
    g, w = layer_norms(grads), layer_norms(weights)
    return np.divide(g, w, out=np.zeros_like(g), where=w > 0)


def verdict_of(warnings) -> Verdict:
    """The panel's verdict: the first warning about gradients among the snapshot's
    (playground.core.warnings_check, whose rules decide), on 0-based weight layers."""
    for w in warnings:
        if w.kind in ("diverged", "exploding", "vanishing", "dead_neurons"):
            kind = {"diverged": "exploding", "dead_neurons": "dead"}.get(w.kind, w.kind)
            return Verdict(kind, [k - 1 for k in w.layers], "⚠ " + w.message)
    return Verdict()


class GradientRecord:
    """The norms' history, kept from every snapshot the window draws whether the gradient
    panel is open or not (the panel is built when it first opens, and finds it whole)."""

    def __init__(self) -> None:
        self.history = NormHistory()
        self.structure: tuple | None = None  # the weight layers' shapes the history is of
        self.restarts = 0  # new histories begun: the panel fits its ranges afresh
        self.snap: Snapshot | None = None  # the last snapshot recorded
        self._was_viewing_past = False  # the last snapshot showed a rewound epoch

    def record(self, snap: Snapshot) -> None:
        """Keep this snapshot's gradient norms (cheap; called for every frame drawn)."""
        grads = snap.weight_grads
        structure = tuple(g.shape for g in grads)
        timeline = snap.timeline
        viewing_past = isinstance(timeline, TimelineInfo) and timeline.viewing is not None
        resumed = self._was_viewing_past and not viewing_past
        self._was_viewing_past = viewing_past
        if structure != self.structure:
            self._restart(structure)
        elif viewing_past:
            # Rewound: the run's history stays as it was (Back to latest finds it whole);
            # the histograms show the epoch on show.
            self.snap = snap
            return
        elif snap.steps < self.history.last_step:
            if resumed and self.snap is not None:
                # Training went on from the past epoch last on show: the samples after it
                # belonged to the future that resuming dropped.
                self.history.truncate_after(min(self.snap.steps, snap.steps))
            else:  # a reset or another run: a new history
                self._restart(structure)
        if snap.steps != self.history.last_step and snap.steps > 0:  # 0: no batch yet
            self.history.add(snap.steps, relative_norms(grads, snap.weights))
        self.snap = snap

    def _restart(self, structure: tuple) -> None:
        self.structure = structure
        self.history.reset(len(structure))
        self.restarts += 1
