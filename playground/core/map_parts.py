"""A large network's output map, made a few grid rows per frame while it trains.

Made at once, the 100 × 100 output map of a 10 × 64 network held the worker for about
25 ms: the frame it belonged to missed one or two ticks of the GUI's clock, a few times a
second (47 frames per second instead of 60). Made in parts of about PART_SECONDS, one
part per frame, from a copy of the weights taken when it began, it is shown whole when its
last part is done: the picture is of one moment, a few frames late, and no frame waits.
"""

from __future__ import annotations

import time

import numpy as np
from numpy.typing import DTypeLike

from engine import Network, Trainer

PART_SECONDS = 0.002  # a frame's share of a map in parts; a frame is 16.7 ms
SPLIT_FROM = 2 * PART_SECONDS  # a map quicker than this is made at once


class MapInParts:
    """The output map of ``trainer``'s network as it was when this began."""

    def __init__(
        self, trainer: Trainer, resolution: int, dtype: DTypeLike, full_cost: float
    ) -> None:
        self.trainer = trainer
        self.source = trainer.network  # an edit makes a new network: then this is stale
        self.head = self.source.head
        self._copy: Network = self.source.copy()
        self._resolution = resolution
        self._dtype = dtype
        self._rows = max(1, int(resolution * PART_SECONDS / max(full_cost, 1e-9)))
        self._done = 0
        self._parts: list[dict] = []
        self.cost = 0.0  # seconds spent on it so far

    def current(self, trainer: Trainer) -> bool:
        """Whether this is still a map of what ``trainer`` trains."""
        return trainer is self.trainer and trainer.network is self.source

    def advance(self) -> dict | None:
        """Make the next part; the whole map (as Network.grid_maps returns it) once done."""
        start = time.perf_counter()
        stop = min(self._done + self._rows, self._resolution)
        self._parts.append(
            self._copy.grid_maps(
                self._resolution, neurons=False, dtype=self._dtype, rows=(self._done, stop)
            )
        )
        self._done = stop
        self.cost += time.perf_counter() - start
        if stop < self._resolution:
            return None
        first = self._parts[0]
        return {
            "centres": first["centres"],
            "extent": first["extent"],
            "output": np.concatenate([p["output"] for p in self._parts]),
            "features": np.concatenate([p["features"] for p in self._parts], axis=1),
            "neurons": [],
        }
