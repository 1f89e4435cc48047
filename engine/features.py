"""Input features computed from a raw 2-D point, as TensorFlow Playground offers them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Feature:
    name: str
    label: str
    fn: Callable[[np.ndarray, np.ndarray], np.ndarray]  # (x1, x2) -> values


FEATURES: dict[str, Feature] = {
    f.name: f
    for f in (
        Feature("x1", "X₁", lambda x1, x2: x1),
        Feature("x2", "X₂", lambda x1, x2: x2),
        Feature("x1_sq", "X₁²", lambda x1, x2: x1 * x1),
        Feature("x2_sq", "X₂²", lambda x1, x2: x2 * x2),
        Feature("x1_x2", "X₁X₂", lambda x1, x2: x1 * x2),
        Feature("sin_x1", "sin(X₁)", lambda x1, x2: np.sin(x1)),
        Feature("sin_x2", "sin(X₂)", lambda x1, x2: np.sin(x2)),
    )
}


def compute_features(names: list[str] | tuple[str, ...], X: np.ndarray) -> np.ndarray:
    """Map raw points ``X`` of shape (n, 2) to a C-contiguous (n, len(names)) matrix."""
    x1 = X[:, 0]
    x2 = X[:, 1]
    out = np.empty((X.shape[0], len(names)), dtype=np.float64)
    for j, name in enumerate(names):
        out[:, j] = FEATURES[name].fn(x1, x2)
    return out
