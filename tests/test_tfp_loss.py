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
    print("WORST", seed, batch, reg, worst[0])
    assert worst[0] < 1e-9
    assert trainer.history.train_losses()[-1] == pytest.approx(m["train_loss"], abs=0)
    if reg == "l1":  # the run exercised TensorFlow Playground's L1 rule: some links died
        dead = [link for layer in port[1:] for n in layer for link in n.input_links if link.is_dead]
        assert dead
        assert np.sum(trainer.network.param_vector == 0.0) == len(dead)
