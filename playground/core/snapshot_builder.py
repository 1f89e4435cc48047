"""A session's snapshots: the copies of its state that the window draws.

Built in the worker thread, between two training steps. The maps at the output's
resolution are the costliest part: while training a large network they are reused for a
while (BIG_MAP_SHARE), and so is the map of the neuron in focus; the builder keeps them,
and the network's spec, from one snapshot to the next. Pure Python and NumPy (no Qt).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from engine import Network, Trainer
from engine.checkpoints import Timeline
from playground.core.map_parts import SPLIT_FROM, MapInParts
from playground.core.paused_figures import Refinement, is_large, sampled_metrics
from playground.core.settings import TrainingSettings
from playground.core.snapshot import (
    BOUNDARY_RESOLUTION,
    MAP_DTYPE,
    NEURON_RESOLUTION,
    DataSnapshot,
    Snapshot,
)
from playground.core.warnings_check import TrainingWarning, check, measure

# While training, the output's full-resolution map may take at most this share of the
# worker's time: for a large network (10 × 64: ~25 ms a map) it is then recomputed a few
# times a second and reused in between, while the network's own maps follow every frame.
BIG_MAP_SHARE = 0.25
# And the warnings' pass over the training set (warnings_check.measure) this share, and
# while training at most once every WARNINGS_SECONDS: what they watch changes over epochs.
WARNINGS_SHARE = 0.1
WARNINGS_SECONDS = 0.25


@dataclass(frozen=True, eq=False)
class KeptMaps:
    """The last maps at the output's resolution, and what they cost to make."""

    trainer: Trainer
    head: object  # the trainer's output head when they were made
    made_at: float  # time.perf_counter()
    cost: float  # seconds
    maps: dict

    def reusable(self, trainer: Trainer, now: float) -> bool:
        return (
            self.trainer is trainer
            and self.head == trainer.network.head
            and now - self.made_at < self.cost / BIG_MAP_SHARE
        )


@dataclass(frozen=True, eq=False)
class KeptFocusMap:
    """The last map of the neuron in focus (``layer``, ``unit`` of ``network``)."""

    network: Network
    layer: int
    unit: int
    made_at: float
    cost: float
    values: np.ndarray

    def reusable(self, network: Network, layer: int, unit: int, now: float) -> bool:
        return (
            self.network is network
            and (self.layer, self.unit) == (layer, unit)
            and now - self.made_at < self.cost / BIG_MAP_SHARE
        )


@dataclass(frozen=True, eq=False)
class KeptSpec:
    """A network's spec: it never changes (edits make a new network), and validating a
    copy for every frame cost a quarter of a small snapshot."""

    network: Network
    spec: dict


@dataclass(frozen=True, eq=False)
class KeptWarnings:
    """The warnings of a trainer's state (playground.core.warnings_check). Measuring is a
    pass over the training set, so while training they are measured again at most once per
    recorded epoch (each history point), four times a second and within WARNINGS_SHARE of
    the worker's time; paused, after every change."""

    trainer: Trainer
    network: Network
    steps: int
    history: tuple[int, int]  # the history's mark
    made_at: float  # time.perf_counter()
    cost: float  # seconds
    warnings: tuple[TrainingWarning, ...]
    dead: tuple[tuple[int, int], ...]  # every dead ReLU: (hidden layer, unit)

    def reusable(self, trainer: Trainer, running: bool, now: float) -> bool:
        if self.trainer is not trainer or self.network is not trainer.network:
            return False
        if not running:
            return self.steps == trainer.steps and self.history == trainer.history.mark()
        return self.history == trainer.history.mark() or now - self.made_at < max(
            WARNINGS_SECONDS, self.cost / WARNINGS_SHARE
        )


class SessionState(Protocol):
    """What a snapshot is made of: the parts of a Session the builder reads."""

    settings: TrainingSettings
    data: DataSnapshot
    trainer: Trainer
    comparison: Any  # playground.core.comparison.Comparison while Compare is on, else None
    timeline: Timeline
    focus: tuple[int, int] | None
    stop_reason: str

    @property
    def has_training_data(self) -> bool: ...


class SnapshotBuilder:
    """Builds a session's snapshots, keeping what may be reused between them."""

    def __init__(self) -> None:
        self._maps: KeptMaps | None = None
        self._pending: MapInParts | None = None  # the next maps, made in parts
        self._focus: KeptFocusMap | None = None
        self._spec: KeptSpec | None = None
        self._warnings: KeptWarnings | None = None
        self._refinement: Refinement | None = None  # a paused large state's exact figures

    def build(
        self,
        session: SessionState,
        serial: int,
        running: bool,
        steps_per_second: float,
        message: str = "",
    ) -> Snapshot:
        t, comparison, timeline = session.trainer, None, None
        race = session.comparison
        if race is not None:  # the lane in focus in the diagram, every lane's map
            race.sync(session)
            t = race.lanes[race.focus].trainer
        net = t.network
        large = not running and race is None and session.has_training_data and is_large(t)
        if large:  # paused on large data: sampled figures now, exact ones soon after
            metrics, warnings = self._paused_large(t)
        else:
            metrics = _metrics(session.has_training_data, running, t)
            warnings = self._warnings_of(t, running, metrics, session.has_training_data)
        big = self._big_maps(t, running)
        small = net.grid_maps(NEURON_RESOLUTION, dtype=MAP_DTYPE)
        if race is not None:
            comparison = race.snapshot(
                running, BOUNDARY_RESOLUTION, session.settings.stop_at_epoch, big["output"]
            )
        else:
            timeline = session.timeline.info(t)
        return Snapshot(
            serial=serial,
            running=running,
            epoch=t.epoch,
            steps=t.steps,
            settings=session.settings,
            spec=self._spec_of(net),
            layer_sizes=net.layer_sizes,
            features=net.features,
            output_kind=net.head.kind,
            weights=[W.copy() for W, _ in net.params],
            biases=[b.copy() for _, b in net.params],
            weight_grads=[dW.copy() for dW, _ in net.grads],
            bias_grads=[db.copy() for _, db in net.grads],
            masks=net.masks,
            # While running, the metrics of the last history point (at most an epoch or so
            # old) spare a pass over both data sets per frame; paused, they are exact.
            metrics=metrics,
            history=t.history.arrays(),
            boundary=big["output"],
            feature_maps=small["features"],
            neuron_maps=small["neurons"],
            extent=big["extent"],
            data=session.data,
            divergence=t.divergence,
            stop_reason=session.stop_reason,
            steps_per_second=steps_per_second,
            message=message,
            comparison=comparison,
            timeline=timeline,
            current_rate=t.current_rate,
            **warnings,
            focus_map=(
                self._focus_map(t, session.focus, big, running) if comparison is None else None
            ),
        )

    def _warnings_of(self, t: Trainer, running: bool, metrics: dict, has_data: bool) -> dict:
        """The snapshot's ``warnings`` and ``dead_neurons``."""
        if not has_data:
            return {"warnings": (), "dead_neurons": ()}
        kept, now = self._warnings, time.perf_counter()
        if kept is None or not kept.reusable(t, running, now):
            health = measure(t)
            found = tuple(check(health, t.history.arrays(), metrics, t.divergence))
            cost = time.perf_counter() - now
            mark = t.history.mark()
            kept = KeptWarnings(t, t.network, t.steps, mark, now, cost, found, health.dead)
            self._warnings = kept
        return {"warnings": kept.warnings, "dead_neurons": kept.dead}

    def _paused_large(self, t: Trainer) -> tuple[dict, dict]:
        """The metrics and warnings of a paused trainer on large data: the exact ones once
        the refinement is done, until then an even sample's metrics and the warnings shown
        before (while the network keeps its shape: its dead neurons are still its own)."""
        r = self._refinement
        if r is None or not r.matches(t):
            r = self._refinement = Refinement(t)
        if r.done:
            assert r.metrics is not None and r.health is not None
            found = tuple(check(r.health, t.history.arrays(), r.metrics, t.divergence))
            now, mark = time.perf_counter(), t.history.mark()
            self._warnings = KeptWarnings(
                t, t.network, t.steps, mark, now, 0.0, found, r.health.dead
            )
            return r.metrics, {"warnings": found, "dead_neurons": r.health.dead}
        kept = self._warnings
        shape = t.network.layer_sizes
        if kept is None or kept.trainer is not t or kept.network.layer_sizes != shape:
            return sampled_metrics(t), {"warnings": (), "dead_neurons": ()}
        return sampled_metrics(t), {"warnings": kept.warnings, "dead_neurons": kept.dead}

    def refine(self, t: Trainer) -> bool:
        """One chunk of the exact figures' work; True when they are complete, so that the
        next snapshot shows them."""
        r = self._refinement
        if r is None or r.done:
            return False
        if not r.matches(t):  # changed since: the next snapshot starts again
            self._refinement = None
            return False
        return r.advance()

    @property
    def refining(self) -> bool:
        return self._refinement is not None and not self._refinement.done

    def _spec_of(self, net: Network) -> dict:
        if self._spec is None or self._spec.network is not net:
            self._spec = KeptSpec(net, net.spec)
        return self._spec.spec

    def _big_maps(self, t: Trainer, running: bool) -> dict:
        """The maps at the output's resolution: fresh, or while training a large network,
        the last ones if they are younger than BIG_MAP_SHARE allows (see there), and the
        next ones made a part per frame when they take long (core.map_parts)."""
        now = time.perf_counter()
        kept = self._maps
        if running and kept is not None and kept.trainer is t and kept.head == t.network.head:
            pending = self._pending
            if pending is not None and pending.current(t):
                whole = pending.advance()
                if whole is None:
                    return kept.maps
                self._pending = None
                self._maps = KeptMaps(t, pending.head, now, pending.cost, whole)
                return whole
            if kept.reusable(t, now):
                return kept.maps
            if kept.cost >= SPLIT_FROM:
                self._pending = MapInParts(t, BOUNDARY_RESOLUTION, MAP_DTYPE, kept.cost)
                self._pending.advance()
                return kept.maps
        self._pending = None
        big = t.network.grid_maps(BOUNDARY_RESOLUTION, neurons=False, dtype=MAP_DTYPE)
        self._maps = KeptMaps(t, t.network.head, now, time.perf_counter() - now, big)
        return big

    def _focus_map(
        self, t: Trainer, focus: tuple[int, int] | None, big: dict, running: bool
    ) -> tuple | None:
        """(layer, unit, map) of the neuron in focus, if it is in this network. A hidden
        neuron's map is reused while training as the output's is (BIG_MAP_SHARE)."""
        if focus is None:
            return None
        net, (layer, unit) = t.network, focus
        sizes = net.layer_sizes
        if not (0 <= layer < len(sizes) and 0 <= unit < sizes[layer]):
            return None
        if layer == len(sizes) - 1:
            output = big["output"]
            return layer, unit, output[..., unit] if output.ndim == 3 else output
        now = time.perf_counter()
        kept = self._focus
        if running and kept is not None and kept.reusable(net, layer, unit, now):
            return layer, unit, kept.values
        values = neuron_grid(net, layer, unit, BOUNDARY_RESOLUTION, big["extent"])
        self._focus = KeptFocusMap(net, layer, unit, now, time.perf_counter() - now, values)
        return layer, unit, values


def _metrics(has_training_data: bool, running: bool, t: Trainer) -> dict:
    if not has_training_data:  # the trainer holds a stand-in point: nothing to show
        return {
            "epoch": t.epoch,
            "steps": t.steps,
            "train_loss": math.nan,
            "test_loss": math.nan,
            "train_accuracy": None,
            "test_accuracy": None,
        }
    return t.last_metrics if running else t.metrics()


def neuron_grid(
    net: Network, layer: int, unit: int, resolution: int, extent: tuple[float, float]
) -> np.ndarray:
    """The (R, R) map of neuron ``unit`` of column ``layer`` (0 the inputs, 1.. the hidden
    layers) over the grid of Network.grid_maps: only the layers below it are computed."""
    lo, hi = float(extent[0]), float(extent[1])
    centres = lo + (np.arange(resolution) + 0.5) * ((hi - lo) / resolution)
    gx1, gx2 = np.meshgrid(centres, centres)
    points = np.column_stack([gx1.ravel(), gx2.ravel()])
    a = np.ascontiguousarray(net.compute_features(points).T, dtype=MAP_DTYPE)
    if layer == 0:
        return a[unit].reshape(resolution, resolution)
    with np.errstate(over="ignore", invalid="ignore"):  # float32 overflows as in grid_maps
        for (W, b), act in zip(net.params[: layer - 1], net.activations):
            a = act.fn(W.T.astype(MAP_DTYPE) @ a + b[:, None].astype(MAP_DTYPE))
        W, b = net.params[layer - 1]
        z = W[:, unit].astype(MAP_DTYPE) @ a + MAP_DTYPE(b[unit])
        return net.activations[layer - 1].fn(z).reshape(resolution, resolution)
