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

import math
import numbers
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, TypeGuard

import numpy as np

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

VIEW_BOX: tuple[float, float] = (-6.0, 6.0)
"""The square every view draws: x and y both run over this range."""

MIN_POINTS = 2
MAX_POINTS = 100_000
MAX_NOISE = 0.5
MIN_CLASSES = 2
MAX_CLASSES = 8
MIN_TRAIN_RATIO = 0.1
MAX_TRAIN_RATIO = 0.9

Task = Literal["classification", "regression"]
_XY = tuple[np.ndarray, np.ndarray]
_GeneratorFn = Callable[[np.random.Generator, int, float, int], _XY]


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


# --------------------------------------------------------------------------- helpers


def _halves(n: int) -> tuple[int, int]:
    """Split n into (first, second) halves; the first gets the odd point."""
    first = (n + 1) // 2
    return first, n - first


def _class_counts(n: int, k: int) -> list[int]:
    """Share n points among k classes as evenly as possible (earlier classes get extras)."""
    return [n // k + (1 if j < n % k else 0) for j in range(k)]


def _binary_labels(n1: int, n0: int) -> np.ndarray:
    """int64 labels: n1 ones followed by n0 zeros (TFP's positive examples come first)."""
    return np.concatenate((np.ones(n1, np.int64), np.zeros(n0, np.int64)))


def _labels(counts: list[int]) -> np.ndarray:
    """int64 labels 0, 0, ..., 1, 1, ... with the given count per class."""
    return np.repeat(np.arange(len(counts), dtype=np.int64), counts)


def _jitter_in_box(rng: np.random.Generator, X: np.ndarray, sigma: float) -> np.ndarray:
    """Add N(0, sigma^2) to each coordinate, redrawing any that leave the view box.

    ``X`` must already lie inside the box; the result is then a truncated Gaussian jitter.
    """
    lo, hi = VIEW_BOX
    out = X + rng.normal(0.0, sigma, size=X.shape)
    for _ in range(100):
        bad = (out < lo) | (out > hi)
        count = int(bad.sum())
        if count == 0:
            return out
        out[bad] = X[bad] + rng.normal(0.0, sigma, size=count)
    return np.clip(out, lo, hi, out=out)  # practically unreachable for sigma <= 2.5


def _polar(r: np.ndarray, angle: np.ndarray) -> np.ndarray:
    """Points (r sin a, r cos a), TFP's convention."""
    return np.column_stack((r * np.sin(angle), r * np.cos(angle)))


# ------------------------------------------------------------ TensorFlow Playground sets


def _circle(rng: np.random.Generator, n: int, noise: float, k: int) -> _XY:
    """TFP circle: ceil(n/2) points with r ~ U(0, 2.5), the rest with r ~ U(3.5, 5).

    Angle ~ U(0, 2 pi), point (r sin a, r cos a). The label is 1 when the point shifted by
    U(-5, 5) * noise on each axis lies within radius 2.5 of the origin, else 0; the point
    itself is kept unshifted.
    """
    n_in, n_out = _halves(n)
    r = np.concatenate((rng.uniform(0.0, 2.5, n_in), rng.uniform(3.5, 5.0, n_out)))
    angle = rng.uniform(0.0, 2.0 * np.pi, n)
    X = _polar(r, angle)
    shifted = X + rng.uniform(-5.0, 5.0, size=(n, 2)) * noise
    y = (np.hypot(shifted[:, 0], shifted[:, 1]) < 2.5).astype(np.int64)
    return X, y


def _xor(rng: np.random.Generator, n: int, noise: float, k: int) -> _XY:
    """TFP xor: x, y ~ U(-5, 5), each pushed 0.3 away from 0 (zero goes negative).

    The label is 1 when (x + U(-5, 5) * noise) * (y + U(-5, 5) * noise) >= 0, else 0.
    """
    X = rng.uniform(-5.0, 5.0, size=(n, 2))
    X += np.where(X > 0, 0.3, -0.3)
    shifted = X + rng.uniform(-5.0, 5.0, size=(n, 2)) * noise
    y = (shifted[:, 0] * shifted[:, 1] >= 0).astype(np.int64)
    return X, y


def _gauss(rng: np.random.Generator, n: int, noise: float, k: int) -> _XY:
    """TFP gauss: ceil(n/2) points around (2, 2) labelled 1, the rest around (-2, -2) labelled 0.

    Each coordinate is N(centre, v), with the variance v going linearly from 0.5 to 4 as
    noise goes from 0 to 0.5. Not clipped to the view box (TFP does not either).
    """
    n1, n0 = _halves(n)
    variance = 0.5 + (4.0 - 0.5) * (noise / MAX_NOISE)
    centres = np.repeat(np.array([[2.0, 2.0], [-2.0, -2.0]]), [n1, n0], axis=0)
    X = centres + math.sqrt(variance) * rng.standard_normal((n, 2))
    return X, _binary_labels(n1, n0)


def _spiral(rng: np.random.Generator, n: int, noise: float, k: int) -> _XY:
    """TFP spiral: two arms, label 1 (ceil(n/2) points) then label 0.

    For point i of an arm of m points: r = 5 i / m, t = 1.75 * 2 pi * i / m (+ pi for label 0),
    x = r sin t + U(-1, 1) * noise, y = r cos t + U(-1, 1) * noise.
    """
    parts = []
    for m, delta in zip(_halves(n), (0.0, np.pi), strict=True):
        frac = np.arange(m) / m
        parts.append(_polar(5.0 * frac, 1.75 * 2.0 * np.pi * frac + delta))
    X = np.concatenate(parts) + rng.uniform(-1.0, 1.0, size=(n, 2)) * noise
    return X, _binary_labels(*_halves(n))


def _plane(rng: np.random.Generator, n: int, noise: float, k: int) -> _XY:
    """TFP plane (regression): x, y ~ U(-6, 6); value (x' + y') / 10, not clamped.

    x' = x + U(-6, 6) * noise and y' likewise; the point itself is kept unshifted.
    """
    X = rng.uniform(-6.0, 6.0, size=(n, 2))
    shifted = X + rng.uniform(-6.0, 6.0, size=(n, 2)) * noise
    return X, (shifted[:, 0] + shifted[:, 1]) / 10.0


_MULTI_GAUSS_CENTRES = np.array(
    [[-4.0, 2.5], [0.0, 2.5], [4.0, 2.5], [-4.0, -2.5], [0.0, -2.5], [4.0, -2.5]]
)
_MULTI_GAUSS_SIGNS = np.array([1.0, -1.0, 1.0, -1.0, 1.0, -1.0])


def _multi_gauss(rng: np.random.Generator, n: int, noise: float, k: int) -> _XY:
    """TFP multi-gauss (regression): x, y ~ U(-6, 6).

    Six centres (-4, 2.5, +), (0, 2.5, -), (4, 2.5, +), (-4, -2.5, -), (0, -2.5, +),
    (4, -2.5, -) each give sign * clamp(1 - d / 2, 0, 1), d being the distance from the point
    shifted by U(-6, 6) * noise per axis; the value is the one of largest magnitude (the
    first such centre on ties, 0 far from all).
    """
    X = rng.uniform(-6.0, 6.0, size=(n, 2))
    shifted = X + rng.uniform(-6.0, 6.0, size=(n, 2)) * noise
    d = np.linalg.norm(shifted[:, None, :] - _MULTI_GAUSS_CENTRES[None, :, :], axis=2)
    values = _MULTI_GAUSS_SIGNS * np.clip(1.0 - d / 2.0, 0.0, 1.0)
    best = np.argmax(np.abs(values), axis=1)
    return X, values[np.arange(n), best]


# ------------------------------------------------------------------------- our sets


def _moons(rng: np.random.Generator, n: int, noise: float, k: int) -> _XY:
    """Two interleaving half-moons: label 1 the upper moon (ceil(n/2) points), 0 the lower.

    With t ~ U(0, pi): upper (cos t, sin t), lower (1 - cos t, 0.5 - sin t); both centred and
    scaled by 10/3 to fill [-5, 5] x [-2.5, 2.5]. Noise adds N(0, (2 noise)^2) per coordinate
    (redrawn where it would leave the view box).
    """
    n1, n0 = _halves(n)
    t = rng.uniform(0.0, np.pi, n)
    upper = np.column_stack((np.cos(t[:n1]), np.sin(t[:n1])))
    lower = np.column_stack((1.0 - np.cos(t[n1:]), 0.5 - np.sin(t[n1:])))
    X = (np.concatenate((upper, lower)) - (0.5, 0.25)) * (10.0 / 3.0)
    X = _jitter_in_box(rng, X, 2.0 * noise)
    return X, _binary_labels(n1, n0)


_CHECKER_CELL = 3.0  # 4 x 4 cells over [-6, 6]
_CHECKER_PAD = 0.2  # gap either side of each cell border, like xor's 0.3 from the axes


def _checker_parity(X: np.ndarray) -> np.ndarray:
    cells = np.floor((X - VIEW_BOX[0]) / _CHECKER_CELL).astype(np.int64)
    return ((cells[:, 0] + cells[:, 1]) % 2 == 0).astype(np.int64)


def _checkerboard(rng: np.random.Generator, n: int, noise: float, k: int) -> _XY:
    """Checkerboard: 4 x 4 squares of side 3 over [-6, 6]^2, a generalised xor.

    Each point lies in a random square, at least 0.2 from its borders. As in TFP's xor, the
    label is taken at the point shifted by U(-3, 3) * noise per axis: 1 when the shifted
    point's square has an even column + row index (counting from the bottom-left), else 0.
    The bottom-left square is 1, so the centre 2 x 2 squares match xor's labels.
    """
    cells = rng.integers(0, 4, size=(n, 2))
    inside = rng.uniform(_CHECKER_PAD, _CHECKER_CELL - _CHECKER_PAD, size=(n, 2))
    X = VIEW_BOX[0] + cells * _CHECKER_CELL + inside
    shifted = X + rng.uniform(-3.0, 3.0, size=(n, 2)) * noise
    return X, _checker_parity(shifted)


def _k_spiral(rng: np.random.Generator, n: int, noise: float, k: int) -> _XY:
    """k spiral arms (TFP's spiral generalised): class j is arm j.

    For point i of an arm of m points: r = 5 i / m, t = 1.75 * 2 pi * i / m + 2 pi j / k.
    Noise adds N(0, s^2) per coordinate with s = noise * (5 / 1.75 / k), the radial gap
    between neighbouring arms, so noise 0.5 blurs them halfway into each other whatever k.
    """
    counts = _class_counts(n, k)
    parts = []
    for j, m in enumerate(counts):
        frac = np.arange(m) / m
        parts.append(_polar(5.0 * frac, 1.75 * 2.0 * np.pi * frac + 2.0 * np.pi * j / k))
    X = _jitter_in_box(rng, np.concatenate(parts), noise * 5.0 / 1.75 / k)
    return X, _labels(counts)


def _blobs(rng: np.random.Generator, n: int, noise: float, k: int) -> _XY:
    """k Gaussian blobs, class j centred at radius 3.5, angle pi/4 + 2 pi j / k.

    Each coordinate is N(centre, s^2) with s = 0.5 + 3 * noise (0.5 to 2), redrawn where it
    would leave the view box. k = 2 puts the blobs on the diagonal, as TFP's gauss.
    """
    counts = _class_counts(n, k)
    angles = np.pi / 4.0 + 2.0 * np.pi * np.arange(k) / k
    centres = 3.5 * np.column_stack((np.cos(angles), np.sin(angles)))
    X = np.repeat(centres, counts, axis=0)
    return _jitter_in_box(rng, X, 0.5 + 3.0 * noise), _labels(counts)


def _rings(rng: np.random.Generator, n: int, noise: float, k: int) -> _XY:
    """k concentric rings, class j the j-th from the centre.

    With spacing s = 5 / k, ring j has r ~ U((j + 0.3) s, (j + 0.7) s) and angle ~ U(0, 2 pi).
    Noise adds N(0, (noise * s)^2) per coordinate, so noise 0.5 blurs neighbouring rings
    into each other whatever k.
    """
    counts = _class_counts(n, k)
    spacing = 5.0 / k
    ring = _labels(counts)
    r = (ring + rng.uniform(0.3, 0.7, n)) * spacing
    X = _polar(r, rng.uniform(0.0, 2.0 * np.pi, n))
    return _jitter_in_box(rng, X, noise * spacing), ring


def _sine(rng: np.random.Generator, n: int, noise: float, k: int) -> _XY:
    """Sine (regression): x1, x2 ~ U(-6, 6); value sin(x1 + d) with d ~ U(-pi, pi) * noise.

    A 1-D wave along x1 (about two periods across the view), always within [-1, 1]; x2 is
    irrelevant. As in TFP's regression sets, noise shifts where the value is read, not the
    point.
    """
    X = rng.uniform(-6.0, 6.0, size=(n, 2))
    shift = rng.uniform(-np.pi, np.pi, n) * noise
    return X, np.sin(X[:, 0] + shift)


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
        _circle,
    ),
    (
        _info("xor", "Exclusive or", "classification", 2, False,
              "Opposite quadrants share a class: the label is 1 when x and y have the same sign."),
        _xor,
    ),
    (
        _info("gauss", "Gaussian", "classification", 2, False,
              "Two Gaussian clusters, around (2, 2) and (-2, -2); noise widens them."),
        _gauss,
    ),
    (
        _info("spiral", "Spiral", "classification", 2, False,
              "Two interleaved spiral arms, one per class."),
        _spiral,
    ),
    (
        _info("moons", "Moons", "classification", 2, False,
              "Two interleaving half-moons, one per class."),
        _moons,
    ),
    (
        _info("checkerboard", "Checkerboard", "classification", 2, False,
              "A 4 x 4 checkerboard of alternating classes, a bigger xor."),
        _checkerboard,
    ),
    (
        _info("k_spiral", "Spiral arms", "classification", 3, True,
              "Several interleaved spiral arms, one class per arm."),
        _k_spiral,
    ),
    (
        _info("blobs", "Blobs", "classification", 3, True,
              "Gaussian blobs evenly spaced on a circle, one class per blob."),
        _blobs,
    ),
    (
        _info("rings", "Rings", "classification", 3, True,
              "Concentric rings, one class per ring."),
        _rings,
    ),
    (
        _info("plane", "Plane", "regression", None, False,
              "A tilted plane: the value rises linearly towards the top right, (x + y) / 10."),
        _plane,
    ),
    (
        _info("multi_gauss", "Multi-Gaussian", "regression", None, False,
              "Six bumps, alternately positive and negative, on two rows."),
        _multi_gauss,
    ),
    (
        _info("sine", "Sine wave", "regression", None, False,
              "A sine wave along x1: the value is sin(x1) and ignores x2."),
        _sine,
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
        raise ValueError(f"seed must be a non-negative integer, got {_shown(seed)}")
    return int(seed)


def _check_name(name: object) -> DatasetInfo:
    if isinstance(name, str) and name in DATASETS:
        return DATASETS[name]
    choices = ", ".join(DATASETS)
    raise ValueError(f"dataset: unknown name {name!r}; choose one of {choices}")


def _check_classes(info: DatasetInfo, classes: object) -> int:
    if classes is None:
        return info.default_classes or 0
    if info.variable_classes:
        if _is_int(classes) and MIN_CLASSES <= int(classes) <= MAX_CLASSES:
            return int(classes)
        raise ValueError(
            f"classes must be an integer from {MIN_CLASSES} to {MAX_CLASSES} for {info.name}, "
            f"got {_shown(classes)}"
        )
    if info.task == "regression":
        raise ValueError(f"classes cannot be set for {info.name} (it is a regression dataset)")
    if _is_int(classes) and int(classes) == info.default_classes:
        return int(classes)
    raise ValueError(
        f"classes cannot be set for {info.name} (it has {info.default_classes} classes)"
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
            f"n_points must be an integer from {MIN_POINTS} to {MAX_POINTS}, got {_shown(n_points)}"
        )
    if not (_is_real(noise) and 0.0 <= float(noise) <= MAX_NOISE):
        raise ValueError(f"noise must be between 0 and {MAX_NOISE}, got {_shown(noise)}")
    rng_seed = _check_seed(seed)
    k = _check_classes(info, classes)
    if info.variable_classes and n < k:
        raise ValueError(
            f"n_points must be at least the number of classes ({k}) for {info.name}, got {n}"
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
        raise ValueError("X must be a numeric array of shape (n, 2)") from None
    if X_arr.ndim != 2 or X_arr.shape[1] != 2:
        raise ValueError(f"X must be a numeric array of shape (n, 2), got shape {X_arr.shape}")
    y_arr = np.asarray(y)
    if y_arr.ndim != 1 or len(y_arr) != len(X_arr):
        raise ValueError(
            f"y must be a 1-D array with one value per row of X ({len(X_arr)}), "
            f"got shape {y_arr.shape}"
        )
    n = len(X_arr)
    if n < MIN_POINTS:
        raise ValueError(f"X must have at least {MIN_POINTS} rows to split, got {n}")
    if not (_is_real(train_ratio) and MIN_TRAIN_RATIO <= float(train_ratio) <= MAX_TRAIN_RATIO):
        raise ValueError(
            f"train_ratio must be between {MIN_TRAIN_RATIO} and {MAX_TRAIN_RATIO}, "
            f"got {_shown(train_ratio)}"
        )
    rng = np.random.default_rng(_check_seed(seed))

    order = rng.permutation(n)
    n_train = min(max(round(float(train_ratio) * n), 1), n - 1)
    train, test = order[:n_train], order[n_train:]
    return X_arr[train], y_arr[train], X_arr[test], y_arr[test]
