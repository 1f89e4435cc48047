"""Project files: bit-identical round trips, atomic saves, and a loader that only ever
raises ProjectError, whatever it is fed."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from playground.core import project_schema
from playground.core.project import (
    Lesson,
    ProjectError,
    apply_project,
    dumps_project,
    load_project,
    project_from_session,
)
from playground.core.session import Session
from playground.core.settings import TrainingSettings
from playground.core.snapshot import DataSnapshot
from playground.projects import saving
from playground.projects.saving import save_project


def params(session: Session) -> list[np.ndarray]:
    return [a.copy() for W, b in session.trainer.network.params for a in (W, b)]


def identical(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    """Same shapes, dtypes and bits (NaN-free arrays, so tobytes compares exactly)."""
    return len(a) == len(b) and all(
        x.shape == y.shape and x.dtype == y.dtype and x.tobytes() == y.tobytes()
        for x, y in zip(a, b)
    )


def data_arrays(session: Session) -> list[np.ndarray]:
    d = session.data
    return [d.X_train, d.y_train, d.X_test, d.y_test]


def reopen(session: Session, view=None, lesson=None) -> Session:
    text = dumps_project(project_from_session(session, view, lesson))
    other = Session()
    apply_project(other, load_project(text))
    return other


@pytest.fixture(scope="module")
def trained() -> Session:
    s = Session(TrainingSettings(dataset="xor", noise=0.2, data_seed=7, init_seed=3, hidden=(5, 3)))
    s.change(regularization="l2", reg_rate=0.003, optimizer="adam", learning_rate=0.01)
    s.trainer.set_link_enabled(1, 2, 0, False)
    s.train_epochs(7)
    return s


# ------------------------------------------------------------------ round trips
def test_round_trip_is_bit_identical(trained):
    other = reopen(trained, {"show_test": True, "discretize": False})
    assert other.settings == trained.settings
    assert identical(params(other), params(trained))
    assert [m.tolist() for m in other.trainer.network.masks] == [
        m.tolist() for m in trained.trainer.network.masks
    ]
    assert identical(data_arrays(other), data_arrays(trained))
    assert (other.trainer.epoch, other.trainer.steps) == (7, trained.trainer.steps)
    h1, h2 = trained.trainer.history.arrays(), other.trainer.history.arrays()
    for key in h1:
        np.testing.assert_array_equal(h1[key], h2[key])
    assert other.trainer.optimizer == "adam" and other.trainer.l2 == 0.003


def test_generated_data_is_stored_as_its_settings(trained):
    data = project_from_session(trained)["data"]
    assert data == {"source": "generated"}


def test_points_that_were_not_generated_are_stored_and_come_back_exactly():
    s = Session(TrainingSettings(dataset="circle", hidden=(3,)))
    rng = np.random.default_rng(5)
    X = rng.uniform(-6, 6, size=(37, 2))
    y = rng.integers(0, 3, size=37)
    painted = DataSnapshot(0, "classification", 3, X[:30], y[:30], X[30:], y[30:])
    from engine import Network

    net = Network.from_spec(s.settings.spec(3), seed=11)
    s.restore(net, painted)
    s.train_epochs(2)
    saved = project_from_session(s)
    assert saved["data"]["source"] == "points" and saved["data"]["classes"] == 3
    other = reopen(s)
    assert identical(data_arrays(other), data_arrays(s))
    assert other.data.classes == 3 and other.trainer.network.head.kind == "multiclass"
    assert identical(params(other), params(s))


@pytest.mark.parametrize(
    "settings",
    [
        TrainingSettings(problem="regression", dataset="plane", hidden=(2,), noise=0.1),
        TrainingSettings(dataset="blobs", classes=5, hidden=(), features=("x1", "x2", "x1_x2")),
        TrainingSettings(
            dataset="spiral", activation="relu", hidden=(8, 8, 8), learning_rate=0.003
        ),
    ],
)
def test_round_trip_across_tasks(settings):
    s = Session(settings)
    s.train_epochs(3)
    other = reopen(s)
    assert other.settings == s.settings
    assert identical(params(other), params(s)) and identical(data_arrays(other), data_arrays(s))


def test_view_and_lesson_survive(tmp_path, trained):
    lesson = Lesson(
        "XOR", "<p>Try <b>x1·x2</b>.</p>", hidden=("optimizer",), locked=("dataset", "network_edit")
    )
    path = tmp_path / "x.nnplay"
    save_project(path, project_from_session(trained, {"discretize": True}, lesson))
    loaded = load_project(path)
    assert loaded.lesson == lesson and loaded.view == {"discretize": True}
    assert load_project(str(path)).lesson == lesson


def test_a_hand_written_lesson_needs_only_settings():
    text = json.dumps(
        {
            "format": "nn-playground-project",
            "version": 1,
            "settings": {"dataset": "gauss", "hidden": []},
            "lesson": {"title": "Lines", "instructions": "<p>Press play.</p>"},
        }
    )
    p = load_project(text)
    s = Session()
    apply_project(s, p)
    fresh = Session(TrainingSettings(dataset="gauss", hidden=()))
    assert identical(params(s), params(fresh)) and identical(data_arrays(s), data_arrays(fresh))
    assert len(s.trainer.history) == 1 and s.trainer.epoch == 0


def test_applying_a_project_then_training_works(trained):
    other = reopen(trained)
    other.train_epochs(3)
    assert other.trainer.epoch == 10 and not other.trainer.diverged


def test_a_failed_apply_leaves_the_session_as_it_was(trained, monkeypatch):
    s = Session()
    before, trainer, settings = params(s), s.trainer, s.settings
    p = load_project(dumps_project(project_from_session(trained)))

    def broken(*args, **kwargs):
        raise ValueError("disk on fire")

    monkeypatch.setattr(Session, "restore", broken)
    with pytest.raises(ProjectError, match="disk on fire"):
        apply_project(s, p)
    assert s.trainer is trainer and s.settings == settings and identical(params(s), before)


# ------------------------------------------------------------------- saving
def test_save_replaces_the_file_atomically(tmp_path, trained):
    path = tmp_path / "work.nnplay"
    save_project(path, project_from_session(trained))
    first = path.read_bytes()
    save_project(path, project_from_session(trained, {"show_test": True}))
    assert path.read_bytes() != first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["work.nnplay"]


def test_an_interrupted_save_leaves_the_old_file_intact(tmp_path, trained, monkeypatch):
    path = tmp_path / "work.nnplay"
    save_project(path, project_from_session(trained))
    old = path.read_bytes()

    class FailingSaveFile(saving.QSaveFile):
        def write(self, data):  # writes half, then the disk "fills up"
            super().write(bytes(data)[: len(data) // 2])
            raise OSError("No space left on device")

    monkeypatch.setattr(saving, "SaveFile", FailingSaveFile)
    with pytest.raises(OSError, match="No space left"):
        save_project(path, project_from_session(trained, {"show_test": True}))
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["work.nnplay"]
    load_project(path)


def test_a_short_write_is_reported_and_the_old_file_kept(tmp_path, trained, monkeypatch):
    path = tmp_path / "work.nnplay"
    path.write_text("old")

    class RefusingSaveFile(saving.QSaveFile):
        def write(self, data):
            return -1

    monkeypatch.setattr(saving, "SaveFile", RefusingSaveFile)
    with pytest.raises(OSError, match="Could not save"):
        save_project(path, project_from_session(trained))
    assert path.read_text() == "old"


def test_saving_into_a_missing_folder_says_so(tmp_path, trained):
    with pytest.raises(OSError, match="does not exist"):
        save_project(tmp_path / "nope" / "x.nnplay", project_from_session(trained))


# ------------------------------------------------------------- clear refusals
def valid_dict(trained) -> dict:
    return json.loads(dumps_project(project_from_session(trained)))


def refused(obj_or_text) -> str:
    text = obj_or_text if isinstance(obj_or_text, str) else json.dumps(obj_or_text)
    with pytest.raises(ProjectError) as info:
        load_project(text)
    message = str(info.value)
    assert "\n" not in message and message
    return message


def test_newer_version_message(trained):
    d = valid_dict(trained)
    d["version"] = 2
    d["something_new"] = {"x": 1}
    assert refused(d) == (
        "This file was made by a newer NN Playground (format 2); this version reads format 1."
    )


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.pop("format"), "not an NN Playground project"),
        (lambda d: d.update(format="tensorflow"), "not an NN Playground project"),
        (lambda d: d.update(version="1"), "version"),
        (lambda d: d["settings"].update(learning_rate=-1), "learning_rate"),
        (lambda d: d["settings"].update(activation=["tanh"]), "activation"),
        (lambda d: d["settings"].update(features=["x9"]), "x9"),
        (lambda d: d["settings"].update(dataset="plane"), "settings.dataset"),
        (lambda d: d["network"]["params"][0].update(W=[[1.0]]), "network.params[0].W"),
        (lambda d: d["network"]["params"][1]["b"].__setitem__(0, "1"), "network.params[1].b"),
        (lambda d: d["network"]["params"][2]["W"][0].__setitem__(0, 1e9), "±1e+06"),
        (lambda d: d["network"]["masks"][0][0].__setitem__(0, 2), "network.masks[0]"),
        (lambda d: d["network"]["spec"]["hidden"].pop(), "does not match the settings"),
        (lambda d: d["training"].update(epoch=-3), "training.epoch"),
        (lambda d: d["history"]["rows"].append([1, 2]), "history.rows"),
        (lambda d: d.update(view={"show_test": [1]}), "view.show_test"),
        (lambda d: d.update(lesson={"title": "t", "hidden": ["everything"]}), "lesson.hidden[0]"),
        (lambda d: d.update(data={"source": "points"}), "data"),
        (lambda d: d.update(extra=1), "unknown parts"),
    ],
)
def test_damaged_files_name_the_field(trained, change, expected):
    d = valid_dict(trained)
    change(d)
    assert expected in refused(d)


def test_syntax_errors_constants_and_encodings():
    assert "not valid JSON" in refused('{"format": ')
    assert "NaN" in refused('{"format": "nn-playground-project", "version": 1, "x": NaN}')
    with pytest.raises(ProjectError, match="UTF-8"):
        load_project(b"\xff\xfe{}")
    assert "nested 100,000 deep" in refused("[" * 100_000 + "]" * 100_000)
    assert "training.epoch" in refused(
        '{"format": "nn-playground-project", "version": 1, "training": {"epoch": 1e999}}'
    )


def test_points_data_is_checked(trained):
    d = valid_dict(trained)
    points = {
        "source": "points",
        "task": "classification",
        "classes": 2,
        "X_train": [[0.0, 1.0], [2.0, 3.0]],
        "y_train": [0, 1],
        "X_test": [],
        "y_test": [],
    }
    d["data"] = points
    assert load_project(json.dumps(d)).data.X_train.shape == (2, 2)
    for key, value, expected in [
        ("y_train", [0, 2], "data.y_train[1]"),
        ("y_train", [0], "data.y_train"),
        ("X_train", [[0.0, 1.0], [2.0]], "data.X_train[1]"),
        ("X_train", [[0.0, 1.0], [2.0, True]], "data.X_train[1]"),
        ("X_train", [[0.0, 1.0], [2.0, 10**400]], "data.X_train"),
        ("X_train", [[0.0, 1.0], [2.0, 2000.0]], "data.X_train"),
        ("task", "regression", "data.task"),
        ("classes", 9, "data.classes"),
    ]:
        bad = copy.deepcopy(d)
        bad["data"][key] = value
        assert expected in refused(json.dumps(bad)), key


def test_huge_arrays_are_refused_before_they_are_read(trained):
    d = valid_dict(trained)
    d["data"] = {
        "source": "points",
        "task": "classification",
        "classes": 2,
        "X_train": [[0.0, 0.0]] * 60_000,
        "y_train": "not even looked at",
        "X_test": [[0.0, 0.0]] * 60_000,
        "y_test": [],
    }
    assert "at most 100,000" in refused(d)


def test_missing_and_oversized_files(tmp_path, monkeypatch):
    with pytest.raises(ProjectError, match="cannot read"):
        load_project(tmp_path / "missing.nnplay")
    with pytest.raises(ProjectError, match="cannot read"):
        load_project("missing.nnplay")
    with pytest.raises(ProjectError, match="folder"):
        load_project(tmp_path)
    big = tmp_path / "big.nnplay"
    big.write_bytes(b"{" + b" " * 2000)
    monkeypatch.setattr(project_schema, "MAX_FILE_BYTES", 1000)
    with pytest.raises(ProjectError, match="at most"):
        load_project(big)


# ------------------------------------------------------------------- fuzzing
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**400), max_value=10**400)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=30,
)
FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def only_project_errors(text) -> None:
    try:
        load_project(text)
    except ProjectError as exc:
        assert str(exc) and "\n" not in str(exc)


@FUZZ
@given(json_values)
def test_fuzz_random_json(value):
    only_project_errors(json.dumps(value))


@FUZZ
@given(st.text(max_size=200))
def test_fuzz_random_text(text):
    only_project_errors("{" + text)


@FUZZ
@given(st.binary(max_size=200))
def test_fuzz_random_bytes(raw):
    only_project_errors(raw)


@pytest.fixture(scope="module")
def valid_text(trained) -> str:
    return dumps_project(
        project_from_session(trained, {"show_test": True}, Lesson("T", "<p>x</p>"))
    )


@FUZZ
@given(st.data())
def test_fuzz_truncated_files(valid_text, data):
    cut = data.draw(st.integers(min_value=0, max_value=len(valid_text) - 1))
    only_project_errors(valid_text[:cut])
    only_project_errors(valid_text[:cut].encode("utf-8"))


def paths(value, prefix=()):
    """Every path into a JSON value (dict keys and list indices)."""
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value[:3]):
            yield from paths(v, (*prefix, i))


@FUZZ
@given(st.data())
def test_fuzz_wrong_types_anywhere(valid_text, data):
    d = json.loads(valid_text)
    targets = [p for p in paths(d) if p]
    where = data.draw(st.sampled_from(targets))
    replacement = data.draw(
        json_values
        | st.just([[0.0, 0.0]] * 300)
        | st.just(1e308)
        | st.just(-1)
        | st.just(10**20)
        | st.just("")
    )
    node = d
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = replacement
    try:
        p = load_project(json.dumps(d))
    except ProjectError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    apply_project(SHARED, p)  # whatever the loader accepts must open


SHARED = Session()


# ------------------------------------------------------------------------ Compare
RACE = [{"optimizer": "sgd"}, {"optimizer": "adam", "learning_rate": 0.01}, {"activation": "relu"}]


def test_compare_lanes_and_focus_come_back_and_the_race_starts_again():
    from playground.core import comparison

    s = Session(TrainingSettings(hidden=(3,)))
    comparison.start(s, RACE)
    comparison.focus(s, 2)
    s.train_batches(300)
    text = dumps_project(project_from_session(s))
    assert json.loads(text)["compare"] == {"lanes": RACE, "focus": 2}
    other = Session()
    comparison.start(other, [{"optimizer": "sgd"}, {"optimizer": "momentum"}])
    apply_project(other, load_project(text))
    assert other.comparison.overrides == RACE and other.comparison.focus == 2
    assert [lane.trainer.epoch for lane in other.comparison.lanes] == [0, 0, 0]
    assert other.snapshot(1, False, 0.0).comparison.focus == 2


def test_a_project_without_compare_turns_it_off():
    from playground.core import comparison

    plain = dumps_project(project_from_session(Session()))
    assert "compare" not in json.loads(plain)
    s = Session()
    comparison.start(s, RACE)
    apply_project(s, load_project(plain))
    assert s.comparison is None


@pytest.mark.parametrize(
    ("compare", "message"),
    [
        ({"lanes": [{"optimizer": "sgd"}]}, "compare.lanes: must list 2 to 4 lanes"),
        ({"lanes": RACE, "focus": 3}, "compare.focus"),
        ({"lanes": [{"optimizer": "sgd"}, {"optimizer": "newton"}]}, "compare.lanes[1].optimizer"),
        ({"lanes": [{"optimizer": "sgd"}, {"hidden": [3]}]}, "compare.lanes[1].hidden"),
        ({"lanes": RACE, "colour": "red"}, "compare: has unknown fields ['colour']"),
    ],
)
def test_a_bad_compare_part_is_refused_with_its_field(compare, message):
    raw = json.loads(dumps_project(project_from_session(Session())))
    raw["compare"] = compare
    with pytest.raises(ProjectError) as caught:
        load_project(json.dumps(raw))
    assert message in str(caught.value)


def test_a_project_that_fails_to_open_leaves_the_session_as_it_was(monkeypatch):
    from playground.core import comparison

    s = Session(TrainingSettings(data_source="painted"))
    s.add_points(np.array([[1.0, 2.0], [-1.0, 0.5]]), np.array([0, 1]))
    comparison.start(s, RACE)
    kept = ("settings", "data", "trainer", "stop_reason", "_best_test", "comparison", "_next_id")
    before = {name: getattr(s, name) for name in kept}
    painted = dict(s.painted)
    other = Session(TrainingSettings(dataset="xor"))
    comparison.start(other, RACE[:2])
    text = dumps_project(project_from_session(other))

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    # The last step fails: everything before it (settings, data, trainer, points, Compare
    # off) must be undone.
    monkeypatch.setattr(comparison, "start", broken)
    with pytest.raises(ProjectError, match="could not be opened: .*disk on fire"):
        apply_project(s, load_project(text))
    for name, value in before.items():
        assert getattr(s, name) is value, name
    assert s.painted == painted
