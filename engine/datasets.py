"""Built-in 2-D datasets for the playground (pure NumPy, no Qt).

The first six generators follow TensorFlow Playground's ``src/dataset.ts`` rules (see
``shared/design/tfp-datasets.md``), with binary labels 1/0 instead of +1/-1. ``noise`` is a
fraction from 0 to 0.5, as TFP's slider value divided by 100. The remaining generators are
ours: noise jitters their points (a Gaussian truncated to the view box), except that
checkerboard reads its label at a shifted point like TFP's xor and sine shifts where its
value is read like TFP's regression sets.

Every generator draws from one ``np.random.default_rng(seed)``, so the same arguments give
bit-identical arrays. Points are drawn the same way whatever the noise, so for a fixed seed
moving the noise slider moves or relabels the points rather than replacing them.

Usage::

    X, y = generate("circle", noise=0.1, seed=3)
    X_train, y_train, X_test, y_test = split(X, y, train_ratio=0.5, seed=3)
"""

from __future__ import annotations

import numbers
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, TypeGuard

import numpy as np

from engine import generators
from engine.generators import MAX_NOISE, VIEW_BOX
from engine.i18n import number, translate
from engine.spec import MAX_CLASSES, MIN_CLASSES
from engine.validation import MAX_POINTS

__all__ = [
    "DATASETS",
    "MAX_POINTS",
    "MAX_TRAIN_RATIO",
    "MIN_POINTS",
    "MIN_TRAIN_RATIO",
    "VIEW_BOX",
    "DatasetInfo",
    "generate",
    "split",
]


MIN_POINTS = 2
MIN_TRAIN_RATIO = 0.1
MAX_TRAIN_RATIO = 0.9

Task = Literal["classification", "regression"]
_GeneratorFn = Callable[[np.random.Generator, int, float, int], generators.XY]


@dataclass(frozen=True)
class DatasetInfo:
    """What the UI needs to know about one built-in dataset."""

    name: str
    title: str
    task: Task
    default_points: int
    default_classes: int | None
    variable_classes: bool
    description: str


# --------------------------------------------------------------------------- registry


def _info(
    name: str, title: str, task: Task, classes: int | None, variable: bool, description: str
) -> DatasetInfo:
    points = 500 if task == "classification" else 1200
    return DatasetInfo(name, title, task, points, classes, variable, description)


_REGISTRY: tuple[tuple[DatasetInfo, _GeneratorFn], ...] = (
    (
        _info("circle", "Circle", "classification", 2, False,
              "A disc of one class inside a ring of the other."),
        generators.circle,
    ),
    (
        _info("xor", "Exclusive or", "classification", 2, False,
              "Opposite quadrants share a class: the label is 1 when x and y have the same sign."),
        generators.xor,
    ),
    (
        _info("gauss", "Gaussian", "classification", 2, False,
              "Two Gaussian clusters, around (2, 2) and (-2, -2); noise widens them."),
        generators.gauss,
    ),
    (
        _info("spiral", "Spiral", "classification", 2, False,
              "Two interleaved spiral arms, one per class."),
        generators.spiral,
    ),
    (
        _info("moons", "Moons", "classification", 2, False,
              "Two interleaving half-moons, one per class."),
        generators.moons,
    ),
    (
        _info("checkerboard", "Checkerboard", "classification", 2, False,
              "A 4 x 4 checkerboard of alternating classes, a bigger xor."),
        generators.checkerboard,
    ),
    (
        _info("k_spiral", "Spiral arms", "classification", 3, True,
              "Several interleaved spiral arms, one class per arm."),
        generators.k_spiral,
    ),
    (
        _info("blobs", "Blobs", "classification", 3, True,
              "Gaussian blobs evenly spaced on a circle, one class per blob."),
        generators.blobs,
    ),
    (
        _info("rings", "Rings", "classification", 3, True,
              "Concentric rings, one class per ring."),
        generators.rings,
    ),
    (
        _info("plane", "Plane", "regression", None, False,
              "A tilted plane: the value rises linearly towards the top right, (x + y) / 10."),
        generators.plane,
    ),
    (
        _info("multi_gauss", "Multi-Gaussian", "regression", None, False,
              "Six bumps, alternately positive and negative, on two rows."),
        generators.multi_gauss,
    ),
    (
        _info("sine", "Sine wave", "regression", None, False,
              "A sine wave along x1: the value is sin(x1) and ignores x2."),
        generators.sine,
    ),
)  # fmt: skip

DATASETS: dict[str, DatasetInfo] = {info.name: info for info, _ in _REGISTRY}
"""Every built-in dataset by name, in display order (classification first)."""

_GENERATORS: dict[str, _GeneratorFn] = {info.name: fn for info, fn in _REGISTRY}


# ------------------------------------------------------------------------ validation


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def _is_real(value: object) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _shown(value: object) -> str:
    """How a rejected value appears in an error message."""
    if _is_int(value):
        return str(int(value))
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        return repr(float(value))
    return repr(value)


def _check_seed(seed: object) -> int:
    if not _is_int(seed) or int(seed) < 0:
        raise ValueError(
            translate("datasets", "seed must be a non-negative integer, got {value}").format(
                value=_shown(seed)
            )
        )
    return int(seed)


def _check_name(name: object) -> DatasetInfo:
    if isinstance(name, str) and name in DATASETS:
        return DATASETS[name]
    choices = ", ".join(DATASETS)
    raise ValueError(
        translate("datasets", "dataset: unknown name {name}; choose one of {choices}").format(
            name=repr(name), choices=choices
        )
    )


def _check_classes(info: DatasetInfo, classes: object) -> int:
    if classes is None:
        return info.default_classes or 0
    if info.variable_classes:
        if _is_int(classes) and MIN_CLASSES <= int(classes) <= MAX_CLASSES:
            return int(classes)
        raise ValueError(
            translate(
                "datasets",
                "classes must be an integer from {low} to {high} for {dataset}, got {value}",
            ).format(low=MIN_CLASSES, high=MAX_CLASSES, dataset=info.name, value=_shown(classes))
        )
    if info.task == "regression":
        raise ValueError(
            translate(
                "datasets", "classes cannot be set for {dataset} (it is a regression dataset)"
            ).format(dataset=info.name)
        )
    if _is_int(classes) and int(classes) == info.default_classes:
        return int(classes)
    raise ValueError(
        translate(
            "datasets", "classes cannot be set for {dataset} (it has {classes} classes)"
        ).format(dataset=info.name, classes=info.default_classes)
    )


# ------------------------------------------------------------------------ public API


def generate(
    name: str,
    n_points: int | None = None,
    noise: float = 0.0,
    seed: int = 0,
    classes: int | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Generate dataset ``name`` and return ``(X, y)``.

    ``X`` is float64 of shape (n, 2). ``y`` is int64 labels 0..k-1 for classification sets
    and float64 values for regression sets. ``n_points`` defaults to the set's
    ``default_points`` (2..MAX_POINTS); ``noise`` is 0..0.5; ``seed`` a non-negative integer;
    ``classes`` is only for sets with ``variable_classes`` (2..8, default 3); the other
    classification sets accept None or their own class count. Points come grouped by class
    (shuffle with :func:`split`). Raises ValueError naming the bad field and allowed values.
    """
    info = _check_name(name)
    if n_points is None:
        n = info.default_points
    elif _is_int(n_points) and MIN_POINTS <= int(n_points) <= MAX_POINTS:
        n = int(n_points)
    else:
        raise ValueError(
            translate(
                "datasets", "n_points must be an integer from {low} to {high}, got {value}"
            ).format(low=MIN_POINTS, high=MAX_POINTS, value=_shown(n_points))
        )
    if not (_is_real(noise) and 0.0 <= float(noise) <= MAX_NOISE):
        raise ValueError(
            translate("datasets", "noise must be between 0 and {high}, got {value}").format(
                high=number(MAX_NOISE), value=_shown(noise)
            )
        )
    rng_seed = _check_seed(seed)
    k = _check_classes(info, classes)
    if info.variable_classes and n < k:
        raise ValueError(
            translate(
                "datasets",
                "n_points must be at least the number of classes ({classes}) for {dataset}, "
                "got {value}",
            ).format(classes=k, dataset=info.name, value=n)
        )

    rng = np.random.default_rng(rng_seed)
    X, y = _GENERATORS[info.name](rng, n, float(noise), k)
    X = np.ascontiguousarray(X, dtype=np.float64)
    y = np.ascontiguousarray(y, dtype=np.int64 if info.task == "classification" else np.float64)
    return X, y


def split(
    X: np.ndarray, y: np.ndarray, train_ratio: float = 0.5, seed: int = 0
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Shuffle once and split into ``(X_train, y_train, X_test, y_test)``, as TFP does.

    The rows are permuted with ``np.random.default_rng(seed)``; the first
    ``round(train_ratio * n)`` become training data (kept between 1 and n - 1 so neither
    part is empty) and the rest test data. ``train_ratio`` is 0.1..0.9. Returns copies.
    """
    try:
        X_arr = np.array(X, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(
            translate("datasets", "X must be a numeric array of shape (n, 2)")
        ) from None
    if X_arr.ndim != 2 or X_arr.shape[1] != 2:
        raise ValueError(
            translate(
                "datasets", "X must be a numeric array of shape (n, 2), got shape {shape}"
            ).format(shape=X_arr.shape)
        )
    y_arr = np.asarray(y)
    if y_arr.ndim != 1 or len(y_arr) != len(X_arr):
        raise ValueError(
            translate(
                "datasets",
                "y must be a 1-D array with one value per row of X ({rows}), got shape {shape}",
            ).format(rows=len(X_arr), shape=y_arr.shape)
        )
    n = len(X_arr)
    if n < MIN_POINTS:
        raise ValueError(
            translate("datasets", "X must have at least {low} rows to split, got {value}").format(
                low=MIN_POINTS, value=n
            )
        )
    if not (_is_real(train_ratio) and MIN_TRAIN_RATIO <= float(train_ratio) <= MAX_TRAIN_RATIO):
        raise ValueError(
            translate(
                "datasets", "train_ratio must be between {low} and {high}, got {value}"
            ).format(
                low=number(MIN_TRAIN_RATIO), high=number(MAX_TRAIN_RATIO), value=_shown(train_ratio)
            )
        )
    rng = np.random.default_rng(_check_seed(seed))

    order = rng.permutation(n)
    n_train = min(max(round(float(train_ratio) * n), 1), n - 1)
    train, test = order[:n_train], order[n_train:]
    return X_arr[train], y_arr[train], X_arr[test], y_arr[test]
