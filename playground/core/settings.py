"""Every user-facing training setting in one typed table.

The table drives the controls' choices, validation, tooltips, whether a change resets
the network (as TensorFlow Playground decides it), and saving. Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from engine import (
    ACTIVATIONS,
    MAX_CLASSES,
    MAX_HIDDEN_LAYERS,
    MAX_UNITS,
    OPTIMIZERS,
    Trainer,
    datasets,
)
from engine.datasets import MIN_CLASSES
from engine.i18n import translate
from engine.schedules import CONSTANT, Schedule, make_schedule
from engine.spec import MAX_DROPOUT
from engine.tfp import LOSSES, TFP
from engine.trainer import MAX_LEARNING_RATE, MAX_REGULARIZATION
from playground.core.settings_info import SETTINGS_INFO

LEARNING_RATES = (0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
REG_RATES = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
REGULARIZATIONS = ("none", "l1", "l2")
PROBLEMS = ("classification", "regression")
DATA_SOURCES = ("generated", "painted")
MIN_GENERATED = 10  # the fewest points a generator draws (at least one per class)
# The stop boxes' ranges (a spin box holds a 32-bit number; a file may hold any).
MAX_STOP_EPOCH = 10_000_000
MAX_PATIENCE = 100_000
# Epochs trained per displayed frame; 0 means as fast as the machine allows.
# What the window's networks are trained in (engine Network dtype): float32, about twice as
# fast on large networks with curves the same to plotting precision (benchmarks/README.md);
# the scripting API stays float64. The walkthrough computes in float64 from these weights.
ENGINE_DTYPE = "float32"
SPEEDS = (1, 3, 10, 30, 100, 0)


def speed_label(speed: int) -> str:
    return translate("settings", "Max") if speed == 0 else f"{speed}×"


@dataclass(frozen=True)
class TrainingSettings:
    """A complete, valid set of settings. Use :meth:`with_changes` to make another."""

    learning_rate: float = 0.03
    activation: str = "tanh"
    regularization: str = "none"
    reg_rate: float = 0.0
    problem: str = "classification"
    optimizer: str = "sgd"
    batch_size: int = 10
    speed: int = 1
    dataset: str = "circle"
    noise: float = 0.0
    train_ratio: float = 0.5
    data_seed: int = 0
    hidden: tuple[int, ...] = (4, 2)
    features: tuple[str, ...] = ("x1", "x2")
    init_seed: int = 0
    stop_at_epoch: int = 0
    patience: int = 0
    classes: int = field(default=0)  # for variable-class datasets; 0 = the dataset's default
    points: int = 0  # how many points the generator draws; 0 = the dataset's default
    data_source: str = "generated"  # "generated" (from ``dataset``) or "painted" (own points)
    # Per hidden layer where the layers differ (right-click a layer in the network); empty
    # when every layer uses ``activation``.
    layer_activations: tuple[str, ...] = ()
    schedule: Schedule = CONSTANT  # the learning rate's schedule (engine.schedules)
    restore_best: bool = False  # the patience stop goes back to the best test epoch
    # Per hidden layer, its dropout rate (engine.dropout; the layer's menu); empty when no
    # layer drops.
    layer_dropout: tuple[float, ...] = ()
    loss: str = "default"  # or "tfp": TensorFlow Playground's, for two classes (engine.tfp)

    def __post_init__(self) -> None:
        # Lists (from JSON or a notebook) become tuples.
        for name in ("hidden", "features", "layer_activations", "layer_dropout"):
            if isinstance(getattr(self, name), list):
                object.__setattr__(self, name, tuple(getattr(self, name)))
        if self.layer_activations and all(a == self.activation for a in self.layer_activations):
            object.__setattr__(self, "layer_activations", ())
        if isinstance(self.schedule, dict):  # as a file or a notebook writes it
            object.__setattr__(self, "schedule", make_schedule(self.schedule))
        check(self)
        rates = tuple(float(r) for r in self.layer_dropout) if any(self.layer_dropout) else ()
        object.__setattr__(self, "layer_dropout", rates)

    def with_changes(self, **changes: Any) -> TrainingSettings:
        """A new settings object with ``changes`` applied; raises ValueError if invalid."""
        if "hidden" in changes:
            changes["hidden"] = tuple(changes["hidden"])
        if "features" in changes:
            changes["features"] = tuple(changes["features"])
        if "layer_activations" in changes:
            changes["layer_activations"] = tuple(changes["layer_activations"])
        elif "activation" in changes:
            changes["layer_activations"] = ()  # the one activation of every layer
        elif "hidden" in changes and self.layer_activations:
            # Layers added at the end take the common activation; removed ones take theirs.
            n = len(changes["hidden"])
            extra = (self.activation,) * max(0, n - len(self.layer_activations))
            changes["layer_activations"] = (self.layer_activations + extra)[:n]
        if "hidden" in changes and "layer_dropout" not in changes and self.layer_dropout:
            n = len(changes["hidden"])  # new layers at the end drop nothing
            changes["layer_dropout"] = (self.layer_dropout + (0.0,) * n)[:n]
        return replace(self, **changes)

    def resets_for(self, other: TrainingSettings) -> bool:
        """Whether going from ``self`` to ``other`` re-initialises the network."""
        return (
            any(
                SETTINGS_INFO[f.name].resets
                for f in fields(self)
                if f.name in SETTINGS_INFO and getattr(self, f.name) != getattr(other, f.name)
            )
            or self.classes != other.classes
        )

    @property
    def l1(self) -> float:
        return self.reg_rate if self.regularization == "l1" else 0.0

    @property
    def l2(self) -> float:
        return self.reg_rate if self.regularization == "l2" else 0.0

    def layer_activation(self, layer: int) -> str:
        """The activation of hidden layer ``layer`` (0-based)."""
        return self.layer_activations[layer] if self.layer_activations else self.activation

    def layer_dropout_rate(self, layer: int) -> float:
        """The dropout rate of hidden layer ``layer`` (0-based; 0.0: none)."""
        return float(self.layer_dropout[layer]) if self.layer_dropout else 0.0

    def spec(self, classes: int) -> dict:
        """The engine spec these settings describe, for data with ``classes`` classes."""
        output: dict[str, object]
        if self.problem == "regression":
            output = {"kind": "regression"}
        elif classes <= 2:
            output = {"kind": "binary"}
            if self.loss == TFP:
                output["loss"] = TFP
        else:
            output = {"kind": "multiclass", "classes": classes}
        return {
            "features": list(self.features),
            "hidden": [
                {"units": u, "activation": self.layer_activation(h)}
                | ({"dropout": self.layer_dropout[h]} if self.layer_dropout_rate(h) else {})
                for h, u in enumerate(self.hidden)
            ],
            "output": output,
        }

    def make_trainer(self, network, X_train, y_train, X_test, y_test) -> Trainer:
        """A Trainer for ``network`` on this data with these settings' training options."""
        return Trainer(
            network,
            X_train,
            y_train,
            X_test,
            y_test,
            batch_size=self.batch_size,
            optimizer=self.optimizer,
            learning_rate=self.learning_rate,
            l1=self.l1,
            l2=self.l2,
            seed=self.init_seed,
            schedule=self.schedule,
            shuffle=network.head.loss_name != TFP,  # TensorFlow Playground's fixed order
        )

    def to_dict(self) -> dict:
        data = asdict(self)
        data["hidden"] = list(self.hidden)
        data["features"] = list(self.features)
        if self.layer_activations:
            data["layer_activations"] = list(self.layer_activations)
        else:  # every layer the same: saved as before there were per-layer activations
            del data["layer_activations"]
        # Saved only when in use: a constant run's file is as before schedules.
        if self.schedule.constant:
            del data["schedule"]
        else:
            data["schedule"] = self.schedule.to_dict()
        if not self.restore_best:
            del data["restore_best"]
        if self.layer_dropout:  # written only when a layer drops: older files stay the same
            data["layer_dropout"] = list(self.layer_dropout)
        else:
            del data["layer_dropout"]
        if self.loss == "default":  # saved as before there was a choice
            del data["loss"]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> TrainingSettings:
        """Settings from saved data; unknown keys are refused, missing ones take defaults."""
        if not isinstance(data, dict):
            raise ValueError(translate("settings", "settings must be a JSON object"))
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(
                translate("settings", "settings: unknown fields {fields}").format(
                    fields=sorted(unknown)
                )
            )
        values = dict(data)
        for key in ("hidden", "features", "layer_activations", "layer_dropout"):
            if key in values:
                if not isinstance(values[key], list):
                    raise ValueError(
                        translate("settings", "{field} must be a list").format(
                            field=f"settings.{key}"
                        )
                    )
                values[key] = tuple(values[key])
        if "schedule" in values:
            values["schedule"] = Schedule.from_dict(values["schedule"])
        return cls(**values)


def dataset_task(name: str) -> str:
    return datasets.DATASETS[name].task


# A file's setting out of range: the field is the file's key (data); the sentence is read.
def one_of(field: str, choices: Any, value: Any) -> str:
    return translate("settings", "{field} must be one of {choices}; got {value}").format(
        field=field, choices=", ".join(choices), value=repr(value)
    )


def from_to(field: str, least: Any, most: Any, value: Any) -> str:
    return translate("settings", "{field} must be from {least} to {most}; got {value}").format(
        field=field, least=least, most=most, value=repr(value)
    )


def integer_from_to(field: str, least: Any, most: Any, value: Any) -> str:
    return translate(
        "settings", "{field} must be an integer from {least} to {most}; got {value}"
    ).format(field=field, least=least, most=most, value=repr(value))


def not_negative(field: str, value: Any) -> str:
    return translate("settings", "{field} must be an integer >= 0; got {value}").format(
        field=field, value=repr(value)
    )


def default_or(field: str, least: Any, most: Any, value: Any) -> str:
    return translate(
        "settings",
        "{field} must be 0 (the dataset's default) or from {least} to {most}; got {value}",
    ).format(field=field, least=least, most=most, value=repr(value))


def check(s: TrainingSettings) -> None:
    """Raise ValueError naming the first field of ``s`` that is out of range."""

    def need(ok: bool, message: str) -> None:
        if not ok:
            raise ValueError(message)

    def number(value: Any) -> bool:
        return isinstance(value, (int, float)) and not isinstance(value, bool) and value == value

    def integer(value: Any) -> bool:
        return isinstance(value, int) and not isinstance(value, bool)

    need(
        number(s.learning_rate) and 0 < s.learning_rate <= MAX_LEARNING_RATE,
        translate(
            "settings", "{field} must be a number above 0 and at most {most}; got {value}"
        ).format(field="learning_rate", most=f"{MAX_LEARNING_RATE:g}", value=repr(s.learning_rate)),
    )
    need(
        s.activation in ACTIVATIONS,
        one_of("activation", ACTIVATIONS, s.activation),
    )
    need(
        s.regularization in REGULARIZATIONS,
        one_of("regularization", REGULARIZATIONS, s.regularization),
    )
    need(
        number(s.reg_rate) and 0 <= s.reg_rate <= MAX_REGULARIZATION,
        from_to("reg_rate", 0, f"{MAX_REGULARIZATION:g}", s.reg_rate),
    )
    need(s.problem in PROBLEMS, one_of("problem", PROBLEMS, s.problem))
    need(s.loss in LOSSES, one_of("loss", LOSSES, s.loss))
    need(
        s.optimizer in OPTIMIZERS,
        one_of("optimizer", OPTIMIZERS, s.optimizer),
    )
    need(
        integer(s.batch_size) and 1 <= s.batch_size <= datasets.MAX_POINTS,
        integer_from_to("batch_size", 1, datasets.MAX_POINTS, s.batch_size),
    )
    need(
        integer(s.speed) and s.speed in SPEEDS,
        translate("settings", "{field} must be one of {choices}; got {value}").format(
            field="speed", choices=SPEEDS, value=repr(s.speed)
        ),
    )
    need(
        s.dataset in datasets.DATASETS,
        one_of("dataset", datasets.DATASETS, s.dataset),
    )
    need(
        number(s.noise) and 0 <= s.noise <= datasets.MAX_NOISE,
        from_to("noise", 0, f"{datasets.MAX_NOISE:g}", s.noise),
    )
    need(
        number(s.train_ratio)
        and datasets.MIN_TRAIN_RATIO <= s.train_ratio <= datasets.MAX_TRAIN_RATIO,
        from_to(
            "train_ratio",
            f"{datasets.MIN_TRAIN_RATIO:g}",
            f"{datasets.MAX_TRAIN_RATIO:g}",
            s.train_ratio,
        ),
    )
    need(
        integer(s.data_seed) and s.data_seed >= 0,
        not_negative("data_seed", s.data_seed),
    )
    need(
        integer(s.init_seed) and s.init_seed >= 0,
        not_negative("init_seed", s.init_seed),
    )
    need(
        isinstance(s.hidden, tuple)
        and len(s.hidden) <= MAX_HIDDEN_LAYERS
        and all(integer(u) and 1 <= u <= MAX_UNITS for u in s.hidden),
        translate(
            "settings", "{field} must be up to {layers} layers of 1 to {most} neurons; got {value}"
        ).format(field="hidden", layers=MAX_HIDDEN_LAYERS, most=MAX_UNITS, value=repr(s.hidden)),
    )
    need(
        isinstance(s.features, tuple) and len(s.features) > 0,
        translate("settings", "{field} must list at least one feature").format(field="features"),
    )
    need(
        isinstance(s.layer_activations, tuple)
        and len(s.layer_activations) in (0, len(s.hidden))
        and all(a in ACTIVATIONS for a in s.layer_activations),
        translate(
            "settings",
            "{field} must name one activation per hidden layer ({choices}); got {value}",
        ).format(
            field="layer_activations",
            choices=", ".join(ACTIVATIONS),
            value=repr(s.layer_activations),
        ),
    )
    need(
        isinstance(s.layer_dropout, tuple)
        and len(s.layer_dropout) in (0, len(s.hidden))
        and all(number(r) and 0 <= r <= MAX_DROPOUT for r in s.layer_dropout),
        translate(
            "settings", "{field} must give one rate from 0 to {most} per hidden layer; got {value}"
        ).format(field="layer_dropout", most=f"{MAX_DROPOUT:g}", value=repr(s.layer_dropout)),
    )
    need(
        integer(s.stop_at_epoch) and 0 <= s.stop_at_epoch <= MAX_STOP_EPOCH,
        integer_from_to("stop_at_epoch", 0, f"{MAX_STOP_EPOCH:,}", s.stop_at_epoch),
    )
    need(
        integer(s.patience) and 0 <= s.patience <= MAX_PATIENCE,
        integer_from_to("patience", 0, f"{MAX_PATIENCE:,}", s.patience),
    )
    need(
        integer(s.classes) and (s.classes == 0 or MIN_CLASSES <= s.classes <= MAX_CLASSES),
        default_or("classes", MIN_CLASSES, MAX_CLASSES, s.classes),
    )
    need(
        integer(s.points) and (s.points == 0 or MIN_GENERATED <= s.points <= datasets.MAX_POINTS),
        default_or("points", MIN_GENERATED, f"{datasets.MAX_POINTS:,}", s.points),
    )
    need(
        isinstance(s.schedule, Schedule),
        f"schedule must be an engine.schedules.Schedule or a dict; got {s.schedule!r}",
    )
    need(
        isinstance(s.restore_best, bool),
        translate("settings", "{field} must be true or false; got {value}").format(
            field="restore_best", value=repr(s.restore_best)
        ),
    )
    need(
        s.data_source in DATA_SOURCES,
        one_of("data_source", DATA_SOURCES, s.data_source),
    )
