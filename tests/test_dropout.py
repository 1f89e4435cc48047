"""Dropout (engine.dropout): the spec key, its gradients with a fixed mask (finite
differences and PyTorch), determinism, exact states, and that nothing but training drops."""

from __future__ import annotations

import numpy as np
import pytest

from engine import Network, Trainer, datasets, edits, trace_sample, validate_spec
from engine.checkpoints import Timeline
from engine.dropout import draw_masks, loss_and_grads, sample_masks

XY = ["x1", "x2"]


def spec(*hidden: dict, output: dict | None = None, features=XY) -> dict:
    return {
        "features": list(features),
        "hidden": list(hidden),
        "output": output or {"kind": "binary"},
    }


def layer(units: int, activation: str = "tanh", dropout: float | None = None) -> dict:
    out: dict = {"units": units, "activation": activation}
    if dropout is not None:
        out["dropout"] = dropout
    return out


def data(n: int = 60, seed: int = 1):
    X, y = datasets.generate("xor", n_points=n, noise=0.1, seed=seed)
    return X, y


def fixed_masks(net: Network, n: int, seed: int = 5) -> list:
    """A mask per hidden layer (None where its rate is 0), as a training step draws them."""
    rates = [h.get("dropout", 0.0) for h in net.spec["hidden"]]
    rng = np.random.default_rng(seed)
    return draw_masks(rng, rates, net.layer_sizes[1:-1], n, net.dtype)


# ------------------------------------------------------------------------ the spec
def test_spec_keeps_a_rate_and_writes_zero_as_none():
    norm = validate_spec(spec(layer(8, "relu", 0.5), layer(2, dropout=0)))
    assert norm["hidden"] == [
        {"units": 8, "activation": "relu", "dropout": 0.5},
        {"units": 2, "activation": "tanh"},
    ]
    assert validate_spec(spec(layer(3, dropout=0.9)))["hidden"][0]["dropout"] == 0.9


@pytest.mark.parametrize("bad", [1.5, -0.1, 0.95, "0.5", True, float("nan"), [0.5]])
def test_a_bad_rate_is_refused_naming_the_field(bad):
    with pytest.raises(ValueError, match=r"spec\.hidden\[1\]\.dropout must be a number from 0"):
        validate_spec(spec(layer(2), layer(2, dropout=bad)))


def test_unknown_keys_are_refused_not_ignored():
    with pytest.raises(ValueError) as err:
        validate_spec(spec(layer(8) | {"droput": 0.5}))
    assert "spec.hidden[0]" in str(err.value) and "'droput'" in str(err.value)
    assert "allowed: units, activation, dropout" in str(err.value)
    with pytest.raises(ValueError, match=r"spec\.output has unknown keys \['clases'\]"):
        validate_spec(spec(output={"kind": "multiclass", "classes": 3, "clases": 3}))
    with pytest.raises(ValueError, match="unknown"):
        Network.from_spec(spec(layer(2) | {"rate": 0.1}))


# ------------------------------------------------------------------ the gradients
GRAD_CASES = {
    "tanh": (spec(layer(5, "tanh", 0.5), layer(3, "tanh")), 0.0),
    "relu-both-l2": (spec(layer(4, "relu", 0.3), layer(3, "elu", 0.6)), 0.05),
    "sigmoid-multi": (
        spec(layer(4, "sigmoid", 0.9), output={"kind": "multiclass", "classes": 3}),
        0.0,
    ),
    "silu-regression": (
        spec(layer(3, "silu"), layer(4, "softplus", 0.25), output={"kind": "regression"}),
        0.01,
    ),
}


def _case(name: str, dtype: str = "float64"):
    sp, l2 = GRAD_CASES[name]
    net = Network.from_spec(sp, seed=3, dtype=dtype)
    for _, b in net.params:  # biases off zero, so that every path is exercised
        b[...] = np.linspace(-0.3, 0.3, b.size)
    kind = sp["output"]["kind"]
    X, y = data(9)
    if kind == "multiclass":
        y = np.arange(9) % 3
    elif kind == "regression":
        y = np.sin(X[:, 0])
    return net, X, y, l2


@pytest.mark.parametrize("name", GRAD_CASES)
def test_gradients_with_a_fixed_mask_match_finite_differences(name):
    net, X, y, l2 = _case(name)
    masks = fixed_masks(net, len(X))
    assert any(m is not None and (m == 0).any() for m in masks)  # some neuron is dropped
    _, grads = loss_and_grads(net, X, y, masks, l2=l2)
    flat = net.param_vector
    analytic = np.concatenate([np.concatenate([dW.ravel(), db]) for dW, db in grads])
    numeric = np.empty_like(flat)
    for i in range(flat.size):
        keep = flat[i]
        flat[i] = keep + 1e-6
        up = loss_and_grads(net, X, y, masks, l2=l2)[0]
        flat[i] = keep - 1e-6
        down = loss_and_grads(net, X, y, masks, l2=l2)[0]
        flat[i] = keep
        numeric[i] = (up - down) / 2e-6
    np.testing.assert_allclose(analytic, numeric, rtol=1e-5, atol=1e-7)
    # The mask matters: without it the gradient is another one.
    _, plain = net.loss_and_grads(X, y, l2=l2)
    assert not np.allclose(plain[0][0], grads[0][0])


@pytest.mark.parametrize("name", GRAD_CASES)
def test_gradients_with_a_fixed_mask_match_pytorch(name):
    torch = pytest.importorskip("torch")
    F = torch.nn.functional
    acts = {
        "tanh": torch.tanh,
        "relu": torch.relu,
        "elu": lambda z: F.elu(z, 1.0),
        "sigmoid": torch.sigmoid,
        "silu": F.silu,
        "softplus": lambda z: torch.log1p(torch.exp(z)),
    }
    net, X, y, l2 = _case(name)
    masks = fixed_masks(net, len(X))
    loss, grads = loss_and_grads(net, X, y, masks, l2=l2)

    Xt = torch.tensor(X, dtype=torch.float64)
    h = Xt  # the features are x1, x2 in every case
    tparams = []
    hidden = net.spec["hidden"]
    for k, (W, b) in enumerate(net.params):
        Wt = torch.tensor(np.array(W), dtype=torch.float64, requires_grad=True)
        bt = torch.tensor(np.array(b), dtype=torch.float64, requires_grad=True)
        tparams.append((Wt, bt))
        h = h @ Wt + bt
        if k < len(hidden):
            h = acts[hidden[k]["activation"]](h)
            if masks[k] is not None:  # inverted dropout with the same mask
                h = h * torch.tensor(masks[k], dtype=torch.float64)
    kind = net.spec["output"]["kind"]
    if kind == "binary":
        data_loss = F.binary_cross_entropy_with_logits(
            h[:, 0], torch.tensor(y, dtype=torch.float64)
        )
    elif kind == "multiclass":
        data_loss = F.cross_entropy(h, torch.tensor(y, dtype=torch.long))
    else:
        data_loss = torch.mean(0.5 * (h[:, 0] - torch.tensor(y, dtype=torch.float64)) ** 2)
    tloss = data_loss + sum(l2 * 0.5 * (Wt**2).sum() for Wt, _ in tparams)
    tloss.backward()
    np.testing.assert_allclose(loss, tloss.item(), rtol=1e-10, atol=1e-12)
    for k, ((dW, db), (Wt, bt)) in enumerate(zip(grads, tparams, strict=True)):
        np.testing.assert_allclose(dW, Wt.grad.numpy(), rtol=1e-8, atol=1e-10, err_msg=f"W{k}")
        np.testing.assert_allclose(db, bt.grad.numpy(), rtol=1e-8, atol=1e-10, err_msg=f"b{k}")


def test_a_training_step_uses_its_epochs_masks_row_by_row():
    """One full-batch step: the trainer's gradient is loss_and_grads on the epoch's
    shuffled points with masks drawn from the trainer's dropout generator, (seed, 3)."""
    sp = spec(layer(6, "tanh", 0.5), layer(3, "relu", 0.2))
    X, y = data(40)
    net = Network.from_spec(sp, seed=2)
    before = net.copy()
    t = Trainer(net, X, y, batch_size=40, seed=7)
    t.step(1)
    order = np.random.default_rng([7, 2]).permutation(40)
    masks = draw_masks(np.random.default_rng([7, 3]), [0.5, 0.2], [6, 3], 40, np.float64)
    _, grads = loss_and_grads(before, X[order], y[order], masks)
    expected = np.concatenate([np.concatenate([dW.ravel(), db]) for dW, db in grads])
    np.testing.assert_allclose(net.grad_vector, expected, rtol=1e-12, atol=1e-15)


def test_about_the_rate_of_neurons_is_dropped_and_the_rest_scaled():
    (m,) = draw_masks(np.random.default_rng(0), [0.3], [8], 5000, np.float64)
    assert set(np.unique(m)) == {0.0, 1 / 0.7}
    assert abs((m == 0).mean() - 0.3) < 0.01


# ------------------------------------------------------------------ determinism
def train(sp: dict, dtype: str = "float64", epochs: int = 15, seed: int = 4) -> Trainer:
    X, y = data(80)
    net = Network.from_spec(sp, seed=1, dtype=dtype)
    t = Trainer(net, X[:60], y[:60], X[60:], y[60:], batch_size=7, seed=seed, learning_rate=0.1)
    t.run_epochs(epochs)
    return t


@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_the_same_seed_gives_bit_identical_weights(dtype):
    sp = spec(layer(6, "tanh", 0.5), layer(4, "relu", 0.25))
    a, b = train(sp, dtype), train(sp, dtype)
    assert a.network.dtype == dtype
    assert np.array_equal(a.network.param_vector, b.network.param_vector)
    assert a.history.to_dict() == b.history.to_dict()
    plain = train(spec(layer(6, "tanh"), layer(4, "relu")), dtype)
    assert not np.array_equal(a.network.param_vector, plain.network.param_vector)
    other_seed = train(sp, dtype, seed=5)
    assert not np.array_equal(a.network.param_vector, other_seed.network.param_vector)


def test_rate_zero_trains_bit_for_bit_like_no_dropout():
    a = train(spec(layer(6, "tanh", 0), layer(4, "relu", 0.0)))
    b = train(spec(layer(6, "tanh"), layer(4, "relu")))
    assert np.array_equal(a.network.param_vector, b.network.param_vector)
    assert a.get_state().dropout == b.get_state().dropout  # nothing was drawn


def test_evaluation_history_and_maps_never_drop():
    t = train(spec(layer(6, "tanh", 0.9), layer(4, "relu", 0.5)), epochs=3)
    net = t.network
    plain_spec = spec(layer(6, "tanh"), layer(4, "relu"))
    plain = Network(plain_spec, [(W, b) for W, b in net.params])
    X, y = t.X_test, t.y_test
    assert net.evaluate(X, y) == plain.evaluate(X, y)
    assert np.array_equal(net.predict(X), plain.predict(X))
    assert t.metrics()["test_loss"] == plain.evaluate(X, y)[0]
    assert t.history.train_losses()[-1] == plain.evaluate(t.X_train, t.y_train)[0]
    maps, plain_maps = net.grid_maps(20), plain.grid_maps(20)
    assert np.array_equal(maps["output"], plain_maps["output"])
    for a, b in zip(maps["neurons"], plain_maps["neurons"], strict=True):
        assert np.array_equal(a, b)
    loss, grads = net.loss_and_grads(X, y)
    assert loss == plain.loss_and_grads(X, y)[0]


# --------------------------------------------------------------- exact states
def test_get_state_and_set_state_are_exact_mid_epoch():
    sp = spec(layer(6, "tanh", 0.5), layer(4, "relu", 0.3))
    t = train(sp, epochs=2)
    t.step(3)  # mid-epoch: the epoch's masks are in use
    assert t.position
    state = t.get_state()
    t.run_epochs(3)
    ahead = t.network.param_vector.copy()
    t.set_state(state)
    t.run_epochs(3)
    assert np.array_equal(t.network.param_vector, ahead)
    # Into a trainer of its own, as the training process does it.
    X, y = data(80)
    other = Trainer(t.network.copy(), X[:60], y[:60], X[60:], y[60:], batch_size=7, seed=4)
    other.set_state(state)
    other.run_epochs(3)
    assert np.array_equal(other.network.param_vector, ahead)


def test_rewind_replays_the_same_masks():
    t = train(spec(layer(6, "tanh", 0.5)), epochs=0)
    timeline = Timeline()
    timeline.sync(t)
    seen = {}
    for _ in range(8):
        t.run_epochs(1)
        timeline.record(t)
        seen[t.epoch] = t.network.param_vector.copy()
    timeline.view(t, 3)
    timeline.replay(t)
    assert np.array_equal(t.network.param_vector, seen[3])
    timeline.resume(t)
    t.run_epochs(2)
    assert np.array_equal(t.network.param_vector, seen[5])


def test_a_rate_changed_mid_epoch_trains_the_same_every_time():
    def run() -> np.ndarray:
        t = train(spec(layer(6, "tanh", 0.5), layer(3)), epochs=1)
        t.step(2)
        t.replace_network(edits.set_dropout(t.network, 1, 0.4))
        t.step(3)
        t.replace_network(edits.add_neuron(t.network, 0))
        t.run_epochs(2)
        return t.network.param_vector.copy()

    assert np.array_equal(run(), run())


# ------------------------------------------------------------------ edits keep it
def test_edits_that_keep_weights_keep_the_rate():
    net = Network.from_spec(spec(layer(3, "tanh", 0.5), layer(2, "relu", 0.2)), seed=0)
    rates = lambda n: [h.get("dropout", 0.0) for h in n.spec["hidden"]]  # noqa: E731
    assert rates(edits.add_neuron(net, 0)) == [0.5, 0.2]
    assert rates(edits.remove_neuron(net, 1, 0)) == [0.5, 0.2]
    assert rates(edits.set_activation(net, 0, "elu")) == [0.5, 0.2]
    removed = edits.remove_layer(net, 0)
    assert rates(removed) == [0.2]
    assert rates(edits.put_layer(removed, 0, edits.layer_part(net, 0))) == [0.5, 0.2]
    assert rates(edits.insert_layer(net, 1, 2)) == [0.5, 0.0, 0.2]
    changed = edits.set_dropout(net, 1, 0.0)
    assert rates(changed) == [0.5, 0.0]
    assert np.array_equal(changed.param_vector, net.param_vector)
    with pytest.raises(ValueError, match="hidden layer 1's dropout must be a number from 0"):
        edits.set_dropout(net, 0, 1.5)


# -------------------------------------------------------------- the walkthrough
def test_the_traced_sample_equals_the_engine_with_the_same_mask():
    net = Network.from_spec(spec(layer(5, "tanh", 0.5), layer(3, "relu", 0.4)), seed=6)
    X, y = data(10)
    masks = sample_masks(net, seed=0, steps=3)
    assert any((m == 0).any() for m in masks)
    tr = trace_sample(net, X[2], y[2], l2=0.01, dropout=masks)
    loss, grads = loss_and_grads(net, X[2:3], y[2:3], [m[None] for m in masks], l2=0.01)
    assert tr.loss == pytest.approx(loss, rel=1e-12)
    for k, (dW, db) in enumerate(grads):
        np.testing.assert_allclose(tr.dW[k], dW, rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(tr.db[k], db, rtol=1e-12, atol=1e-15)
    dropped = masks[0] == 0
    assert np.all(tr.a[1][dropped] == 0) and np.all(tr.delta[0][dropped] == 0)
    np.testing.assert_allclose(tr.a[1][~dropped], 2 * tr.before_dropout[0][~dropped])


def test_trainer_trace_shows_a_mask_and_leaves_training_alone():
    sp = spec(layer(6, "tanh", 0.5))
    a, b = train(sp, epochs=2), train(sp, epochs=2)
    tr = a.trace(a.X_train[0], a.y_train[0].item())
    assert tr.dropout[0] is not None
    np.testing.assert_array_equal(tr.dropout[0], sample_masks(a.network, a.seed, a.steps)[0])
    a.run_epochs(2)
    b.run_epochs(2)
    assert np.array_equal(a.network.param_vector, b.network.param_vector)
