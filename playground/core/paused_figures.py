"""The figures of a paused snapshot on large data: an even sample at once, exact soon after.

Paused, a snapshot shows the loss and accuracy of the whole train and test sets and the
warnings measured on the whole training set (core/warnings_check). On 100,000 points with
a 10 × 64 network that is a second of the worker's time, and the edit that asked for the
snapshot would show that late. So on data of more than EXACT_POINTS points the snapshot
right after a change shows figures from an even sample (every k-th point, at most
SAMPLE_POINTS of each set; the snapshot's metrics say ``"sampled": (used, total)`` and the
window marks them "≈"), keeps the warnings it showed, and the worker then computes the
exact figures a chunk of CHUNK_POINTS at a time, between commands (``Refinement``): a
command comes first, and the next snapshot starts the refinement again. The snapshot after
the last chunk shows the exact figures, which equal ``Trainer.metrics()`` up to the order
of summation.

Which figures show depends only on the state and the data, never on the clock.
"""

from __future__ import annotations

import hashlib
from collections.abc import Generator

import numpy as np

from engine import Trainer
from playground.core.warnings_check import Health, measure_in_chunks

EXACT_POINTS = 20_000  # train and test together: at most this many, paused figures are exact
SAMPLE_POINTS = 4_000  # of each set, at most, for the figures shown at once
CHUNK_POINTS = 8_192  # points the worker evaluates between two looks at its commands


def is_large(trainer: Trainer) -> bool:
    return len(trainer.X_train) + len(trainer.X_test) > EXACT_POINTS


def state_of(trainer: Trainer) -> tuple:
    """What the figures depend on: the trainer, its network (an edit makes a new one, a
    typed weight changes its parameters), its data and the step it is at."""
    net = trainer.network
    weights = hashlib.blake2b(net.param_vector.tobytes(), digest_size=16).digest()
    return (trainer, net, trainer.X_train, trainer.X_test, trainer.steps, weights)


def same_state(a: tuple, b: tuple) -> bool:
    return all(x is y for x, y in zip(a[:4], b[:4])) and a[4:] == b[4:]


def _evaluate(trainer: Trainer, X: np.ndarray, y: np.ndarray) -> tuple[float, float | None]:
    """Mean data loss and accuracy on ``X, y``, as the trainer evaluates (its network's
    dtype)."""
    net = trainer.network
    F = net.compute_features(X).astype(net.dtype, copy=False)
    T = net.head.encode_targets(y).astype(net.dtype, copy=False)
    return net.evaluate_features(F, T)


def sampled_metrics(trainer: Trainer) -> dict:
    """``Trainer.metrics()``'s figures from an even sample of each set."""
    metrics: dict = {"epoch": trainer.epoch, "steps": trainer.steps}
    used = total = 0
    for name, X, y in (
        ("train", trainer.X_train, trainer.y_train),
        ("test", trainer.X_test, trainer.y_test),
    ):
        every = max(1, -(-len(X) // SAMPLE_POINTS))
        loss, accuracy = _evaluate(trainer, X[::every], y[::every])
        metrics[f"{name}_loss"], metrics[f"{name}_accuracy"] = loss, accuracy
        used += len(X[::every])
        total += len(X)
    metrics["sampled"] = (used, total)
    return metrics


class Refinement:
    """The exact figures of one paused state, computed a chunk at a time by
    :meth:`advance`; ``metrics`` and ``health`` are set once it is done."""

    def __init__(self, trainer: Trainer) -> None:
        self.state = state_of(trainer)
        self.metrics: dict | None = None
        self.health: Health | None = None
        self._steps = self._run(trainer)

    def matches(self, trainer: Trainer) -> bool:
        return same_state(self.state, state_of(trainer))

    @property
    def done(self) -> bool:
        return self.metrics is not None

    def advance(self) -> bool:
        """One chunk's work; True once the figures are complete."""
        if not self.done:
            next(self._steps, None)
        return self.done

    def _run(self, trainer: Trainer) -> Generator[None, None, None]:
        metrics: dict = {"epoch": trainer.epoch, "steps": trainer.steps}
        for name, X, y in (
            ("train", trainer.X_train, trainer.y_train),
            ("test", trainer.X_test, trainer.y_test),
        ):
            loss_sum = correct = 0.0
            for start in range(0, len(X), CHUNK_POINTS):
                part = slice(start, start + CHUNK_POINTS)
                loss, accuracy = _evaluate(trainer, X[part], y[part])
                n = len(X[part])
                loss_sum += loss * n
                correct += 0.0 if accuracy is None else accuracy * n
                yield
            classifier = trainer.network.head.kind != "regression"
            metrics[f"{name}_loss"] = loss_sum / len(X) if len(X) else float("nan")
            metrics[f"{name}_accuracy"] = correct / len(X) if classifier and len(X) else None
        health = yield from measure_in_chunks(trainer, CHUNK_POINTS)
        self.health, self.metrics = health, metrics
