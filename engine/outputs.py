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
            shifted = logits - logits.max(axis=1, keepdims=True)
            e = np.exp(shifted)
            return e / e.sum(axis=1, keepdims=True)
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
            shifted = logits - logits.max(axis=1, keepdims=True)
            log_norm = np.log(np.exp(shifted).sum(axis=1))
            return float(np.mean(log_norm - (shifted * targets).sum(axis=1)))
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
            g = logits - logits.max(axis=1, keepdims=True)
            np.exp(g, out=g)
            g /= g.sum(axis=1, keepdims=True)
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
