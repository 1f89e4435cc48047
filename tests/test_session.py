"""The session behind the window: which changes reset, stop conditions, snapshots."""

from __future__ import annotations

import numpy as np
import pytest

from playground.core.session import Session
from playground.core.settings import TrainingSettings


def weights(session: Session) -> list[np.ndarray]:
    return [W.copy() for W, _ in session.trainer.network.params]


def same(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b))


def test_defaults_match_tensorflow_playground():
    s = Session()
    assert s.trainer.network.layer_sizes == [2, 4, 2, 1]
    assert s.settings.dataset == "circle" and s.settings.learning_rate == 0.03
    assert s.data.X_train.shape == (250, 2) and s.data.X_test.shape == (250, 2)


@pytest.mark.parametrize(
    ("change", "resets"),
    [
        ({"learning_rate": 0.3}, False),
        ({"regularization": "l2", "reg_rate": 0.01}, False),
        ({"optimizer": "adam"}, False),
        ({"batch_size": 30}, False),
        ({"activation": "relu"}, True),
        ({"dataset": "xor"}, True),
        ({"noise": 0.2}, True),
    ],
)
def test_which_changes_reset(change, resets):
    s = Session()
    s.train_epochs(3)
    before = weights(s)
    assert s.change(**change) is resets
    assert same(before, weights(s)) is not resets
    assert (s.trainer.epoch == 0) is resets


def test_network_shape_changes_edit_the_network_in_place():
    s = Session()
    s.train_epochs(3)
    before = weights(s)
    assert s.change(hidden=(3,)) is False
    assert s.trainer.epoch == 3 and s.trainer.network.layer_sizes == [2, 3, 1]
    assert np.array_equal(s.trainer.network.params[0][0], before[0][:, :3])
    assert s.change(features=("x1", "x2", "x1_sq")) is False
    assert s.trainer.network.features == ["x1", "x2", "x1_sq"]
    assert np.array_equal(s.trainer.network.params[0][0][:2], before[0][:, :3])
    assert not s.trainer.network.params[0][0][2].any()  # a new input starts at zero
    assert s.change(activation="relu") is True  # the top bar's: every layer, fresh weights


def test_problem_switch_picks_a_fitting_dataset():
    s = Session()
    s.change(problem="regression")
    assert s.settings.dataset == "plane" and s.trainer.network.head.kind == "regression"
    s.change(problem="classification")
    assert s.settings.dataset == "circle"


def test_multiclass_dataset_grows_the_output():
    s = Session()
    s.change(dataset="blobs", classes=4)
    assert s.trainer.network.layer_sizes[-1] == 4
    assert s.data.classes == 4


def test_invalid_change_changes_nothing():
    s = Session()
    before = s.settings
    with pytest.raises(ValueError, match="learning_rate"):
        s.change(learning_rate=-1.0)
    assert s.settings == before


def test_layer_and_neuron_buttons():
    s = Session()
    s.train_epochs(2)
    s.add_layer()
    assert s.settings.hidden == (4, 2, 2)
    s.add_neuron(0)
    s.remove_neuron(1)
    assert s.settings.hidden == (5, 1, 2)
    assert s.trainer.epoch == 2  # live edits: training goes on from here
    s.remove_neuron(1)  # its last neuron: the layer goes
    assert s.settings.hidden == (5, 2)
    s.add_layer()
    s.remove_layer()
    assert s.trainer.network.layer_sizes == [2, 5, 2, 1]
    s.set_feature("x1_x2", True)
    assert s.settings.features == ("x1", "x2", "x1_x2")
    s.set_feature("x1", False)
    s.set_feature("x2", False)
    with pytest.raises(ValueError, match="at least one input feature"):
        s.set_feature("x1_x2", False)


def test_stop_at_epoch_is_exact_via_epoch_steps():
    s = Session(TrainingSettings(stop_at_epoch=5))
    while not s.check_stop():
        s.train_epochs(1)
    assert s.trainer.epoch == 5
    assert "epoch 5" in s.stop_reason


def test_patience_stops_when_test_loss_stalls():
    s = Session(TrainingSettings(patience=3, learning_rate=0.00001))
    for _ in range(200):
        s.train_epochs(1)
        if s.check_stop():
            break
    assert "has not improved for 3 epochs" in s.stop_reason


def test_snapshot_is_a_copy():
    s = Session()
    snap = s.snapshot(1, False, 0.0)
    assert snap.boundary.shape == (100, 100)
    assert [m.shape[0] for m in snap.neuron_maps] == [4, 2]
    snap.weights[0][...] = 99.0
    assert not np.any(s.trainer.network.params[0][0] == 99.0)
    s.train_epochs(1)
    assert snap.epoch == 0 and snap.weights[0][0, 0] == 99.0


KEEPS = "keeps the weights and the epoch count"
KEEPING_CHANGES = {
    "learning_rate": {"learning_rate": 0.3},
    "regularization": {"regularization": "l1", "reg_rate": 0.01},
    "reg_rate": {"regularization": "l2", "reg_rate": 0.3},
    "batch_size": {"batch_size": 30},
}


def test_what_the_tooltips_say_a_change_keeps_it_keeps():
    # Issue 15: the tooltips and the README say exactly what resets.
    from playground.core.settings import SETTINGS_INFO

    claimed = {name for name, info in SETTINGS_INFO.items() if KEEPS in info.tip}
    assert claimed == set(KEEPING_CHANGES)
    for name in ("regularization", "reg_rate", "batch_size"):
        assert "TensorFlow Playground starts again here" in SETTINGS_INFO[name].tip
    for name, change in KEEPING_CHANGES.items():
        s = Session()
        s.train_epochs(5)
        before = weights(s)
        assert s.change(**change) is False, name
        assert same(before, weights(s)) and s.trainer.epoch == 5, name
        s.train_epochs(1)  # and the next step uses the new value
        assert s.trainer.epoch == 6 and not same(before, weights(s))
