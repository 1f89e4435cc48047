"""Painted and imported points: one immutable set per problem type (pure NumPy, no Qt).

Every point keeps an id and a split key ``u`` in [0, 1) for its whole life: it trains
when ``u < train_ratio`` and tests otherwise. So undo and redo put a point back exactly
where it was (same id, same side of the split), and moving the ratio slider moves points
between the two sets without reshuffling them. New points take ``u`` from the golden-ratio
sequence of their id, which spreads even a handful of points evenly over the split: the
first painted point trains, the second tests (at a 50 % ratio), and so on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from engine import datasets
from engine.i18n import number, translate

TASKS = ("classification", "regression")
MAX_POINTS = datasets.MAX_POINTS
VIEW_LO, VIEW_HI = datasets.VIEW_BOX
GOLDEN = (math.sqrt(5.0) - 1.0) / 2.0
# Import scaling fits the data inside this half-width, a margin short of the view's edge.
FIT_HALF_WIDTH = 5.5
# The largest scale or shift a fit may have (a project keeps no larger): points closer
# together than FIT_HALF_WIDTH / MAX_FIT are shown as close as that allows, not spread.
MAX_FIT = 1e12


def split_keys(ids: np.ndarray) -> np.ndarray:
    """The split key of each id: the golden-ratio sequence, evenly spread over [0, 1)."""
    return np.mod(np.asarray(ids, dtype=np.float64) * GOLDEN, 1.0)


def target_dtype(task: str) -> type:
    return np.int64 if task == "classification" else np.float64


@dataclass(frozen=True, eq=False)
class Fit:
    """How imported points were moved into the view: ``view = (original − offset) × factor``."""

    offset_x1: float
    offset_x2: float
    factor: float

    def apply(self, X: np.ndarray) -> np.ndarray:
        return (np.asarray(X, dtype=np.float64) - (self.offset_x1, self.offset_x2)) * self.factor

    def describe(self) -> str:
        def shift(name: str, offset: float) -> str:
            if offset == 0:
                return name
            sign = "−" if offset > 0 else "+"
            return f"({name} {sign} {number(abs(offset), '.4g')})"

        return translate(
            "points", "scaled to fit the view: x₁ → {x1} × {factor}, x₂ → {x2} × {factor}"
        ).format(
            x1=shift("x₁", self.offset_x1),
            x2=shift("x₂", self.offset_x2),
            factor=number(self.factor, ".4g"),
        )

    def to_list(self) -> list[float]:
        return [float(self.offset_x1), float(self.offset_x2), float(self.factor)]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Fit) and self.to_list() == other.to_list()

    def __hash__(self) -> int:
        return hash(tuple(self.to_list()))


def near(X: np.ndarray, path: np.ndarray, radius: float) -> np.ndarray:
    """Boolean mask of the points ``X`` (n, 2) within ``radius`` of the polyline ``path``."""
    X = np.asarray(X, dtype=np.float64).reshape(-1, 2)
    path = np.asarray(path, dtype=np.float64).reshape(-1, 2)
    hit = np.zeros(len(X), dtype=bool)
    if not len(X) or not len(path):
        return hit
    r2 = float(radius) ** 2
    starts = path if len(path) == 1 else path[:-1]
    ends = path if len(path) == 1 else path[1:]
    for a, b in zip(starts, ends):
        d = b - a
        length2 = float(d @ d)
        rel = X - a
        t = np.clip(rel @ d / length2, 0.0, 1.0) if length2 > 0 else np.zeros(len(X))
        closest = rel - t[:, None] * d
        hit |= np.einsum("ij,ij->i", closest, closest) <= r2
    return hit


def outside_view(X: np.ndarray) -> bool:
    """Whether any point lies outside the view box."""
    X = np.asarray(X, dtype=np.float64)
    return bool(X.size) and bool(np.any((X < VIEW_LO) | (X > VIEW_HI)))


def fit_to_view(X: np.ndarray) -> Fit:
    """The uniform scaling (both axes alike, so shapes keep their proportions) and shift
    that centre ``X`` in the view and fit it within ±FIT_HALF_WIDTH."""
    X = np.asarray(X, dtype=np.float64)
    lo, hi = X.min(axis=0), X.max(axis=0)
    centre = (lo + hi) / 2.0
    half = float(np.max(hi - lo)) / 2.0
    factor = min(FIT_HALF_WIDTH / half, MAX_FIT) if half > 0 else 1.0
    return Fit(float(centre[0]), float(centre[1]), factor)


@dataclass(frozen=True, eq=False)
class PointSet:
    """Points of one task: ``X`` (n, 2), targets ``y``, split keys ``u``, increasing ``ids``."""

    task: str
    X: np.ndarray
    y: np.ndarray
    u: np.ndarray
    ids: np.ndarray
    fit: Fit | None = None  # set when an import was scaled into the view

    # -------------------------------------------------------------- building
    @classmethod
    def empty(cls, task: str) -> PointSet:
        return cls(
            task,
            np.zeros((0, 2)),
            np.zeros(0, dtype=target_dtype(task)),
            np.zeros(0),
            np.zeros(0, dtype=np.int64),
        )

    @classmethod
    def from_arrays(
        cls, task: str, X: np.ndarray, y: np.ndarray, first_id: int = 0, fit: Fit | None = None
    ) -> PointSet:
        """New points with ids from ``first_id`` on and golden-ratio split keys."""
        n = len(X)
        ids = np.arange(first_id, first_id + n, dtype=np.int64)
        return cls(
            task,
            np.array(X, dtype=np.float64).reshape(n, 2),
            np.array(y, dtype=target_dtype(task)).reshape(n),
            split_keys(ids),
            ids,
            fit,
        )

    @classmethod
    def from_split(
        cls,
        task: str,
        X_train: np.ndarray,
        y_train: np.ndarray,
        X_test: np.ndarray,
        y_test: np.ndarray,
        train_ratio: float,
        first_id: int = 0,
    ) -> PointSet:
        """Points already split: they keep their order and their side at ``train_ratio``."""
        n_train, n_test = len(X_train), len(X_test)
        ids = np.arange(first_id, first_id + n_train + n_test, dtype=np.int64)
        keys = split_keys(ids)
        u = np.concatenate(
            (keys[:n_train] * train_ratio, train_ratio + keys[n_train:] * (1.0 - train_ratio))
        )
        X = np.concatenate(
            (np.reshape(X_train, (n_train, 2)), np.reshape(X_test, (n_test, 2)))
        ).astype(np.float64)
        y: np.ndarray = np.concatenate((np.ravel(y_train), np.ravel(y_test))).astype(
            target_dtype(task)
        )
        return cls(task, X, y, np.minimum(u, np.nextafter(1.0, 0.0)), ids)

    @classmethod
    def from_flags(
        cls,
        task: str,
        X: np.ndarray,
        y: np.ndarray,
        train: np.ndarray,
        train_ratio: float,
        first_id: int = 0,
    ) -> PointSet:
        """Points in their order, each training where ``train`` is True at ``train_ratio``."""
        n = len(X)
        ids = np.arange(first_id, first_id + n, dtype=np.int64)
        keys = split_keys(ids)
        u = np.where(train, keys * train_ratio, train_ratio + keys * (1.0 - train_ratio))
        return cls(
            task,
            np.array(X, dtype=np.float64).reshape(n, 2),
            np.array(y, dtype=target_dtype(task)).reshape(n),
            np.minimum(u, np.nextafter(1.0, 0.0)),
            ids,
        )

    # -------------------------------------------------------------- reading
    def __len__(self) -> int:
        return int(self.X.shape[0])

    @property
    def classes(self) -> int:
        """0 for regression; else the highest label + 1, and at least 2."""
        if self.task == "regression":
            return 0
        return max(2, int(self.y.max()) + 1) if len(self) else 2

    @property
    def next_id(self) -> int:
        return int(self.ids[-1]) + 1 if len(self) else 0

    def split(self, train_ratio: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(X_train, y_train, X_test, y_test), each part in id order."""
        train = self.u < train_ratio
        return self.X[train], self.y[train], self.X[~train], self.y[~train]

    def train_mask(self, train_ratio: float) -> np.ndarray:
        return self.u < train_ratio

    # ------------------------------------------------------------- changing
    def with_fit(self, fit: Fit | None) -> PointSet:
        return replace(self, fit=fit)

    def added(self, X: np.ndarray, y: np.ndarray, first_id: int) -> tuple[PointSet, PointSet]:
        """This set with new points appended, and the new points alone."""
        new = PointSet.from_arrays(self.task, X, y, max(first_id, self.next_id))
        return self.merged(new), new

    def merged(self, other: PointSet) -> PointSet:
        """This set with ``other``'s points put back in id order (ids must not repeat)."""
        if not len(other):
            return self
        if len(self) + len(other) > MAX_POINTS:
            raise ValueError(
                translate(
                    "points", "a data set holds at most {limit} points; this would make {count}"
                ).format(limit=number(MAX_POINTS, ","), count=number(len(self) + len(other), ","))
            )
        ids = np.concatenate((self.ids, other.ids))
        order = np.argsort(ids, kind="stable")
        ids = ids[order]
        if np.any(ids[1:] == ids[:-1]):
            raise ValueError(translate("points", "these points are already in the data"))
        return replace(
            self,
            X=np.concatenate((self.X, other.X))[order],
            y=np.concatenate((self.y, other.y.astype(self.y.dtype)))[order],
            u=np.concatenate((self.u, other.u))[order],
            ids=ids,
        )

    def without(self, ids: np.ndarray) -> tuple[PointSet, PointSet]:
        """This set without the points of ``ids``, and the points taken out."""
        return self._split_by(np.isin(self.ids, np.asarray(ids, dtype=np.int64)))

    def erased(self, path: np.ndarray, radius: float) -> tuple[PointSet, PointSet]:
        """This set without the points within ``radius`` of the polyline ``path`` (m, 2),
        and the points taken out."""
        return self._split_by(self.near(path, radius))

    def near(self, path: np.ndarray, radius: float) -> np.ndarray:
        """Boolean mask of the points within ``radius`` of the polyline ``path``."""
        return near(self.X, path, radius)

    def _split_by(self, mask: np.ndarray) -> tuple[PointSet, PointSet]:
        def part(keep: np.ndarray) -> PointSet:
            return replace(self, X=self.X[keep], y=self.y[keep], u=self.u[keep], ids=self.ids[keep])

        return part(~mask), part(mask)

    def same_points(self, other: PointSet) -> bool:
        """Whether both sets hold exactly the same points (ids, coordinates, targets, keys)."""
        return (
            self.task == other.task
            and self.fit == other.fit
            and all(
                np.array_equal(a, b)
                for a, b in (
                    (self.X, other.X),
                    (self.y, other.y),
                    (self.u, other.u),
                    (self.ids, other.ids),
                )
            )
        )
