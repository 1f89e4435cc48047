"""Learning-rate schedules (engine/schedules.py): their rates, the trainer's use of them,
their validation, and rewinding a scheduled run exactly."""

from __future__ import annotations

import math

import numpy as np
import pytest

from engine import Network, Trainer, datasets
from engine.checkpoints import Timeline, batches_to_epoch_end
from engine.schedules import CONSTANT, Schedule, make_schedule

SPEC = {
    "features": ["x1", "x2"],
    "hidden": [{"units": 4, "activation": "tanh"}, {"units": 2, "activation": "tanh"}],
    "output": {"kind": "binary"},
}


def data():
    X, y = datasets.generate("spiral", n_points=60, noise=0.1, seed=3)
    return datasets.split(X, y, train_ratio=0.5, seed=3)


def make_trainer(schedule=None, optimizer="sgd", lr=0.1) -> Trainer:
    net = Network.from_spec(SPEC, seed=5)
    return Trainer(
        net, *data(), batch_size=7, optimizer=optimizer, learning_rate=lr, seed=5, schedule=schedule
    )


def test_rates_at_known_epochs():
    step = Schedule("step", every=10, factor=0.5)
    assert [step.rate(0.08, e) for e in (0, 9, 10, 19, 20, 35)] == [
        0.08,
        0.08,
        0.04,
        0.04,
        0.02,
        0.01,
    ]
    exp = Schedule("exponential", gamma=0.9)
    assert exp.rate(1.0, 0) == 1.0 and exp.rate(1.0, 3) == pytest.approx(0.729, abs=1e-15)
    cos = Schedule("cosine", epochs=100, min_rate=0.001)
    assert cos.rate(0.1, 0) == 0.1
    assert cos.rate(0.1, 50) == pytest.approx(0.0505, abs=1e-15)  # half-way: the middle
    assert cos.rate(0.1, 100) == pytest.approx(0.001, abs=1e-15)
    assert cos.rate(0.1, 10_000) == pytest.approx(0.001, abs=1e-15)  # stays at the floor
    assert cos.rate(0.0005, 7) == 0.0005  # the floor never lifts a smaller rate
    # Warm-up: a straight line up to the full rate at epoch `warmup`, then the schedule
    # counted from there.
    warm = Schedule("cosine", epochs=100, min_rate=0.001, warmup=4)
    assert [warm.rate(0.1, e) for e in range(5)] == pytest.approx([0.02, 0.04, 0.06, 0.08, 0.1])
    assert warm.rate(0.1, 54) == pytest.approx(0.0505, abs=1e-15)
    step_warm = Schedule("step", every=10, factor=0.5, warmup=2)
    assert [step_warm.rate(0.3, e) for e in (1, 2, 11, 12)] == pytest.approx([0.2, 0.3, 0.3, 0.15])
    assert Schedule(warmup=3).rate(0.03, 1) == pytest.approx(0.015)
    assert not Schedule(warmup=3).constant and CONSTANT.constant
    # Constant returns the very rate it is given.
    base = 0.1 + 0.2
    assert CONSTANT.rate(base, 10**6) is base


def test_the_trainer_trains_each_epoch_at_its_scheduled_rate():
    t = make_trainer({"kind": "step", "every": 2, "factor": 0.5})
    seen = []
    for _ in range(5):
        seen.append(t.current_rate)
        t.run_epochs(1)
    assert seen == [0.1, 0.1, 0.05, 0.05, 0.025]
    # The rate the optimizer is given is the current rate: one SGD step moves the weights
    # by exactly rate × gradient.
    before = t.network.param_vector.copy()
    t.step(1)
    assert np.array_equal(
        t.network.param_vector, before - t.network.grad_vector * 0.025
    ) and t.current_rate == pytest.approx(0.025)
    t.learning_rate = 0.2  # the base may change at any time; the schedule follows it
    assert t.current_rate == 0.05
    # The walkthrough's update uses it too.
    assert t.trace(t.X_train[0], t.y_train[0]).learning_rate == 0.05


def test_constant_trains_as_before_bit_for_bit():
    """The default is today's rule: SGD's params − lr × grad over the seeded order, the
    rate untouched; an explicit constant schedule, or one that never decays in the run,
    gives the same bits."""
    runs = [
        make_trainer(None),
        make_trainer({"kind": "constant"}),
        make_trainer(Schedule("step", every=1000, factor=0.5)),
    ]
    for t in runs:
        t.run_epochs(7)
    # Today's rule, written out.
    net = Network.from_spec(SPEC, seed=5)
    Xtr, ytr, _, _ = data()
    F, T = net.compute_features(Xtr), net.head.encode_targets(ytr)
    rng, n = np.random.default_rng([5, 2]), len(F)
    for _ in range(7):
        order = rng.permutation(n)
        Fp, Tp = F[order], T[order]
        for start in range(0, n, 7):
            cache = net.forward(Fp[start : start + 7])
            net.backward(cache, net.head.grad_logits(cache.logits, Tp[start : start + 7]))
            net.finish_grads(0.0, 0.0)
            net.param_vector[...] = net.param_vector - net.grad_vector * 0.1
    for t in runs:
        assert np.array_equal(t.network.param_vector, net.param_vector)
        assert t.current_rate == 0.1 and t.learning_rate == 0.1


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_rewind_restores_the_schedule_and_its_rate_exactly(optimizer):
    schedule = {"kind": "cosine", "epochs": 12, "min_rate": 0.001, "warmup": 3}
    t = make_trainer(schedule, optimizer)
    timeline = Timeline()
    timeline.sync(t)
    seen = {}
    while t.epoch < 20:
        t.step(batches_to_epoch_end(t))
        timeline.record(t)
        seen[t.epoch] = (t.network.param_vector.copy(), t.current_rate)
    # Rewind to epoch 5 (warm-up over, mid-decay), then train on again.
    timeline.view(t, 5)
    timeline.replay(t)
    assert np.array_equal(t.network.param_vector, seen[5][0]) and t.current_rate == seen[5][1]
    timeline.resume(t)
    while t.epoch < 20:
        t.step(batches_to_epoch_end(t))
        timeline.record(t)
        params, rate = seen[t.epoch]
        assert np.array_equal(t.network.param_vector, params) and t.current_rate == rate
    # A state carries the schedule: put back into a trainer whose schedule changed since.
    state = t.get_state()
    t.schedule = {"kind": "exponential", "gamma": 0.5}
    t.set_state(state)
    assert t.schedule == make_schedule(schedule) and t.current_rate == seen[20][1]


def test_a_schedule_change_mid_epoch_is_a_setting_replay_never_crosses():
    t = make_trainer()
    timeline = Timeline()
    timeline.sync(t)
    seen = {}
    for epoch in range(1, 7):
        if epoch == 4:  # two batches into epoch 4, the schedule changes
            t.step(2)
            t.schedule = Schedule("exponential", gamma=0.5)
            kept = len(timeline.store)
            timeline.mark(t)  # a change of setting: kept, so that no replay goes across it
            assert len(timeline.store) == kept + 1
        t.step(batches_to_epoch_end(t))
        timeline.record(t)
        seen[epoch] = (t.network.param_vector.copy(), t.current_rate)
    for epoch in (4, 5, 3):
        timeline.view(t, epoch)
        timeline.replay(t)
        assert np.array_equal(t.network.param_vector, seen[epoch][0])
        assert t.current_rate == seen[epoch][1]
    assert t.schedule == CONSTANT  # epoch 3 ended before the change
    timeline.latest(t)
    assert t.schedule.kind == "exponential" and t.current_rate == 0.1 * 0.5**6


@pytest.mark.parametrize(
    ("value", "field"),
    [
        ({"kind": "linear"}, "schedule.kind"),
        ({"kind": "step", "factor": -0.5}, "schedule.factor"),
        ({"kind": "step", "factor": 1.5}, "schedule.factor"),
        ({"kind": "step", "every": 0}, "schedule.every"),
        ({"kind": "step", "every": 2.5}, "schedule.every"),
        ({"kind": "exponential", "gamma": 0.0}, "schedule.gamma"),
        ({"kind": "exponential", "gamma": math.nan}, "schedule.gamma"),
        ({"kind": "cosine", "epochs": 0}, "schedule.epochs"),
        ({"kind": "cosine", "min_rate": -1e-3}, "schedule.min_rate"),
        ({"kind": "cosine", "warmup": -1}, "schedule.warmup"),
        ({"kind": "cosine", "warmup": True}, "schedule.warmup"),
        ({"kind": "cosine", "gamma": 0.9}, "schedule.gamma"),  # not a cosine's parameter
        ("cosine", "schedule"),
    ],
)
def test_bad_schedules_are_refused_naming_the_field(value, field):
    with pytest.raises(ValueError, match=rf"^{field}\b"):
        make_trainer(value)
    with pytest.raises(ValueError, match=rf"^{field}\b"):
        make_trainer().schedule = value


def test_a_schedule_round_trips_through_its_dict():
    for s in (
        CONSTANT,
        Schedule("step", every=3, factor=0.25, warmup=2),
        Schedule("exponential", gamma=0.95),
        Schedule("cosine", epochs=200, min_rate=0.001, warmup=10),
    ):
        assert Schedule.from_dict(s.to_dict()) == s
    assert Schedule("cosine", epochs=200, min_rate=0.001).to_dict() == {
        "kind": "cosine",
        "epochs": 200,
        "min_rate": 0.001,
    }
