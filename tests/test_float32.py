"""The float32 training mode: gradients, curves, determinism, checkpoints and files.

A float32 network (``Network.from_spec(spec, seed, dtype="float32")``) holds and trains in
float32 throughout; float64 stays the default, and the walkthrough computes in float64.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from engine import Network, Trainer, datasets, edits, trace_sample
from engine.activations import ACTIVATIONS
from engine.checkpoints import capture
from playground.compute import train_process
from playground.core import session as session_module
from playground.core.project import apply_project, dumps_project, load_project
from playground.core.project_build import project_from_session
from playground.core.session import Session
from playground.core.settings import TrainingSettings

HEADS = [{"kind": "binary"}, {"kind": "multiclass", "classes": 3}, {"kind": "regression"}]


def spec(activation: str = "tanh", output: dict | None = None, hidden=(6, 4)) -> dict:
    return {
        "features": ["x1", "x2", "x1_sq", "x2_sq", "x1_x2", "sin_x1", "sin_x2"],
        "hidden": [{"units": u, "activation": activation} for u in hidden],
        "output": output or {"kind": "binary"},
    }


def data(output: dict, n: int = 200, seed: int = 1):
    rng = np.random.default_rng(seed)
    X = rng.uniform(-5, 5, size=(n, 2))
    if output["kind"] == "regression":
        return X, np.sin(X[:, 0]) * np.cos(X[:, 1])
    classes = output.get("classes", 2)
    return X, (np.hypot(X[:, 0], X[:, 1]) * classes / 7.5).astype(int) % classes


def test_float64_is_the_default_and_dtype_says_which():
    assert Network.from_spec(spec()).dtype == np.float64
    net = Network.from_spec(spec(), dtype="float32")
    assert net.dtype == np.float32 and net.param_vector.dtype == np.float32
    assert all(W.dtype == np.float32 and b.dtype == np.float32 for W, b in net.params)
    with pytest.raises(ValueError, match="dtype must be one of float64, float32"):
        Network.from_spec(spec(), dtype="float16")


def test_a_float32_network_is_the_float64_one_rounded():
    a, b = Network.from_spec(spec(), seed=3), Network.from_spec(spec(), seed=3, dtype="float32")
    assert np.array_equal(a.param_vector.astype(np.float32), b.param_vector)


@pytest.mark.parametrize("output", HEADS, ids=lambda o: o["kind"])
@pytest.mark.parametrize("activation", sorted(ACTIVATIONS))
def test_float32_gradients_agree_with_float64_to_float32_precision(activation, output):
    X, y = data(output, n=64)
    net32 = Network.from_spec(spec(activation, output), seed=0, dtype="float32")
    net64 = net32.astype("float64")  # the same weights exactly
    loss32, grads32 = net32.loss_and_grads(X, y, l1=0.001, l2=0.003)
    loss64, grads64 = net64.loss_and_grads(X, y, l1=0.001, l2=0.003)
    assert loss32 == pytest.approx(loss64, rel=1e-5)
    g32 = np.concatenate([np.concatenate([dW.ravel(), db]) for dW, db in grads32])
    g64 = np.concatenate([np.concatenate([dW.ravel(), db]) for dW, db in grads64])
    assert g32.dtype == np.float32
    assert np.max(np.abs(g32 - g64)) <= 1e-4 * np.max(np.abs(g64))


def default_trainers(epochs: int) -> tuple[Trainer, Trainer]:
    """The window's default problem and network, trained in each dtype from one seed."""
    s = Session(TrainingSettings())
    out = []
    for dtype in ("float64", "float32"):
        net = Network.from_spec(s.trainer.network.spec, seed=s.settings.init_seed, dtype=dtype)
        trainer = s.settings.make_trainer(net, *s.trainer_data())
        trainer.run_epochs(epochs)
        out.append(trainer)
    return out[0], out[1]


def test_training_curves_agree_to_plotting_precision():
    t64, t32 = default_trainers(300)
    h64, h32 = t64.history.arrays(), t32.history.arrays()
    assert np.array_equal(h64["epoch"], h32["epoch"])
    # A loss chart a few hundred pixels tall over 0..1: a pixel is about 0.003.
    for key in ("train_loss", "test_loss"):
        assert np.max(np.abs(h64[key] - h32[key])) < 1e-3, key
    for key in ("train_accuracy", "test_accuracy"):
        assert np.max(np.abs(h64[key] - h32[key])) <= 0.01, key


@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "rmsprop", "adam"])
def test_training_is_deterministic_per_dtype(dtype, optimizer):
    X, y = datasets.generate("spiral", noise=0.1, seed=2)
    runs = []
    for _ in range(2):
        net = Network.from_spec(spec(), seed=5, dtype=dtype)
        trainer = Trainer(net, X, y, batch_size=7, optimizer=optimizer, l1=0.001, seed=4)
        trainer.run_epochs(5)
        assert trainer.optimizer_state.get_state().keys()
        runs.append(capture(trainer))
    a, b = runs
    assert a.params.dtype == np.dtype(dtype)
    assert a.params.tobytes() == b.params.tobytes()
    for key, value in a.optimizer_state.items():
        if isinstance(value, np.ndarray):
            assert value.dtype == np.dtype(dtype) and np.array_equal(value, b.optimizer_state[key])


def test_a_float32_checkpoint_restores_bit_for_bit_and_refuses_another_dtype():
    X, y = datasets.generate("xor", noise=0.1, seed=2)
    trainer = Trainer(Network.from_spec(spec(), dtype="float32"), X, y, batch_size=9)
    trainer.step(13)  # mid-epoch: the shuffled order is part of the state
    state = trainer.get_state()
    trainer.run_epochs(3)
    ahead = capture(trainer)
    trainer.set_state(state)
    trainer.run_epochs(3)
    assert capture(trainer).params.tobytes() == ahead.params.tobytes()
    other = Trainer(Network.from_spec(spec()), X, y, batch_size=9)
    with pytest.raises(ValueError, match="float32 network"):
        other.set_state(state)


def test_reset_edits_and_the_training_process_keep_the_dtype():
    X, y = datasets.generate("circle", noise=0.1, seed=2)
    trainer = Trainer(Network.from_spec(spec(), dtype="float32"), X, y)
    trainer.add_neuron(0)
    trainer.insert_layer(1, 3)
    trainer.set_feature("x1_sq", False)
    assert trainer.network.dtype == np.float32
    trainer.run_epochs(1)
    trainer.reset(seed=7)
    assert trainer.network.dtype == np.float32
    assert edits.remove_layer(trainer.network, 0).dtype == np.float32
    trainer.run_epochs(2)
    copy = train_process.rebuild_trainer(train_process.trainer_payload(trainer))
    assert copy.network.dtype == np.float32
    copy.run_epochs(2)
    trainer.run_epochs(2)
    assert capture(copy).params.tobytes() == capture(trainer).params.tobytes()


def test_a_float32_network_saved_as_json_reopens_with_the_same_weights():
    X, y = datasets.generate("circle", noise=0.1, seed=2)
    trainer = Trainer(Network.from_spec(spec(), dtype="float32"), X, y)
    trainer.run_epochs(20)
    text = json.dumps(trainer.network.to_dict())
    again = Network.from_dict(json.loads(text), dtype="float32")
    assert again.dtype == np.float32
    assert again.param_vector.tobytes() == trainer.network.param_vector.tobytes()


def test_the_window_trains_in_float32_and_the_scripting_api_in_float64():
    assert Session(TrainingSettings()).trainer.network.dtype == np.float32
    X, y = datasets.generate("circle", noise=0.1, seed=2)
    assert Trainer(Network.from_spec(spec()), X, y).network.dtype == np.float64


def test_a_project_trained_in_float32_reopens_with_the_same_float32_weights(monkeypatch):
    monkeypatch.setattr(session_module, "ENGINE_DTYPE", "float32")
    s = Session(TrainingSettings())
    assert s.trainer.network.dtype == np.float32
    s.train_epochs(15)
    text = dumps_project(project_from_session(s))
    other = Session(TrainingSettings())
    apply_project(other, load_project(text))
    assert other.trainer.network.dtype == np.float32
    assert other.trainer.network.param_vector.tobytes() == s.trainer.network.param_vector.tobytes()


def test_the_walkthrough_computes_in_float64_from_float32_weights():
    X, y = datasets.generate("circle", noise=0.1, seed=2)
    trainer = Trainer(Network.from_spec(spec(), dtype="float32"), X, y, l2=0.01)
    trainer.run_epochs(3)
    net = trainer.network
    traced = trace_sample(net, X[0], y[0], 0.0, 0.01)
    exact = trace_sample(net.astype("float64"), X[0], y[0], 0.0, 0.01)
    assert all(dW.dtype == np.float64 for dW in traced.dW)
    assert traced.loss == exact.loss
    assert all(np.array_equal(a, b) for a, b in zip(traced.dW, exact.dW))
    before = net.param_vector.copy()
    trainer.apply_trace(trainer.trace(X[0], y[0]))
    assert net.dtype == np.float32 and not np.array_equal(net.param_vector, before)
