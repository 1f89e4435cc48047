"""A project made from a session, as plain JSON data, and the text of its file.

:func:`project_from_session` takes everything needed to reopen a session (see
playground.core.project_schema for what a project holds); :func:`dumps_project` writes
it out with arrays kept compact. Writing the file itself is
:func:`playground.projects.saving.save_project`'s (QtCore's QSaveFile, so that a crash
while saving never damages the old file). Nothing here imports Qt.
"""

from __future__ import annotations

import json
import math

import numpy as np

from engine import datasets
from playground.core.points import PointSet
from playground.core.project_format import FORMAT, VERSION
from playground.core.project_parts import generated_classes
from playground.core.project_schema import Lesson
from playground.core.project_view import check_view
from playground.core.session import Session
from playground.core.settings import TrainingSettings
from playground.core.snapshot import DataSnapshot


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
    painted = session.painted
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
        fit = painted[shown].fit if shown in painted else None
        if fit is not None:
            data_part["fit"] = fit.to_list()
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
        "view": check_view(dict(view or {}), "view"),
        "lesson": None if lesson is None else Lesson.from_dict(lesson).to_dict(),
    }
    race = session.comparison
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


def _point_set_dict(points: PointSet, train_ratio: float) -> dict:
    out = {
        "X": np.asarray(points.X, dtype=np.float64).tolist(),
        "y": _targets_list(points.y, points.task),
        "train": points.train_mask(train_ratio).tolist(),
    }
    if points.fit is not None:
        out["fit"] = points.fit.to_list()
    return out
