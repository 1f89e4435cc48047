"""How the lanes of a Compare race train together: the lane furthest behind goes next."""

from __future__ import annotations

import math

from engine import Trainer
from engine.checkpoints import batches_to_epoch_end


def lane_finished(trainer: Trainer, stop_at: int) -> bool:
    """Diverged, or at the end of the stop-at epoch: the lane trains no more."""
    return trainer.diverged or bool(stop_at and trainer.epoch >= stop_at and trainer.at_epoch_start)


def race(trainers: list[Trainer], n: int, stop_at: int = 0, until: int | None = None) -> int:
    """Up to ``n`` batches in all, always on the lane furthest behind (never past the end
    of its epoch), so that the lanes keep in step; with ``until``, no lane goes past that
    epoch. Returns the batches done."""
    done = 0
    while done < n:
        behind, progress = None, math.inf
        for t in trainers:
            if lane_finished(t, stop_at) or (until is not None and t.epoch >= until):
                continue
            p = t.epoch + t.position / t.n_train
            if p < progress:
                behind, progress = t, p
        if behind is None:
            break
        got = behind.step(min(n - done, batches_to_epoch_end(behind)))
        if not got and not lane_finished(behind, stop_at):
            break  # a lane that trains nothing and is not finished: never spin on it
        done += got
    return done
