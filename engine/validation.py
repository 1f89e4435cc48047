"""Checks on arrays that come from outside: points and targets."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from engine.outputs import OutputHead

MAX_POINTS = 100_000


def check_points(X: object, name: str = "X") -> np.ndarray:
    """Return ``X`` as a finite float64 array of shape (n, 2), or raise ValueError."""
    try:
        arr = np.asarray(X, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be numbers of shape (n, 2)") from None
    if arr.ndim != 2 or arr.shape[1] != 2:
        raise ValueError(f"{name} must have shape (n, 2); got {arr.shape}")
    if arr.shape[0] > MAX_POINTS:
        raise ValueError(f"{name} has {arr.shape[0]} points; at most {MAX_POINTS} are allowed")
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"{name} contains NaN or infinity")
    return arr


def check_targets(y: object, n: int, head: OutputHead, name: str = "y") -> np.ndarray:
    """Labels 0..k-1 for classification or finite values for regression, of length n."""
    try:
        arr = np.asarray(y, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be numbers of shape (n,)") from None
    if arr.ndim != 1 or arr.shape[0] != n:
        raise ValueError(f"{name} must have shape ({n},) to match the points; got {arr.shape}")
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"{name} contains NaN or infinity")
    if head.kind == "regression":
        return arr
    classes = 2 if head.kind == "binary" else head.units
    if n and (np.any(arr != np.round(arr)) or arr.min() < 0 or arr.max() > classes - 1):
        raise ValueError(
            f"{name} must hold integer labels from 0 to {classes - 1} for {head.kind} output; "
            f"got values from {arr.min():g} to {arr.max():g}"
        )
    return arr.astype(np.int64)


def check_number(
    name: str, value: object, low: float, high: float, low_open: bool = False
) -> float:
    """``value`` as a float from ``low`` (excluded if ``low_open``) to ``high``, or a
    ValueError naming ``name``."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        number = math.nan
    ok = math.isfinite(number) and (number > low if low_open else number >= low) and number <= high
    if not ok:
        bound = f"greater than {low:g}" if low_open else f"at least {low:g}"
        raise ValueError(
            f"{name} must be a finite number {bound} and at most {high:g}; got {value!r}"
        )
    return number
