"""Compare lanes and the session's rewind, without Qt."""

from __future__ import annotations

import numpy as np
import pytest

from engine.checkpoints import batches_to_epoch_end
from playground.core import comparison
from playground.core.session import Session
from playground.core.settings import TrainingSettings


def flat(lane) -> np.ndarray:
    return lane.trainer.network.param_vector


@pytest.fixture
def session() -> Session:
    return Session(TrainingSettings(dataset="spiral", noise=0.1, hidden=(6, 4)))


def test_lanes_start_bit_identical_whatever_their_settings(session):
    comparison.start(
        session,
        [
            {},
            {"optimizer": "adam"},
            {"activation": "relu", "batch_size": 3},
            {"learning_rate": 1.0},
        ],
    )
    lanes = session.comparison.lanes
    assert len(lanes) == 4
    for lane in lanes[1:]:
        assert np.array_equal(flat(lane), flat(lanes[0]))
    # The same start as the main network had at epoch 0, on the same points.
    assert np.array_equal(flat(lanes[0]), session.trainer.network.param_vector)
    assert lanes[2].trainer.network.spec["hidden"][0]["activation"] == "relu"
    assert all(lane.trainer.X_train is session.data.X_train for lane in lanes)


def test_default_lanes_are_the_current_settings_and_the_same_with_adam(session):
    comparison.start(session)
    a, b = session.comparison.lanes
    assert a.settings == session.settings
    assert b.settings == session.settings.with_changes(optimizer="adam")
    assert comparison.default_lanes(session.settings.with_changes(optimizer="adam"))[1] == {
        "optimizer": "sgd"
    }


def test_equal_lanes_stay_identical_and_different_optimizers_diverge(session):
    comparison.start(session, [{}, {}, {"optimizer": "adam"}])
    session.train_epochs(20)
    a, b, c = session.comparison.lanes
    assert a.trainer.epoch == b.trainer.epoch == c.trainer.epoch == 20
    assert np.array_equal(flat(a), flat(b))
    assert not np.allclose(flat(a), flat(c))
    assert session.trainer.epoch == 0  # the main network waits while lanes race


def test_lanes_keep_in_step_in_small_chunks(session):
    comparison.start(session, [{"batch_size": 1}, {"batch_size": 30}])
    for _ in range(400):
        assert session.train_batches(7) == 7
        epochs = [lane.trainer.epoch for lane in session.comparison.lanes]
        assert max(epochs) - min(epochs) <= 1


def test_a_lane_change_or_a_shared_change_restarts_the_race_but_speed_does_not(session):
    comparison.start(session)
    session.train_epochs(5)
    session.change(speed=10)
    session.train_batches(1)
    assert session.comparison.lanes[0].trainer.epoch == 5
    comparison.set_lane(session, 1, "learning_rate", 0.3)
    assert all(lane.trainer.epoch == 0 for lane in session.comparison.lanes)
    assert session.comparison.lanes[1].settings.learning_rate == 0.3
    session.train_epochs(3)
    session.change(learning_rate=0.1)  # shared: lane A follows, lane B keeps its own
    snap = session.snapshot(1, False, 0.0)
    lanes = snap.comparison.lanes
    assert lanes[0].epoch == 0 and lanes[0].settings.learning_rate == 0.1
    assert lanes[1].settings.learning_rate == 0.3
    with pytest.raises(ValueError):
        comparison.set_lane(session, 0, "noise", 0.2)
    with pytest.raises(ValueError):
        comparison.set_lane(session, 0, "learning_rate", -1)


def test_regularization_in_a_lane_gets_a_rate(session):
    comparison.start(session)
    comparison.set_lane(session, 1, "regularization", "l2")
    assert session.comparison.lanes[1].settings.l2 == 0.001


def test_adding_removing_focusing_and_the_snapshot(session):
    comparison.start(session)
    comparison.add_lane(session)
    comparison.add_lane(session)
    with pytest.raises(ValueError, match="at most 4"):
        comparison.add_lane(session)
    optimizers = [lane.settings.optimizer for lane in session.comparison.lanes]
    assert len(set(optimizers)) == 4  # every new lane races a new optimizer
    comparison.focus(session, 2)
    session.train_epochs(2)
    snap = session.snapshot(1, False, 0.0)
    lanes = snap.comparison.lanes
    assert snap.comparison.focus == 2 and len(lanes) == 4
    assert snap.spec == session.comparison.lanes[2].trainer.network.spec
    assert np.array_equal(snap.boundary, lanes[2].boundary)
    assert lanes[0].boundary.shape == (100, 100)
    assert [lane.name for lane in lanes] == ["A", "B", "C", "D"]
    assert len(lanes[3].history["epoch"]) == 3 and lanes[3].summary
    assert snap.timeline is None
    comparison.remove_lane(session, 0)
    comparison.remove_lane(session, 0)
    with pytest.raises(ValueError, match="at least 2"):
        comparison.remove_lane(session, 0)
    assert session.comparison.focus == 0


def test_promote_makes_a_lane_the_main_network(session):
    comparison.start(session)
    session.train_epochs(4)
    lane = session.comparison.lanes[1]
    text = comparison.promote(session, 1)
    assert "Lane B" in text and "epoch 4" in text
    assert session.comparison is None
    assert session.trainer is lane.trainer and session.settings.optimizer == "adam"
    session.train_epochs(1)
    assert session.trainer.epoch == 5
    info = session.snapshot(1, False, 0.0).timeline
    assert info.first == 4 and info.latest == 5


def test_lanes_stop_at_the_stop_epoch(session):
    session.change(stop_at_epoch=3)
    comparison.start(session, [{}, {"learning_rate": 10.0, "optimizer": "adam"}])
    session.train_batches(10_000)
    comp = session.comparison
    assert not comp.active(3)
    assert all(lane.trainer.epoch == 3 or lane.trainer.diverged for lane in comp.lanes)
    assert "epoch 3" in comp.status(3)


def test_compare_needs_training_points():
    s = Session(TrainingSettings(data_source="painted"))
    with pytest.raises(ValueError, match="paint"):
        comparison.start(s)


# ---------------------------------------------------------------------- rewind
def run(session: Session, epochs: int) -> list[np.ndarray]:
    """Train as the worker does, in chunks; the parameters at the end of every epoch."""
    seen = []
    t = session.trainer
    while t.epoch < epochs:
        before = t.epoch
        session.train_batches(min(5, batches_to_epoch_end(t)))
        if t.epoch != before:
            seen.append(t.network.param_vector.copy())
    return seen


def test_session_rewinds_exactly_and_resumes_deterministically():
    session = Session(TrainingSettings(dataset="xor", optimizer="adam", batch_size=7))
    params = run(session, 150)
    session.timeline_view(40)
    while session.replaying:
        session.timeline_replay(3)
    snap = session.snapshot(1, False, 0.0)
    assert snap.epoch == 40 and snap.timeline.viewing == 40
    assert np.array_equal(session.trainer.network.param_vector, params[39])
    assert np.array_equal(
        np.concatenate([np.concatenate([W.ravel(), b]) for W, b in zip(snap.weights, snap.biases)]),
        params[39],
    )
    session.train_epochs(1)  # stepping while rewound moves through the past
    while session.replaying:
        session.timeline_replay(100)
    assert session.trainer.epoch == 41 and session.timeline.viewing == 41
    again = run(session, 150)  # training from here resumes: the later epochs are replaced
    assert session.timeline.viewing is None
    for e, p in enumerate(again, start=42):
        assert np.array_equal(p, params[e - 1]), e


def test_a_setting_change_while_rewound_continues_from_there():
    session = Session(TrainingSettings(dataset="circle"))
    run(session, 30)
    session.timeline_view(10)
    session.timeline_replay(10_000)
    session.change(speed=3)  # not a training setting: still rewound
    assert session.timeline.viewing == 10
    session.change(learning_rate=0.1)
    assert session.timeline.viewing is None and session.trainer.epoch == 10
    assert session.trainer.learning_rate == 0.1
    assert session.snapshot(1, False, 0.0).timeline.latest == 10
    assert session.trainer.history.arrays()["epoch"].max() <= 10


def test_back_to_latest_and_a_reset_start_the_timeline_again():
    session = Session()
    params = run(session, 20)
    session.timeline_view(5)
    session.timeline_replay(10_000)
    session.timeline_latest()
    assert session.trainer.epoch == 20 and np.array_equal(
        session.trainer.network.param_vector, params[-1]
    )
    session.reset()
    info = session.snapshot(1, False, 0.0).timeline
    assert (info.first, info.latest, info.viewing) == (0, 0, None)
    with pytest.raises(ValueError, match="Compare"):
        comparison.start(session)
        session.timeline_view(1)


def test_new_points_while_rewound_go_on_from_the_past():
    session = Session(TrainingSettings(data_source="painted"))
    rng = np.random.default_rng(0)
    session.add_points(rng.uniform(-5, 5, (40, 2)), rng.integers(0, 2, 40))
    run(session, 30)
    session.timeline_view(10)
    session.timeline_replay(10_000)
    session.add_points(np.array([[1.0, 1.0]]), np.array([1]))
    snap = session.snapshot(1, False, 0.0)
    assert snap.epoch == 10 and snap.timeline.viewing is None
    assert snap.timeline.first == 10 and snap.history["epoch"].max() <= 10
