"""What the worker publishes for the GUI to draw: copies only, never shared arrays."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine import Divergence
from playground.core.settings import TrainingSettings

BOUNDARY_RESOLUTION = 100  # the output view's heatmap, as TensorFlow Playground
NEURON_RESOLUTION = 24  # the small heatmap inside every neuron and input node
# Maps are for the eye: float32 computes them several times faster (tanh above all),
# which is worker time given back to training on every frame.
MAP_DTYPE = np.float32


@dataclass(frozen=True)
class DataSnapshot:
    """The points being learned. Replaced (with a new ``version``) only when data changes."""

    version: int
    task: str  # "classification" or "regression"
    classes: int  # 0 for regression
    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray


@dataclass(frozen=True)
class Snapshot:
    """One consistent picture of the trainer, taken between two training steps."""

    serial: int  # increases with every snapshot
    running: bool
    epoch: int
    steps: int
    settings: TrainingSettings
    spec: dict
    layer_sizes: list[int]  # [n_features, hidden..., n_outputs]
    features: list[str]
    output_kind: str  # "binary", "multiclass" or "regression"
    weights: list[np.ndarray]  # per layer (fan_in, fan_out)
    biases: list[np.ndarray]
    weight_grads: list[np.ndarray]  # ∂L/∂W of the last training batch
    bias_grads: list[np.ndarray]
    masks: list[np.ndarray]  # bool, False where a link is disabled
    metrics: dict  # train_loss, test_loss, train_accuracy, test_accuracy (None for regression)
    history: dict[str, np.ndarray]  # epoch, train_loss, test_loss, train_accuracy, test_accuracy
    boundary: np.ndarray  # (R, R): P(class 1) or value; (R, R, k) class probabilities
    feature_maps: np.ndarray  # (n_features, r, r)
    neuron_maps: list[np.ndarray]  # per hidden layer (units, r, r)
    extent: tuple[float, float]  # the view box both axes span
    data: DataSnapshot
    divergence: Divergence | None
    stop_reason: str  # why training paused by itself ("" if it did not)
    steps_per_second: float  # measured over the last second of training
    message: str = ""  # a one-line notice for the status bar (e.g. a refused edit)
    # Compare on: the lanes (playground.core.comparison.ComparisonSnapshot); the fields above
    # then show the lane in focus, except ``settings``, which stay the shared ones.
    comparison: object | None = None
    timeline: object | None = None  # rewind: engine.checkpoints.TimelineInfo
    # The neuron hovered in the network (Session.set_focus): (layer, unit, (R, R) map).
    focus_map: tuple | None = None
    # What is going wrong (playground.core.warnings_check.TrainingWarning), if anything.
    warnings: tuple = ()
    dead_neurons: tuple = ()  # every dead ReLU, (hidden layer 0-based, unit)
    current_rate: float = 0.0  # the rate this epoch trains at (the schedule's, engine.schedules)

    @property
    def tfp_output(self) -> bool:
        """Whether the output is TensorFlow Playground's tanh (engine.tfp), not a sigmoid."""
        return self.spec["output"].get("loss") == "tfp"
