"""TensorFlow Playground's output and training rule, as a choice of loss for binary output.

With ``"output": {"kind": "binary", "loss": "tfp"}`` the network computes what TensorFlow
Playground's nn.ts does for classification: a tanh output ŷ = tanh(z), labels ±1 (0/1 at
the API, mapped to −1/+1 inside), the loss ½(ŷ − t)², weights drawn from U(−0.5, 0.5) and
every bias starting at 0.1. Its L1 rule differs from the engine's usual one (see
:func:`tfp_clip_l1`). The engine's other parts (batching, the optimizers, masks) are
unchanged, so plain SGD with the training data in a fixed order (``Trainer(...,
shuffle=False)``) reproduces TensorFlow Playground's numbers step for step when the batch
size divides the training set (TensorFlow Playground carries a last partial batch over
into the next epoch; this engine updates on it at the epoch's end).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

LOSSES = ("default", "tfp")  # "default": sigmoid + cross-entropy, softmax, or squared error
TFP = "tfp"
INIT_WEIGHT_LIMIT = 0.5  # Math.random() − 0.5
INIT_BIAS = 0.1


def chosen(spec: dict) -> bool:
    """Whether a validated spec's output is TensorFlow Playground's."""
    return spec["output"].get("loss") == TFP


def init_layer(
    rng: np.random.Generator, fan_in: int, fan_out: int, *_: object
) -> tuple[np.ndarray, np.ndarray]:
    """TensorFlow Playground's start: weights U(−0.5, 0.5), biases 0.1 (the other
    arguments, engine.network.init_layer's, play no part)."""
    W = rng.uniform(-INIT_WEIGHT_LIMIT, INIT_WEIGHT_LIMIT, size=(fan_in, fan_out))
    return W, np.full(fan_out, INIT_BIAS)


def encode(y: np.ndarray) -> np.ndarray:
    """Labels 0/1 as the column of targets −1/+1 the loss works on."""
    return (2.0 * y.astype(np.float64) - 1.0).reshape(-1, 1)


def predict(logits: np.ndarray) -> np.ndarray:
    """The class-1 score on the sigmoid's 0..1 scale, (1 + tanh z) / 2, for the views."""
    return 0.5 * (1.0 + np.tanh(logits[:, 0]))


def loss(logits: np.ndarray, targets: np.ndarray) -> float:
    """Mean ½(tanh z − t)² over the rows (TensorFlow Playground's Errors.SQUARE)."""
    diff = np.tanh(logits) - targets
    return float(0.5 * np.mean(diff * diff))


def grad_logits(logits: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """∂(mean loss)/∂z = (ŷ − t)·(1 − ŷ²) / n with ŷ = tanh z."""
    out = np.tanh(logits)
    g = out - targets
    g *= 1.0 - out * out
    g *= 1.0 / logits.shape[0]
    return g


def accuracy(logits: np.ndarray, targets: np.ndarray) -> float:
    return float(np.mean((logits[:, 0] >= 0) == (targets[:, 0] > 0)))


def tfp_clip_l1(
    old: np.ndarray,
    new: np.ndarray,
    grad: np.ndarray,
    l1: float,
    weights: np.ndarray,
    lr: float,
) -> None:
    """TensorFlow Playground's L1 rule, applied to ``new`` in place (weights only).

    A weight that the penalty's own pull, η·l1·sign(w), carries across zero becomes exactly
    0 (nn.ts compares the weight after the data's step with the weight after the penalty's)
    and then stays 0 for as long as L1 is on (nn.ts marks the link dead). ``grad`` is
    unused: unlike the engine's usual rule, the data's gradient cannot bring it back. The
    rule keeps no state, so any weight at exactly 0 stays there while L1 is on, also one
    typed in or started at 0 (``init="zeros"``), which nn.ts would still train.
    """
    before_pull = new + (lr * l1) * np.sign(old)
    zero = (old == 0.0) | (before_pull * new < 0.0)
    zero &= weights != 0.0
    new[zero] = 0.0


def l1_rule(loss_name: str, lr: float, usual: Callable[..., None]) -> Callable[..., None]:
    """The L1 rule a network with loss ``loss_name`` trains with, as ``usual``'s signature."""
    if loss_name != TFP:
        return usual

    def rule(
        old: np.ndarray, new: np.ndarray, grad: np.ndarray, l1: float, weights: np.ndarray
    ) -> None:
        tfp_clip_l1(old, new, grad, l1, weights, lr)

    return rule
