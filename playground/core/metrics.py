"""How good the predictions are, beyond the loss: confusion matrices, per-class precision,
recall and F1, and for regression R², RMSE and MAE. Pure NumPy, no Qt.

A figure that has no value (the precision of a class the network never predicts, R² of
targets that do not vary, anything of an empty test set) is ``None``, never NaN: the panel
shows it as "–" and the JSON report as ``null``. The metrics panel (playground/metrics/)
asks for :func:`measure` in the worker thread; ``nn-playground run --report`` and the
exports write :func:`report_fields`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from engine import Network

if TYPE_CHECKING:
    from engine import Trainer
    from playground.core.session import Session as SessionState

SPLITS = ("train", "test")


@dataclass(frozen=True)
class ClassScores:
    """One class's figures on one set; ``None`` where the figure is undefined."""

    precision: float | None  # of the points predicted as this class, the share that are
    recall: float | None  # of the points of this class, the share predicted as it
    f1: float | None  # the harmonic mean of the two
    support: int  # points of this class


@dataclass(frozen=True)
class SplitMetrics:
    """One set's truth and predictions, and what follows from them."""

    X: np.ndarray  # (n, 2) the points, for highlighting them
    true: np.ndarray  # (n,) labels or values
    predicted: np.ndarray  # (n,) predicted labels (int) or values
    matrix: np.ndarray | None  # classification: (k, k) counts, rows true, columns predicted
    scores: dict[str, float | None]  # regression: r2, rmse, mae; classification: accuracy


@dataclass(frozen=True)
class Metrics:
    """Both sets' figures for one network on one data set (``classes`` 0: regression)."""

    task: str  # "classification" or "regression"
    classes: int
    epoch: int
    steps: int
    train: SplitMetrics
    test: SplitMetrics

    def split(self, name: str) -> SplitMetrics:
        return self.train if name == "train" else self.test


def confusion_matrix(true: np.ndarray, predicted: np.ndarray, classes: int) -> np.ndarray:
    """(classes, classes) int64 counts: row ``i``, column ``j`` holds the points of class
    ``i`` predicted as ``j``."""
    true = np.asarray(true, dtype=np.int64).ravel()
    predicted = np.asarray(predicted, dtype=np.int64).ravel()
    if true.shape != predicted.shape:
        raise ValueError("true and predicted labels must be as many")
    if classes < 1:
        raise ValueError(f"classes must be at least 1; got {classes}")
    for name, labels in (("true", true), ("predicted", predicted)):
        if len(labels) and (labels.min() < 0 or labels.max() >= classes):
            raise ValueError(f"{name} labels must be in 0..{classes - 1}")
    flat = np.bincount(true * classes + predicted, minlength=classes * classes)
    return flat.reshape(classes, classes)


def row_normalised(matrix: np.ndarray) -> np.ndarray:
    """Each row divided by its sum (the share of class ``i`` predicted as each class); a
    class with no points gives a row of NaN, which the panel shows as "–"."""
    matrix = np.asarray(matrix, dtype=np.float64)
    sums = matrix.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(sums > 0, matrix / np.where(sums > 0, sums, 1.0), np.nan)


def _ratio(num: float, den: float) -> float | None:
    return float(num / den) if den > 0 else None


def class_scores(matrix: np.ndarray) -> list[ClassScores]:
    """Precision, recall and F1 of each class from a confusion matrix. Precision is
    undefined (``None``) for a class never predicted, recall for a class with no points,
    and F1 where either is, or where both are 0."""
    matrix = np.asarray(matrix, dtype=np.int64)
    out = []
    for k in range(matrix.shape[0]):
        hit = float(matrix[k, k])
        precision = _ratio(hit, float(matrix[:, k].sum()))
        recall = _ratio(hit, float(matrix[k, :].sum()))
        f1 = None
        if precision is not None and recall is not None and precision + recall > 0:
            f1 = 2 * precision * recall / (precision + recall)
        out.append(ClassScores(precision, recall, f1, int(matrix[k, :].sum())))
    return out


def accuracy(matrix: np.ndarray) -> float | None:
    matrix = np.asarray(matrix)
    return _ratio(float(np.trace(matrix)), float(matrix.sum()))


def regression_scores(true: np.ndarray, predicted: np.ndarray) -> dict[str, float | None]:
    """R², RMSE and MAE; all ``None`` without points, R² ``None`` when the targets do not
    vary (its denominator is 0), or any of them when a prediction is not finite."""
    true = np.asarray(true, dtype=np.float64).ravel()
    predicted = np.asarray(predicted, dtype=np.float64).ravel()
    if true.shape != predicted.shape:
        raise ValueError("true and predicted values must be as many")
    if not len(true) or not np.isfinite(predicted).all():
        return {"r2": None, "rmse": None, "mae": None}
    residual = predicted - true
    ss_res = float(np.sum(residual * residual))
    ss_tot = float(np.sum((true - true.mean()) ** 2))
    return {
        "r2": 1.0 - ss_res / ss_tot if ss_tot > 0 else None,
        "rmse": float(np.sqrt(ss_res / len(true))),
        "mae": float(np.mean(np.abs(residual))),
    }


def predictions(network: Network, X: np.ndarray) -> np.ndarray:
    """What ``network`` says for each point: a class (int64) by the same rule as the
    engine's accuracy (binary: logit ≥ 0; multiclass: the largest logit), or a value."""
    X = np.asarray(X, dtype=np.float64).reshape(-1, 2)
    if not len(X):
        return np.zeros(0, dtype=np.int64 if network.head.kind != "regression" else np.float64)
    logits = network.logits(network.compute_features(X).astype(network.dtype, copy=False))
    kind = network.head.kind
    if kind == "binary":
        return (logits[:, 0] >= 0).astype(np.int64)
    if kind == "multiclass":
        return logits.argmax(axis=1).astype(np.int64)
    return logits[:, 0].astype(np.float64)


def _split(network: Network, X: np.ndarray, y: np.ndarray, classes: int) -> SplitMetrics:
    predicted = predictions(network, X)
    if network.head.kind == "regression":
        return SplitMetrics(X, y, predicted, None, regression_scores(y, predicted))
    matrix = confusion_matrix(y, predicted, classes)
    return SplitMetrics(X, y, predicted, matrix, {"accuracy": accuracy(matrix)})


def measure(
    network: Network,
    X_train: np.ndarray,
    y_train: np.ndarray,
    X_test: np.ndarray,
    y_test: np.ndarray,
    epoch: int = 0,
    steps: int = 0,
) -> Metrics:
    """Both sets' figures: one forward pass over each set, nothing else."""
    kind = network.head.kind
    classes = 0 if kind == "regression" else (2 if kind == "binary" else network.head.units)
    return Metrics(
        task="regression" if kind == "regression" else "classification",
        classes=classes,
        epoch=epoch,
        steps=steps,
        train=_split(network, X_train, y_train, classes),
        test=_split(network, X_test, y_test, classes),
    )


def of_trainer(trainer: Trainer) -> Metrics:
    """``trainer``'s network on its own training and test data, now."""
    t = trainer
    return measure(t.network, t.X_train, t.y_train, t.X_test, t.y_test, t.epoch, t.steps)


def of_session(session: SessionState) -> Metrics:
    """The network on show (with Compare on, the lane in focus) on the session's data
    (not the trainer's: without training points the trainer holds a stand-in point).
    Runs in the worker thread, which owns the session."""
    t = session.trainer
    if session.comparison is not None:
        t = session.comparison.lanes[session.comparison.focus].trainer
    d = session.data
    return measure(t.network, d.X_train, d.y_train, d.X_test, d.y_test, t.epoch, t.steps)


def report_fields(metrics: Metrics) -> dict:
    """The report's part: ``confusion_matrix`` {train, test} (rows true class, columns
    predicted) for classification; ``r2``, ``rmse``, ``mae``, each {train, test}, for
    regression. Undefined figures are ``None`` (JSON null)."""
    if metrics.task == "regression":
        return {
            name: {split: metrics.split(split).scores[name] for split in SPLITS}
            for name in ("r2", "rmse", "mae")
        }
    return {
        "confusion_matrix": {
            split: metrics.split(split).matrix.tolist()  # type: ignore[union-attr]
            for split in SPLITS
        }
    }


def table_rows(metrics: Metrics) -> list[list[object]]:
    """The figures as a table (CSV): a header, then one row per figure. Classification:
    per class and set, its matrix row, precision, recall, F1 and support; regression: per
    set, R², RMSE and MAE. Undefined figures are empty cells."""
    if metrics.task == "regression":
        rows: list[list[object]] = [["set", "r2", "rmse", "mae", "points"]]
        for split in SPLITS:
            part = metrics.split(split)
            rows.append([split, *(part.scores[k] for k in ("r2", "rmse", "mae")), len(part.true)])
        return rows
    k = metrics.classes
    head: list[object] = ["set", "true class", *(f"predicted {j}" for j in range(k))]
    rows = [head + ["precision", "recall", "f1", "support"]]
    for split in SPLITS:
        matrix = metrics.split(split).matrix
        assert matrix is not None
        for i, score in enumerate(class_scores(matrix)):
            rows.append(
                [split, i, *matrix[i].tolist()]
                + [score.precision, score.recall, score.f1, score.support]
            )
    return rows
