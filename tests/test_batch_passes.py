"""The trainer's passes into kept arrays (engine.batch_passes) give the network's own
numbers, for every activation, head, dtype, batch shape and link mask: to the rounding of
a sum taken in another order, since they fold each layer's bias into its matrix product;
and the quicker reductions the network's passes and the heads use equal NumPy's, bit for
bit."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine import Network, Trainer, batch_passes
from engine.activations import ACTIVATIONS
from engine.batch_passes import BatchPasses, bias_grads, with_ones
from engine.outputs import row_max, row_sum

HEADS = [
    {"kind": "binary"},
    {"kind": "binary", "loss": "tfp"},
    {"kind": "multiclass", "classes": 3},
    {"kind": "multiclass", "classes": 8},
    {"kind": "regression"},
]


def make_net(activation: str, output: dict, dtype: str, hidden=(9, 5, 7), seed: int = 3):
    spec = {
        "features": ["x1", "x2", "x1_sq", "sin_x1"],
        "hidden": [{"units": u, "activation": activation} for u in hidden],
        "output": output,
    }
    return Network.from_spec(spec, seed=seed, dtype=dtype)


def batch(net: Network, rows: int, seed: int):
    rng = np.random.default_rng(seed)
    X = rng.uniform(-6, 6, size=(rows, 2))
    kind = net.head.kind
    if kind == "regression":
        y = np.sin(X[:, 0])
    else:
        y = rng.integers(0, net.head.units if kind == "multiclass" else 2, rows)
    F = net.compute_features(X).astype(net.dtype)
    return F, net.head.encode_targets(y).astype(net.dtype)


def close(actual: np.ndarray, expected: np.ndarray, dtype) -> bool:
    """Equal but for rounding: within 32 units in the last place of the
    largest value (a bias left out, or a layer's δ gone astray, is off by far more)."""
    scale = float(np.max(np.abs(expected)))
    return bool(np.all(np.abs(actual - expected) <= 32 * np.finfo(dtype).eps * scale))


def network_grads(net: Network, F, T) -> np.ndarray:
    cache = net.forward(F)
    net.backward(cache, net.head.grad_logits(cache.logits, T))
    return np.concatenate([np.concatenate([gW.ravel(), gb]) for gW, gb in net.grads])


# Which layers fold their bias into the product (batch_passes.FOLD_BYTES): none but the
# first, some (in float64 a batch of 10 folds only the 5-unit layer's output into the
# next layer, one of 33 none; in float32 one of 10 folds all), or all.
FOLDS = {"none": 0, "some": 10 * 5 * 8, "all": 10**9}


@pytest.mark.parametrize("fold", list(FOLDS))
@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize("output", HEADS, ids=lambda o: f"{o['kind']}-{o.get('loss', '')}")
@pytest.mark.parametrize("activation", sorted(ACTIVATIONS))
def test_the_same_gradients_as_the_networks_own(activation, output, dtype, fold, monkeypatch):
    monkeypatch.setattr(batch_passes, "FOLD_BYTES", FOLDS[fold])
    net = make_net(activation, output, dtype)
    net.set_link_enabled(1, 2, 3, False)  # masks are the trainer's business, not the passes'
    passes = BatchPasses(net)
    for rows, seed in [(10, 0), (33, 1), (10, 2), (4, 3), (1, 4), (33, 5)]:  # shapes come back
        F, T = batch(net, rows, seed)
        expected = network_grads(net, F, T)
        net.grad_vector[...] = np.nan  # every gradient must be written afresh
        passes.gradients(with_ones(F), T)
        assert close(net.grad_vector, expected, dtype), (rows, seed)


def test_kept_arrays_stay_few():
    net = make_net("tanh", HEADS[0], "float32")
    passes = BatchPasses(net)
    for rows in range(1, 40):
        F, T = batch(net, rows, rows)
        passes.gradients(with_ones(F), T)
    assert len(passes.kept_batch_sizes) <= 2


@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize("activation", ["tanh", "relu", "elu"])
def test_training_follows_the_networks_own_passes(activation, dtype):
    """A trainer's run equals one made step by step with Network.forward/backward."""
    net = make_net(activation, HEADS[2], dtype)
    X = np.random.default_rng(0).uniform(-6, 6, size=(47, 2))
    y = np.arange(47) % 3
    trainer = Trainer(net.copy(), X, y, batch_size=10, learning_rate=0.1, seed=4)
    trainer.step(23)  # over two epochs, short last batches included
    reference = net.copy()
    order_rng = np.random.default_rng([4, 2])  # the trainer's shuffle stream
    F_all = reference.compute_features(X).astype(dtype)
    T_all = reference.head.encode_targets(y).astype(dtype)
    done = 0
    while done < 23:
        order = order_rng.permutation(47)
        F_epoch, T_epoch = F_all[order], T_all[order]
        for start in range(0, 47, 10):
            if done == 23:
                break
            network_grads(reference, F_epoch[start : start + 10], T_epoch[start : start + 10])
            reference.param_vector[...] = reference.param_vector - reference.grad_vector * 0.1
            done += 1
    assert close(trainer.network.param_vector, reference.param_vector, dtype)


def spread(seed: int, rows: int, cols: int, decades: int, dtype) -> np.ndarray:
    """Random numbers of magnitudes 10^-decades ... 10^decades, where summing order shows."""
    rng = np.random.default_rng(seed)
    scale = 10.0 ** rng.integers(-decades, decades, (rows, cols))
    return (rng.standard_normal((rows, cols)) * scale).astype(dtype)


@settings(max_examples=150, deadline=None)
@given(
    rows=st.integers(1, 300),
    cols=st.integers(1, 80),
    dtype=st.sampled_from([np.float32, np.float64]),
    seed=st.integers(0, 2**16),
)
def test_bias_grads_are_numpys_column_sums(rows, cols, dtype, seed):
    delta = spread(seed, rows, cols, 6, dtype)
    out = np.empty(cols, dtype)
    bias_grads(delta, out)
    assert np.array_equal(out, np.add.reduce(delta, axis=0))


@settings(max_examples=150, deadline=None)
@given(
    rows=st.integers(1, 60),
    cols=st.integers(1, 12),
    dtype=st.sampled_from([np.float32, np.float64]),
    seed=st.integers(0, 2**16),
    nan=st.booleans(),
)
def test_row_max_and_row_sum_are_numpys(rows, cols, dtype, seed, nan):
    rng = np.random.default_rng(seed + 1)
    x = spread(seed, rows, cols, 8, dtype)
    if nan:
        x[rng.integers(rows), rng.integers(cols)] = np.nan
    assert np.array_equal(row_max(x), x.max(axis=1, keepdims=True), equal_nan=True)
    assert np.array_equal(row_sum(x), x.sum(axis=1, keepdims=True), equal_nan=True)


@pytest.mark.parametrize("fold", list(FOLDS))
@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize("activation", ["tanh", "sigmoid", "relu", "softplus"])
def test_dropout_the_same_as_its_own_passes(activation, dtype, fold, monkeypatch):
    monkeypatch.setattr(batch_passes, "FOLD_BYTES", FOLDS[fold])
    from engine.dropout import Passes, draw_masks

    spec = make_net(activation, HEADS[2], dtype).spec
    spec["hidden"][0]["dropout"] = 0.5
    spec["hidden"][2]["dropout"] = 0.2
    net = Network.from_spec(spec, seed=5, dtype=dtype)
    passes, reference = BatchPasses(net), Passes(net)
    masks = draw_masks(np.random.default_rng(1), [0.5, 0.0, 0.2], [9, 5, 7], 40, net.dtype)
    for start, stop in [(0, 16), (16, 32), (32, 40)]:
        F, T = batch(net, stop - start, start)
        cache = reference.forward(F, masks, start)
        reference.backward(cache, net.head.grad_logits(cache.logits, T))
        expected = net.grad_vector.copy()
        net.grad_vector[...] = np.nan
        passes.gradients(with_ones(F), T, [None if m is None else m[start:stop] for m in masks])
        assert close(net.grad_vector, expected, dtype), (start, stop)
