"""The walkthrough on TensorFlow Playground's output tells the truth: its sentence and
formulas are the tanh and ½ squared error the engine trains with, and every number it
shows is the engine's (the digits rule of test_walkthrough_truth holds too)."""

from __future__ import annotations

import numpy as np
import pytest

from engine import Network, Trainer, datasets
from playground.core.walkthrough_pick import point_stats
from playground.core.walkthrough_sample import capture
from playground.core.walkthrough_steps import build_steps
from tests.test_walkthrough_truth import check_digits, plain

SPEC = {
    "features": ["x1", "x2"],
    "hidden": [{"units": 4, "activation": "tanh"}, {"units": 2, "activation": "tanh"}],
    "output": {"kind": "binary", "loss": "tfp"},
}


def _trainer(seed: int, l1: float = 0.0) -> Trainer:
    X, y = datasets.generate("xor", n_points=80, noise=0.1, seed=seed)
    return Trainer(Network.from_spec(SPEC, seed=seed), X, y, shuffle=False, l1=l1)


@pytest.mark.parametrize("seed", range(5))
def test_the_tfp_walkthrough_shows_the_engines_numbers(seed):
    t = _trainer(seed)
    for epochs in (0, 150):
        t.run_epochs(epochs)
        stats = point_stats(t.network, t.X_train, t.y_train)
        X, y = t.X_train, t.y_train
        worst = int(np.argmax(stats.losses))
        for index in (0, worst):
            s = capture(t, X[index], y[index].item())
            steps = build_steps(s)
            assert check_digits(steps) > 10
            z = t.network.logits(t.network.compute_features(X[index : index + 1]))[0, 0]
            target = 1.0 if y[index] else -1.0
            loss, grads = t.network.loss_and_grads(X[index : index + 1], y[index : index + 1])
            assert stats.losses[index] == pytest.approx(loss, abs=1e-15)
            out = next(st for st in steps if st.phase == 0 and st.layer == s.n_layers)
            assert "ŷ = tanh(z)" in plain(out.html) and "tanh" in out.title
            assert out.neurons[(s.n_layers, 0)].value == np.tanh(z)
            assert f"t = {target:g}".replace("-", "−") in out.neurons[(s.n_layers, 0)].lines[1]
            loss_step = next(st for st in steps if st.phase == 1)
            assert "L = ½·(ŷ − t)²" in plain(loss_step.html)
            assert "½ squared error" in plain(loss_step.html)
            assert loss_step.neurons[(s.n_layers, 0)].value == loss
            back = next(st for st in steps if st.phase == 2 and st.layer == s.n_layers)
            assert "δ = ∂L/∂z = (ŷ − t)·(1 − ŷ²)" in plain(back.html)
            delta = back.neurons[(s.n_layers, 0)].value
            assert delta == grads[-1][1][0]  # the engine's ∂L/∂b of the output
            assert delta == pytest.approx((np.tanh(z) - target) * (1 - np.tanh(z) ** 2))


def test_the_update_says_tfps_l1_rule_and_applies_what_it_shows():
    t = _trainer(1, l1=0.1)
    t.learning_rate = 0.3
    t.run_epochs(3)
    said = 0
    for index in range(40):
        s = capture(t, t.X_train[index], t.y_train[index].item())
        update = build_steps(s)[-1]
        if "TensorFlow Playground's L1 rule" in plain(update.html):
            said += 1
        check_digits([update])
        before = t.network.param_vector.copy()
        t.apply_trace(s.trace)
        flat = np.concatenate([np.concatenate([u.ravel(), v]) for u, v in s.trace.updates])
        assert np.array_equal(t.network.param_vector, before - flat)
    assert said
