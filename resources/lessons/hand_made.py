"""The two lessons whose start is made by hand: the painted smiley (lesson 8) and the
2-2-1 network followed with a calculator (lesson 10), whose text prints numbers that are
checked against the engine here."""

from __future__ import annotations

import numpy as np

from engine import Network, datasets
from playground.core.session import Session
from playground.core.settings import TrainingSettings
from playground.core.snapshot import DataSnapshot

# ---------------------------------------------------------------------------- 8
PAINTED = TrainingSettings(dataset="blobs", classes=3, hidden=(3,), speed=3)


def smiley() -> DataSnapshot:
    """A face painted in three colours: the face ring, two eyes, a smile."""
    rng = np.random.default_rng(42)
    angle = rng.uniform(0, 2 * np.pi, 160)
    radius = np.sqrt(rng.uniform(4.0**2, 5.2**2, 160))
    face = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
    eyes = np.vstack(
        [rng.normal((-1.7, 1.6), 0.45, (35, 2)), rng.normal((1.7, 1.6), 0.45, (35, 2))]
    )
    angle = rng.uniform(np.deg2rad(200), np.deg2rad(340), 80)
    radius = rng.normal(2.4, 0.2, 80)
    mouth = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
    X = np.round(np.vstack([face, eyes, mouth]), 3)
    y = np.repeat(np.arange(3, dtype=np.int64), [len(face), len(eyes), len(mouth)])
    Xtr, ytr, Xte, yte = datasets.split(X, y, train_ratio=0.7, seed=1)
    return DataSnapshot(0, "classification", 3, Xtr, ytr, Xte, yte)


def paint(session: Session) -> None:
    s = session.settings
    session.restore(Network.from_spec(s.spec(3), seed=s.init_seed), smiley())


# --------------------------------------------------------------------------- 10
BY_HAND = TrainingSettings(
    dataset="gauss", hidden=(2,), activation="tanh", batch_size=1, learning_rate=0.5, speed=1
)
HAND_W1 = [[0.5, -0.5], [0.25, 0.75]]
HAND_W2 = [[1.0], [-1.0]]
HAND_POINT = (2.0, 1.0)


def by_hand(session: Session) -> None:
    X_train = np.array([HAND_POINT])
    y_train = np.array([1], dtype=np.int64)
    X_test = np.array([[-2.0, -1.0], [1.0, 2.0], [-1.0, -2.5]])
    y_test = np.array([0, 1, 0], dtype=np.int64)
    spec = session.settings.spec(2)
    net = Network(spec, [(np.array(HAND_W1), np.zeros(2)), (np.array(HAND_W2), np.zeros(1))])
    session.restore(net, DataSnapshot(0, "classification", 2, X_train, y_train, X_test, y_test))


def hand_numbers() -> dict:
    """The forward and backward pass worked out as the text does, checked against the
    engine (SystemExit if they differ)."""
    x = np.array(HAND_POINT)
    W1, W2 = np.array(HAND_W1), np.array(HAND_W2)
    z = x @ W1
    a = np.tanh(z)
    logit = float(a @ W2[:, 0])
    p = 1 / (1 + np.exp(-logit))
    loss = -np.log(p)
    delta = p - 1.0
    grad_w2 = a * delta
    new_w2 = W2[:, 0] - BY_HAND.learning_rate * grad_w2
    s = Session(BY_HAND)
    by_hand(s)
    # To the precision the window trains in (core/settings.ENGINE_DTYPE).
    close = 1e-12 if s.trainer.network.dtype == np.float64 else 1e-6
    if abs(s.trainer.metrics()["train_loss"] - loss) >= close:
        raise SystemExit("make_lessons: the hand-computed loss is not the app's")
    s.train_epochs(1)
    if not np.allclose(s.trainer.network.params[1][0][:, 0], new_w2):
        raise SystemExit("make_lessons: one step does not move w as computed")
    return {"z": z, "a": a, "logit": logit, "p": p, "loss": loss, "delta": delta, "new_w2": new_w2}
