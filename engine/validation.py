"""Checks on values that come from outside: points, targets, numbers and dtypes."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import DTypeLike

from engine.i18n import number as shown_number
from engine.i18n import translate

if TYPE_CHECKING:
    from engine.outputs import OutputHead

MAX_POINTS = 100_000
DTYPES = ("float64", "float32")


def check_points(X: object, name: str = "X") -> np.ndarray:
    """Return ``X`` as a finite float64 array of shape (n, 2), or raise ValueError."""
    try:
        arr = np.asarray(X, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(
            translate("validation", "{field} must be numbers of shape (n, 2)").format(field=name)
        ) from None
    if arr.ndim != 2 or arr.shape[1] != 2:
        raise ValueError(
            translate("validation", "{field} must have shape (n, 2); got {shape}").format(
                field=name, shape=arr.shape
            )
        )
    if arr.shape[0] > MAX_POINTS:
        raise ValueError(
            translate(
                "validation", "{field} has {count} points; at most {limit} are allowed"
            ).format(field=name, count=arr.shape[0], limit=MAX_POINTS)
        )
    if not np.all(np.isfinite(arr)):
        raise ValueError(not_finite(name))
    return arr


def check_targets(y: object, n: int, head: OutputHead, name: str = "y") -> np.ndarray:
    """Labels 0..k-1 for classification or finite values for regression, of length n."""
    try:
        arr = np.asarray(y, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(
            translate("validation", "{field} must be numbers of shape (n,)").format(field=name)
        ) from None
    if arr.ndim != 1 or arr.shape[0] != n:
        raise ValueError(
            translate(
                "validation", "{field} must have shape ({n},) to match the points; got {shape}"
            ).format(field=name, n=n, shape=arr.shape)
        )
    if not np.all(np.isfinite(arr)):
        raise ValueError(not_finite(name))
    if head.kind == "regression":
        return arr
    classes = 2 if head.kind == "binary" else head.units
    if n and (np.any(arr != np.round(arr)) or arr.min() < 0 or arr.max() > classes - 1):
        raise ValueError(
            translate(
                "validation",
                "{field} must hold integer labels from 0 to {high} for {kind} output; "
                "got values from {low_seen} to {high_seen}",
            ).format(
                field=name,
                high=classes - 1,
                kind=head.kind,
                low_seen=shown_number(arr.min(), "g"),
                high_seen=shown_number(arr.max(), "g"),
            )
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
        text = (
            translate(
                "validation",
                "{field} must be a finite number greater than {low} and at most {high}; got {value}",
            )
            if low_open
            else translate(
                "validation",
                "{field} must be a finite number at least {low} and at most {high}; got {value}",
            )
        )
        raise ValueError(
            text.format(
                field=name,
                low=shown_number(low, "g"),
                high=shown_number(high, "g"),
                value=repr(value),
            )
        )
    return number


def check_layer(layer: int, params: Sequence, shape: tuple[int, int]) -> tuple:
    """Weight layer ``layer``'s (W, b) as float64 arrays of ``shape`` and (fo,), finite."""
    W, b = (np.asarray(p, dtype=np.float64) for p in params)
    if W.shape != shape or b.shape != shape[1:]:
        raise ValueError(
            translate(
                "validation",
                "params[{layer}] must be W of shape {w_shape} and b of shape {b_shape}; "
                "got {w_got} and {b_got}",
            ).format(layer=layer, w_shape=shape, b_shape=shape[1:], w_got=W.shape, b_got=b.shape)
        )
    if not (np.all(np.isfinite(W)) and np.all(np.isfinite(b))):
        raise ValueError(not_finite(f"params[{layer}]"))
    return W, b


def check_seed(seed: object) -> int:
    """``seed`` as an int, if it is an integer (not a bool), or a ValueError."""
    if not isinstance(seed, (int, np.integer)) or isinstance(seed, bool):
        raise ValueError(
            translate("validation", "seed must be an integer; got {value}").format(value=repr(seed))
        )
    return int(seed)


def check_shuffle(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError(
            translate("validation", "shuffle must be True or False; got {value}").format(
                value=repr(value)
            )
        )
    return value


def check_batch_size(value: object) -> int:
    if not isinstance(value, (int, np.integer)) or isinstance(value, bool) or value < 1:
        raise ValueError(
            translate(
                "validation", "batch_size must be an integer of at least 1; got {value}"
            ).format(value=repr(value))
        )
    return int(value)


def disabled_link(layer: int, i: int, j: int) -> str:
    return translate(
        "validation", "link ({i}, {j}) of layer {layer} is disabled; enable it first"
    ).format(i=i, j=j, layer=layer)


def not_finite(name: str) -> str:
    return translate("validation", "{field} contains NaN or infinity").format(field=name)


def check_dtype(dtype: DTypeLike) -> np.dtype:
    """``dtype`` as a NumPy dtype, if it is float64 or float32."""
    try:
        checked = np.dtype(dtype)
    except TypeError:
        checked = None
    if checked is None or checked.name not in DTYPES:
        raise ValueError(
            translate("validation", "dtype must be one of {choices}; got {value}").format(
                choices=", ".join(DTYPES), value=repr(dtype)
            )
        )
    return checked


def float_array(value: object, where: str) -> np.ndarray:
    """``value`` as a float64 array, or a ValueError naming the network's field ``where``."""
    try:
        arr = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(
            translate("validation", "network {field} must be a list of numbers").format(field=where)
        ) from None
    return arr


def check_rate(name: str, value: object) -> float:
    """``value`` as a finite float of at least 0 (a regularization rate), or a ValueError."""
    try:
        rate = float(value)  # type: ignore[arg-type]
        shown: object = rate
    except (TypeError, ValueError):
        rate, shown = math.nan, value
    if not np.isfinite(rate) or rate < 0:
        raise ValueError(
            translate("validation", "{field} must be a finite number >= 0; got {value}").format(
                field=name, value=repr(shown)
            )
        )
    return rate
