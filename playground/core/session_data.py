"""The session's data: the points it trains on, generated or the user's own.

The user's own points (painted, imported) are kept per problem type whichever data is on
show. Painting, erasing, importing and their undo all come through the methods here, in
the worker thread, between two training steps: new points join at the next step, and the
network is kept (a new class grows the output layer, a class gone shrinks it).

:class:`SessionData` is a part of :class:`playground.core.session.Session` (mixed into
it), kept apart because it is the one responsibility the data commands need. Pure Python
and NumPy (no Qt).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from engine import Trainer, datasets
from engine.i18n import translate
from playground.core.points import VIEW_HI, VIEW_LO, Fit, PointSet
from playground.core.settings import TrainingSettings
from playground.core.snapshot import DataSnapshot

DATA_FIELDS = (
    "dataset",
    "noise",
    "train_ratio",
    "data_seed",
    "classes",
    "problem",
    "points",
    "data_source",
)


@dataclass(frozen=True)
class DataState:
    """What an undo of a data change puts back: the settings then (of which the data
    fields count) and every own point."""

    settings: TrainingSettings
    painted: dict[str, PointSet]


class SessionData:
    """The data half of a session: building the points, handing them to the trainer, and
    the own points. Session sets the attributes below in its constructor."""

    settings: TrainingSettings
    data: DataSnapshot
    trainer: Trainer
    painted: dict[str, PointSet]  # the user's own points, one set per problem type
    _data_version: int
    _next_id: int  # the id the next own point gets

    if TYPE_CHECKING:

        def change(self, **changes: object) -> bool: ...

    # ------------------------------------------------------------ the data
    @property
    def has_training_data(self) -> bool:
        """False while the own points hold no training point (nothing to learn yet)."""
        return len(self.data.X_train) > 0

    def _make_data(self) -> None:
        s = self.settings
        if s.data_source == "painted":
            points = self.painted[s.problem]
            Xtr, ytr, Xte, yte = points.split(s.train_ratio)
            self._data_version += 1
            self.data = DataSnapshot(
                self._data_version, s.problem, points.classes, Xtr, ytr, Xte, yte
            )
            return
        info = datasets.DATASETS[s.dataset]
        classes = s.classes if (info.variable_classes and s.classes) else None
        X, y = datasets.generate(
            s.dataset, n_points=s.points or None, noise=s.noise, seed=s.data_seed, classes=classes
        )
        Xtr, ytr, Xte, yte = datasets.split(X, y, train_ratio=s.train_ratio, seed=s.data_seed)
        self._data_version += 1
        # A regression set has no default classes (None): 0.
        n_classes = int(classes or info.default_classes or 0)
        self.data = DataSnapshot(self._data_version, info.task, n_classes, Xtr, ytr, Xte, yte)

    def trainer_data(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(X_train, y_train, X_test, y_test) for a trainer of this data."""
        d = self.data
        if len(d.X_train):
            return d.X_train, d.y_train, d.X_test, d.y_test
        # No training point yet (own points, all erased or all test points): the trainer
        # needs one, so it gets a stand-in that it never trains on (see has_training_data).
        return np.zeros((1, 2)), np.zeros(1, dtype=d.y_train.dtype), d.X_test, d.y_test

    def _sync_trainer(self) -> None:
        """Give the trainer the current data, keeping the network; resize the output layer
        when the number of classes changed."""
        t = self.trainer
        X_train, y_train, X_test, y_test = self.trainer_data()
        want = self.settings.spec(self.data.classes)["output"]
        have = t.network.spec["output"]
        if want == have:
            t.set_data(X_train, y_train, X_test, y_test)
        elif _class_count(want) > _class_count(have):
            t.set_output(want, t.y_train, t.y_test)  # the old labels fit the bigger head
            t.set_data(X_train, y_train, X_test, y_test)
        else:
            t.set_data(X_train, y_train, X_test, y_test)  # the new labels fit the old head
            t.set_output(want, y_train, y_test)
        t.shuffle = t.network.head.loss_name != "tfp"  # as settings.make_trainer sets it
        if t.epoch == 0 and t.steps == 0 and self.has_training_data:
            # Not trained yet: the loss chart starts from these points, not the last ones.
            m = t.metrics()
            t.history.clear()
            t.history.record(
                0, m["train_loss"], m["test_loss"], m["train_accuracy"], m["test_accuracy"]
            )
            t.last_metrics = m

    # ------------------------------------------------------------ own points
    def reset_ids(self, next_id: int = 0) -> None:
        """Number the next own points from ``next_id`` (a project opened afresh)."""
        self._next_id = int(next_id)

    def _set_painted(self, points: PointSet) -> None:
        self.painted[points.task] = points
        self._next_id = max(self._next_id, points.next_id)

    def _painted_changed(self) -> None:
        if self.settings.data_source == "painted":
            self._make_data()
            self._sync_trainer()

    def own_points(self, task: str | None = None) -> PointSet:
        """The own points of ``task`` (default: the current problem type)."""
        return self.painted[task or self.settings.problem]

    def add_points(self, X: np.ndarray, y: np.ndarray) -> PointSet:
        """Add points (targets ``y``: class labels or values) to the own points of the
        current problem; return them with their new ids."""
        task = self.settings.problem
        X = np.asarray(X, dtype=np.float64).reshape(-1, 2)
        if not np.all(np.isfinite(X)) or np.any((X < VIEW_LO) | (X > VIEW_HI)):
            raise ValueError(translate("session_data", "painted points must lie inside the view"))
        y = np.asarray(y).reshape(-1)
        if task == "classification" and np.any((y < 0) | (y >= datasets.MAX_CLASSES)):
            raise ValueError(
                translate("session_data", "a class is from 1 to {high}").format(
                    high=datasets.MAX_CLASSES
                )
            )
        if task == "regression" and not np.all(np.isfinite(y)):
            raise ValueError(translate("session_data", "a painted value must be a number"))
        points, new = self.painted[task].added(X, y, self._next_id)
        self._set_painted(points)
        self._painted_changed()
        return new

    def remove_points(self, ids: np.ndarray, task: str | None = None) -> PointSet:
        """Take the points of ``ids`` out of the own points; return them."""
        task = task or self.settings.problem
        points, removed = self.painted[task].without(ids)
        if len(removed):
            self.painted[task] = points
            self._painted_changed()
        return removed

    def erase_points(self, path: np.ndarray, radius: float) -> PointSet:
        """Take out the own points within ``radius`` of the polyline ``path``; return them."""
        task = self.settings.problem
        points, removed = self.painted[task].erased(path, radius)
        if len(removed):
            self.painted[task] = points
            self._painted_changed()
        return removed

    def insert_points(self, points: PointSet) -> None:
        """Put points back (with their ids and split keys), e.g. to undo an erase."""
        self._set_painted(self.painted[points.task].merged(points))
        self._painted_changed()

    def set_own_points(self, points: PointSet) -> None:
        """Replace the own points of ``points.task`` (e.g. clear, or an import)."""
        self._set_painted(points)
        self._painted_changed()

    def new_points(
        self, task: str, X: np.ndarray, y: np.ndarray, fit: Fit | None = None
    ) -> PointSet:
        """A point set with fresh ids (for an import); nothing changes until it is set."""
        points = PointSet.from_arrays(task, X, y, self._next_id, fit)
        self._next_id = points.next_id if len(points) else self._next_id
        return points

    def import_points(
        self, task: str, X: np.ndarray, y: np.ndarray, fit: Fit | None = None
    ) -> bool:
        """Make points read from a file the own points of ``task`` and show them (switching
        the problem type if needed). Return True if the network was reset."""
        self._set_painted(self.new_points(task, X, y, fit))
        if self.settings.problem != task or self.settings.data_source != "painted":
            return self.change(problem=task, data_source="painted")
        self._painted_changed()
        return False

    def start_painting(self, copy: bool) -> bool:
        """Show the own points; with ``copy``, they become a copy of the points shown now
        (which keep their side of the split). Return True if the network was reset."""
        if copy:
            d = self.data
            self._set_painted(
                PointSet.from_split(
                    d.task,
                    d.X_train,
                    d.y_train,
                    d.X_test,
                    d.y_test,
                    self.settings.train_ratio,
                    self._next_id,
                )
            )
        if self.settings.data_source == "painted":
            self._painted_changed()
            return False
        return self.change(data_source="painted")

    def data_state(self) -> DataState:
        """What an undo of a data change puts back (see :meth:`restore_data_state`)."""
        return DataState(self.settings, dict(self.painted))

    def restore_data_state(self, state: DataState) -> bool:
        """Put back the data settings and own points of :meth:`data_state`; the other
        settings stay as they are now. Return True if the network was reset."""
        for points in state.painted.values():
            self._set_painted(points)
        settings = state.settings
        changes = {
            f: getattr(settings, f)
            for f in DATA_FIELDS
            if getattr(settings, f) != getattr(self.settings, f)
        }
        if changes:
            changes["data_source"] = settings.data_source
            return self.change(**changes)
        self._painted_changed()
        return False


def _class_count(output: dict) -> int:
    return output.get("classes", 2) if output["kind"] != "regression" else 0
