"""Own points in the session (no Qt): painting, erasing, undo data, classes, projects."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from playground.core.points import Fit, PointSet, fit_to_view, outside_view, split_keys
from playground.core.project import (
    ProjectError,
    apply_project,
    dumps_project,
    load_project,
    project_from_session,
)
from playground.core.session import Session
from playground.core.settings import TrainingSettings


def own_session(**settings) -> Session:
    s = Session(TrainingSettings(hidden=(4,), **settings))
    s.start_painting(copy=False)
    return s


def reopen(s: Session) -> Session:
    other = Session()
    apply_project(other, load_project(dumps_project(project_from_session(s))))
    return other


def test_split_keys_spread_even_a_few_points_over_the_split():
    u = split_keys(np.arange(10))
    assert u[0] < 0.5 <= u[1]  # the first point trains, the second tests
    assert np.sum(u < 0.5) == 5 and np.sum(u < 0.7) == 7
    s = own_session()
    s.add_points([[1, 1]], [1])
    assert s.has_training_data and len(s.data.X_train) == 1


def test_the_ratio_moves_points_between_train_and_test_without_reshuffling():
    s = own_session()
    s.add_points(np.random.default_rng(0).uniform(-5, 5, (40, 2)), np.arange(40) % 2)
    before = s.own_points()
    s.change(train_ratio=0.8)
    assert abs(len(s.data.X_train) - 32) <= 1 and s.own_points() is before
    s.change(train_ratio=0.5)
    assert abs(len(s.data.X_train) - 20) <= 1
    train = before.u < 0.5
    assert np.array_equal(s.data.X_train, before.X[train])


def test_new_points_join_and_keep_the_network():
    s = own_session()
    s.add_points([[1, 1], [2, 2], [-1, -1], [-2, -2]], [1, 1, 0, 0])
    s.train_epochs(5)
    weights = [W.copy() for W, _ in s.trainer.network.params]
    epoch = s.trainer.epoch
    s.add_points([[3, 3]], [1])
    assert s.trainer.epoch == epoch and len(s.data.X_train) + len(s.data.X_test) == 5
    assert all(np.array_equal(a, W) for a, (W, _) in zip(weights, s.trainer.network.params))


def test_a_third_class_makes_the_trainer_multiclass_keeping_the_hidden_layer():
    s = own_session()
    s.add_points([[1, 1], [2, 2], [-1, -1], [-2, -2]], [1, 1, 0, 0])
    s.train_epochs(3)
    hidden = s.trainer.network.params[0][0].copy()
    new = s.add_points([[0, 4], [0, 5]], [2, 2])
    t = s.trainer
    assert s.data.classes == 3 and t.network.head.kind == "multiclass" and t.network.head.units == 3
    assert np.array_equal(t.network.params[0][0], hidden)
    assert set(t.y_train.tolist()) | set(t.y_test.tolist()) == {0, 1, 2}
    s.train_epochs(2)
    s.remove_points(new.ids)  # undo: back to two classes
    assert s.data.classes == 2 and s.trainer.network.head.kind == "binary"


def test_erase_and_put_back_restores_exactly():
    s = own_session()
    rng = np.random.default_rng(1)
    s.add_points(rng.uniform(-5, 5, (60, 2)), rng.integers(0, 3, 60))
    before = s.own_points()
    removed = s.erase_points([[-3, -3], [3, 3]], 1.0)
    assert 0 < len(removed) < 60 and len(s.own_points()) == 60 - len(removed)
    d = np.abs(removed.X[:, 0] - removed.X[:, 1]) / math.sqrt(2)  # distance to the diagonal
    assert np.all(d <= 1.0 + 1e-9)
    s.insert_points(removed)
    assert s.own_points().same_points(before)
    with pytest.raises(ValueError, match="already"):
        s.insert_points(removed)


def test_painting_checks_its_points():
    s = own_session()
    with pytest.raises(ValueError, match="inside the view"):
        s.add_points([[7, 0]], [0])
    with pytest.raises(ValueError, match="class"):
        s.add_points([[0, 0]], [8])
    assert len(s.own_points()) == 0


def test_no_training_point_no_training():
    s = own_session()
    assert not s.has_training_data
    assert s.train_batches(5) == 0
    s.train_epochs(3)
    assert s.trainer.epoch == 0
    m = s.snapshot(1, False, 0.0).metrics
    assert math.isnan(m["train_loss"]) and m["train_accuracy"] is None
    s.add_points([[0, 0]], [1])
    s.train_epochs(1)
    assert s.trainer.epoch == 1


def test_data_state_undoes_switches_and_imports():
    s = Session(TrainingSettings(hidden=(3,)))
    start = s.data_state()
    s.start_painting(copy=True)
    assert s.settings.data_source == "painted" and len(s.own_points()) == 500
    generated = s.data.X_train.copy()
    s.add_points([[0, 0]], [2])
    painted = s.data_state()
    s.change(dataset="spiral")  # a generator: own points are kept, not shown
    assert s.settings.data_source == "generated" and len(s.own_points()) == 501
    s.restore_data_state(painted)
    assert s.settings.data_source == "painted" and s.data.classes == 3
    s.import_points("regression", [[1, 2], [3, 4]], [0.5, -0.5])
    assert s.settings.problem == "regression" and s.data.task == "regression"
    assert len(s.own_points("classification")) == 501  # the other problem's points stay
    s.restore_data_state(painted)
    assert s.settings.problem == "classification" and len(s.own_points()) == 501
    s.restore_data_state(start)
    assert s.settings.data_source == "generated" and len(s.own_points()) == 0
    assert np.array_equal(s.data.X_train, generated)


def test_changing_the_problem_shows_own_points_only_if_there_are_some():
    s = own_session()
    s.add_points([[1, 1]], [1])
    s.change(problem="regression")
    assert s.settings.data_source == "generated" and s.settings.dataset == "plane"
    s.start_painting(copy=False)
    s.add_points([[1, 1]], [0.25])
    s.change(problem="classification")
    assert s.settings.data_source == "painted" and s.data.y_train.tolist() == [1]
    s.change(problem="regression")
    assert s.settings.data_source == "painted" and s.data.task == "regression"


def test_generators_draw_the_chosen_number_of_points():
    s = Session(TrainingSettings(points=120, dataset="blobs", classes=4))
    assert len(s.data.X_train) + len(s.data.X_test) == 120 and s.data.classes == 4
    s.change(points=40)
    assert len(s.data.X_train) + len(s.data.X_test) == 40
    for bad in ({"points": 5}, {"points": 100_001}, {"data_source": "drawn"}):
        with pytest.raises(ValueError):
            s.change(**bad)
    assert reopen(s).settings.points == 40


def test_a_project_keeps_the_own_points_shown_and_kept_aside():
    s = own_session()
    rng = np.random.default_rng(3)
    s.add_points(rng.uniform(-5, 5, (30, 2)), rng.integers(0, 3, 30))
    s.painted["classification"] = s.own_points().with_fit(Fit(100.0, -2.0, 0.05))
    s.painted["regression"] = s.new_points("regression", [[0, 0], [1, 1]], [0.5, -0.25])
    s.train_epochs(2)
    saved = project_from_session(s)
    assert saved["settings"]["data_source"] == "painted"
    assert saved["data"]["source"] == "points" and saved["data"]["fit"] == [100.0, -2.0, 0.05]
    assert list(saved["data"]["painted"]) == ["regression"]
    other = reopen(s)
    assert other.settings == s.settings
    assert np.array_equal(other.data.X_train, s.data.X_train)
    assert np.array_equal(other.data.y_test, s.data.y_test)
    assert other.own_points().fit == Fit(100.0, -2.0, 0.05)
    kept = other.own_points("regression")
    assert kept.X.tolist() == [[0, 0], [1, 1]] and kept.y.tolist() == [0.5, -0.25]
    assert np.array_equal(kept.train_mask(0.5), s.own_points("regression").train_mask(0.5))
    assert other.trainer.network.head.units == 3


def test_a_project_of_generated_data_keeps_own_points_aside():
    s = Session(TrainingSettings(hidden=(2,)))
    s.start_painting(copy=True)
    s.change(dataset="xor")
    saved = project_from_session(s)
    assert saved["data"]["source"] == "generated"
    assert len(saved["data"]["painted"]["classification"]["X"]) == 500
    other = reopen(s)
    assert other.settings.data_source == "generated" and len(other.own_points()) == 500


def test_empty_own_points_save_and_a_lesson_can_start_on_an_empty_canvas():
    s = own_session()
    assert project_from_session(s)["data"]["X_train"] == []
    assert reopen(s).settings.data_source == "painted"
    lesson = {
        "format": "nn-playground-project",
        "version": 1,
        "settings": {"data_source": "painted", "dataset": "blobs"},
    }
    other = Session()
    apply_project(other, load_project(json.dumps(lesson)))
    assert not other.has_training_data and other.trainer.network.head.kind == "binary"


@pytest.mark.parametrize(
    "data, message",
    [
        ({"source": "generated"}, "data.source"),
        ({"source": "generated", "painted": {"shapes": {}}}, "unknown fields"),
        (
            {"source": "generated", "painted": {"regression": {"X": [[0, 0]], "y": [1]}}},
            "missing train",
        ),
        (
            {
                "source": "generated",
                "painted": {"classification": {"X": [[0, 0]], "y": [9], "train": [True]}},
            },
            "class label",
        ),
        (
            {
                "source": "generated",
                "painted": {"classification": {"X": [[0, 0]], "y": [1], "train": [1]}},
            },
            "true/false",
        ),
    ],
)
def test_bad_own_points_in_a_project_are_named(data, message):
    settings = {"data_source": "painted"} if data == {"source": "generated"} else {}
    text = json.dumps(
        {"format": "nn-playground-project", "version": 1, "settings": settings, "data": data}
    )
    with pytest.raises(ProjectError, match=message):
        load_project(text)


def test_fit_to_view_keeps_shapes_and_centres():
    X = np.array([[100.0, 10.0], [300.0, 50.0], [200.0, 30.0]])
    assert outside_view(X) and not outside_view(X / 100)
    fit = fit_to_view(X)
    Y = fit.apply(X)
    assert np.allclose(Y.min(axis=0) + Y.max(axis=0), 0)  # centred
    assert math.isclose(float(np.abs(Y).max()), 5.5)
    assert np.allclose((Y[1] - Y[0]) / (X[1] - X[0]), fit.factor)  # both axes alike
    assert "×" in fit.describe()
    assert PointSet.empty("classification").classes == 2
