"""Warnings as data, with stated rules (playground.core.warnings_check; issue 15): they
speak on a stuck deep sigmoid network and on dead ReLUs, and stay silent on networks that
have learned, over several seeds, on the engine without a window."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from engine import Network, Trainer
from playground.core.lessons import LESSONS_DIR
from playground.core.project import apply_project, load_project
from playground.core.session import Session
from playground.core.settings import TrainingSettings
from playground.core.warnings_check import KINDS, Health, check, measure

SEEDS = range(5)


def warnings_of(s: Session) -> list:
    t = s.trainer
    return check(measure(t), t.history.arrays(), t.metrics(), t.divergence)


def kinds(found) -> list[str]:
    return [w.kind for w in found]


def lesson_6(seed: int) -> Session:
    s = Session()
    apply_project(s, load_project(LESSONS_DIR / "06-vanishing-gradients.nnplay"))
    s.change(init_seed=seed)  # the lesson's network from another seed
    s.reset()
    return s


def test_a_stuck_deep_sigmoid_network_is_vanishing_and_stuck_for_every_seed():
    for seed in SEEDS:
        s = lesson_6(seed)
        s.train_epochs(300)  # where the lesson pauses
        assert s.trainer.metrics()["train_accuracy"] < 0.6, seed
        found = warnings_of(s)
        assert kinds(found) == ["vanishing", "stuck"], (seed, found)
        vanishing = found[0]
        assert 1 in vanishing.layers and 6 not in vanishing.layers  # the first layers starve
        assert "hidden layers 1" in vanishing.message and "sigmoid" in vanishing.message


@pytest.mark.parametrize(
    "settings",
    [
        {},  # the default tanh network on Circle
        {"activation": "tanh", "hidden": (4,) * 6},
        {"activation": "relu", "hidden": (4,) * 8},  # 8x4 ReLU: it cried "vanishing" here
    ],
    ids=["tanh", "tanh6", "relu8x4"],
)
def test_converged_networks_have_no_warnings(settings):
    for seed in SEEDS:
        s = Session(TrainingSettings(init_seed=seed, **settings))
        s.train_epochs(300)
        assert s.trainer.metrics()["train_accuracy"] == 1.0
        assert warnings_of(s) == [], seed


@pytest.mark.parametrize("dataset", ["circle", "spiral"])
def test_a_huge_learning_rate_kills_the_relus_and_the_warnings_say_why(dataset):
    for seed in SEEDS:
        s = Session(
            TrainingSettings(init_seed=seed, activation="relu", learning_rate=10.0, dataset=dataset)
        )
        s.train_epochs(300)
        assert 0.45 <= s.trainer.metrics()["train_accuracy"] <= 0.55  # chance
        found = warnings_of(s)
        assert kinds(found) == ["dead_neurons", "stuck"], (seed, found)
        dead = found[0]
        assert dead.layers == (2,) and set(dead.neurons) == {(1, 0), (1, 1)}
        assert "learning rate (10)" in dead.message and "same answer" in dead.message
        assert "at chance" in found[1].message and "dead neurons" in found[1].message


def test_a_diverged_run_says_only_that():
    X, y = np.array([[1.0, 1.0]]), np.array([0.5])
    spec = {"features": ["x1", "x2"], "hidden": [], "output": {"kind": "regression"}}
    t = Trainer(Network.from_spec(spec, seed=0), X, y, learning_rate=0.9)
    t.run_epochs(50)
    found = check(measure(t), t.history.arrays(), t.metrics(), t.divergence)
    assert [w.to_dict() for w in found] == [
        {"kind": "diverged", "layers": [], "message": t.divergence.message}
    ]


def test_a_step_larger_than_the_weights_is_exploding():
    s = Session()
    s.train_epochs(20)
    health = measure(s.trainer)
    assert check(health, s.trainer.history.arrays(), s.trainer.metrics()) == []
    huge = dataclasses.replace(
        health, learning_rate=2 * float(np.max(health.weight_norms / health.grad_norms))
    )
    found = check(huge, s.trainer.history.arrays(), s.trainer.metrics())
    assert kinds(found) == ["exploding"] and "Lower the learning rate" in found[0].message


def test_every_warning_is_one_of_the_kinds_and_serialises():
    s = Session(TrainingSettings(activation="relu", learning_rate=10.0))
    s.train_epochs(150)
    for w in warnings_of(s):
        assert w.kind in KINDS and set(w.to_dict()) == {"kind", "layers", "message"}
    assert isinstance(measure(s.trainer), Health)
