"""Tests for engine.datasets: TFP's generation rules, our extra sets, split and validation."""

from __future__ import annotations

import dataclasses
import math
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine import datasets

NAMES = list(datasets.DATASETS)
CLASSIFICATION = [n for n, i in datasets.DATASETS.items() if i.task == "classification"]
REGRESSION = [n for n, i in datasets.DATASETS.items() if i.task == "regression"]
VARIABLE = [n for n, i in datasets.DATASETS.items() if i.variable_classes]
BOUNDED = [n for n in NAMES if n != "gauss"]  # TFP's gauss is not clipped to the view box
LO, HI = datasets.VIEW_BOX


def in_view_box(X: np.ndarray) -> bool:
    return bool(np.all((X >= LO) & (X <= HI)))


# ------------------------------------------------------------------------------ registry


def test_registry_names_order_and_metadata():
    assert NAMES == [
        "circle", "xor", "gauss", "spiral", "moons", "checkerboard",
        "k_spiral", "blobs", "rings", "plane", "multi_gauss", "sine",
    ]  # fmt: skip
    assert set(VARIABLE) == {"k_spiral", "blobs", "rings"}
    assert set(REGRESSION) == {"plane", "multi_gauss", "sine"}
    for name, info in datasets.DATASETS.items():
        assert info.name == name
        assert info.title and info.description.endswith(".")
        if info.task == "classification":
            assert info.default_points == 500
            assert info.default_classes == (3 if info.variable_classes else 2)
        else:
            assert info.default_points == 1200
            assert info.default_classes is None and not info.variable_classes
    assert datasets.VIEW_BOX == (-6.0, 6.0)
    assert datasets.MAX_POINTS == 100_000


def test_dataset_info_is_frozen():
    info = datasets.DATASETS["circle"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.title = "Other"  # type: ignore[misc]


# --------------------------------------------------------------------- every generator


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("noise", [0.0, 0.5])
def test_shapes_dtypes_and_ranges(name, noise):
    info = datasets.DATASETS[name]
    X, y = datasets.generate(name, noise=noise, seed=3)
    n = info.default_points
    assert X.shape == (n, 2) and X.dtype == np.float64 and X.flags.c_contiguous
    assert y.shape == (n,)
    assert np.all(np.isfinite(X)) and np.all(np.isfinite(y))
    if info.task == "classification":
        assert y.dtype == np.int64
        if noise > 0 and name in ("circle", "xor", "checkerboard"):
            _, y = datasets.generate(name, noise=0.0, seed=3)  # label noise unbalances circle
        counts = np.bincount(y, minlength=info.default_classes)
        assert len(counts) == info.default_classes
        expected = n / info.default_classes
        assert np.all(np.abs(counts - expected) <= 0.2 * expected), counts
    else:
        assert y.dtype == np.float64
    if name in BOUNDED:
        assert in_view_box(X)


@pytest.mark.parametrize("name", NAMES)
def test_same_seed_is_bit_identical_and_other_seed_differs(name):
    X1, y1 = datasets.generate(name, n_points=301, noise=0.2, seed=7)
    X2, y2 = datasets.generate(name, n_points=301, noise=0.2, seed=7)
    assert X1.tobytes() == X2.tobytes() and y1.tobytes() == y2.tobytes()
    X3, _ = datasets.generate(name, n_points=301, noise=0.2, seed=8)
    assert not np.array_equal(X1, X3)


@pytest.mark.parametrize("name", NAMES)
def test_odd_and_minimal_point_counts(name):
    k = datasets.DATASETS[name].default_classes or 0
    for n in (max(2, k), 7, 501):
        X, y = datasets.generate(name, n_points=n)
        assert X.shape == (n, 2) and y.shape == (n,)


@pytest.mark.parametrize("name", VARIABLE)
@pytest.mark.parametrize("k", range(2, 9))
def test_variable_class_sets_use_every_class(name, k):
    X, y = datasets.generate(name, n_points=400, noise=0.1, seed=1, classes=k)
    counts = np.bincount(y)
    assert len(counts) == k and counts.max() - counts.min() <= 1
    assert in_view_box(X)


def test_fixed_binary_sets_accept_their_own_class_count():
    X, y = datasets.generate("circle", classes=2)
    assert np.array_equal(y, datasets.generate("circle")[1])


# ------------------------------------------------------------------- TFP's rules


def test_circle_rule():
    X, y = datasets.generate("circle", noise=0.0, seed=1)
    r = np.hypot(X[:, 0], X[:, 1])
    assert np.array_equal(y, (r < 2.5).astype(np.int64))
    assert np.all(r[:250] <= 2.5) and np.all((r[250:] >= 3.5) & (r[250:] <= 5.0))


def test_xor_rule_and_padding():
    X, y = datasets.generate("xor", noise=0.0, seed=1)
    assert np.array_equal(y, (X[:, 0] * X[:, 1] >= 0).astype(np.int64))
    assert np.all(np.abs(X) >= 0.3) and np.all(np.abs(X) <= 5.3)


def test_gauss_centres_and_variance():
    X, y = datasets.generate("gauss", n_points=4000, noise=0.0, seed=1)
    assert np.all(y[:2000] == 1) and np.all(y[2000:] == 0)
    np.testing.assert_allclose(X[y == 1].mean(axis=0), [2, 2], atol=0.1)
    np.testing.assert_allclose(X[y == 0].mean(axis=0), [-2, -2], atol=0.1)
    np.testing.assert_allclose(X[y == 1].var(axis=0), [0.5, 0.5], rtol=0.1)
    X, y = datasets.generate("gauss", n_points=4000, noise=0.5, seed=1)
    np.testing.assert_allclose(X[y == 1].var(axis=0), [4, 4], rtol=0.1)


def test_spiral_rule():
    X, y = datasets.generate("spiral", noise=0.0, seed=1)
    assert np.all(y[:250] == 1) and np.all(y[250:] == 0)
    for arm in (X[:250], X[250:]):
        r = np.hypot(arm[:, 0], arm[:, 1])
        np.testing.assert_allclose(r, 5 * np.arange(250) / 250, atol=1e-12)
        assert np.all(np.diff(r) > 0)
    np.testing.assert_allclose(X[250:], -X[:250], atol=1e-12)  # second arm turned by pi
    t = 1.75 * 2 * np.pi * 100 / 250  # point 100 of the first arm
    np.testing.assert_allclose(X[100], [2 * np.sin(t), 2 * np.cos(t)], atol=1e-12)
    Xn, _ = datasets.generate("spiral", noise=0.5, seed=1)
    assert 0 < np.abs(Xn - X).max() <= 0.5


def test_plane_rule():
    X, y = datasets.generate("plane", noise=0.0, seed=1)
    np.testing.assert_allclose(y, (X[:, 0] + X[:, 1]) / 10, rtol=0, atol=1e-15)
    assert np.all(np.abs(X) <= 6)


def _tfp_multi_gauss_label(x: float, y: float) -> float:
    """TFP's getLabel, point by point, as a reference."""
    label = 0.0
    for cx, cy, sign in [(-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1),
                         (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1)]:  # fmt: skip
        d = math.hypot(x - cx, y - cy)
        new = sign * min(max(1 - d / 2, 0.0), 1.0)
        if abs(new) > abs(label):
            label = new
    return label


def test_multi_gauss_rule():
    X, y = datasets.generate("multi_gauss", n_points=300, noise=0.0, seed=1)
    expected = [_tfp_multi_gauss_label(a, b) for a, b in X]
    np.testing.assert_allclose(y, expected, atol=1e-12)
    assert np.all(np.abs(y) <= 1) and (y > 0.5).any() and (y < -0.5).any()


# ------------------------------------------------------------------------- our sets


def test_moons_shape():
    X, y = datasets.generate("moons", noise=0.0, seed=1)
    assert np.all(np.abs(X[:, 0]) <= 5 + 1e-9) and np.all(np.abs(X[:, 1]) <= 2.5 + 1e-9)
    unit = X * 0.3 + (0.5, 0.25)  # undo the scaling
    upper, lower = unit[y == 1], unit[y == 0]
    np.testing.assert_allclose(np.hypot(upper[:, 0], upper[:, 1]), 1.0, atol=1e-9)
    np.testing.assert_allclose(np.hypot(lower[:, 0] - 1, lower[:, 1] - 0.5), 1.0, atol=1e-9)
    assert np.all(upper[:, 1] >= -1e-9) and np.all(lower[:, 1] <= 0.5 + 1e-9)


def test_checkerboard_rule():
    X, y = datasets.generate("checkerboard", n_points=2000, noise=0.0, seed=1)
    cells = np.floor((X + 6) / 3).astype(int)
    assert cells.min() == 0 and cells.max() == 3
    assert np.array_equal(y, ((cells[:, 0] + cells[:, 1]) % 2 == 0).astype(np.int64))
    offset = (X + 6) - 3 * cells
    assert np.all((offset >= 0.2) & (offset <= 2.8))  # a gap along every border
    assert len(np.unique(cells, axis=0)) == 16


def test_k_spiral_with_two_arms_is_tfp_spiral():
    Xs, ys = datasets.generate("spiral", noise=0.0, seed=4)
    Xk, yk = datasets.generate("k_spiral", noise=0.0, seed=4, classes=2)
    np.testing.assert_allclose(Xk, Xs, atol=1e-12)
    assert np.array_equal(yk, 1 - ys)


def test_k_spiral_arms_are_turned_evenly():
    X, y = datasets.generate("k_spiral", n_points=300, noise=0.0, classes=3)
    arms = [X[y == j] for j in range(3)]
    turn = -2 * np.pi / 3  # t grows clockwise: x = r sin t, y = r cos t
    rot = np.array([[np.cos(turn), np.sin(turn)], [-np.sin(turn), np.cos(turn)]])
    np.testing.assert_allclose(arms[0] @ rot, arms[1], atol=1e-9)


def test_blobs_centres():
    X, y = datasets.generate("blobs", n_points=3000, noise=0.0, seed=2, classes=4)
    for j in range(4):
        angle = np.pi / 4 + 2 * np.pi * j / 4
        centre = 3.5 * np.array([np.cos(angle), np.sin(angle)])
        np.testing.assert_allclose(X[y == j].mean(axis=0), centre, atol=0.1)
        np.testing.assert_allclose(X[y == j].std(axis=0), 0.5, rtol=0.1)


def test_rings_radii():
    for k in (2, 3, 8):
        X, y = datasets.generate("rings", n_points=800, noise=0.0, seed=1, classes=k)
        r = np.hypot(X[:, 0], X[:, 1])
        s = 5 / k
        assert np.all(r >= (y + 0.3) * s - 1e-9) and np.all(r <= (y + 0.7) * s + 1e-9)


def test_sine_rule():
    X, y = datasets.generate("sine", noise=0.0, seed=1)
    np.testing.assert_allclose(y, np.sin(X[:, 0]), atol=1e-15)
    _, yn = datasets.generate("sine", noise=0.5, seed=1)
    assert np.all(np.abs(yn) <= 1)


# ---------------------------------------------------------------------- noise matters


@pytest.mark.parametrize("name", ["circle", "xor", "checkerboard"])
def test_noise_flips_labels_but_keeps_points(name):
    X0, y0 = datasets.generate(name, n_points=2000, noise=0.0, seed=5)
    X1, y1 = datasets.generate(name, n_points=2000, noise=0.5, seed=5)
    assert np.array_equal(X0, X1)
    assert np.mean(y0 != y1) > 0.1


@pytest.mark.parametrize("name", REGRESSION)
def test_noise_changes_regression_values(name):
    X0, y0 = datasets.generate(name, noise=0.0, seed=5)
    X1, y1 = datasets.generate(name, noise=0.5, seed=5)
    assert np.array_equal(X0, X1)
    assert np.mean(np.abs(y1 - y0)) > 0.1


@pytest.mark.parametrize("name", ["gauss", "spiral", "moons", "k_spiral", "blobs", "rings"])
def test_noise_moves_points(name):
    X0, y0 = datasets.generate(name, noise=0.0, seed=5)
    X1, y1 = datasets.generate(name, noise=0.5, seed=5)
    assert np.array_equal(y0, y1)
    assert np.mean(np.hypot(*(X1 - X0).T)) > 0.15


def test_noise_grows_gradually():
    spreads = [
        np.mean(np.abs(datasets.generate("moons", noise=v, seed=5)[0]
                       - datasets.generate("moons", noise=0.0, seed=5)[0]))
        for v in (0.1, 0.3, 0.5)
    ]  # fmt: skip
    assert spreads[0] < spreads[1] < spreads[2]


# ----------------------------------------------------------------------------- split


def _indexed(n: int) -> tuple[np.ndarray, np.ndarray]:
    X = np.column_stack((np.arange(n, dtype=float), np.zeros(n)))
    return X, np.arange(n)


@pytest.mark.parametrize("ratio", [0.1, 0.3, 0.5, 0.75, 0.9])
def test_split_sizes_disjoint_and_complete(ratio):
    X, y = _indexed(500)
    Xtr, ytr, Xte, yte = datasets.split(X, y, train_ratio=ratio, seed=2)
    assert len(Xtr) == len(ytr) == round(ratio * 500)
    assert len(Xte) == len(yte) == 500 - round(ratio * 500)
    assert np.array_equal(Xtr[:, 0], ytr) and np.array_equal(Xte[:, 0], yte)  # rows stay paired
    assert set(ytr).isdisjoint(yte) and set(ytr) | set(yte) == set(range(500))


def test_split_shuffles_deterministically_and_returns_copies():
    X, y = datasets.generate("circle", seed=1)
    a = datasets.split(X, y, seed=3)
    b = datasets.split(X, y, seed=3)
    c = datasets.split(X, y, seed=4)
    for u, v in zip(a, b, strict=True):
        assert np.array_equal(u, v)
    assert not np.array_equal(a[0], c[0])
    assert not np.array_equal(a[1], y[:250])  # shuffled, not the first half
    X_before, y_before = X.copy(), y.copy()
    for part in a:
        part[...] = 0
    assert np.array_equal(X, X_before) and np.array_equal(y, y_before)


def test_split_never_leaves_a_part_empty():
    X, y = _indexed(3)
    Xtr, _, Xte, _ = datasets.split(X, y, train_ratio=0.1)
    assert len(Xtr) == 1 and len(Xte) == 2
    Xtr, _, Xte, _ = datasets.split(X, y, train_ratio=0.9)
    assert len(Xtr) == 2 and len(Xte) == 1


# ------------------------------------------------------------------------ validation


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": "foo"}, "dataset: unknown name 'foo'; choose one of circle, xor, gauss"),
        ({"name": 3}, "dataset: unknown name 3; choose one of circle"),
        ({"name": "circle", "noise": 0.7}, "noise must be between 0 and 0.5, got 0.7"),
        ({"name": "circle", "noise": -0.1}, "noise must be between 0 and 0.5, got -0.1"),
        ({"name": "circle", "noise": float("nan")}, "noise must be between 0 and 0.5, got nan"),
        ({"name": "circle", "noise": float("inf")}, "noise must be between 0 and 0.5, got inf"),
        ({"name": "circle", "noise": "0.1"}, "noise must be between 0 and 0.5, got '0.1'"),
        ({"name": "circle", "noise": True}, "noise must be between 0 and 0.5, got True"),
        ({"name": "circle", "n_points": 0}, "n_points must be an integer from 2 to 100000, got 0"),
        ({"name": "circle", "n_points": 100_001}, "n_points must be an integer from 2 to 100000, got 100001"),
        ({"name": "circle", "n_points": 10.0}, "n_points must be an integer from 2 to 100000, got 10.0"),
        ({"name": "circle", "n_points": float("nan")}, "n_points must be an integer .* got nan"),
        ({"name": "k_spiral", "classes": 9}, "classes must be an integer from 2 to 8 for k_spiral, got 9"),
        ({"name": "rings", "classes": 1}, "classes must be an integer from 2 to 8 for rings, got 1"),
        ({"name": "blobs", "classes": 3.0}, "classes must be an integer from 2 to 8 for blobs, got 3.0"),
        ({"name": "circle", "classes": 3}, "classes cannot be set for circle (it has 2 classes)"),
        ({"name": "plane", "classes": 2}, "classes cannot be set for plane (it is a regression dataset)"),
        ({"name": "rings", "n_points": 5, "classes": 8}, "n_points must be at least the number of classes (8) for rings, got 5"),
        ({"name": "circle", "seed": -1}, "seed must be a non-negative integer, got -1"),
        ({"name": "circle", "seed": 1.5}, "seed must be a non-negative integer, got 1.5"),
        ({"name": "circle", "seed": None}, "seed must be a non-negative integer, got None"),
    ],
)  # fmt: skip
def test_generate_rejects_bad_arguments(kwargs, message):
    with pytest.raises(ValueError, match=re.escape(message) if ".*" not in message else message):
        datasets.generate(**kwargs)


def test_generate_accepts_numpy_scalars():
    X, _ = datasets.generate("rings", n_points=np.int64(50), noise=np.float32(0.2),
                             seed=np.uint32(4), classes=np.int8(4))  # fmt: skip
    assert X.shape == (50, 2)


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        ((), {"train_ratio": 0.95}, "train_ratio must be between 0.1 and 0.9, got 0.95"),
        ((), {"train_ratio": 0.05}, "train_ratio must be between 0.1 and 0.9, got 0.05"),
        ((), {"train_ratio": float("nan")}, "train_ratio must be between 0.1 and 0.9, got nan"),
        ((), {"train_ratio": "half"}, "train_ratio must be between 0.1 and 0.9, got 'half'"),
        ((), {"seed": 2.5}, "seed must be a non-negative integer, got 2.5"),
        ((), {"seed": -3}, "seed must be a non-negative integer, got -3"),
        ((np.zeros((4, 3)), np.zeros(4)), {}, "X must be a numeric array of shape (n, 2), got shape (4, 3)"),
        ((np.zeros((4, 2)), np.zeros(3)), {}, "y must be a 1-D array with one value per row of X (4), got shape (3,)"),
        ((np.zeros((1, 2)), np.zeros(1)), {}, "X must have at least 2 rows to split, got 1"),
        (([["a", "b"]], [0]), {}, "X must be a numeric array of shape (n, 2)"),
    ],
)  # fmt: skip
def test_split_rejects_bad_arguments(args, kwargs, message):
    if not args:
        args = datasets.generate("circle", n_points=20)
    with pytest.raises(ValueError, match=re.escape(message)):
        datasets.split(*args, **kwargs)


# ---------------------------------------------------------------------------- property


@st.composite
def valid_arguments(draw):
    name = draw(st.sampled_from(NAMES))
    info = datasets.DATASETS[name]
    classes = draw(st.integers(2, 8)) if info.variable_classes else None
    n_points = draw(st.integers(max(2, classes or 2), 2000))
    noise = draw(st.floats(0.0, 0.5, allow_nan=False))
    seed = draw(st.integers(0, 2**63))
    return {"name": name, "n_points": n_points, "noise": noise, "seed": seed, "classes": classes}


@settings(max_examples=60, deadline=None)
@given(valid_arguments())
def test_valid_arguments_give_sane_data(kwargs):
    info = datasets.DATASETS[kwargs["name"]]
    X, y = datasets.generate(**kwargs)
    n = kwargs["n_points"]
    assert X.shape == (n, 2) and y.shape == (n,)
    assert np.all(np.isfinite(X)) and np.all(np.isfinite(y))
    if kwargs["name"] in BOUNDED:
        assert in_view_box(X)
    if info.task == "classification":
        k = kwargs["classes"] or info.default_classes
        assert y.dtype == np.int64 and y.min() >= 0 and y.max() < k
    elif kwargs["name"] != "plane":  # plane's value is (x' + y') / 10, unclamped as in TFP
        assert np.all(np.abs(y) <= 1)
    Xtr, ytr, Xte, yte = datasets.split(X, y, train_ratio=0.5, seed=kwargs["seed"])
    assert len(Xtr) + len(Xte) == n and len(ytr) == len(Xtr) and len(yte) == len(Xte)
