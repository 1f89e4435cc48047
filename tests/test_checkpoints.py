"""Exact trainer states, the bounded checkpoint store, and rewinding a run."""

from __future__ import annotations

import numpy as np
import pytest

from engine import Network, Trainer, datasets
from engine.checkpoints import (
    CheckpointStore,
    Timeline,
    batches_to_epoch_end,
    capture,
    restore,
)

SPEC = {
    "features": ["x1", "x2"],
    "hidden": [{"units": 4, "activation": "tanh"}, {"units": 2, "activation": "tanh"}],
    "output": {"kind": "binary"},
}


def make_trainer(optimizer="sgd", n_points=60, batch_size=7, **kw) -> Trainer:
    X, y = datasets.generate("spiral", n_points=n_points, noise=0.1, seed=3)
    Xtr, ytr, Xte, yte = datasets.split(X, y, train_ratio=0.5, seed=3)
    net = Network.from_spec(SPEC, seed=5)
    return Trainer(
        net, Xtr, ytr, Xte, yte, batch_size=batch_size, optimizer=optimizer, seed=5, **kw
    )


def train_recorded(trainer: Trainer, timeline: Timeline, epochs: int) -> list[np.ndarray]:
    """Train as the session does (never past an epoch end), recording each epoch; return
    the parameters at the end of every epoch trained."""
    seen = []
    timeline.sync(trainer)  # from the state now (as the session's snapshots do at once)
    target = trainer.epoch + epochs
    while trainer.epoch < target:
        trainer.step(batches_to_epoch_end(trainer))
        if trainer.position == 0:
            timeline.record(trainer)
            seen.append(trainer.network.param_vector.copy())
    return seen


def same_state(a: Trainer, b: Trainer) -> bool:
    sa, sb = a.optimizer_state.get_state(), b.optimizer_state.get_state()
    return (
        np.array_equal(a.network.param_vector, b.network.param_vector)
        and sa.keys() == sb.keys()
        and all(np.array_equal(sa[k], sb[k]) for k in sa)
        and (a.epoch, a.steps, a.position) == (b.epoch, b.steps, b.position)
    )


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "nesterov", "rmsprop", "adam"])
@pytest.mark.parametrize("batches", [0, 3, 4, 9])  # 4 batches of 7 end an epoch of 30 points
def test_restored_state_replays_bit_identically_step_by_step(optimizer, batches):
    a = make_trainer(optimizer, l2=0.003)
    a.run_epochs(3)
    a.step(batches)  # also mid-epoch: the epoch's order must come back too
    state = a.get_state()
    b = make_trainer(optimizer, l2=0.003)
    b.run_epochs(1)  # somewhere else entirely
    b.set_state(state)
    assert same_state(a, b)
    for _ in range(40):
        a.step(1)
        b.step(1)
        assert same_state(a, b)


def test_state_is_a_copy_and_restore_checks_the_layout():
    t = make_trainer("adam")
    t.run_epochs(2)
    state = capture(t)
    before = state.params.copy(), state.optimizer_state["m"].copy()
    t.run_epochs(2)
    assert np.array_equal(state.params, before[0])
    assert np.array_equal(state.optimizer_state["m"], before[1])
    other = make_trainer("adam", n_points=80)
    with pytest.raises(ValueError, match="training points"):
        restore(other, state)


def test_restore_brings_back_settings_optimizer_masks_and_divergence():
    t = make_trainer("sgd")
    t.run_epochs(2)
    state = capture(t)
    t.set_optimizer("adam")
    t.learning_rate, t.batch_size, t.l1 = 0.5, 3, 0.01
    t.set_link_enabled(0, 0, 1, False)
    t.run_epochs(1)
    restore(t, state)
    assert t.optimizer == "sgd" and t.learning_rate == 0.03 and t.batch_size == 7
    assert t.l1 == 0.0 and t.network.is_link_enabled(0, 0, 1) and t.epoch == 2


def test_rewind_to_epoch_k_then_resume_matches_the_original_run_at_every_later_epoch():
    store = CheckpointStore(max_count=24, recent=4)  # small, so thinning happens
    original = make_trainer("momentum")
    timeline = Timeline(store)
    params = train_recorded(original, timeline, 120)  # params[e - 1]: end of epoch e
    assert store.thinned > 0 and len(store) <= store.capacity
    for k in (7, 33, 80, 117):
        timeline.view(original, k)
        assert timeline.replay(original) and original.epoch == k
        # What is shown is exactly the state the run had at epoch k.
        assert np.array_equal(original.network.param_vector, params[k - 1])
        timeline.latest(original)
        assert original.epoch == 120 and np.array_equal(original.network.param_vector, params[-1])
    timeline.view(original, 50)
    timeline.replay(original)
    timeline.resume(original)
    assert original.epoch == 50 and len(original.history) and timeline.viewing is None
    assert original.history.arrays()["epoch"].max() <= 50
    again = train_recorded(original, timeline, 70)
    for e, flat in enumerate(again, start=51):
        assert np.array_equal(flat, params[e - 1]), f"epoch {e} differs"


def test_replay_is_incremental_and_a_forward_drag_continues_from_the_shown_state():
    t = make_trainer("adam")
    timeline = Timeline(CheckpointStore(max_count=16, recent=4))
    params = train_recorded(t, timeline, 200)
    timeline.view(t, 60)
    steps = 0
    while not timeline.replay(t, 2):
        steps += 1
    assert t.epoch == 60 and np.array_equal(t.network.param_vector, params[59])
    timeline.view(t, 61)  # one epoch on: no restore, one epoch of replay
    timeline.replay(t)
    assert np.array_equal(t.network.param_vector, params[60])


def test_a_setting_change_mid_epoch_is_kept_so_replay_never_crosses_it():
    t = make_trainer("sgd")
    timeline = Timeline(CheckpointStore(max_count=20, recent=2))
    params = train_recorded(t, timeline, 30)
    t.step(2)  # mid-epoch
    t.learning_rate = 0.3
    t.set_optimizer("rmsprop")
    timeline.mark(t)
    params += train_recorded(t, timeline, 100)
    for k in (25, 31, 32, 90):
        timeline.view(t, k)
        timeline.replay(t)
        assert np.array_equal(t.network.param_vector, params[k - 1]), k
    timeline.view(t, 32)
    timeline.replay(t)
    assert t.learning_rate == 0.3 and t.optimizer == "rmsprop"
    timeline.view(t, 20)
    timeline.replay(t)
    assert t.learning_rate == 0.03 and t.optimizer == "sgd"


def test_memory_stays_bounded_over_a_long_run():
    X = np.array([[1.0, 1.0], [-1.0, -1.0], [1.0, -1.0], [-1.0, 1.0]])
    y = np.array([1, 1, 0, 0])
    t = Trainer(Network.from_spec(SPEC, seed=1), X, y, batch_size=4, optimizer="adam")
    store = CheckpointStore(max_count=100)
    timeline = Timeline(store)
    timeline.sync(t)
    most = 0
    n = 12_000
    for _ in range(n):  # one step per epoch
        t.step(1)
        timeline.record(t)
        most = max(most, len(store))
    assert most <= store.capacity == 100
    assert store.nbytes <= store.max_bytes
    epochs = store.epochs()
    assert epochs[0] == 0 and epochs[-1] == n  # the whole run stays reachable
    recent = epochs[epochs > n - store.recent]
    assert np.array_equal(recent, np.arange(n - store.recent + 1, n + 1))  # every recent epoch
    gaps = np.diff(epochs)
    assert gaps.max() <= n // 4 and np.all(np.diff(gaps) <= 0)  # sparser with age, no hole
    timeline.view(t, 4_321)
    timeline.replay(t)
    assert t.epoch == 4_321


def test_byte_budget_bounds_a_large_network():
    spec = {
        "features": ["x1", "x2"],
        "hidden": [{"units": 64, "activation": "relu"}] * 3,
        "output": {"kind": "binary"},
    }
    X = np.array([[1.0, 1.0], [-1.0, -1.0]])
    t = Trainer(Network.from_spec(spec, seed=1), X, np.array([1, 0]), batch_size=2)
    store = CheckpointStore(max_bytes=2 * 2**20, max_count=5000)
    timeline = Timeline(store)
    for _ in range(400):
        t.step(1)
        timeline.record(t)
        assert store.nbytes <= store.max_bytes
    assert len(store) <= store.capacity < 5000
    assert "MB" in store.describe()


def test_store_refuses_going_back_in_time_and_same_moment_replaces():
    t = make_trainer()
    store = CheckpointStore()
    t.run_epochs(2)
    store.add(capture(t))
    store.add(capture(t), protected=True)
    assert len(store) == 1
    t.run_epochs(1)
    later = capture(t)
    store.add(later)
    with pytest.raises(ValueError, match="before"):
        store.add(capture(make_trainer()))
    store.truncate_after((2, 0))
    assert len(store) == 1 and store.last.epoch == 2


def test_timeline_starts_again_for_a_new_network_or_new_data():
    t = make_trainer()
    timeline = Timeline()
    train_recorded(t, timeline, 10)
    assert len(timeline.store) == 11
    t.set_data(t.X_train[:20], t.y_train[:20])
    timeline.record(t)
    assert len(timeline.store) == 1 and timeline.store.first.epoch == 10
    t.reset()
    assert timeline.info(t).first == 0 and timeline.info(t).latest == 0
