"""Inserting a hidden layer keeps what the network computes (engine.grow; issue 15)."""

from __future__ import annotations

import numpy as np
import pytest

from engine import ACTIVATIONS, Network, Trainer, datasets, edits
from engine.grow import EXACT, keeps_function

# The largest jump in train loss an insertion may cause, by the new layer's activation:
# none (to rounding) where the identity is exact, else what the tooltip promises.
JUMP = {name: 1e-12 for name in EXACT} | {"softplus": 0.01, "silu": 0.01}
JUMP |= {"tanh": 0.05, "sigmoid": 0.05}


def trained(base: str, seed: int) -> Trainer:
    X, y = datasets.generate("circle", noise=0.0, seed=seed)
    spec = {
        "features": ["x1", "x2"],
        "hidden": [{"units": 4, "activation": base}, {"units": 3, "activation": base}],
        "output": {"kind": "binary"},
    }
    t = Trainer(
        Network.from_spec(spec, seed=seed), *datasets.split(X, y, 0.5, seed=seed), seed=seed
    )
    t.run_epochs(200)
    return t


@pytest.mark.parametrize("base", ["tanh", "relu", "sigmoid", "leaky_relu"])
def test_inserting_a_layer_keeps_the_loss_at_every_place_with_every_activation(base):
    for seed in range(2):
        t = trained(base, seed)
        net = t.network.copy()
        before = t.metrics()
        for activation in ACTIVATIONS:
            for index in range(3):
                t.replace_network(net.copy())
                width = net.layer_sizes[index]
                t.insert_layer(index, max(2, width), activation)
                after = t.metrics()
                jump = abs(after["train_loss"] - before["train_loss"])
                assert jump <= JUMP[activation], (base, seed, activation, index, jump)
                if keeps_function(activation):
                    assert after["train_accuracy"] == before["train_accuracy"]
                    assert abs(after["test_loss"] - before["test_loss"]) <= 1e-12


def test_an_exact_insert_keeps_every_output_over_the_view_and_the_data():
    t = trained("tanh", 3)
    net = t.network
    grid = np.stack(np.meshgrid(np.linspace(-6, 6, 41), np.linspace(-6, 6, 41)), -1)
    X = np.vstack([grid.reshape(-1, 2), t.X_train, t.X_test])
    for activation in EXACT:
        for index in range(3):
            grown = edits.insert_layer(net, index, 5, activation, points=t.X_train)
            assert np.allclose(grown.predict(X), net.predict(X), rtol=0, atol=1e-12)


def test_a_layer_narrower_than_the_one_before_or_asked_for_random_starts_random():
    t = trained("relu", 0)
    net = t.network
    narrow = edits.insert_layer(net, 1, 2, "relu", points=t.X_train)  # 4 neurons before it
    fresh = edits.insert_layer(net, 1, 4, "relu", start="random")
    X = t.X_train
    for other in (narrow, fresh):
        assert not np.allclose(other.predict(X), net.predict(X), atol=1e-3)
    with pytest.raises(ValueError, match="start"):
        edits.insert_layer(net, 1, 4, "relu", start="zeros")


def test_a_new_neuron_and_a_new_input_keep_the_function():
    t = trained("tanh", 1)
    net = t.network
    X = t.X_train
    for grown in (edits.add_neuron(net, 0), edits.set_feature(net, "x1_sq", True)):
        assert np.array_equal(grown.predict(X), net.predict(X))


@pytest.mark.parametrize("dataset", ["spiral", "xor"])
def test_the_jump_stays_within_the_tooltip_on_wider_inputs(dataset):
    # Squares of the inputs reach 36: the near-identity's ε must shrink to match.
    X, y = datasets.generate(dataset, noise=0.1, seed=1)
    for base in ("tanh", "relu", "sigmoid"):
        spec = {
            "features": ["x1", "x2", "x1_sq", "x2_sq", "sin_x1"],
            "hidden": [{"units": 6, "activation": base}, {"units": 4, "activation": base}],
            "output": {"kind": "binary"},
        }
        t = Trainer(Network.from_spec(spec, seed=1), *datasets.split(X, y, 0.5, seed=1), seed=1)
        t.run_epochs(100)
        net, before = t.network.copy(), t.metrics()["train_loss"]
        for activation in ACTIVATIONS:
            for index in range(3):
                t.replace_network(net.copy())
                t.insert_layer(index, net.layer_sizes[index], activation)
                jump = abs(t.metrics()["train_loss"] - before)
                assert jump <= JUMP[activation], (base, activation, index, jump)
