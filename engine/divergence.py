"""When training counts as diverged, and what the student is told.

Three ways: the loss became NaN, the weights grew past MAX_PARAM_NORM (a million, where
float64 overflow is near), or the loss exploded without overflowing anything: a recorded
train loss at least LOSS_GROWTH times the lowest of the LOSS_WINDOW points recorded before
it, and higher than the untrained network's (the history's first point). The last rule
reads only the loss history, so it is as deterministic as training.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

MAX_PARAM_NORM = 1e6  # "a million" in the divergence message
LOSS_GROWTH = 100.0  # the loss this many times its recent lowest: exploded
LOSS_WINDOW = 10  # recorded points the lowest is taken over


@dataclass(frozen=True)
class Divergence:
    """Why and when training stopped because numbers stopped being finite or exploded."""

    epoch: int
    step: int
    reason: str
    message: str


def diverged(epoch: int, step: int, what: str) -> Divergence:
    return Divergence(
        epoch,
        step,
        what,
        f"Training diverged at epoch {epoch}: {what}. Lower the learning rate and press reset.",
    )


def from_step(epoch: int, step: int, grad: np.ndarray) -> Divergence:
    """A step that made the loss NaN or the weights too large."""
    if np.isnan(np.add.reduce(grad)):
        return diverged(epoch, step, "the loss became NaN")
    return diverged(epoch, step, "the weights exploded (grew past a million)")


def loss_exploded(losses: list[float], loss: float) -> str:
    """Why the newly recorded ``loss`` counts as an explosion, given the train losses
    recorded before it (oldest first; only the first and the last LOSS_WINDOW matter);
    "" if it does not."""
    if len(losses) < 2:
        return ""
    recent = min(losses[-LOSS_WINDOW:])
    if recent > 0 and loss >= LOSS_GROWTH * recent and loss > losses[0]:
        times = loss / recent
        return (
            f"the loss exploded ({times:,.0f} times its lowest of the last "
            f"{min(len(losses), LOSS_WINDOW)} recorded epochs, and worse than the untrained "
            "network's)"
        )
    return ""
