"""The engine's behaviour: determinism, divergence, edits, optimizers, learning, bad input."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from engine import OPTIMIZERS, LossHistory, Network, Trainer, datasets, edits, trace_sample

DEFAULT = {
    "features": ["x1", "x2"],
    "hidden": [{"units": 4, "activation": "tanh"}, {"units": 2, "activation": "tanh"}],
    "output": {"kind": "binary"},
}


def circle(noise: float = 0.0, seed: int = 0):
    X, y = datasets.generate("circle", noise=noise, seed=seed)
    return datasets.split(X, y, train_ratio=0.5, seed=seed)


def make_trainer(spec=DEFAULT, seed=0, **kwargs) -> Trainer:
    return Trainer(Network.from_spec(spec, seed=seed), *circle(), seed=seed, **kwargs)


QT_NAMES = ("PySide6", "PyQt5", "PyQt6", "pyqtgraph", "shiboken6")


def _qt_modules_after(imports: str) -> list[str]:
    code = (
        f"import sys, pkgutil, importlib\n{imports}\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {QT_NAMES!r}]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return [m for m in out.stdout.strip().split(",") if m]


def test_engine_imports_no_qt():
    assert (
        _qt_modules_after(
            "import engine, engine.trainer, engine.datasets, engine.trace, engine.edits"
        )
        == []
    )


def test_the_apps_core_imports_no_qt():
    # Every module of playground.core, found on disk so that a new one is covered too.
    imports = (
        "import playground.core as core\n"
        "for info in pkgutil.iter_modules(core.__path__):\n"
        "    importlib.import_module('playground.core.' + info.name)\n"
        "assert len(list(pkgutil.iter_modules(core.__path__))) >= 10"
    )
    assert _qt_modules_after(imports) == []


def test_contract_shapes_and_predict():
    net = Network.from_spec(DEFAULT, seed=0)
    assert [W.shape for W, _ in net.params] == [(2, 4), (4, 2), (2, 1)]
    assert all(W.dtype == np.float64 for W, _ in net.params)
    X = np.array([[0.0, 1.0], [2.0, -3.0], [5.0, 5.0]])
    p = net.predict(X)
    assert p.shape == (3,) and np.all((p > 0) & (p < 1))
    multi = Network.from_spec({**DEFAULT, "output": {"kind": "multiclass", "classes": 3}}, seed=0)
    probs = multi.predict(X)
    assert probs.shape == (3, 3) and np.allclose(probs.sum(axis=1), 1.0)
    reg = Network.from_spec({**DEFAULT, "output": {"kind": "regression"}}, seed=0)
    assert reg.predict(X).shape == (3,)
    linear = Network.from_spec({**DEFAULT, "hidden": []}, seed=0)
    assert [W.shape for W, _ in linear.params] == [(2, 1)]


def test_params_are_writable_views():
    net = Network.from_spec(DEFAULT, seed=0)
    X = np.array([[1.0, 2.0]])
    before = net.predict(X)
    net.params[2][1][...] = 5.0
    assert net.predict(X) > before


def test_same_seed_is_bit_identical_and_other_seed_differs():
    a, b, c = make_trainer(seed=3), make_trainer(seed=3), make_trainer(seed=4)
    for t in (a, b, c):
        t.run_epochs(5)
    for (Wa, ba), (Wb, bb) in zip(a.network.params, b.network.params):
        assert np.array_equal(Wa, Wb) and np.array_equal(ba, bb)
    assert not np.array_equal(a.network.params[0][0], c.network.params[0][0])


def test_default_network_learns_circle():
    t = make_trainer(learning_rate=0.03, batch_size=10)
    t.run_epochs(300)
    assert t.metrics()["test_accuracy"] >= 0.95


def test_multiclass_spiral_learns_with_depth():
    X, y = datasets.generate("k_spiral", classes=3, noise=0.0, seed=0)
    Xtr, ytr, Xte, yte = datasets.split(X, y, train_ratio=0.7, seed=0)
    spec = {
        "features": ["x1", "x2", "sin_x1", "sin_x2"],
        "hidden": [{"units": 24, "activation": "relu"}] * 3,
        "output": {"kind": "multiclass", "classes": 3},
    }
    t = Trainer(
        Network.from_spec(spec, seed=0),
        Xtr,
        ytr,
        Xte,
        yte,
        optimizer="adam",
        learning_rate=0.01,
        batch_size=16,
        seed=0,
    )
    t.run_epochs(250)
    assert t.metrics()["test_accuracy"] >= 0.90


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_every_optimizer_lowers_the_loss(name):
    lr = {"sgd": 0.1, "momentum": 0.05, "nesterov": 0.05, "rmsprop": 0.01, "adam": 0.01}[name]
    t = make_trainer(optimizer=name, learning_rate=lr)
    first = t.metrics()["train_loss"]
    t.run_epochs(20)
    assert t.metrics()["train_loss"] < 0.8 * first


def test_divergence_keeps_parameters_finite_and_explains():
    spec = {
        **DEFAULT,
        "hidden": [{"units": 8, "activation": "relu"}] * 3,
        "output": {"kind": "regression"},
    }
    X, y = datasets.generate("plane", seed=0)
    Xtr, ytr, Xte, yte = datasets.split(X, y * 1000, 0.5, seed=0)
    t = Trainer(
        Network.from_spec(spec, seed=0), Xtr, ytr, Xte, yte, learning_rate=10, batch_size=10
    )
    t.run_epochs(50)
    assert t.diverged
    assert all(np.all(np.isfinite(W)) and np.all(np.isfinite(b)) for W, b in t.network.params)
    assert t.divergence.message.startswith(f"Training diverged at epoch {t.divergence.epoch}")
    assert "Lower the learning rate and press reset" in t.divergence.message
    steps = t.steps
    assert t.step(10) == 0 and t.steps == steps  # a diverged trainer stays stopped
    t.reset()
    assert not t.diverged and t.epoch == 0


def test_learning_rate_ten_with_relu_on_circle_diverges():
    spec = {
        **DEFAULT,
        "hidden": [{"units": 8, "activation": "relu"}, {"units": 8, "activation": "relu"}],
    }
    t = make_trainer(spec=spec, learning_rate=10)
    t.run_epochs(200)
    assert t.diverged
    assert all(np.all(np.isfinite(W)) for W, _ in t.network.params)


def test_changing_learning_rate_keeps_everything():
    t = make_trainer()
    t.run_epochs(3)
    weights = [W.copy() for W, _ in t.network.params]
    epoch = t.epoch
    t.learning_rate = 0.3
    assert t.epoch == epoch
    assert all(np.array_equal(a, W) for a, (W, _) in zip(weights, t.network.params))


def test_disabled_link_stays_zero_while_training():
    t = make_trainer(optimizer="adam", learning_rate=0.03)
    t.run_epochs(2)
    t.set_link_enabled(0, 1, 2, False)
    t.run_epochs(5)
    assert t.network.params[0][0][1, 2] == 0.0
    assert t.network.grads[0][0][1, 2] == 0.0


def _unchanged(old: Network, new: Network, pairs):
    for old_layer, new_layer in pairs:
        assert np.array_equal(old.params[old_layer][0], new.params[new_layer][0])
        assert np.array_equal(old.params[old_layer][1], new.params[new_layer][1])


def test_edits_keep_untouched_weights():
    net = Network.from_spec({**DEFAULT, "hidden": [{"units": 4, "activation": "tanh"}] * 3}, seed=1)
    X = np.random.default_rng(0).uniform(-6, 6, (20, 2))

    grown = edits.add_neuron(net, 1)
    assert grown.layer_sizes == [2, 4, 5, 4, 1]
    _unchanged(net, grown, [(0, 0), (3, 3)])
    assert np.array_equal(grown.params[1][0][:, :4], net.params[1][0])
    assert np.allclose(grown.predict(X), net.predict(X))  # a new neuron changes nothing yet

    shrunk = edits.remove_neuron(net, 1, 2)
    assert shrunk.layer_sizes == [2, 4, 3, 4, 1]
    assert np.array_equal(shrunk.params[1][0], np.delete(net.params[1][0], 2, axis=1))
    _unchanged(net, shrunk, [(0, 0), (3, 3)])

    inserted = edits.insert_layer(net, 1, 6, "relu")
    assert inserted.layer_sizes == [2, 4, 6, 4, 4, 1]
    _unchanged(net, inserted, [(0, 0), (2, 3), (3, 4)])

    removed = edits.remove_layer(net, 2)
    assert removed.layer_sizes == [2, 4, 4, 1]
    _unchanged(net, removed, [(0, 0), (1, 1)])

    relu = edits.set_activation(net, 0, "relu")
    _unchanged(net, relu, [(i, i) for i in range(4)])

    more = edits.set_feature(net, "x1_sq", True)
    assert more.features == ["x1", "x2", "x1_sq"]
    assert np.allclose(more.predict(X), net.predict(X))
    assert edits.set_feature(more, "x1_sq", False).features == ["x1", "x2"]

    last = edits.remove_neuron(
        Network.from_spec({**DEFAULT, "hidden": [{"units": 1, "activation": "tanh"}]}), 0, 0
    )
    assert last.layer_sizes == [2, 1]


def test_binary_to_multiclass_keeps_the_function():
    net = Network.from_spec(DEFAULT, seed=2)
    X = np.random.default_rng(1).uniform(-6, 6, (15, 2))
    multi = edits.set_output(net, {"kind": "multiclass", "classes": 3})
    assert multi.layer_sizes == [2, 4, 2, 3]
    back = edits.set_output(
        edits.set_output(net, {"kind": "multiclass", "classes": 2}), {"kind": "binary"}
    )
    assert np.allclose(back.predict(X), net.predict(X))
    two = edits.set_output(net, {"kind": "multiclass", "classes": 2})
    assert np.allclose(two.predict(X)[:, 1], net.predict(X))


def test_trainer_edit_while_training_keeps_weights_and_continues():
    t = make_trainer()
    t.run_epochs(2)
    before = [W.copy() for W, _ in t.network.params]
    t.add_neuron(0)
    assert np.array_equal(t.network.params[0][0][:, :4], before[0])
    assert np.array_equal(t.network.params[2][0], before[2])
    t.run_epochs(1)
    assert t.epoch == 3


def test_set_weight_and_bias_exactly():
    t = make_trainer()
    t.set_weight(1, 2, 0, 0.123456789)
    t.set_bias(2, 0, -1.5)
    assert t.network.params[1][0][2, 0] == 0.123456789
    assert t.network.params[2][1][0] == -1.5
    with pytest.raises(ValueError, match="weight"):
        t.set_weight(0, 0, 0, float("nan"))


@pytest.mark.parametrize("kind", ["binary", "multiclass", "regression"])
@pytest.mark.parametrize(
    "hidden", [[], [{"units": 3, "activation": "elu"}, {"units": 2, "activation": "sigmoid"}]]
)
def test_trace_equals_a_batch_of_one(kind, hidden):
    output = {"kind": kind, "classes": 3} if kind == "multiclass" else {"kind": kind}
    net = Network.from_spec(
        {"features": ["x1", "x2", "x1_x2"], "hidden": hidden, "output": output}, seed=5
    )
    x = np.array([1.3, -0.7])
    y = {"binary": 1, "multiclass": 2, "regression": 0.4}[kind]
    tr = trace_sample(net, x, y, l1=0.01, l2=0.02)
    loss, grads = net.loss_and_grads(x[None, :], np.array([y]), l1=0.01, l2=0.02)
    assert abs(tr.loss - loss) <= 1e-12
    for (dW, db), tW, tb in zip(grads, tr.dW, tr.db):
        np.testing.assert_allclose(tW, dW, rtol=0, atol=1e-12)
        np.testing.assert_allclose(tb, db, rtol=0, atol=1e-12)


def test_trainer_trace_update_is_what_apply_does():
    t = make_trainer(optimizer="adam", learning_rate=0.05)
    t.run_epochs(1)
    result = t.trace(np.array([1.0, 2.0]), 1)
    expected = [W - dW for (W, _), (dW, _) in zip(t.network.params, result.updates)]
    t.apply_trace(result)
    for e, (W, _) in zip(expected, t.network.params):
        np.testing.assert_allclose(W, e, rtol=0, atol=1e-15)


def test_grid_maps_shapes_and_orientation():
    spec = {**DEFAULT, "features": ["x1", "x2", "x1_sq"]}
    net = Network.from_spec(spec, seed=0)
    maps = net.grid_maps(resolution=20)
    assert maps["output"].shape == (20, 20)
    assert maps["features"].shape == (3, 20, 20)
    assert [m.shape for m in maps["neurons"]] == [(4, 20, 20), (2, 20, 20)]
    x1 = maps["features"][0]
    assert x1[0, 0] < x1[0, -1]  # x1 grows along columns
    x2 = maps["features"][1]
    assert x2[0, 0] < x2[-1, 0]  # x2 grows along rows, row 0 at the bottom
    centres = maps["centres"]
    assert np.isclose(maps["output"][3, 7], net.predict(np.array([[centres[7], centres[3]]]))[0])


@pytest.mark.parametrize("activation", ["tanh", "relu", "sigmoid", "elu", "softplus"])
@pytest.mark.parametrize("output", [{"kind": "binary"}, {"kind": "multiclass", "classes": 3}])
def test_grid_maps_in_float32_match_float64(activation, output):
    spec = {**DEFAULT, "hidden": [{"units": 8, "activation": activation}] * 3, "output": output}
    net = Network.from_spec(spec, seed=3)
    exact = net.grid_maps(resolution=30)
    quick = net.grid_maps(resolution=30, dtype=np.float32)
    assert quick["output"].dtype == np.float32
    np.testing.assert_allclose(quick["output"], exact["output"], atol=1e-5)
    for q, e in zip(quick["neurons"], exact["neurons"]):
        assert q.dtype == np.float32
        np.testing.assert_allclose(q, e, rtol=1e-4, atol=1e-5)
    with pytest.raises(ValueError, match="float32 or float64"):
        net.grid_maps(resolution=30, dtype=np.int64)


def test_history_stays_bounded():
    h = LossHistory(limit=16)
    for epoch in range(100_000):
        if h.due(epoch):
            h.record(epoch, 1.0, 1.0, None, None)
    arrays = h.arrays()
    assert len(h) < 16
    assert arrays["epoch"][0] == 0 and arrays["epoch"][-1] > 90_000
    assert np.all(np.diff(arrays["epoch"]) > 0)


def test_history_arrays_follow_every_change_and_are_fresh_copies():
    h = LossHistory(limit=16)
    for epoch in range(5):
        h.record(epoch, 1.0 / (epoch + 1), 0.5, None, 0.75)
    first = h.arrays()
    first["train_loss"][:] = -1.0  # a caller's copy: the history must not change
    again = h.arrays()
    np.testing.assert_array_equal(again["train_loss"], 1.0 / np.arange(1, 6))
    assert np.isnan(again["train_accuracy"]).all()
    h.record(5, 0.1, 0.2, 0.9, 0.8)
    assert h.arrays()["epoch"][-1] == 5 and len(h.arrays()["epoch"]) == 6
    h._rows = [row for row in h._rows if row[0] <= 2]  # as rewinding truncates it
    np.testing.assert_array_equal(h.arrays()["epoch"], [0, 1, 2])
    h.clear()
    assert len(h.arrays()["epoch"]) == 0
    copy = LossHistory.from_dict({"limit": 16, "stride": 2, "rows": [[0, 1, 2, 3, 4]]})
    np.testing.assert_array_equal(copy.arrays()["test_accuracy"], [4.0])


def test_trainer_history_bounded_over_long_run():
    t = make_trainer(batch_size=250)
    t.history = LossHistory(limit=20)
    t.run_epochs(2000)
    assert len(t.history) < 20


@pytest.mark.parametrize(
    ("spec", "match"),
    [
        ({**DEFAULT, "features": ["x3"]}, "spec.features"),
        ({**DEFAULT, "hidden": [{"units": 0, "activation": "tanh"}]}, r"spec.hidden\[0\].units"),
        ({**DEFAULT, "hidden": [{"units": 65, "activation": "tanh"}]}, "from 1 to 64"),
        ({**DEFAULT, "hidden": [{"units": 3, "activation": "swish"}]}, "activation must be one of"),
        ({**DEFAULT, "hidden": [{"units": 3, "activation": "tanh"}] * 11}, "at most 10"),
        ({**DEFAULT, "output": {"kind": "multiclass", "classes": 9}}, "from 2 to 8"),
        ({**DEFAULT, "output": {"kind": "ranking"}}, "spec.output.kind"),
        ("not a spec", "spec must be a dict"),
    ],
)
def test_bad_specs_are_named(spec, match):
    with pytest.raises(ValueError, match=match):
        Network.from_spec(spec)


def test_bad_arrays_and_settings_are_named():
    net = Network.from_spec(DEFAULT)
    with pytest.raises(ValueError, match=r"X must have shape \(n, 2\)"):
        net.predict(np.zeros((3, 3)))
    with pytest.raises(ValueError, match="NaN or infinity"):
        net.predict(np.array([[np.nan, 0.0]]))
    with pytest.raises(ValueError, match="labels from 0 to 1"):
        net.loss_and_grads(np.zeros((2, 2)), np.array([0, 2]))
    with pytest.raises(ValueError, match=r"y must have shape \(2,\)"):
        net.loss_and_grads(np.zeros((2, 2)), np.array([0, 1, 1]))
    t = make_trainer()
    with pytest.raises(ValueError, match="learning_rate"):
        t.learning_rate = float("inf")
    with pytest.raises(ValueError, match="batch_size"):
        t.batch_size = 0
    with pytest.raises(ValueError, match="optimizer must be one of"):
        t.set_optimizer("lbfgs")


def test_network_round_trips_through_plain_data():
    t = make_trainer()
    t.run_epochs(2)
    t.set_link_enabled(1, 0, 1, False)
    data = t.network.to_dict()
    back = Network.from_dict(data)
    for (Wa, ba), (Wb, bb) in zip(t.network.params, back.params):
        assert np.array_equal(Wa, Wb) and np.array_equal(ba, bb)
    assert not back.is_link_enabled(1, 0, 1)
    data["params"][0]["W"] = [[1.0, 2.0]]
    with pytest.raises(ValueError, match=r"params\[0\]"):
        Network.from_dict(data)
