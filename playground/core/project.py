"""Project files (``.nnplay``): one JSON file for a whole piece of work.

A project holds every setting (with both seeds), the data (the generator settings, and
the points themselves when they were not generated), the network with its masks, weights
and biases, the epoch and step counters, the loss history, the view options, Compare's
lanes while it is on, and for a lesson its title, instructions and hidden or locked
controls. A minimal hand-written lesson needs only ``format``, ``version`` and
``settings``; every other part then starts fresh, as a new session would.

Loading never unpickles. :func:`load_project` checks everything (JSON syntax, the format
name and version, every type, range and array shape against the topology, finite
numbers, sizes) before anything changes, and every problem raises :class:`ProjectError`
with one line naming the field. :func:`apply_project` then puts the state into a
session, which the worker thread owns. Nothing here imports Qt: writing a file is
:func:`playground.projects.saving.save_project`'s (QtCore's QSaveFile, so that a crash
while saving never damages the old file).
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field, fields
from pathlib import Path

import numpy as np

from engine import LossHistory, Network, datasets, validate_spec
from engine.history import FIELDS as HISTORY_FIELDS
from playground.core import comparison
from playground.core.comparison import MAX_LANES, MIN_LANES, check_lane_value
from playground.core.points import TASKS, Fit, PointSet
from playground.core.session import Session
from playground.core.settings import TrainingSettings, dataset_task
from playground.core.snapshot import DataSnapshot

FORMAT = "nn-playground-project"
VERSION = 1
SUFFIX = ".nnplay"
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_POINTS = datasets.MAX_POINTS  # train and test points together
MAX_COORDINATE = 1000.0  # the view box is ±6; painted points never leave it
MAX_PARAMETER = 1e6  # the trainer calls training diverged long before weights get here
MAX_TARGET = 1e6
MAX_COUNTER = 10**15
MAX_HISTORY_LIMIT = 100_000
MAX_VIEW_ENTRIES = 64
MAX_TEXT = 200_000  # characters of lesson instructions
MAX_TITLE = 200
TOP_LEVEL_KEYS = (
    "format",
    "version",
    "app",
    "settings",
    "data",
    "network",
    "training",
    "history",
    "view",
    "lesson",
    "compare",
)
# What a lesson can hide or lock: every setting by its field name, the network editing
# (features, layers, neurons, links) and the data editing (datasets, painting).
CONTROL_NAMES = (*(f.name for f in fields(TrainingSettings)), "network_edit", "data_edit")


class ProjectError(ValueError):
    """A project file that cannot be used; the message is one line naming the field."""


@dataclass(frozen=True)
class Lesson:
    """A project's lesson part: what the student reads and which controls the teacher kept."""

    title: str
    instructions: str = ""  # rich text (a subset of HTML that Qt shows)
    hidden: tuple[str, ...] = ()
    locked: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "instructions": self.instructions,
            "hidden": list(self.hidden),
            "locked": list(self.locked),
        }

    @classmethod
    def from_dict(cls, data: object, where: str = "lesson") -> Lesson:
        if isinstance(data, Lesson):
            return data
        obj = _object(
            data, where, required=("title",), optional=("instructions", "hidden", "locked")
        )
        title = _text(obj["title"], f"{where}.title", MAX_TITLE)
        if not title.strip():
            _fail(f"{where}.title", "must not be empty")
        instructions = _text(obj.get("instructions", ""), f"{where}.instructions", MAX_TEXT)
        return cls(
            title,
            instructions,
            _control_list(obj.get("hidden", []), f"{where}.hidden"),
            _control_list(obj.get("locked", []), f"{where}.locked"),
        )


@dataclass
class Project:
    """A validated project, ready for :func:`apply_project`."""

    settings: TrainingSettings
    data: DataSnapshot | None  # None: generated from the settings
    network: Network
    epoch: int = 0
    steps: int = 0
    history: LossHistory | None = None  # None: start a fresh one
    view: dict = field(default_factory=dict)
    lesson: Lesson | None = None
    # Own points kept aside (those of the other problem type, or while a generator's data
    # is shown), by task; and how the shown own points were scaled into the view.
    painted: dict[str, PointSet] = field(default_factory=dict)
    fit: Fit | None = None
    # Compare on: each lane's own settings, and the lane the network diagram shows. The
    # race itself starts again when the project opens.
    compare: tuple[list[dict], int] | None = None


# ============================================================================ saving
def project_from_session(
    session: Session, view: dict | None = None, lesson: dict | Lesson | None = None
) -> dict:
    """Everything needed to reopen ``session``, as plain JSON data.

    Call it where the session lives (the worker thread, or a session nobody trains).
    ``view`` holds the display options; ``lesson`` a :class:`Lesson` or its dict.
    """
    s = session.settings
    t = session.trainer
    data = session.data
    painted = getattr(session, "painted", {})
    shown = s.problem if s.data_source == "painted" else None
    if shown is None and _is_generated(s, data):
        data_part: dict = {"source": "generated"}
    else:
        data_part = {
            "source": "points",
            "task": data.task,
            "classes": int(data.classes),
            "X_train": np.asarray(data.X_train, dtype=np.float64).tolist(),
            "y_train": _targets_list(data.y_train, data.task),
            "X_test": np.asarray(data.X_test, dtype=np.float64).tolist(),
            "y_test": _targets_list(data.y_test, data.task),
        }
        if shown in painted and painted[shown].fit is not None:
            data_part["fit"] = painted[shown].fit.to_list()
    kept = {
        task: _point_set_dict(points, s.train_ratio)
        for task, points in painted.items()
        if len(points) and task != shown
    }
    if kept:
        data_part["painted"] = kept
    history = t.history.to_dict()
    history["rows"] = [[None if math.isnan(v) else v for v in row] for row in history["rows"]]
    project = {
        "format": FORMAT,
        "version": VERSION,
        "app": "NN Playground",
        "settings": s.to_dict(),
        "data": data_part,
        "network": t.network.to_dict(),
        "training": {"epoch": int(t.epoch), "steps": int(t.steps)},
        "history": history,
        "view": _check_view(dict(view or {}), "view"),
        "lesson": None if lesson is None else Lesson.from_dict(lesson).to_dict(),
    }
    race = getattr(session, "comparison", None)
    if race is not None:
        project["compare"] = {"lanes": [dict(o) for o in race.overrides], "focus": race.focus}
    return project


def dumps_project(project: dict) -> str:
    """The file's text: one top-level part per line group, arrays kept compact."""

    def compact(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))

    lines = []
    for key, value in project.items():
        if isinstance(value, dict) and value:
            inner = ",\n".join(f"    {json.dumps(k)}: {compact(v)}" for k, v in value.items())
            lines.append(f"  {json.dumps(key)}: {{\n{inner}\n  }}")
        else:
            lines.append(f"  {json.dumps(key)}: {compact(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


# =========================================================================== loading
def load_project(source: str | bytes | os.PathLike) -> Project:
    """Read and validate a project from a path (``Path``, or a one-line ``str``) or from
    its text (``bytes``, or a ``str`` starting with ``{``). Raises :class:`ProjectError`."""
    if isinstance(source, (bytes, bytearray)):
        return parse_project(_decode(bytes(source)))
    if isinstance(source, os.PathLike):
        return parse_project(_decode(_read_file(source)))
    if not isinstance(source, str):
        raise ProjectError(f"a project comes from a path or text, not {type(source).__name__}")
    stripped = source.lstrip("\ufeff \t\r\n")
    if stripped.startswith("{") or "\n" in source or len(source) > 4096 or not stripped:
        return parse_project(source)
    return parse_project(_decode(_read_file(source)))


def parse_project(text: str) -> Project:
    """Validate project text; see :func:`load_project`."""
    if len(text) > MAX_FILE_BYTES:
        raise ProjectError(
            f"the project is too large ({len(text):,} characters; at most {MAX_FILE_BYTES:,})"
        )
    try:
        raw = json.loads(text.lstrip("\ufeff"), parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise ProjectError(
            f"the file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise ProjectError("the file is not a project: its JSON is nested too deeply") from None
    try:
        return _project(raw)
    except ProjectError:
        raise
    except RecursionError:
        raise ProjectError("the file is not a project: its data is nested too deeply") from None
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError) as exc:
        # A safety net: the checks above should have named the field already.
        raise ProjectError(f"the project is damaged: {_one_line(exc)}") from None


def _project(raw: object) -> Project:
    if not isinstance(raw, dict):
        raise ProjectError(
            f"this is not an NN Playground project: it holds a JSON {_json_type(raw)}, not an object"
        )
    fmt = raw.get("format")
    if fmt != FORMAT:
        if fmt is None:
            raise ProjectError(
                f'this is not an NN Playground project: it has no "format": "{FORMAT}"'
            )
        raise ProjectError(f"this is not an NN Playground project (its format is {_shown(fmt)})")
    version = raw.get("version")
    if not _is_int(version) or version < 1:
        raise ProjectError(f"version: must be a whole number of at least 1; got {_shown(version)}")
    if version > VERSION:
        raise ProjectError(
            f"This file was made by a newer NN Playground (format {version}); "
            f"this version reads format {VERSION}."
        )
    unknown = sorted(set(raw) - set(TOP_LEVEL_KEYS))
    if unknown:
        raise ProjectError(
            f"the project has unknown parts {unknown}; allowed: {', '.join(TOP_LEVEL_KEYS)}"
        )
    if "app" in raw and raw["app"] is not None:
        _text(raw["app"], "app", 200)

    settings = _settings(raw.get("settings", {}))
    data = _data(raw.get("data"), settings)
    painted, fit = _painted(raw.get("data"), settings)
    if data is not None:
        classes = data.classes
    elif settings.data_source == "painted":  # e.g. a lesson that starts on an empty canvas
        classes = painted.get(settings.problem, PointSet.empty(settings.problem)).classes
    else:
        classes = generated_classes(settings)
    network = _network(raw.get("network"), settings, classes)
    training = _object(raw.get("training", {}), "training", optional=("epoch", "steps"))
    epoch = _int(training.get("epoch", 0), "training.epoch", 0, MAX_COUNTER)
    steps = _int(training.get("steps", 0), "training.steps", 0, MAX_COUNTER)
    history = _history(raw.get("history"))
    view = _check_view(raw.get("view", {}), "view")
    lesson_raw = raw.get("lesson")
    lesson = None if lesson_raw is None else Lesson.from_dict(lesson_raw)
    race = raw.get("compare")
    compare = None if race is None else _compare(race, "compare")
    return Project(
        settings, data, network, epoch, steps, history, view, lesson, painted, fit, compare
    )


# ========================================================================== applying
# What apply_project replaces in a session, and puts back if the project fails to open.
RESTORED = (
    "settings",
    "data",
    "trainer",
    "stop_reason",
    "_best_test",
    "comparison",
    "painted",
    "_next_id",
)


def apply_project(session: Session, project: Project) -> None:
    """Rebuild ``session`` from ``project``: settings, data, network, counters, history.

    Run it where the session lives (``client.call(lambda s: apply_project(s, p))``).
    The project is not consumed: the session gets its own copies. If anything fails the
    session is put back as it was and ProjectError is raised.
    """
    saved = {name: getattr(session, name) for name in RESTORED}
    saved["painted"] = dict(session.painted)
    try:
        session.settings = project.settings
        session.painted = {task: PointSet.empty(task) for task in TASKS}
        session._next_id = 0
        for points in project.painted.values():
            session._set_painted(points)
        if project.data is None:
            session._make_data()
        history = None
        if project.history is not None:
            history = LossHistory.from_dict(project.history.to_dict())
        session.restore(project.network.copy(), project.data, project.epoch, project.steps, history)
        if project.fit is not None and project.data is not None:
            task = project.data.task
            session.painted[task] = session.painted[task].with_fit(project.fit)
        if history is None:
            t = session.trainer
            t.history = LossHistory()
            m = t.metrics()
            t.history.record(
                t.epoch, m["train_loss"], m["test_loss"], m["train_accuracy"], m["test_accuracy"]
            )
        session.comparison = None
        if project.compare is not None:
            lanes, focus = project.compare
            comparison.start(session, lanes)
            session.comparison.focus = focus
    except Exception as exc:
        for name, value in saved.items():
            setattr(session, name, value)
        raise ProjectError(f"the project could not be opened: {_one_line(exc)}") from exc


def generated_data(
    settings: TrainingSettings,
) -> tuple[str, int, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(task, classes, X_train, y_train, X_test, y_test) as the session generates them."""
    info = datasets.DATASETS[settings.dataset]
    classes = settings.classes if (info.variable_classes and settings.classes) else None
    X, y = datasets.generate(
        settings.dataset,
        n_points=settings.points or None,
        noise=settings.noise,
        seed=settings.data_seed,
        classes=classes,
    )
    Xtr, ytr, Xte, yte = datasets.split(
        X, y, train_ratio=settings.train_ratio, seed=settings.data_seed
    )
    return info.task, generated_classes(settings), Xtr, ytr, Xte, yte


def generated_classes(settings: TrainingSettings) -> int:
    info = datasets.DATASETS[settings.dataset]
    if info.task == "regression":
        return 0
    return int(
        settings.classes if (info.variable_classes and settings.classes) else info.default_classes
    )


def _is_generated(settings: TrainingSettings, data: DataSnapshot) -> bool:
    try:
        task, classes, Xtr, ytr, Xte, yte = generated_data(settings)
    except ValueError:
        return False
    return (
        task == data.task
        and classes == data.classes
        and all(
            np.array_equal(a, b) and np.asarray(a).dtype == np.asarray(b).dtype
            for a, b in (
                (Xtr, data.X_train),
                (ytr, data.y_train),
                (Xte, data.X_test),
                (yte, data.y_test),
            )
        )
    )


def _targets_list(y: np.ndarray, task: str) -> list:
    if task == "regression":
        return np.asarray(y, dtype=np.float64).tolist()
    return np.asarray(y, dtype=np.int64).tolist()


# ======================================================================= the parts
def _settings(raw: object) -> TrainingSettings:
    obj = _object(raw, "settings")
    defaults = TrainingSettings()
    for key, value in obj.items():
        if not hasattr(defaults, key):
            continue  # from_dict names unknown fields
        default = getattr(defaults, key)
        if isinstance(default, tuple):
            item = int if key == "hidden" else str
            ok = (
                isinstance(value, list) and len(value) <= 64 and all(type(v) is item for v in value)
            )
            kind = f"a list of {'whole numbers' if item is int else 'names'}"
        elif isinstance(default, float):
            ok, kind = _is_number(value), "a number"
        elif isinstance(default, int):
            ok, kind = _is_int(value), "a whole number"
        else:
            ok, kind = isinstance(value, str), "text"
        if not ok:
            _fail(f"settings.{key}", f"must be {kind}; got {_shown(value)}")
    try:
        settings = TrainingSettings.from_dict(obj)
    except (ValueError, TypeError) as exc:
        raise ProjectError(f"settings: {_one_line(exc)}") from None
    if dataset_task(settings.dataset) != settings.problem:
        raise ProjectError(
            f"settings.dataset: the {settings.dataset} dataset is for "
            f"{dataset_task(settings.dataset)}, not {settings.problem}"
        )
    try:
        validate_spec(settings.spec(max(2, generated_classes(settings))))
    except (ValueError, TypeError) as exc:
        raise ProjectError(f"settings: {_one_line(exc)}") from None
    return settings


def _data(raw: object, settings: TrainingSettings) -> DataSnapshot | None:
    if raw is None:
        return None
    obj = _object(raw, "data", required=("source",), optional=(*DATA_POINT_KEYS, *OWN_KEYS))
    source = obj["source"]
    if source == "generated":
        extra = sorted(set(obj) - {"source", "painted"})
        if extra:
            _fail("data", f"generated data keeps no {', '.join(extra)}")
        if settings.data_source == "painted":
            _fail("data.source", 'is "generated" but settings.data_source is "painted"')
        return None
    if source != "points":
        _fail("data.source", f'must be "generated" or "points"; got {_shown(source)}')
    missing = [k for k in DATA_POINT_KEYS if k not in obj]
    if missing:
        _fail("data", f"points data needs {', '.join(missing)}")
    task = obj["task"]
    if task not in ("classification", "regression"):
        _fail("data.task", f'must be "classification" or "regression"; got {_shown(task)}')
    if task != settings.problem:
        _fail("data.task", f"the points are for {task} but settings.problem is {settings.problem}")
    if task == "regression":
        classes = _int(obj["classes"], "data.classes", 0, 0)
    else:
        classes = _int(obj["classes"], "data.classes", datasets.MIN_CLASSES, datasets.MAX_CLASSES)
    n_train = _length(obj["X_train"], "data.X_train")
    n_test = _length(obj["X_test"], "data.X_test")
    if n_train < 1 and settings.data_source != "painted":  # own points may be all erased
        _fail("data.X_train", "must hold at least one point")
    if n_train + n_test > MAX_POINTS:
        _fail("data", f"{n_train + n_test:,} points; at most {MAX_POINTS:,} are allowed")
    X_train = _matrix(obj["X_train"], n_train, 2, "data.X_train", MAX_COORDINATE)
    X_test = _matrix(obj["X_test"], n_test, 2, "data.X_test", MAX_COORDINATE).reshape(n_test, 2)
    y_train = _targets(obj["y_train"], n_train, task, classes, "data.y_train")
    y_test = _targets(obj["y_test"], n_test, task, classes, "data.y_test")
    return DataSnapshot(0, task, classes, X_train, y_train, X_test, y_test)


DATA_POINT_KEYS = ("task", "classes", "X_train", "y_train", "X_test", "y_test")
OWN_KEYS = ("painted", "fit")
POINT_SET_KEYS = ("X", "y", "train")


def _point_set_dict(points: PointSet, train_ratio: float) -> dict:
    out = {
        "X": np.asarray(points.X, dtype=np.float64).tolist(),
        "y": _targets_list(points.y, points.task),
        "train": points.train_mask(train_ratio).tolist(),
    }
    if points.fit is not None:
        out["fit"] = points.fit.to_list()
    return out


def _fit(raw: object, where: str) -> Fit:
    if not isinstance(raw, list) or len(raw) != 3:
        _fail(where, f"must be [offset x1, offset x2, factor]; got {_shown(raw)}")
    values = _vector(raw, 3, where, 1e12)
    if not values[2] > 0:
        _fail(where, f"the factor must be above 0; got {_shown(raw[2])}")  # type: ignore[index]
    return Fit(float(values[0]), float(values[1]), float(values[2]))


def _painted(raw: object, settings: TrainingSettings) -> tuple[dict[str, PointSet], Fit | None]:
    """The own points kept aside, by task, and the fit of the shown own points."""
    if not isinstance(raw, dict):
        return {}, None
    fit = None
    if raw.get("fit") is not None:
        if raw.get("source") != "points":
            _fail("data.fit", "belongs to points data")
        fit = _fit(raw["fit"], "data.fit")
    kept = raw.get("painted")
    if kept is None:
        return {}, fit
    obj = _object(kept, "data.painted", optional=TASKS)
    out: dict[str, PointSet] = {}
    first_id = 0
    for task, entry in obj.items():
        where = f"data.painted.{task}"
        if (
            settings.data_source == "painted"
            and task == settings.problem
            and raw.get("source") == "points"
        ):
            _fail(where, "repeats the points on show; keep them in X_train and X_test")
        entry = _object(entry, where, required=POINT_SET_KEYS, optional=("fit",))
        n = _length(entry["X"], f"{where}.X")
        if n > MAX_POINTS:
            _fail(where, f"{n:,} points; at most {MAX_POINTS:,} are allowed")
        X = _matrix(entry["X"], n, 2, f"{where}.X", MAX_COORDINATE)
        classes = 0 if task == "regression" else datasets.MAX_CLASSES
        y = _targets(entry["y"], n, task, classes, f"{where}.y")
        train = entry["train"]
        if _length(train, f"{where}.train") != n or not all(type(v) is bool for v in train):
            _fail(f"{where}.train", f"must hold {n:,} true/false values, one per point")
        points = PointSet.from_flags(
            task, X, y, np.array(train, dtype=bool), settings.train_ratio, first_id
        )
        if entry.get("fit") is not None:
            points = points.with_fit(_fit(entry["fit"], f"{where}.fit"))
        first_id += n
        out[task] = points
    return out, fit


def _targets(raw: object, n: int, task: str, classes: int, where: str) -> np.ndarray:
    if _length(raw, where) != n:
        _fail(where, f"must hold {n:,} values, one per point; got {len(raw):,}")  # type: ignore[arg-type]
    if task == "regression":
        return _vector(raw, n, where, MAX_TARGET)
    for i, v in enumerate(raw):  # type: ignore[union-attr]
        if not (_is_int(v) or (type(v) is float and v.is_integer())) or not 0 <= v < classes:
            _fail(
                f"{where}[{i}]", f"must be a class label from 0 to {classes - 1}; got {_shown(v)}"
            )
    return np.array(raw, dtype=np.float64).astype(np.int64).reshape(n)


def _network(raw: object, settings: TrainingSettings, classes: int) -> Network:
    expected = validate_spec(settings.spec(classes))
    if raw is None:
        return Network.from_spec(expected, seed=settings.init_seed)
    obj = _object(raw, "network", required=("spec", "params"), optional=("masks",))
    try:
        spec = validate_spec(obj["spec"])
    except (ValueError, TypeError) as exc:
        raise ProjectError(f"network.{_one_line(exc)}") from None
    if spec != expected:
        _fail(
            "network.spec",
            f"the network ({_describe(spec)}) does not match the settings ({_describe(expected)})",
        )
    sizes = (
        [len(spec["features"])]
        + [h["units"] for h in spec["hidden"]]
        + [spec["output"].get("classes", 1) if spec["output"]["kind"] == "multiclass" else 1]
    )
    shapes = [(sizes[i], sizes[i + 1]) for i in range(len(sizes) - 1)]
    params_raw = obj["params"]
    if not isinstance(params_raw, list) or len(params_raw) != len(shapes):
        _fail(
            "network.params",
            f"must be a list of {len(shapes)} layers of {{W, b}}; got {_shown(params_raw)}",
        )
    params = []
    for layer, ((fi, fo), entry) in enumerate(zip(shapes, params_raw)):
        where = f"network.params[{layer}]"
        entry = _object(entry, where, required=("W", "b"))
        W = _matrix(entry["W"], fi, fo, f"{where}.W", MAX_PARAMETER)
        b = _vector(entry["b"], fo, f"{where}.b", MAX_PARAMETER)
        params.append((W.reshape(fi, fo), b))
    masks = None
    masks_raw = obj.get("masks")
    if masks_raw is not None:
        if not isinstance(masks_raw, list) or len(masks_raw) != len(shapes):
            _fail("network.masks", f"must be a list of {len(shapes)} layers of 0/1 arrays")
        masks = []
        for layer, ((fi, fo), m) in enumerate(zip(shapes, masks_raw)):
            arr = _matrix(m, fi, fo, f"network.masks[{layer}]", 1.0).reshape(fi, fo)
            if not np.all((arr == 0.0) | (arr == 1.0)):
                _fail(f"network.masks[{layer}]", "must hold only 0 (link off) and 1 (link on)")
            masks.append(arr != 0.0)
    try:
        return Network(spec, params, masks, seed=settings.init_seed)
    except (ValueError, TypeError) as exc:
        raise ProjectError(f"network: {_one_line(exc)}") from None


def _history(raw: object) -> LossHistory | None:
    if raw is None:
        return None
    obj = _object(raw, "history", required=("limit", "stride", "rows"))
    limit = _int(obj["limit"], "history.limit", 4, MAX_HISTORY_LIMIT)
    stride = _int(obj["stride"], "history.stride", 1, MAX_COUNTER)
    rows = obj["rows"]
    if not isinstance(rows, list):
        _fail("history.rows", f"must be a list of rows; got {_shown(rows)}")
    if len(rows) > limit:
        _fail("history.rows", f"holds {len(rows):,} rows, more than its limit of {limit:,}")
    width = len(HISTORY_FIELDS)
    table = []
    for i, row in enumerate(rows):
        where = f"history.rows[{i}]"
        if not isinstance(row, list) or len(row) != width:
            _fail(where, f"must be a list of {width} values ({', '.join(HISTORY_FIELDS)})")
        values = []
        for j, v in enumerate(row):
            if v is None and j > 0:
                values.append(math.nan)
            elif _is_number(v) and math.isfinite(float(v)) and abs(float(v)) <= 1e300:
                values.append(float(v))
            else:
                _fail(
                    f"{where}[{j}]",
                    f"must be a finite number{' or null' if j else ''}; got {_shown(v)}",
                )
        if values[0] < 0 or not values[0].is_integer():
            _fail(f"{where}[0]", f"the epoch must be a whole number >= 0; got {_shown(row[0])}")
        table.append(tuple(values))
    history = LossHistory(limit)
    history.stride = stride
    history._rows = table
    return history


def _compare(raw: object, where: str) -> tuple[list[dict], int]:
    obj = _object(raw, where, required=("lanes",), optional=("focus",))
    lanes = obj["lanes"]
    if not isinstance(lanes, list) or not MIN_LANES <= len(lanes) <= MAX_LANES:
        _fail(f"{where}.lanes", f"must list {MIN_LANES} to {MAX_LANES} lanes; got {_shown(lanes)}")
    checked = []
    for i, lane in enumerate(lanes):
        here = f"{where}.lanes[{i}]"
        for key, value in _object(lane, here).items():
            try:
                check_lane_value(key, value)
            except ValueError as exc:
                _fail(f"{here}.{key}", _one_line(exc))
        checked.append(dict(lane))
    focus = _int(obj.get("focus", 0), f"{where}.focus", 0, len(lanes) - 1)
    return checked, focus


def _check_view(raw: object, where: str) -> dict:
    obj = _object(raw, where)
    if len(obj) > MAX_VIEW_ENTRIES:
        _fail(where, f"has {len(obj)} entries; at most {MAX_VIEW_ENTRIES}")
    for key, value in obj.items():
        if not isinstance(key, str) or not 0 < len(key) <= 64:
            _fail(where, f"has a bad option name {_shown(key)}")
        ok = (
            value is None
            or isinstance(value, bool)
            or (_is_number(value) and math.isfinite(float(value)))
            or (isinstance(value, str) and len(value) <= 1000)
        )
        if not ok:
            _fail(
                f"{where}.{key}",
                f"must be true/false, a number or a short text; got {_shown(value)}",
            )
    return dict(obj)


def _control_list(raw: object, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list):
        _fail(where, f"must be a list of control names; got {_shown(raw)}")
    out = []
    for i, name in enumerate(raw):
        if not isinstance(name, str) or name not in CONTROL_NAMES:
            _fail(
                f"{where}[{i}]",
                f"unknown control {_shown(name)}; choose from {', '.join(CONTROL_NAMES)}",
            )
        if name not in out:
            out.append(name)
    return tuple(out)


# ==================================================================== small checks
def _fail(where: str, message: str) -> None:
    raise ProjectError(f"{where}: {message}")


def _one_line(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return " ".join(text.split())


def _json_type(value: object) -> str:
    return {
        dict: "object",
        list: "array",
        str: "string",
        bool: "true/false",
        int: "number",
        float: "number",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def _shown(value: object) -> str:
    if isinstance(value, (list, dict)):
        return f"a JSON {_json_type(value)} of {len(value):,} items"
    text = (
        json.dumps(value) if isinstance(value, (str, int, float, bool, type(None))) else repr(value)
    )
    return text if len(text) <= 60 else text[:57] + "..."


def _is_int(value: object) -> bool:
    return type(value) is int


def _is_number(value: object) -> bool:
    return type(value) in (int, float)


def _int(value: object, where: str, low: int, high: int) -> int:
    if not _is_int(value) or not low <= value <= high:  # type: ignore[operator]
        _fail(where, f"must be a whole number from {low:,} to {high:,}; got {_shown(value)}")
    return int(value)  # type: ignore[arg-type]


def _text(value: object, where: str, limit: int) -> str:
    if not isinstance(value, str):
        _fail(where, f"must be text; got {_shown(value)}")
    if len(value) > limit:  # type: ignore[arg-type]
        _fail(where, f"is {len(value):,} characters long; at most {limit:,}")  # type: ignore[arg-type]
    return value  # type: ignore[return-value]


def _object(
    value: object,
    where: str,
    required: tuple[str, ...] = (),
    optional: tuple[str, ...] | None = None,
) -> dict:
    """``value`` as a JSON object with the ``required`` keys (and, if given, only these and
    the ``optional`` ones)."""
    if not isinstance(value, dict):
        _fail(where, f"must be a JSON object; got {_shown(value)}")
    missing = [k for k in required if k not in value]  # type: ignore[operator]
    if missing:
        _fail(where, f"is missing {', '.join(missing)}")
    if optional is not None:
        unknown = sorted(str(k) for k in set(value) - set(required) - set(optional))  # type: ignore[arg-type]
        if unknown:
            _fail(where, f"has unknown fields {unknown}")
    return value  # type: ignore[return-value]


def _length(value: object, where: str) -> int:
    if not isinstance(value, list):
        _fail(where, f"must be a list; got {_shown(value)}")
    return len(value)  # type: ignore[arg-type]


def _matrix(value: object, rows: int, cols: int, where: str, bound: float) -> np.ndarray:
    """A (rows, cols) float64 array of finite numbers within ±bound, checked before it is built."""
    if _length(value, where) != rows:
        _fail(where, f"must have {rows:,} rows for this network; got {len(value):,}")  # type: ignore[arg-type]
    for i, row in enumerate(value):  # type: ignore[union-attr]
        if type(row) is not list or len(row) != cols:
            _fail(f"{where}[{i}]", f"must be a list of {cols} numbers; got {_shown(row)}")
        for v in row:
            if type(v) not in (int, float):
                _fail(f"{where}[{i}]", f"must hold only numbers; got {_shown(v)}")
    return _finite(value, where, bound).reshape(rows, cols)


def _vector(value: object, n: int, where: str, bound: float) -> np.ndarray:
    if _length(value, where) != n:
        _fail(where, f"must hold {n:,} numbers; got {len(value):,}")  # type: ignore[arg-type]
    for i, v in enumerate(value):  # type: ignore[union-attr]
        if type(v) not in (int, float):
            _fail(f"{where}[{i}]", f"must be a number; got {_shown(v)}")
    return _finite(value, where, bound).reshape(n)


def _finite(value: object, where: str, bound: float) -> np.ndarray:
    try:
        arr = np.array(value, dtype=np.float64)
    except (OverflowError, ValueError, TypeError):
        _fail(where, "holds a number too large to use")
    if not np.all(np.isfinite(arr)):
        _fail(where, "holds a number that is not finite")
    if arr.size and float(np.max(np.abs(arr))) > bound:
        _fail(where, f"holds a value beyond ±{bound:g}")
    return arr


def _refuse_constant(name: str) -> None:
    raise ProjectError(f"the file holds {name}, which is not a number a project may hold")


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProjectError(f"the file is not UTF-8 text (byte {exc.start})") from None


def _read_file(path: str | os.PathLike) -> bytes:
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProjectError(
                f"{p.name} is {size / 1e6:.0f} MB; a project is at most {MAX_FILE_BYTES // 2**20} MB"
            )
        if p.is_dir():
            raise ProjectError(f"{p} is a folder, not a project file")
        return p.read_bytes()
    except OSError as exc:
        raise ProjectError(f"cannot read {p}: {exc.strerror or _one_line(exc)}") from None


def _describe(spec: dict) -> str:
    hidden = spec["hidden"]
    sizes = [len(spec["features"]), *(h["units"] for h in hidden)]
    acts = sorted({h["activation"] for h in hidden})
    out = spec["output"]
    kind = out["kind"] + (f" with {out['classes']} classes" if out.get("classes") else "")
    return (
        f"features {', '.join(spec['features'])}; sizes {'-'.join(map(str, sizes))}"
        f"{'; ' + '/'.join(acts) if acts else ''}; {kind} output"
    )
