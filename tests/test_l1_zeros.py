"""L1 gives exact zeros: a weight that a step carries across zero becomes 0 (issue 15)."""

from __future__ import annotations

import numpy as np
import pytest

from engine import OPTIMIZERS, Network, Trainer

SPEC = {
    "features": ["x1", "x2", "x2_sq", "sin_x2"],
    "hidden": [{"units": 3, "activation": "tanh"}],
    "output": {"kind": "binary"},
}


def useless_x2(constant: bool) -> tuple[np.ndarray, np.ndarray]:
    """500 points whose class is the sign of x1; x2 is pure noise, or always 0."""
    rng = np.random.default_rng(0)
    X = rng.uniform(-6, 6, (500, 2))
    if constant:
        X[:, 1] = 0.0
    return X, (X[:, 0] > 0).astype(float)


@pytest.mark.parametrize("optimizer", list(OPTIMIZERS))
def test_l1_zeroes_the_weights_of_constant_inputs_exactly(optimizer):
    X, y = useless_x2(constant=True)
    for seed in range(5):
        t = Trainer(
            Network.from_spec(SPEC, seed=seed), X, y, seed=seed, optimizer=optimizer, l1=0.01
        )
        t.run_epochs(200)
        W = t.network.params[0][0]
        assert np.all(W[1:] == 0.0), (seed, W[1:])  # x2, x2², sin x2: exactly 0
        assert np.all(W[0] != 0.0) or t.metrics()["train_accuracy"] > 0.9


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_l1_zeroes_the_weights_of_noise_inputs_exactly(optimizer):
    X, y = useless_x2(constant=False)
    for seed in range(5):
        t = Trainer(
            Network.from_spec(SPEC, seed=seed),
            X,
            y,
            seed=seed,
            optimizer=optimizer,
            l1=0.1,
            batch_size=500,
        )
        t.run_epochs(1000)
        W = t.network.params[0][0]
        assert np.all(W[1:] == 0.0), (seed, W[1:])
        assert t.metrics()["train_accuracy"] > 0.95  # and x1 still does the work


def test_without_l1_no_weight_is_clipped():
    X, y = useless_x2(constant=False)
    t = Trainer(Network.from_spec(SPEC, seed=0), X, y, seed=0)
    t.run_epochs(20)
    assert np.all(t.network.params[0][0] != 0.0)


def test_a_weight_l1_carries_across_zero_is_set_to_zero_and_others_move_as_sgd_says():
    X, y = useless_x2(constant=False)
    net = Network.from_spec(SPEC, seed=3)
    t = Trainer(net, X, y, seed=3, l1=0.5, learning_rate=0.1, batch_size=500)
    before = t.network.param_vector.copy()
    grads = t.network.loss_and_grads(X, y, 0.5)[1]
    expected = before - 0.1 * np.concatenate([np.r_[dW.ravel(), db] for dW, db in grads])
    t.step()
    after = t.network.param_vector
    weights = np.concatenate([np.r_[np.ones(W.size), np.zeros(b.size)] for W, b in net.params])
    flipped = (before * expected < 0) & (weights == 1)
    assert flipped.any()
    assert np.all(after[flipped] == 0.0)
    assert np.allclose(after[~flipped], expected[~flipped], rtol=0, atol=1e-15)
