"""The shapes of the built-in datasets: one generator per dataset (engine.datasets names,
checks and calls them). Each takes a generator of random numbers, the number of points,
the noise (0 to 0.5) and the number of classes, and returns the points and their labels
or values.
"""

from __future__ import annotations

import math

import numpy as np

XY = tuple[np.ndarray, np.ndarray]

VIEW_BOX: tuple[float, float] = (-6.0, 6.0)
"""The square every view draws: x and y both run over this range."""
MAX_NOISE = 0.5


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


def circle(rng: np.random.Generator, n: int, noise: float, k: int) -> XY:
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


def xor(rng: np.random.Generator, n: int, noise: float, k: int) -> XY:
    """TFP xor: x, y ~ U(-5, 5), each pushed 0.3 away from 0 (zero goes negative).

    The label is 1 when (x + U(-5, 5) * noise) * (y + U(-5, 5) * noise) >= 0, else 0.
    """
    X = rng.uniform(-5.0, 5.0, size=(n, 2))
    X += np.where(X > 0, 0.3, -0.3)
    shifted = X + rng.uniform(-5.0, 5.0, size=(n, 2)) * noise
    y = (shifted[:, 0] * shifted[:, 1] >= 0).astype(np.int64)
    return X, y


def gauss(rng: np.random.Generator, n: int, noise: float, k: int) -> XY:
    """TFP gauss: ceil(n/2) points around (2, 2) labelled 1, the rest around (-2, -2) labelled 0.

    Each coordinate is N(centre, v), with the variance v going linearly from 0.5 to 4 as
    noise goes from 0 to 0.5. Not clipped to the view box (TFP does not either).
    """
    n1, n0 = _halves(n)
    variance = 0.5 + (4.0 - 0.5) * (noise / MAX_NOISE)
    centres = np.repeat(np.array([[2.0, 2.0], [-2.0, -2.0]]), [n1, n0], axis=0)
    X = centres + math.sqrt(variance) * rng.standard_normal((n, 2))
    return X, _binary_labels(n1, n0)


def spiral(rng: np.random.Generator, n: int, noise: float, k: int) -> XY:
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


def plane(rng: np.random.Generator, n: int, noise: float, k: int) -> XY:
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


def multi_gauss(rng: np.random.Generator, n: int, noise: float, k: int) -> XY:
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


def moons(rng: np.random.Generator, n: int, noise: float, k: int) -> XY:
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


def checkerboard(rng: np.random.Generator, n: int, noise: float, k: int) -> XY:
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


def k_spiral(rng: np.random.Generator, n: int, noise: float, k: int) -> XY:
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


def blobs(rng: np.random.Generator, n: int, noise: float, k: int) -> XY:
    """k Gaussian blobs, class j centred at radius 3.5, angle pi/4 + 2 pi j / k.

    Each coordinate is N(centre, s^2) with s = 0.5 + 3 * noise (0.5 to 2), redrawn where it
    would leave the view box. k = 2 puts the blobs on the diagonal, as TFP's gauss.
    """
    counts = _class_counts(n, k)
    angles = np.pi / 4.0 + 2.0 * np.pi * np.arange(k) / k
    centres = 3.5 * np.column_stack((np.cos(angles), np.sin(angles)))
    X = np.repeat(centres, counts, axis=0)
    return _jitter_in_box(rng, X, 0.5 + 3.0 * noise), _labels(counts)


def rings(rng: np.random.Generator, n: int, noise: float, k: int) -> XY:
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


def sine(rng: np.random.Generator, n: int, noise: float, k: int) -> XY:
    """Sine (regression): x1, x2 ~ U(-6, 6); value sin(x1 + d) with d ~ U(-pi, pi) * noise.

    A 1-D wave along x1 (about two periods across the view), always within [-1, 1]; x2 is
    irrelevant. As in TFP's regression sets, noise shifts where the value is read, not the
    point.
    """
    X = rng.uniform(-6.0, 6.0, size=(n, 2))
    shift = rng.uniform(-np.pi, np.pi, n) * noise
    return X, np.sin(X[:, 0] + shift)
