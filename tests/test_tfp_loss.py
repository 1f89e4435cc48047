"""TensorFlow Playground's loss as a choice: the engine trains as its nn.ts does, step for
step (tests/tfp_port.py is an independent port of it), and the choice is validated."""

from __future__ import annotations

import numpy as np
import pytest

from engine import Network, Trainer, datasets
from engine.tfp import INIT_BIAS
from tests import tfp_port

FEATURES = ["x1", "x2", "x1_sq", "x2_sq"]


def _spec(activation: str = "tanh", loss: str = "tfp") -> dict:
    return {
        "features": FEATURES,
        "hidden": [{"units": 4, "activation": activation}, {"units": 2, "activation": activation}],
        "output": {"kind": "binary", "loss": loss},
    }


def _data(seed: int):
    X, y = datasets.generate("xor", noise=0.2, seed=seed, n_points=200)
    return datasets.split(X, y, train_ratio=0.5, seed=seed)  # 100 training points


def _port_of(net: Network, activation: str, reg: str) -> list:
    weights = [W.tolist() for W, _ in net.params]
    biases = [b.tolist() for _, b in net.params]
    rule = {"none": None, "l1": tfp_port.L1, "l2": tfp_port.L2}[reg]
    return tfp_port.build_network(weights, biases, tfp_port.ACTIVATIONS[activation], rule)


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("batch", [1, 10])
@pytest.mark.parametrize(("reg", "activation"), [("none", "tanh"), ("l1", "tanh"), ("l2", "relu")])
def test_engine_equals_tensorflow_playground_step_for_step(seed, batch, reg, activation):
    Xtr, ytr, Xte, yte = _data(seed)
    rate = {"none": 0.0, "l1": 0.01, "l2": 0.03}[reg]
    lr = 0.03  # TensorFlow Playground's default
    net = Network.from_spec(_spec(activation), seed=seed)
    trainer = Trainer(
        net,
        Xtr,
        ytr,
        Xte,
        yte,
        batch_size=batch,
        learning_rate=lr,
        shuffle=False,
        l1=rate if reg == "l1" else 0.0,
        l2=rate if reg == "l2" else 0.0,
    )
    port = _port_of(net, activation, reg)
    labels_tr = [1.0 if v else -1.0 for v in ytr]  # TensorFlow Playground's labels
    labels_te = [1.0 if v else -1.0 for v in yte]
    worst = [0.0]

    def compare() -> None:  # after each of the port's updates: the engine takes one step
        trainer.step(1)
        gap = np.abs(trainer.network.param_vector - tfp_port.weights_and_biases(port)).max()
        worst[0] = max(worst[0], float(gap))

    epochs = 3 if batch == 1 else 30  # 300 updates either way
    for _ in range(epochs):
        tfp_port.one_step(port, FEATURES, Xtr.tolist(), labels_tr, batch, lr, rate, compare)
        m = trainer.metrics()
        assert m["train_loss"] == pytest.approx(
            tfp_port.get_loss(port, FEATURES, Xtr.tolist(), labels_tr), abs=1e-9
        )
        assert m["test_loss"] == pytest.approx(
            tfp_port.get_loss(port, FEATURES, Xte.tolist(), labels_te), abs=1e-9
        )
    assert trainer.steps == 300
    assert worst[0] < 1e-9
    assert trainer.history.train_losses()[-1] == pytest.approx(m["train_loss"], abs=0)
    if reg == "l1":  # the run exercised TensorFlow Playground's L1 rule: some links died
        dead = [link for layer in port[1:] for n in layer for link in n.input_links if link.is_dead]
        assert dead
        assert np.sum(trainer.network.param_vector == 0.0) == len(dead)


def test_the_choice_starts_as_tensorflow_playground_and_is_refused_where_it_does_not_fit():
    net = Network.from_spec(_spec(), seed=3)
    for W, b in net.params:
        assert np.all(np.abs(W) < 0.5) and W.std() > 0.1  # U(−0.5, 0.5)
        assert np.all(b == INIT_BIAS)
    assert net.spec["output"] == {"kind": "binary", "loss": "tfp"}
    assert Network.from_spec(_spec(loss="default")).spec["output"] == {"kind": "binary"}
    assert np.all(Network.from_spec(_spec(loss="default")).params[0][1] == 0.0)
    with pytest.raises(ValueError, match=r"spec\.output\.loss must be one of default, tfp"):
        Network.from_spec(_spec(loss="hinge"))
    for output in ({"kind": "multiclass", "classes": 3}, {"kind": "regression"}):
        with pytest.raises(ValueError, match=r"spec\.output\.loss 'tfp'.*binary output only"):
            Network.from_spec({**_spec(), "output": {**output, "loss": "tfp"}})
    with pytest.raises(ValueError, match="shuffle must be True or False"):
        Trainer(net, *_data(0)[:2], shuffle=0)


def test_labels_stay_0_1_at_the_api_and_the_loss_is_half_the_squared_error_of_tanh():
    net = Network.from_spec(_spec(), seed=0)
    X = np.array([[1.0, 2.0], [-1.0, 0.5], [0.3, -2.0]])
    y = np.array([1, 0, 1])
    z = net.logits(net.compute_features(X))[:, 0]
    t = np.where(y == 1, 1.0, -1.0)
    loss, grads = net.loss_and_grads(X, y)
    assert loss == pytest.approx(np.mean(0.5 * (np.tanh(z) - t) ** 2), abs=1e-15)
    assert net.predict(X) == pytest.approx((1 + np.tanh(z)) / 2, abs=1e-15)
    with pytest.raises(ValueError, match="integer labels from 0 to 1"):
        net.loss_and_grads(X, np.array([1, -1, 1]))
    # The gradient is the loss's own: a finite difference on the output bias agrees.
    eps = 1e-6
    net.params[-1][1][0] += eps
    up, _ = net.loss_and_grads(X, y)
    net.params[-1][1][0] -= 2 * eps
    down, _ = net.loss_and_grads(X, y)
    assert grads[-1][1][0] == pytest.approx((up - down) / (2 * eps), abs=1e-9)


def test_float32_trains_the_same_curve_to_float32_precision_and_rewinds_exactly():
    Xtr, ytr, Xte, yte = _data(4)
    runs = {}
    for dtype in ("float64", "float32"):
        net = Network.from_spec(_spec(), seed=4, dtype=dtype)
        trainer = Trainer(net, Xtr, ytr, Xte, yte, l1=0.003, shuffle=False)
        trainer.run_epochs(5)
        state = trainer.get_state()
        trainer.run_epochs(5)
        after = trainer.network.param_vector.copy()
        trainer.set_state(state)
        trainer.run_epochs(5)
        assert np.array_equal(trainer.network.param_vector, after)
        runs[dtype] = trainer.history.train_losses()
    assert np.allclose(runs["float32"], runs["float64"], atol=1e-4)


def test_tfp_l1_follows_the_scheduled_rate_within_one_call_across_epochs():
    # TFP's L1 rule uses the learning rate; with a schedule that rate changes at an epoch's
    # end, and one step() call running past it must use the new rate as run_epochs does.
    X, y, _, _ = _data(0)
    schedule = {"kind": "step", "every": 1, "factor": 0.5}
    trainers = []
    for _ in range(2):
        net = Network.from_spec(_spec(), seed=3)
        trainers.append(
            Trainer(net, X, y, learning_rate=0.3, l1=0.003, batch_size=7, schedule=schedule)
        )
    one_call, by_epoch = trainers
    per_epoch = one_call.batches_per_epoch
    one_call.step(10 * per_epoch)
    by_epoch.run_epochs(10)
    assert one_call.epoch == by_epoch.epoch == 10
    assert np.array_equal(one_call.network.param_vector, by_epoch.network.param_vector)
