"""Output heads: how logits become predictions, the loss, and ∂loss/∂logits.

Each head pairs its output function with its own loss, so the gradient with respect to
the logits is the simple, stable ``prediction − target`` in all three cases.
Targets are given in "encoded" form: a column of 0/1 for binary, a one-hot matrix for
multi-class, a column of values for regression. A binary head with ``loss="tfp"`` is
TensorFlow Playground's instead (engine.tfp): tanh, targets −1/+1, ½ squared error.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

import engine.tfp as tfp
from engine.activations import ACTIVATIONS

_sigmoid = ACTIVATIONS["sigmoid"].fn
_SEQUENTIAL_SUM = 8  # NumPy sums fewer columns than this one after another, left to right


def row_max(x: np.ndarray) -> np.ndarray:
    """``x.max(axis=1, keepdims=True)``, the same values: for a few columns, NumPy's
    reduction along a short row costs more (10 µs for 256 × 3) than column maxima (1 µs)."""
    if x.shape[1] >= _SEQUENTIAL_SUM or x.shape[1] == 0:
        return x.max(axis=1, keepdims=True)
    out = x[:, :1].copy()
    for j in range(1, x.shape[1]):
        np.maximum(out, x[:, j : j + 1], out=out)
    return out


def row_sum(x: np.ndarray) -> np.ndarray:
    """``x.sum(axis=1, keepdims=True)`` bit for bit: below eight columns NumPy adds them
    one after another, as this does column by column, four times faster for 256 × 3."""
    if x.shape[1] >= _SEQUENTIAL_SUM or x.shape[1] == 0:
        return x.sum(axis=1, keepdims=True)
    out = x[:, :1].copy()
    for j in range(1, x.shape[1]):
        out += x[:, j : j + 1]
    return out


@dataclass(frozen=True)
class OutputHead:
    kind: str
    units: int
    loss_name: str = "default"  # or "tfp" (binary only): TensorFlow Playground's, engine.tfp

    @classmethod
    def for_spec(cls, spec: dict) -> OutputHead:
        """The head of a validated spec."""
        out = spec["output"]
        return cls(out["kind"], out.get("classes", 1), out.get("loss", "default"))

    def encode_targets(self, y: np.ndarray) -> np.ndarray:
        """Turn labels or values (n,) into the (n, units) float matrix the loss works on."""
        if self.kind == "multiclass":
            onehot = np.zeros((y.shape[0], self.units))
            onehot[np.arange(y.shape[0]), y.astype(np.int64)] = 1.0
            return onehot
        if self.loss_name == tfp.TFP:
            return tfp.encode(y)
        return y.astype(np.float64).reshape(-1, 1)

    def predict(self, logits: np.ndarray) -> np.ndarray:
        if self.loss_name == tfp.TFP:
            return tfp.predict(logits)
        if self.kind == "binary":
            return _sigmoid(logits[:, 0])
        if self.kind == "multiclass":
            shifted = logits - row_max(logits)
            e = np.exp(shifted)
            return e / row_sum(e)
        return logits[:, 0].copy()

    def loss(self, logits: np.ndarray, targets: np.ndarray) -> float:
        """Mean loss over the rows, computed without overflow for any finite logits."""
        if self.loss_name == tfp.TFP:
            return tfp.loss(logits, targets)
        if self.kind == "binary":
            z = logits[:, 0]
            t = targets[:, 0]
            # BCE of sigmoid(z): max(z, 0) − z·t + log(1 + e^−|z|)
            return float(np.mean(np.maximum(z, 0.0) - z * t + np.log1p(np.exp(-np.abs(z)))))
        if self.kind == "multiclass":
            shifted = logits - row_max(logits)
            log_norm = np.log(row_sum(np.exp(shifted))[:, 0])
            return float(np.mean(log_norm - row_sum(shifted * targets)[:, 0]))
        diff = logits - targets
        return float(0.5 * np.mean(diff * diff))

    def grad_logits(self, logits: np.ndarray, targets: np.ndarray) -> np.ndarray:
        """∂(mean loss)/∂logits for a batch."""
        if self.loss_name == tfp.TFP:
            return tfp.grad_logits(logits, targets)
        n = logits.shape[0]
        if self.kind == "binary":
            g = _sigmoid(logits)
        elif self.kind == "multiclass":
            g = logits - row_max(logits)
            np.exp(g, out=g)
            g /= row_sum(g)
        else:
            g = logits.copy()
        g -= targets
        g *= 1.0 / n
        return g

    def accuracy(self, logits: np.ndarray, targets: np.ndarray) -> float | None:
        """Fraction classified correctly; None for regression, where it has no meaning."""
        if self.loss_name == tfp.TFP:
            return tfp.accuracy(logits, targets)
        if self.kind == "binary":
            return float(np.mean((logits[:, 0] >= 0) == (targets[:, 0] >= 0.5)))
        if self.kind == "multiclass":
            return float(np.mean(logits.argmax(axis=1) == targets.argmax(axis=1)))
        return None
