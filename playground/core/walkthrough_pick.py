"""Which point the walkthrough takes when nobody picked one, and the sentence saying why.

A point the network gets wrong teaches more than one it already gets right: the default is
the training point with the largest loss among those the network gets wrong, or, if it gets
every one right, the one with the largest loss of all (regression: the largest loss). Ties
go to the first point, so the choice is the same every time.

Right and wrong follow the engine's accuracy (``engine/outputs.py``: binary is right when
``logit ≥ 0`` matches ``y = 1``, multi-class when the largest logit is the point's class);
each point's loss is the engine's loss on that point alone. Tests hold both to the engine.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.i18n import translate
from playground.core import colors

WRONG = "wrong"  # picked: the network gets it wrong
LARGEST = "largest"  # picked: the network gets every point right; the largest loss


@dataclass(frozen=True)
class PointStats:
    """How the network does on each training point."""

    kind: str  # binary, multiclass, regression
    losses: np.ndarray  # the data loss on each point alone
    predicted: np.ndarray | None  # the class the network gives each point (None: regression)
    target: np.ndarray | None  # each point's class

    @property
    def wrong(self) -> np.ndarray | None:
        if self.predicted is None or self.target is None:
            return None
        return self.predicted != self.target


def point_stats(network, X: np.ndarray, y: np.ndarray) -> PointStats:
    """The network's loss and class for every point of ``X`` (targets ``y``)."""
    head = network.head
    logits = network.logits(network.compute_features(np.asarray(X, dtype=np.float64)))
    T = head.encode_targets(np.asarray(y))
    if head.loss_name == "tfp":  # engine.tfp: ½(tanh z − t)² with t = ±1
        z, t = logits[:, 0], T[:, 0]
        losses = 0.5 * (np.tanh(z) - t) ** 2
        return PointStats(head.kind, losses, (z >= 0).astype(int), (t > 0).astype(int))
    if head.kind == "binary":
        z, t = logits[:, 0], T[:, 0]
        losses = np.maximum(z, 0.0) - z * t + np.log1p(np.exp(-np.abs(z)))
        return PointStats(head.kind, losses, (z >= 0).astype(int), (t >= 0.5).astype(int))
    if head.kind == "multiclass":
        shifted = logits - logits.max(axis=1, keepdims=True)
        losses = np.log(np.exp(shifted).sum(axis=1)) - (shifted * T).sum(axis=1)
        return PointStats(head.kind, losses, logits.argmax(axis=1), T.argmax(axis=1))
    diff = (logits - T)[:, 0]
    return PointStats(head.kind, 0.5 * diff * diff, None, None)


def choose(stats: PointStats) -> tuple[int, str]:
    """The point to walk through and why: (index, WRONG or LARGEST)."""
    wrong = stats.wrong
    if wrong is not None and wrong.any():
        among = np.flatnonzero(wrong)
        return int(among[np.argmax(stats.losses[among])]), WRONG  # argmax: first on ties
    return int(np.argmax(stats.losses)), LARGEST


def _class(k: int) -> str:
    return colors.class_name(int(k))


def reason(stats: PointStats, index: int, picked_as: str) -> str:
    """Why point ``index`` is on show, true for the network as ``stats`` has it now
    (``picked_as``: why it was picked, which may no longer hold after training)."""
    wrong = stats.wrong
    best, why = choose(stats)
    if wrong is not None and wrong[index]:
        assert stats.predicted is not None and stats.target is not None
        text = translate(
            "walkthrough_pick",
            "This point is one the network gets wrong: it calls it {predicted}, but the point "
            "is {target}.",
        ).format(predicted=_class(stats.predicted[index]), target=_class(stats.target[index]))
        count = int(wrong.sum())
        if count == 1:
            return text + translate(
                "walkthrough_pick", " It is the only training point the network gets wrong."
            )
        if best == index:
            return text + translate(
                "walkthrough_pick",
                " Of the %n training points it gets wrong, this one has the largest loss.",
                None,
                count,
            )
        return text
    if best == index:
        if wrong is None:
            return translate(
                "walkthrough_pick",
                "This is the training point with the largest loss: the prediction is "
                "furthest from the point's value here.",
            )
        return translate(
            "walkthrough_pick",
            "The network gets every training point right; this is the one with the largest loss.",
        )
    if picked_as == WRONG:
        return translate(
            "walkthrough_pick",
            "The walkthrough picked this point because the network got it wrong; with the "
            "weights as they are now, it gets it right.",
        )
    return translate(
        "walkthrough_pick",
        "The walkthrough picked this point because its loss was the largest; with the "
        "weights as they are now, another point's loss is larger.",
    )
