"""The schedule and restore-best settings: validated, in the session's trainer, saved in
projects (old files still open, bad ones refused naming the field), and the patience
stop going back to the best test epoch exactly."""

from __future__ import annotations

import json

import numpy as np
import pytest

from engine.schedules import CONSTANT, Schedule
from playground.core.controls import CONTROL_NAMES
from playground.core.project import (
    ProjectError,
    apply_project,
    dumps_project,
    load_project,
    project_from_session,
)
from playground.core.session import Session
from playground.core.settings import TrainingSettings
from playground.core.stopping import MIN_IMPROVEMENT

COSINE = Schedule("cosine", epochs=40, min_rate=0.001, warmup=5)


def test_settings_take_a_schedule_and_refuse_a_bad_one_naming_the_field():
    s = TrainingSettings(schedule={"kind": "step", "every": 5, "factor": 0.5})
    assert s.schedule == Schedule("step", every=5, factor=0.5)
    assert TrainingSettings().schedule is CONSTANT and not TrainingSettings().restore_best
    with pytest.raises(ValueError, match=r"^schedule\.kind"):
        TrainingSettings().with_changes(schedule={"kind": "triangle"})
    with pytest.raises(ValueError, match=r"^schedule\.factor"):
        TrainingSettings(schedule={"kind": "step", "factor": -1})
    with pytest.raises(ValueError, match=r"^restore_best"):
        TrainingSettings(restore_best="yes")
    assert {"schedule", "restore_best"} <= set(CONTROL_NAMES)  # a lesson may lock them


def test_a_change_reaches_the_trainer_without_a_reset():
    session = Session()
    session.train_epochs(6)
    before = session.trainer.network.param_vector.copy()
    assert session.change(schedule=COSINE, restore_best=True) is False
    t = session.trainer
    assert t.schedule == COSINE and t.epoch == 6
    assert np.array_equal(t.network.param_vector, before)
    assert t.current_rate == COSINE.rate(0.03, 6) != 0.03
    session.change(learning_rate=0.1)
    assert t.current_rate == COSINE.rate(0.1, 6)


def reopen(session: Session) -> tuple[str, Session]:
    text = dumps_project(project_from_session(session))
    other = Session()
    apply_project(other, load_project(text))
    return text, other


def test_a_project_keeps_the_schedule_and_restore_best():
    session = Session(TrainingSettings(schedule=COSINE, restore_best=True, patience=30))
    session.train_epochs(9)
    text, other = reopen(session)
    saved = json.loads(text)["settings"]
    assert saved["schedule"] == {"kind": "cosine", "epochs": 40, "min_rate": 0.001, "warmup": 5}
    assert saved["restore_best"] is True
    assert other.settings == session.settings and other.trainer.schedule == COSINE
    assert other.trainer.current_rate == session.trainer.current_rate
    # The schedule goes on from the saved epoch (a file keeps the epoch, not the shuffle).
    assert other.trainer.epoch == 9 and other.trainer.current_rate == COSINE.rate(0.03, 9)
    other.train_epochs(3)
    assert other.trainer.current_rate == COSINE.rate(0.03, 12)


def test_a_file_without_them_opens_and_a_constant_run_saves_as_before():
    text, other = reopen(Session())
    saved = json.loads(text)["settings"]
    assert "schedule" not in saved and "restore_best" not in saved  # as before schedules
    assert other.settings.schedule is CONSTANT and not other.settings.restore_best


@pytest.mark.parametrize(
    ("value", "field"),
    [
        ({"kind": "warp"}, "schedule.kind"),
        ({"kind": "step", "factor": -0.5}, "schedule.factor"),
        ({"kind": "exponential", "gamma": 2}, "schedule.gamma"),
        ({"kind": "cosine", "epochs": 0}, "schedule.epochs"),
        ({"kind": "cosine", "every": 3}, "schedule.every"),
        ({"kind": "step", "warmup": 1.5}, "schedule.warmup"),
        ("cosine", "settings.schedule"),
    ],
)
def test_a_file_with_a_bad_schedule_is_refused_naming_the_field(value, field):
    raw = json.loads(dumps_project(project_from_session(Session())))
    raw["settings"]["schedule"] = value
    with pytest.raises(ProjectError, match=field.replace(".", r"\.")):
        load_project(json.dumps(raw))
    raw["settings"]["schedule"] = {"kind": "constant"}
    raw["settings"]["restore_best"] = 1
    with pytest.raises(ProjectError, match=r"settings\.restore_best"):
        load_project(json.dumps(raw))


def best_epoch(session: Session, upto: int) -> tuple[int, float]:
    """The patience rule's best test epoch, found the long way: every epoch's test loss."""
    best = (np.inf, 0)
    for epoch in range(1, upto + 1):
        session.trainer.run_epochs(1)
        loss = session.trainer.metrics()["test_loss"]
        if loss < best[0] * (1.0 - MIN_IMPROVEMENT):
            best = (loss, epoch)
        assert session.trainer.epoch == epoch
    return best[1], best[0]


OVERFITS = dict(
    dataset="spiral", noise=0.5, train_ratio=0.1, hidden=(8, 8), learning_rate=0.3, patience=15
)


@pytest.mark.parametrize("seed", [1, 2])
def test_the_patience_stop_restores_the_best_epoch_exactly(seed):
    settings = TrainingSettings(**OVERFITS, init_seed=seed, restore_best=True)
    session = Session(settings)
    session.begin_training()
    reason = ""
    while not reason and session.trainer.epoch < 2000:
        session.train_batches(session.trainer.batches_per_epoch)
        reason = session.check_stop()
    stopped_at = session.timeline.info(session.trainer).latest
    while session.replaying:
        session.timeline_replay(50)
    reference = Session(settings)
    epoch, loss = best_epoch(reference, stopped_at)
    assert 0 < epoch < stopped_at == epoch + 15
    assert reason == (
        f"Stopped at epoch {stopped_at}: the test loss had not improved for 15 epochs; "
        f"restored the weights of epoch {epoch} (test loss {loss:.4g})."
    )
    t = session.trainer
    assert t.epoch == epoch and session.timeline.viewing == epoch
    assert np.array_equal(t.network.param_vector, reference_params(settings, epoch))
    # Rewindable: the stopped epoch is still on the timeline.
    session.timeline_latest()
    assert t.epoch == stopped_at


def reference_params(settings: TrainingSettings, epoch: int) -> np.ndarray:
    session = Session(settings)
    session.trainer.run_epochs(epoch)
    return session.trainer.network.param_vector


def test_without_restore_best_the_stop_keeps_the_last_weights():
    session = Session(TrainingSettings(**OVERFITS, init_seed=1))
    session.begin_training()
    reason = ""
    while not reason:
        session.train_batches(session.trainer.batches_per_epoch)
        reason = session.check_stop()
    assert reason.startswith(f"Paused at epoch {session.trainer.epoch}: the test loss has not")
    assert session.timeline.viewing is None


def test_a_best_epoch_before_the_timeline_began_is_not_claimed():
    """A new network (an input switched on) starts the timeline again: a best epoch from
    before it cannot be shown, so the stop keeps the last weights and says so."""
    session = Session(TrainingSettings(patience=3, restore_best=True))
    session.begin_training()
    session.train_batches(5 * session.trainer.batches_per_epoch)
    session.best_test = (1e-9, 2)  # a best that no later epoch beats
    session.set_feature("x1_sq", True)
    session.train_batches(session.trainer.batches_per_epoch)
    reason = session.check_stop()
    assert reason.startswith("Paused at epoch 6: the test loss has not improved for 3 epochs")
    assert session.timeline.viewing is None and session.trainer.epoch == 6
